"""The sign-in screen paints with none of the database stack, the documents or the sync screens loaded; the
database stack then loads behind it, while the password is typed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sqlalchemy", "sqlmodel", "sqlcipher3", "alembic", "reportlab", "qrcode", "segno", "faker")

CODE = """
import sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from rosc_desktop.paths import AppPaths
from rosc_desktop.ui.app import make_application
app = make_application([])
from rosc_desktop.ui import preload
from rosc_desktop.ui.main_window import MainWindow
HEAVY = {heavy!r}
window = MainWindow(AppPaths(Path({root!r})))
seen = {{}}

def loaded():
    return sorted(m for m in sys.modules if m.split(".")[0] in HEAVY or m.startswith("PySide6.QtPdf")
                  or m.startswith("PySide6.QtCharts") or m.startswith("rosc_desktop.sync")
                  or m.startswith("rosc_desktop.documents") or m.startswith("rosc_desktop.model"))

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "at_paint" not in seen:
            seen["at_paint"] = loaded()
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, after))  # after the screen's own first-paint work
        return False

def after():
    preload.wait()
    print("screen", type(window.start_screen).__name__)
    print("at_paint", " ".join(seen["at_paint"]))
    print("after", " ".join(loaded()))
    app.quit()

spy = FirstPaint(); window.start_screen.installEventFilter(spy)
window.show(); app.exec()
"""


def test_the_sign_in_screen_paints_first_and_the_database_stack_loads_behind_it(services, paths) -> None:  # type: ignore[no-untyped-def]
    services.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", CODE.format(heavy=HEAVY, root=str(paths.root))],
                         capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    lines = dict(line.partition(" ")[::2] for line in out.stdout.splitlines())
    assert lines["screen"] == "SignInScreen"
    assert lines["at_paint"] == "", f"loaded before the sign-in screen painted: {lines['at_paint']}"
    after = set(lines["after"].split())
    assert {"sqlalchemy", "sqlmodel", "sqlcipher3", "rosc_desktop.model"} <= after
    assert not after & {"alembic", "reportlab", "qrcode", "segno", "PySide6.QtPdf", "PySide6.QtCharts"}
