"""The sign-in screen paints before the database stack loads (start-up budget in PLATFORM-NOTES.md)."""

from __future__ import annotations

import os
import subprocess
import sys


def test_main_window_and_sign_in_do_not_import_the_database_stack(tmp_path) -> None:  # type: ignore[no-untyped-def]
    code = (
        "import sys\n"
        "from rosc_desktop.ui.app import make_application\n"
        "from pathlib import Path\nfrom rosc_desktop.paths import AppPaths\n"
        "app = make_application([])\n"
        "from rosc_desktop.ui.main_window import MainWindow\n"
        f"window = MainWindow(AppPaths(Path({str(tmp_path)!r})))\n"
        "window.show(); app.processEvents()\n"
        "heavy = sorted(m for m in ('sqlalchemy', 'sqlmodel', 'sqlcipher3', 'alembic', 'faker', 'reportlab')"
        " if m in sys.modules)\n"
        "print(','.join(heavy))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "", f"loaded before sign-in: {out.stdout.strip()}"
