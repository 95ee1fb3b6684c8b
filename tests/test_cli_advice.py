"""The commands the terminal tells a person to run, run exactly as printed, and the folders a command refuses to make.

With a data folder of its own (--data-dir), a command advised without it would act on the default folder: the
restore the damaged-database advice gave failed there ("keyring.json is missing") and left a new folder behind.
Each test here removes ROSC_DATA_DIR, so a command that leaves out --data-dir really does reach the default folder
(under the test's own HOME), and checks that folder is never made.
"""

from __future__ import annotations

import os
import shlex
from pathlib import Path

import pytest

from rosc_desktop.cli import main
from tests.test_cli import damaged_demo_center
from rosc_desktop.paths import default_root, resolve
from rosc_desktop.services import backup_files
from rosc_desktop.services.participants import ParticipantInput
from rosc_desktop.services.session import sign_in
from rosc_desktop.store import backup as backups
from tests.conftest import ADMIN_PASSWORD


@pytest.fixture(autouse=True)
def _no_folder_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ROSC_DATA_DIR")


def _run_as_printed(line: str) -> int:
    """A command line the terminal printed, as a shell would split it, through `main()`."""
    words = shlex.split(line)
    assert words[0] == "rosc-desktop", line
    return main(words[1:])


def _names(paths) -> list[str]:  # type: ignore[no-untyped-def]
    services = sign_in(paths, "ana", ADMIN_PASSWORD, make_backup=False)
    try:
        return sorted(r.preferred_name for r in services.participants.rows(services.participants.search("").ids))
    finally:
        services.close()


def test_the_restore_advised_for_a_damaged_database_runs_as_printed_in_that_folder(tmp_path: Path, monkeypatch,
                                                                                     capsys) -> None:  # type: ignore[no-untyped-def]
    data_dir = tmp_path / "center data"  # a space: the advice must quote it for the shell
    paths = damaged_demo_center(data_dir, participants=12)
    monkeypatch.setenv("ROSC_PASSWORD", "demo")
    capsys.readouterr()

    assert main(["--data-dir", str(data_dir), "--demo", "check", "--user", "admin"]) == 1
    err = capsys.readouterr().err
    newest = sorted(paths.backups.glob("rosc-*.db"))[-1]
    advice = err.rstrip().splitlines()[-1].strip()
    assert shlex.split(advice) == ["rosc-desktop", "--data-dir", str(paths.root), "restore", str(newest),
                                   "--user", "admin"], err

    assert _run_as_printed(advice) == 0
    out = capsys.readouterr().out
    assert "Restored the backup made" in out
    assert next((paths.root / "replaced").iterdir()).is_dir()  # the damaged file, kept aside in that folder
    assert not (paths.root / "restore-work").exists()  # no empty work folder stays behind
    assert not default_root().exists()

    # The restore's own closing advice names the folder and the user too, and says all is well.
    check = out.rstrip().splitlines()[-1].strip()
    assert shlex.split(check) == ["rosc-desktop", "--data-dir", str(paths.root), "check", "--user", "admin"], out
    assert _run_as_printed(check) == 0
    assert "All is well." in capsys.readouterr().out
    assert not default_root().exists()


def test_a_folder_without_a_database_is_told_to_restore_into_that_folder(services, tmp_path: Path, monkeypatch,
                                                                         capsys) -> None:  # type: ignore[no-untyped-def]
    services.participants.register(ParticipantInput("Marisol Vega"))
    stick = tmp_path / "usb stick"
    stick.mkdir()
    written = backup_files.write_backup_file(services, stick)
    services.close()
    new_computer = tmp_path / "new computer"
    monkeypatch.setenv("ROSC_PASSWORD", ADMIN_PASSWORD)

    assert main(["--data-dir", str(new_computer), "check", "--user", "ana"]) == 2
    err = capsys.readouterr().err
    assert "There is no database" in err
    advice = err.rstrip().splitlines()[-1].strip()
    assert shlex.split(advice) == ["rosc-desktop", "--data-dir", str(resolve(new_computer).root), "restore", "FILE",
                                   "--user", "ana"], err

    assert _run_as_printed(advice.replace("FILE", shlex.quote(str(written)))) == 0
    capsys.readouterr()
    assert _names(resolve(new_computer)) == ["Marisol Vega"]
    assert not (new_computer / "restore-work").exists()
    assert not default_root().exists()


def test_a_failed_restore_leaves_no_folder_behind(services, tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    """Not the default folder (the tester's case: an automatic backup restored without --data-dir), not a mistyped
    one, not an empty restore-work/ in a folder that was there."""
    daily = backups.backup(services.store, services.paths.backups, reason="daily")
    written = backup_files.write_backup_file(services, tmp_path)
    root = services.paths.root
    services.close()
    assert not (root / "restore-work").exists()  # a backup file leaves no work folder either
    home = Path(os.environ["HOME"])
    assert not home.exists()

    monkeypatch.setenv("ROSC_PASSWORD", ADMIN_PASSWORD)
    assert main(["restore", str(daily), "--user", "ana"]) == 2
    assert "keyring.json is missing" in capsys.readouterr().err
    monkeypatch.setenv("ROSC_PASSWORD", "not the password")
    assert main(["restore", str(written), "--user", "ana"]) == 2
    assert "not right" in capsys.readouterr().err
    assert not home.exists()  # nor the default folder, nor any folder above it

    assert main(["--data-dir", str(tmp_path / "typo" / "center"), "restore", str(written), "--user", "ana"]) == 2
    assert not (tmp_path / "typo").exists()
    assert main(["--data-dir", str(root), "restore", str(written), "--user", "ana"]) == 2
    assert sorted(p.name for p in root.iterdir() if p.is_dir()) == ["backups", "logs"]


def test_print_plan_into_a_folder_that_is_not_there_is_refused_and_makes_nothing(services, paths, tmp_path: Path,
                                                                                 monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    person = services.participants.register(ParticipantInput("Ana Example"))
    services.close()
    monkeypatch.delenv("ROSC_PASSWORD", raising=False)  # refused before a password is asked for
    missing = tmp_path / "stick"
    for how in (["--participant", person.id, "--out", str(missing / "plan.pdf")],
                ["--participant", person.id, "--out", str(missing) + os.sep],  # a folder, said with a slash
                ["--all", "--out", str(missing / "plans")]):
        assert main(["--data-dir", str(paths.root), "print", "plan", *how, "--user", "ana"]) == 2
        err = capsys.readouterr().err
        assert f"the folder {missing} does not exist (is the USB stick plugged in?): nothing was written." in err, how
        assert "ROSC_PASSWORD" not in err and "Traceback" not in err
        assert not missing.exists()
    # A new folder for --all is still made when the folder it goes in is there.
    monkeypatch.setenv("ROSC_PASSWORD", ADMIN_PASSWORD)
    assert main(["--data-dir", str(paths.root), "print", "plan", "--all", "--out", str(tmp_path / "plans"),
                 "--user", "ana"]) == 0
    assert [p.name for p in (tmp_path / "plans").iterdir()] == [f"recovery-plan-{person.id}.pdf"]


@pytest.mark.parametrize("command", [
    ["report", "--month", "2026-11", "--pdf", "{missing}/report.pdf"],
    ["report", "--month", "2026-11", "--csv", "{missing}/report.csv"],
    ["sync", "card", "--pdf", "{missing}/card.pdf"],
    ["sync", "card", "--pdf", "{missing}/"],
    ["bundle", "export", "--to", "HUB-1", "--out", "{missing}"],
])
def test_other_files_into_a_folder_that_is_not_there_are_refused_the_same_way(services, paths, tmp_path: Path,
                                                                              monkeypatch, capsys,
                                                                              command) -> None:  # type: ignore[no-untyped-def]
    services.close()
    monkeypatch.setenv("ROSC_PASSWORD", ADMIN_PASSWORD)
    missing = tmp_path / "stick"
    argv = [word.replace("{missing}", str(missing)) for word in command]
    assert main(["--data-dir", str(paths.root), *argv, "--user", "ana"]) == 2
    err = capsys.readouterr().err
    assert f"the folder {missing} does not exist (is the USB stick plugged in?): nothing was written." in err
    assert not missing.exists()


def test_the_next_steps_after_an_import_name_this_folder_and_user(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """'N changes wait for review: rosc-desktop bundle conflicts' ran on the default folder, and without --user
    asked for a name; the default folder (and the demo's) is left unsaid, as a bare command uses it."""
    from types import SimpleNamespace

    from rosc_desktop.cli_advice import command_line
    from rosc_desktop.cli_advice import next_command
    from rosc_desktop.paths import AppPaths, default_root, resolve

    monkeypatch.delenv("ROSC_DATA_DIR", raising=False)
    folder = tmp_path / "my center"
    hub = SimpleNamespace(paths=AppPaths(folder), actor=SimpleNamespace(username="ana"))
    assert next_command(hub, "bundle", "conflicts") == \
        f"rosc-desktop --data-dir '{folder}' bundle conflicts --user ana"
    assert command_line(resolve(default_root()), "check") == "rosc-desktop check"
    assert command_line(resolve(default_root(), demo=True), "check") == "rosc-desktop --demo check"


def test_a_windows_folder_is_quoted_for_cmd_and_powershell() -> None:
    from rosc_desktop.cli_advice import shell_word

    assert shell_word(r"C:\Users\ana\R&D\data", windows=True) == r'"C:\Users\ana\R&D\data"'
    assert shell_word(r"C:\Program Files (x86)\ROSC", windows=True) == r'"C:\Program Files (x86)\ROSC"'
    assert shell_word(r"D:\rosc\data", windows=True) == r"D:\rosc\data"
    assert shell_word("--user", windows=True) == "--user"
    assert shell_word("R&D data", windows=False) == "'R&D data'"
