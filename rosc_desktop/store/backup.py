"""Backups of the encrypted store, made with SQLite's online backup API into a file under the same key.

A backup is written to a temporary name and renamed, so the folder never holds a half-made copy; the
newest `keep` backups are kept. File names carry only the time.
"""

from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

from rosc_desktop.store.database import Store, connect_raw
from rosc_desktop.util_files import _fsync_dir

BACKUP_GLOB = "rosc-*.db"


def backup(store: Store, folder: Path, *, keep: int = 10, reason: str = "start") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"rosc-{stamp}-{reason}.db"
    partial = target.with_suffix(".db.part")
    source = store.raw_connection()
    try:
        dest = connect_raw(partial, store.key)  # same key: a backup is as protected as the store
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside it
        finally:
            dest.close()
    except BaseException:
        for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    finally:
        source.close()
    os.chmod(partial, 0o600)
    os.replace(partial, target)
    _fsync_dir(folder)
    _prune(folder, keep)
    return target


def list_backups(folder: Path) -> list[Path]:
    return sorted(folder.glob(BACKUP_GLOB))


def hours_since_last(folder: Path) -> float:
    """Hours since the newest backup was made (infinity when there is none)."""
    existing = list_backups(folder)
    if not existing:
        return float("inf")
    newest = max(path.stat().st_mtime for path in existing)
    return max(0.0, (datetime.now(timezone.utc).timestamp() - newest) / 3600)


def _prune(folder: Path, keep: int) -> None:
    for old in list_backups(folder)[:-keep]:
        old.unlink(missing_ok=True)
