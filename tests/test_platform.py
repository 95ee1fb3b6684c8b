"""Facts about the installed libraries the app relies on, checked so an upgrade that breaks them fails here
first rather than as a crash in front of a participant."""

from __future__ import annotations

import sys

from PySide6.QtGui import QPen


def test_qt_calls_do_not_leak_references_to_none() -> None:
    # PySide6 6.12.0 on CPython 3.11 dropped a reference to None on almost every void call; a busy screen then
    # aborted the whole app ("none_dealloc") after a few thousand calls. pyproject pins 6.11 for this reason.
    pen = QPen()
    before = sys.getrefcount(None)
    for _ in range(200):
        pen.setWidthF(1.0)
    assert before - sys.getrefcount(None) < 50
