"""The app's own modules compiled to bytecode, as an installed app has them, before anything is timed.

An installed ROSC Desktop starts from bytecode: pip compiles a wheel's modules as it installs them, PyInstaller
packs them compiled, and an editable install writes `__pycache__` on its first start. A benchmark run from a fresh
clone, or from a shell with PYTHONDONTWRITEBYTECODE set (this team's machines have it), would instead compile
every module of the app from source in every process it starts: about 30 ms of the start and more of sign-in,
timed as if they were the app's. The libraries in `.venv` are compiled already (pip did it).
"""

from __future__ import annotations

import compileall
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def compile_app() -> None:
    """Write the bytecode of every module under rosc_desktop/ that has none or an out-of-date one (a no-op
    when all are current), whatever PYTHONDONTWRITEBYTECODE says: py_compile writes regardless."""
    if not compileall.compile_dir(str(ROOT / "rosc_desktop"), quiet=1):
        raise SystemExit("could not compile rosc_desktop/ to bytecode: see the errors above")
