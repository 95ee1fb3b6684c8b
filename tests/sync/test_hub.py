"""Hub mode: the hub's directory and partners reach its centers; it reports across centers; it sees each one."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlmodel import select

from rosc_desktop.errors import RoscError
from rosc_desktop.model import DirectoryService as ServiceRow
from rosc_desktop.services.checkins import CheckInInput
from rosc_desktop.services.directory import PartnerInput
from rosc_desktop.sync import exchange, hsds, hub as hub_mode, keys
from tests.sync.sites import add_person, carry, open_region

SAMPLE = Path(__file__).parent.parent / "data" / "hsds_sample.json"


@pytest.fixture
def region(tmp_path: Path):  # type: ignore[no-untyped-def]
    yield from open_region(tmp_path)


def _services(svc) -> list[ServiceRow]:  # type: ignore[no-untyped-def]
    with svc.store.read() as session:
        return list(session.exec(select(ServiceRow)).all())


def test_hub_directory_and_partners_reach_each_center_read_only(region) -> None:  # type: ignore[no-untyped-def]
    hub, a, b, usb = region
    hsds.import_file(hub, SAMPLE, "hsds-json", "hub")
    hub.directory.save_partner(PartnerInput(name="Bayview Clinic", agreement_on_file=True))
    at_hub = {s.id: s.name for s in _services(hub)}
    assert at_hub
    report = carry(hub, a, usb)
    assert report.new >= len(at_hub) + 1
    assert {s.id: s.name for s in _services(a)} == at_hub
    assert all(s.owner_site == "HUB-1" for s in _services(a))
    assert [p.name for p in a.directory.partners()] == ["Bayview Clinic"]
    # A center cannot edit what the hub owns: change capture refuses it.
    with pytest.raises(RoscError) as e, a.store.write() as session:
        row = session.exec(select(ServiceRow)).first()
        row.name = "Renamed here"
        session.add(row)
    assert e.value.code == "not_owner"
    # The second center gets the same, and the hub's edits follow in the next bundle.
    carry(hub, b, usb)
    hub.directory.save_partner(PartnerInput(name="Bayview Clinic", agreement_on_file=False),
                               hub.directory.partners()[0].id, hub.directory.partners()[0].version)
    carry(hub, a, usb)
    assert a.directory.partners()[0].agreement_on_file is False


def test_hub_reports_per_center_and_in_total(region) -> None:  # type: ignore[no-untyped-def]
    hub, a, b, usb = region
    when = datetime.now(timezone.utc) - timedelta(days=1)
    for svc, people in ((a, 3), (b, 2)):
        for i in range(people):
            person = add_person(svc, f"Person {i}")
            svc.checkins.record(person.id, CheckInInput(occurred_at=when))
        carry(svc, hub, usb)
    start, end = when.date() - timedelta(days=2), date.today()
    report = hub_mode.center_report(hub, start, end)
    by_site = {c.site_code: c.report.figures for c in report.centers}
    assert by_site["AAA-1"]["people_served"].value == 3 and by_site["AAA-1"]["contacts"].value == 3
    assert by_site["BBB-2"]["people_served"].value == 2
    assert report.total.figures["people_served"].value == 5 and report.total.figures["contacts"].value == 5
    # The counts need no consent: no one here consented, and no name reached the hub.
    assert {c.name for c in report.centers} == {"Harbor Light", "Riverside Commons"}
    with pytest.raises(RoscError) as e:
        hub_mode.center_report(a, start, end)
    assert e.value.code == "hub_mode_required"


def test_hub_sees_each_centers_last_bundle_and_health(region) -> None:  # type: ignore[no-untyped-def]
    hub, a, b, usb = region
    add_person(a, "Someone")
    carry(a, hub, usb)
    statuses = {s.site_code: s for s in exchange.peer_statuses(hub)}
    assert statuses["AAA-1"].applied_seq > 0 and statuses["AAA-1"].last_import_at is not None
    assert statuses["AAA-1"].last_status == "applied"
    assert statuses["BBB-2"].applied_seq == 0 and statuses["BBB-2"].last_import_at is None
    # Acknowledgements travel back: after the hub's bundle, the center knows everything arrived.
    carry(hub, a, usb)
    center_view = exchange.peer_statuses(a)[0]
    assert center_view.unacknowledged == 0
    assert [log.status for log in exchange.bundle_log(a) if log.direction == "out"] == ["acknowledged"]


def test_hub_mode_only_before_enrolment(region) -> None:  # type: ignore[no-untyped-def]
    hub, a, b, usb = region
    assert keys.peers(a)
    with pytest.raises(RoscError) as e:
        hub_mode.set_hub_mode(a, True)
    assert e.value.code == "hub_mode_after_enrolment"
    assert not hub_mode.is_hub(a) and hub_mode.is_hub(hub)


def test_a_center_cannot_attach_records_to_another_centers_people(region, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A correctly signed bundle from center A may add rows only to A's own participants at the hub."""
    from rosc_desktop.services.plans import GoalInput
    from tests.sync import kit

    hub, a, b, usb = region
    theirs = add_person(b, "Belongs To B")
    carry(b, hub, usb)
    mine = add_person(a, "Belongs To A")
    a.goals.add(mine.id, GoalInput(statement="A's goal", domain="housing"))
    manifest, sections = kit.open_bundle(exchange.export_bundle(a, "HUB-1", usb).path, hub)
    rows = kit.lines(sections["changes.jsonl.gz"])
    for row in rows:
        if row["t"] == "goal":
            row["p"]["participant_id"] = theirs.id
    forged = kit.reseal(a, "HUB-1", tmp_path / "forged.age", manifest,
                        {**sections, "changes.jsonl.gz": kit.gz_lines(rows)})
    report = exchange.import_bundle(hub, forged, backup=False)
    assert report.conflicts == 1
    assert [c.kind for c in exchange.conflicts(hub)] == ["not_owner"]
    with hub.store.read() as session:
        from rosc_desktop.model import Goal

        assert session.exec(select(Goal).where(Goal.participant_id == theirs.id)).all() == []


def test_a_centers_own_details_reach_the_hub_with_its_next_bundle(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Address, phone and hours set at the center travel in a section of their own (no participant data)."""
    from rosc_desktop.sync import exchange
    from tests.sync.sites import CENTER, HUB, open_pair

    for hub, center, usb in open_pair(tmp_path):
        center.accounts.set_center_details(address="12 Pier Road\nPortland ME", phone="207 555 0100",
                                           hours="Mon–Fri 9–5")
        exchange.import_bundle(hub, exchange.export_bundle(center, HUB, usb).path)
        seen = {p.site_code: p.details for p in exchange.peer_statuses(hub)}[CENTER]
        assert (seen["phone"], seen["address"], seen["hours"]) == ("207 555 0100", "12 Pier Road\nPortland ME",
                                                                   "Mon–Fri 9–5")
