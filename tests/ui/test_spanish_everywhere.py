"""Under Spanish, no screen or dialog of the tour shows one of our English sources that has a Spanish translation:
a word left in English is a word a Spanish-speaking peer specialist cannot rely on."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale

from rosc_desktop import i18n
from tests.ui.screen_tour import DemoCenter, tour
from tests.ui.test_spanish_screens import _left_in_english


def test_every_screen_and_dialog_reads_in_spanish(qtbot, tmp_path: Path, tour_center: DemoCenter) -> None:  # type: ignore[no-untyped-def]
    before = QLocale()
    left: list[str] = []
    try:
        for stop in tour(qtbot, tmp_path, tour_center, "es"):
            left += [f"{stop.name}: {text}" for text in _left_in_english(stop.window)]
    finally:
        i18n.install("en")
        QLocale.setDefault(before)
    assert not left, "\n".join(dict.fromkeys(left))
