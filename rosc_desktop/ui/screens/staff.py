"""Staff accounts (File → Staff…, admins): add, change a role, reset a password, switch an account off; and the
dialog that replaces a temporary password at the first sign-in, before anything else.

Everything goes through services.staff; the service refuses anyone but an admin whatever this screen shows.
Switching an account off changes the database key, which takes seconds on a large store: it runs in the
background behind a busy dialog, and its outcome (a new recovery key, accounts needing a new password) is shown
once, in selectable text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rosc_desktop.enums import Role
from rosc_desktop.placeholders import fill
from rosc_desktop.ui.days import format_moment
from rosc_desktop.ui.messages import describe_error
from rosc_desktop.ui.operations import run_now, run_operation, show_error
from rosc_desktop.ui.tables import pick_list
from rosc_desktop.ui.screens.sign_in import alive, password_edit

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services


def role_words(role: Role) -> str:
    from PySide6.QtCore import QCoreApplication

    words = {Role.PEER_SPECIALIST: QCoreApplication.translate("StaffDialog", "Peer specialist"),
             Role.COORDINATOR: QCoreApplication.translate("StaffDialog", "Coordinator"),
             Role.ADMIN: QCoreApplication.translate("StaffDialog", "Admin")}
    return words.get(role, str(role))


class StaffDialog(QDialog):
    """The center's accounts. Emits `changed` after any change."""

    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._members: list[Any] = []
        self.setWindowTitle(self.tr("Staff"))
        self.setAccessibleName(self.windowTitle())
        self.table = pick_list([self.tr("Name"), self.tr("User name"), self.tr("Role"), self.tr("Status"),
                                self.tr("Caseload"), self.tr("Last sign-in")], self.tr("Staff accounts"), self)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.add_button = QPushButton(self.tr("&Add an account…"))
        self.role_button = QPushButton(self.tr("Change &role…"))
        self.reset_button = QPushButton(self.tr("Reset &password…"))
        self.off_button = QPushButton(self.tr("S&witch off…"))
        self.add_button.clicked.connect(self.add_account)
        self.role_button.clicked.connect(self.change_role)
        self.reset_button.clicked.connect(self.reset_password)
        self.off_button.clicked.connect(self.switch_off)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.role_button, self.reset_button, self.off_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Each person signs in with their own account. A new account starts with a temporary "
                               "password that its owner replaces at their first sign-in. Switching an account off "
                               "changes the database key, so that password opens nothing any more."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.resize(780, 420)
        self.reload()

    # -- list ---------------------------------------------------------------------------------------------

    def reload(self) -> None:
        # run_now: tens of accounts; last sign-ins by the audit index of migration 0015 (0.6 ms at 100,000 people)
        self._members = run_now(self._services.staff.members, self) or []
        # run_now: one count per staff member over open assignments (0.4 ms at 100,000 people)
        sizes = {s.staff_id: s.people for s in (run_now(self._services.caseload.sizes, self) or [])}
        self.table.setRowCount(len(self._members))
        for i, m in enumerate(self._members):
            if not m.active:
                status = self.tr("Switched off")
            elif not m.can_sign_in:
                status = self.tr("Needs a new password")
            elif m.must_change_password:
                status = self.tr("Temporary password")
            else:
                status = self.tr("Active")
            last = format_moment(m.last_sign_in_at) if m.last_sign_in_at else self.tr("Never")
            carried = str(sizes[m.id]) if m.id in sizes else ""
            for j, text in enumerate((m.display_name, m.username, role_words(m.role), status, carried, last)):
                self.table.setItem(i, j, QTableWidgetItem(text))
        self._selection_changed()

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self._members[rows[0].row()] if rows else None

    def select_username(self, username: str) -> None:
        for i, m in enumerate(self._members):
            if m.username == username:
                self.table.selectRow(i)

    def _selection_changed(self) -> None:
        member = self.selected()
        me = member is not None and member.username == self._services.actor.username
        for button in (self.role_button, self.reset_button):
            button.setEnabled(member is not None and member.active)
        self.off_button.setEnabled(member is not None and member.active and not me)

    # -- actions ------------------------------------------------------------------------------------------

    def add_account(self) -> None:
        dialog = NewAccountDialog(self._services, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self.select_username(dialog.created_username)
            self.changed.emit()

    def change_role(self) -> None:
        member = self.selected()
        if member is None:
            return
        roles = list(Role)
        choice, ok = QInputDialog.getItem(self, self.tr("Change role"),
                                          fill(self.tr("Role for %1:"), member.display_name),
                                          [role_words(r) for r in roles], roles.index(member.role), False)
        if not ok:
            return
        role = roles[[role_words(r) for r in roles].index(choice)]
        staff, username = self._services.staff, member.username

        def done(_member: object) -> None:
            self.reload()
            self.select_username(username)
            self.changed.emit()

        run_operation(self, lambda: staff.set_role(username, role), on_done=done)

    def reset_password(self) -> None:
        member = self.selected()
        if member is None:
            return
        dialog = TemporaryPasswordDialog(fill(self.tr("Reset the password of %1"), member.display_name),
                                         lambda password: self._services.staff.reset_password(member.username,
                                                                                               password), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self.select_username(member.username)
            self.changed.emit()

    def switch_off(self) -> None:
        member = self.selected()
        if member is None or not member.active:
            return
        answer = QMessageBox.question(
            self, fill(self.tr("Switch off %1?"), member.display_name),
            fill(self.tr("%1 will never sign in again. The database is backed up, then its key is changed so "
                         "that their password opens nothing, even a copy of the old files. Everyone else keeps "
                         "signing in as before. This takes a moment on a large database."), member.display_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        busy = QProgressDialog(self.tr("Changing the database key…"), "", 0, 0, self)
        busy.setCancelButton(None)
        busy.setWindowTitle(self.tr("Switching an account off"))
        busy.setWindowModality(Qt.WindowModality.WindowModal)
        busy.setMinimumDuration(0)
        busy.show()
        self.setEnabled(False)

        def done(result: Any) -> None:
            busy.close()
            if not alive(self):
                return
            self.setEnabled(True)
            self.reload()
            self.changed.emit()
            self._tell_outcome(result)

        def failed(error: BaseException) -> None:
            busy.close()
            if alive(self):
                self.setEnabled(True)
                show_error(self, error)

        staff = self._services.staff
        run_operation(self, lambda: staff.deactivate(member.username), on_done=done, on_error=failed)

    def _tell_outcome(self, outcome: Any) -> None:
        lines = [fill(self.tr("%1 is switched off and the database key has changed."), outcome.username)]
        if outcome.need_new_password:
            lines.append(fill(self.tr("These accounts had not signed in since this version was installed and need "
                                      "a new temporary password (Reset password): %1"),
                              ", ".join(outcome.need_new_password)))
        if outcome.new_recovery_key:
            lines.append(fill(self.tr("The recovery key has changed. Write the new one down now and keep it away from "
                                      "this computer:\n\n%1"), outcome.new_recovery_key))
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Account switched off"), "\n\n".join(lines),
                          QMessageBox.StandardButton.Ok, self)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()


def _problem_label() -> QLabel:
    """Where a dialog says what is wrong with what was typed: hidden until there is something to say."""
    label = QLabel()
    label.setWordWrap(True)
    label.setObjectName("fieldError")
    label.setStyleSheet("color: #a1260d;")
    label.hide()
    return label


def _show_problem(label: QLabel, text: str) -> None:
    label.setText(text)
    label.show()


class TemporaryPasswordDialog(QDialog):
    """A temporary password typed twice, handed to `save` (which raises the service's errors)."""

    def __init__(self, title: str, save: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.password = password_edit()
        self.confirm = password_edit()
        self.password.setAccessibleName(self.tr("Temporary password"))
        self.confirm.setAccessibleName(self.tr("Temporary password again"))
        form = QFormLayout()
        form.addRow(self.tr("&Temporary password:"), self.password)
        form.addRow(self.tr("The same &again:"), self.confirm)
        self.error_label = _problem_label()
        note = QLabel(self.tr("Give it to the person in private. They choose their own at their first sign-in."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept_password)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def show_problem(self, text: str) -> None:
        _show_problem(self.error_label, text)

    def accept_password(self) -> None:
        if self.password.text() != self.confirm.text():
            self.show_problem(self.tr("The two passwords are not the same."))
            self.confirm.clear()
            self.confirm.setFocus()
            return
        try:
            self._save(self.password.text())
        except Exception as error:  # the service's words, beside the fields
            self.show_problem(describe_error(error)[1])
            self.password.setFocus()
            return
        self.accept()


class NewAccountDialog(TemporaryPasswordDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add an account"), self._create, parent)
        self._services = services
        self.created_username = ""
        self.display_name = QLineEdit()
        self.display_name.setAccessibleName(self.tr("Name"))
        self.username = QLineEdit()
        self.username.setAccessibleName(self.tr("User name"))
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role"))
        for role in Role:
            self.role.addItem(role_words(role), role.value)
        form = self.layout().itemAt(0).layout()
        form.insertRow(0, self.tr("&Name:"), self.display_name)
        form.insertRow(1, self.tr("&User name:"), self.username)
        form.insertRow(2, self.tr("R&ole:"), self.role)
        self.display_name.setFocus()

    def _create(self, password: str) -> None:
        member = self._services.staff.add(self.username.text(), self.display_name.text(), self.role.currentData(),
                                          password)
        self.created_username = member.username


class NewPasswordDialog(QDialog):
    """At the first sign-in with a temporary password: choose one's own before anything else. Cancel signs out."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.setWindowTitle(self.tr("Choose your own password"))
        self.setAccessibleName(self.windowTitle())
        intro = QLabel(self.tr("You signed in with a temporary password. Choose your own now: only you will know "
                               "it. At least 8 characters."))
        intro.setWordWrap(True)
        self.password = password_edit()
        self.confirm = password_edit()
        self.password.setAccessibleName(self.tr("New password"))
        self.confirm.setAccessibleName(self.tr("Confirm new password"))
        form = QFormLayout()
        form.addRow(self.tr("&New password:"), self.password)
        form.addRow(self.tr("Con&firm new password:"), self.confirm)
        self.error_label = _problem_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Sign out"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.password.setFocus()

    def save(self) -> None:
        try:
            self._services.accounts.replace_temporary_password(self.password.text(), self.confirm.text())
        except Exception as error:
            _show_problem(self.error_label, describe_error(error)[1])
            self.password.setFocus()
            return
        self.accept()


__all__ = ["NewAccountDialog", "NewPasswordDialog", "StaffDialog", "TemporaryPasswordDialog", "role_words"]
