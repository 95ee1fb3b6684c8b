"""The lock screen: covers the signed-in area after idle time or Ctrl+L, and asks only for a password.

The open tabs stay alive underneath (the main window only switches its stack), so half-typed notes survive
a lock. Wrong passwords are throttled exactly like sign-in, because this is a sign-in too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from rosc_desktop.errors import RoscError
from rosc_desktop.placeholders import fill
from rosc_desktop.ui.messages import describe_error, message_for
from rosc_desktop.ui.operations import run_operation
from rosc_desktop.ui.screens.sign_in import (
    Field,
    WaitCountdown,
    alive,
    form_error_label,
    heading,
    password_edit,
    start_page,
    throttle_message,
)

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services


class LockScreen(QWidget):
    """Emits `unlocked` after the right password, `sign_out_requested` when the person gives up their seat."""
    help_topic = "sign_in"

    unlocked = Signal()
    sign_out_requested = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._busy = False
        actor = services.actor
        layout = start_page(self)
        for label in heading(self.tr("Locked"),
                             fill(self.tr("%1 is signed in. Enter your password to go on where you left off."),
                                  actor.display_name)):
            layout.addWidget(label)
        self.password = password_edit()
        self.password_field = Field(layout, fill(self.tr("&Password for %1"), actor.username),
                                    self.password, self.tr("Password"))
        self.message = form_error_label()
        layout.addWidget(self.message)

        self.unlock_button = QPushButton(self._button_text())
        self.unlock_button.setDefault(True)
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.sign_out_button = QPushButton(self.tr("Sign &out"))
        self.sign_out_button.setAccessibleName(self.tr("Sign out"))
        row = QHBoxLayout()
        row.addWidget(self.sign_out_button)
        row.addStretch(1)
        row.addWidget(self.unlock_button)
        layout.addSpacing(12)
        layout.addLayout(row)

        self.countdown = WaitCountdown(self.unlock_button, self._button_text, self)
        self.unlock_button.clicked.connect(self.submit)
        self.password.returnPressed.connect(self.submit)
        self.sign_out_button.clicked.connect(self.sign_out_requested)
        self.setFocusProxy(self.password)
        self.setTabOrder(self.password, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.sign_out_button)

    def _button_text(self) -> str:
        return self.tr("&Unlock")

    def reset(self) -> None:
        """Fresh for the next lock: no password or old message left on screen."""
        self.password.clear()
        self.message.hide()
        self.password_field.clear_error()

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Escape:
            self.reset()
            return
        super().keyPressEvent(event)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.countdown.show_busy(busy, self.tr("Checking…"), (self.password, self.sign_out_button))

    def submit(self) -> None:
        if self._busy or self.countdown.is_waiting():
            return
        self.message.hide()
        self.password_field.clear_error()
        password = self.password.text()
        if not password:
            self.password_field.show_error(message_for("required", {}))
            return
        self._set_busy(True)
        accounts = self._services.accounts
        run_operation(self, lambda: accounts.unlock(password), on_done=self._done, on_error=self._failed)

    def _done(self, _result: object) -> None:
        if not alive(self):
            return
        self._set_busy(False)
        self.reset()
        self.unlocked.emit()

    def _failed(self, error: BaseException) -> None:
        if not alive(self):
            return
        self._set_busy(False)
        if isinstance(error, RoscError) and error.code in ("signin_failed", "signin_wait"):
            text, seconds = throttle_message(error)
            if error.code == "signin_failed":  # only the password was asked for here
                text = self.tr("That password is not right. Please try again.")
            self.countdown.start(seconds)
        else:
            text = describe_error(error)[1]
        self.message.setText(text)
        self.message.show()
        self.password.clear()
        self.password.setFocus()
