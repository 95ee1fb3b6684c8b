"""Import a bundle: a dry run first, a summary to read, then Apply (or Cancel, which applies nothing).

Both the dry run and the apply run off the GUI thread (they decrypt and check the whole file). The summary
says who sent it, which changes it carries and what applying would do per kind of record; a bundle already
imported says so and offers nothing to apply; a bundle that would leave a gap names the missing changes.
"Inspect bundle…" shows the signed manifest without planning anything.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rosc_desktop.i18n import Context
from rosc_desktop.placeholders import fill
from rosc_desktop.sync import exchange
from rosc_desktop.ui.operations import run_operation, run_with_progress, show_error
from rosc_desktop.ui.screens.bundle_export import last_folder, remember_folder
from rosc_desktop.ui.screens.sync_words import notice_word, range_text, table_word, when_text

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

COL_TABLE, COL_NEW, COL_UPDATED, COL_UNCHANGED, COL_CONFLICTS = range(5)
BundleImport = Context("BundleImport")  # plurals outside a QObject: see i18n.Context


def choose_bundle(parent: QWidget, title: str) -> str:
    path, _chosen = QFileDialog.getOpenFileName(
        parent, title, last_folder(),
        QCoreApplication.translate("BundleImport", "ROSC bundles (*.age);;All files (*)"))
    if path:
        remember_folder(str(Path(path).parent))
    return path


def site_label(code: str, names: dict[str, str]) -> str:
    name = names.get(code, "")
    return f"{name} ({code})" if name else code


class ImportSummaryDialog(QDialog):
    """What the dry run found. `apply_requested` is set when the person chose Apply."""

    def __init__(self, report: exchange.ImportReport, names: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Import a bundle"))
        self.setAccessibleName(self.tr("Import summary"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 90)

        self.heading = QLabel(fill(self.tr("From %1 · %2 · made %3"),
                                   site_label(report.origin, names), range_text(report.seq_from, report.seq_to),
                                   when_text(report.made_at)), self)
        bold = self.heading.font()
        bold.setBold(True)
        self.heading.setFont(bold)
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.outcome = QLabel(self.outcome_text(), self)
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.notices = QLabel("\n".join("• " + notice_word(code) for code in report.notices), self)
        self.notices.setWordWrap(True)
        self.notices.setVisible(bool(report.notices))

        self.table = QTreeWidget(self)
        self.table.setRootIsDecorated(False)
        self.table.setAccessibleName(self.tr("Changes per kind of record"))
        self.table.setHeaderLabels([self.tr("Kind of record"), self.tr("New"), self.tr("Updated"),
                                    self.tr("Unchanged"), self.tr("For review")])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.header().setSectionResizeMode(COL_TABLE, QHeaderView.ResizeMode.Stretch)
        self.table.header().setStretchLastSection(False)
        for name, counts in sorted(report.by_table.items(), key=lambda item: table_word(item[0])):
            item = QTreeWidgetItem([table_word(name)] + [str(int(counts.get(k, 0))) for k in
                                                         ("new", "updated", "unchanged", "conflicts")])
            for column in range(COL_NEW, COL_CONFLICTS + 1):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.addTopLevelItem(item)
        for column in range(COL_NEW, COL_CONFLICTS + 1):
            self.table.resizeColumnToContents(column)
        self.table.setVisible(report.status == "would_apply" and bool(report.by_table))

        self.buttons = QDialogButtonBox(self)
        self.apply_button = None
        if report.status in ("would_apply", "would_hold"):
            label = self.tr("&Apply") if report.status == "would_apply" else self.tr("&Keep it waiting")
            self.apply_button = self.buttons.addButton(label, QDialogButtonBox.ButtonRole.AcceptRole)
            self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            self.cancel_button.setDefault(True)  # Enter alone never applies a bundle
        else:
            self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.outcome)
        layout.addWidget(self.notices)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        rows = max(2, min(self.table.topLevelItemCount(), 14))
        row = self.table.sizeHintForRow(0) if self.table.topLevelItemCount() else self.fontMetrics().height() + 4
        self.table.setMinimumHeight(self.table.header().sizeHint().height() + row * rows + 8)
        self.table.setMaximumHeight(self.table.minimumHeight())

    def outcome_text(self) -> str:
        report = self.report
        if report.status == "replay":
            return fill(self.tr("Already imported on %1; nothing changed."), when_text(report.already_imported_on))
        if report.status == "would_hold":
            missing = report.missing or (0, 0)
            return fill(self.tr("%1 from this site have not arrived yet. This bundle will wait until they do; you can "
                                "also apply it anyway later from the bundle log."), range_text(*missing).capitalize())
        text = fill(self.tr("Applying adds %1 new, updates %2 and leaves %3 unchanged."),
                    str(report.new), str(report.updated), str(report.unchanged))
        if report.conflicts:
            text += " " + self.tr("%n record(s) will go to the review queue for you to decide.", "",
                                  report.conflicts)
        if report.refreshed:
            text += " " + self.tr("%n record(s) come again in full after a new consent.", "", report.refreshed)
        if report.redacted:
            text += " " + self.tr("%n person(s) will be de-identified here: their consent ended.", "",
                                  report.redacted)
        transfers = getattr(report, "transfers", 0)
        if transfers:
            text += " " + self.tr("%n transfer(s) of a participant between centers travel with it.", "",
                                  transfers)
        return text

    def row_texts(self) -> list[list[str]]:
        return [[self.table.topLevelItem(i).text(c) for c in range(COL_CONFLICTS + 1)]
                for i in range(self.table.topLevelItemCount())]


def applied_text(report: exchange.ImportReport, names: dict[str, str]) -> str:
    """What happened, once an import or a held bundle's apply has run."""
    who = site_label(report.origin, names)
    if report.status == "replay":
        return fill(QCoreApplication.translate("BundleImport", "Already imported on %1; nothing changed."),
                    when_text(report.already_imported_on))
    if report.status == "held":
        missing = report.missing or (0, 0)
        return fill(QCoreApplication.translate("BundleImport", "The bundle from %1 is waiting: %2 have not arrived yet."),
                    who, range_text(*missing))
    text = fill(QCoreApplication.translate("BundleImport", "Applied the bundle from %1: %2 new, %3 updated, %4 unchanged."),
                who, str(report.new), str(report.updated), str(report.unchanged))
    if report.conflicts:
        text += " " + BundleImport.tr("%n record(s) wait in the review queue.", None, report.conflicts)
    return text


class ImportFlow:
    """Choose a file, dry-run it, show the summary, apply on request. `summary` is the open summary dialog."""

    def __init__(self, services: Services, parent: QWidget, names: dict[str, str],
                 on_finished: Callable[[str], None]) -> None:
        self._services = services
        self._parent = parent
        self._names = names
        self._on_finished = on_finished
        self.summary: ImportSummaryDialog | None = None
        self.path = ""

    def start(self, path: str | None = None) -> None:
        path = path or choose_bundle(self._parent, QCoreApplication.translate("BundleImport", "Import a bundle"))
        if not path:
            return
        self.path = path
        services = self._services

        def failed(error: BaseException) -> None:
            show_error(self._parent, error)  # the engine logged the refusal; the Sync screen shows the log
            self._on_finished("")

        run_with_progress(self._parent, lambda _step: exchange.import_bundle(services, path, dry_run=True,
                                                                             log_refusal=True),
                          title=QCoreApplication.translate("BundleImport", "Checking the bundle"),
                          label=QCoreApplication.translate("BundleImport", "Opening and checking the bundle; "
                                                                           "nothing is changed yet…"),
                          cancellable=False, on_done=self._show_summary, on_error=failed)

    def _show_summary(self, report: exchange.ImportReport) -> None:
        dialog = ImportSummaryDialog(report, self._names, self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.summary = dialog

        def closed(result: int) -> None:
            self.summary = None
            if result == QDialog.DialogCode.Accepted and dialog.apply_button is not None:
                self.apply()

        dialog.finished.connect(closed)
        dialog.open()

    def apply(self) -> None:
        services, path, names = self._services, self.path, self._names

        def failed(error: BaseException) -> None:
            show_error(self._parent, error)
            self._on_finished("")

        # Applying is one transaction: there is no safe half-way, so no Cancel.
        run_with_progress(self._parent, lambda _step: exchange.import_bundle(services, path),
                          title=QCoreApplication.translate("BundleImport", "Applying the bundle"),
                          label=QCoreApplication.translate("BundleImport", "Backing up, then applying every change "
                                                                           "at once…"),
                          cancellable=False, on_done=lambda report: self._on_finished(applied_text(report, names)),
                          on_error=failed)


class ManifestDialog(QDialog):
    """The signed manifest of a bundle: who made it, for whom, which changes, which sections."""

    def __init__(self, manifest: Any, names: dict[str, str], file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bundle contents"))
        self.setAccessibleName(self.tr("Bundle contents"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 90)
        facts = [
            (self.tr("File"), file_name),
            (self.tr("From"), site_label(manifest.origin, names)),
            (self.tr("For"), site_label(manifest.recipient, names)),
            (self.tr("Changes"), range_text(manifest.seq_from, manifest.seq_to)),
            (self.tr("Made"), when_text(manifest.created_at)),
            (self.tr("Made with"), "ROSC Desktop " + manifest.app_version),
            (self.tr("Kind"), manifest.profile),
            (self.tr("Data format"), str(manifest.schema_version)),
            (self.tr("Needs"), ", ".join(manifest.requires) or self.tr("nothing special")),
        ]
        self.facts = QTreeWidget(self)
        self.facts.setRootIsDecorated(False)
        self.facts.setAccessibleName(self.tr("Bundle facts"))
        self.facts.setHeaderLabels([self.tr("Item"), self.tr("Value")])
        for label, value in facts:
            self.facts.addTopLevelItem(QTreeWidgetItem([label, value]))
        self.facts.resizeColumnToContents(0)
        self.sections = QTreeWidget(self)
        self.sections.setRootIsDecorated(False)
        self.sections.setAccessibleName(self.tr("Sections of the bundle"))
        self.sections.setHeaderLabels([self.tr("Section"), self.tr("Records"), self.tr("Bytes")])
        for section in manifest.sections:
            self.sections.addTopLevelItem(QTreeWidgetItem([section.name, str(section.rows), str(section.bytes)]))
        self.sections.resizeColumnToContents(0)
        note = QLabel(self.tr("The signature and the recipient were checked; nothing was applied."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.facts, 2)
        layout.addWidget(self.sections, 1)
        layout.addWidget(buttons)

    def fact_texts(self) -> dict[str, str]:
        return {self.facts.topLevelItem(i).text(0): self.facts.topLevelItem(i).text(1)
                for i in range(self.facts.topLevelItemCount())}


def inspect_bundle(services: Services, parent: QWidget, names: dict[str, str], path: str | None = None,
                   on_shown: Callable[[ManifestDialog], None] | None = None) -> None:
    path = path or choose_bundle(parent, QCoreApplication.translate("BundleImport", "Inspect a bundle"))
    if not path:
        return

    def shown(manifest: Any) -> None:
        dialog = ManifestDialog(manifest, names, Path(path).name, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        if on_shown is not None:
            on_shown(dialog)

    run_operation(parent, lambda: exchange.inspect(services, path), on_done=shown)
