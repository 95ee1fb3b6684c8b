"""The plumbing of a workspace tab that lists one person's records in a tree and edits them in one form at a
time (Referrals, Consents): which record is chosen, keeping that choice across a reload, and the contract
with the workspace about typing in an open form. The words stay in each tab."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rosc_desktop.ui.form_dialog import FormDialog, open_one

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

ID_ROLE = Qt.ItemDataRole.UserRole


class RecordTreeTab:
    """Mixed into a QWidget that starts with `_start`, builds its list with `_build_list`, lays it out with
    `_lay_out`, and defines `_selection_changed()` and `reload()`; `record_type` is the class of its records."""

    record_type: type
    tree: QTreeWidget
    stack: QStackedWidget
    empty_label: QWidget
    details: QLabel
    note: QLabel
    dialog: QDialog | None
    _records: dict[str, Any]
    _select_next: str | None

    def _selection_changed(self) -> None:
        raise NotImplementedError

    def reload(self) -> None:
        raise NotImplementedError

    def _start(self, services: Services, participant_id: str) -> None:
        self._services = services
        self._participant_id = participant_id
        self._records = {}
        self._select_next = None
        self.dialog = None

    def _lay_out(self, buttons: Sequence[QPushButton]) -> QVBoxLayout:
        """The tab's layout: its buttons in a row, the note, the list (or its empty sentence), the details."""
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch()
        layout = QVBoxLayout(self)  # type: ignore[arg-type]  # mixed into a QWidget
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.details)
        return layout

    def _build_list(self, name: str, headers: Sequence[str], first_column_chars: int, empty_text: str,
                    details_name: str) -> None:
        """The tree, its empty-state sentence (in `stack`), the details under it (`details`) and the "Saved" note
        (`note`, hidden): the same widgets in every such tab; the words are the tab's, already translated."""
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(name)
        self.tree.setColumnCount(len(headers))
        self.tree.setHeaderLabels(list(headers))
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.header().resizeSection(0, self.tree.fontMetrics().averageCharWidth() * first_column_chars)
        self.empty_label = QLabel(empty_text)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty_label)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(details_name)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setAccessibleName(QCoreApplication.translate("RecordTreeTab", "Saved"))
        self.note.hide()

    def _show_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.show()

    def _open(self, dialog: FormDialog) -> None:
        open_one(self, dialog, self._dialog_closed)  # type: ignore[arg-type]  # mixed into a QWidget

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        result = getattr(dialog, "result_view", None)
        if isinstance(result, self.record_type):
            self._select_next = result.id
            self._saved(result)
        self.tree.setFocus()

    def _saved(self, view: Any) -> None:
        """After a form saved `view`: show the list again with it chosen."""
        self.reload()

    def has_unsaved_work(self) -> bool:
        return self.dialog is not None and self.dialog.has_unsaved_work()  # type: ignore[attr-defined]

    def discard_dialog(self) -> None:
        if isinstance(self.dialog, FormDialog):
            self.dialog.discard()

    def selected(self) -> Any | None:
        item = self.tree.currentItem()
        return self._records.get(item.data(0, ID_ROLE)) if item is not None else None

    def select(self, record_id: str) -> None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, ID_ROLE) == record_id:
                self.tree.setCurrentItem(item)
                return

    def _fill(self, rows: Sequence[Any], item_for: Callable[[Any], QTreeWidgetItem]) -> None:
        """Show `rows`, keeping the chosen record (or the one just saved) chosen; the first otherwise."""
        current = self.selected()
        keep = self._select_next or (current.id if current is not None else None)
        self._select_next = None
        self._records = {r.id: r for r in rows}
        self.tree.clear()
        for view in rows:
            item = item_for(view)
            item.setData(0, ID_ROLE, view.id)
            self.tree.addTopLevelItem(item)
        self.stack.setCurrentWidget(self.tree if rows else self.empty_label)
        if keep is not None:
            self.select(keep)
        if self.tree.currentItem() is None and rows:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._selection_changed()
