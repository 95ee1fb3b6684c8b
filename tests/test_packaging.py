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


def test_the_windows_app_never_shows_a_traceback_box(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The spec as PyInstaller runs it on Windows, with its build steps recorded instead of run: the windowed
    program (no console) has PyInstaller's traceback box turned off; the terminal's program keeps its console."""
    import types

    made: list[dict[str, object]] = []

    class Step:
        def __init__(self, *args: object, **kwargs: object) -> None:
            self.binaries: list[tuple[str, ...]] = []
            self.datas: list[tuple[str, ...]] = []
            self.pure = self.scripts = []
            self.kwargs = kwargs

    class Exe(Step):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            made.append(kwargs)

    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda name: []  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setattr(sys, "platform", "win32")
    spec = ROOT / "packaging" / "rosc-desktop.spec"
    exec(compile(spec.read_text(), str(spec), "exec"), {  # noqa: S102 - our own build recipe
        "SPECPATH": str(spec.parent), "Analysis": Step, "PYZ": Step, "EXE": Exe, "COLLECT": Step})
    windowed = [kwargs for kwargs in made if not kwargs["console"]]
    assert [kwargs["name"] for kwargs in windowed] == ["rosc-desktop"]
    assert windowed[0].get("disable_windowed_traceback") is True
    assert [kwargs["name"] for kwargs in made if kwargs["console"]] == ["rosc-desktop-cli"]
