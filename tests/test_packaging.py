"""The built wheel carries what the app finds at run time: compiled translations, icons, migrations."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_ships_resources_translations_and_migrations(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path), str(ROOT)],
                   check=True, capture_output=True, timeout=300)
    wheel = next(tmp_path.glob("rosc_desktop-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "rosc_desktop/resources/translations/rosc_desktop_es.qm",
        "rosc_desktop/resources/icons/rosc-desktop.svg",
        "rosc_desktop/store/migrations/env.py",
        "rosc_desktop/store/migrations/script.py.mako",
        "rosc_desktop/store/migrations/versions/0001_initial_schema.py",
    ):
        assert needed in names, needed
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "rosc-desktop = rosc_desktop.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()
