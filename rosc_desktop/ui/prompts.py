"""The one "Discard …?" question every form asks before dropping typing, asked without blocking.

Opened, not exec'd: a lock hides open windows, and hiding a window would end a nested event loop as a "No";
opened, the question is still there after unlocking. One question at a time per form.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget


class DiscardQuestion:
    def __init__(self, parent: QWidget) -> None:
        self._parent = parent
        self.box: QMessageBox | None = None
        self._discard_button: QAbstractButton | None = None
        self._on_discard: Callable[[], None] | None = None

    def ask(self, title: str, text: str, on_discard: Callable[[], None], *,
            discard_label: str | None = None, keep_label: str | None = None) -> None:
        """Ask once; call `on_discard` only if the person chooses to discard. Labels replace the standard
        Discard/Cancel buttons when given (e.g. "&Discard" / "&Keep editing")."""
        if self.box is not None:  # asked already: one question is enough
            return
        if discard_label is None:
            box = QMessageBox(QMessageBox.Icon.Question, title, text,
                              QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, self._parent)
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            self._discard_button = box.button(QMessageBox.StandardButton.Discard)
        else:
            box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                              self._parent)
            self._discard_button = box.addButton(discard_label, QMessageBox.ButtonRole.DestructiveRole)
            keep = box.addButton(keep_label or "", QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(keep)
            box.setEscapeButton(keep)
        box.setAccessibleName(title)
        box.finished.connect(self._answered)
        self.box, self._on_discard = box, on_discard
        box.open()

    def _answered(self, _result: int) -> None:
        box, self.box = self.box, None
        if box is None:
            return
        discard = box.clickedButton() is self._discard_button
        on_discard, self._on_discard, self._discard_button = self._on_discard, None, None
        box.deleteLater()
        if discard and on_discard is not None:
            on_discard()


class DiscardOnCancel:
    """Mixed into a QDialog (before QDialog in its bases) that sets `_saving` and `_discard` (a DiscardQuestion)
    and defines `has_unsaved_work()`: Cancel, Esc or closing asks first when something was typed, and does
    nothing while a save is in flight. The dialog words the question in `_ask_discard`."""

    _saving: bool
    _discard: DiscardQuestion

    def has_unsaved_work(self) -> bool:
        raise NotImplementedError

    def _ask_discard(self, close: Callable[[], None]) -> None:
        """Ask whether to drop what was typed (through `_discard`); `close` if the person says yes."""
        raise NotImplementedError

    def reject(self) -> None:
        if self._saving:
            return  # the save in flight decides; closing now would drop its answer
        if not self.has_unsaved_work():
            super().reject()  # type: ignore[misc]  # QDialog's, next in the dialog's bases
            return
        self._ask_discard(super().reject)  # type: ignore[misc]

    @property
    def _discard_box(self) -> QMessageBox | None:
        return self._discard.box
