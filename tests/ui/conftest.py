"""Qt's own per-user settings (QSettings) go to each test's temporary folder, so no test sees another's
choices and none writes into a real user's configuration."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings


@pytest.fixture(autouse=True)
def _qt_settings_in_tmp(tmp_path: Path) -> None:
    for form in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(form, QSettings.Scope.UserScope, str(tmp_path / "qt-settings"))
    QSettings().clear()
