"""Meeting Guide feeds: each meeting becomes a directory service with its day, time and types, under stable
ids so a feed imported again updates the same rows."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlmodel import select

from rosc_desktop.model import DirectoryLocation, DirectoryOrganization, DirectoryService, DirectoryServiceLocation
from rosc_desktop.sync import hsds
from rosc_desktop.cli import main
from rosc_desktop.sync.meeting_guide import parse_meeting_guide, read_meeting_guide
from tests.conftest import ADMIN_PASSWORD

FEED = Path(__file__).parent.parent / "data" / "meeting_guide_sample.json"
CASES = Path(__file__).parent.parent / "data" / "meeting_guide"


@pytest.fixture
def cli_directory(services, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ROSC_PASSWORD", ADMIN_PASSWORD)
    root = str(services.paths.root)
    return lambda *args: main(["--data-dir", root, "directory", *args, "--user", "ana"])


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


def test_problems_point_at_the_line_where_the_offending_meeting_starts() -> None:
    """Not at the first place its slug appears, and a meeting without a slug has a line too."""
    parsed = read_meeting_guide(CASES / "item_lines.json")
    assert [(p.code, p.line) for p in parsed.problems] == [
        ("missing_field", 4), ("bad_value", 5), ("not_a_directory_file", 8)]
    assert [s["name"] for s in parsed.services] == ["Fine"]
    assert parse_meeting_guide("{}", "feed.json", "feed").problems[0].code == "not_a_directory_file"
    broken = parse_meeting_guide('[\n{"name": "A",\n "slug": }]', "feed.json", "feed")
    assert [(p.code, p.line) for p in broken.problems] == [("malformed_file", 3)]


def test_the_same_slug_twice_keeps_the_first_warns_and_imports_the_rest(services) -> None:  # type: ignore[no-untyped-def]
    feed = CASES / "duplicate_slug.json"
    parsed = read_meeting_guide(feed)
    # The repeat with other content is named at its own line (5), with where the kept one is; the same meeting
    # written twice over is no news.
    assert [(p.code, p.line, p.warning) for p in parsed.problems] == [("duplicate_id", 5, True)]
    assert "duplicate_slug.json:2, is kept" in parsed.problems[0].detail
    assert [s["name"] for s in parsed.services] == ["First Step", "Written Twice", "Last One"]

    plan = hsds.preview_file(services, feed, "meeting-guide")
    assert plan.can_apply() and not plan.blocked and plan.counts["service"]["new"] == 3
    hsds.import_file(services, feed, "meeting-guide")
    step = next(m for m in all_rows(services, DirectoryService) if m.name == "First Step")
    assert step.schedules[0]["byday"] == "MO"


def test_types_given_as_text_or_names_become_codes() -> None:
    parsed = read_meeting_guide(CASES / "types_as_text.json")
    assert not parsed.problems
    types = {s["name"]: s["meeting_types"] for s in parsed.services}
    assert types == {"Bracketed Word": ["O"], "Comma Codes": ["C", "M"], "Quoted List": ["O", "D", "S"],
                     "Names Not Codes": ["O", "B", "X"], "Own Code": ["O", "ZZ"]}
    walk_in = {s["name"] for s in parsed.services if s["walk_in"]}
    assert walk_in == {"Bracketed Word", "Quoted List", "Names Not Codes", "Own Code"}


def test_a_postal_code_given_as_a_number_is_kept() -> None:
    parsed = read_meeting_guide(CASES / "postal_code_number.json")
    assert not parsed.problems
    postal = {loc["city"]: loc["postal_code"] for loc in parsed.locations}
    assert postal == {"Philadelphia": "19102", "Boston": "02116"}  # a US ZIP keeps its leading zero


def test_twelve_hour_times_are_read_and_a_time_that_is_none_is_refused_at_its_line() -> None:
    parsed = read_meeting_guide(CASES / "times_12_hour.json")
    times = {s["name"]: (s["schedules"][0]["opens_at"], s["schedules"][0]["closes_at"]) for s in parsed.services}
    assert times == {"Late Morning": ("11:00", "12:00"), "Evening": ("19:30", "20:45"), "Noon": ("12:00", "13:00"),
                     "Midnight": ("00:00", "01:00"), "Short Form": ("19:00", "20:00"), "Seconds": ("06:30", "07:30")}
    assert [(p.code, p.line, p.detail) for p in parsed.problems] == [("bad_value", 8, "[6]: time '13:00 PM'")]


def test_addresses_are_split_only_when_they_parse_and_otherwise_kept_whole() -> None:
    parsed = read_meeting_guide(CASES / "addresses.json")
    assert not parsed.problems
    places = {s["name"]: s["id"] for s in parsed.services}
    at = {sal["service_id"]: sal["location_id"] for sal in parsed.service_at_locations}
    locations = {loc["id"]: loc for loc in parsed.locations}

    def address(name: str) -> tuple[str, ...]:
        loc = locations[at[places[name]]]
        assert loc["location_type"] == "physical"
        return tuple(loc[k] for k in ("address_1", "city", "state_province", "postal_code", "country"))

    assert address("Spec Shape") == ("123 Main Street", "Anytown", "CA", "98765", "US")
    assert address("Comma Left Out") == ("34000 Del Obispo St", "Dana Point", "CA", "92629", "")
    assert address("Venue First") == ("St. Mark's Church, 1625 Locust St", "Philadelphia", "PA", "19103", "US")
    # No state, no postal code: nothing is guessed, the line is kept as written (the feed's own city field kept).
    assert address("Words Only") == ("Church basement behind the library, Dana Point", "Dana Point", "", "", "")
    assert address("Separate Fields Win") == ("1 Harbor Dr", "Erie", "PA", "16507", "US")  # the rest from the line
    assert address("Canada") == ("100 Queen St W", "Toronto", "ON", "M5H 2N2", "CA")


def test_online_and_hybrid_meetings_are_virtual_with_their_link_and_phone(services) -> None:  # type: ignore[no-untyped-def]
    feed = CASES / "online_and_hybrid.json"
    plan = hsds.preview_file(services, feed, "meeting-guide")
    assert plan.ok, plan.problems
    hsds.import_file(services, feed, "meeting-guide")
    meetings = {m.name: m for m in all_rows(services, DirectoryService)}
    locations = {loc.id: loc for loc in all_rows(services, DirectoryLocation)}
    where: dict[str, list[DirectoryLocation]] = {}
    for sal in all_rows(services, DirectoryServiceLocation):
        where.setdefault(sal.service_id, []).append(locations[sal.location_id])

    def kinds(name: str) -> list[tuple[str, str, str]]:
        return sorted((loc.location_type, loc.url, loc.address_1) for loc in where.get(meetings[name].id, []))

    # Online only: no physical place at all (the city it names is an area, kept in words), link and phone kept.
    online = where[meetings["Steel City Online"].id]
    assert kinds("Steel City Online") == [("virtual", "https://zoom.example/j/111", "")]
    assert online[0].description == "Passcode 2024\nArea: Pittsburgh, PA, US"
    assert not any((online[0].city, online[0].state_province, online[0].postal_code, online[0].country))
    assert [p["number"] for p in meetings["Steel City Online"].phones] == ["+16465550100,,111#"]
    # Open (O) to anyone, but online only: not offered under "walk-in".
    assert not meetings["Steel City Online"].walk_in
    assert kinds("Riverside Hybrid") == [("physical", "", "45 River Rd"), ("virtual", "https://meet.example/riverside", "")]
    # By phone only, with a town for an address: not a place to go either.
    assert kinds("Dial-In Daily") == [("virtual", "", "")]
    assert [p["number"] for p in meetings["Dial-In Daily"].phones] == ["+12155550123"]
    # No attendance_option: a link and only a town, or a room closed for now (TC), make an online meeting.
    assert kinds("Old-Style Online") == [("virtual", "https://zoom.example/j/222", "")]
    assert kinds("Closed Room, Still Online") == [("virtual", "https://zoom.example/j/333", "")]
    assert meetings["Closed Room, Still Online"].status == "active"
    assert kinds("Paused") == [("physical", "", "12 Oak St")] and meetings["Paused"].status == "temporarily closed"
    assert not any(loc.location_type == "physical" and not loc.address_1 for loc in locations.values())


def test_a_dry_run_lists_what_each_meeting_became(cli_directory, capsys) -> None:  # type: ignore[no-untyped-def]
    assert cli_directory("import", str(CASES / "online_and_hybrid.json"), "--format", "meeting-guide",
                         "--dry-run") == 0
    out = capsys.readouterr().out
    assert ("online_and_hybrid.json:2 steel-city-online 'Steel City Online': Mon 20:00-21:00; online "
            "https://zoom.example/j/111; phone +16465550100,,111#; types ONL O") in out
    assert ("online_and_hybrid.json:6 riverside-hybrid 'Riverside Hybrid': Tue 19:00-20:00; in person at Riverside "
            "Church, 45 River Rd, Easton, PA 18042, US; online https://meet.example/riverside; types HY D") in out
    assert "'Paused': Fri 10:00-11:00; in person at Old Hall, 12 Oak St, Reading, PA 19601, US; temporarily closed" in out
    assert "Dry run: nothing was changed." in out


def test_a_duplicated_slug_is_a_warning_on_the_command_line_too(cli_directory, services, capsys) -> None:  # type: ignore[no-untyped-def]
    assert cli_directory("import", str(CASES / "duplicate_slug.json"), "--format", "meeting-guide") == 0
    out = capsys.readouterr().out
    assert "duplicate_slug.json:5: warning: duplicate_id" in out and "Imported: " in out
    assert {m.name for m in all_rows(services, DirectoryService)} == {"First Step", "Written Twice", "Last One"}


def test_a_feed_of_2000_meetings_imports_whole(services) -> None:  # type: ignore[no-untyped-def]
    """Built from the hybrid case: every meeting its own slug, group and address, so nothing is shared."""
    template = json.loads((CASES / "online_and_hybrid.json").read_text())
    feed = []
    for n in range(2000):
        meeting = dict(template[n % len(template)])
        meeting.update(slug=f"meeting-{n}", group=f"Group {n % 150}", name=f"{meeting['name']} {n}")
        if "formatted_address" in meeting and meeting.get("location"):
            meeting["formatted_address"] = f"{n} Main St, Easton, PA 18042, USA"
        feed.append(meeting)
    parsed = parse_meeting_guide(json.dumps(feed, indent=1), "big.json", "big")
    assert not parsed.problems and len(parsed.services) == 2000
    plan = services.directory_import.plan(parsed, "meeting_guide")
    assert plan.counts["service"]["new"] == 2000
    result = services.directory_import.apply(plan)
    assert result.total("new") == len(parsed.services) + len(parsed.locations) + len(parsed.organizations) \
        + len(parsed.service_at_locations)
