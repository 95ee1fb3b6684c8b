"""The plumbing of a workspace tab that lists one person's records in a tree and edits them in one form at a
time (Referrals, Consents): which record is chosen, keeping that choice across a reload, and the contract
with the workspace about typing in an open form. The words stay in each tab."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QStackedWidget, QTreeWidget, QTreeWidgetItem, QWidget

from rosc_desktop.ui.form_dialog import FormDialog

ID_ROLE = Qt.ItemDataRole.UserRole


class RecordTreeTab:
    """Mixed into a QWidget that sets `tree`, `stack`, `empty_label`, `dialog`, `_records` (id -> view) and
    `_select_next`, and defines `_selection_changed()`."""

    tree: QTreeWidget
    stack: QStackedWidget
    empty_label: QWidget
    dialog: QDialog | None
    _records: dict[str, Any]
    _select_next: str | None

    def _selection_changed(self) -> None:
        raise NotImplementedError

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
