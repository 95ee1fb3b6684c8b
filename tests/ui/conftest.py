"""Qt's own per-user settings (QSettings) go to each test's temporary folder, so no test sees another's
choices and none writes into a real user's configuration. The tests that walk the screen tour share its demo
center (one per test module) and the language fixture that puts English back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings

from rosc_desktop import i18n


@pytest.fixture(autouse=True)
def _qt_settings_in_tmp(tmp_path: Path) -> None:
    for form in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(form, QSettings.Scope.UserScope, str(tmp_path / "qt-settings"))
    QSettings().clear()


@pytest.fixture(scope="module")
def tour_center(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The screen tour's demo center (tests/ui/screen_tour.py), built once per test module."""
    from tests.ui.screen_tour import build_demo_center

    return build_demo_center(tmp_path_factory.mktemp("demo-center") / "data")


@pytest.fixture
def language_back_to_english():  # type: ignore[no-untyped-def]
    before = QLocale()
    yield
    i18n.install("en")
    QLocale.setDefault(before)
