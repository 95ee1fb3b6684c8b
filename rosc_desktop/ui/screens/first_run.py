"""First run: set up the center and its first admin, then hand over the recovery key, once.

The recovery key is the only way back in if every password is forgotten, and it is never shown again, so
the person must say they have printed or written it down before going on.
"""

from __future__ import annotations


from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QClipboard, QFont, QFontDatabase, QGuiApplication, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from rosc_desktop.errors import RoscError, ValidationError
from rosc_desktop.paths import AppPaths
from rosc_desktop.placeholders import fill
from rosc_desktop.services import session
from rosc_desktop.ui.messages import describe_error
from rosc_desktop.ui.operations import run_operation, show_error
from rosc_desktop.ui.screens.sign_in import (
    Field,
    alive,
    form_error_label,
    heading,
    password_edit,
    restore_link,
    start_page,
)
from rosc_desktop.ui.days import today_qdate


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class FirstRunScreen(QWidget):
    """Two pages, the form and the recovery key; emits `finished(services)` when the person continues."""

    finished = Signal(object)
    restored = Signal()  # a backup was put in place instead: the start screen is made again

    def __init__(self, paths: AppPaths, parent: QWidget | None = None, *, started_over: bool = False) -> None:
        super().__init__(parent)
        self._paths = paths
        self._started_over = started_over
        self.services: object | None = None
        self.recovery_key = ""
        self._center_name = ""
        self.pages = QStackedWidget(self)
        self.form_page = QWidget()
        self.key_page = QWidget()
        self.pages.addWidget(self.form_page)
        self.pages.addWidget(self.key_page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        self._build_form()
        self._build_key_page()
        self.setFocusProxy(self.center_name)

    # -- the form ----------------------------------------------------------------------------------------

    def _build_form(self) -> None:
        layout = start_page(self.form_page, 480)
        for label in heading(self.tr("Welcome to ROSC Desktop"),
                             self.tr("Let's set up your center. You will be its first admin; you can add "
                                     "peer specialists and coordinators later.")):
            layout.addWidget(label)
        self.started_over_note: QLabel | None = None
        if self._started_over:
            self.started_over_note = QLabel(self.tr("The set-up on this computer was interrupted before it "
                                                    "finished, so it starts over here. Nothing had been recorded "
                                                    "yet."))
            self.started_over_note.setObjectName("demoNote")
            self.started_over_note.setWordWrap(True)
            layout.addWidget(self.started_over_note)
        self.center_name = QLineEdit()
        self.center_name.setPlaceholderText(self.tr("e.g. Harbor Light Recovery Community Center"))
        self.center_field = Field(layout, self.tr("&Center name"), self.center_name, self.tr("Center name"))
        self.site_code = QLineEdit()
        self.site_code.setPlaceholderText(self.tr("e.g. RCC-01"))
        self.site_code.setMaxLength(16)
        self.site_field = Field(layout, self.tr("&Site code"), self.site_code, self.tr("Site code"))
        self.username = QLineEdit()
        self.username.setPlaceholderText(self.tr("e.g. ana"))
        self.username_field = Field(layout, self.tr("Your &user name"), self.username, self.tr("User name"))
        self.display_name = QLineEdit()
        self.display_field = Field(layout, self.tr("Your &full name"), self.display_name, self.tr("Full name"))
        self.password = password_edit()
        self.password_field = Field(layout, self.tr("&Password (at least %n characters)", None, session.MIN_PASSWORD),
                                    self.password, self.tr("Password"))
        self.confirm = password_edit()
        self.confirm_field = Field(layout, self.tr("C&onfirm password"), self.confirm, self.tr("Confirm password"))
        # Chosen once, here: the trust card other sites enrol names the role, so it cannot change afterwards.
        # A checkbox cannot wrap: the box says what it is, the line under it what it means, so neither is cut.
        self.is_hub = QCheckBox(self.tr("This is the regional &hub"))
        self.is_hub.setAccessibleName(self.tr("This site is the regional hub"))
        hub_meaning = QLabel(self.tr("A hub takes bundles from the centers of its region and sends them the "
                                     "directory. Leave this off at a center."))
        hub_meaning.setWordWrap(True)
        hub_meaning.setIndent(self.is_hub.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 6)
        self.is_hub.setAccessibleDescription(hub_meaning.text())
        layout.addWidget(self.is_hub)
        layout.addWidget(hub_meaning)
        self.message = form_error_label()
        layout.addWidget(self.message)
        self.create_button = QPushButton(self.tr("C&reate center"))
        self.create_button.setDefault(True)
        self.create_button.setAccessibleName(self.tr("Create center"))
        layout.addSpacing(12)
        layout.addWidget(self.create_button)
        # A center whose computer was stolen or died starts here too: its backup is put back, not a new center.
        self.restore = restore_link(self.form_page)
        layout.addSpacing(6)
        layout.addWidget(self.restore, 0, Qt.AlignmentFlag.AlignLeft)
        self.restore.clicked.connect(self.open_restore)
        self.create_button.clicked.connect(self.submit)
        for edit in (self.center_name, self.site_code, self.username, self.display_name, self.password,
                     self.confirm):
            edit.returnPressed.connect(self.submit)
        self._fields = {"center_name": self.center_field, "site_code": self.site_field,
                        "username": self.username_field, "display_name": self.display_field,
                        "password": self.password_field, "confirm": self.confirm_field}

    def open_restore(self) -> QDialog:
        from rosc_desktop.ui.screens.restore import RestoreDialog

        dialog = RestoreDialog(self._paths, parent=self)
        dialog.restored.connect(self.restored)
        dialog.open()
        return dialog

    def submit(self) -> None:
        if not self.create_button.isEnabled():
            return
        for field in self._fields.values():
            field.clear_error()
        self.message.hide()
        paths = self._paths
        center, code = self.center_name.text(), self.site_code.text()
        username, display = self.username.text(), self.display_name.text()
        password, confirm = self.password.text(), self.confirm.text()
        is_hub = self.is_hub.isChecked()
        self._center_name = center.strip()

        def work() -> object:
            # create_center takes no confirmation; check it first so a typo never becomes the admin password.
            session.validate_password(password, confirm)
            return session.create_center(paths, center_name=center, site_code=code, admin_username=username,
                                         admin_display_name=display, password=password, is_hub=is_hub)

        self._set_busy(True)
        run_operation(self, work, on_done=self._created, on_error=self._failed)

    def _set_busy(self, busy: bool) -> None:
        for field in self._fields.values():
            field.editor.setEnabled(not busy)
        self.create_button.setEnabled(not busy)
        self.create_button.setText(self.tr("Setting up…") if busy else self.tr("C&reate center"))

    def _failed(self, error: BaseException) -> None:
        if not alive(self):
            return
        self._set_busy(False)
        field = self._fields.get(error.field) if isinstance(error, ValidationError) else None
        if field is not None:
            field.show_error(describe_error(error)[1])
            field.editor.setFocus()
        elif isinstance(error, RoscError):
            self.message.setText(describe_error(error)[1])
            self.message.show()
        else:
            show_error(self, error)

    def _created(self, result: object) -> None:
        services, key = result  # type: ignore[misc]
        if not alive(self):
            services.close()
            return
        self.services = services
        self.recovery_key = key
        self.password.clear()
        self.confirm.clear()
        self.key_label.setText(key)
        self.key_label.setAccessibleName(fill(self.tr("Recovery key %1"), key))
        self.pages.setCurrentWidget(self.key_page)
        self.setFocusProxy(self.print_button)
        self.print_button.setFocus()

    # -- the recovery key ----------------------------------------------------------------------------

    def _build_key_page(self) -> None:
        layout = start_page(self.key_page, 560)
        for label in heading(self.tr("Your recovery key"),
                             self.tr("The center is set up. Before you go on, keep this key safe.")):
            layout.addWidget(label)
        self.key_label = QLabel()
        self.key_label.setObjectName("recoveryKey")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.7)
        font.setWeight(QFont.Weight.DemiBold)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                               | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        layout.addSpacing(12)
        layout.addWidget(self.key_label)
        explain = QLabel(self.tr(
            "If every password is forgotten, this key is the only way to open the database; without it, "
            "nobody can read the records again, not even us. It will not be shown again.\n\n"
            "Print it or write it on paper, and keep the paper somewhere safe, away from this computer: "
            "anyone with the key and this computer can open the records."))
        explain.setObjectName("hint")
        explain.setWordWrap(True)
        layout.addSpacing(12)
        layout.addWidget(explain)

        buttons = QHBoxLayout()
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print the recovery key"))
        self.copy_button = QPushButton(self.tr("C&opy"))
        self.copy_button.setAccessibleName(self.tr("Copy the recovery key"))
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        layout.addSpacing(12)
        layout.addLayout(buttons)

        self.kept = QCheckBox(self.tr("I &have printed or written down the recovery key"))
        self.kept.setAccessibleName(self.tr("I have printed or written down the recovery key"))
        self.continue_button = QPushButton(self.tr("&Continue"))
        self.continue_button.setAccessibleName(self.tr("Continue"))
        self.continue_button.setEnabled(False)
        layout.addSpacing(16)
        layout.addWidget(self.kept)
        layout.addSpacing(8)
        layout.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignRight)

        self.kept.toggled.connect(self.continue_button.setEnabled)
        self.print_button.clicked.connect(self.print_key)
        self.copy_button.clicked.connect(self.copy_key)
        self.continue_button.clicked.connect(self._continue)

    def key_is_kept(self) -> bool:
        return self.pages.currentWidget() is not self.key_page or self.kept.isChecked()

    def copy_key(self) -> None:
        QGuiApplication.clipboard().setText(self.recovery_key)

    def forget_copied_key(self) -> None:
        """Take the key off the clipboard once this page is left, so a later paste cannot reveal it.

        Only if it still holds the key: something the person copied since is theirs to keep. The X11
        selection counts too, since selecting the key on screen puts it there.
        """
        if not self.recovery_key:
            return
        clipboard = QGuiApplication.clipboard()
        modes = [QClipboard.Mode.Clipboard]
        if clipboard.supportsSelection():
            modes.append(QClipboard.Mode.Selection)
        for mode in modes:
            if clipboard.text(mode) == self.recovery_key:
                clipboard.clear(mode)

    def print_key(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the recovery key"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.render_sheet(printer)

    def render_sheet(self, printer: QPrinter) -> None:
        """One plain page: whose key it is, the key, and what to do with the paper."""
        advice = self.tr("This key opens the database if every password is forgotten. Keep this paper "
                         "somewhere safe, away from the computer.")
        title = self.tr("ROSC Desktop recovery key")
        center_label = self.tr("Center")
        date_label = self.tr("Date")
        today = QLocale().toString(today_qdate(), QLocale.FormatType.LongFormat)
        html = (
            f"<h2>{_escape(title)}</h2>"
            f"<p><b>{_escape(center_label)}:</b> {_escape(self._center_name)}<br>"
            f"<b>{_escape(date_label)}:</b> {_escape(today)}</p>"
            f"<p style='font-family: monospace; font-size: 20pt'>{_escape(self.recovery_key)}</p>"
            f"<p>{_escape(advice)}</p>"
        )
        document = QTextDocument()
        document.setHtml(html)
        document.print_(printer)

    def _continue(self) -> None:
        if not self.kept.isChecked() or self.services is None:
            return
        self.forget_copied_key()
        services, self.services = self.services, None
        self.finished.emit(services)
