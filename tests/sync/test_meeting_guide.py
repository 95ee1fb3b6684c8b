"""Meeting Guide feeds: each meeting becomes a directory service with its day, time and types, under stable
ids so a feed imported again updates the same rows."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from sqlmodel import select

from rosc_desktop.model import DirectoryLocation, DirectoryOrganization, DirectoryService, DirectoryServiceLocation
from rosc_desktop.sync import hsds
from rosc_desktop.sync.meeting_guide import parse_meeting_guide

FEED = Path(__file__).parent.parent / "data" / "meeting_guide_sample.json"


def all_rows(services, model):  # type: ignore[no-untyped-def]
    with services.store.read() as session:
        return list(session.exec(select(model)).all())


def test_a_feed_becomes_meetings_with_day_time_and_types(services) -> None:  # type: ignore[no-untyped-def]
    plan = hsds.preview_file(services, FEED, "meeting-guide")
    assert plan.ok and plan.counts["service"]["new"] == 2
    assert plan.unknown_fields == {"meeting.color"}
    hsds.import_file(services, FEED, "meeting-guide")

    meetings = {m.name: m for m in all_rows(services, DirectoryService)}
    sunday = meetings["Sunday Serenity"]
    assert sunday.source == "meeting_guide" and sunday.owner_site == "HL-01"
    assert [(s["freq"], s["byday"], s["opens_at"], s["closes_at"]) for s in sunday.schedules] == [
        ("WEEKLY", "SU", "18:00", "19:30")]
    assert sunday.meeting_types == ["O", "D", "X", "S"]
    assert "Mutual-aid meetings" in sunday.categories and sunday.walk_in and sunday.is_free
    assert [lang["code"] for lang in sunday.languages] == ["es"]
    online = meetings["Women's Online Step Study"]
    # No end time: the spec's default of one hour.
    assert [(s["byday"], s["opens_at"], s["closes_at"]) for s in online.schedules] == [("MO,WE,FR", "07:00", "08:00")]
    assert online.meeting_types == ["C", "W", "ST", "EN"] and not online.walk_in  # closed: not walk-in
    assert online.phones[0]["number"].startswith("+1312")

    locations = {loc.id: loc for loc in all_rows(services, DirectoryLocation)}
    links = {(sal.service_id, locations[sal.location_id].location_type)
             for sal in all_rows(services, DirectoryServiceLocation)}
    assert links == {(sunday.id, "physical"), (online.id, "virtual")}
    physical = next(loc for loc in locations.values() if loc.location_type == "physical")
    assert (physical.name, physical.address_1, physical.city, physical.state_province, physical.postal_code) == (
        "Alano Club", "123 Main Street", "Anytown", "CA", "98765")
    virtual = next(loc for loc in locations.values() if loc.location_type == "virtual")
    assert virtual.url == "https://meet.example/j/123456789"
    assert {o.name for o in all_rows(services, DirectoryOrganization)} == {"Serenity Group", "meeting_guide_sample"}


def test_reimporting_the_feed_keeps_the_same_ids(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    hsds.import_file(services, FEED, "meeting-guide")
    ids = {m.name: m.id for m in all_rows(services, DirectoryService)}
    again = hsds.preview_file(services, FEED, "meeting-guide")
    assert again.total("new") == again.total("updated") == 0

    # The same feed saved under another name keeps its ids when the feed is named.
    renamed = tmp_path / "downloaded-today.json"
    data = json.loads(FEED.read_text())
    data[0]["time"] = "18:30"
    renamed.write_text(json.dumps(data))
    plan = hsds.preview_file(services, renamed, "meeting-guide", feed="meeting_guide_sample")
    assert plan.counts["service"] == {"new": 0, "updated": 1, "unchanged": 1}
    hsds.import_file(services, renamed, "meeting-guide", feed="meeting_guide_sample")
    after = {m.name: m for m in all_rows(services, DirectoryService)}
    assert {name: m.id for name, m in after.items()} == ids
    assert after["Sunday Serenity"].schedules[0]["opens_at"] == "18:30"

    # Without the feed name, another file is another feed.
    other = tmp_path / "other-feed.json"
    shutil.copy(FEED, other)
    assert hsds.preview_file(services, other, "meeting-guide").counts["service"]["new"] == 2


def test_meetings_survive_an_hsds_round_trip_with_their_types(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    hsds.import_file(services, FEED, "meeting-guide")
    out = tmp_path / "dir.json"
    hsds.export_file(services, out, "hsds-json")
    parsed = hsds.read_json(out)
    types = {s["name"]: s["meeting_types"] for s in parsed.services}
    assert types["Sunday Serenity"] == ["O", "D", "X", "S"]


def test_meetings_without_name_or_slug_or_with_a_bad_time_are_reported_by_line() -> None:
    feed = ('[\n {"name": "Fine", "slug": "fine", "day": 2, "time": "19:00"},\n'
            ' {"name": "No slug", "day": 2},\n'
            ' {"name": "Late", "slug": "late",\n  "day": 9, "time": "25:00"}\n]')
    parsed = parse_meeting_guide(feed, "feed.json", "feed")
    assert [(p.code, p.line) for p in parsed.problems] == [("missing_field", None), ("bad_value", 4)]
    assert [s["name"] for s in parsed.services] == ["Fine"]
    assert parse_meeting_guide("{}", "feed.json", "feed").problems[0].code == "not_a_directory_file"
    broken = parse_meeting_guide('[\n{"name": "A",\n "slug": }]', "feed.json", "feed")
    assert [(p.code, p.line) for p in broken.problems] == [("malformed_file", 3)]


def test_the_same_slug_twice_with_different_meetings_refuses_the_feed() -> None:
    feed = json.dumps([{"name": "A", "slug": "x", "day": 1, "time": "10:00"},
                       {"name": "B", "slug": "x", "day": 2, "time": "11:00"}], indent=1)
    parsed = parse_meeting_guide(feed, "feed.json", "feed")
    assert [p.code for p in parsed.problems] == ["duplicate_id"]
