"""The Sync screen (admins only): how far each trusted site has got, bundles in and out, the review queue, keys.

The first page has one line per trusted site (at a hub: the per-center overview) with a plain health word,
the Export / Import / Inspect buttons, and the bundle log, where a held bundle can be applied anyway. The review
queue and the keys panel have pages of their own. Everything is read through sync.exchange, sync.hub and
sync.keys; every write runs through run_operation and announces "sync" on the change bus, which this screen
listens to.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rosc_desktop.placeholders import fill
from rosc_desktop.services.changes import Changes, Kind
from rosc_desktop.services.center_details import CENTER_DETAILS
from rosc_desktop.sync import exchange, hub
from rosc_desktop.ui.operations import change_bus, run_now, run_operation
from rosc_desktop.ui.screens.bundle_export import ExportDialog, ExportProgress, export_summary, remember_folder
from rosc_desktop.ui.screens.bundle_import import (
    ImportFlow,
    ManifestDialog,
    applied_text,
    inspect_bundle,
    site_label,
)
from rosc_desktop.ui.screens.enrol_site import ask, role_word
from rosc_desktop.ui.screens.hub_report import HubReportDialog
from rosc_desktop.ui.screens.sync_conflicts import ReviewQueue
from rosc_desktop.ui.screens.sync_words import range_text, status_word, when_text

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

# Health beside the site's name: the one word an admin looks for, never cut off at the window's right edge (at
# 1280x720 it was, and in Spanish it was out of sight).
(COL_SITE, COL_HEALTH, COL_ROLE, COL_THEIRS, COL_OURS, COL_IMPORT, COL_EXPORT, COL_LAST, COL_HELD,
 COL_REVIEW) = range(10)
LOG_WHEN, LOG_DIRECTION, LOG_SITE, LOG_RANGE, LOG_FILE, LOG_STATUS = range(6)
PAGE_BUNDLES, PAGE_REVIEW, PAGE_TRANSFERS, PAGE_KEYS = range(4)


def health_word(status: exchange.PeerStatus) -> str:
    """One plain word or phrase for a site's state, the most pressing first."""
    if status.open_conflicts or status.last_status in ("refused", "quarantined"):
        return QCoreApplication.translate("SyncScreen", "needs review")
    if status.held:
        return QCoreApplication.translate("SyncScreen", "waiting: bundle held")
    if status.unacknowledged:
        # the class's tr, not QCoreApplication.translate(..., None, n), which lupdate never extracts as a plural
        return SyncScreen.tr("%n change(s) not yet acknowledged", None, status.unacknowledged)
    return QCoreApplication.translate("SyncScreen", "up to date")


def fitted_height(tree: QTreeWidget, rows: int, least: int = 2, most: int = 12) -> int:
    """Room for `rows` lines (within bounds): a center has one site, a hub dozens; the log gets the rest."""
    row = tree.sizeHintForRow(0) if tree.topLevelItemCount() else tree.fontMetrics().height() + 4
    shown = max(least, min(rows, most))
    return tree.header().sizeHint().height() + row * shown + 2 * tree.frameWidth() + 4


class SyncScreen(QWidget):
    help_topic = "sync"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.statuses: list[exchange.PeerStatus] = []
        self.log_entries: list[exchange.BundleLogView] = []
        self.names: dict[str, str] = {}
        # run_now: the one local site row
        self.is_hub = bool(run_now(lambda: hub.is_hub(services), self))
        self.import_flow: ImportFlow | None = None
        self.manifest_dialog: ManifestDialog | None = None
        self.report_dialog: HubReportDialog | None = None
        self.question: Any = None

        self.where = QLabel(self)
        self.where.setWordWrap(True)
        self.pages = QTabWidget(self)
        self.pages.setAccessibleName(self.tr("Sync pages"))
        self.pages.addTab(self._bundles_page(), self.tr("Sites &and bundles"))
        self.review = ReviewQueue(services, self.names, self)
        self.pages.addTab(self.review, self.tr("Re&view queue"))
        from rosc_desktop.ui.screens.transfer import TransfersPanel

        self.transfers = TransfersPanel(services, self)
        self.pages.addTab(self.transfers, self.tr("T&ransfers"))
        self.keys_panel = self._keys_panel()
        if self.keys_panel is not None:
            self.pages.addTab(self.keys_panel, self.tr("Keys and tr&usted sites"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addWidget(self.pages, 1)
        self.setFocusProxy(self.pages)
        change_bus.changed.connect(self._on_changed)
        self.refresh()

    def _keys_panel(self) -> QWidget | None:
        try:
            from rosc_desktop.ui.screens.sync_keys import SyncKeysPanel
        except ImportError:
            return None
        return SyncKeysPanel(self._services, self)

    def _bundles_page(self) -> QWidget:
        page = QWidget(self)
        sites_box = QGroupBox(self.tr("Centers sending to this hub") if self.is_hub else self.tr("Trusted sites"),
                              page)
        self.sites = QTreeWidget(sites_box)
        self.sites.setRootIsDecorated(False)
        self.sites.setAccessibleName(self.tr("How far each site has got"))
        self.sites.setHeaderLabels([
            self.tr("Site"), self.tr("Health"), self.tr("Role"), self.tr("Their changes applied here"),
            self.tr("Ours acknowledged"), self.tr("Last import"), self.tr("Last export"), self.tr("Last bundle"),
            self.tr("Held"), self.tr("For review")])
        self.sites.header().setStretchLastSection(True)
        self.sites.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.sites_empty = QLabel(self.tr(
            "No site is trusted yet. Enrol the other site's trust card under “Keys and trusted sites” first."),
            sites_box)
        self.sites_empty.setWordWrap(True)

        self.export_button = QPushButton(self.tr("&Export bundle…"), sites_box)
        self.export_button.clicked.connect(lambda: self.export_bundle())
        self.import_button = QPushButton(self.tr("&Import bundle…"), sites_box)
        self.import_button.clicked.connect(lambda: self.import_bundle())
        self.inspect_button = QPushButton(self.tr("Ins&pect bundle…"), sites_box)
        self.inspect_button.setToolTip(self.tr("Show what a bundle holds without applying it"))
        self.inspect_button.clicked.connect(lambda: self.inspect_bundle())
        self.report_button = QPushButton(self.tr("Reports across &centers…"), sites_box)
        self.report_button.clicked.connect(lambda: self.open_report())
        self.report_button.setVisible(self.is_hub)
        self.result = QLabel(sites_box)
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.setAccessibleName(self.tr("Result of the last export or import"))
        buttons = QHBoxLayout()
        for button in (self.export_button, self.import_button, self.inspect_button, self.report_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        sites_layout = QVBoxLayout(sites_box)
        sites_layout.addWidget(self.sites_empty)
        sites_layout.addWidget(self.sites, 1)
        sites_layout.addLayout(buttons)
        sites_layout.addWidget(self.result)

        log_box = QGroupBox(self.tr("Bundle log"), page)
        self.log = QTreeWidget(log_box)
        self.log.setRootIsDecorated(False)
        self.log.setAccessibleName(self.tr("Bundles sent and received"))
        self.log.setHeaderLabels([self.tr("When"), self.tr("Direction"), self.tr("Site"), self.tr("Changes"),
                                  self.tr("File"), self.tr("Status")])
        self.log.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.log.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.log.header().setStretchLastSection(True)
        self.log.currentItemChanged.connect(lambda _c, _p: self._log_selection_changed())
        self.apply_held_button = QPushButton(self.tr("Apply &now anyway…"), log_box)
        self.apply_held_button.setToolTip(self.tr("Apply the chosen held bundle without waiting for the "
                                                  "missing changes"))
        self.apply_held_button.clicked.connect(lambda: self.apply_held())
        log_buttons = QHBoxLayout()
        log_buttons.addWidget(self.apply_held_button)
        log_buttons.addStretch(1)
        log_layout = QVBoxLayout(log_box)
        log_layout.addWidget(self.log, 1)
        log_layout.addLayout(log_buttons)

        layout = QVBoxLayout(page)
        layout.addWidget(sites_box)
        layout.addWidget(log_box, 1)
        return page

    # -- loading ---------------------------------------------------------------------------------------

    def refresh(self) -> None:
        services = self._services
        # run_now: a few indexed counts per trusted site, and the newest 500 bundle log rows
        loaded = run_now(lambda: (exchange.peer_statuses(services), exchange.bundle_log(services)), self)
        if loaded is None:
            return
        self.statuses, self.log_entries = loaded
        self.names.clear()
        self.names.update({s.site_code: s.name for s in self.statuses})
        self._show_where()
        self._show_sites()
        self._show_log()
        # The review queue reloads itself on the same notice, before this screen hears it.
        self.review.set_names(self.names)
        self.transfers.reload()
        count = self.review.count()
        self.pages.setTabText(PAGE_REVIEW, fill(self.tr("Re&view queue (%1)"), str(count)) if count
                              else self.tr("Re&view queue"))

    def _show_where(self) -> None:
        # run_now: the one local site row
        center = run_now(self._services.accounts.center, self)
        label = f"{center.name} ({center.code})" if center is not None else ""
        if self.is_hub:
            text = fill(self.tr("%1 is a hub: centers send it their records, and it sends them the directory and "
                                "the partner list."), label)
        else:
            text = fill(self.tr("%1 is a center: it sends its records to its hub (identified only under a consent "
                                "naming the hub) and takes the directory from it."), label)
        self.where.setText(text)

    def _show_sites(self) -> None:
        self.sites.clear()
        for status in self.statuses:
            ours = fill(self.tr("up to %1 of %2"), str(status.acked_by_peer), str(status.local_seq))
            last = self._last_bundle_word(status)
            health = health_word(status)
            item = QTreeWidgetItem([
                f"{status.name} ({status.site_code})", health, role_word(status.role),
                fill(self.tr("up to %1"), str(status.applied_seq)), ours,
                when_text(status.last_import_at), when_text(status.last_export_at), last,
                str(status.held), str(status.open_conflicts)])
            item.setToolTip(COL_HEALTH, health)
            item.setData(COL_SITE, Qt.ItemDataRole.UserRole, status.site_code)
            # How to reach the site, as it said in its last bundle (address, phone, hours…).
            reach = [status.details.get(k, "") for k in CENTER_DETAILS]
            if any(reach):
                item.setToolTip(COL_SITE, "\n".join(v for v in reach if v))
            self.sites.addTopLevelItem(item)
        if self.statuses:
            self.sites.setCurrentItem(self.sites.topLevelItem(0))
        self.sites_empty.setVisible(not self.statuses)
        self.sites.setVisible(bool(self.statuses))
        self.sites.setFixedHeight(fitted_height(self.sites, len(self.statuses), most=12))
        self.export_button.setEnabled(bool(self.statuses))

    def _last_bundle_word(self, status: exchange.PeerStatus) -> str:
        if not status.last_status:
            return self.tr("none yet")
        if status.last_status == "held":
            return self.tr("Held")
        shim = exchange.BundleLogView(0, "", "", "", 0, 0, "", "", None, status.last_status,  # type: ignore[arg-type]
                                      status.last_reason, {})
        return status_word(shim)

    def _show_log(self) -> None:
        chosen = self.current_log_id()
        self.log.clear()
        for entry in self.log_entries:  # newest first, as the engine gives them
            direction = self.tr("Sent") if entry.direction == "out" else self.tr("Received")
            site = site_label(entry.peer_site, self.names) if entry.peer_site else self.tr("unknown")
            item = QTreeWidgetItem([when_text(entry.recorded_at), direction, site,
                                    range_text(entry.seq_from, entry.seq_to) if entry.profile else "",
                                    entry.file_name, status_word(entry)])
            item.setData(LOG_WHEN, Qt.ItemDataRole.UserRole, entry.id)
            item.setToolTip(LOG_STATUS, status_word(entry))
            self.log.addTopLevelItem(item)
            if entry.id == chosen:
                self.log.setCurrentItem(item)
        self._log_selection_changed()

    def current_log_id(self) -> int | None:
        item = self.log.currentItem() if hasattr(self, "log") else None
        return item.data(LOG_WHEN, Qt.ItemDataRole.UserRole) if item is not None else None

    def current_log_entry(self) -> exchange.BundleLogView | None:
        wanted = self.current_log_id()
        return next((e for e in self.log_entries if e.id == wanted), None)

    def _log_selection_changed(self) -> None:
        self.apply_held_button.setVisible(any(e.status == "held" for e in self.log_entries))
        entry = self.current_log_entry()
        self.apply_held_button.setEnabled(entry is not None and entry.status == "held")

    def site_rows(self) -> list[list[str]]:
        return [[self.sites.topLevelItem(i).text(c) for c in range(self.sites.columnCount())]
                for i in range(self.sites.topLevelItemCount())]

    def log_rows(self) -> list[list[str]]:
        return [[self.log.topLevelItem(i).text(c) for c in range(LOG_STATUS + 1)]
                for i in range(self.log.topLevelItemCount())]

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(Kind.SYNC, Kind.SITE_KEYS):
            self.refresh()

    def _say(self, text: str) -> None:
        self.result.setText(text)

    # -- export ----------------------------------------------------------------------------------------

    def current_site(self) -> str | None:
        item = self.sites.currentItem()
        return item.data(COL_SITE, Qt.ItemDataRole.UserRole) if item is not None else None

    def export_bundle(self) -> ExportDialog | None:
        # A center sends to its hub only; a hub to any of its centers.
        peers = [s for s in self.statuses if self.is_hub or s.role == "hub"]
        if not peers:
            self._say(self.tr("There is no site to send a bundle to yet."))
            return None
        dialog = ExportDialog(peers, self, preferred=self.current_site())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def closed(result: int) -> None:
            if result == ExportDialog.DialogCode.Accepted:
                self.start_export(dialog.peer_code(), dialog.folder())

        dialog.finished.connect(closed)
        dialog.open()
        return dialog

    def start_export(self, peer_code: str, folder: str) -> ExportProgress:
        remember_folder(folder)
        self._say(self.tr("Exporting…"))

        def done(result: exchange.ExportResult) -> None:
            self._say(fill(self.tr("Bundle for %1 saved as %2. It holds %3"),
                           site_label(result.peer, self.names), str(result.path), export_summary(result)))

        progress = ExportProgress(self._services, peer_code, Path(folder), self, on_done=done,
                                  on_cancelled=lambda: self._say(self.tr("Export cancelled. Nothing was written.")))
        progress.start()
        return progress

    # -- import and inspect ------------------------------------------------------------------------------

    def import_bundle(self, path: str | None = None) -> ImportFlow:
        self.import_flow = ImportFlow(self._services, self, dict(self.names), self._imported)
        self.import_flow.start(path)
        return self.import_flow

    def _imported(self, text: str) -> None:
        if text:
            self._say(text)

    def inspect_bundle(self, path: str | None = None) -> None:
        def shown(dialog: ManifestDialog) -> None:
            self.manifest_dialog = dialog

        inspect_bundle(self._services, self, dict(self.names), path, on_shown=shown)

    # -- held bundles ------------------------------------------------------------------------------------

    def apply_held(self) -> None:
        entry = self.current_log_entry()
        if entry is None or entry.status != "held":
            return
        missing = range_text(int(entry.counts.get("missing_from", 0)), int(entry.counts.get("missing_to", 0)))
        self.question = ask(
            self, self.tr("Apply the held bundle now?"),
            fill(self.tr("%1 from %2 have not arrived. Applying now takes this bundle's changes anyway; any record "
                         "that clashes with what is here goes to the review queue for you to decide. When the missing "
                         "bundle arrives later, its changes are still applied."),
                 missing.capitalize(), site_label(entry.peer_site, self.names)),
            self.tr("&Apply now"), lambda: self._apply_held(entry.id))

    def _apply_held(self, log_id: int) -> None:
        services, names = self._services, dict(self.names)
        run_operation(self, lambda: exchange.apply_held(services, log_id, force_gap=True),
                      on_done=lambda report: self._say(applied_text(report, names)))

    # -- hub reports -------------------------------------------------------------------------------------

    def open_report(self) -> HubReportDialog:
        dialog = HubReportDialog(self._services, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.report_dialog = dialog
        return dialog
