"""Sign-in: success, wrong password, throttling, the demo note, a damaged database, the recovery-key reset."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt

from rosc_desktop.services import session
from rosc_desktop.settings import MachineSettings
from rosc_desktop.store.keyring import KeyRing, Throttle
from rosc_desktop.ui.main_window import MainWindow
from rosc_desktop.ui.messages import message_for
from rosc_desktop.ui.screens.sign_in import RecoveryResetDialog, SignInScreen
from tests.conftest import ADMIN_PASSWORD
from tests.ui.stand_ins import StandInList




@pytest.fixture
def center(paths) -> str:  # type: ignore[no-untyped-def]
    """A closed center (admin 'ana'); returns its recovery key."""
    services, key = session.create_center(paths, center_name="Harbor Light", site_code="HL-01",
                                          admin_username="ana", admin_display_name="Ana Ruiz",
                                          password=ADMIN_PASSWORD)
    services.close()
    return key


def make_window(qtbot, paths) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(paths, list_factory=StandInList)
    qtbot.addWidget(window)
    assert isinstance(window.start_screen, SignInScreen)
    return window


def attempt(qtbot, screen: SignInScreen, username: str, password: str) -> None:  # type: ignore[no-untyped-def]
    screen.username.setText(username)
    screen.password.setText(password)
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not screen._busy, timeout=10_000)


def test_sign_in_opens_the_signed_in_area_and_remembers_the_name(qtbot, center, paths) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, paths)
    screen = window.start_screen
    assert screen.password.echoMode() == screen.password.EchoMode.Password
    assert screen.demo_note is None
    attempt(qtbot, screen, "ana", ADMIN_PASSWORD)
    qtbot.waitUntil(lambda: window.services is not None, timeout=10_000)
    assert window.services.actor.username == "ana"
    assert window.stack.currentWidget() is window.tabs
    assert "Harbor Light (HL-01)" in window._who.text()
    assert MachineSettings.load(paths.settings).last_username == "ana"

    second = make_window(qtbot, paths)
    assert second.start_screen.username.text() == "ana"


def test_wrong_password_shows_message_and_clears_the_field(qtbot, center, paths) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, paths)
    screen = window.start_screen
    attempt(qtbot, screen, "ana", "not it at all")
    assert screen.message.isVisibleTo(screen)
    assert screen.message.text() == message_for("signin_failed", {})
    assert screen.password.text() == ""
    assert window.services is None
    assert screen.button.isEnabled()


def test_repeated_failures_disable_the_button_with_a_countdown(qtbot, center, paths) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, paths)
    screen = window.start_screen
    for _ in range(3):
        qtbot.waitUntil(screen.button.isEnabled, timeout=5_000)
        attempt(qtbot, screen, "ana", "wrong password")
    assert screen.countdown.is_waiting()
    assert not screen.button.isEnabled()
    assert "wait" in screen.button.text().lower()
    qtbot.waitUntil(screen.button.isEnabled, timeout=5_000)  # the first wait is one second
    assert screen.button.text() == "&Sign in"


def test_an_existing_throttle_is_shown_on_arrival(qtbot, center, paths) -> None:  # type: ignore[no-untyped-def]
    ring = KeyRing.load(paths.keyring)
    ring.throttles["ana"] = Throttle(failures=8, last_failure=time.time())
    ring.save()
    MachineSettings(last_username="ana").save(paths.settings)
    window = make_window(qtbot, paths)
    screen = window.start_screen
    assert not screen.button.isEnabled()
    assert 25 <= screen.countdown.remaining() <= 32
    screen.password.setText(ADMIN_PASSWORD)
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    assert not screen._busy and window.services is None


def test_demo_note_only_on_a_demo_database(qtbot, paths) -> None:  # type: ignore[no-untyped-def]
    services, _key = session.create_center(paths, center_name="Riverside (demo)", site_code="DEMO-01",
                                           admin_username="admin", admin_display_name="Demo Admin",
                                           password="demo", demo=True)
    services.close()
    window = make_window(qtbot, paths)
    screen = window.start_screen
    assert screen.demo_note is not None and screen.demo_note.isVisibleTo(window)
    assert "admin / demo" in screen.demo_note.text()
    attempt(qtbot, screen, "admin", "demo")
    qtbot.waitUntil(lambda: window.services is not None, timeout=10_000)
    assert window._demo.isVisibleTo(window)


def test_an_unreadable_database_is_explained_without_crashing(qtbot, center, paths) -> None:  # type: ignore[no-untyped-def]
    paths.database.write_bytes(b"this is not a database" * 100)
    window = make_window(qtbot, paths)
    screen = window.start_screen
    attempt(qtbot, screen, "ana", ADMIN_PASSWORD)
    assert screen.message.text() == message_for("database_unreadable", {})
    assert window.services is None and screen.button.isEnabled()


def test_a_damaged_keyring_is_explained_on_arrival(qtbot, center, paths) -> None:  # type: ignore[no-untyped-def]
    paths.keyring.write_text("{ not json")
    MachineSettings(last_username="ana").save(paths.settings)
    window = make_window(qtbot, paths)
    screen = window.start_screen
    assert screen.message.text() == message_for("keyring_unreadable", {})


def test_recovery_key_sets_a_new_password(qtbot, center, paths) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, paths)
    screen = window.start_screen
    screen.username.setText("ana")
    qtbot.mouseClick(screen.forgot, Qt.MouseButton.LeftButton)
    dialog = screen.findChild(RecoveryResetDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.username.text() == "ana"

    dialog.key.setText("ABCD-ABCD-ABCD-ABCD-ABCD-ABCD")
    dialog.new_password.setText("brand new secret")
    dialog.confirm.setText("brand new secret")
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.key_field.error.isVisibleTo(dialog), timeout=10_000)
    assert dialog.key_field.error.text() == message_for("recovery_key_wrong", {})

    dialog.key.setText(center.lower())
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    session.sign_in(paths, "ana", "brand new secret").close()


def test_every_input_has_a_labelled_buddy_and_a_name(qtbot, center, paths) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel, QLineEdit

    screen = make_window(qtbot, paths).start_screen
    dialog = RecoveryResetDialog(paths, "", screen)
    for widget, count in ((screen, 2), (dialog, 4)):
        buddies = {label.buddy() for label in widget.findChildren(QLabel)}
        edits = [e for e in widget.findChildren(QLineEdit) if e.window() is widget.window()]
        assert len(edits) == count
        assert all(edit in buddies and edit.accessibleName() for edit in edits)


def _sign_in_as_ana(qtbot, paths):  # type: ignore[no-untyped-def]
    """Type the name and password and press Enter, as a person does; return once the main window has signed in."""
    window = make_window(qtbot, paths)
    window.start_screen.username.setText("ana")
    window.start_screen.password.setText(ADMIN_PASSWORD)
    qtbot.keyClick(window.start_screen.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.services is not None, timeout=20_000)
    return window


def test_a_sign_in_pressed_while_the_database_stack_loads_derives_its_key_meanwhile(qtbot, center, paths, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Pressed before the background loading has finished (a password manager fills the form at once), the key
    derivation runs beside it instead of after it; the store is opened only once the loading is done."""
    import threading

    from rosc_desktop.ui import preload

    loading_done = threading.Event()
    loading = threading.Thread(target=loading_done.wait, args=(30,), daemon=True)  # a loading still under way
    loading.start()
    monkeypatch.setattr(preload, "_thread", loading)
    seen: list[str] = []
    real_unlock, real_sign_in = session.unlock, session.sign_in

    def unlock(*args, **kwargs):  # type: ignore[no-untyped-def]
        keys = real_unlock(*args, **kwargs)
        seen.append("key derived while loading" if loading.is_alive() else "key derived after loading")
        loading_done.set()
        return keys

    def sign_in(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append("store opened while loading" if loading.is_alive() else "store opened after loading")
        return real_sign_in(*args, **kwargs)

    monkeypatch.setattr(session, "unlock", unlock)
    monkeypatch.setattr(session, "sign_in", sign_in)
    _sign_in_as_ana(qtbot, paths)
    assert seen == ["key derived while loading", "store opened after loading"]


def test_a_sign_in_pressed_before_the_loading_began_loads_unlocking_on_the_screens_thread(  # type: ignore[no-untyped-def]
        qtbot, center, paths, monkeypatch) -> None:
    """What unlocking needs is imported on the GUI thread before the sign-in's worker starts, so the worker never
    imports it beside the background loading (which imports the same library)."""
    import threading

    from rosc_desktop.ui import preload
    from rosc_desktop.ui.screens import sign_in as sign_in_screen

    finished = threading.Thread(target=lambda: None)
    finished.start()
    finished.join()
    monkeypatch.setattr(preload, "_thread", finished)  # the loading counts as begun: start() does nothing here
    order: list[str] = []
    real_load, real_run = session.load_crypto, sign_in_screen.run_operation

    def load_crypto() -> None:
        order.append("crypto on the GUI thread" if threading.current_thread() is threading.main_thread()
                     else "crypto on another thread")
        real_load()

    def run_operation(*args, **kwargs):  # type: ignore[no-untyped-def]
        order.append("worker started")
        return real_run(*args, **kwargs)

    monkeypatch.setattr(session, "load_crypto", load_crypto)
    monkeypatch.setattr(sign_in_screen, "run_operation", run_operation)
    _sign_in_as_ana(qtbot, paths)
    assert order[:2] == ["crypto on the GUI thread", "worker started"]
