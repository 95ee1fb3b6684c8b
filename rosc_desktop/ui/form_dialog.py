"""The base of the app's small edit dialogs (goals, steps, reviews, network members, links, ratings), and the
multi-line and date fields their forms share."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rosc_desktop.errors import RoscError, ValidationError
from rosc_desktop.ui.days import day_pattern, qdate
from rosc_desktop.ui.messages import message_for
from rosc_desktop.ui.operations import run_operation, show_error
from rosc_desktop.ui.prompts import DiscardOnCancel, DiscardQuestion

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services


def plain_editor(parent: QWidget, lines: int, name: str = "", *, wrap_only: bool = False) -> QPlainTextEdit:
    """A multi-line text field `lines` lines high that Tab leaves (keyboard users are not trapped in it);
    `wrap_only` also turns off the sideways scroll bar, so long lines wrap."""
    editor = QPlainTextEdit(parent)
    editor.setTabChangesFocus(True)
    if wrap_only:
        editor.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    editor.setFixedHeight(editor.fontMetrics().lineSpacing() * lines + 2 * editor.frameWidth() + 10)
    if name:
        editor.setAccessibleName(name)
    return editor


def date_edit(parent: QWidget, day: date, name: str, *, earliest: date | None = None,
              latest: date | None = None) -> QDateEdit:
    """A date field with a calendar, written as the lists write dates, limited to `earliest`..`latest`."""
    edit = QDateEdit(qdate(day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(day_pattern())
    if earliest is not None:
        edit.setMinimumDate(qdate(earliest))
    if latest is not None:
        edit.setMaximumDate(qdate(latest))
    edit.setAccessibleName(name)
    return edit


def error_colour(palette: QPalette) -> str:
    # Readable red on both light and dark system themes (the palette has no "error" colour of its own).
    return "#ff8a80" if palette.color(QPalette.ColorRole.Window).lightness() < 128 else "#b00020"


class FieldErrors:
    """Errors shown beside their fields, and read out by screen readers, for a dialog that keeps `_errors`
    (field -> its error label), `_field_widgets` (field -> the widget that takes focus) and a `banner` for
    errors that belong to no one field."""

    _errors: dict[str, QLabel]
    _field_widgets: dict[str, QWidget]
    banner: QLabel

    def field_error(self, field: str) -> str:
        label = self._errors.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    def _error_box(self, field: str, shown: QWidget) -> QWidget:
        """`shown` with a hidden error line under it, kept as the field's error label."""
        box = QWidget(self)  # type: ignore[call-overload]
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(shown)
        error = QLabel(box)
        error.setWordWrap(True)
        error.setStyleSheet(f"color: {error_colour(box.palette())};")
        error.hide()
        column.addWidget(error)
        self._errors[field] = error
        return box

    def _show_error(self, field: str, text: str, *, focus: bool = True) -> None:
        label = self._errors[field]
        label.setText(text)
        label.show()
        widget = self._field_widgets[field]
        widget.setAccessibleDescription(text)  # a screen reader reads it when focus lands on the field
        if focus:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear_error(self, field: str) -> None:
        label = self._errors.get(field)
        if label is not None and not label.isHidden():
            label.hide()
            self._field_widgets[field].setAccessibleDescription("")

    def _clear_errors(self) -> None:
        for field in self._errors:
            self._clear_error(field)
        self.banner.hide()


class FormDialog(DiscardOnCancel, QDialog, FieldErrors):
    """A form that saves in the background: errors shown beside their fields, typing kept on any failure,
    and a question before discarding what was typed. Subclasses give `_work()` (the save, as a callable) and
    `current()` (what counts as typing). What a save changed is announced by the service that made it."""

    def __init__(self, services: Services, participant_id: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._services = services
        self._participant_id = participant_id
        self._saving = False
        self._discard = DiscardQuestion(self)
        self._errors: dict[str, QLabel] = {}
        self._field_widgets: dict[str, QWidget] = {}
        self._initial: object = None
        self.result_view: Any = None
        self.setModal(True)
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(f"color: {error_colour(self.palette())};")
        self.banner.hide()

    # subclasses give these
    def current(self) -> object:
        raise NotImplementedError

    def _work(self) -> Callable[[], Any]:
        raise NotImplementedError

    def _problems(self) -> list[ValidationError]:
        """Every problem the form can see before saving, so all are shown at once rather than one per try."""
        return []

    def has_unsaved_work(self) -> bool:
        """Typing not saved yet (or being saved): the main window asks before dropping it."""
        return self._saving or self.current() != self._initial

    def _with_error(self, field: str, widget: QWidget, shown: QWidget | None = None) -> QWidget:
        self._field_widgets[field] = widget
        return self._error_box(field, shown or widget)

    def _row(self, form: QFormLayout, text: str, field: str, widget: QWidget, shown: QWidget | None = None) -> None:
        label = QLabel(text, self)
        label.setBuddy(widget)
        form.addRow(label, self._with_error(field, widget, shown))
        # The problem goes away once the person starts correcting it.
        signal = getattr(widget, "textChanged", None) or getattr(widget, "currentIndexChanged", None) \
            or getattr(widget, "dateChanged", None)
        if signal is not None:
            signal.connect(lambda *_: self._clear_error(field))

    def _make_buttons(self, save_text: str) -> QDialogButtonBox:
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button: QPushButton = self.buttons.addButton(save_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        return self.buttons

    def accept(self) -> None:
        """Enter and Save both come here: save first, close once the save has succeeded."""
        if self._saving or not self.save_button.isEnabled():
            return
        self._clear_errors()
        problems = self._problems()
        if problems:
            self._show_problems(problems)
            return
        try:
            work = self._work()
        except ValidationError as error:  # checked here before sending (a required choice not made)
            self._failed(error)
            return
        self._send(work)

    def _send(self, work: Callable[[], Any]) -> None:
        self._set_saving(True)
        run_operation(self, work, on_done=self._saved, on_error=self._failed)

    def _saved(self, result: object) -> None:
        self._set_saving(False)
        self.result_view = result
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self._set_saving(False)
        field = error.field if isinstance(error, ValidationError) else None
        if field is not None and field in self._field_widgets:
            self._show_error(field, self._field_message(error))  # type: ignore[arg-type]
            return
        if isinstance(error, RoscError) and error.code == "edited_elsewhere":
            self.banner.setText(message_for(error.code, error.params))
            self.banner.show()
        show_error(self, error)

    def _show_problems(self, problems: list[ValidationError]) -> None:
        beside = [p for p in problems if p.field in self._field_widgets]
        for problem in beside:
            self._show_error(problem.field, self._field_message(problem), focus=False)
        if beside:  # the first one in the form takes focus, where the person starts correcting
            self._field_widgets[beside[0].field].setFocus(Qt.FocusReason.OtherFocusReason)
        elsewhere = [p for p in problems if p.field not in self._field_widgets]
        if elsewhere:
            self._failed(elsewhere[0])

    def _field_message(self, error: ValidationError) -> str:
        return message_for(error.code, error.params)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.buttons.setEnabled(not saving)

    def _ask_discard(self, close: Callable[[], None]) -> None:
        self._discard.ask(self.tr("Discard what you typed?"), self.tr("What you typed here has not been saved."),
                          close, discard_label=self.tr("&Discard"), keep_label=self.tr("&Keep editing"))

    def discard(self) -> None:
        """Close without asking: the person already chose to discard (closing the workspace)."""
        if self._discard.box is not None:
            self._discard.box.done(0)
        QDialog.reject(self)


def open_one(owner: QWidget, dialog: QDialog, on_closed: Callable[[QDialog], None]) -> None:
    """Show `dialog` as `owner.dialog`, the tab's one open form, unless one is open already (then that one
    comes forward and the new one is dropped).

    Opened, not exec'd: a lock hides open windows, and hiding would end a nested event loop as a cancel."""
    current = getattr(owner, "dialog", None)
    if current is not None and current.isVisible():
        current.raise_()
        dialog.deleteLater()
        return
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.finished.connect(lambda _r: on_closed(dialog))
    owner.dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
