"""The sign-in screen, the "forgot password" dialog, and the small pieces the start screens share.

Sign-in derives a key with Argon2 and backs the database up, so it runs through `run_operation` and the
window keeps painting. Wrong passwords slow down (the keyring decides how long); the button counts down.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from rosc_desktop.errors import RoscError, ValidationError
from rosc_desktop.paths import AppPaths
from rosc_desktop.placeholders import fill
from rosc_desktop.services import session
from rosc_desktop.settings import MachineSettings
from rosc_desktop.ui.messages import describe_error, message_for
from rosc_desktop.ui import preload
from rosc_desktop.ui.operations import run_operation

# Calm and quiet: one soft background, one card, one accent. Start screens only; the signed-in area keeps the
# platform look people know. Colours come from the palette, so a dark theme gets a dark card with light text; only
# the error red and the demo note's yellow are chosen here, in a shade for each kind of palette.
START_STYLE = """
#startPage { background: palette(window); }
#card { background: palette(base); border: 1px solid palette(mid); border-radius: 10px; }
#card QLabel { background: transparent; color: palette(text); }
#subtitle, #hint { color: palette(text); }
#fieldError, #formError { color: %(error)s; }
#demoNote { background: #fff5d6; border: 1px solid #e6cf84; border-radius: 6px; padding: 8px; color: #4d3d00; }
#recoveryKey { background: palette(alternate-base); color: palette(text); border: 1px dashed palette(mid);
               border-radius: 6px; padding: 14px; }
QPushButton#link { border: none; color: palette(link); text-decoration: underline; text-align: left;
                   padding: 2px 0; }
QPushButton#link:focus { outline: 1px dotted palette(link); }
"""


def start_style(palette: QPalette) -> str:
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    return START_STYLE % {"error": "#ff9e85" if dark else "#a1260d"}


def start_page(owner: QWidget, width: int = 440) -> QVBoxLayout:
    """Give `owner` the start-screen look: a centred white card. Returns the card's layout to fill."""
    owner.setObjectName("startPage")
    owner.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    owner.setStyleSheet(start_style(owner.palette()))
    card = QFrame(owner)
    card.setObjectName("card")
    card.setMinimumWidth(width)
    card.setMaximumWidth(width + 80)
    card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    inner = QVBoxLayout(card)
    inner.setContentsMargins(36, 32, 36, 32)
    inner.setSpacing(6)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(card, 3)
    row.addStretch(1)
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(24, 24, 24, 24)
    outer.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)
    return inner


def heading(text: str, subtitle: str = "") -> list[QLabel]:
    title = QLabel(text)
    title.setObjectName("title")
    font = QFont(title.font())
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setWeight(QFont.Weight.DemiBold)
    title.setFont(font)
    title.setWordWrap(True)
    title.setAccessibleName(text)
    labels = [title]
    if subtitle:
        sub = QLabel(subtitle)
        sub.setObjectName("subtitle")
        sub.setWordWrap(True)
        sub.setContentsMargins(0, 0, 0, 6)
        labels.append(sub)
    return labels


class Field:
    """A labelled input with its own error line: errors appear next to what needs fixing."""

    def __init__(self, layout: QVBoxLayout, label_text: str, editor: QWidget, accessible_name: str) -> None:
        self.editor = editor
        self.label = QLabel(label_text)
        self.label.setBuddy(editor)
        editor.setAccessibleName(accessible_name)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addSpacing(6)
        layout.addWidget(self.label)
        layout.addWidget(editor)
        layout.addWidget(self.error)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.editor.setAccessibleDescription(text)

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()
        self.editor.setAccessibleDescription("")


def password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def form_error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("formError")
    label.setWordWrap(True)
    label.hide()
    return label


def alive(obj: QObject) -> bool:
    """False once Qt has deleted the object: a background result may arrive after its screen is gone."""
    return shiboken6.isValid(obj)


class WaitCountdown(QObject):
    """Keeps a button disabled while the keyring asks people to wait, showing the seconds left."""

    finished = Signal()

    def __init__(self, button: QPushButton, normal_text: Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__(parent or button)
        self._button = button
        self._normal_text = normal_text
        self._until = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self._tick)

    def start(self, seconds: int) -> None:
        if seconds <= 0:
            return
        self._until = max(self._until, time.monotonic() + seconds)
        self._timer.start()
        self._tick()

    def is_waiting(self) -> bool:
        return self._timer.isActive()

    def show_busy(self, busy: bool, busy_text: str, others: Iterable[QWidget]) -> None:
        """While a password is checked: `others` off and the button saying `busy_text`; afterwards all back on,
        the button too unless a wait is counting down (then the countdown keeps it)."""
        for widget in others:
            widget.setEnabled(not busy)
        if busy:
            self._button.setEnabled(False)
            self._button.setText(busy_text)
        elif not self.is_waiting():
            self._button.setEnabled(True)
            self._button.setText(self._normal_text())

    def remaining(self) -> int:
        return max(0, int(self._until - time.monotonic() + 0.999))

    def _tick(self) -> None:
        left = self.remaining()
        if left <= 0:
            self._timer.stop()
            self._button.setEnabled(True)
            self._button.setText(self._normal_text())
            self.finished.emit()
            return
        self._button.setEnabled(False)
        self._button.setText(self.tr("Please wait %n second(s)", "", left))


def throttle_message(error: RoscError) -> tuple[str, int]:
    """The sentence and the seconds to wait for a sign-in or unlock failure."""
    if error.code == "signin_wait":
        return message_for(error.code, error.params), int(error.params.get("seconds", 1))  # type: ignore[call-overload]
    return message_for(error.code, error.params), int(error.params.get("wait", 0) or 0)  # type: ignore[call-overload]


class SignInScreen(QWidget):
    """User name and password; emits `signed_in(services)`."""
    help_topic = "sign_in"

    signed_in = Signal(object)
    restored = Signal()  # a backup was put in place from here: the start screen is made again

    def __init__(self, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._paths = paths
        self._busy = False
        layout = start_page(self)
        for label in heading(self.tr("Sign in"), self.tr("ROSC Desktop keeps participants' records encrypted "
                                                         "on this computer.")):
            layout.addWidget(label)

        self.demo_note: QLabel | None = None
        if session.is_demo(paths):
            self.demo_note = QLabel(fill(self.tr("Demo database: sign in as %1 / %2"),
                                         session.DEMO_USERNAME, session.DEMO_PASSWORD))
            self.demo_note.setObjectName("demoNote")
            self.demo_note.setWordWrap(True)
            layout.addSpacing(8)
            layout.addWidget(self.demo_note)

        self.username = QLineEdit(MachineSettings.load(paths.settings).last_username)
        self.username_field = Field(layout, self.tr("&User name"), self.username, self.tr("User name"))
        self.password = password_edit()
        self.password_field = Field(layout, self.tr("&Password"), self.password, self.tr("Password"))

        self.message = form_error_label()
        layout.addSpacing(4)
        layout.addWidget(self.message)

        self.button = QPushButton(self._button_text())
        self.button.setDefault(True)
        self.button.setAccessibleName(self.tr("Sign in"))
        layout.addSpacing(10)
        layout.addWidget(self.button)

        self.forgot = QPushButton(self.tr("&Forgot password? Use the recovery key"))
        self.forgot.setObjectName("link")
        self.forgot.setCursor(Qt.CursorShape.PointingHandCursor)
        self.forgot.setAccessibleName(self.tr("Forgot password? Use the recovery key"))
        layout.addSpacing(6)
        layout.addWidget(self.forgot, 0, Qt.AlignmentFlag.AlignLeft)
        self.restore = restore_link(self)
        layout.addWidget(self.restore, 0, Qt.AlignmentFlag.AlignLeft)

        self.countdown = WaitCountdown(self.button, self._button_text, self)
        self.button.clicked.connect(self.submit)
        self.username.returnPressed.connect(self.submit)
        self.password.returnPressed.connect(self.submit)
        self.username.editingFinished.connect(self._check_wait)
        self.forgot.clicked.connect(self.open_recovery)
        self.restore.clicked.connect(lambda: self.open_restore())
        self.setFocusProxy(self.password if self.username.text() else self.username)
        self._check_wait()
        self._painted = False

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # Once the screen shows, never before: the database stack loads while the password is typed.
            QTimer.singleShot(0, preload.start)

    def _button_text(self) -> str:
        return self.tr("&Sign in")

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _check_wait(self) -> None:
        name = self.username.text().strip()
        if not name:
            return
        try:
            seconds = session.sign_in_wait_seconds(self._paths, name)
        except RoscError as exc:  # a damaged keyring: say so now rather than after typing a password
            self._show_message(message_for(exc.code, exc.params))
            return
        self.countdown.start(seconds)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.countdown.show_busy(busy, self.tr("Signing in…"),
                                 (self.username, self.password, self.forgot, self.restore))

    def submit(self) -> None:
        if self._busy or self.countdown.is_waiting():
            return
        self.username_field.clear_error()
        self.password_field.clear_error()
        self._show_message("")
        name, password = self.username.text().strip(), self.password.text()
        if not name:
            self.username_field.show_error(message_for("required", {}))
            self.username.setFocus()
            return
        if not password:
            self.password_field.show_error(message_for("required", {}))
            self.password.setFocus()
            return
        self._set_busy(True)
        paths = self._paths
        # Here, on this thread, before the worker starts: a sign-in pressed before the background loading began
        # (a password manager) must not import cryptography beside it (ui/preload.py). Loaded already otherwise.
        session.load_crypto()

        def sign_in() -> object:
            # Argon2id first, beside the loading of the database stack: it needs none of those modules, and a
            # person who presses at once then waits for the longer of the two rather than for both.
            unlocked = session.unlock(paths, name, password)
            preload.wait()  # opening the store imports that stack: never beside the loading of it
            # The disk check and the day's backup follow behind Today (store/disk_check.py); the main window
            # hears how they ended.
            return session.sign_in(paths, name, password, check_later=True, unlocked=unlocked)

        run_operation(self, sign_in, on_done=self._done, on_error=self._failed)

    def _done(self, services: object) -> None:
        if not alive(self):
            services.close()  # type: ignore[attr-defined]
            return
        self._set_busy(False)
        self.password.clear()
        settings = MachineSettings.load(self._paths.settings)
        name = self.username.text().strip()
        if settings.last_username != name:  # a file synced to disk: kept off the way to Today when nothing changed
            settings.last_username = name
            try:
                settings.save(self._paths.settings)
            except OSError:
                pass  # only a convenience for next time
        self.signed_in.emit(services)

    def show_failure(self, error: BaseException, *, after_sign_in: bool = False) -> None:
        """Say why signing in did not work; `after_sign_in`: the check behind Today failed and undid it."""
        self._failed(error)
        if after_sign_in and alive(self):
            self._show_message(fill(self.tr("You were signed out: the check made after signing in found a "
                                            "problem. %1"), self.message.text()))

    def _failed(self, error: BaseException) -> None:
        if not alive(self):
            return
        self._set_busy(False)
        if isinstance(error, RoscError) and error.code in ("signin_failed", "signin_wait"):
            text, seconds = throttle_message(error)
            self._show_message(text)
            self.password.clear()
            self.password.setFocus()
            self.countdown.start(seconds)
            return
        self._show_message(describe_error(error)[1])
        if isinstance(error, RoscError) and error.code == "database_damaged" and error.params.get("backup"):
            # Offer the newest good backup at once, with the name already typed; the password is asked again.
            self.open_restore(str(error.params["backup"]))
        self.password.clear()
        self.password.setFocus()

    def open_restore(self, file: str = "") -> QDialog:
        from rosc_desktop.ui.screens.restore import RestoreDialog

        dialog = RestoreDialog(self._paths, file=file, username=self.username.text().strip(), parent=self)
        dialog.restored.connect(self.restored)
        dialog.open()
        return dialog

    def open_recovery(self) -> None:
        dialog = RecoveryResetDialog(self._paths, self.username.text().strip(), self)
        dialog.open()


def restore_link(parent: QWidget) -> QPushButton:
    """The start screens' way to put a backup in place (a new computer, a damaged database)."""
    link = QPushButton(QCoreApplication.translate("StartScreens", "Restore from a &backup…"))
    link.setObjectName("link")
    link.setCursor(Qt.CursorShape.PointingHandCursor)
    link.setAccessibleName(QCoreApplication.translate("StartScreens", "Restore from a backup"))
    return link


class RecoveryResetDialog(QDialog):
    """Set a new password with the center's recovery key, when the old one is forgotten."""

    def __init__(self, paths: AppPaths, username: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._paths = paths
        self.setWindowTitle(self.tr("Reset a password with the recovery key"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The recovery key was shown once, when this center was set up, and kept on "
                               "paper. It lets you choose a new password for any account."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.key = QLineEdit()
        self.key.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.key_field = Field(layout, self.tr("Recovery &key"), self.key, self.tr("Recovery key"))
        self.username = QLineEdit(username)
        self.username_field = Field(layout, self.tr("&User name"), self.username, self.tr("User name"))
        self.new_password = password_edit()
        self.new_field = Field(layout, self.tr("&New password"), self.new_password, self.tr("New password"))
        self.confirm = password_edit()
        self.confirm_field = Field(layout, self.tr("&Confirm new password"), self.confirm,
                                   self.tr("Confirm new password"))
        self.message = form_error_label()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.reset_button = self.buttons.addButton(self.tr("&Reset password"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.reset_button.setDefault(True)
        layout.addSpacing(8)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self._fields = {"recovery_key": self.key_field, "username": self.username_field,
                        "password": self.new_field, "confirm": self.confirm_field}

    def submit(self) -> None:
        for field in self._fields.values():
            field.clear_error()
        self.message.hide()
        if not self.key.text().strip():
            self.key_field.show_error(message_for("required", {}))
            self.key.setFocus()
            return
        if not self.username.text().strip():
            self.username_field.show_error(message_for("required", {}))
            self.username.setFocus()
            return
        self.setEnabled(False)
        paths, key, name = self._paths, self.key.text(), self.username.text()
        new, confirm = self.new_password.text(), self.confirm.text()
        run_operation(self, lambda: session.reset_password_with_recovery_key(paths, key, name, new, confirm),
                      on_done=self._done, on_error=self._failed)

    def _done(self, _result: object) -> None:
        if not alive(self):
            return
        self.setEnabled(True)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Password changed"),
                          self.tr("The new password is set. Sign in with it now."),
                          QMessageBox.StandardButton.Ok, self.parentWidget())
        box.setAccessibleName(self.tr("Password changed"))
        box.open()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if not alive(self):
            return
        self.setEnabled(True)
        where = {"recovery_key_wrong": "recovery_key", "account_inactive": "username"}
        field_name = error.field if isinstance(error, ValidationError) else (
            where.get(error.code) if isinstance(error, RoscError) else None)
        field = self._fields.get(field_name or "")
        text = describe_error(error)[1]
        if field is not None:
            field.show_error(text)
            field.editor.setFocus()
        else:
            self.message.setText(text)
            self.message.show()
