"""Backup and restore a person can do: a copy carried away on a stick, put back here or on a new computer; a
damaged database caught at sign-in, and the newest good backup offered."""

from __future__ import annotations

import json
import tarfile

import pytest

from rosc_desktop.cli import main
from rosc_desktop.errors import RoscError
from rosc_desktop.paths import AppPaths
from rosc_desktop.services import backup_files
from rosc_desktop.services.participants import ParticipantInput
from rosc_desktop.services.session import create_center, sign_in
from rosc_desktop.store import backup as backups
from tests.conftest import ADMIN_PASSWORD


def _names(services) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(r.preferred_name for r in services.participants.rows(services.participants.search("").ids))


def _check(paths: AppPaths, monkeypatch, capsys) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ROSC_PASSWORD", ADMIN_PASSWORD)
    code = main(["--data-dir", str(paths.root), "check", "--user", "ana"])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def _flip_a_byte(services, paths: AppPaths) -> None:  # type: ignore[no-untyped-def]
    services.store.checkpoint()
    data = bytearray(paths.database.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one byte, as a failing disk would
    paths.database.write_bytes(bytes(data))


def test_a_backup_file_restores_on_a_new_computer_with_a_password(services, paths, tmp_path, monkeypatch,
                                                                   capsys) -> None:  # type: ignore[no-untyped-def]
    services.participants.register(ParticipantInput("Nguyễn Thị Hoa"))
    stick = tmp_path / "stick"
    stick.mkdir()
    written = backup_files.write_backup_file(services, stick)
    services.close()
    # Named by site and date only, and nothing else left on the stick.
    assert written.name.startswith("rosc-backup-HL-01-") and written.name.endswith(".roscbackup")
    assert [p.name for p in stick.iterdir()] == [written.name]
    assert b"Nguy" not in written.read_bytes() and "Thị".encode() not in written.read_bytes()

    new_computer = AppPaths(tmp_path / "new-computer")
    monkeypatch.setenv("ROSC_PASSWORD", ADMIN_PASSWORD)
    assert main(["--data-dir", str(new_computer.root), "restore", str(written), "--user", "ana"]) == 0
    assert "Restored the backup made" in capsys.readouterr().out
    restored = sign_in(new_computer, "ana", ADMIN_PASSWORD)
    try:
        assert _names(restored) == ["Nguyễn Thị Hoa"]
    finally:
        restored.close()
    code, out = _check(new_computer, monkeypatch, capsys)
    assert (code, "All is well." in out) == (0, True), out


def test_a_backup_file_restores_with_the_recovery_key(paths, tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    services, recovery_key = create_center(paths, center_name="Harbor Light", site_code="HL-01",
                                           admin_username="ana", admin_display_name="Ana Ruiz",
                                           password=ADMIN_PASSWORD)
    services.participants.register(ParticipantInput("Marisol Vega"))
    written = backup_files.write_backup_file(services, tmp_path)
    services.close()
    new_computer = AppPaths(tmp_path / "new-computer")
    monkeypatch.setenv("ROSC_RECOVERY_KEY", "wrong-key")
    with pytest.raises(RoscError) as wrong:
        backup_files.restore(new_computer, written, recovery_key="WRONG-KEY0-0000")
    assert wrong.value.code == "recovery_key_wrong"
    assert not new_computer.database.exists()
    monkeypatch.setenv("ROSC_RECOVERY_KEY", recovery_key)
    assert main(["--data-dir", str(new_computer.root), "restore", str(written), "--recovery-key"]) == 0
    restored = sign_in(new_computer, "ana", ADMIN_PASSWORD)
    try:
        assert _names(restored) == ["Marisol Vega"]
        from sqlmodel import select

        from rosc_desktop.model import AuditEvent

        with restored.store.read() as session:
            last = session.exec(select(AuditEvent).where(AuditEvent.action == "backup_restored")).one()
        assert last.actor == "recovery-key"
    finally:
        restored.close()


def test_restoring_keeps_the_current_database_aside_and_check_says_all_is_well(services, paths, monkeypatch,
                                                                                 capsys) -> None:  # type: ignore[no-untyped-def]
    services.participants.register(ParticipantInput("Before Backup"))
    made = backups.backup(services.store, paths.backups, reason="daily")
    services.participants.register(ParticipantInput("After Backup"))
    services.close()
    later = sign_in(paths, "ana", ADMIN_PASSWORD)  # more audit events after the backup: the witness moves on
    later.close()
    replaced_db = paths.database.read_bytes()

    monkeypatch.setenv("ROSC_PASSWORD", ADMIN_PASSWORD)
    assert main(["--data-dir", str(paths.root), "restore", str(made), "--user", "ana"]) == 0
    out = capsys.readouterr().out
    aside = next((paths.root / "replaced").iterdir())
    assert str(aside) in out
    # Kept, never overwritten: the database as it was is in the folder named.
    assert (aside / "rosc.db").exists() and (aside / "keyring.json").exists()
    assert (aside / "rosc.db").stat().st_size >= len(replaced_db) // 2
    code, out = _check(paths, monkeypatch, capsys)
    assert code == 0 and "All is well." in out, out
    services = sign_in(paths, "ana", ADMIN_PASSWORD)
    try:
        assert _names(services) == ["Before Backup"]
        from sqlmodel import select

        from rosc_desktop.model import AuditEvent

        with services.store.read() as session:
            actions = [e.action for e in session.exec(select(AuditEvent).order_by(AuditEvent.seq))]
        assert "backup_restored" in actions
    finally:
        services.close()


def test_a_damaged_database_stops_at_sign_in_and_names_the_newest_good_backup(services, paths, monkeypatch,
                                                                               capsys) -> None:  # type: ignore[no-untyped-def]
    for n in range(300):  # enough pages that the flipped byte lands in data, not the header
        services.participants.register(ParticipantInput(f"Person {n:03d} Example"))
    good = backups.backup(services.store, paths.backups, reason="daily")
    _flip_a_byte(services, paths)
    services.close()
    damaged = paths.database.read_bytes()

    with pytest.raises(RoscError) as caught:
        sign_in(paths, "ana", ADMIN_PASSWORD)
    assert caught.value.code == "database_damaged"
    assert caught.value.params["backup"] == str(good)
    assert paths.database.read_bytes() == damaged  # nothing was written: not even the sign-in's audit event

    code, out = _check(paths, monkeypatch, capsys)
    assert code == 1
    assert "damaged" in out and f"rosc-desktop --data-dir {paths.root} restore {good} --user ana" in out

    assert main(["--data-dir", str(paths.root), "restore", str(good), "--user", "ana"]) == 0
    code, out = _check(paths, monkeypatch, capsys)
    assert code == 0 and "All is well." in out, out


def test_a_damaged_or_foreign_backup_file_is_refused_and_nothing_changes(services, paths, tmp_path) -> None:  # type: ignore[no-untyped-def]
    written = backup_files.write_backup_file(services, tmp_path)
    services.close()
    before = paths.database.read_bytes()
    bad_files = []
    data = bytearray(written.read_bytes())
    data[len(data) // 2] ^= 0x01
    flipped = tmp_path / "flipped.roscbackup"
    flipped.write_bytes(bytes(data))
    bad_files.append(flipped)
    truncated = tmp_path / "truncated.roscbackup"
    truncated.write_bytes(written.read_bytes()[: len(data) // 3])
    bad_files.append(truncated)
    extra = tmp_path / "extra.roscbackup"
    with tarfile.open(extra, "w") as tar:
        tar.add(written, arcname="../escape")
    bad_files.append(extra)
    pdf = tmp_path / "a.pdf.roscbackup"
    pdf.write_bytes(b"%PDF-1.4\n" + bytes(2000))
    bad_files.append(pdf)
    for bad in bad_files:
        with pytest.raises(RoscError) as caught:
            backup_files.restore(paths, bad, username="ana", password=ADMIN_PASSWORD)
        assert caught.value.code == "backup_file_invalid", bad.name
    assert paths.database.read_bytes() == before
    assert not (paths.root / "replaced").exists()
    assert not (paths.root / "restore-work").exists()  # emptied, then removed


def test_a_peer_specialist_may_not_restore(services, paths, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.enums import Role

    services.staff.add("pat", "Pat Peer", Role.PEER_SPECIALIST, "temporary pass 1")
    written = backup_files.write_backup_file(services, tmp_path)
    services.close()
    with pytest.raises(RoscError) as caught:
        backup_files.restore(paths, written, username="pat", password="temporary pass 1")
    assert caught.value.code == "permission_denied"
    assert not (paths.root / "replaced").exists()


def test_backup_to_a_missing_folder_says_so(services, tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    services.close()
    monkeypatch.setenv("ROSC_PASSWORD", ADMIN_PASSWORD)
    code = main(["backup", "--to", str(tmp_path / "no-stick"), "--user", "ana"])
    assert code == 2
    assert "does not exist" in capsys.readouterr().err
    assert main(["backup", "--to", str(tmp_path), "--user", "ana"]) == 0
    written = next(tmp_path.glob("*.roscbackup"))
    with tarfile.open(written) as tar:
        assert sorted(tar.getnames()) == ["backup.json", "keyring.json", "rosc.db"]
        manifest = json.loads(tar.extractfile("backup.json").read())  # type: ignore[union-attr]
    assert manifest["site_code"] == "HL-01"
    assert set(manifest) == {"format", "site_code", "made_at", "app_version", "schema", "sha256"}


def test_a_restore_killed_half_way_is_undone_at_the_next_start(services, paths, tmp_path, monkeypatch,
                                                                capsys) -> None:  # type: ignore[no-untyped-def]
    import os
    import signal
    import subprocess
    import sys
    import time

    services.participants.register(ParticipantInput("Kept Person"))
    written = backup_files.write_backup_file(services, tmp_path)
    services.participants.register(ParticipantInput("Newer Person"))
    services.close()
    # The child stops for good once the database here is set aside, before the copy is audited: killed there.
    # It says when it has reached that step by leaving a file, so the kill never lands earlier.
    stalled = tmp_path / "stalled-in-the-audit-step"
    child = subprocess.Popen([sys.executable, "-c", f"""
import time
from pathlib import Path
from rosc_desktop.paths import AppPaths
from rosc_desktop.services import backup_files
from rosc_desktop.store import keyring
keyring.DEFAULT_KDF = keyring.KdfParams(1, 1, 8)
backup_files._record_restore = lambda *args: (Path({str(stalled)!r}).touch(), time.sleep(600))
backup_files.restore(AppPaths(Path({str(paths.root)!r})), {str(written)!r}, username="ana", password={ADMIN_PASSWORD!r})
"""], stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not stalled.exists() and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)  # polling a file another process writes: there is no signal to wait on
    assert child.poll() is None, child.stderr.read() if child.stderr else ""
    assert stalled.exists() and (paths.root / "replaced").exists()  # past the two renames, in the audit step
    os.kill(child.pid, signal.SIGKILL)
    child.wait()

    code, out = _check(paths, monkeypatch, capsys)
    assert code == 0, out
    services = sign_in(paths, "ana", ADMIN_PASSWORD)
    try:
        assert _names(services) == ["Kept Person", "Newer Person"]  # as before the restore began
    finally:
        services.close()
    assert not (paths.root / backup_files.RESTORE_MARKER).exists()


def test_a_failed_full_check_stops_writing_until_a_restore(services, paths, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.store.database import quick_check

    for n in range(50):
        services.participants.register(ParticipantInput(f"Person {n:02d} Example"))
    good = backups.backup(services.store, paths.backups, reason="daily")
    key = services.store.key
    conn = services.store.raw_connection()
    try:
        # An index that disagrees with its table: every page still reads back, so only the full check can tell.
        index = conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'participant' "
                             "AND sql IS NOT NULL").fetchone()[0]
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute(f"UPDATE sqlite_master SET sql = replace(sql, 'ON participant (', "
                     f"'ON participant (id DESC, ') WHERE name = '{index}'")
        conn.execute("PRAGMA writable_schema = OFF")
    finally:
        conn.close()
    services.close()
    assert quick_check(paths.database, key)  # what sign-in checks alone would let through

    code, out = _check(paths, monkeypatch, capsys)
    assert code == 1 and "damaged" in out, out
    with pytest.raises(RoscError) as caught:
        sign_in(paths, "ana", ADMIN_PASSWORD)
    assert caught.value.code == "database_damaged"
    assert main(["--data-dir", str(paths.root), "restore", str(good), "--user", "ana"]) == 0
    code, out = _check(paths, monkeypatch, capsys)
    assert code == 0, out


def test_no_answer_at_hand_exits_2_with_a_sentence(services, paths, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import os
    import subprocess
    import sys

    written = backup_files.write_backup_file(services, tmp_path)
    services.close()
    env = {k: v for k, v in os.environ.items() if k not in ("ROSC_PASSWORD", "ROSC_RECOVERY_KEY")}
    for how in (["--recovery-key"], ["--user", "ana"]):
        done = subprocess.run([sys.executable, "-m", "rosc_desktop", "--data-dir", str(paths.root), "restore",
                               str(written), *how], stdin=subprocess.DEVNULL, capture_output=True, text=True,
                              env=env, timeout=120)
        assert done.returncode == 2, done.stderr
        assert "run in a terminal" in done.stderr and "Traceback" not in done.stderr
