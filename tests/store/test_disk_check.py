"""The app's sign-in lets Today paint before SQLite's quick check of the whole file has read every page; the check
runs behind it, and no write reaches the file before the check passes, nor ever when it fails (issue 19)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
import sqlcipher3
from sqlmodel import func, select

from rosc_desktop.errors import RoscError
from rosc_desktop.model import AuditEvent
from rosc_desktop.services import session
from rosc_desktop.services.participants import ParticipantInput
from rosc_desktop.store import backup as backups
from rosc_desktop.store.disk_check import DiskCheck
from tests.conftest import ADMIN_PASSWORD


def _sign_ins(services) -> int:  # type: ignore[no-untyped-def]
    with services.store.read() as s:
        return s.exec(select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "sign_in")).one()


def _actions(services) -> list[str]:  # type: ignore[no-untyped-def]
    with services.store.read() as s:
        return list(s.exec(select(AuditEvent.action).order_by(AuditEvent.seq)).all())


def _damage(paths) -> bytes:  # type: ignore[no-untyped-def]
    data = bytearray(paths.database.read_bytes())
    data[len(data) // 2] ^= 0xFF
    paths.database.write_bytes(bytes(data))
    return bytes(data)


def test_sign_in_reads_at_once_and_writes_after_the_check_passes(services, paths, held_check) -> None:  # type: ignore[no-untyped-def]
    services.participants.register(ParticipantInput("Marisol Vega"))
    services.close()
    signed_in = session.sign_in(paths, "ana", ADMIN_PASSWORD, check_later=True)
    try:
        assert signed_in.participants.count() == 1  # reads need not wait
        assert _sign_ins(signed_in) == 0  # the sign-in's own audit event waits for the check too
        writer = threading.Thread(target=signed_in.participants.register, args=(ParticipantInput("Dee Walker"),))
        writer.start()
        writer.join(0.5)
        assert writer.is_alive(), "a write went ahead before the disk check passed"
        held_check.set()
        writer.join(30)
        assert signed_in.store.disk_check.wait() is None
        assert signed_in.participants.count() == 2
        assert _actions(signed_in)[-2:] == ["sign_in", "participant_registered"], "the log must say who signed in first"
        assert backups.list_backups(paths.backups), "the day's backup follows the check"
    finally:
        held_check.set()
        signed_in.close()


def test_a_check_that_fails_behind_today_lets_no_write_reach_the_file(services, paths, held_check) -> None:  # type: ignore[no-untyped-def]
    for n in range(300):
        services.participants.register(ParticipantInput(f"Person {n:03d} Example"))
    good = backups.backup(services.store, paths.backups, reason="daily")
    services.store.checkpoint()
    services.close()
    damaged = _damage(paths)

    signed_in = session.sign_in(paths, "ana", ADMIN_PASSWORD, check_later=True)
    try:
        held_check.set()
        with pytest.raises(RoscError) as failed:
            signed_in.store.disk_check.wait()
        assert failed.value.code == "database_damaged" and failed.value.params["backup"] == str(good)
        with pytest.raises(RoscError) as refused:
            signed_in.participants.register(ParticipantInput("Dee Walker"))
        assert refused.value.code == "database_damaged"
    finally:
        signed_in.close()
    wal = Path(f"{paths.database}-wal")
    assert paths.database.read_bytes() == damaged
    assert not wal.exists() or wal.stat().st_size == 0, "something was written to the damaged file"
    assert [p.name for p in backups.list_backups(paths.backups)] == [good.name], "a damaged copy was kept"


def test_signing_out_during_the_check_stops_it_and_nothing_follows(tmp_path) -> None:  # type: ignore[no-untyped-def]
    connected, go_on, ran = threading.Event(), threading.Event(), []
    plain = sqlcipher3.connect(str(tmp_path / "plain.db"), check_same_thread=False)
    plain.execute("CREATE TABLE t (x)")

    def connect():  # type: ignore[no-untyped-def]
        connected.set()
        assert go_on.wait(30)
        return plain

    check = DiskCheck()
    check.start(connect, lambda: RoscError("database_damaged"), first=lambda: ran.append("first"),
                then=[lambda: ran.append("then")])
    assert connected.wait(30)
    stopper = threading.Thread(target=check.stop)
    stopper.start()
    while not check.stopping:  # stop() has said so; the check is still held in `connect`
        assert stopper.is_alive()
        stopper.join(0.01)
    go_on.set()
    stopper.join(30)
    assert not stopper.is_alive() and ran == []
    with pytest.raises(RoscError) as refused:
        check.allow_write()
    assert refused.value.code == "signed_out"


def test_a_sign_in_whose_own_audit_event_cannot_be_written_is_undone(services, paths, held_check, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.services import audit

    services.close()
    real_record = audit.record

    def full_disk(session, **event):  # type: ignore[no-untyped-def]
        if event.get("action") == "sign_in":
            raise RoscError("disk_full")
        return real_record(session, **event)

    monkeypatch.setattr(audit, "record", full_disk)
    signed_in = session.sign_in(paths, "ana", ADMIN_PASSWORD, check_later=True)
    try:
        held_check.set()
        with pytest.raises(RoscError) as failed:
            signed_in.store.disk_check.wait()
        assert failed.value.code == "disk_full"
        with pytest.raises(RoscError):
            signed_in.participants.register(ParticipantInput("Dee Walker"))
        assert not backups.list_backups(paths.backups)
    finally:
        signed_in.close()


def test_a_schema_upgrade_still_checks_before_it_writes(services, paths, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.store import migrate

    services.store.checkpoint()
    services.close()
    _damage(paths)
    monkeypatch.setattr(migrate, "needs_upgrade", lambda store: True)
    with pytest.raises(RoscError) as failed:
        session.sign_in(paths, "ana", ADMIN_PASSWORD, check_later=True)
    assert failed.value.code == "database_damaged"
    assert not backups.list_backups(paths.backups), "a copy of the damaged file was made before the upgrade"


def test_damage_met_by_the_sign_ins_own_reads_offers_the_newest_good_backup(services, paths) -> None:  # type: ignore[no-untyped-def]
    good = backups.backup(services.store, paths.backups, reason="daily")
    with services.store.read() as s:
        connection = s.connection()
        page = connection.exec_driver_sql("SELECT rootpage FROM sqlite_master WHERE name = 'staff'").scalar()
        size = int(connection.exec_driver_sql("PRAGMA page_size").scalar())
    services.store.checkpoint()
    services.close()
    data = bytearray(paths.database.read_bytes())
    data[(page - 1) * size + size // 2] ^= 0xFF  # the staff table, which sign-in reads before Today
    paths.database.write_bytes(bytes(data))
    with pytest.raises(RoscError) as failed:
        session.sign_in(paths, "ana", ADMIN_PASSWORD, check_later=True)
    assert failed.value.code == "database_damaged" and failed.value.params["backup"] == str(good)


class _HeldUntilStopped(sqlcipher3.Connection):
    """Starts the quick check only once a sign-out has asked the check to stop, and notes whether SQLite was
    made to abandon it part-way."""

    check: DiskCheck
    interrupted: list[bool]
    reading: threading.Event

    def execute(self, sql, *args):  # type: ignore[no-untyped-def,override]
        if sql != "PRAGMA quick_check":
            return super().execute(sql, *args)
        self.reading.set()
        while not self.check.stopping:
            threading.Event().wait(0.01)
        try:
            return super().execute(sql, *args)
        except sqlcipher3.OperationalError:
            self.interrupted.append(True)
            raise


def test_a_sign_out_abandons_a_check_part_way_through_the_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    file = tmp_path / "large.db"
    with sqlcipher3.connect(str(file)) as setup:
        setup.execute("CREATE TABLE t (x TEXT)")
        setup.executemany("INSERT INTO t VALUES (?)", ((f"row {n:06d} " * 8,) for n in range(30_000)))
    check, interrupted, ran, reading = DiskCheck(), [], [], threading.Event()

    def connect():  # type: ignore[no-untyped-def]
        connection = sqlcipher3.connect(str(file), factory=_HeldUntilStopped, check_same_thread=False)
        connection.check, connection.interrupted, connection.reading = check, interrupted, reading
        return connection

    check.start(connect, lambda: RoscError("database_damaged"), first=lambda: ran.append("first"))
    check.begin()
    assert reading.wait(10), "the check never began reading"
    check.stop()
    assert interrupted == [True], "the check read the whole file after the sign-out asked it to stop"
    assert ran == []
    with pytest.raises(RoscError) as refused:
        check.allow_write()
    assert refused.value.code == "signed_out"


def test_a_check_waiting_for_the_first_paint_begins_at_once_for_a_write(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The app lets the check read once Today has painted; a write asked for before that must not wait for the
    paint (nor for the fallback delay): it begins the check and waits only for the check itself."""
    from rosc_desktop.store import disk_check

    monkeypatch.setattr(disk_check, "START_WITHIN_S", 60.0)
    file = tmp_path / "small.db"
    with sqlcipher3.connect(str(file)) as setup:
        setup.execute("CREATE TABLE t (x TEXT)")
    check, order = DiskCheck(), []
    check.start(lambda: (order.append("read"), sqlcipher3.connect(str(file), check_same_thread=False))[1],
                lambda: RoscError("database_damaged"), first=lambda: order.append("first"))
    writer = threading.Thread(target=lambda: (check.allow_write(), order.append("write")))
    writer.start()
    writer.join(20)
    assert not writer.is_alive(), "the write waited for a check nobody began"
    assert order == ["read", "first", "write"]


def test_a_sign_out_before_the_check_began_ends_it_without_reading(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Signing out in the moment between sign-in and Today's paint: nothing is read, nothing is written, and the
    sign-out does not wait for the fallback delay."""
    from rosc_desktop.store import disk_check

    monkeypatch.setattr(disk_check, "START_WITHIN_S", 60.0)
    check, happened, heard = DiskCheck(), [], []
    check.when_finished(lambda failure, problem: heard.append(failure))  # before start: told at once, all well
    check.start(lambda: happened.append("read"), lambda: RoscError("database_damaged"),
                first=lambda: happened.append("first"), then=[lambda: happened.append("backup")])
    check.when_finished(lambda failure, problem: heard.append(failure))
    stopper = threading.Thread(target=check.stop)
    stopper.start()
    stopper.join(20)
    assert not stopper.is_alive(), "the sign-out waited for a check that had not begun"
    assert happened == []
    assert heard[0] is None and isinstance(heard[1], RoscError) and heard[1].code == "signed_out"
