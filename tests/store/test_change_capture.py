"""Change capture: every change to a synchronised row is stamped and appended to the outbox, gap-free."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlmodel import select

from tests.conftest import ADMIN_PASSWORD
from rosc_desktop.errors import RoscError
from rosc_desktop.model import OutboxEntry, Participant
from rosc_desktop.services.intake import IntakeText
from rosc_desktop.services.participants import ParticipantInput
from rosc_desktop.services.session import sign_in
from rosc_desktop.store import database


def _outbox(services) -> list[OutboxEntry]:  # type: ignore[no-untyped-def]
    with services.store.read() as session:  # detached copies: read() expires what it loaded
        rows = session.exec(select(OutboxEntry).order_by(OutboxEntry.seq)).all()
        return [OutboxEntry.model_validate(r.model_dump()) for r in rows]


def _count(services, table: str) -> int:  # type: ignore[no-untyped-def]
    with services.store.read() as session:
        return session.exec(text(f"SELECT count(*) FROM {table}")).one()[0]


def _assert_gap_free(entries: list[OutboxEntry]) -> None:
    assert [e.seq for e in entries] == list(range(1, len(entries) + 1))
    stamps = [e.hlc for e in entries]
    assert all(a < b for a, b in zip(stamps, stamps[1:])), "hlc must strictly increase"


def test_every_insert_and_update_appends_one_entry_with_the_next_version(services):  # type: ignore[no-untyped-def]
    start = len(_outbox(services))
    person = services.participants.register(ParticipantInput("Zoë Krüger"))
    assert person.version == 1
    entries = _outbox(services)[start:]
    assert [(e.table_name, e.row_id, e.op, e.version) for e in entries] == [
        ("participant", person.id, "insert", 1)
    ]
    assert entries[0].payload["preferred_name"] == "Zoë Krüger"
    assert entries[0].origin == "HL-01"

    view = person
    for expected in (2, 3, 4):
        view = services.participants.update(person.id, ParticipantInput(f"Zoë K {expected}"), view.version)
        assert view.version == expected
    entries = _outbox(services)[start:]
    assert [(e.op, e.version) for e in entries] == [("insert", 1), ("update", 2), ("update", 3), ("update", 4)]
    assert all(e.row_id == person.id for e in entries)
    with services.store.read() as session:
        row = session.get(Participant, person.id)
        assert (row.version, row.hlc, row.owner_site) == (4, entries[-1].hlc, "HL-01")


def test_seq_is_gap_free_across_transactions_and_hlc_increases(services):  # type: ignore[no-untyped-def]
    ids = [services.participants.register(ParticipantInput(f"Person {i}")).id for i in range(5)]
    for pid in ids[:3]:
        services.intake.save(pid, IntakeText(hopes="to work again"), 0)
    with services.store.write() as session:  # several rows in one transaction
        for i in range(3):
            session.add(Participant(preferred_name=f"Batch {i}", sort_name=f"batch {i}"))
    entries = _outbox(services)
    _assert_gap_free(entries)
    assert len(entries) >= 5 + 3 + 3


def test_a_rolled_back_transaction_leaves_no_entry_and_no_gap(services):  # type: ignore[no-untyped-def]
    before = _outbox(services)
    with pytest.raises(RuntimeError):
        with services.store.write() as session:
            session.add(Participant(preferred_name="Never saved", sort_name="never saved"))
            session.flush()  # the outbox entry is written inside the transaction…
            raise RuntimeError("…and rolled back with it")
    assert _outbox(services) == before or [e.seq for e in _outbox(services)] == [e.seq for e in before]
    assert _count(services, "participant") == 0
    services.participants.register(ParticipantInput("Saved"))
    _assert_gap_free(_outbox(services))
    assert len(_outbox(services)) == len(before) + 1


def test_voiding_records_a_delete(services):  # type: ignore[no-untyped-def]
    person = services.participants.register(ParticipantInput("Zoë Krüger"))
    services.participants.void(person.id)
    last = _outbox(services)[-1]
    assert (last.row_id, last.op, last.version) == (person.id, "delete", 2)
    assert last.payload["deleted_at"] is not None
    with services.store.read() as session:
        assert session.get(Participant, person.id).deleted_at is not None  # a tombstone, not gone


def test_a_hard_delete_is_refused(services):  # type: ignore[no-untyped-def]
    person = services.participants.register(ParticipantInput("Zoë Krüger"))
    before = _outbox(services)
    with pytest.raises(RoscError) as caught:
        with services.store.write() as session:
            session.delete(session.get(Participant, person.id))
    assert caught.value.code == "hard_delete_refused"
    assert _count(services, "participant") == 1
    assert len(_outbox(services)) == len(before)


def test_a_row_owned_by_another_site_cannot_be_edited(services):  # type: ignore[no-untyped-def]
    person = services.participants.register(ParticipantInput("Transferred Person"))
    with services.store.engine.begin() as conn:  # as if it arrived from the hub
        conn.execute(text("UPDATE participant SET owner_site = 'HUB-1' WHERE id = :id"), {"id": person.id})
    before = _outbox(services)
    with pytest.raises(RoscError) as caught:
        services.participants.update(person.id, ParticipantInput("Edited Here"), person.version)
    assert caught.value.code == "not_owner"
    with pytest.raises(RoscError) as caught:
        services.participants.void(person.id)
    assert caught.value.code == "not_owner"
    assert len(_outbox(services)) == len(before)
    with services.store.read() as session:
        row = session.get(Participant, person.id)
        assert (row.preferred_name, row.version, row.deleted_at) == ("Transferred Person", 1, None)


def test_a_full_disk_gives_disk_full_and_writes_nothing(services, monkeypatch):  # type: ignore[no-untyped-def]
    services.participants.register(ParticipantInput("Before The Disk Filled"))
    outbox_before = _outbox(services)
    participants_before = _count(services, "participant")
    audit_before = _count(services, "audit_event")
    real_connect = database.connect_raw

    def full_disk(path, key, **options):  # type: ignore[no-untyped-def]
        conn = real_connect(path, key, **options)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")
        return conn

    monkeypatch.setattr(database, "connect_raw", full_disk)
    services.store.engine.dispose()  # new connections come from the full disk
    big = "x" * 180
    with pytest.raises(RoscError) as caught:
        for i in range(200):
            services.participants.register(ParticipantInput(f"Person {i}", legal_name=big))
    assert caught.value.code == "disk_full"
    monkeypatch.setattr(database, "connect_raw", real_connect)
    services.store.engine.dispose()
    # Whatever got in before the disk filled is whole: one participant, one outbox entry, one audit event each.
    added = _count(services, "participant") - participants_before
    assert len(_outbox(services)) - len(outbox_before) == added
    assert _count(services, "audit_event") - audit_before == added
    _assert_gap_free(_outbox(services))
    with services.store.read() as session:
        assert session.exec(text("PRAGMA integrity_check")).one()[0] == "ok"
    # Once there is room again, work goes on where it stopped.
    services.participants.register(ParticipantInput("After"))
    _assert_gap_free(_outbox(services))
    assert services.health.check().ok


def test_two_sessions_on_one_database_keep_seq_and_hlc_in_order(services, paths):  # type: ignore[no-untyped-def]
    # Two windows (or the GUI and the CLI) signed in at once write through two stores.
    other = sign_in(paths, "ana", ADMIN_PASSWORD)
    try:
        for i in range(20):
            (services if i % 2 else other).participants.register(ParticipantInput(f"Person {i}"))
    finally:
        other.close()
    _assert_gap_free(_outbox(services))


def test_hlc_never_goes_backwards_when_two_stores_write_in_the_same_millisecond(services, paths):  # type: ignore[no-untyped-def]
    from rosc_desktop.store.clock import HybridClock

    other = sign_in(paths, "ana", ADMIN_PASSWORD)
    try:
        # Both clocks read the same wall time (same millisecond, or one clock set back by NTP).
        frozen = 9_000_000_000_000
        services.store.clock = HybridClock(None, wall_millis=lambda: frozen)
        other.store.clock = HybridClock(None, wall_millis=lambda: frozen)
        for i in range(6):
            (services if i % 2 else other).participants.register(ParticipantInput(f"Person {i}"))
    finally:
        other.close()
    _assert_gap_free(_outbox(services))
