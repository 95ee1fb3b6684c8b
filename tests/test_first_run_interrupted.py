"""A first run (or a demo build) killed before it finished leaves a database nobody can open; the next start
clears it and says so, and a finished center is never touched."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from rosc_desktop.cli import main
from rosc_desktop.paths import AppPaths, resolve
from rosc_desktop.services import session
from tests.conftest import ADMIN_PASSWORD

# The child stops for good right after the database is made and before the keyring is saved: the moment the
# issue's killed first run left behind. Killing it there is as real as a power cut.
STALL_BEFORE_KEYRING = """
import sys, time
from rosc_desktop.paths import AppPaths
from rosc_desktop.services import demo, session
from rosc_desktop.store.keyring import KeyRing
from rosc_desktop.sync.sample_directory import load_sample_directory
KeyRing.add_account = lambda *args, **kwargs: time.sleep(600)
paths = AppPaths(__import__("pathlib").Path(sys.argv[1]))
if sys.argv[2] == "demo":
    demo.build_demo_database(paths, participants=5, seed=1, load_directory=load_sample_directory)
else:
    session.create_center(paths, center_name="Harbor Light", site_code="HL-01", admin_username="ana",
                          admin_display_name="Ana Ruiz", password="correct horse battery")
"""


def _kill_mid_first_run(root: Path, kind: str) -> None:
    child = subprocess.Popen([sys.executable, "-c", STALL_BEFORE_KEYRING, str(root), kind],
                             stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not (root / "rosc.db").exists() and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert child.poll() is None, child.stderr.read() if child.stderr else ""
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert (root / "rosc.db").exists() and not (root / "keyring.json").exists()


def test_check_after_a_killed_first_run_says_it_starts_over(tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    root = tmp_path / "center"
    _kill_mid_first_run(root, "center")
    monkeypatch.setenv("ROSC_PASSWORD", ADMIN_PASSWORD)
    assert main(["--data-dir", str(root), "check", "--user", "ana"]) == 2
    err = capsys.readouterr().err
    assert "interrupted before it finished" in err and "There is no database" in err
    assert not (root / "rosc.db").exists()
    # And the set-up can simply be done again.
    services, _key = session.create_center(AppPaths(root), center_name="Harbor Light", site_code="HL-01",
                                           admin_username="ana", admin_display_name="Ana Ruiz",
                                           password=ADMIN_PASSWORD)
    services.close()
    assert main(["--data-dir", str(root), "check", "--user", "ana"]) == 0


def test_a_killed_demo_build_is_started_over_by_if_missing(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    demo_root = resolve(tmp_path, demo=True).root
    _kill_mid_first_run(demo_root, "demo")
    assert main(["--data-dir", str(tmp_path), "demo", "--if-missing", "--participants", "5"]) == 0
    assert "Demo database with 5 participants" in capsys.readouterr().out
    services = session.sign_in(resolve(tmp_path, demo=True), "admin", "demo")
    try:
        assert services.participants.count() == 5
    finally:
        services.close()


def test_the_first_run_screen_says_it_started_over(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.ui.main_window import MainWindow
    from rosc_desktop.ui.screens.first_run import FirstRunScreen

    root = tmp_path / "center"
    _kill_mid_first_run(root, "center")
    window = MainWindow(AppPaths(root))
    qtbot.addWidget(window)
    assert isinstance(window.start_screen, FirstRunScreen)
    assert window.start_screen.started_over_note is not None
    assert "interrupted" in window.start_screen.started_over_note.text()


def test_a_finished_center_is_never_cleared(services, paths) -> None:  # type: ignore[no-untyped-def]
    services.close()
    (paths.root / session.FIRST_RUN_MARKER).write_text("999999999")  # as if removing it had failed
    assert not session.recover_interrupted_first_run(paths)
    assert paths.database.exists() and paths.keyring.exists()
    assert not (paths.root / session.FIRST_RUN_MARKER).exists()
    session.sign_in(paths, "ana", ADMIN_PASSWORD).close()


def test_a_demo_rebuild_killed_while_removing_the_old_one_starts_over(tmp_path: Path) -> None:
    assert main(["--data-dir", str(tmp_path), "demo", "--participants", "3"]) == 0
    demo_paths = resolve(tmp_path, demo=True)
    # Killed after the old database went and before its keyring did: the narrowest moment of `demo --force`.
    child = subprocess.run([sys.executable, "-c", f"""
import os
from pathlib import Path
from rosc_desktop.paths import AppPaths
from rosc_desktop.services import demo
from rosc_desktop.sync.sample_directory import load_sample_directory
real_unlink = Path.unlink
def unlink(self, missing_ok=False):
    if self.name == "keyring.json":
        os._exit(9)
    real_unlink(self, missing_ok=missing_ok)
Path.unlink = unlink
demo.build_demo_database(AppPaths(Path({str(demo_paths.root)!r})), participants=3, seed=1, force=True,
                         load_directory=load_sample_directory)
"""], capture_output=True, text=True, timeout=120)
    assert child.returncode == 9, child.stderr
    assert not demo_paths.database.exists() and demo_paths.keyring.exists()
    from rosc_desktop.services.demo import ensure_demo_database
    from rosc_desktop.sync.sample_directory import load_sample_directory

    ensure_demo_database(demo_paths, load_directory=load_sample_directory)  # what `./rosc run` does at every start
    session.sign_in(demo_paths, "admin", "demo").close()
