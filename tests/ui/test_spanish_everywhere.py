"""Under Spanish, no screen or dialog of the tour shows one of our English sources that has a Spanish translation:
a word left in English is a word a Spanish-speaking peer specialist cannot rely on."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from rosc_desktop import i18n
from tests.ui.screen_tour import DemoCenter, build_demo_center, tour
from tests.ui.test_spanish_screens import _left_in_english


@pytest.fixture(scope="module")
def center(tmp_path_factory: pytest.TempPathFactory) -> DemoCenter:
    return build_demo_center(tmp_path_factory.mktemp("demo-center") / "data")


def test_every_screen_and_dialog_reads_in_spanish(qtbot, tmp_path: Path, center: DemoCenter) -> None:  # type: ignore[no-untyped-def]
    before = QLocale()
    left: list[str] = []
    try:
        for stop in tour(qtbot, tmp_path, center, "es"):
            left += [f"{stop.name}: {text}" for text in _left_in_english(stop.window)]
    finally:
        i18n.install("en")
        QLocale.setDefault(before)
    assert not left, "\n".join(dict.fromkeys(left))
