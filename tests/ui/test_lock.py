"""Auto-lock and the lock screen: the tabs and their typing survive, only the right password unlocks."""

from __future__ import annotations

import pytest
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
    # The home tabs come first (Today, the list, the directory … and, for an admin, Sync bundles and Reports),
    # then the workspaces.
    homes = tabs.count()
    window.participant_list.open_requested.emit("p-1")
    window.participant_list.open_requested.emit("p-2")
    tabs.setCurrentIndex(0)
    window.participant_list.open_requested.emit("p-1")
    assert tabs.count() == homes + 2
    assert tabs.currentWidget().participant_id == "p-1"
    assert tabs.tabText(homes) == "Participant p-1"

    from PySide6.QtWidgets import QTabBar

    for home in range(homes):
        assert tabs.tabBar().tabButton(home, QTabBar.ButtonPosition.RightSide) is None
        tabs.tabCloseRequested.emit(home)
        assert tabs.count() == homes + 2

    workspace = tabs.widget(homes)
    workspace.allow_close = False
    tabs.tabCloseRequested.emit(homes)
    assert tabs.count() == homes + 2 and workspace.asked == 1
    workspace.allow_close = True
    tabs.tabCloseRequested.emit(homes)
    assert tabs.count() == homes + 1
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
    homes = window.tabs.count()  # Today, the participant list, the directory … for an admin
    window.participant_list.open_requested.emit(person.id)
    window.participant_list.open_requested.emit(person.id)
    assert window.tabs.count() == homes + 1  # and Sam, once
    workspace = window.workspaces()[0]
    assert "Sam" in window.tabs.tabText(homes)
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


# -- open windows and the lock ------------------------------------------------------------------------------

def real_window(qtbot, paths) -> MainWindow:  # type: ignore[no-untyped-def]
    """The app's own screens, shown, signed in as ana."""
    window = MainWindow(paths, idle_timeout_ms=600_000)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.start_screen.username.setText("ana")
    window.start_screen.password.setText(ADMIN_PASSWORD)
    window.start_screen.submit()
    qtbot.waitUntil(lambda: window.services is not None, timeout=10_000)
    return window


def other_windows(window: MainWindow) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]


@pytest.fixture
def no_questions(monkeypatch):  # type: ignore[no-untyped-def]
    """Records any blocking question instead of showing it (so a regression fails instead of hanging)."""
    from PySide6.QtWidgets import QMessageBox

    asked: list[tuple] = []

    def question(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(args)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def register_form(qtbot, window: MainWindow):  # type: ignore[no-untyped-def]
    from rosc_desktop.ui.screens.participant_form import ParticipantDialog

    window.participant_list.register_new()
    dialog = window.participant_list.findChild(ParticipantDialog)
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.name_edit, "Sam Rivera")
    return dialog


def barc10_form(qtbot, window: MainWindow, services, name: str = "Sam Rivera"):  # type: ignore[no-untyped-def]
    from rosc_desktop.services.participants import ParticipantInput
    from rosc_desktop.ui.screens.barc10 import Barc10Dialog

    person = services.participants.register(ParticipantInput(preferred_name=name))
    window.participant_list.open_requested.emit(person.id)
    workspace = window.workspaces()[0]
    workspace.intake.record_barc10()
    dialog = workspace.findChild(Barc10Dialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.radio(1, 4).setChecked(True)
    dialog.radio(2, 5).setChecked(True)
    return workspace, dialog


def test_lock_hides_a_register_form_with_typing_and_unlock_brings_it_back(qtbot, services, paths,
                                                                         no_questions) -> None:  # type: ignore[no-untyped-def]
    window = real_window(qtbot, paths)
    dialog = register_form(qtbot, window)
    window.lock()
    assert window.is_locked()
    assert other_windows(window) == []  # nothing typed about a person shows over the lock screen
    assert dialog.name_edit.text() == "Sam Rivera"
    assert no_questions == []
    unlock(qtbot, window, ADMIN_PASSWORD)
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=5_000)
    assert dialog.isVisible() and dialog.name_edit.text() == "Sam Rivera"
    assert other_windows(window) == [dialog]
    qtbot.waitUntil(dialog.name_edit.hasFocus)  # back where the typing was


def test_lock_hides_a_barc10_with_answers_and_unlock_brings_it_back(qtbot, services, paths,
                                                                   no_questions) -> None:  # type: ignore[no-untyped-def]
    window = real_window(qtbot, paths)
    _workspace, dialog = barc10_form(qtbot, window, services)
    window.lock()
    assert other_windows(window) == []
    assert no_questions == []  # hidden, never cancelled: cancelling asks "discard?"
    unlock(qtbot, window, ADMIN_PASSWORD)
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=5_000)
    assert other_windows(window) == [dialog]
    assert dialog.answers()[:3] == [4, 5, None]


def test_a_question_over_a_dialog_comes_back_on_top_of_it(qtbot, services, paths, no_questions) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    window = real_window(qtbot, paths)
    _workspace, dialog = barc10_form(qtbot, window, services)
    dialog.reject()  # "Discard answers?" is open when the lock comes
    questions = [b for b in dialog.findChildren(QMessageBox) if b.isVisible()]
    assert len(questions) == 1 and no_questions == []  # opened, not a blocking question.exec()
    question = questions[0]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is question)
    window.lock()
    assert other_windows(window) == []
    qtbot.waitUntil(window.lock_screen.password.hasFocus)  # the keyboard comes back to the lock screen
    unlock(qtbot, window, ADMIN_PASSWORD)
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=5_000)
    assert set(other_windows(window)) == {dialog, question}
    qtbot.waitUntil(lambda: QApplication.activeWindow() is question)
    question.button(QMessageBox.StandardButton.Cancel).click()
    assert dialog.isVisible() and dialog.answers()[0] == 4


def test_a_window_opening_while_locked_is_hidden_until_unlock(qtbot, services, paths) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    window = real_window(qtbot, paths)
    window.lock()
    late = QMessageBox(QMessageBox.Icon.Warning, "Could not save", "details", QMessageBox.StandardButton.Ok,
                       window.participant_list)
    late.open()  # as an answer arriving for a screen under the lock would
    qtbot.waitUntil(lambda: other_windows(window) == [])
    unlock(qtbot, window, ADMIN_PASSWORD)
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=5_000)
    assert other_windows(window) == [late]


def test_a_dialog_finished_while_locked_does_not_come_back(qtbot, services, paths, no_questions) -> None:  # type: ignore[no-untyped-def]
    window = real_window(qtbot, paths)
    _workspace, dialog = barc10_form(qtbot, window, services)
    for statement in range(1, 11):
        dialog.radio(statement, 5).setChecked(True)
    window.lock()
    dialog._save()  # the answer arrives while the lock is up, and closes the dialog
    qtbot.waitUntil(lambda: dialog.result_view is not None, timeout=5_000)
    unlock(qtbot, window, ADMIN_PASSWORD)
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=5_000)
    assert other_windows(window) == []


# -- leaving while locked ---------------------------------------------------------------------------------

REFUSAL = "Some work is not saved yet. Unlock to save or discard it first."


def refusal_boxes(window: MainWindow) -> list:  # type: ignore[type-arg]
    from PySide6.QtWidgets import QMessageBox

    return [b for b in window.findChildren(QMessageBox) if b.isVisible()]


def assert_refused_naming_nobody(window: MainWindow, name: str) -> None:
    boxes = refusal_boxes(window)
    assert len(boxes) == 1 and boxes[0].text() == REFUSAL
    for part in name.split():
        assert part not in boxes[0].text() and part not in boxes[0].windowTitle()
    boxes[0].accept()


def test_leaving_while_locked_with_unsaved_intake_is_refused_naming_nobody(qtbot, services, paths,
                                                                           no_questions) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.services.participants import ParticipantInput

    window = real_window(qtbot, paths)
    person = services.participants.register(ParticipantInput(preferred_name="Sam Rivera"))
    window.participant_list.open_requested.emit(person.id)
    workspace = window.workspaces()[0]
    qtbot.keyClicks(workspace.intake.editors["strengths"], "fixes bikes")
    window.lock()

    qtbot.mouseClick(window.lock_screen.sign_out_button, Qt.MouseButton.LeftButton)
    assert window.services is not None and window.is_locked()
    assert_refused_naming_nobody(window, "Sam Rivera")
    assert not window.close()
    assert window.services is not None and window.isVisible()
    assert_refused_naming_nobody(window, "Sam Rivera")
    assert no_questions == []  # nobody at the lock screen was asked to save or discard

    unlock(qtbot, window, ADMIN_PASSWORD)
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=5_000)
    assert window.workspaces() == [workspace]
    assert workspace.intake.editors["strengths"].toPlainText() == "fixes bikes"


@pytest.mark.parametrize("form", ["register", "barc10"])
def test_leaving_while_locked_with_a_hidden_form_holding_work_is_refused(qtbot, services, paths, no_questions,
                                                                         form) -> None:  # type: ignore[no-untyped-def]
    window = real_window(qtbot, paths)
    dialog = register_form(qtbot, window) if form == "register" else barc10_form(qtbot, window, services)[1]
    window.lock()
    assert not window.sign_out()
    assert_refused_naming_nobody(window, "Sam Rivera")
    assert not window.close()
    assert_refused_naming_nobody(window, "Sam Rivera")
    assert no_questions == []
    unlock(qtbot, window, ADMIN_PASSWORD)
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=5_000)
    assert dialog.isVisible()


def test_leaving_while_locked_with_nothing_unsaved_signs_out(qtbot, services, paths, no_questions) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.ui.screens.barc10 import Barc10Dialog

    window = real_window(qtbot, paths)
    workspace, dialog = barc10_form(qtbot, window, services)
    for group in dialog.groups:  # an empty form holds nothing to lose
        group.setExclusive(False)
        for button in group.buttons():
            button.setChecked(False)
        group.setExclusive(True)
    window.lock()
    qtbot.mouseClick(window.lock_screen.sign_out_button, Qt.MouseButton.LeftButton)
    assert window.services is None
    assert isinstance(window.start_screen, SignInScreen)
    assert refusal_boxes(window) == [] and no_questions == []
    qtbot.waitUntil(lambda: not window.findChildren(Barc10Dialog))
    assert other_windows(window) == []


def test_closing_while_locked_with_nothing_unsaved_closes(qtbot, services, paths) -> None:  # type: ignore[no-untyped-def]
    window = real_window(qtbot, paths)
    window.lock()
    assert window.close()
    assert window.services is None


def test_sign_out_waits_for_operations_before_closing_the_store(qtbot, services, paths, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import threading

    from rosc_desktop.ui import main_window
    from rosc_desktop.ui.operations import run_operation

    window = signed_in_window(qtbot, paths)
    store_user = window.services
    done: list[object] = []
    failed: list[BaseException] = []
    started, leaving = threading.Event(), threading.Event()
    answered_before_waiting: list[bool] = []

    def work() -> str:
        started.set()
        assert leaving.wait(5)  # still running when sign-out starts waiting: it reads the store after that
        store_user.accounts.center()
        return "finished"

    real_wait = main_window.wait_for_operations

    def sign_out_waits(timeout_ms: int) -> bool:
        answered_before_waiting.append(bool(done or failed))
        leaving.set()
        return real_wait(timeout_ms)

    monkeypatch.setattr(main_window, "wait_for_operations", sign_out_waits)
    run_operation(window, work, on_done=done.append, on_error=failed.append)
    assert started.wait(5)
    assert window.sign_out()
    assert answered_before_waiting == [False]
    assert done == ["finished"] and failed == []  # delivered before sign-out returned, the store still open


def test_closing_a_persons_tab_goes_back_to_where_they_came_from(qtbot, services, paths) -> None:  # type: ignore[no-untyped-def]
    services.close()
    window = signed_in_window(qtbot, paths)
    for came_from in (window.participant_list, window.today_screen, window.directory_screen):
        window.tabs.setCurrentWidget(came_from)
        window.open_participant(f"someone-from-{window.tabs.indexOf(came_from)}")
        opened = window.tabs.currentWidget()
        assert isinstance(opened, StandInWorkspace)
        window.tabs.tabCloseRequested.emit(window.tabs.indexOf(opened))
        assert window.tabs.currentWidget() is came_from
