"""`rosc-desktop report`: the center's measures in a terminal, as CSV for a spreadsheet, and as a PDF for a board.

The records are tests/services/test_measures.py's hand-counted month; `main()` runs in this process.
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest
from pypdf import PdfReader

from rosc_desktop.cli import main
from rosc_desktop.services.measures import MEASURES
from tests.conftest import ADMIN_PASSWORD
from tests.services.test_measures import FIRST, LAST, month  # noqa: F401 (the fixture)


@pytest.fixture
def run(services, paths, month, monkeypatch, capsys):  # type: ignore[no-untyped-def]  # noqa: F811
    """`main()` for the fixture's center (admin 'ana') once its month is recorded: (exit code, stdout, stderr)."""
    services.close()
    monkeypatch.setenv("ROSC_PASSWORD", ADMIN_PASSWORD)

    def call(*args: str, user: str = "ana") -> tuple[int, str, str]:
        try:
            code = main(["--data-dir", str(paths.root), *args, "--user", user])
        except SystemExit as stop:  # what the console script turns into its exit code
            code = int(stop.code or 0)
        out, err = capsys.readouterr()
        return code, out, err

    return call


def period() -> list[str]:
    return ["--from", FIRST.isoformat(), "--to", LAST.isoformat()]


def test_the_table_shows_each_measure_its_figure_and_the_people_it_rests_on(run) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run("report", *period())
    assert code == 0, err
    lines = [" ".join(line.split()) for line in out.splitlines()]
    assert f"Report, {FIRST.isoformat()} to {LAST.isoformat()}" in lines
    assert "People served 7" in lines and "Enrolled people 2" in lines
    assert "Visits by people not enrolled or not named 5" in lines
    assert "BARC-10 change (average) +10.0 1 person" in lines
    assert "Days to connection (median) 10.0 1 referral" in lines  # a median of referrals, as the screen says
    assert all(any(line.startswith(m.title) for line in lines) for m in MEASURES)


def test_csv_has_a_row_per_measure_and_breakdown_item(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run("report", *period(), "--csv")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == ["measure", "title", "breakdown", "first", "last", "value", "rests_on"]
    whole = {r["measure"]: r for r in rows if not r["breakdown"]}
    assert list(whole) == [m.code for m in MEASURES]
    assert whole["people_served"]["value"] == "7" and whole["attendance"]["value"] == "7"
    assert whole["barc10_change"]["value"] == "10" and whole["barc10_change"]["rests_on"] == "1"
    assert {(r["first"], r["last"]) for r in rows} == {(FIRST.isoformat(), LAST.isoformat())}
    parts = {(r["measure"], r["breakdown"]): r["value"] for r in rows if r["breakdown"]}
    assert parts[("people_served", "anonymous_visits")] == "5"
    assert parts[("attendance", "group")] == "4" and parts[("attendance", "drop_in")] == "3"
    assert parts[("contacts", "phone")] == "1"

    target = tmp_path / "november.csv"
    code, out, err = run("report", *period(), "--csv", str(target))
    assert code == 0 and f"Written: {target}" in out
    assert list(csv.DictReader(target.open(encoding="utf-8"))) == rows
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".part")]  # written whole, nothing left beside it


def test_pdf_in_spanish_with_a_note(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "report.pdf"
    code, out, err = run("report", "--month", "2026-11", "--pdf", str(target), "--lang", "es",
                         "--note", "Un mes con mucha gente nueva.")
    assert code == 0, err
    assert "Report, 2026-11-01 to 2026-11-30" in out and f"Written: {target}" in out
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Noviembre 2026" in " ".join(text.split()) and "Un mes con mucha gente nueva." in text


def test_bad_periods_say_what_is_wrong_with_exit_2(run) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run("report", "--from", LAST.isoformat(), "--to", FIRST.isoformat())
    assert code == 2 and "is before --from" in err
    code, _, err = run("report", "--from", FIRST.isoformat())
    assert code == 2 and "give a period" in err
    code, _, err = run("report", "--month", "2026-11", "--to", LAST.isoformat())
    assert code == 2 and "not both" in err
    code, _, err = run("report", "--month", "November")
    assert code == 2 and "not a month like 2026-11" in err
    code, _, err = run("report", "--from", "2026-13-01", "--to", "2026-12-31")
    assert code == 2 and "not a date like 2026-11-30" in err
    code, _, err = run("report", *period(), "--pdf", "/no/such/folder/report.pdf")
    assert code == 2 and "does not exist" in err
    code, _, err = run("report", *period(), "--site", "BBB-2")
    assert code == 2 and "for a site set up as a hub" in err


def test_a_peer_specialist_is_refused(run, paths) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.services.session import sign_in

    admin = sign_in(paths, "ana", ADMIN_PASSWORD, make_backup=False)
    try:
        admin.accounts.create_staff("lee", "Lee Park", "peer_specialist", ADMIN_PASSWORD)
    finally:
        admin.close()
    code, out, err = run("report", *period(), user="lee")
    assert code == 2 and "A peer specialist may not see the center's reports" in err and out == ""


def test_at_a_hub_site_narrows_to_one_center_and_agrees_with_the_centers_own(tmp_path: Path, monkeypatch,  # type: ignore[no-untyped-def]
                                                                              capsys) -> None:
    from datetime import datetime, timezone

    from rosc_desktop.services.checkins import CheckInInput
    from tests.sync.sites import add_person, carry, link, make_site

    hub = make_site(tmp_path, "HUB-1", is_hub=True, name="Region Hub")
    center = make_site(tmp_path, "HL-01", name="Harbor Light")
    try:
        link(center, hub)
        person = add_person(center, "Dana Example")
        center.checkins.record(person.id, CheckInInput(occurred_at=datetime(2026, 10, 15, 15, tzinfo=timezone.utc)))
        usb = tmp_path / "usb"
        usb.mkdir()
        carry(center, hub, usb)
    finally:
        center.close()
        hub.close()
    monkeypatch.setenv("ROSC_PASSWORD", ADMIN_PASSWORD)

    def run(site: str, *args: str) -> str:
        assert main(["--data-dir", str(tmp_path / site), *args, "--user", "admin"]) == 0
        return capsys.readouterr().out

    own = run("HL-01", "report", "--month", "2026-10", "--csv")
    assert run("HUB-1", "report", "--month", "2026-10", "--csv", "--site", "HL-01") == own
    assert "Report for Harbor Light, 2026-10-01 to 2026-10-31" in run("HUB-1", "report", "--month", "2026-10",
                                                                       "--site", "HL-01")
    table = run("HUB-1", "hub", "report", "--month", "2026-10").splitlines()
    assert table[0] == "Hub report 2026-10-01 to 2026-10-31: 1 center(s)"
    assert table[1].split()[:4] == ["Center", "Served", "New", "Contacts"]
    assert table[2].split()[:4] == ["HL-01", "1", "0", "1"] and table[3].split()[0] == "Total"
    assert main(["--data-dir", str(tmp_path / "HUB-1"), "report", "--month", "2026-10", "--site", "XX-9",
                 "--user", "admin"]) == 2
    assert "XX-9 is not enrolled here yet" in capsys.readouterr().err
