"""The app shell: first run or sign-in, then the signed-in area (participant list and workspace tabs), the lock.

One QStackedWidget holds the current screen. Locking only switches the stack, so workspaces keep their
unsaved typing underneath; every other window (a half-filled dialog, a question) is hidden as it is and
shown again after unlocking. Signing out, closing a tab or the window asks each workspace first; while
locked, nobody is asked anything about unsaved work (whoever is at the keyboard may not be the person
signed in), so leaving is refused until someone unlocks.

Past 600 lines: the start screens, the signed-in area, the lock cover and leaving share one stack and one set of
rules for when a session may end; the screens themselves live in ui/screens, built by the factories below.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
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
    QToolTip,
    QWidget,
)

from typing import TYPE_CHECKING

from rosc_desktop import APP_NAME, __version__
from rosc_desktop.enums import Role
from rosc_desktop.errors import RoscError
from rosc_desktop.paths import AppPaths
from rosc_desktop.placeholders import fill
from rosc_desktop.services import session
from rosc_desktop.ui.after_paint import after_first_paint
from rosc_desktop.ui.help import HelpKey
from rosc_desktop.ui.idle import IdleWatcher
from rosc_desktop.ui.lazy_tabs import LazyTabs
from rosc_desktop.ui.messages import describe_error
from rosc_desktop.ui.operations import run_operation, run_now, show_error, wait_for_operations
from rosc_desktop.ui.screens.sign_in import SignInScreen, alive
from rosc_desktop.ui.fitting import resize_within_screen

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services
    from rosc_desktop.ui.screens.lock import LockScreen
    from rosc_desktop.ui.screens.settings import SettingsDialog

log = logging.getLogger(__name__)

DEFAULT_IDLE_MINUTES = 10
# How long leaving waits for operations under way before closing the store. They take milliseconds; the
# bound only keeps a stuck one from freezing sign-out for good.
OPERATION_WAIT_MS = 5_000

ListFactory = Callable[[Any], QWidget]
WorkspaceFactory = Callable[[Any, str], QWidget]


def _participant_list(services: Services) -> QWidget:
    # Imported late: the signed-in screens pull in more of the app than the first paint needs.
    from rosc_desktop.ui.screens.participant_list import ParticipantListScreen

    return ParticipantListScreen(services)


def _today(services: Services) -> QWidget:
    from rosc_desktop.ui.screens.today import TodayScreen

    return TodayScreen(services)


def _directory(services: Services) -> QWidget:
    from rosc_desktop.ui.screens.directory import DirectoryScreen

    return DirectoryScreen(services)


def _activities(services: Services) -> QWidget:
    from rosc_desktop.ui.screens.activities import ActivitiesScreen

    return ActivitiesScreen(services)


def _sync(services: Services) -> QWidget:
    from rosc_desktop.ui.screens.sync import SyncScreen

    return SyncScreen(services)


def _reports(services: Services) -> QWidget:
    from rosc_desktop.ui.screens.reports import ReportsScreen

    return ReportsScreen(services)


def _workspace(services: Services, participant_id: str) -> QWidget:
    from rosc_desktop.ui.screens.workspace import ParticipantWorkspace

    return ParticipantWorkspace(services, participant_id)


def _window_chain(widget: QWidget) -> list[QWidget]:
    """`widget`'s window and the windows it belongs to, innermost first (a question, its dialog, …)."""
    chain = []
    current: QWidget | None = widget.window()
    while current is not None:
        chain.append(current)
        parent = current.parentWidget()
        current = parent.window() if parent is not None else None
    return chain


@dataclass(eq=False)  # told apart by identity, never by comparing widgets
class _Hidden:
    window: QWidget
    focus: QWidget | None


class DiskCheckReport(QObject):
    """Carries the end of the disk check behind Today (store/disk_check.py) from its thread to the GUI thread."""

    finished = Signal(object, object)  # damage (RoscError | None), problem (a backup not made, or None)

    def __init__(self, services: Services, then: Callable[[Services, Any, Any], None], parent: QObject) -> None:
        super().__init__(parent)
        self._services, self._then = services, then
        # A bound slot of an object living on the GUI thread: Qt queues the check thread's emit to it.
        self.finished.connect(self._deliver)

    @Slot(object, object)
    def _deliver(self, damage: object, problem: object) -> None:
        self._then(self._services, damage, problem)
        self.deleteLater()


class LockCover(QObject):
    """Hides every top-level window but the main one while it is locked, and shows them again afterwards.

    They are hidden exactly as they are, never closed or cancelled: cancelling a form with typing in it asks
    "discard?" of whoever is at the keyboard, and closing would lose the typing. A window that opens while
    locked (an answer arriving for a dialog) is hidden too. Windows belonging to the lock screen may show.
    """

    def __init__(self, main: QWidget, lock_screen: Callable[[], QWidget | None]) -> None:
        super().__init__(main)
        self._main = main
        self._lock_screen = lock_screen
        self._hidden: list[_Hidden] = []
        self._covering = False

    def is_covering(self) -> bool:
        return self._covering

    def hidden_windows(self) -> list[QWidget]:
        return [entry.window for entry in self._hidden if shiboken6.isValid(entry.window)]

    def holds_work(self) -> bool:
        """Whether a hidden window holds something not saved yet (it says so through `has_unsaved_work`)."""
        return any(getattr(window, "has_unsaved_work", lambda: False)() for window in self.hidden_windows())

    def cover(self) -> None:
        if self._covering:
            return
        # Menus, completer lists and tooltips are closed, not kept: they hold nothing that would be lost.
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.close()
        QToolTip.hideText()
        active = QApplication.activeWindow()
        top = {id(w) for w in _window_chain(active)} if active is not None else set()
        windows = [w for w in QApplication.topLevelWidgets() if self._should_hide(w)]
        # Shown again in this order: a dialog before the question asked over it, the active one last (on top).
        windows.sort(key=lambda w: (id(w) in top, len(_window_chain(w))))
        for window in windows:
            self._hide(window)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._covering = True

    def uncover(self) -> None:
        """Show the hidden windows again, in order, with focus where it was."""
        self._stop()
        entries, self._hidden = self._hidden, []
        shown: list[_Hidden] = []
        for entry in entries:
            if shiboken6.isValid(entry.window):
                self._disconnect(entry)
                entry.window.show()
                shown.append(entry)
        for entry in shown:
            if entry.focus is not None and shiboken6.isValid(entry.focus):
                entry.focus.setFocus()
        if shown:
            shown[-1].window.activateWindow()  # shown last, so it is on top; it gets the keyboard back too

    def discard(self) -> None:
        """Close the hidden windows for good (signing out with nothing unsaved in them)."""
        self._stop()
        entries, self._hidden = self._hidden, []
        for entry in entries:
            window = entry.window
            if not shiboken6.isValid(window):
                continue
            self._disconnect(entry)
            # Hidden, a dialog closes without being rejected, so nothing asks anyone anything.
            window.close()
            if shiboken6.isValid(window) and window.parentWidget() is not None:
                window.deleteLater()

    def _stop(self) -> None:
        app = QApplication.instance()
        if self._covering and app is not None:
            app.removeEventFilter(self)
        self._covering = False

    def _should_hide(self, widget: QWidget) -> bool:
        if widget is self._main or not widget.isWindow() or not widget.isVisible():
            return False
        if widget.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip):
            return False
        lock_screen = self._lock_screen()
        current: QWidget | None = widget
        while current is not None:
            if current is lock_screen:
                return False
            current = current.parentWidget()
        return True

    def _hide(self, window: QWidget) -> None:
        if not any(entry.window is window for entry in self._hidden):
            self._hidden.append(_Hidden(window, window.focusWidget()))
            if isinstance(window, QDialog):
                window.finished.connect(self._dialog_finished)
        window.hide()

    @Slot(int)
    def _dialog_finished(self, _result: int) -> None:
        # Finished while hidden (a save's answer arrived and closed it): it is not to come back.
        finished = self.sender()
        for entry in [e for e in self._hidden if e.window is finished]:
            self._hidden.remove(entry)
            self._disconnect(entry)

    def _disconnect(self, entry: _Hidden) -> None:
        if isinstance(entry.window, QDialog) and shiboken6.isValid(entry.window):
            entry.window.finished.disconnect(self._dialog_finished)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            # Hidden once the show has completed: hiding from inside it would leave the native window up.
            QTimer.singleShot(0, lambda w=watched: self._hide_late(w))
        return False

    def _hide_late(self, window: QWidget) -> None:
        if self._covering and shiboken6.isValid(window) and self._should_hide(window):
            self._hide(window)


class MainWindow(QMainWindow):
    """`idle_timeout_ms` overrides the center's auto-lock minutes; the factories let tests supply stand-ins."""

    def __init__(self, paths: AppPaths, *, idle_timeout_ms: int | None = None,
                 list_factory: ListFactory | None = None, workspace_factory: WorkspaceFactory | None = None,
                 today_factory: ListFactory | None = None, directory_factory: ListFactory | None = None,
                 sync_factory: ListFactory | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.services: Any = None
        self._leaving = False  # a disk check that fails meanwhile leaves the undoing to the sign-out under way
        self._idle_override = idle_timeout_ms
        self._list_factory = list_factory or _participant_list
        self._today_factory = today_factory or _today
        self._directory_factory = directory_factory or _directory
        self._sync_factory = sync_factory or _sync
        self._workspace_factory = workspace_factory or _workspace
        self._workspaces: dict[str, QWidget] = {}
        self._came_from: dict[QWidget, QWidget | None] = {}
        self._focus_before_lock: QWidget | None = None
        self.start_screen: QWidget | None = None
        self.tabs: QTabWidget | None = None
        self.today_screen: QWidget | None = None
        self._homes: LazyTabs | None = None  # the other home tabs, each built when first shown or asked for
        self.lock_screen: LockScreen | None = None
        self.idle = IdleWatcher(DEFAULT_IDLE_MINUTES * 60_000, self)
        self.idle.idle.connect(self.lock)
        self.cover = LockCover(self, lambda: self.lock_screen)

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
        resize_within_screen(self, 1100, 760)
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
        # In no menu (the menus' letters are spoken for), but a key from any tab: the front desk's sheet.
        self.sign_in_sheet_action = action(self.tr("Drop-in sign-in"), self.focus_sign_in_sheet, "Ctrl+Shift+D")
        self.addAction(self.sign_in_sheet_action)
        self.settings_action = action(self.tr("&Settings…"), self.open_settings, "Ctrl+,")
        self.staff_action = action(self.tr("S&taff…"), self.open_staff)
        self.quit_action = action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.lock_action = action(self.tr("&Lock now"), self.lock, "Ctrl+L")
        self.sign_out_action = action(self.tr("Sign &out"), self.sign_out)
        self.about_action = action(self.tr("&About ROSC Desktop"), self.show_about)
        self.print_plans_action = action(self.tr("&Print plans reviewed this week…"), self.print_reviewed_plans)
        self.back_up_action = action(self.tr("&Back up to…"), self.back_up)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.find_action)
        file_menu.addAction(self.print_plans_action)
        file_menu.addAction(self.back_up_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addAction(self.staff_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        session_menu = self.menuBar().addMenu(self.tr("&Session"))
        session_menu.addAction(self.lock_action)
        session_menu.addAction(self.sign_out_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.help_key = HelpKey(self)  # F1: the offline guide to the screen in front of the user
        help_menu.addAction(self.help_key.action)
        help_menu.addAction(self.about_action)

    def _refresh_chrome(self) -> None:
        """Title, status bar and which actions make sense, for the current state."""
        in_area = self.services is not None and not self.is_locked()
        for act in (self.find_action, self.settings_action, self.lock_action, self.sign_out_action,
                    self.sign_in_sheet_action):
            act.setEnabled(in_area)
        self.print_plans_action.setEnabled(in_area and self._may_view_participants())
        may_staff = in_area and self._may("manage_staff")
        self.staff_action.setEnabled(may_staff)
        self.staff_action.setVisible(may_staff)
        may_back_up = in_area and self._may("back_up")
        self.back_up_action.setEnabled(may_back_up)
        self.back_up_action.setVisible(may_back_up)
        # Start and lock screens offer nothing from the menus, and their mnemonics would clash with the forms'.
        self.menuBar().setVisible(in_area)
        if self.services is None:
            self.setWindowTitle(APP_NAME)
            self._who.clear()
            self._demo.setVisible(session.is_demo(self.paths))
            return
        # run_now: the one local site row
        center = run_now(self.services.accounts.center, self)
        name = center.name if center is not None else ""
        self.setWindowTitle(fill(self.tr("%1 — %2"), APP_NAME, name) if name else APP_NAME)
        actor = self.services.actor
        roles = {Role.ADMIN: self.tr("Admin"), Role.COORDINATOR: self.tr("Coordinator"),
                 Role.PEER_SPECIALIST: self.tr("Peer specialist")}
        where = f"{name} ({center.code})" if center is not None else actor.site_code
        self._who.setText(fill(self.tr("Signed in as %1 · %2 · %3"),
                               actor.display_name, roles.get(actor.role, str(actor.role)), where))
        self._demo.setVisible(bool(center is not None and center.is_demo))

    # -- before sign-in --------------------------------------------------------------------------------

    def _show_start(self) -> None:
        started_over = session.recover_interrupted_first_run(self.paths)
        if session.database_exists(self.paths):
            screen: QWidget = SignInScreen(self.paths)
            screen.signed_in.connect(self._enter)  # type: ignore[attr-defined]
        else:
            from rosc_desktop.ui.screens.first_run import FirstRunScreen  # a first start only: not loaded at sign-in

            screen = FirstRunScreen(self.paths, started_over=started_over)
            screen.finished.connect(self._enter)  # type: ignore[attr-defined]
        screen.restored.connect(self._start_again)  # type: ignore[attr-defined]
        self.start_screen = screen
        self.stack.addWidget(screen)
        self.stack.setCurrentWidget(screen)
        screen.setFocus()

    def _start_again(self) -> None:
        """A backup was restored from a start screen: sign in to it (a first run becomes a sign-in)."""
        self._drop(self.start_screen)
        self._show_start()

    def _drop(self, widget: QWidget | None) -> None:
        if widget is not None:
            self.stack.removeWidget(widget)
            widget.deleteLater()

    # -- the signed-in area ------------------------------------------------------------------------------

    def _enter(self, services: Services) -> None:
        if getattr(services.actor, "must_change_password", False) and not self._choose_own_password(services):
            return
        from rosc_desktop.settings import UserSettings

        UserSettings.use(self.paths.root, services.actor.username)
        from rosc_desktop.sync.work_folders import sweep_work_folders

        # run_now: the work folder is empty unless an import was killed, and it must be gone before one can start
        run_now(lambda: sweep_work_folders(services), self)  # plaintext a killed import left behind
        self.services = services
        self._drop(self.start_screen)
        self.start_screen = None
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.tabCloseRequested.connect(self._close_tab)
        self.today_screen = self._today_factory(services)
        self.today_screen.open_requested.connect(self.open_participant)  # type: ignore[attr-defined]
        self.tabs.addTab(self.today_screen, self.tr("&Today"))
        for side in (QTabBar.ButtonPosition.LeftSide, QTabBar.ButtonPosition.RightSide):
            self.tabs.tabBar().setTabButton(0, side, None)  # home tabs never close
        # Only Today is built now, so it paints first; the others are built the first time they are shown.
        homes = self._homes = LazyTabs(self.tabs, self._home_built)
        homes.add("list", self.tr("Participants"), lambda: self._list_factory(services))
        # No Alt letter: every letter of "Activities" (and "Actividades") is some tab's, menu's or button's.
        # Ctrl+Shift+D reaches its sign-in sheet from anywhere instead.
        homes.add("activities", self.tr("Activities"), lambda: _activities(services))
        homes.add("directory", self.tr("Director&y"), lambda: self._directory_factory(services))
        if self._may_manage_sync():  # sync is admin-only; others would find an empty tab
            # Every letter of "Sync" is some other visible control's Alt key (Director&y, Session, Today's
            # "Mark as do&ne", a workspace's &Network and &Check-ins): B is free everywhere.
            homes.add("sync", self.tr("Sync &bundles"), lambda: self._sync_factory(services))
        if self._may("view_reports"):  # coordinators and admins; a peer specialist is never shown the figures
            # No Alt letter: every letter of "Reports" (and "Informes") is taken by a menu, a tab or a button.
            homes.add("reports", self.tr("Reports"), lambda: _reports(services))
        self.stack.addWidget(self.tabs)
        from rosc_desktop.ui.screens.lock import LockScreen  # here, not before the sign-in screen's first paint

        self.lock_screen = LockScreen(services)
        self.lock_screen.unlocked.connect(self._unlocked)
        self.lock_screen.sign_out_requested.connect(self.sign_out)
        self.stack.addWidget(self.lock_screen)
        self.stack.setCurrentWidget(self.tabs)
        self.tabs.setCurrentWidget(self.today_screen)  # what is due comes first; Ctrl+F still finds anyone
        self.today_screen.setFocus()  # its focus proxy is its first list with someone in it
        self._refresh_chrome()
        self._start_idle()
        self._hear_disk_check(services)
        # The check of the whole file reads once Today is up: beside its first paint it made the paint slower.
        after_first_paint(self.today_screen, services.store.disk_check.begin)

    def _hear_disk_check(self, services: Services) -> None:
        report = DiskCheckReport(services, self._disk_checked, self)
        services.store.disk_check.when_finished(report.finished.emit)

    def _disk_checked(self, services: Services, failure: BaseException | None, problem: BaseException | None,
                      tries: int = 0) -> None:
        if services is not self.services or self._leaving:
            return  # signed out, or signing out, meanwhile
        if failure is not None:
            modal = QApplication.activeModalWidget()
            if modal is not None and tries < 20:
                # Undoing the session deletes its screens; a question open in its own event loop over them would be
                # freed under its feet (a crash). Close it first, as if answered No (done(), not reject(): a form's
                # reject() asks again about unsaved typing), and undo once its loop is over.
                modal.done(QDialog.DialogCode.Rejected) if isinstance(modal, QDialog) else modal.close()
                QTimer.singleShot(50, lambda: self._disk_checked(services, failure, problem, tries + 1))
                return
            # Nothing was written to the file, and nothing can be: undo the sign-in and offer the newest good
            # backup, as a check before Today would have. Unsaved typing cannot be saved to a damaged file.
            for workspace in self.workspaces():
                self._forget(workspace)
            self._leave()
            self._refresh_chrome()
            self._show_start()
            show_failure = getattr(self.start_screen, "show_failure", None)
            if show_failure is not None:
                show_failure(failure, after_sign_in=True)
        elif problem is not None:
            title = self.tr("Backup not made")
            # The general "disk full" sentence speaks of saving typing again; here nothing typed is at stake.
            full = isinstance(problem, RoscError) and problem.code == "disk_full"
            reason = self.tr("The disk is full: free some space on it.") if full else describe_error(problem)[1]
            box = QMessageBox(QMessageBox.Icon.Warning, title, fill(
                self.tr("Today's backup could not be made. The older backups are kept, and the next sign-in tries "
                        "again.\n\n%1"), reason), QMessageBox.StandardButton.Ok, self)
            box.setAccessibleName(title)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

    def _home_built(self, name: str, screen: QWidget) -> None:
        if name in ("list", "reports"):
            screen.open_requested.connect(self.open_participant)  # type: ignore[attr-defined]

    # The home tabs by name; asking for one builds it (Ctrl+F asks for the list).
    participant_list = property(lambda self: self._homes.get("list") if self._homes else None)
    activities_screen = property(lambda self: self._homes.get("activities") if self._homes else None)
    directory_screen = property(lambda self: self._homes.get("directory") if self._homes else None)
    sync_screen = property(lambda self: self._homes.get("sync") if self._homes else None)
    reports_screen = property(lambda self: self._homes.get("reports") if self._homes else None)

    def _start_idle(self) -> None:
        if self._idle_override is not None:
            self.idle.set_timeout_ms(self._idle_override)
        else:
            # run_now: the one local site row
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
        self._came_from[workspace] = self.tabs.currentWidget()  # where closing the person's tab goes back to
        title = workspace.title()  # type: ignore[attr-defined]
        index = self.tabs.addTab(workspace, title)
        self.tabs.setTabToolTip(index, title)
        self.tabs.setCurrentIndex(index)
        workspace.setFocus()

    def _forget(self, workspace: QWidget) -> None:
        for pid, widget in list(self._workspaces.items()):
            if widget is workspace:
                del self._workspaces[pid]
        back = self._came_from.pop(workspace, None)
        if self.tabs is not None:
            index = self.tabs.indexOf(workspace)
            if index >= 0:
                self.tabs.removeTab(index)
            # Qt would show the neighbouring tab (often Sync bundles); the person came from somewhere else.
            if (back is not None and not self.is_locked() and shiboken6.isValid(back)
                    and self.tabs.indexOf(back) >= 0):
                self.tabs.setCurrentWidget(back)
        workspace.deleteLater()

    def _close_tab(self, index: int) -> None:
        if self.tabs is None:
            return
        widget = self.tabs.widget(index)
        if widget is None or widget is self.today_screen or (self._homes is not None and self._homes.holds(widget)):
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

    def focus_sign_in_sheet(self) -> None:
        if self.tabs is None or self.activities_screen is None or self.is_locked():
            return
        self.tabs.setCurrentWidget(self.activities_screen)
        self.activities_screen.focus_sign_in()  # type: ignore[attr-defined]

    # -- lock -----------------------------------------------------------------------------------------------

    def is_locked(self) -> bool:
        return self.lock_screen is not None and self.stack.currentWidget() is self.lock_screen

    def lock(self) -> None:
        if self.services is None or self.lock_screen is None or self.is_locked():
            return
        self.idle.stop()
        focused = QApplication.focusWidget()
        self._focus_before_lock = focused if focused is not None and self.isAncestorOf(focused) else None
        # Open windows would float above the lock screen and show what it hides. They are hidden, never
        # rejected: rejecting a form with typing asks "discard?", and that question would stop the lock.
        self.cover.cover()
        self.lock_screen.reset()
        self.stack.setCurrentWidget(self.lock_screen)
        if self.isVisible():
            self.activateWindow()  # the hidden dialog had the keyboard; the password field needs it now
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
        self.cover.uncover()  # after the main window's focus, so the dialog that was on top is again
        self.idle.start()

    def has_work_waiting(self) -> bool:
        """Unsaved typing in a workspace or in a dialog hidden by the lock."""
        return (any(w.has_unsaved_changes() for w in self.workspaces())  # type: ignore[attr-defined]
                or self.cover.holds_work())

    def _refuse_while_locked(self) -> None:
        # Names nobody: whoever is at the keyboard may not be the person signed in.
        title = self.tr("Not saved yet")
        box = QMessageBox(QMessageBox.Icon.Information, title,
                          self.tr("Some work is not saved yet. Unlock to save or discard it first."),
                          QMessageBox.StandardButton.Ok, self.lock_screen)  # the lock screen's own: it may show
        box.setAccessibleName(title)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- leaving ---------------------------------------------------------------------------------------------

    def sign_out(self) -> bool:
        if self.services is None:
            return True
        if self.is_locked() and self.has_work_waiting():
            self._refuse_while_locked()
            return False
        if not self.close_all_workspaces():
            return False
        if self.services is None:
            return True  # a failed disk check undid the sign-in while a workspace asked its question
        self._leave()
        self._refresh_chrome()
        self._show_start()
        return True

    def _leave(self) -> None:
        """Close the session: audit the sign-out, close the store, drop the signed-in screens."""
        if self.services is None:
            return  # left already (a failed disk check undid the sign-in while a question was open)
        self._leaving = True
        try:
            self._close_session()
        finally:
            self._leaving = False

    def _close_session(self) -> None:
        self.idle.stop()
        # A check still reading would hold the sign-out's audit event (a write) until it ends: stop it. Nothing was
        # written meanwhile, not even the sign-in event, so the log stays whole.
        self.services.store.disk_check.stop_unless_passed()
        # Answers still on their way are delivered while the store and their screens are there to take them.
        if not wait_for_operations(OPERATION_WAIT_MS):
            log.warning("closing the store with an operation still under way")
        self.cover.discard()
        services, self.services = self.services, None
        from rosc_desktop.settings import UserSettings

        UserSettings.use(None)
        try:
            services.accounts.sign_out()
        except Exception as exc:  # the store must still close; the person is leaving either way
            log.warning("sign-out not recorded: %s", type(exc).__name__)
            services.close()
        self._drop(self.lock_screen)
        self._drop(self.tabs)
        self.lock_screen = self.tabs = self.today_screen = self._homes = None

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        from rosc_desktop.ui.screens.first_run import FirstRunScreen

        first_run = self.start_screen if isinstance(self.start_screen, FirstRunScreen) else None
        if first_run is not None and not first_run.key_is_kept() and not self._confirm_leave_without_key():
            event.ignore()
            return
        if self.services is not None:
            if self.is_locked() and self.has_work_waiting():
                self._refuse_while_locked()
                event.ignore()
                return
            if not self.close_all_workspaces():
                event.ignore()
                return
            self._leave()
        if first_run is not None:
            first_run.forget_copied_key()
            wait_for_operations(OPERATION_WAIT_MS)  # a center being created hands its store over first
            if first_run.services is not None:
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

    def _choose_own_password(self, services: Services) -> bool:
        """A temporary password is replaced before anything else; declining signs out again."""
        from rosc_desktop.ui.screens.staff import NewPasswordDialog

        if NewPasswordDialog(services, self).exec() == QDialog.DialogCode.Accepted:
            return True
        services.close()
        return False

    def open_staff(self) -> None:
        if self.services is None or self.is_locked() or not self._may("manage_staff"):
            return
        from rosc_desktop.ui.screens.staff import StaffDialog

        StaffDialog(self.services, self).exec()

    def _may(self, action: str) -> bool:
        if self.services is None:
            return False
        # Imported here: permissions reach the model, which the first paint must not load.
        from rosc_desktop.services.permissions import Action, allowed

        return allowed(self.services.actor.role, Action(action))

    def _may_view_participants(self) -> bool:
        """Anyone who may view participants may print their plans (the services check again)."""
        return self._may("view_participant")

    def _may_manage_sync(self) -> bool:
        return self._may("manage_sync")

    def print_reviewed_plans(self) -> None:
        """One PDF per person whose goals were reviewed in the last 7 days, into a folder chosen here."""
        if self.services is None or self.is_locked():
            return
        from rosc_desktop.ui.screens.print_plan import print_reviewed_this_week

        print_reviewed_this_week(self.services, self)

    def back_up(self, folder: str | None = None) -> None:
        """File → Back up to…: a checked copy with its keyring, on a USB stick or in any folder."""
        if self.services is None or self.is_locked() or not self._may("back_up"):
            return
        from rosc_desktop.ui.screens.restore import back_up_to_folder

        back_up_to_folder(self.services, self, folder)

    def show_about(self) -> None:
        from html import escape

        text = fill(self.tr(
            "<p><b>ROSC Desktop</b> %1</p><p>Strengths-based intakes for recovery community centers, kept "
            "encrypted on this computer and usable without the internet.</p><p>Free software under the GNU "
            "Affero General Public License, version 3 or later.</p>"), __version__)
        # run_now: the one local site row
        center = run_now(self.services.accounts.center, self) if self.services is not None else None
        if center is not None:
            lines = [f"<b>{escape(center.name)}</b> ({escape(center.code)})",
                     *(escape(x) for x in center.address.splitlines() if x.strip()),
                     *(escape(x) for x in (center.phone, center.hours, center.email, center.website) if x)]
            text += "<p>" + "<br>".join(lines) + "</p>"
        QMessageBox.about(self, self.tr("About ROSC Desktop"), text)
