"""Hostile directory files: zip bombs whose entries lie about their size, bad checksums, JSON nested thousands
deep, lone surrogates, numbers no column can hold, wrong types, and names carrying control or direction
characters. Each is refused with a problem that has a sentence (or, for names, cleaned), through the service
and through `rosc-desktop directory import`: never a traceback, never half an import."""

from __future__ import annotations

import json
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from sqlmodel import select

from rosc_desktop.cli import main
from rosc_desktop.model import DirectoryLocation, DirectoryOrganization, DirectoryService
from rosc_desktop.sync import hsds
from rosc_desktop.ui.messages import message_for
from tests.conftest import ADMIN_PASSWORD
from tests.sync.fuzzkit import Member, bomb_member, lying_zip, package_members

DATA = Path(__file__).parent.parent / "data"
SAMPLE = DATA / "hsds_sample.json"
FEED = DATA / "meeting_guide_sample.json"
PEER_COACHING = "8b0f3a0e-4c7e-4a51-9d7c-1f5a2b6c9d01"


@pytest.fixture
def cli(services, monkeypatch, capsys):  # type: ignore[no-untyped-def]
    """`rosc-desktop directory import FILE ...` in this process: (exit code, everything it printed)."""
    monkeypatch.setenv("ROSC_PASSWORD", ADMIN_PASSWORD)

    def run(path: Path, *args: str) -> tuple[int, str]:
        code = main(["--data-dir", str(services.paths.root), "directory", "import", str(path), *args,
                     "--user", "ana"])
        out, err = capsys.readouterr()
        return code, out + err

    return run


def directory(services) -> dict[str, set[str]]:  # type: ignore[no-untyped-def]
    with services.store.read() as session:
        return {model.__tablename__: {row.name for row in session.exec(select(model)).all()}
                for model in (DirectoryOrganization, DirectoryService, DirectoryLocation)}


def sample() -> list[dict]:  # type: ignore[type-arg]
    return json.loads(SAMPLE.read_text())


def write_json(path: Path, document: object) -> Path:
    path.write_text(json.dumps(document, indent=2))
    return path


def refused_with(services, path: Path, fmt: str, code: str) -> None:  # type: ignore[no-untyped-def]
    plan = hsds.preview_file(services, path, fmt)
    assert plan.blocked and [p.code for p in plan.problems] == [code]
    assert message_for(code, {}) != message_for("no such code", {})  # a sentence of its own


# -- zips --------------------------------------------------------------------------------------------------------

def test_a_zip_bomb_whose_entry_claims_100_bytes_is_refused_without_unpacking_it(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    files = package_members()
    members = [Member(name, data) for name, data in files.items() if name != "services.csv"]
    members.append(bomb_member("services.csv", 150, declared_size=100))
    bomb = tmp_path / "directory.zip"
    bomb.write_bytes(lying_zip(members))
    assert bomb.stat().st_size < 1024 * 1024
    tracemalloc.start()
    try:
        parsed = hsds.read_package(bomb)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [p.code for p in parsed.problems] == ["archive_unreadable"]
    assert peak < 20 * 1024 * 1024  # the 150 MB inside were never held
    assert directory(services) == {"directory_organization": set(), "directory_service": set(),
                                   "directory_location": set()}


def test_a_zip_that_unpacks_beyond_the_limit_or_holds_too_many_files_is_refused(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    files = package_members()
    honest = tmp_path / "big.zip"
    honest.write_bytes(lying_zip([*(Member(n, d) for n, d in files.items() if n != "services.csv"),
                                  bomb_member("services.csv", 60)]))
    assert hsds.read_package(honest).problems[0].code in ("file_too_large", "archive_too_large")
    crowded = tmp_path / "crowded.zip"
    crowded.write_bytes(lying_zip([*(Member(n, d) for n, d in files.items()),
                                   *(Member(f"extra/{i}.csv", b"id\r\n") for i in range(600))]))
    refused_with(services, crowded, "hsds-package", "archive_too_large")


@pytest.mark.parametrize("change", ["bad_crc", "bzip2", "encrypted"])
def test_a_damaged_or_unusual_zip_is_refused_with_a_sentence(cli, services, tmp_path: Path, change: str) -> None:  # type: ignore[no-untyped-def]
    members = [Member(name, data) for name, data in package_members().items()]
    victim = next(m for m in members if m.name == "organizations.csv")
    if change == "bad_crc":
        victim.crc = 0x12345678
    elif change == "bzip2":
        victim.method = zipfile.ZIP_BZIP2
    else:
        victim.flags |= 0x1
    path = tmp_path / "directory.zip"
    path.write_bytes(lying_zip(members))
    refused_with(services, path, "hsds-package", "archive_unreadable")
    code, printed = cli(path)
    assert code == 2 and "Traceback" not in printed
    assert message_for("archive_unreadable", {}) in printed and "Nothing imported" in printed
    assert directory(services)["directory_service"] == set()


def test_a_byte_flipped_in_a_zip_member_is_refused_not_a_traceback(cli, services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "directory.zip"
    hsds.write_package(hsds.read_json(SAMPLE), path)
    raw = bytearray(path.read_bytes())
    info = zipfile.ZipFile(path).getinfo("services.csv")
    raw[info.header_offset + 30 + len("services.csv") + 20] ^= 0xFF  # inside the deflated data
    path.write_bytes(bytes(raw))
    code, printed = cli(path)
    assert code == 2 and message_for("archive_unreadable", {}) in printed and "Traceback" not in printed
    assert directory(services)["directory_service"] == set()


# -- JSON --------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["hsds-json", "meeting-guide", "hsds-package"])
def test_json_nested_thousands_deep_is_refused(cli, services, tmp_path: Path, fmt: str) -> None:  # type: ignore[no-untyped-def]
    bomb = b"[" * 100_000 + b"]" * 100_000
    if fmt == "hsds-package":
        path = tmp_path / "directory.zip"
        path.write_bytes(lying_zip([Member(n, bomb if n == "datapackage.json" else d)
                                    for n, d in package_members().items()]))
    else:
        path = tmp_path / "directory.json"
        path.write_bytes(bomb)
    refused_with(services, path, fmt, "nesting_too_deep")
    code, printed = cli(path, "--format", fmt)
    assert code == 2 and message_for("nesting_too_deep", {}) in printed and "Traceback" not in printed


def test_depth_inside_a_real_file_names_its_line(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    document = sample()
    deep: object = "x"
    for _ in range(60):
        deep = [deep]
    document[0]["services"][0]["phones"][0]["extension"] = deep
    path = write_json(tmp_path / "deep.json", document)
    plan = hsds.preview_file(services, path, "hsds-json")
    [problem] = plan.problems
    assert problem.code == "nesting_too_deep" and plan.blocked
    lines = path.read_text().splitlines()
    extension = next(i for i, line in enumerate(lines, 1) if '"extension"' in line)
    assert extension < problem.line <= extension + 60 and lines[problem.line - 1].strip() == "["


def test_a_lone_surrogate_stops_the_dry_run_and_the_import_naming_the_line_not_the_text(cli, services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    document = sample()
    document[0]["services"][0]["name"] = "Secretive\ud800Coaching"
    path = tmp_path / "surrogate.json"
    path.write_text(json.dumps(document, indent=2))  # ensure_ascii: the file holds the escape "\ud800"
    line = next(i for i, text in enumerate(path.read_text().splitlines(), 1) if "\\ud800" in text)
    for args in (["--dry-run"], [], ["--skip-unreadable"]):
        code, printed = cli(path, *args)
        assert code == 2 and "Traceback" not in printed
        # The file and line, then what is wrong in words: never the text itself.
        assert f"surrogate.json:{line}: {message_for('text_not_unicode', {})}" in printed
        assert "Secretive" not in printed
    assert directory(services)["directory_service"] == set()
    feed = json.loads(FEED.read_text())
    feed[1]["name"] = "\udc00"
    refused_with(services, write_json(tmp_path / "feed.json", feed), "meeting-guide", "text_not_unicode")
    # Both halves of a pair are one ordinary character.
    document[0]["services"][0]["name"] = "Coaching \U0001F91D"  # written as the pair "\ud83e\udd1d"
    code, printed = cli(write_json(tmp_path / "pair.json", document))
    assert code == 0, printed
    assert "Coaching \U0001F91D" in directory(services)["directory_service"]


@pytest.mark.parametrize("number", [b"1" * 5000, b"NaN", b"Infinity", b"-Infinity"])
def test_numbers_json_cannot_hold_are_a_malformed_file(services, tmp_path: Path, number: bytes) -> None:  # type: ignore[no-untyped-def]
    text = SAMPLE.read_bytes().replace(b'"type": "voice"', b'"extension": ' + number + b', "type": "voice"', 1)
    path = tmp_path / "numbers.json"
    path.write_bytes(text)
    refused_with(services, path, "hsds-json", "malformed_file")


def test_values_no_column_can_hold_are_problems_of_their_row(cli, services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    document = sample()
    services_of = document[0]["services"]
    services_of[0]["minimum_age"] = 1e30  # a whole number far beyond SQLite's integers
    services_of[0]["assured_date"] = "2025-02-30"
    document[0]["locations"][0]["latitude"] = 1e999  # read as infinity
    document[1]["services"] = 7
    path = tmp_path / "values.json"
    path.write_text(json.dumps(document, indent=2, allow_nan=True).replace("Infinity", "1e999"))
    plan = hsds.preview_file(services, path, "hsds-json")
    assert not plan.blocked
    # The service, the location, the second organisation's services; and the link to the two left out.
    assert sorted(p.code for p in plan.problems) == ["bad_value", "bad_value", "bad_value", "broken_link"]
    code, printed = cli(path)
    assert code == 1 and "Traceback" not in printed and message_for("bad_value", {}) in printed
    code, printed = cli(path, "--skip-unreadable")
    assert code == 0, printed
    names = directory(services)
    assert names["directory_service"] == {"Family Mediation"}
    assert names["directory_location"] == set()


def test_wrong_types_in_a_meeting_list_are_problems_of_their_row(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    feed = json.loads(FEED.read_text())
    feed[0]["types"] = 5
    feed[1]["latitude"] = {"north": 1}
    plan = hsds.preview_file(services, write_json(tmp_path / "feed.json", feed), "meeting-guide")
    assert [p.code for p in plan.problems] == ["bad_value"] and not plan.blocked
    hsds.import_file(services, tmp_path / "feed.json", "meeting-guide", skip_unreadable=True)
    assert directory(services)["directory_service"] == {"Women's Online Step Study"}


# -- names ---------------------------------------------------------------------------------------------------------

HIDDEN = "\u202e\u2066\x1b\x07\x85\u200b\u2069"


def test_control_and_direction_characters_never_reach_stored_names(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    document = sample()
    document[0]["name"] = f"Lighthouse{HIDDEN} Peer Collective"
    document[0]["services"][0]["name"] = "\u202ePeer Recovery Coaching\u202c"
    document[0]["locations"][0]["name"] = f"Lighthouse\nCenter{HIDDEN}"
    document[0]["services"][0]["service_at_locations"][0]["location"]["name"] = f"Lighthouse\nCenter{HIDDEN}"
    document[0]["services"][0]["description"] = f"Line one\nline two{HIDDEN}"
    hsds.import_file(services, write_json(tmp_path / "names.json", document), "hsds-json")
    names = directory(services)
    assert "Lighthouse Peer Collective" in names["directory_organization"]
    assert "Peer Recovery Coaching" in names["directory_service"]
    assert "LighthouseCenter" in names["directory_location"]
    with services.store.read() as session:
        assert session.get(DirectoryService, PEER_COACHING).description == "Line one\nline two"


def test_names_in_a_package_and_a_meeting_list_are_cleaned_too(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    files = package_members()
    files["organizations.csv"] = files["organizations.csv"].replace(
        b"Lighthouse Peer Collective", "Lighthouse\u202e Peer Collective\x1b".encode())
    path = tmp_path / "directory.zip"
    path.write_bytes(lying_zip([Member(n, d) for n, d in files.items()]))
    hsds.import_file(services, path, "hsds-package")
    feed = json.loads(FEED.read_text())
    feed[0]["name"] = "Sunday\u2067 Serenity\u0007"
    feed[0]["group"] = "\u202dSerenity Group"
    hsds.import_file(services, write_json(tmp_path / "feed.json", feed), "meeting-guide")
    names = directory(services)
    assert {"Lighthouse Peer Collective", "Serenity Group"} <= names["directory_organization"]
    assert "Sunday Serenity" in names["directory_service"]


def test_what_a_file_says_is_shown_without_its_control_characters(cli, services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    document = sample()
    document[0]["services"][0]["id"] = "\x1b]0;owned\x07-not-a-uuid"
    document[0]["services"][0]["\x1b[31mcolour\u202e"] = "x"
    code, printed = cli(write_json(tmp_path / "shown.json", document), "--dry-run")
    assert code == 1 and "bad_id" in printed
    assert "\x1b" not in printed and "\x07" not in printed and "\u202e" not in printed
