"""The sign-in screen paints before the database stack loads (start-up budget in PLATFORM-NOTES.md)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest


def test_main_window_and_sign_in_do_not_import_the_database_stack(tmp_path) -> None:  # type: ignore[no-untyped-def]
    code = (
        "import sys\n"
        "from rosc_desktop.ui.app import make_application\n"
        "from pathlib import Path\nfrom rosc_desktop.paths import AppPaths\n"
        "app = make_application([])\n"
        "from rosc_desktop.ui.main_window import MainWindow\n"
        f"window = MainWindow(AppPaths(Path({str(tmp_path)!r})))\n"
        "window.show(); app.processEvents()\n"
        "heavy = sorted(m for m in ('sqlalchemy', 'sqlmodel', 'sqlcipher3', 'alembic', 'faker', 'reportlab', 'cryptography', 'pyrage')"
        " if m in sys.modules)\n"
        "print(','.join(heavy))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "", f"loaded before sign-in: {out.stdout.strip()}"


# The app as a center starts it (`rosc-desktop`, `rosc-desktop --demo`): the command line's parser first, then the
# window. The parser once imported the database stack to offer a few choices, so the window waited 0.9 s for it.
_FIRST_PAINT = (
    "import sys\n"
    "from PySide6.QtCore import QEvent, QObject, QTimer\n"
    "import rosc_desktop.ui.app as ui_app\n"
    "class FirstPaint(QObject):\n"
    "    def eventFilter(self, watched, event):\n"
    "        if event.type() == QEvent.Type.Paint and type(watched).__name__ == 'MainWindow' and not seen:\n"
    "            seen.append(type(watched.start_screen).__name__)\n"
    "            heavy = [m for m in ('sqlalchemy', 'sqlmodel', 'sqlcipher3', 'alembic', 'faker', 'reportlab', 'cryptography', 'pyrage')\n"
    "                     if m in sys.modules]\n"
    "            print(seen[0], ','.join(heavy), flush=True)\n"
    "            QTimer.singleShot(0, ui_app.QApplication.instance().quit)\n"
    "        return False\n"
    "seen = []\n"
    "watch = FirstPaint()\n"
    "make = ui_app.make_application\n"
    "ui_app.make_application = lambda argv=None: (app := make(argv), app.installEventFilter(watch))[0]\n"
    "from rosc_desktop.cli import main\n"
    "main(sys.argv[1:])\n"
)


@pytest.mark.parametrize("demo", [False, True], ids=["center", "demo"])
def test_the_apps_own_start_paints_sign_in_before_loading_the_database_stack(services, paths, demo) -> None:  # type: ignore[no-untyped-def]
    services.close()
    root = paths.root
    if demo:  # --demo keeps its database in a "demo" folder of the data folder: put this center there
        shutil.copytree(paths.root, paths.root / "demo", ignore=shutil.ignore_patterns("demo"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    args = ["--data-dir", str(root), "--lang", "en"] + (["--demo"] if demo else [])
    out = subprocess.run([sys.executable, "-c", _FIRST_PAINT, *args], capture_output=True, text=True, env=env,
                         timeout=120, stdin=subprocess.DEVNULL)
    assert out.returncode == 0, out.stderr
    screen, _, heavy = out.stdout.strip().partition(" ")
    assert screen == "SignInScreen", out.stdout
    assert heavy == "", f"loaded before the sign-in screen painted: {heavy}"


def _printed_by(code: str) -> str:
    """What `code` prints, run in a fresh interpreter (nothing of this test process already imported)."""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), stdin=subprocess.DEVNULL)
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_the_background_loading_brings_in_unlocking_before_its_thread_starts() -> None:
    # Signing in derives the key beside the background thread, which imports the same cryptography (sync's keys):
    # what unlocking needs is loaded on the calling thread first, so the two never import it at the same moment.
    code = (
        "import sys\n"
        "from rosc_desktop.ui import preload\n"
        "wanted = ('pyrage', 'cryptography.hazmat.primitives.kdf.argon2', 'cryptography.hazmat.primitives.ciphers.aead')\n"
        "before = [m for m in wanted if m in sys.modules]\n"
        "preload.start()\n"
        "after = [m for m in wanted if m in sys.modules]\n"
        "preload.wait()\n"
        "print(len(before), len(after))\n"
    )
    assert _printed_by(code).split() == ["0", "3"]


def test_signing_in_loads_no_bundle_code_until_the_sync_tab_wants_it() -> None:
    # The sweep of a killed import's work files runs at every sign-in; the bundle code it once came with stayed in
    # memory (9.5 MiB) for people who never open the Sync tab.
    code = (
        "import sys\n"
        "from rosc_desktop.ui import preload\n"
        "preload.start(); preload.wait()\n"
        "from rosc_desktop.sync.work_folders import sweep_work_folders\n"
        "print(sorted(m for m in ('rosc_desktop.sync.exchange', 'rosc_desktop.sync.importing',\n"
        "                         'rosc_desktop.sync.export', 'rosc_desktop.sync.bundle') if m in sys.modules))\n"
    )
    assert _printed_by(code).strip() == "[]"


def test_the_services_of_screens_not_opened_stay_unloaded_until_asked_for() -> None:
    # A signed-in window that shows only Today kept every screen's services in memory (about 5 MiB of code). Only
    # what the background loading brings in for sign-in and Today is there before anything asks.
    code = (
        "import sys\n"
        "from rosc_desktop.ui import preload\n"
        "preload.start(); preload.wait()\n"
        "from rosc_desktop.services import core\n"
        "services = core.Services(None, None, None, None)\n"
        "names = [n for n, v in vars(core.Services).items() if hasattr(v, 'attrname')]\n"
        "services_here = sorted(m for m in sys.modules if m.startswith('rosc_desktop.services.'))\n"
        "print(len(names), sorted(vars(services)))\n"
        "print(sorted(m.rsplit('.', 1)[1] for m in services_here if m.rsplit('.', 1)[1] in\n"
        "      {'participants', 'intake', 'plans', 'activities', 'setback', 'network', 'referrals', 'reports', 'health',\n"
        "       'directory', 'directory_import', 'consents', 'staff', 'accounts', 'checkins', 'caseload'}))\n"
        "directory = services.directory\n"
        "print('rosc_desktop.services.directory' in sys.modules, directory is services.directory)\n"
    )
    first, loaded, asked = _printed_by(code).strip().splitlines()
    assert first == "16 ['_closed', 'actor', 'keyring', 'paths', 'store']"  # no service made yet
    assert loaded == "['accounts', 'caseload', 'checkins']"  # ui/preload.py's, for sign-in and Today
    assert asked == "True True"
