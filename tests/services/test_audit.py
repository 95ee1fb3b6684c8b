"""The audit trail: every view and change is recorded, tampering is found and named, names never appear."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import text

from tests.conftest import ADMIN_PASSWORD
from rosc_desktop import cli
from rosc_desktop.services import audit
from rosc_desktop.services.intake import IntakeText
from rosc_desktop.services.participants import ParticipantInput

NAME = "Zoë Krüger"


def _events(services) -> list[tuple]:  # type: ignore[no-untyped-def, type-arg]
    with services.store.read() as session:
        return [tuple(r) for r in session.exec(
            text("SELECT seq, actor, action, entity_type, entity_id, details FROM audit_event ORDER BY seq")
        ).all()]


def _verify(services) -> audit.ChainReport:  # type: ignore[no-untyped-def]
    with services.store.read() as session:
        return audit.verify(session)


def _raw(services, sql: str, **params) -> None:  # type: ignore[no-untyped-def]
    with services.store.engine.begin() as conn:
        conn.execute(text(sql), params)


@pytest.fixture
def busy(services):  # type: ignore[no-untyped-def]
    """A short working day: a registration, views, edits, an intake, a BARC-10, a void: ≥ 10 events."""
    person = services.participants.register(ParticipantInput(NAME, legal_name="Zoë Anna Krüger",
                                                             date_of_birth=date(1990, 4, 2), phone="555-123-4567"))
    services.participants.open(person.id)
    services.participants.update(person.id, ParticipantInput(NAME, pronouns="she/her"), 1)
    services.intake.save(person.id, IntakeText(strengths="Zoë sings"), 0)
    services.intake.record_barc10(person.id, date(2026, 1, 5), [4] * 10)
    other = services.participants.register(ParticipantInput("Amani Okafor"))
    services.participants.void(other.id)
    assert len(_events(services)) >= 8
    return person


def test_every_view_and_every_change_is_recorded(services):  # type: ignore[no-untyped-def]
    start = len(_events(services))
    person = services.participants.register(ParticipantInput(NAME))
    services.participants.open(person.id)
    services.participants.open(person.id)
    services.participants.update(person.id, ParticipantInput(NAME, pronouns="she/her"), 1)
    services.intake.save(person.id, IntakeText(hopes="a job"), 0)
    services.intake.record_barc10(person.id, date(2026, 1, 5), [3] * 10)
    services.participants.void(person.id)
    services.accounts.set_idle_lock_minutes(20)
    services.accounts.create_staff("ben", "Ben Ode", "coordinator", "bens password")
    events = _events(services)[start:]
    assert [e[2] for e in events] == [
        "participant_registered", "participant_viewed", "participant_viewed", "participant_updated",
        "intake_saved", "barc10_recorded", "participant_voided", "settings_changed", "staff_created",
    ]
    assert all(e[1] == "ana" for e in events)
    assert all(e[4] == person.id for e in events[:7])
    assert _verify(services).ok
    assert _verify(services).checked == len(_events(services))


def test_a_failed_change_records_nothing(services):  # type: ignore[no-untyped-def]
    from rosc_desktop.errors import RoscError

    person = services.participants.register(ParticipantInput(NAME))
    before = _events(services)
    with pytest.raises(RoscError):
        services.participants.update(person.id, ParticipantInput("Other"), expected_version=7)
    assert _events(services) == before


def test_the_untouched_chain_verifies(services, busy):  # type: ignore[no-untyped-def]
    report = _verify(services)
    assert report.ok and report.first_broken_seq is None
    assert report.checked == len(_events(services))


def test_editing_details_is_found_at_that_event(services, busy):  # type: ignore[no-untyped-def]
    _raw(services, "UPDATE audit_event SET details = :d WHERE seq = 5", d=json.dumps({"reason": "forged"}))
    report = _verify(services)
    assert (report.first_broken_seq, report.reason) == (5, "altered")


def test_changing_the_actor_is_found(services, busy):  # type: ignore[no-untyped-def]
    _raw(services, "UPDATE audit_event SET actor = 'someone-else' WHERE seq = 4")
    assert _verify(services).first_broken_seq == 4


def test_deleting_a_middle_event_is_found(services, busy):  # type: ignore[no-untyped-def]
    _raw(services, "DELETE FROM audit_event WHERE seq = 6")
    report = _verify(services)
    assert (report.first_broken_seq, report.reason) == (6, "missing")


def test_deleting_and_renumbering_is_still_found(services, busy):  # type: ignore[no-untyped-def]
    _raw(services, "DELETE FROM audit_event WHERE seq = 6")
    _raw(services, "UPDATE audit_event SET seq = seq - 1 WHERE seq > 6")
    assert _verify(services).first_broken_seq == 6


def test_swapping_two_hashes_is_found_at_the_first(services, busy):  # type: ignore[no-untyped-def]
    with services.store.read() as session:
        h4, h7 = (session.exec(text(f"SELECT hash FROM audit_event WHERE seq = {s}")).one()[0] for s in (4, 7))
    _raw(services, "UPDATE audit_event SET hash = :h WHERE seq = 4", h=h7)
    _raw(services, "UPDATE audit_event SET hash = :h WHERE seq = 7", h=h4)
    assert _verify(services).first_broken_seq == 4


def _run_check(monkeypatch, capsys, paths, password=ADMIN_PASSWORD):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ROSC_DATA_DIR", str(paths.root))
    monkeypatch.setenv("ROSC_PASSWORD", password)
    code = cli.main(["check", "--user", "ana"])
    out = capsys.readouterr()
    return code, out.out + out.err


def test_cli_check_passes_on_a_good_database(services, busy, paths, monkeypatch, capsys):  # type: ignore[no-untyped-def]
    code, output = _run_check(monkeypatch, capsys, paths)
    assert code == 0, output
    assert "All is well" in output
    assert "participants" in output


def test_cli_check_fails_and_names_the_event_after_tampering(services, busy, paths, monkeypatch, capsys):  # type: ignore[no-untyped-def]
    _raw(services, "UPDATE audit_event SET action = 'participant_viewed' WHERE seq = 3")
    code, output = _run_check(monkeypatch, capsys, paths)
    assert code == 1, output
    assert "event 3" in output
    assert NAME not in output


def test_cli_check_with_a_wrong_password_says_so(services, paths, monkeypatch, capsys):  # type: ignore[no-untyped-def]
    code, output = _run_check(monkeypatch, capsys, paths, password="not the password")
    assert code == 2
    assert "password is not right" in output


def test_audit_never_holds_the_participants_name(services, busy, paths):  # type: ignore[no-untyped-def]
    services.participants.search("zoe")
    services.store.checkpoint()
    with services.store.read() as session:
        rows = session.exec(text("SELECT * FROM audit_event")).all()
    dumped = json.dumps([[str(v) for v in row] for row in rows], ensure_ascii=False)
    for fragment in ("Zoë", "Zoe", "Krüger", "Kruger", "Amani", "Okafor", "555-123", "5551234567", "sings", "1990-04-02"):
        assert fragment not in dumped


def test_cli_check_finds_a_person_missing_from_the_search_index(services, busy, paths, monkeypatch, capsys):  # type: ignore[no-untyped-def]
    # Someone the search cannot find gets registered twice: the check must notice the index lost them.
    _raw(services, "DELETE FROM participant_fts WHERE rowid = (SELECT rowid FROM participant WHERE id = :i)",
         i=busy.id)
    assert busy.id not in services.participants.search("zoe").ids
    code, output = _run_check(monkeypatch, capsys, paths)
    assert code == 1, output
    assert "The search index does not match the participants" in output


def test_health_check_counts_what_it_checked(services, busy):  # type: ignore[no-untyped-def]
    report = services.health.check()
    assert report.ok, report.problems
    assert report.participants == 2  # voided rows are still rows
    assert report.audit_events == len(_events(services)) - 1  # the check records itself afterwards
    assert _events(services)[-1][2] == "database_checked"


def test_deleting_the_newest_events_is_caught_by_the_keyring_witness(services, paths) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    from rosc_desktop.services.participants import ParticipantInput
    from rosc_desktop.services.session import sign_in
    from tests.conftest import ADMIN_PASSWORD

    person = services.participants.register(ParticipantInput("Tomasz Nowak"))
    services.participants.open(person.id)
    services.close()  # closing notes the newest event outside the database
    reopened = sign_in(paths, "ana", ADMIN_PASSWORD)
    try:
        with reopened.store.write() as session:
            newest = session.exec(text("SELECT max(seq) FROM audit_event")).one()[0]
        witness = reopened.keyring.audit_head[0]
        assert witness < newest  # signing in added events after the witness
        with reopened.store.write() as session:
            session.exec(text("DELETE FROM audit_event WHERE seq >= :s").bindparams(s=witness - 1))
        report = reopened.health.check()
        assert not report.ok
        assert ("audit_chain", {"seq": witness - 1, "reason": "missing"}) in report.problems
    finally:
        reopened.store.close()
