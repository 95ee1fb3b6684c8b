"""The settings dialog: this computer's language, the center's auto-lock time and details (admins), one's own
password.

The language is a per-machine preference saved before sign-in is needed; the auto-lock time belongs to the
center and is changed through the accounts service, which refuses anyone but an admin whatever we show.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rosc_desktop.errors import ValidationError
from rosc_desktop.enums import Role
from rosc_desktop.paths import AppPaths
from rosc_desktop.services.accounts import MAX_IDLE_MINUTES, MIN_IDLE_MINUTES
from rosc_desktop.settings import MachineSettings
from rosc_desktop.ui.messages import describe_error
from rosc_desktop.ui.operations import run_operation, show_error
from rosc_desktop.ui.screens.sign_in import alive, password_edit

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services


class SettingsDialog(QDialog):
    """Emits `idle_minutes_changed(minutes)` after the center's auto-lock time is saved."""

    idle_minutes_changed = Signal(int)

    def __init__(self, paths: AppPaths, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._paths = paths
        self._services = services
        self._machine = MachineSettings.load(paths.settings)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)

        # -- language, for this computer
        language_box = QGroupBox(self.tr("This computer"))
        form = QFormLayout(language_box)
        self.language = QComboBox()
        for code, name in (("", self.tr("System language")), ("en", "English"), ("es", "Español")):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self._machine.language)))
        self.language.setAccessibleName(self.tr("Interface language"))
        language_label = QLabel(self.tr("Interface &language"))
        language_label.setBuddy(self.language)
        form.addRow(language_label, self.language)
        note = QLabel(self.tr("A new language takes effect the next time ROSC Desktop starts."))
        note.setWordWrap(True)
        form.addRow(note)
        self.chinese_script = QComboBox()
        self.chinese_script.addItem(self.tr("Simplified (简体中文)"), "zh-hans")
        self.chinese_script.addItem(self.tr("Traditional (繁體中文)"), "zh-hant")
        self.chinese_script.setCurrentIndex(max(0, self.chinese_script.findData(self._machine.chinese_script)))
        self.chinese_script.setAccessibleName(self.tr("Chinese documents print in"))
        chinese_label = QLabel(self.tr("Ch&inese documents print in"))
        chinese_label.setBuddy(self.chinese_script)
        chinese_label.setToolTip(self.tr("For a person whose language is Chinese without a script chosen"))
        form.addRow(chinese_label, self.chinese_script)
        layout.addWidget(language_box)

        # -- the center (admins); hidden rather than greyed out, since others can never change it
        self.is_admin = services.actor.role == Role.ADMIN
        self.center_box = QGroupBox(self.tr("Center"))
        center_form = QFormLayout(self.center_box)
        center_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setAccessibleName(self.tr("Minutes before auto-lock"))
        self._initial_minutes = 10
        if self.is_admin:
            self._initial_minutes = services.accounts.center().idle_lock_minutes
        self.idle_minutes.setValue(self._initial_minutes)
        idle_label = QLabel(self.tr("&Minutes before auto-lock"))
        idle_label.setBuddy(self.idle_minutes)
        center_form.addRow(idle_label, self.idle_minutes)
        # How to reach the center: printed on the plan, the referral slip, the consent form and the trust card.
        center_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.detail_edits: dict[str, QLineEdit] = {}
        self._initial_details: dict[str, str] = {}
        center = services.accounts.center() if self.is_admin else None
        for name, text, accessible in (
                ("name", self.tr("Cen&ter name"), self.tr("Center name")),
                ("address", self.tr("A&ddress"), self.tr("Address")),
                ("phone", self.tr("&Phone"), self.tr("Phone")),
                ("hours", self.tr("&Hours"), self.tr("Opening hours")),
                ("email", self.tr("&Email"), self.tr("Email")),
                ("website", self.tr("&Website"), self.tr("Website"))):
            edit = QLineEdit(getattr(center, name, "") if center is not None else "")
            edit.setAccessibleName(accessible)
            label = QLabel(text)
            label.setBuddy(edit)
            center_form.addRow(label, edit)
            self.detail_edits[name] = edit
            self._initial_details[name] = edit.text()
        self.details_error = QLabel()
        self.details_error.setObjectName("fieldError")
        self.details_error.setWordWrap(True)
        self.details_error.hide()
        center_form.addRow(self.details_error)
        self.idle_error = QLabel()
        self.idle_error.setObjectName("fieldError")
        self.idle_error.hide()
        center_form.addRow(self.idle_error)
        self.center_box.setVisible(self.is_admin)
        self.idle_minutes.setEnabled(self.is_admin)
        layout.addWidget(self.center_box)

        # -- own password, saved on its own button: it is a different kind of change from preferences
        password_box = QGroupBox(self.tr("Your password"))
        pw_form = QFormLayout(password_box)
        self.old_password = password_edit()
        self.new_password = password_edit()
        self.confirm_password = password_edit()
        for text, name, edit in ((self.tr("C&urrent password"), self.tr("Current password"), self.old_password),
                                 (self.tr("&New password"), self.tr("New password"), self.new_password),
                                 (self.tr("Con&firm new password"), self.tr("Confirm new password"),
                                  self.confirm_password)):
            label = QLabel(text)
            label.setBuddy(edit)
            edit.setAccessibleName(name)
            pw_form.addRow(label, edit)
        self.password_message = QLabel()
        self.password_message.setWordWrap(True)
        self.password_message.hide()
        pw_form.addRow(self.password_message)
        row = QHBoxLayout()
        row.addStretch(1)
        self.change_password_button = QPushButton(self.tr("&Change password"))
        self.change_password_button.setAutoDefault(False)
        row.addWidget(self.change_password_button)
        pw_form.addRow(row)
        layout.addWidget(password_box)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.change_password_button.clicked.connect(self.change_password)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 (Qt's name)
        # Enter in a password field means "change password", not OK: closing would drop what was typed.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.focusWidget() in (
                self.old_password, self.new_password, self.confirm_password):
            self.change_password()
            return
        super().keyPressEvent(event)

    def save(self) -> None:
        language = self.language.currentData() or ""
        chinese = self.chinese_script.currentData() or "zh-hans"
        if (language, chinese) != (self._machine.language, self._machine.chinese_script):
            self._machine = MachineSettings.load(self._paths.settings)
            self._machine.language, self._machine.chinese_script = language, chinese
            try:
                self._machine.save(self._paths.settings)
            except OSError as exc:
                show_error(self, exc)
                return
        minutes = self.idle_minutes.value()
        details = {name: edit.text() for name, edit in self.detail_edits.items()
                   if edit.text() != self._initial_details.get(name, "")}
        if not self.is_admin or (minutes == self._initial_minutes and not details):
            self.accept()
            return
        self.buttons.setEnabled(False)
        accounts = self._services.accounts

        def save_center() -> None:
            if details:
                accounts.set_center_details(**details)
            if minutes != self._initial_minutes:
                accounts.set_idle_lock_minutes(minutes)

        run_operation(self, save_center, on_done=lambda _r: self._minutes_saved(minutes),
                      on_error=self._minutes_failed)

    def _minutes_saved(self, minutes: int) -> None:
        if not alive(self):
            return
        self.buttons.setEnabled(True)
        self._initial_minutes = minutes
        self.idle_minutes_changed.emit(minutes)
        self.accept()

    def _minutes_failed(self, error: BaseException) -> None:
        if not alive(self):
            return
        self.buttons.setEnabled(True)
        if isinstance(error, ValidationError) and getattr(error, "field", "") in self.detail_edits:
            self.details_error.setText(describe_error(error)[1])
            self.details_error.show()
            self.detail_edits[error.field].setFocus()
        elif isinstance(error, ValidationError):
            self.idle_error.setText(describe_error(error)[1])
            self.idle_error.show()
            self.idle_minutes.setFocus()
        else:
            show_error(self, error)

    def change_password(self) -> None:
        old, new, confirm = self.old_password.text(), self.new_password.text(), self.confirm_password.text()
        if not old:
            self.old_password.setFocus()
            return
        self.change_password_button.setEnabled(False)
        accounts = self._services.accounts
        run_operation(self, lambda: accounts.change_own_password(old, new, confirm),
                      on_done=self._password_changed, on_error=self._password_failed)

    def _show_password_message(self, text: str, error: bool) -> None:
        self.password_message.setText(text)
        self.password_message.setStyleSheet("color: #a1260d;" if error else "color: #1d6b3a;")
        self.password_message.show()

    def _password_changed(self, _result: object) -> None:
        if not alive(self):
            return
        self.change_password_button.setEnabled(True)
        for edit in (self.old_password, self.new_password, self.confirm_password):
            edit.clear()
        self._show_password_message(self.tr("Your password is changed. Use it from now on."), error=False)

    def _password_failed(self, error: BaseException) -> None:
        if not alive(self):
            return
        self.change_password_button.setEnabled(True)
        if getattr(error, "code", "") == "old_password_wrong":
            text = self.tr("The current password is not right.")
            target = self.old_password
        else:
            text = describe_error(error)[1]
            target = self.confirm_password if getattr(error, "field", "") == "confirm" else self.new_password
        self._show_password_message(text, error=True)
        target.clear()
        target.setFocus()
