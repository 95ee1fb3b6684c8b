"""`rosc-desktop directory import|export`: the plan is printed, --dry-run writes nothing, problems stop the
import with exit 1 and their file:line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlmodel import select

from rosc_desktop.cli import main
from rosc_desktop.model import DirectoryService
from tests.conftest import ADMIN_PASSWORD

SAMPLE = Path(__file__).parent / "data" / "hsds_sample.json"
FEED = Path(__file__).parent / "data" / "meeting_guide_sample.json"


@pytest.fixture
def cli(services, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ROSC_PASSWORD", ADMIN_PASSWORD)
    root = str(services.paths.root)

    def run(*args: str) -> int:
        return main(["--data-dir", root, "directory", *args, "--user", "ana"])

    return run


def service_names(services) -> set[str]:  # type: ignore[no-untyped-def]
    with services.store.read() as session:
        return {s.name for s in session.exec(select(DirectoryService)).all()}


def test_dry_run_prints_the_plan_and_writes_nothing(cli, services, capsys) -> None:  # type: ignore[no-untyped-def]
    assert cli("import", str(SAMPLE), "--dry-run") == 0
    out = capsys.readouterr().out
    assert "service: 3 new, 0 updated, 0 unchanged" in out and "Dry run" in out
    assert service_names(services) == set()


def test_import_writes_and_a_second_import_is_unchanged(cli, services, capsys) -> None:  # type: ignore[no-untyped-def]
    assert cli("import", str(SAMPLE)) == 0
    assert "Imported: 9 new" in capsys.readouterr().out
    assert "Housing Navigation" in service_names(services)
    assert cli("import", str(SAMPLE)) == 0
    assert "service: 0 new, 0 updated, 3 unchanged" in capsys.readouterr().out


def test_problems_stop_the_import_with_their_line(cli, services, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(SAMPLE.read_text())
    data[1]["services"][0]["organization"] = None
    data[1]["services"][0]["id"] = "nope"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data, indent=2))
    assert cli("import", str(bad)) == 1
    out = capsys.readouterr().out
    line = next(i for i, text in enumerate(bad.read_text().splitlines(), 1) if '"nope"' in text)
    assert f"bad.json:{line}: bad_id" in out and "Nothing imported" in out
    assert service_names(services) == set()
    assert cli("import", str(bad), "--skip-unreadable") == 0
    assert service_names(services) == {"Peer Recovery Coaching", "Family Mediation"}


def test_meeting_guide_import_and_package_export(cli, services, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert cli("import", str(FEED), "--format", "meeting-guide") == 0
    assert "Sunday Serenity" in service_names(services)
    out = tmp_path / "export.zip"
    assert cli("export", str(out)) == 0
    assert "hsds-package" in capsys.readouterr().out
    import zipfile

    with zipfile.ZipFile(out) as archive:
        assert {"datapackage.json", "services.csv", "service_at_location.csv"} <= set(archive.namelist())
        assert b"Sunday Serenity" in archive.read("services.csv")
    as_json = tmp_path / "export.json"
    assert cli("export", str(as_json)) == 0
    assert json.loads(as_json.read_text())[0]["services"]


def test_export_into_a_folder_that_is_not_there_is_refused_in_words(cli, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """No folder is made (an unplugged USB stick must not turn into a folder on the local disk), no traceback, exit 2
    as for any bad input; a package folder that is itself new is fine when its parent exists."""
    for out in ("missing/export.json", "missing/export.zip", "missing/deeper/package"):
        assert cli("export", str(tmp_path / out)) == 2
        captured = capsys.readouterr()
        assert f"the folder {tmp_path / Path(out).parent} does not exist" in captured.err
        assert "Traceback" not in captured.out + captured.err
    assert not (tmp_path / "missing").exists()
    assert cli("export", str(tmp_path / "new-package")) == 0
    assert (tmp_path / "new-package" / "datapackage.json").is_file()


def test_a_file_that_cannot_be_read_says_why_in_words_and_shows_no_empty_plan(cli, services, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                              capsys) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('[{"name": "Harbor", ')
    assert cli("import", str(broken)) == 2
    out = capsys.readouterr().out
    assert "0 new, 0 updated" not in out  # nothing could be planned: no table of noughts
    assert "malformed_file" not in out and out.startswith("broken.json")  # the reason in words, where it is
    assert out.rstrip().endswith("Nothing imported: the file cannot be imported as it is.")
    assert service_names(services) == set()
