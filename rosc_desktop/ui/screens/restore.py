"""Backing up to a folder (File → Back up to…) and restoring a backup from the start screens.

Restore is offered before anyone signs in: on a new computer (the old one stolen or dead) there is nothing to
sign in to, and a damaged database cannot be signed in to. The backup's own keyring checks the password, or the
recovery key; the database that was here is kept aside, never overwritten.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rosc_desktop.errors import RoscError, ValidationError
from rosc_desktop.paths import AppPaths
from rosc_desktop.placeholders import fill
from rosc_desktop.services import backup_files
from rosc_desktop.ui.days import format_moment
from rosc_desktop.ui.messages import describe_error, message_for
from rosc_desktop.ui.operations import run_operation, show_error
from rosc_desktop.ui.screens.sign_in import Field, alive, form_error_label, password_edit

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services


def back_up_to_folder(services: Services, parent: QWidget, folder: str | None = None) -> None:
    """Ask for a folder (a USB stick), then write a checked backup file there and say where."""
    if folder is None:
        folder = QFileDialog.getExistingDirectory(parent, QCoreApplication.translate("Backup", "Back up to a folder or USB stick"))
        if not folder:
            return

    def done(target: object) -> None:
        if not alive(parent):
            return
        box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("Backup", "Backup written"),
                          fill(QCoreApplication.translate("Backup", "The backup is written and checked:\n%1\n\nIt opens with any staff password "
                                                          "of today, or the recovery key. Keep the stick somewhere safe and locked."),
                               str(target)), QMessageBox.StandardButton.Ok, parent)
        box.setAccessibleName(QCoreApplication.translate("Backup", "Backup written"))
        box.open()

    run_operation(parent, lambda: backup_files.write_backup_file(services, folder), on_done=done,
                  on_error=lambda error: show_error(parent, error) if alive(parent) else None)


class RestoreDialog(QDialog):
    """Choose a backup file, unlock it with a password or the recovery key, put it in place. Emits `restored`."""

    restored = Signal(object)

    def __init__(self, paths: AppPaths, *, file: str = "", username: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._paths = paths
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Put a backup in place of the database on this computer. The database that is "
                               "here now is kept in a folder beside it, never overwritten. Use this on a new "
                               "computer too."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.file = QLineEdit(file)
        self.browse = QPushButton(self.tr("&Choose…"))
        self.browse.setAccessibleName(self.tr("Choose a backup file"))
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.file, 1)
        row_layout.addWidget(self.browse)
        self.file_field = Field(layout, self.tr("Backup &file"), row, self.tr("Backup file"))
        # The edit and its button share a line; the label, the error and the focus belong to the edit.
        self.file_field.editor = self.file
        self.file_field.label.setBuddy(self.file)
        self.file.setAccessibleName(self.tr("Backup file"))
        self.username = QLineEdit(username)
        self.username_field = Field(layout, self.tr("&User name"), self.username, self.tr("User name"))
        self.password = password_edit()
        self.password_field = Field(layout, self.tr("&Password"), self.password, self.tr("Password"))
        self.use_key = QCheckBox(self.tr("Use the &recovery key instead"))
        self.use_key.setAccessibleName(self.tr("Use the recovery key instead"))
        layout.addWidget(self.use_key)
        self.key = QLineEdit()
        self.key.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.key_field = Field(layout, self.tr("Recovery &key"), self.key, self.tr("Recovery key"))
        self.message = form_error_label()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(self.tr("R&estore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setDefault(True)
        layout.addSpacing(8)
        layout.addWidget(self.buttons)
        self.browse.clicked.connect(self._choose)
        self.use_key.toggled.connect(self._show_key)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self._fields = {"file": self.file_field, "username": self.username_field, "password": self.password_field,
                        "recovery_key": self.key_field}
        self._show_key(False)

    def _show_key(self, use_key: bool) -> None:
        for widget in (self.key_field.label, self.key):
            widget.setVisible(use_key)
        for widget in (self.username_field.label, self.username, self.password_field.label, self.password):
            widget.setVisible(not use_key)

    def _choose(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a backup"), str(Path(self.file.text()).parent),
                                                self.tr("ROSC Desktop backups (*.roscbackup *.db)"))
        if chosen:
            self.file.setText(chosen)

    def submit(self) -> None:
        for field in self._fields.values():
            field.clear_error()
        self.message.hide()
        use_key = self.use_key.isChecked()
        required = [self.file_field] + ([self.key_field] if use_key else [self.username_field, self.password_field])
        for field in required:
            if not field.editor.text().strip():  # type: ignore[attr-defined]
                field.show_error(message_for("required", {}))
                field.editor.setFocus()
                return
        paths, source = self._paths, self.file.text().strip()
        name, password, key = self.username.text().strip(), self.password.text(), self.key.text()
        self.setEnabled(False)
        if use_key:
            run_operation(self, lambda: backup_files.restore(paths, source, recovery_key=key),
                          on_done=self._done, on_error=self._failed)
        else:
            run_operation(self, lambda: backup_files.restore(paths, source, username=name, password=password),
                          on_done=self._done, on_error=self._failed)

    def _done(self, report: object) -> None:
        if not alive(self):
            return
        self.setEnabled(True)
        made = getattr(report, "made_at", None)
        kept = getattr(report, "kept_aside", None)
        text = fill(self.tr("The backup made %1 is in place. Sign in as usual."),
                    format_moment(made) if made else self.tr("on an unknown date"))
        if kept is not None:
            text += "\n\n" + fill(self.tr("The database that was here is kept in:\n%1"), str(kept))
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Backup restored"), text,
                          QMessageBox.StandardButton.Ok, self.parentWidget())
        box.setAccessibleName(self.tr("Backup restored"))
        box.open()
        self.restored.emit(report)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if not alive(self):
            return
        self.setEnabled(True)
        where = {"recovery_key_wrong": "recovery_key", "signin_failed": "password", "signin_wait": "password",
                 "account_inactive": "username", "permission_denied": "username", "backup_file_invalid": "file"}
        field_name = error.field if isinstance(error, ValidationError) else (
            where.get(error.code) if isinstance(error, RoscError) else None)
        field = self._fields.get(field_name or "")
        text = describe_error(error)[1]
        if field is not None and not field.editor.isHidden():
            field.show_error(text)
            field.editor.setFocus()
        else:
            self.message.setText(text)
            self.message.show()
