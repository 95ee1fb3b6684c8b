"""An import's private work folders (sync-work/ under the data folder): made, removed, and swept when a killed
import left one behind.

Apart from the rest of the import so that signing in can sweep without loading the bundle code: the sweep runs at
every sign-in (a killed import's files go at once, not next month), and importing sync.exchange for it cost the app
9.5 MiB that stayed until the Sync tab was opened (bench/cold_start.py). Nothing here reads a bundle; the files
inside are sealed (sync/bundle_work.py) with a key that died with the process that wrote them.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from rosc_desktop.paths import private_folder
from rosc_desktop.util_files import process_alive

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

WORK_FOLDER = "sync-work"

# Work folders of imports running in this process. Another import (a second thread, or the CLI beside the app on a
# PostgreSQL hub) sweeps at its start, and must not pull the sealed sections from under one still reading them.
_ACTIVE_WORK: set[Path] = set()
_ACTIVE_LOCK = threading.Lock()


def sweep_work_folders(services: Services) -> int:
    """Remove the work files left by an import that was killed (power cut, os._exit) before its cleanup ran.

    They are sealed with a key that died with that process, so they cannot be read; removing them is the second
    line of defence (and gives the disk space back)."""
    folder = services.paths.root / WORK_FOLDER
    if not folder.exists():
        return 0
    removed = 0
    with _ACTIVE_LOCK:
        for leftover in folder.iterdir():
            if leftover in _ACTIVE_WORK or _owner_alive(leftover):
                continue
            shutil.rmtree(leftover, ignore_errors=True)
            removed += 1
    return removed


def new_work_folder(root: Path) -> Path:
    """A fresh private folder for one import, known to this process's sweeps until `remove_work_folder`."""
    work_root = private_folder(root / WORK_FOLDER)
    with _ACTIVE_LOCK:
        workdir = Path(tempfile.mkdtemp(prefix=f"import-{os.getpid()}-", dir=work_root))
        _ACTIVE_WORK.add(workdir)
    return workdir


def remove_work_folder(workdir: Path) -> None:
    with _ACTIVE_LOCK:
        _ACTIVE_WORK.discard(workdir)
        shutil.rmtree(workdir, ignore_errors=True)


def _owner_alive(leftover: Path) -> bool:
    """True when the folder belongs to another process that is still running (POSIX; elsewhere we cannot ask
    safely, and sweep as before)."""
    parts = leftover.name.split("-")
    if len(parts) < 3 or not parts[1].isdigit() or int(parts[1]) == os.getpid():
        return False
    return process_alive(int(parts[1]))
