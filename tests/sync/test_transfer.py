"""A person moving between centers: the record travels center → hub → center with its consent and notice."""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from rosc_desktop.errors import RoscError
from rosc_desktop.model import Participant, SyncTransfer
from rosc_desktop.services.consents import PART2_NOTICE, ConsentInput
from rosc_desktop.services.intake import IntakeText
from rosc_desktop.store import migrate
from rosc_desktop.sync import exchange, transfer, transfer_sections
from tests.sync.sites import add_person, carry, open_region


@pytest.fixture
def region(tmp_path: Path):  # type: ignore[no-untyped-def]
    yield from open_region(tmp_path)


def _consent_to_center(svc, pid: str, name: str, kinds=("all",), expires=None):  # type: ignore[no-untyped-def]
    return svc.consents.add(pid, ConsentInput(
        recipient_kind="person", recipient_name=name, purpose_code="care_coordination",
        purpose="Moving to another center", information_kinds=list(kinds), effective_on=date.today(),
        expires_on=expires, expiry_event="" if expires else "end of the move", signed_on=date.today(),
        notice_given=True))


def _people(svc) -> list[Participant]:  # type: ignore[no-untyped-def]
    with svc.store.read() as session:
        return list(session.exec(select(Participant)).all())


def test_schema_version_follows_the_newest_migration() -> None:
    assert exchange.SCHEMA_VERSION == int(migrate.head_revision())


def test_record_travels_end_to_end_with_consent_and_notice(region) -> None:  # type: ignore[no-untyped-def]
    hub, a, b, usb = region
    person = add_person(a, "Rosa Moving", phone="555 0199")
    a.intake.save(person.id, IntakeText(strengths="Keeps a garden", what_matters="My kids"), 0)
    _consent_to_center(a, person.id, "Harbor Dental Clinic")  # another recipient's: stays at A
    _consent_to_center(a, person.id, "Riverside Commons")
    carry(hub, a, usb)  # the hub tells the center which centers exist
    assert [(s["code"], s["name"]) for s in transfer.known_sites(a)] == [("BBB-2", "Riverside Commons")]

    sent = transfer.request_transfer(a, person.id, "BBB-2")
    assert sent.status == "pending"
    report = carry(a, hub, usb)
    assert report.transfers == 1
    relay = transfer.transfers(hub, "relay")
    assert [r.status for r in relay] == ["pending"]
    with hub.store.read() as session:  # the hub relays what it cannot read: no consent names it for this
        stored = json.dumps([r.package for r in session.exec(select(SyncTransfer)).all()])
    assert "Rosa" not in stored and "555 0199" not in stored and "garden" not in stored

    carry(hub, b, usb)
    waiting = transfer.transfers(b, "in")
    assert [w.status for w in waiting] == ["waiting"]
    assert waiting[0].notice == PART2_NOTICE and waiting[0].rows >= 3

    new_pid = transfer.accept_transfer(b, waiting[0].id)
    mine = [p for p in _people(b) if p.id == new_pid]
    assert mine and mine[0].preferred_name == "Rosa Moving" and mine[0].owner_site == "BBB-2"
    assert b.intake.get(new_pid).text.strengths == "Keeps a garden"
    # Only the consent that authorised the move comes along, and it lets B disclose nothing to the hub.
    assert [c.recipient_name for c in b.consents.for_person(new_pid)] == ["Riverside Commons"]
    assert new_pid not in exchange.shareable_kinds(b)

    carry(b, hub, usb)  # B acknowledges: the hub drops its copy
    assert [r.status for r in transfer.transfers(hub, "relay")] == ["delivered"]
    with hub.store.read() as session:
        assert all(not r.package for r in session.exec(select(SyncTransfer)).all())
    carry(hub, a, usb)
    assert [t.status for t in transfer.transfers(a, "out")] == ["delivered"]
    # B's new record is B's own: it goes to the hub as B's, beside A's original (no conflict).
    assert exchange.conflicts(hub) == []


def test_transfer_needs_a_consent_naming_the_receiving_center(region) -> None:  # type: ignore[no-untyped-def]
    hub, a, b, usb = region
    carry(hub, a, usb)
    person = add_person(a, "Sam Nomove")
    _consent_to_center(a, person.id, "Some Other Place")
    with pytest.raises(RoscError) as e:
        transfer.request_transfer(a, person.id, "BBB-2")
    assert e.value.code == "transfer_needs_consent"
    assert transfer.transfers(a) == []


def test_consent_revoked_before_export_keeps_the_record_home(region) -> None:  # type: ignore[no-untyped-def]
    hub, a, b, usb = region
    carry(hub, a, usb)
    person = add_person(a, "Lee Staying")
    consent = _consent_to_center(a, person.id, "Riverside Commons")
    transfer.request_transfer(a, person.id, "BBB-2")
    a.consents.revoke(consent.id, date.today(), "changed their mind")
    report = carry(a, hub, usb)
    assert report.transfers == 0
    assert transfer.transfers(hub, "relay") == []


def _waiting_at_b(region, name: str):  # type: ignore[no-untyped-def]
    """A person at A with a consent naming B, their transfer requested and carried A → hub → B."""
    hub, a, b, usb = region
    carry(hub, a, usb)
    person = add_person(a, name)
    _consent_to_center(a, person.id, "Riverside Commons")
    sent = transfer.request_transfer(a, person.id, "BBB-2")
    carry(a, hub, usb)
    carry(hub, b, usb)
    return person, sent


def test_declined_transfer_drops_the_package_and_the_sender_learns_why(region) -> None:  # type: ignore[no-untyped-def]
    hub, a, b, usb = region
    _waiting_at_b(region, "Kim Declined")
    waiting = transfer.transfers(b, "in")[0]
    transfer.decline_transfer(b, waiting.id, "already_registered")
    assert transfer.transfers(b, "in")[0].status == "declined"
    assert all(p.preferred_name != "Kim Declined" for p in _people(b))
    with pytest.raises(RoscError):
        transfer.accept_transfer(b, waiting.id)
    carry(b, hub, usb)
    carry(hub, a, usb)
    assert [(t.status, t.reason) for t in transfer.transfers(a, "out")] == [("declined", "already_registered")]


def test_a_decline_reason_is_one_of_the_codes_that_may_travel(region) -> None:  # type: ignore[no-untyped-def]
    hub, a, b, usb = region
    _waiting_at_b(region, "Rue Declined")
    with pytest.raises(RoscError) as e:
        transfer.decline_transfer(b, transfer.transfers(b, "in")[0].id, "because I said so")
    assert e.value.code == "transfer_decline_reason"


def test_a_consent_that_expires_before_the_export_keeps_the_record_home(region) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop import clock

    hub, a, b, usb = region
    carry(hub, a, usb)
    noon = datetime.combine(date.today(), time(12, 0)).astimezone()
    with clock.frozen_at(noon):
        person = add_person(a, "Ari Expiring")
        _consent_to_center(a, person.id, "Riverside Commons", expires=date.today())
        transfer.request_transfer(a, person.id, "BBB-2")
    with clock.frozen_at(noon + timedelta(days=1)):
        assert carry(a, hub, usb).transfers == 0
        held = transfer.transfers(a, "out")[0]
    assert (held.status, held.reason) == ("pending", "transfer_consent_expired")


def test_a_package_not_sealed_by_the_sending_center_is_refused(region, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The hub relays packages; it cannot forge one, because the sender signs it with keys the hub vouched for."""
    from tests.sync import kit

    hub, a, b, usb = region
    carry(hub, a, usb)
    person = add_person(a, "Real Person")
    _consent_to_center(a, person.id, "Riverside Commons")
    transfer.request_transfer(a, person.id, "BBB-2")
    carry(a, hub, usb)
    manifest, sections = kit.open_bundle(exchange.export_bundle(hub, "BBB-2", usb).path, b)
    line = json.loads(sections["transfers.jsonl"])
    line["signature"] = line["signature"][::-1]
    forged = kit.reseal(hub, "BBB-2", tmp_path / "forged.age", manifest,
                        {**sections, "transfers.jsonl": json.dumps(line).encode() + b"\n"})
    report = exchange.import_bundle(b, forged, backup=False)
    assert report.transfers_refused == 1
    refused = transfer.transfers(b, "in")[0]
    assert (refused.status, refused.reason) == ("refused", "transfer_unverified")
    with pytest.raises(RoscError) as e:
        transfer.accept_transfer(b, refused.id)
    assert e.value.code == "transfer_not_waiting"
    assert all(p.preferred_name != "Real Person" for p in _people(b))

    # The refusal goes back: never "delivered" for a package the receiver could not open.
    carry(b, hub, usb)
    assert [(r.status, r.reason) for r in transfer.transfers(hub, "relay")] == [("refused", "transfer_unverified")]
    carry(hub, a, usb)
    assert [(t.status, t.reason) for t in transfer.transfers(a, "out")] == [("refused", "transfer_unverified")]


def _fully_populated(svc, name: str):  # type: ignore[no-untyped-def]
    """A person with every kind of row a transfer carries: goals with weights, steps, reviews, a dragged map,
    links, ratings, check-ins, follow-ups, a setback plan and event, a referral and its events, consents."""
    from rosc_desktop.services.checkins import CheckInInput, TieRatingInput
    from rosc_desktop.services.network import MemberInput, TieInput
    from rosc_desktop.services.plans import GoalInput
    from rosc_desktop.services.setback import SetbackPlanText
    from rosc_desktop.model.types import utc_now
    from tests.services.test_referrals import make_service

    person = add_person(svc, name, phone="555 0142")
    svc.intake.save(person.id, IntakeText(strengths="Plays the fiddle"), 0)
    goal = svc.goals.add(person.id, GoalInput(statement="A flat of my own", weight=2.5,
                                              levels=("street", "shelter", "room", "flat", "house")))
    svc.goals.add_step(goal.id, "Visit the housing office", helper_kind="network", helper_name="Aunt Mae")
    svc.goals.review(goal.id, date.today(), 1, "Has a room now")
    mae = svc.network.add_member(person.id, MemberInput(name="Aunt Mae", relationship="aunt", phone="555 0143"),
                                 TieInput())
    joe = svc.network.add_member(person.id, MemberInput(name="Joe", relationship="sponsor"), TieInput())
    svc.network.save_positions({mae.id: (12.75, -40.125), joe.id: (-3.5, 8.25)})  # dragged: floats
    svc.network.link_members(mae.id, joe.id)
    svc.checkins.record(person.id, CheckInInput(occurred_at=utc_now(), notes="Good week",
                                                goal_ids=(goal.id,), next_follow_up=date.today() + timedelta(days=3),
                                                tie_ratings=(TieRatingInput(mae.id, "working_well"),)))
    svc.setback.save(person.id, SetbackPlanText(warning_signs="Skipping meals", people_to_call="Aunt Mae 555 0143"),
                     0)
    svc.setback.reconvene(person.id)
    service_id = make_service(svc)
    svc.referrals.refer(person.id, service_id, "Somewhere to live")
    return person


def _rows_of(svc, pid: str) -> dict[str, int]:  # type: ignore[no-untyped-def]
    from rosc_desktop.sync.exchange import _models, _rows_of_people
    from rosc_desktop.sync.profiles import PARTICIPANT_TABLES

    models = _models()
    with svc.store.read() as session:
        return {t: len(session.exec(_rows_of_people(models[t], t, [pid], models)).all()) for t in PARTICIPANT_TABLES}


def test_a_fully_populated_person_moves_hub_relayed_with_every_row(region) -> None:  # type: ignore[no-untyped-def]
    hub, a, b, usb = region
    carry(hub, a, usb)
    person = _fully_populated(a, "Nia Whole")
    _consent_to_center(a, person.id, "Riverside Commons")
    before = _rows_of(a, person.id)
    transfer.request_transfer(a, person.id, "BBB-2")
    exported = exchange.export_bundle(a, "HUB-1", usb)
    assert exported.transfers_sent == 1 and exported.transfers_held == {}
    exchange.import_bundle(hub, exported.path, backup=False)
    carry(hub, b, usb)

    new_pid = transfer.accept_transfer(b, transfer.transfers(b, "in")[0].id)
    after = _rows_of(b, new_pid)
    # Everything arrives except the consents not naming B (only the authorising one travels) and the referral's
    # link to a service in A's own directory, which B lacks.
    expected = {**before, "consent": 1, "referral": 0, "referral_event": 0}
    assert after == expected
    goals = b.goals.for_person(new_pid)
    assert goals[0].weight == 2.5 and goals[0].reviews
    def positions(svc, pid):  # type: ignore[no-untyped-def]
        return {m.name: m.position for m in svc.network.current_members(pid)}

    assert positions(b, new_pid) == positions(a, person.id) and positions(b, new_pid)["Aunt Mae"] is not None


def test_one_package_that_cannot_be_made_never_stops_the_bundle(region, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    hub, a, b, usb = region
    carry(hub, a, usb)
    stays, goes = add_person(a, "Una Broken"), add_person(a, "Val Fine")
    for p in (stays, goes):
        _consent_to_center(a, p.id, "Riverside Commons")
        transfer.request_transfer(a, p.id, "BBB-2")
    real = transfer_sections._package_rows

    def broken_for_una(session, participant_id, *args):  # type: ignore[no-untyped-def]
        if participant_id == stays.id:
            raise ValueError("a row that cannot be encoded")
        return real(session, participant_id, *args)

    monkeypatch.setattr(transfer_sections, "_package_rows", broken_for_una)
    exported = exchange.export_bundle(a, "HUB-1", usb)
    assert exported.transfers_sent == 1 and list(exported.transfers_held.values()) == ["transfer_package_failed"]
    assert exported.changes > 0
    views = {v.participant_id: v for v in transfer.transfers(a, "out")}
    assert (views[stays.id].status, views[stays.id].reason) == ("pending", "transfer_package_failed")
    assert views[goes.id].status == "sent"


def test_a_stale_request_can_be_cancelled_and_asked_again(region) -> None:  # type: ignore[no-untyped-def]
    """Request, revoke, export (kept home), new consent, request again: the old request must not block it."""
    hub, a, b, usb = region
    carry(hub, a, usb)
    person = add_person(a, "Ola Again")
    first = _consent_to_center(a, person.id, "Riverside Commons")
    old = transfer.request_transfer(a, person.id, "BBB-2")
    a.consents.revoke(first.id, date.today())
    assert carry(a, hub, usb).transfers == 0
    stale = transfer.transfers(a, "out")[0]
    assert (stale.status, stale.reason) == ("pending", "transfer_consent_revoked")

    _consent_to_center(a, person.id, "Riverside Commons")
    with pytest.raises(RoscError) as e:
        transfer.request_transfer(a, person.id, "BBB-2")
    assert e.value.code == "transfer_already_pending"
    assert transfer.transfers(a, "out")[0].reason == "transfer_consent_revoked"  # its own consent, not the new one

    transfer.cancel_transfer(a, old.id)
    again = transfer.request_transfer(a, person.id, "BBB-2")
    assert carry(a, hub, usb).transfers == 1
    assert {v.id: v.status for v in transfer.transfers(a, "out")} == {old.id: "cancelled", again.id: "sent"}
    from rosc_desktop.model import AuditEvent

    with a.store.read() as session:
        assert session.exec(select(AuditEvent).where(AuditEvent.action == "transfer_cancelled")).one()
    with pytest.raises(RoscError) as e:
        transfer.cancel_transfer(a, old.id)
    assert e.value.code == "transfer_not_cancellable"


def test_a_transfer_cancelled_after_it_left_can_no_longer_be_accepted(region) -> None:  # type: ignore[no-untyped-def]
    hub, a, b, usb = region
    _person, sent = _waiting_at_b(region, "Pip Changed")
    transfer.cancel_transfer(a, sent.id)
    carry(a, hub, usb)
    assert [r.status for r in transfer.transfers(hub, "relay")] == ["cancelled"]
    carry(hub, b, usb)
    arrived = transfer.transfers(b, "in")[0]
    assert (arrived.status, arrived.reason) == ("cancelled", "transfer_cancelled_by_sender")
    with pytest.raises(RoscError):
        transfer.accept_transfer(b, arrived.id)
    assert all(p.preferred_name != "Pip Changed" for p in _people(b))


def test_inspect_counts_the_packages_a_bundle_carries(region) -> None:  # type: ignore[no-untyped-def]
    hub, a, b, usb = region
    carry(hub, a, usb)
    for name in ("Two One", "Two Two"):
        p = add_person(a, name)
        _consent_to_center(a, p.id, "Riverside Commons")
        transfer.request_transfer(a, p.id, "BBB-2")
    manifest = exchange.inspect(hub, exchange.export_bundle(a, "HUB-1", usb).path)
    assert manifest.section(transfer.TRANSFERS).rows == 2


def test_a_consent_revoked_after_the_package_left_takes_it_back(region) -> None:  # type: ignore[no-untyped-def]
    hub, a, b, usb = region
    carry(hub, a, usb)
    person = add_person(a, "Max Withdrawn")
    consent = _consent_to_center(a, person.id, "Riverside Commons")
    transfer.request_transfer(a, person.id, "BBB-2")
    carry(a, hub, usb)  # the package is at the hub
    a.consents.revoke(consent.id, date.today())
    carry(a, hub, usb)  # the next bundle takes it back
    assert [(t.status, t.reason) for t in transfer.transfers(a, "out")] == [("cancelled", "transfer_consent_revoked")]
    assert [r.status for r in transfer.transfers(hub, "relay")] == ["cancelled"]
    carry(hub, b, usb)
    assert transfer.transfers(b, "in") == []  # never relayed on
    assert all(p.preferred_name != "Max Withdrawn" for p in _people(b))


def test_a_person_voided_with_a_transfer_waiting_never_stops_the_export(region) -> None:  # type: ignore[no-untyped-def]
    hub, a, b, usb = region
    carry(hub, a, usb)
    person = add_person(a, "Vic Voided")
    _consent_to_center(a, person.id, "Riverside Commons")
    queued = transfer.request_transfer(a, person.id, "BBB-2")
    a.participants.void(person.id)
    exported = exchange.export_bundle(a, "HUB-1", usb)
    assert exported.transfers_held == {queued.id: "transfer_person_voided"}
    assert [t.reason for t in transfer.transfers(a, "out")] == ["transfer_person_voided"]
    transfer.cancel_transfer(a, queued.id)
    assert [t.status for t in transfer.transfers(a, "out")] == ["cancelled"]


def test_a_settled_transfer_stays_settled_whatever_a_later_bundle_says(region, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A receiver cannot turn "delivered" into "declined" later, and malformed outcomes are refused whole."""
    from tests.sync import kit

    hub, a, b, usb = region
    _person, sent = _waiting_at_b(region, "Sol Settled")
    transfer.accept_transfer(b, transfer.transfers(b, "in")[0].id)
    carry(b, hub, usb)
    assert [r.status for r in transfer.transfers(hub, "relay")] == ["delivered"]
    manifest, sections = kit.open_bundle(exchange.export_bundle(b, "HUB-1", usb).path, hub)
    changed_mind = json.dumps({"declined": {sent.id: "wrong_center"}}).encode()
    exchange.import_bundle(hub, kit.reseal(b, "HUB-1", tmp_path / "late.age", manifest,
                                           {**sections, "transfer_acks.json": changed_mind}), backup=False)
    assert [r.status for r in transfer.transfers(hub, "relay")] == ["delivered"]

    deep = ("[" * 100_000 + "]" * 100_000).encode()
    with pytest.raises(RoscError) as e:
        exchange.import_bundle(hub, kit.reseal(b, "HUB-1", tmp_path / "deep.age", manifest,
                                               {**sections, "transfer_acks.json": deep}), backup=False)
    assert e.value.code == "bundle_rows_invalid"


def test_a_package_with_ids_that_are_not_text_is_refused_not_a_crash(region, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    hub, a, b, usb = region
    carry(hub, a, usb)
    person = add_person(a, "Ida Oddids")
    _consent_to_center(a, person.id, "Riverside Commons")
    transfer.request_transfer(a, person.id, "BBB-2")
    real = transfer_sections._package_rows

    def odd_ids(*args):  # type: ignore[no-untyped-def]
        rows = real(*args)
        for row in rows:
            row["p"]["id"] = [row["p"]["id"]]  # a list where an id should be: signed and sealed all the same
        return rows

    monkeypatch.setattr(transfer_sections, "_package_rows", odd_ids)
    carry(a, hub, usb)
    report = carry(hub, b, usb)
    assert report.status == "applied" and report.transfers_refused == 1
    assert [(t.status, t.reason) for t in transfer.transfers(b, "in")] == [("refused", "transfer_incomplete")]
