"""The command line: version, demo data, and refusing to touch a real center's folder."""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from rosc_desktop import __version__
from rosc_desktop.cli import main
from rosc_desktop.paths import resolve
from rosc_desktop.services.session import sign_in


def test_version_from_the_installed_entry_point() -> None:
    out = subprocess.run([sys.executable, "-m", "rosc_desktop", "--version"], capture_output=True, text=True,
                         check=True)
    assert __version__ in out.stdout


def test_demo_builds_a_database_that_signs_in_with_admin_demo(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--data-dir", str(tmp_path), "demo", "--participants", "150", "--seed", "4"]) == 0
    assert "admin / demo" in capsys.readouterr().out
    demo_paths = resolve(tmp_path, demo=True)
    services = sign_in(demo_paths, "admin", "demo")
    try:
        assert services.participants.count() == 150
        assert services.accounts.center().is_demo
        names = [r.preferred_name for r in services.participants.rows(services.participants.search("").ids)]
    finally:
        services.close()
    scripts = {unicodedata.name(ch, "").split()[0] for name in names for ch in name if ch.isalpha()}
    assert {"LATIN", "ARABIC", "CJK"} <= scripts, scripts
    assert any(unicodedata.combining(ch) or ch in "áéíóúñüëöäçãõ" for name in names for ch in name.lower())


def test_same_seed_gives_the_same_people(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        assert main(["--data-dir", str(tmp_path / folder), "demo", "--participants", "40", "--seed", "9"]) == 0
    lists = []
    for folder in ("a", "b"):
        services = sign_in(resolve(tmp_path / folder, demo=True), "admin", "demo")
        lists.append([r.preferred_name for r in services.participants.rows(services.participants.search("").ids)])
        services.close()
    assert lists[0] == lists[1]


def test_demo_if_missing_leaves_an_existing_database_alone(tmp_path: Path) -> None:
    assert main(["--data-dir", str(tmp_path), "demo", "--participants", "5"]) == 0
    db = resolve(tmp_path, demo=True).database
    before = db.stat().st_mtime_ns
    assert main(["--data-dir", str(tmp_path), "demo", "--if-missing"]) == 0
    assert db.stat().st_mtime_ns == before


def test_demo_never_overwrites_a_real_center(tmp_path: Path, capsys, services) -> None:  # type: ignore[no-untyped-def]
    # A real center's database placed where the demo would go must survive even --force.
    real = services.paths.root
    demo_root = resolve(tmp_path / "x", demo=True).root
    demo_root.parent.mkdir(parents=True)
    services.close()
    real.rename(demo_root)
    assert main(["--data-dir", str(tmp_path / "x"), "demo", "--force"]) == 2
    assert "real center" in capsys.readouterr().err
    assert (demo_root / "rosc.db").exists()


@pytest.mark.parametrize("password,code", [("wrong", 2)])
def test_check_with_a_wrong_password_fails_cleanly(tmp_path: Path, monkeypatch, capsys, password, code) -> None:  # type: ignore[no-untyped-def]
    assert main(["--data-dir", str(tmp_path), "demo", "--participants", "3"]) == 0
    monkeypatch.setenv("ROSC_PASSWORD", password)
    assert main(["--data-dir", str(tmp_path), "--demo", "check", "--user", "admin"]) == code
    err = capsys.readouterr().err
    assert "not right" in err and "Traceback" not in err


def test_demo_force_refuses_a_real_database_that_claims_to_be_a_demo(tmp_path: Path, services, capsys) -> None:  # type: ignore[no-untyped-def]
    import json

    real = services.paths.root
    services.close()
    keyring = json.loads((real / "keyring.json").read_text())
    keyring["demo"] = True  # the flag is plain text: anyone could set it
    (real / "keyring.json").write_text(json.dumps(keyring))
    demo_root = resolve(tmp_path / "x", demo=True).root
    demo_root.parent.mkdir(parents=True)
    real.rename(demo_root)
    assert main(["--data-dir", str(tmp_path / "x"), "demo", "--force"]) == 2
    assert "real center" in capsys.readouterr().err
    assert (demo_root / "rosc.db").exists() and (demo_root / "keyring.json").exists()


def damaged_demo_center(folder: Path, participants: int = 20):  # type: ignore[no-untyped-def]
    """A demo center in `folder` with a day's backup, whose database then lost its first page (SQLCipher's salt):
    nothing can open it, and the backup is the way back. Its paths."""
    assert main(["--data-dir", str(folder), "demo", "--participants", str(participants)]) == 0
    paths = resolve(folder, demo=True)
    sign_in(paths, "admin", "demo").close()  # the first sign-in of the day makes a backup
    data = bytearray(paths.database.read_bytes())
    data[:4096] = b"\0" * 4096
    paths.database.write_bytes(bytes(data))
    return paths


def test_check_on_a_damaged_file_points_at_the_newest_backup(tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    paths = damaged_demo_center(tmp_path)
    monkeypatch.setenv("ROSC_PASSWORD", "demo")
    assert main(["--data-dir", str(tmp_path), "--demo", "check", "--user", "admin"]) == 1
    err = capsys.readouterr().err
    newest = sorted(paths.backups.glob("rosc-*.db"))[-1]
    # The folder named, so the restore acts on this one (tests/test_cli_advice.py runs it as printed).
    assert "damaged" in err and f"rosc-desktop --data-dir {paths.root} restore {newest} --user admin" in err


def test_two_demos_a_center_and_a_hub_pair_and_exchange_bundles(tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    """The README's two-demo walk-through: a demo hub and a demo center enrol each other and swap bundles."""
    monkeypatch.setenv("ROSC_PASSWORD", "demo")
    center, hub, usb = tmp_path / "center", tmp_path / "hub", tmp_path / "usb"
    usb.mkdir()
    assert main(["--data-dir", str(center), "demo", "--participants", "30"]) == 0
    assert main(["--data-dir", str(hub), "demo", "--hub", "--participants", "0"]) == 0
    assert "Demo hub with 0 participants" in capsys.readouterr().out

    def run(root: Path, *args: str) -> str:
        code = main(["--data-dir", str(root), "--demo", *args, "--user", "admin"])
        out, err = capsys.readouterr()
        assert code == 0, err
        return out

    def card(out: str) -> tuple[str, str]:
        lines = out.splitlines()
        return (next(line for line in lines if line.startswith("ROSC1:")),
                next(line for line in lines if line.startswith("Fingerprint: ")).removeprefix("Fingerprint: "))

    hub_card, hub_fingerprint = card(run(hub, "sync", "card"))
    center_card, center_fingerprint = card(run(center, "sync", "card"))
    run(center, "sync", "enrol", hub_card, "--fingerprint", hub_fingerprint, "--role", "hub")
    run(hub, "sync", "enrol", center_card, "--fingerprint", center_fingerprint, "--role", "center")
    to_hub = Path(run(center, "bundle", "export", "--to", "HUB", "--out", str(usb)).splitlines()[0])
    at_hub = run(hub, "bundle", "import", str(to_hub))
    to_center = Path(run(hub, "bundle", "export", "--to", "DEMO-01", "--out", str(usb)).splitlines()[0])
    at_center = run(center, "bundle", "import", str(to_center))
    for applied in (at_hub, at_center):  # the hub's directory replaces the center's stand-in copy, no conflict
        assert "wait for review" not in applied and " 0 conflicts" in applied, applied
    hub_services = sign_in(resolve(hub, demo=True), "admin", "demo", make_backup=False)
    try:
        assert hub_services.participants.count() == 30  # the center's people, identified or not
    finally:
        hub_services.close()


def test_forgetting_demo_is_told_to_add_it_not_to_restore(tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ROSC_PASSWORD", "demo")
    assert main(["--data-dir", str(tmp_path), "demo", "--participants", "5"]) == 0
    capsys.readouterr()
    code = main(["--data-dir", str(tmp_path), "report", "--month", "2026-11", "--user", "admin"])
    err = capsys.readouterr().err
    assert code != 0 and "add --demo" in err and "restore" not in err


def test_the_demo_command_makes_as_many_people_as_the_first_start() -> None:
    from rosc_desktop.cli import build_parser
    from rosc_desktop.services.demo import DEFAULT_DEMO_PARTICIPANTS

    assert build_parser().parse_args(["demo"]).participants == DEFAULT_DEMO_PARTICIPANTS


@pytest.mark.parametrize("argv", [
    [], ["--data-dir", "/tmp/center"], ["--demo"], ["--demo", "--lang", "es"], ["--lang=es", "--data-dir=/x"],
    ["--quit-after", "2.5", "--demo"], ["--database-url", "postgresql://hub@db/rosc"], ["--dem"],
])
def test_a_plain_start_reads_its_options_as_the_whole_parser_does(argv) -> None:  # type: ignore[no-untyped-def]
    """The app's start reads its options without building every command's parser; what it reads must not
    differ from what the whole parser would have read."""
    from rosc_desktop.cli import _window_start, build_parser

    quick = _window_start(argv)
    assert quick is not None
    assert vars(quick) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize("argv", [
    ["check", "--user", "ana"], ["--data-dir", "/x", "backup", "--to", "/y", "--user", "ana"], ["--help"], ["-h"],
    ["--data-dir"], ["--quit-after", "soon"], ["--no-such-option"], ["demo", "--participants", "5"],
])
def test_anything_more_than_a_plain_start_goes_to_the_whole_parser(argv) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.cli import _window_start

    assert _window_start(argv) is None


def test_every_permission_is_said_in_words_when_it_is_refused() -> None:
    """A refusal names what the person may not do ("A coordinator may not manage staff accounts"), never the
    permission's code: every permission has its words."""
    from rosc_desktop.cli import ACTION_WORDS
    from rosc_desktop.services.permissions import Action

    assert set(ACTION_WORDS) == {action.value for action in Action}


def test_an_interface_language_we_do_not_have_is_refused(capsys) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop import i18n
    from rosc_desktop.cli import INTERFACE_LANGUAGES, main

    assert INTERFACE_LANGUAGES == i18n.SUPPORTED
    with pytest.raises(SystemExit) as stop:
        main(["--lang", "xx"])
    assert stop.value.code == 2 and "invalid choice: 'xx' (choose from 'en', 'es')" in capsys.readouterr().err


@pytest.mark.parametrize("command", [["bundle", "inspect"], ["bundle", "import"], ["restore"],
                                     ["directory", "import"]])
def test_a_file_that_is_not_there_is_said_before_any_password(command, tmp_path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Not "sign in first", nor "not a backup, or damaged": the file is not there. No password is asked (none
    is set, and standard input is not a terminal here: asking would fail another way)."""
    from rosc_desktop.cli import main

    monkeypatch.delenv("ROSC_PASSWORD", raising=False)
    missing = tmp_path / "no-such.file"
    code = main(["--data-dir", str(tmp_path / "data"), *command, str(missing), "--user", "ana"])
    err = capsys.readouterr().err
    assert code == 2 and err.strip() == f"rosc-desktop: there is no file {missing}"


def test_output_in_a_code_page_without_a_character_says_it_with_a_question_mark() -> None:
    """Redirected on Windows, output is cp1252, which has no "−" (a negative change) or "Δ": printing one raised
    UnicodeEncodeError, a traceback instead of the report."""
    import os
    import subprocess
    import sys

    code = "import rosc_desktop.cli as cli; cli._never_fail_to_print(); print('BARC \\u0394 \\u22121.3 Nguy\\u1ec5n')"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True,
                          env={**os.environ, "PYTHONIOENCODING": "cp1252"}, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode("cp1252").strip() == "BARC ? ?1.3 Nguy?n"
