"""PySide6's import hook no longer keeps the source of every module imported after it (pyside_sources.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

_PROBE = r'''
import json, linecache, sys
import PySide6.QtCore
hooks = sys.modules["shibokensupport.feature"]
original = hooks._mod_uses_pyside
import rosc_desktop.i18n  # replaces the helper, as on every path of the app
from rosc_desktop import pyside_sources
import os, types
sys.path.insert(0, sys.argv[1])
sys.path.insert(0, os.path.join(sys.argv[1], "modules.zip"))
import with_qt, without_qt, zipped_qt  # written by the test: two mention PySide6 (one inside a zip), one does not
import sqlalchemy.orm, rosc_desktop.model
kept = sorted(name for name in linecache.cache
              if name.startswith(sys.argv[1]) or f"{os.sep}sqlalchemy{os.sep}" in name)
odd = {}
for name, file in (("no_spec", with_qt.__file__), ("nul_in_path", "bad\0name.py"), ("no_file", None)):
    module = types.ModuleType(name)  # no __spec__, no loader: a script's __main__ is like this
    if file is not None:
        module.__file__ = file
    odd[name] = module
modules = {**{name: m for name, m in list(sys.modules.items()) if m is not None}, **odd}
answers = {name: (original(module), pyside_sources.uses_pyside(module)) for name, module in modules.items()}
print(json.dumps({
    "replaced": hooks._mod_uses_pyside is pyside_sources.uses_pyside,
    "with_qt": hooks.pyside_feature_dict.get("with_qt"), "without_qt": hooks.pyside_feature_dict.get("without_qt"),
    "kept": kept,
    "differ": sorted(name for name, (theirs, ours) in answers.items() if theirs != ours),
    "mention": sorted(name for name, (theirs, _ours) in answers.items() if theirs),
    "odd": {name: answers[name][1] for name in odd},
}))
'''


def _probe(tmp_path: Path) -> dict:  # type: ignore[type-arg]
    (tmp_path / "with_qt.py").write_text("from PySide6.QtCore import QObject\nVALUE = QObject\n")
    (tmp_path / "without_qt.py").write_text("VALUE = 1\n")
    with zipfile.ZipFile(tmp_path / "modules.zip", "w") as archive:
        archive.writestr("zipped_qt.py", "# made for PySide6\nVALUE = 2\n")
    out = subprocess.run([sys.executable, "-c", _PROBE, str(tmp_path)], capture_output=True, text=True, timeout=120,
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), stdin=subprocess.DEVNULL)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_modules_imported_after_qt_leave_no_source_text_behind(tmp_path: Path) -> None:
    seen = _probe(tmp_path)
    # Fails when a PySide6 upgrade renames or drops the helper: then this module must be looked at again.
    assert seen["replaced"]
    assert seen["kept"] == []


def test_the_hook_sorts_modules_as_pysides_own_helper_did(tmp_path: Path) -> None:
    seen = _probe(tmp_path)
    assert (seen["with_qt"], seen["without_qt"]) == (0, -1)  # 0: uses PySide6; -1: ignored by its features
    assert seen["differ"] == []
    # The comparison ran over modules that mention PySide6 too (ours among them, and one read from a zip).
    assert {"with_qt", "zipped_qt", "rosc_desktop.i18n", "no_spec"} <= set(seen["mention"])
    # A module without a spec is read from its file; a path that cannot be opened answers no instead of raising
    # (which would break the import that asked).
    assert seen["odd"] == {"no_spec": True, "nul_in_path": False, "no_file": False}
