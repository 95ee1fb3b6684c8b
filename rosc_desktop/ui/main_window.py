"""The app shell: first run or sign-in, then the signed-in area (participant list and workspace tabs), the lock.

One QStackedWidget holds the current screen. Locking only switches the stack, so workspaces keep their
unsaved typing underneath; signing out, closing a tab or the window asks each workspace first.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QWidget,
)

from typing import TYPE_CHECKING

from rosc_desktop import APP_NAME, __version__
from rosc_desktop.enums import Role
from rosc_desktop.paths import AppPaths
from rosc_desktop.services import session
from rosc_desktop.ui.idle import IdleWatcher
from rosc_desktop.ui.operations import run_operation, run_now, show_error
from rosc_desktop.ui.screens.first_run import FirstRunScreen
from rosc_desktop.ui.screens.lock import LockScreen
from rosc_desktop.ui.screens.sign_in import SignInScreen, alive

if TYPE_CHECKING:
    from rosc_desktop.ui.screens.settings import SettingsDialog

log = logging.getLogger(__name__)

DEFAULT_IDLE_MINUTES = 10

ListFactory = Callable[[Any], QWidget]
WorkspaceFactory = Callable[[Any, str], QWidget]


def _participant_list(services: Any) -> QWidget:
    # Imported late: the signed-in screens pull in more of the app than the first paint needs.
    from rosc_desktop.ui.screens.participant_list import ParticipantListScreen

    return ParticipantListScreen(services)


def _workspace(services: Any, participant_id: str) -> QWidget:
    from rosc_desktop.ui.screens.workspace import ParticipantWorkspace

    return ParticipantWorkspace(services, participant_id)


class MainWindow(QMainWindow):
    """`idle_timeout_ms` overrides the center's auto-lock minutes; the factories let tests supply stand-ins."""

    def __init__(self, paths: AppPaths, *, idle_timeout_ms: int | None = None,
                 list_factory: ListFactory | None = None, workspace_factory: WorkspaceFactory | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.services: Any = None
        self._idle_override = idle_timeout_ms
        self._list_factory = list_factory or _participant_list
        self._workspace_factory = workspace_factory or _workspace
        self._workspaces: dict[str, QWidget] = {}
        self._focus_before_lock: QWidget | None = None
        self.start_screen: QWidget | None = None
        self.tabs: QTabWidget | None = None
        self.participant_list: QWidget | None = None
        self.lock_screen: LockScreen | None = None
        self.idle = IdleWatcher(DEFAULT_IDLE_MINUTES * 60_000, self)
        self.idle.idle.connect(self.lock)

        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self._build_actions()
        self._who = QLabel()
        self._who.setContentsMargins(6, 0, 6, 0)
        self._demo = QLabel(self.tr("Demo database"))
        self._demo.setStyleSheet("background: #fff5d6; color: #4d3d00; padding: 1px 8px; border-radius: 3px;")
        self._demo.hide()
        self.statusBar().addWidget(self._who, 1)
        self.statusBar().addPermanentWidget(self._demo)
        self.resize(1100, 760)
        self._refresh_chrome()
        self._show_start()

    # -- menus ---------------------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        def action(text: str, slot: Callable[[], object], shortcut: QKeySequence | str | None = None) -> QAction:
            act = QAction(text, self)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(lambda _checked=False: slot())
            return act

        self.find_action = action(self.tr("&Find participant"), self.focus_search, QKeySequence.StandardKey.Find)
        self.settings_action = action(self.tr("&Settings…"), self.open_settings, "Ctrl+,")
        self.quit_action = action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.lock_action = action(self.tr("&Lock now"), self.lock, "Ctrl+L")
        self.sign_out_action = action(self.tr("Sign &out"), self.sign_out)
        self.about_action = action(self.tr("&About ROSC Desktop"), self.show_about)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.find_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        session_menu = self.menuBar().addMenu(self.tr("&Session"))
        session_menu.addAction(self.lock_action)
        session_menu.addAction(self.sign_out_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _refresh_chrome(self) -> None:
        """Title, status bar and which actions make sense, for the current state."""
        in_area = self.services is not None and not self.is_locked()
        for act in (self.find_action, self.settings_action, self.lock_action, self.sign_out_action):
            act.setEnabled(in_area)
        # Start and lock screens offer nothing from the menus, and their mnemonics would clash with the forms'.
        self.menuBar().setVisible(in_area)
        if self.services is None:
            self.setWindowTitle(APP_NAME)
            self._who.clear()
            self._demo.setVisible(session.is_demo(self.paths))
            return
        center = run_now(self.services.accounts.center, self)
        name = center.name if center is not None else ""
        self.setWindowTitle(self.tr("%1 — %2").replace("%1", APP_NAME).replace("%2", name) if name else APP_NAME)
        actor = self.services.actor
        roles = {Role.ADMIN: self.tr("Admin"), Role.COORDINATOR: self.tr("Coordinator"),
                 Role.PEER_SPECIALIST: self.tr("Peer specialist")}
        where = f"{name} ({center.code})" if center is not None else actor.site_code
        self._who.setText(self.tr("Signed in as %1 · %2 · %3").replace("%1", actor.display_name)
                          .replace("%2", roles.get(actor.role, str(actor.role))).replace("%3", where))
        self._demo.setVisible(bool(center is not None and center.is_demo))

    # -- before sign-in --------------------------------------------------------------------------------

    def _show_start(self) -> None:
        if session.database_exists(self.paths):
            screen: QWidget = SignInScreen(self.paths)
            screen.signed_in.connect(self._enter)  # type: ignore[attr-defined]
        else:
            screen = FirstRunScreen(self.paths)
            screen.finished.connect(self._enter)  # type: ignore[attr-defined]
        self.start_screen = screen
        self.stack.addWidget(screen)
        self.stack.setCurrentWidget(screen)
        screen.setFocus()

    def _drop(self, widget: QWidget | None) -> None:
        if widget is not None:
            self.stack.removeWidget(widget)
            widget.deleteLater()

    # -- the signed-in area ------------------------------------------------------------------------------

    def _enter(self, services: Any) -> None:
        self.services = services
        self._drop(self.start_screen)
        self.start_screen = None
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.tabCloseRequested.connect(self._close_tab)
        self.participant_list = self._list_factory(services)
        self.participant_list.open_requested.connect(self.open_participant)  # type: ignore[attr-defined]
        self.tabs.addTab(self.participant_list, self.tr("Participants"))
        for side in (QTabBar.ButtonPosition.LeftSide, QTabBar.ButtonPosition.RightSide):
            self.tabs.tabBar().setTabButton(0, side, None)  # the list is home: it never closes
        self.stack.addWidget(self.tabs)
        self.lock_screen = LockScreen(services)
        self.lock_screen.unlocked.connect(self._unlocked)
        self.lock_screen.sign_out_requested.connect(self.sign_out)
        self.stack.addWidget(self.lock_screen)
        self.stack.setCurrentWidget(self.tabs)
        self.focus_search()  # ready to type a name the moment the list appears
        self._refresh_chrome()
        self._start_idle()

    def _start_idle(self) -> None:
        if self._idle_override is not None:
            self.idle.set_timeout_ms(self._idle_override)
        else:
            center = run_now(self.services.accounts.center, self)
            minutes = center.idle_lock_minutes if center is not None else DEFAULT_IDLE_MINUTES
            self.idle.set_timeout_ms(minutes * 60_000)
        self.idle.start()

    def apply_idle_minutes(self, minutes: int) -> None:
        if self._idle_override is None:
            self.idle.set_timeout_ms(minutes * 60_000)

    def workspaces(self) -> list[QWidget]:
        return list(self._workspaces.values())

    def open_participant(self, participant_id: str) -> None:
        if self.tabs is None:
            return
        existing = self._workspaces.get(participant_id)
        if existing is not None:
            self.tabs.setCurrentWidget(existing)
            existing.setFocus()
            return
        workspace = self._workspace_factory(self.services, participant_id)
        self._workspaces[participant_id] = workspace
        title = workspace.title()  # type: ignore[attr-defined]
        index = self.tabs.addTab(workspace, title)
        self.tabs.setTabToolTip(index, title)
        self.tabs.setCurrentIndex(index)
        workspace.setFocus()

    def _forget(self, workspace: QWidget) -> None:
        for pid, widget in list(self._workspaces.items()):
            if widget is workspace:
                del self._workspaces[pid]
        if self.tabs is not None:
            index = self.tabs.indexOf(workspace)
            if index >= 0:
                self.tabs.removeTab(index)
        workspace.deleteLater()

    def _close_tab(self, index: int) -> None:
        if self.tabs is None:
            return
        widget = self.tabs.widget(index)
        if widget is None or widget is self.participant_list:
            return
        self.tabs.setCurrentWidget(widget)
        if widget.maybe_close():  # type: ignore[attr-defined]
            self._forget(widget)

    def close_all_workspaces(self) -> bool:
        """Ask each workspace in turn; those that agree close, and the first refusal stops the rest."""
        for workspace in self.workspaces():
            if self.tabs is not None and not self.is_locked():
                self.tabs.setCurrentWidget(workspace)
            if not workspace.maybe_close():  # type: ignore[attr-defined]
                return False
            self._forget(workspace)
        return True

    def focus_search(self) -> None:
        if self.tabs is None or self.participant_list is None or self.is_locked():
            return
        self.tabs.setCurrentWidget(self.participant_list)
        focus = getattr(self.participant_list, "focus_search", None)
        if focus is not None:
            focus()

    # -- lock -----------------------------------------------------------------------------------------------

    def is_locked(self) -> bool:
        return self.lock_screen is not None and self.stack.currentWidget() is self.lock_screen

    def lock(self) -> None:
        if self.services is None or self.lock_screen is None or self.is_locked():
            return
        self.idle.stop()
        focused = QApplication.focusWidget()
        self._focus_before_lock = focused if focused is not None and self.isAncestorOf(focused) else None
        # Open dialogs would float above the lock screen and show what it hides; cancelling loses nothing.
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        self.lock_screen.reset()
        self.stack.setCurrentWidget(self.lock_screen)
        self.lock_screen.setFocus()
        self._refresh_chrome()
        accounts = self.services.accounts
        run_operation(self, accounts.record_lock,
                      on_error=lambda exc: log.warning("lock not recorded: %s", type(exc).__name__))

    def _unlocked(self) -> None:
        if self.tabs is None:
            return
        self.stack.setCurrentWidget(self.tabs)
        self._refresh_chrome()
        previous = self._focus_before_lock
        if previous is None or not alive(previous):
            previous = None
        (previous if previous is not None else self.tabs.currentWidget()).setFocus()
        self._focus_before_lock = None
        self.idle.start()

    # -- leaving ---------------------------------------------------------------------------------------------

    def sign_out(self) -> bool:
        if self.services is None:
            return True
        if not self.close_all_workspaces():
            return False
        self._leave()
        self._refresh_chrome()
        self._show_start()
        return True

    def _leave(self) -> None:
        """Close the session: audit the sign-out, close the store, drop the signed-in screens."""
        self.idle.stop()
        services, self.services = self.services, None
        try:
            services.accounts.sign_out()
        except Exception as exc:  # the store must still close; the person is leaving either way
            log.warning("sign-out not recorded: %s", type(exc).__name__)
            services.close()
        self._drop(self.lock_screen)
        self._drop(self.tabs)
        self.lock_screen = self.tabs = self.participant_list = None

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        first_run = self.start_screen if isinstance(self.start_screen, FirstRunScreen) else None
        if first_run is not None and not first_run.key_is_kept() and not self._confirm_leave_without_key():
            event.ignore()
            return
        if self.services is not None:
            if not self.close_all_workspaces():
                event.ignore()
                return
            self._leave()
        if first_run is not None and first_run.services is not None:
            first_run.services.close()  # type: ignore[attr-defined]
            first_run.services = None
        self.idle.stop()
        event.accept()

    def _confirm_leave_without_key(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Recovery key not kept"),
            self.tr("The recovery key will not be shown again. Close without keeping it?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    # -- dialogs -----------------------------------------------------------------------------------------

    def open_settings(self) -> "SettingsDialog | None":
        if self.services is None or self.is_locked():
            return None
        try:
            from rosc_desktop.ui.screens.settings import SettingsDialog  # needs the service layer, loaded after sign-in

            dialog = SettingsDialog(self.paths, self.services, self)
        except Exception as exc:
            show_error(self, exc)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.idle_minutes_changed.connect(self.apply_idle_minutes)
        dialog.open()
        return dialog

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About ROSC Desktop"), self.tr(
            "<p><b>ROSC Desktop</b> %1</p><p>Strengths-based intakes for recovery community centers, kept "
            "encrypted on this computer and usable without the internet.</p><p>Free software under the GNU "
            "Affero General Public License, version 3 or later.</p>").replace("%1", __version__))
