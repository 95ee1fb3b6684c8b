"""Auto-lock and the lock screen: the tabs and their typing survive, only the right password unlocks."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from sqlmodel import select

from rosc_desktop.model import AuditEvent
from rosc_desktop.ui.idle import IdleWatcher
from rosc_desktop.ui.main_window import MainWindow
from rosc_desktop.ui.screens.sign_in import SignInScreen
from tests.conftest import ADMIN_PASSWORD
from tests.ui.stand_ins import StandInList




class StandInWorkspace(QWidget):
    def __init__(self, services, participant_id, parent=None):  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.participant_id = participant_id
        self.note = QLineEdit(self)
        QVBoxLayout(self).addWidget(self.note)
        self.allow_close = True
        self.asked = 0

    def title(self) -> str:
        return f"Participant {self.participant_id}"

    def has_unsaved_changes(self) -> bool:
        return bool(self.note.text())

    def maybe_close(self) -> bool:
        self.asked += 1
        return self.allow_close


def signed_in_window(qtbot, paths, idle_ms: int = 600_000) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(paths, idle_timeout_ms=idle_ms, list_factory=StandInList, workspace_factory=StandInWorkspace)
    qtbot.addWidget(window)
    screen = window.start_screen
    assert isinstance(screen, SignInScreen)
    screen.username.setText("ana")
    qtbot.keyClicks(screen.password, ADMIN_PASSWORD)
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.services is not None, timeout=10_000)
    return window


def unlock(qtbot, window: MainWindow, password: str) -> None:  # type: ignore[no-untyped-def]
    lock = window.lock_screen
    assert lock is not None
    lock.password.setText(password)
    qtbot.keyClick(lock.password, Qt.Key.Key_Return)


def test_idle_timeout_locks_and_right_password_unlocks(qtbot, services, paths) -> None:  # type: ignore[no-untyped-def]
    window = signed_in_window(qtbot, paths, idle_ms=150)
    assert not window.is_locked()
    qtbot.waitUntil(window.is_locked, timeout=5_000)
    window.idle.set_timeout_ms(600_000)  # no second lock while the test types
    assert window.stack.currentWidget() is window.lock_screen
    assert not window.settings_action.isEnabled()

    unlock(qtbot, window, "not the password")
    lock = window.lock_screen
    qtbot.waitUntil(lambda: lock.message.isVisibleTo(lock), timeout=5_000)
    assert lock.message.text() == "That password is not right. Please try again."
    assert not window.menuBar().isVisibleTo(window)
    assert lock.password.text() == ""
    assert window.is_locked()

    unlock(qtbot, window, ADMIN_PASSWORD)
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=5_000)
    assert window.stack.currentWidget() is window.tabs
    assert window.idle.is_watching()
    with services.store.read() as session:
        actions = [e.action for e in session.exec(select(AuditEvent)).all()]
    assert "locked" in actions and "unlocked" in actions


def test_ctrl_l_locks(qtbot, services, paths) -> None:  # type: ignore[no-untyped-def]
    window = signed_in_window(qtbot, paths)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.participant_list, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked()
    assert window.lock_screen.password.hasFocus()


def test_typing_in_a_workspace_survives_lock_and_unlock(qtbot, services, paths) -> None:  # type: ignore[no-untyped-def]
    window = signed_in_window(qtbot, paths)
    window.participant_list.open_requested.emit("p-1")
    workspace = window.workspaces()[0]
    qtbot.keyClicks(workspace.note, "slept outside last week, wants")
    window.lock()
    assert window.is_locked()
    assert not workspace.isVisible()
    unlock(qtbot, window, ADMIN_PASSWORD)
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=5_000)
    assert window.workspaces() == [workspace]
    assert window.tabs.currentWidget() is workspace
    assert workspace.note.text() == "slept outside last week, wants"
    assert workspace.asked == 0


def test_unlock_is_throttled_after_repeated_failures(qtbot, services, paths) -> None:  # type: ignore[no-untyped-def]
    window = signed_in_window(qtbot, paths)
    window.lock()
    lock = window.lock_screen
    for _ in range(3):
        qtbot.waitUntil(lock.unlock_button.isEnabled, timeout=5_000)
        unlock(qtbot, window, "wrong wrong")
        qtbot.waitUntil(lambda: not lock._busy, timeout=5_000)
    assert lock.countdown.is_waiting()
    assert not lock.unlock_button.isEnabled()
    assert "wait" in lock.unlock_button.text().lower()
    assert window.is_locked()


def test_sign_out_from_lock_asks_each_workspace(qtbot, services, paths) -> None:  # type: ignore[no-untyped-def]
    window = signed_in_window(qtbot, paths)
    window.participant_list.open_requested.emit("p-1")
    window.participant_list.open_requested.emit("p-2")
    first, second = window.workspaces()
    second.allow_close = False
    window.lock()
    qtbot.mouseClick(window.lock_screen.sign_out_button, Qt.MouseButton.LeftButton)
    assert (first.asked, second.asked) == (1, 1)
    assert window.services is not None and window.is_locked()
    assert window.workspaces() == [second]  # the one that agreed is closed

    second.allow_close = True
    qtbot.mouseClick(window.lock_screen.sign_out_button, Qt.MouseButton.LeftButton)
    assert window.services is None
    assert isinstance(window.start_screen, SignInScreen)
    assert not window.idle.is_watching()


def test_tabs_open_once_and_closing_asks_the_workspace(qtbot, services, paths) -> None:  # type: ignore[no-untyped-def]
    window = signed_in_window(qtbot, paths)
    tabs = window.tabs
    window.participant_list.open_requested.emit("p-1")
    window.participant_list.open_requested.emit("p-2")
    tabs.setCurrentIndex(0)
    window.participant_list.open_requested.emit("p-1")
    assert tabs.count() == 3
    assert tabs.currentWidget().participant_id == "p-1"
    assert tabs.tabText(1) == "Participant p-1"

    from PySide6.QtWidgets import QTabBar

    assert tabs.tabBar().tabButton(0, QTabBar.ButtonPosition.RightSide) is None
    tabs.tabCloseRequested.emit(0)
    assert tabs.count() == 3

    workspace = tabs.widget(1)
    workspace.allow_close = False
    tabs.tabCloseRequested.emit(1)
    assert tabs.count() == 3 and workspace.asked == 1
    workspace.allow_close = True
    tabs.tabCloseRequested.emit(1)
    assert tabs.count() == 2
    assert [w.participant_id for w in window.workspaces()] == ["p-2"]


def test_window_close_is_refused_while_a_workspace_refuses(qtbot, services, paths) -> None:  # type: ignore[no-untyped-def]
    window = signed_in_window(qtbot, paths)
    window.show()
    window.participant_list.open_requested.emit("p-1")
    workspace = window.workspaces()[0]
    workspace.allow_close = False
    assert not window.close()
    assert window.isVisible() and window.services is not None
    workspace.allow_close = True
    assert window.close()
    assert window.services is None


def test_input_restarts_the_idle_timer(qtbot) -> None:  # type: ignore[no-untyped-def]
    target = QLineEdit()
    qtbot.addWidget(target)
    watcher = IdleWatcher(400)
    watcher.start()
    try:
        qtbot.waitUntil(lambda: watcher._timer.remainingTime() < 250, timeout=2_000)
        QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a"))
        assert watcher._timer.remainingTime() > 300
    finally:
        watcher.stop()
    assert not watcher._timer.isActive()


def test_real_screens_keep_typing_through_a_lock(qtbot, services, paths, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The colleagues' participant list and workspace, as the app really builds them."""
    from PySide6.QtWidgets import QMessageBox, QPlainTextEdit, QTextEdit

    from rosc_desktop.services.participants import ParticipantInput

    asked: list[str] = []

    def answer(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append("asked")
        return QMessageBox.StandardButton.Discard

    # The workspace asks Save/Discard/Cancel in a modal box; answered here so no failure can hang the run.
    monkeypatch.setattr(QMessageBox, "question", answer)
    person = services.participants.register(ParticipantInput(preferred_name="Sam Rivera"))
    window = MainWindow(paths, idle_timeout_ms=600_000)
    qtbot.addWidget(window)
    window.start_screen.username.setText("ana")
    window.start_screen.password.setText(ADMIN_PASSWORD)
    window.start_screen.submit()
    qtbot.waitUntil(lambda: window.services is not None, timeout=10_000)
    window.participant_list.open_requested.emit(person.id)
    window.participant_list.open_requested.emit(person.id)
    assert window.tabs.count() == 2
    workspace = window.workspaces()[0]
    assert "Sam" in window.tabs.tabText(1)
    editors = [e for kind in (QPlainTextEdit, QTextEdit) for e in workspace.findChildren(kind) if not e.isReadOnly()]
    assert editors, "the workspace offers somewhere to type"
    editor = editors[0]
    qtbot.keyClicks(editor, "typed before the lock")
    assert workspace.has_unsaved_changes()
    window.lock()
    unlock(qtbot, window, ADMIN_PASSWORD)
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=5_000)
    assert window.workspaces() == [workspace] and editor.toPlainText() == "typed before the lock"

    assert asked == []
    assert window.sign_out()
    assert asked == ["asked"] and window.services is None


def test_lock_screen_password_has_a_labelled_buddy(qtbot, services, paths) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    lock = signed_in_window(qtbot, paths).lock_screen
    assert lock.password in {label.buddy() for label in lock.findChildren(QLabel)}
    assert lock.password.accessibleName() and lock.password.echoMode() == QLineEdit.EchoMode.Password
