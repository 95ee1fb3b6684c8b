"""Meeting Guide feeds as WordPress sites publish them: HTML in notes (and entities in names) read as plain text,
and a meeting that gives its day but no time keeps its day."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from rosc_desktop.cli import main
from rosc_desktop.model import DirectoryLocation, DirectoryOrganization, DirectoryService
from rosc_desktop.services.directory import OpeningHours
from rosc_desktop.sync import hsds
from rosc_desktop.sync.html_text import plain_text
from rosc_desktop.sync.meeting_guide import parse_meeting_guide
from tests.conftest import ADMIN_PASSWORD

HTML_NOTES = "<p>Entrada por la <b>puerta lateral</b>.<br>Café gratis &amp; galletas</p>"


def parse(*meetings: dict[str, Any]) -> Any:
    parsed = parse_meeting_guide(json.dumps(list(meetings), indent=1), "feed.json", "feed")
    assert not parsed.problems, parsed.problems
    return parsed


def by_name(parsed: Any) -> dict[str, dict[str, Any]]:
    return {s["name"]: s for s in parsed.services}


def all_rows(services, model):  # type: ignore[no-untyped-def]
    with services.store.read() as session:
        return list(session.exec(select(model)).all())


@pytest.fixture
def cli_directory(services, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ROSC_PASSWORD", ADMIN_PASSWORD)
    root = str(services.paths.root)
    return lambda *args: main(["--data-dir", root, "directory", *args, "--user", "ana"])


# -- HTML in free text ---------------------------------------------------------------------------------------------

def test_html_notes_become_plain_text_with_their_line_breaks() -> None:
    parsed = parse({"name": "Grupo Esperanza", "slug": "esperanza", "day": 2, "time": "19:00",
                    "location": "Iglesia", "address": "1 Main St", "city": "Erie", "notes": HTML_NOTES,
                    "location_notes": "<p>Ring the bell.</p>\n<p>Second&nbsp;floor,&nbsp;&nbsp; room 2</p>",
                    "group": "Esperanza", "group_notes": "<div>Business meeting <em>monthly</em></div>"},
                   {"name": "Online", "slug": "online", "day": 1, "time": "07:00",
                    "conference_url": "https://zoom.example/j/1", "conference_url_notes": "Passcode: <b>1234</b>",
                    "notes": "<ul><li>Cameras on</li><li>Mute &lt;unless sharing&gt;</li></ul>"})
    meeting = by_name(parsed)["Grupo Esperanza"]
    assert meeting["description"] == "Entrada por la puerta lateral.\nCafé gratis & galletas"
    place = next(loc for loc in parsed.locations if loc["location_type"] == "physical")
    assert place["description"] == "Ring the bell.\nSecond floor, room 2"
    assert parsed.organizations[0]["description"] == "Business meeting monthly"
    online = by_name(parsed)["Online"]
    assert online["description"] == "Cameras on\nMute <unless sharing>"
    link = next(loc for loc in parsed.locations if loc["location_type"] == "virtual")
    assert link["description"] == "Passcode: 1234"


def test_entities_in_names_are_read_and_ids_stay_those_of_the_names_as_written() -> None:
    written = {"name": "Fish &amp; Loaves", "slug": "fish", "day": 0, "time": "10:00", "location": "St. Mark&#039;s",
               "address": "1 Main St", "city": "Erie", "group": "Step &amp; Tradition"}
    parsed = parse(written)
    assert [s["name"] for s in parsed.services] == ["Fish & Loaves"]
    assert [loc["name"] for loc in parsed.locations] == ["St. Mark's"]
    assert [org["name"] for org in parsed.organizations] == ["Step & Tradition"]
    # The same feed with the names already plain is another place and group: the ids come from the feed's words,
    # so a feed imported before names were read keeps its rows.
    plain = parse({**written, "location": "St. Mark's", "group": "Step & Tradition"})
    assert parsed.locations[0]["id"] != plain.locations[0]["id"]
    assert parsed.organizations[0]["id"] != plain.organizations[0]["id"]
    assert parsed.services[0]["id"] == plain.services[0]["id"]  # the slug's


def test_scripts_and_styles_are_dropped_with_what_they_hold() -> None:
    notes = ("<style>p { color: red }</style><p>Welcome</p><script>alert('hi')</script>"
             "<SCRIPT type='text/javascript'>document.write('<b>x</b>')</SCRIPT><p>All are welcome</p>")
    parsed = parse({"name": "Scripted", "slug": "s", "notes": notes})
    assert parsed.services[0]["description"] == "Welcome\nAll are welcome"
    assert plain_text("Before<script>never closed") == "Before"
    assert plain_text("<img src=x onerror=alert(1)>Hi <b>there</b>") == "Hi there"


def test_text_without_html_comes_through_as_written() -> None:
    notes = "Meets < 1 hr, ages 18+ & up.\nBring <your own> mug; R&D room, Love &not hate"
    parsed = parse({"name": "A < B", "slug": "plain", "notes": notes})
    assert parsed.services[0]["name"] == "A < B"
    assert parsed.services[0]["description"] == notes
    assert plain_text("meets < 1 hr") == "meets < 1 hr"
    assert plain_text("x <y") == "x <y"
    assert plain_text("Coffee &amp; cookies") == "Coffee & cookies"  # entities alone are still read
    # Alongside HTML, a "<" that opens no tag stays as well.
    assert plain_text("meets < 1 hr<br>Bring <your own> mug") == "meets < 1 hr\nBring <your own> mug"


def test_html_spacing_and_links() -> None:
    assert plain_text("<p>A</p>\n<p>B</p>") == "A\nB"
    assert plain_text("A<br>\nB") == "A\nB"
    assert plain_text("A<br><br>B") == "A\n\nB"
    assert plain_text("First line\nsecond <strong>bold</strong>   line") == "First line\nsecond bold line"
    assert plain_text("<!-- wp:paragraph -->\n<p>Text</p>\n<!-- /wp:paragraph -->") == "Text"
    assert plain_text('Join <a href="https://zoom.example/j/9">here</a>.') == "Join here (https://zoom.example/j/9)."
    assert plain_text('<a href="https://zoom.example/j/9">https://zoom.example/j/9</a>') == "https://zoom.example/j/9"
    assert plain_text('<a href="javascript:alert(1)">click</a>') == "click"
    assert plain_text("<p>Two</p><p>lines</p>", one_line=True) == "Two lines"
    assert plain_text("<![ broken <b>bold</b>") == "<![ broken bold"


def test_an_unfinished_tag_at_the_end_is_read_in_time() -> None:
    """html.parser is quadratic in an unfinished tag at the end of the text; a hostile feed must not stall."""
    started = time.monotonic()
    text = plain_text("<p>ok</p>" + '<a b="' * 20_000)
    assert time.monotonic() - started < 2
    assert text.startswith("ok\n<a b=")


def test_html_notes_are_plain_in_the_directory_and_its_hsds_export(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps([{"name": "Grupo Esperanza", "slug": "esperanza", "day": 2, "time": "19:00",
                                 "location": "Iglesia", "address": "1 Main St", "city": "Erie",
                                 "notes": HTML_NOTES, "location_notes": "Side door<br/>Ring"}]))
    hsds.import_file(services, feed, "meeting-guide")
    [meeting] = all_rows(services, DirectoryService)
    assert services.directory.get(meeting.id).description == "Entrada por la puerta lateral.\nCafé gratis & galletas"
    assert [loc.description for loc in all_rows(services, DirectoryLocation)] == ["Side door\nRing"]
    out = tmp_path / "export.json"
    hsds.export_file(services, out, "hsds-json")
    assert [s["description"] for s in hsds.read_json(out).services] == [
        "Entrada por la puerta lateral.\nCafé gratis & galletas"]


# -- a day without a time ------------------------------------------------------------------------------------------

def test_a_day_without_a_time_keeps_its_day_and_a_day_with_a_time_is_as_before() -> None:
    parsed = parse({"name": "Wednesday", "slug": "wed", "day": "3"},
                   {"name": "Two Days", "slug": "two", "day": [5, "1"], "time": ""},
                   {"name": "End Only", "slug": "end", "day": 4, "end_time": "20:00"},
                   {"name": "Timed", "slug": "timed", "day": "3", "time": "19:00"},
                   {"name": "Neither", "slug": "neither"})
    when = {name: [(s["freq"], s["byday"], s.get("opens_at"), s.get("closes_at")) for s in m["schedules"]]
            for name, m in by_name(parsed).items()}
    assert when == {"Wednesday": [("WEEKLY", "WE", None, None)], "Two Days": [("WEEKLY", "MO,FR", None, None)],
                    "End Only": [("WEEKLY", "TH", None, None)],  # a closing time alone is no time
                    "Timed": [("WEEKLY", "WE", "19:00", "20:00")], "Neither": []}


def test_a_day_without_a_time_shows_in_the_directory_the_dry_run_and_the_export(  # type: ignore[no-untyped-def]
        services, cli_directory, capsys, tmp_path: Path) -> None:
    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps([{"name": "Midweek", "slug": "midweek", "day": "3", "location": "Hall",
                                 "address": "1 Main St", "city": "Erie"},
                                {"name": "Timed", "slug": "timed", "day": 3, "time": "19:00", "address": "2 Main St",
                                 "city": "Erie"}], indent=1))
    assert cli_directory("import", str(feed), "--format", "meeting-guide", "--dry-run") == 0
    out = capsys.readouterr().out
    assert "feed.json:2 midweek 'Midweek': Wed (time not given); in person at Hall, 1 Main St, Erie" in out
    assert "feed.json:10 timed 'Timed': Wed 19:00-20:00; in person at 2 Main St, Erie" in out
    assert "no day or time" not in out

    hsds.import_file(services, feed, "meeting-guide")
    meetings = {m.name: m for m in all_rows(services, DirectoryService)}
    assert services.directory.get(meetings["Midweek"].id).hours == (OpeningHours(("WE",), None, None),)
    assert services.directory.get(meetings["Timed"].id).hours[0].opens_at is not None
    assert {o.name for o in all_rows(services, DirectoryOrganization)} == {"feed"}

    out_file = tmp_path / "export.json"
    hsds.export_file(services, out_file, "hsds-json")
    schedules = {s["name"]: s["schedules"] for s in hsds.read_json(out_file).services}
    assert [(s["byday"], s.get("opens_at"), s.get("closes_at")) for s in schedules["Midweek"]] == [("WE", None, None)]


def test_days_written_as_english_names_are_read() -> None:
    """The specification says 0-6; some feeds write "Sunday" or "Tue". They were refused as unreadable rows."""
    meetings = [{"name": f"M{i}", "slug": f"m{i}", "day": day, "time": "19:00", "address": "1 Main St", "city": "Erie"}
                for i, day in enumerate(["Sunday", "tue", ["Mon", "Friday"], " Saturday ", 3, "Tues", "Thurs",
                                         "Weds", "Th."])]
    parsed = parse_meeting_guide(json.dumps(meetings), "feed.json", "feed")
    assert not [p for p in parsed.problems if not p.warning]
    days = {s["name"]: s["schedules"][0]["byday"] for s in parsed.records("service")}
    assert days == {"M0": "SU", "M1": "TU", "M2": "MO,FR", "M3": "SA", "M4": "WE", "M5": "TU", "M6": "TH",
                    "M7": "WE", "M8": "TH"}
    for unclear in ("Someday", "T", "S"):  # "T" and "S" could be either of two days: refused, not guessed
        bad = parse_meeting_guide(json.dumps([{**meetings[0], "day": unclear}]), "feed.json", "feed")
        assert [p.code for p in bad.problems] == ["bad_value"], unclear


@pytest.mark.parametrize("text", ["The <Big Book> study", "Meets in the <Main> hall", "Room <A>", "Meets <S>aturdays",
                                  "Bring <your own> mug & a friend"])
def test_words_in_angle_brackets_are_not_taken_for_tags(text: str) -> None:
    """A tag's name in angle brackets ("<Big Book>": "big" is an old HTML tag) with no other markup around it is
    the writer's words: it was deleted ("The study")."""
    assert plain_text(text) == text


@pytest.mark.parametrize("copy", ["meetings (1).json", "meetings (2) (1).json", "meetings - Copy.json",
                                  "meetings - Copy (2).json", "meetings copy 2.json", "Meetings copy.json"])
def test_a_second_download_of_a_feed_updates_its_meetings_rather_than_adding_them_again(copy: str) -> None:
    """Ids come from the feed's name, which was the file's: a browser's second download ("meetings (1).json")
    made every meeting new, twice over in the Directory."""
    from pathlib import Path

    from rosc_desktop.sync.meeting_guide import feed_name

    assert feed_name(Path(copy)).casefold() == "meetings"
    assert feed_name(Path("district-1 meetings.json")) == "district-1 meetings"  # a name's own number stays


def test_the_same_feed_downloaded_again_is_unchanged(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    meetings = [{"name": "Serenity Sunrise", "slug": "serenity-sunrise", "day": 0, "time": "07:00",
                 "address": "1 Main St", "city": "Erie"}]
    first, again = tmp_path / "meetings.json", tmp_path / "meetings (1).json"
    for path in (first, again):
        path.write_text(json.dumps(meetings))
    hsds.import_file(services, first, "meeting-guide")
    plan = hsds.preview_file(services, again, "meeting-guide")
    assert plan.total("new") == 0 and plan.total("unchanged") >= 3, plan.counts
