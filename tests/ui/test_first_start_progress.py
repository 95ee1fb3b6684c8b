"""The very first `./rosc run` shows a window at once while the demo database is made, instead of nothing for
half a minute."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from rosc_desktop.paths import resolve


def test_a_progress_window_shows_while_the_demo_is_made_then_the_sign_in(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "rosc_desktop", "--data-dir", str(tmp_path), "--demo",
                           "--quit-after", "0.5"], capture_output=True, text=True, timeout=300,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stdout.splitlines() if line.startswith(("preparing:", "window shown:"))]
    assert lines[0] == "preparing: the demo database"  # the progress window came first
    assert lines[1].startswith("window shown: ROSC Desktop (SignInScreen")
    assert resolve(tmp_path, demo=True).database.exists()
