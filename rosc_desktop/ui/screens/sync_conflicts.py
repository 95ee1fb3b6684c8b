"""The review queue: records a bundle could not merge without a person, shown side by side to decide.

Each item names its kind in words (a fork, a duplicate, a record from a site that does not own it, a record
pointing at one this site lacks), shows every field with this site's value and the other site's, the differing
fields highlighted, and offers "Keep this site's version" or "Use the other version" (the engine refuses the
second where it cannot simply replace the record, and says why).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rosc_desktop.placeholders import fill
from rosc_desktop.services.changes import Changes, Kind
from rosc_desktop.sync import exchange
from rosc_desktop.ui.operations import change_bus, run_now, run_operation, show_error
from rosc_desktop.ui.screens.bundle_import import site_label
from rosc_desktop.ui.screens.sync_words import table_word, when_text

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

COL_KIND, COL_RECORD, COL_FROM, COL_DETECTED = range(4)
COL_FIELD, COL_HERE, COL_THERE = range(3)
# Bookkeeping every copy of a row carries (it differs in a fork by nature), and search keys the app derives from
# the fields shown: neither says anything to a person deciding.
HIDDEN_FIELDS = frozenset({"version", "hlc", "updated_at", "search_names", "sort_name", "search_phone"})


def kind_word(kind: str) -> str:
    words = {
        "fork": QCoreApplication.translate("SyncConflicts", "Changed differently in two copies"),
        "duplicate": QCoreApplication.translate("SyncConflicts", "Duplicate"),
        "not_owner": QCoreApplication.translate("SyncConflicts", "Not the owner's change"),
        "missing_link": QCoreApplication.translate("SyncConflicts", "Points at a missing record"),
    }
    return words.get(kind, kind)


def kind_explained(kind: str, site: str) -> str:
    texts = {
        "fork": QCoreApplication.translate(
            "SyncConflicts", "Two copies of %1's database changed this record differently (a copy restored from a "
                             "backup, or a second computer). Keep this site's version unless %1 confirms the "
                             "other one is right."),
        "duplicate": QCoreApplication.translate(
            "SyncConflicts", "%1 sent a second record where only one may exist (for example a second intake for "
                             "the same person). Keep this site's version and settle the difference with %1."),
        "not_owner": QCoreApplication.translate(
            "SyncConflicts", "%1 sent a change to a record it does not own. Only the owning site edits a record, "
                             "so the change was not applied. Keep this site's version and let %1 know."),
        "missing_link": QCoreApplication.translate(
            "SyncConflicts", "This record from %1 points at a record this site does not have. The next bundle "
                             "from %1 usually brings it; then use the other version."),
    }
    text = texts.get(kind)
    return fill(text, site) if text else ""


def field_word(name: str) -> str:
    return name.replace("_", " ").capitalize()


def value_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return QCoreApplication.translate("SyncConflicts", "yes") if value else QCoreApplication.translate(
            "SyncConflicts", "no")
    if isinstance(value, (list, tuple)):
        return ", ".join(value_text(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {value_text(v)}" for k, v in value.items())
    return str(value)


class ReviewQueue(QWidget):
    """The open items on the left, the chosen one's two versions on the right."""

    def __init__(self, services: Services, names: dict[str, str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.names = dict(names or {})
        self._items: list[exchange.ConflictView] = []

        self.empty_note = QLabel(self.tr("Nothing waits for review: every change received so far was merged."),
                                 self)
        self.empty_note.setWordWrap(True)

        self.list = QTreeWidget(self)
        self.list.setRootIsDecorated(False)
        self.list.setAccessibleName(self.tr("Items waiting for review"))
        self.list.setHeaderLabels([self.tr("What"), self.tr("Record"), self.tr("From"), self.tr("Found")])
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.currentItemChanged.connect(lambda _c, _p: self._show_current())

        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.versions = QTableWidget(0, 3, self)
        self.versions.setAccessibleName(self.tr("Both versions, field by field"))
        self.versions.setHorizontalHeaderLabels([self.tr("Field"), self.tr("This site"), self.tr("The other site")])
        self.versions.verticalHeader().hide()
        self.versions.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 8)
        self.versions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.versions.setWordWrap(False)
        self.versions.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.versions.horizontalHeader()
        header.setSectionResizeMode(COL_FIELD, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_HERE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_THERE, QHeaderView.ResizeMode.Stretch)
        self.legend = QLabel(self.tr("Fields that differ are highlighted and marked ≠."), self)

        self.keep_button = QPushButton(self.tr("&Keep this site's version"), self)
        self.keep_button.clicked.connect(lambda: self.resolve("keep_local"))
        self.take_button = QPushButton(self.tr("Use the &other version"), self)
        self.take_button.clicked.connect(lambda: self.resolve("take_remote"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        detail = QWidget(self)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.explanation)
        detail_layout.addWidget(self.versions, 1)
        detail_layout.addWidget(self.legend)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.take_button)
        buttons.addStretch(1)
        detail_layout.addLayout(buttons)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        chars = self.fontMetrics().averageCharWidth()
        self.splitter.setSizes([chars * 60, chars * 110])
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status)
        self.setFocusProxy(self.list)
        change_bus.changed.connect(self._on_changed)
        self.refresh()

    # -- loading ---------------------------------------------------------------------------------------

    def refresh(self) -> None:
        # run_now: the open conflicts, through the status index
        items = run_now(lambda: exchange.conflicts(self._services), self)
        self.show_items(items or [])

    def show_items(self, items: list[exchange.ConflictView]) -> None:
        keep = self.current_id()
        self._items = list(items)
        self.list.blockSignals(True)
        self.list.clear()
        for conflict in self._items:
            item = QTreeWidgetItem([kind_word(conflict.kind), table_word(conflict.table_name),
                                    site_label(conflict.origin, self.names), when_text(conflict.detected_at)])
            item.setData(COL_KIND, Qt.ItemDataRole.UserRole, conflict.id)
            self.list.addTopLevelItem(item)
        self.list.blockSignals(False)
        self.empty_note.setVisible(not self._items)
        self.splitter.setVisible(bool(self._items))
        index = next((i for i, c in enumerate(self._items) if c.id == keep), 0)
        if self._items:
            self.list.setCurrentItem(self.list.topLevelItem(index))
        self._show_current()

    def set_names(self, names: dict[str, str]) -> None:
        """Site names to show beside codes (the Sync screen knows them from its status lines)."""
        if names != self.names:
            self.names = dict(names)
            self.show_items(self._items)

    def count(self) -> int:
        return len(self._items)

    def current(self) -> exchange.ConflictView | None:
        item = self.list.currentItem()
        if item is None:
            return None
        wanted = item.data(COL_KIND, Qt.ItemDataRole.UserRole)
        return next((c for c in self._items if c.id == wanted), None)

    def current_id(self) -> int | None:
        conflict = self.current()
        return conflict.id if conflict is not None else None

    def _show_current(self) -> None:
        conflict = self.current()
        self.keep_button.setEnabled(conflict is not None)
        self.take_button.setEnabled(conflict is not None and conflict.kind not in ("not_owner", "duplicate"))
        self.versions.setRowCount(0)
        if conflict is None:
            self.explanation.clear()
            return
        self.explanation.setText(kind_explained(conflict.kind, site_label(conflict.origin, self.names)))
        differing = set(conflict.fields)
        names = sorted((set(conflict.local) | set(conflict.remote)) - HIDDEN_FIELDS,
                       key=lambda n: (n not in differing, n))
        self.versions.setRowCount(len(names))
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        tint = QBrush(QColor(highlight.red(), highlight.green(), highlight.blue(), 60))
        for row, name in enumerate(names):
            differs = name in differing
            cells = [field_word(name) + (" ≠" if differs else ""), value_text(conflict.local.get(name)),
                     value_text(conflict.remote.get(name))]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if differs:
                    cell.setBackground(tint)
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                self.versions.setItem(row, column, cell)

    def version_rows(self) -> list[tuple[str, str, str, bool]]:
        """(field, this site, the other site, differs) per row, as shown."""
        rows = []
        for row in range(self.versions.rowCount()):
            field = self.versions.item(row, COL_FIELD).text()
            rows.append((field.removesuffix(" ≠"), self.versions.item(row, COL_HERE).text(),
                         self.versions.item(row, COL_THERE).text(), field.endswith(" ≠")))
        return rows

    # -- deciding --------------------------------------------------------------------------------------

    def resolve(self, choice: str) -> None:
        conflict = self.current()
        if conflict is None:
            return
        services = self._services
        self.keep_button.setEnabled(False)
        self.take_button.setEnabled(False)

        def done(_view: Any) -> None:
            self.status.setText(self.tr("Kept this site's version.") if choice == "keep_local"
                                else self.tr("The other site's version is now the one kept here."))

        def failed(error: BaseException) -> None:
            self._show_current()
            show_error(self, error)

        run_operation(self, lambda: exchange.resolve_conflict(services, conflict.id, choice), on_done=done,
                      on_error=failed)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(Kind.SYNC):
            self.refresh()
