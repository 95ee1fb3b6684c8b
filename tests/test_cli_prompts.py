"""The terminal never shows a traceback: Ctrl+D or Ctrl+C at a password or user-name prompt, and a reader that
closes the pipe early (`bundle status | head -1`). Real processes, with a real pseudo-terminal for the prompts."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import ADMIN_PASSWORD
from tests.sync.sites import make_site

ROOT = Path(__file__).resolve().parents[1]


def _at_a_terminal(args: list[str], keys: bytes, env: dict[str, str]) -> tuple[int, str]:
    """Run rosc-desktop on a pseudo-terminal, type `keys` once it asks, and return (exit code, what it showed)."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: the terminal is its stdin, stdout and stderr
        os.chdir(ROOT)
        os.execve(sys.executable, [sys.executable, "-m", "rosc_desktop", *args], env)
    shown = b""
    deadline = time.monotonic() + 120
    typed_at = 0.0
    while time.monotonic() < deadline:
        ready, _w, _x = select.select([fd], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # EIO: the child has closed the terminal, it is ending
                chunk = b""
            if not chunk:
                _pid, status = os.waitpid(pid, 0)
                return os.waitstatus_to_exitcode(status), shown.decode(errors="replace")
            shown += chunk
        # getpass flushes what was typed before it switched echo off, so the keys are pressed again every half
        # second until the command ends (as a person would press Ctrl+D again).
        if (b"Password" in shown or b"User name" in shown) and time.monotonic() - typed_at > 0.5:
            try:
                os.write(fd, keys)
            except OSError:
                pass
            typed_at = time.monotonic()
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            try:
                while True:
                    more = os.read(fd, 4096)
                    if not more:
                        break
                    shown += more
            except OSError:
                pass
            return os.waitstatus_to_exitcode(status), shown.decode(errors="replace")
    os.kill(pid, 9)
    raise AssertionError("the command did not end: " + shown.decode(errors="replace"))


def test_ctrl_d_and_ctrl_c_at_the_prompts_end_with_a_sentence(tmp_path) -> None:
    make_site(tmp_path, "HL-01").close()
    env = {k: v for k, v in os.environ.items() if k not in ("ROSC_PASSWORD", "ROSC_USER")}
    site = str(tmp_path / "HL-01")
    code, shown = _at_a_terminal(["--data-dir", site, "staff", "list", "--user", "admin"], b"\x04", env)
    assert code == 2 and "Traceback" not in shown
    code, shown = _at_a_terminal(["--data-dir", site, "bundle", "status"], b"\x03", env)
    assert code == 130 and "Traceback" not in shown and "stopped" in shown


def test_a_reader_that_closes_the_pipe_early_gets_no_traceback(tmp_path) -> None:
    hub = make_site(tmp_path, "HUB-1", is_hub=True)
    hub.close()
    env = {**os.environ, "ROSC_PASSWORD": ADMIN_PASSWORD}
    command = [sys.executable, "-m", "rosc_desktop", "--data-dir", str(tmp_path / "HUB-1"), "bundle", "status",
               "--json", "--user", "admin"]
    producer = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT,
                                stdin=subprocess.DEVNULL)
    assert producer.stdout is not None
    producer.stdout.read(1)
    producer.stdout.close()  # like `| head -c 1`
    _out, err = producer.communicate(timeout=120)
    assert b"Traceback" not in err and b"BrokenPipe" not in err
    assert producer.returncode == 0


def test_check_sweeps_the_plaintext_a_killed_import_left_and_says_so(services, paths, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    """A bundle import killed with kill -9 leaves decrypted changes in its work folder; `check` (and any sign-in
    of the sync commands or the app) removes them at once rather than at the next import, a month later."""
    from rosc_desktop.cli import main

    services.close()
    leftover = paths.root / "sync-work" / "import-999999999-x1"  # no such process
    leftover.mkdir(parents=True)
    (leftover / "changes.jsonl.gz").write_bytes(b"decrypted names and phones")
    monkeypatch.setenv("ROSC_PASSWORD", ADMIN_PASSWORD)
    assert main(["--data-dir", str(paths.root), "check", "--user", "ana"]) == 0
    assert "Removed 1 work folder(s) left by an interrupted bundle import" in capsys.readouterr().out
    assert not leftover.exists()
