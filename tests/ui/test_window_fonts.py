"""The fonts shipped for paper serve the window too: a computer without a Chinese or Korean font still shows
those names, not empty boxes."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtGui import QFont, QFontMetrics

from rosc_desktop.ui.app import load_shipped_fonts

CHILD = """
from importlib import resources
from PySide6.QtGui import QFontDatabase
from rosc_desktop.ui.app import make_application
make_application([])
# Font ids count up from 0 in each process: the next one tells how many the app had added itself.
extra = resources.files("rosc_desktop") / "resources" / "fonts" / "DejaVuSans.ttf"
print(QFontDatabase.addApplicationFont(str(extra)))
"""


def test_the_app_adds_the_shipped_fonts_at_start() -> None:
    done = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.strip().splitlines()[-1]) >= 3  # DejaVu Sans, its bold, WenQuanYi Micro Hei


def test_the_shipped_cjk_font_covers_chinese_and_korean_names(qtbot) -> None:  # type: ignore[no-untyped-def]
    assert {"DejaVu Sans", "WenQuanYi Micro Hei"} <= set(load_shipped_fonts())
    metrics = QFontMetrics(QFont("WenQuanYi Micro Hei"))
    assert all(metrics.inFontUcs4(ord(ch)) for ch in "王秀英김민준")
