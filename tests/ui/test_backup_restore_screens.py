"""File → Back up to…, Restore from a backup… on the start screens, and a damaged database at sign-in."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from rosc_desktop.paths import AppPaths
from rosc_desktop.services import session
from rosc_desktop.services.participants import ParticipantInput
from rosc_desktop.store import backup as backups
from rosc_desktop.ui.main_window import MainWindow
from rosc_desktop.ui.screens.first_run import FirstRunScreen
from rosc_desktop.ui.screens.restore import RestoreDialog
from rosc_desktop.ui.screens.sign_in import SignInScreen
from tests.conftest import ADMIN_PASSWORD
from tests.ui.stand_ins import StandInList


def _message_box_saying(text: str) -> QMessageBox | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible() and text in widget.text():
            return widget
    return None


@pytest.fixture
def window(qtbot, paths):  # type: ignore[no-untyped-def]
    made = MainWindow(paths, list_factory=StandInList)
    qtbot.addWidget(made)
    return made


def _sign_in(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    screen = window.start_screen
    assert isinstance(screen, SignInScreen)
    screen.username.setText("ana")
    screen.password.setText(ADMIN_PASSWORD)
    with qtbot.waitSignal(screen.signed_in, timeout=10_000):
        qtbot.keyClick(screen.password, Qt.Key.Key_Return)


def _damage_a_page(services, paths) -> bytes:  # type: ignore[no-untyped-def]
    """Close the center and flip one byte in the middle of its file, as a failing disk would; the damaged bytes."""
    services.store.checkpoint()
    services.close()
    data = bytearray(paths.database.read_bytes())
    data[len(data) // 2] ^= 0xFF
    paths.database.write_bytes(bytes(data))
    return bytes(data)


def _restore_with_password(qtbot, dialog: RestoreDialog, file: Path) -> None:  # type: ignore[no-untyped-def]
    dialog.file.setText(str(file))
    dialog.username.setText("ana")
    dialog.password.setText(ADMIN_PASSWORD)
    with qtbot.waitSignal(dialog.restored, timeout=15_000):
        dialog.restore_button.click()


def test_back_up_from_the_file_menu_then_restore_it_on_a_new_computer(qtbot, services, paths, tmp_path) -> None:  # type: ignore[no-untyped-def]
    services.participants.register(ParticipantInput("Marisol Vega"))
    services.close()
    window = MainWindow(paths, list_factory=StandInList)
    qtbot.addWidget(window)
    _sign_in(qtbot, window)
    assert window.back_up_action.isVisible() and window.back_up_action.isEnabled()
    stick = tmp_path / "stick"
    stick.mkdir()
    window.back_up(str(stick))
    qtbot.waitUntil(lambda: _message_box_saying("written and checked") is not None, timeout=15_000)
    written = next(stick.glob("*.roscbackup"))
    assert str(written) in _message_box_saying("written and checked").text()  # type: ignore[union-attr]
    window.sign_out()

    new_computer = AppPaths(tmp_path / "new-computer")
    fresh = MainWindow(new_computer, list_factory=StandInList)
    qtbot.addWidget(fresh)
    first_run = fresh.start_screen
    assert isinstance(first_run, FirstRunScreen)
    assert first_run.restore.text().replace("&", "") == "Restore from a backup…"
    dialog = first_run.open_restore()
    _restore_with_password(qtbot, dialog, written)
    # The first-run form gives way to signing in to the restored center.
    qtbot.waitUntil(lambda: isinstance(fresh.start_screen, SignInScreen), timeout=5_000)
    _sign_in(qtbot, fresh)
    assert fresh.services.participants.count() == 1


def test_a_peer_specialist_has_no_back_up_in_the_menu(qtbot, services, paths) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.enums import Role

    services.staff.add("pat", "Pat Peer", Role.PEER_SPECIALIST, "temporary pass 1")
    services.close()
    pat = session.sign_in(paths, "pat", "temporary pass 1")
    window = MainWindow(paths, list_factory=StandInList)
    qtbot.addWidget(window)
    window.services = pat  # as signed in, past the new-password step
    window._refresh_chrome()
    try:
        assert not window.back_up_action.isVisible() and not window.back_up_action.isEnabled()
    finally:
        window.services = None
        pat.close()


def test_a_damaged_database_offers_the_newest_good_backup_at_sign_in(qtbot, services, paths, held_check) -> None:  # type: ignore[no-untyped-def]
    for n in range(300):
        services.participants.register(ParticipantInput(f"Person {n:03d} Example"))
    good = backups.backup(services.store, paths.backups, reason="daily")
    data = _damage_a_page(services, paths)
    window = MainWindow(paths, list_factory=StandInList)
    qtbot.addWidget(window)
    _sign_in(qtbot, window)  # Today paints while the disk check still reads the file behind it
    assert window.today_screen is not None
    held_check.set()
    # The check fails: the sign-in is undone, with the damage said and the newest good backup offered.
    qtbot.waitUntil(lambda: isinstance(window.start_screen, SignInScreen)
                    and window.start_screen.findChild(RestoreDialog) is not None, timeout=10_000)
    assert window.services is None and window.today_screen is None
    screen = window.start_screen
    assert "You were signed out" in screen.message.text() and "damaged" in screen.message.text()
    assert paths.database.read_bytes() == data, "the sign-in wrote to the damaged file"
    dialog = screen.findChild(RestoreDialog)
    assert dialog.file.text() == str(good) and dialog.username.text() == "ana"
    dialog.password.setText(ADMIN_PASSWORD)
    with qtbot.waitSignal(dialog.restored, timeout=15_000):
        dialog.restore_button.click()
    qtbot.waitUntil(lambda: window.start_screen is not screen, timeout=5_000)
    _sign_in(qtbot, window)
    assert window.services.participants.count() == 300


def test_a_wrong_password_in_the_restore_dialog_shows_beside_the_field(qtbot, services, paths, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.services import backup_files

    written = backup_files.write_backup_file(services, tmp_path)
    services.close()
    dialog = RestoreDialog(paths, file=str(written), username="ana")
    qtbot.addWidget(dialog)
    dialog.password.setText("not the password")
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: dialog.password_field.error.isVisibleTo(dialog), timeout=10_000)
    assert not (paths.root / "replaced").exists()
    dialog.use_key.setChecked(True)
    assert dialog.key.isVisibleTo(dialog) and not dialog.password.isVisibleTo(dialog)


def test_a_backup_that_fails_behind_today_is_said_and_the_session_goes_on(qtbot, services, paths, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.errors import RoscError

    services.close()

    def full_disk(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RoscError("disk_full")

    monkeypatch.setattr(backups, "backup", full_disk)
    window = MainWindow(paths, list_factory=StandInList)
    qtbot.addWidget(window)
    _sign_in(qtbot, window)
    qtbot.waitUntil(lambda: _message_box_saying("Today's backup could not be made") is not None, timeout=10_000)
    assert "The disk is full: free some space" in _message_box_saying("Today's backup could not be made").text()  # type: ignore[union-attr]
    assert window.services is not None
    window.services.participants.register(ParticipantInput("Marisol Vega"))  # writes go on: the check passed
    window.sign_out()


def test_a_check_that_fails_while_a_question_is_open_closes_it_first(qtbot, services, paths, held_check) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer

    _damage_a_page(services, paths)
    window = MainWindow(paths, list_factory=StandInList)
    qtbot.addWidget(window)
    _sign_in(qtbot, window)
    answers: list[object] = []

    def ask() -> None:  # a question in its own event loop over the session's screens, as Cancel transfer asks
        held_check.set()
        answers.append(QMessageBox.question(window.today_screen, "Cancel?", "Cancel the transfer?"))

    QTimer.singleShot(0, ask)
    qtbot.waitUntil(lambda: isinstance(window.start_screen, SignInScreen), timeout=10_000)
    assert answers and window.services is None  # the question was closed first, and no crash deleted it under us
    assert "You were signed out" in window.start_screen.message.text()


def test_signing_out_while_the_check_still_reads_does_not_wait_for_it(qtbot, services, paths, held_check) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.errors import RoscError
    from rosc_desktop.model import AuditEvent
    from sqlmodel import select

    services.close()
    window = MainWindow(paths, list_factory=StandInList)
    qtbot.addWidget(window)
    _sign_in(qtbot, window)
    check = window.services.store.disk_check
    assert window.sign_out()  # held, the check would otherwise keep the sign-out's audit event waiting 30 s
    assert isinstance(window.start_screen, SignInScreen)
    with pytest.raises(RoscError) as stopped:
        check.allow_write()
    assert stopped.value.code == "signed_out", "the check ran out its time instead of being stopped"
    held_check.set()
    later = session.sign_in(paths, "ana", ADMIN_PASSWORD)
    try:
        with later.store.read() as s:
            actions = list(s.exec(select(AuditEvent.action).order_by(AuditEvent.seq)).all())
        # Nothing of the stopped session was written, not half of it: the next sign-in follows what came before.
        assert actions[-1] == "sign_in" and actions[-2] != "sign_in"
    finally:
        later.close()


def test_the_disk_check_reads_only_once_today_has_painted(qtbot, services, paths, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """On a two-core computer the check of the whole file, read beside Today's first paint, made it slower: it
    starts when Today has painted (not after the fallback delay, set out of reach here)."""
    from PySide6.QtCore import QEvent, QObject

    from rosc_desktop.store import database, disk_check

    monkeypatch.setattr(disk_check, "START_WITHIN_S", 60.0)
    happened: list[str] = []
    real = database.connect_raw

    def connect(path, key, **options):  # type: ignore[no-untyped-def]
        if threading.current_thread().name == "rosc-disk-check" and "check reads" not in happened:
            happened.append("check reads")  # the first; the day's backup connects on this thread afterwards
        return real(path, key, **options)

    monkeypatch.setattr(database, "connect_raw", connect)

    class Painted(QObject):
        def eventFilter(self, watched, event):  # type: ignore[no-untyped-def]  # noqa: N802
            today = window.today_screen
            if event.type() == QEvent.Type.Paint and today is not None and watched is today \
                    and "Today painted" not in happened:
                happened.append("Today painted")
            return False

    services.close()
    window = MainWindow(paths, list_factory=StandInList)
    qtbot.addWidget(window)
    watcher = Painted()
    QApplication.instance().installEventFilter(watcher)
    try:
        window.show()
        _sign_in(qtbot, window)
        qtbot.waitUntil(lambda: "check reads" in happened, timeout=10_000)
        assert happened == ["Today painted", "check reads"]
        assert window.services.store.disk_check.wait() is None  # passed, and the day's work after it went well
    finally:
        QApplication.instance().removeEventFilter(watcher)
