"""A person moving between centers: the record travels center → hub → center with its consent and notice."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from rosc_desktop.errors import RoscError
from rosc_desktop.model import Participant, SyncTransfer
from rosc_desktop.services.consents import PART2_NOTICE, ConsentInput
from rosc_desktop.services.intake import IntakeText
from rosc_desktop.store import migrate
from rosc_desktop.sync import exchange, transfer
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
    assert [c.recipient_name for c in b.consents.list(new_pid)] == ["Riverside Commons"]
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


def test_declined_transfer_drops_the_package(region) -> None:  # type: ignore[no-untyped-def]
    hub, a, b, usb = region
    carry(hub, a, usb)
    person = add_person(a, "Kim Declined")
    _consent_to_center(a, person.id, "Riverside Commons")
    transfer.request_transfer(a, person.id, "BBB-2")
    carry(a, hub, usb)
    carry(hub, b, usb)
    waiting = transfer.transfers(b, "in")[0]
    transfer.decline_transfer(b, waiting.id)
    assert transfer.transfers(b, "in")[0].status == "declined"
    assert all(p.preferred_name != "Kim Declined" for p in _people(b))
    with pytest.raises(RoscError):
        transfer.accept_transfer(b, waiting.id)


def test_a_consent_that_expires_before_the_export_keeps_the_record_home(region, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    hub, a, b, usb = region
    carry(hub, a, usb)
    person = add_person(a, "Ari Expiring")
    _consent_to_center(a, person.id, "Riverside Commons", expires=date.today())
    transfer.request_transfer(a, person.id, "BBB-2")
    import rosc_desktop.services.consents as consents_module

    class Tomorrow(date):
        @classmethod
        def today(cls):  # type: ignore[no-untyped-def]
            return date.today() + timedelta(days=1)

    monkeypatch.setattr(consents_module, "date", Tomorrow)
    assert carry(a, hub, usb).transfers == 0


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
    exchange.import_bundle(b, forged, backup=False)
    waiting = transfer.transfers(b, "in")[0]
    with pytest.raises(RoscError) as e:
        transfer.accept_transfer(b, waiting.id)
    assert e.value.code == "transfer_unverified"
    assert all(p.preferred_name != "Real Person" for p in _people(b))
