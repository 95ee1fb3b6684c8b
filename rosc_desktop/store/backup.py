"""Backups of the encrypted store, made with SQLite's online backup API into a file under the same key.

A PostgreSQL hub is backed up with `pg_dump` (custom format, restored with `pg_restore`) when the tool is
installed. A backup is written to a temporary name and renamed, so the folder never holds a half-made copy;
the newest `keep` backups are kept, and only backups that opened and passed SQLite's check are ever kept, so
every backup in the folder is a good one. File names carry only the time.

A withdrawal of consent reaches the backups too (`replace_older`): at a hub, once the bundle that carries it is
applied, a fresh backup is made and checked, and every older one, which still holds what was withdrawn, is
deleted.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import datetime, timezone
from pathlib import Path

from rosc_desktop.errors import RoscError
from rosc_desktop.store import postgres
import sqlcipher3

from rosc_desktop.store.database import BULK_CACHE_KIB, Store, _key_pragma, connect_raw
from rosc_desktop.util_files import _fsync_dir

BACKUP_GLOB = "rosc-*.db"
PG_BACKUP_GLOB = "rosc-*.pgdump"


def backup(store: Store, folder: Path, *, keep: int = 10, reason: str = "start", logical: bool = False) -> Path:
    """A copy of the store under the same key. `logical` copies rows, not pages (slower): nothing of what was
    overwritten or deleted comes along, even from free space in the file."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S-%f")
    if store.is_postgres:
        return _pg_backup(store, folder / f"rosc-{stamp}-{reason}.pgdump", keep)
    target = folder / f"rosc-{stamp}-{reason}.db"
    partial = target.with_suffix(".db.part")
    source = store.raw_connection()
    try:
        if logical:
            _export_rows(source, partial, store.key)
        else:
            # Same key: a backup is as protected as the store.
            dest = connect_raw(partial, store.key, cache_kib=BULK_CACHE_KIB)
            try:
                source.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside it
            finally:
                dest.close()
    except BaseException as exc:
        for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
            leftover.unlink(missing_ok=True)
        if isinstance(exc, sqlcipher3.DatabaseError):  # a page of the store itself does not read back
            raise RoscError("backup_damaged") from None
        raise
    finally:
        source.close()
    os.chmod(partial, 0o600)
    # Kept only once it opens under the key and passes SQLite's check: a damaged store (a bad disk) must not
    # push the last good backups out of the folder one day at a time.
    if not opens(store, partial):
        partial.unlink(missing_ok=True)
        raise RoscError("backup_damaged")
    os.replace(partial, target)
    _fsync_dir(folder)
    _prune(folder, keep)
    return target


def write_row_copy(store: Store, target: Path) -> None:
    """A row copy of the store (see `backup`'s `logical`) written to `target`, under the same key."""
    source = store.raw_connection()
    try:
        _export_rows(source, target, store.key)
    except sqlcipher3.DatabaseError:
        Path(target).unlink(missing_ok=True)
        raise RoscError("backup_damaged") from None
    finally:
        source.close()
    os.chmod(target, 0o600)


def _export_rows(source: sqlcipher3.Connection, partial: Path, key: bytes) -> None:
    # sqlcipher_export writes every schema object and row into the attached file, encrypted under `key`.
    source.execute(f"ATTACH DATABASE ? AS fresh KEY \"x'{key.hex()}'\"", (str(partial),))
    try:
        source.execute("SELECT sqlcipher_export('fresh')")
        version = source.execute("PRAGMA main.user_version").fetchone()[0]
        source.execute(f"PRAGMA fresh.user_version = {int(version)}")
    finally:
        source.execute("DETACH DATABASE fresh")


def _pg_backup(store: Store, target: Path, keep: int) -> Path:
    tool = pg_dump_path()
    if tool is None:
        raise RoscError("backup_tool_missing", tool="pg_dump")
    partial = target.with_name(target.name + ".part")
    assert store.url is not None
    # The password travels in the child's environment, never on its command line (visible in `ps`).
    env = dict(os.environ)
    env.update({name: str(value) for name, value in postgres.libpq_environment(store.url).items()})
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as out:
            done = subprocess.run([tool, "--format=custom", "--no-owner", "--no-password"], stdout=out,
                                  stderr=subprocess.PIPE, env=env, check=False)
            if done.returncode != 0:
                # pg_dump's own words name hosts and users, never participants; keep them out anyway.
                raise RoscError("backup_dump_failed", status=done.returncode)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    os.replace(partial, target)
    _fsync_dir(target.parent)
    _prune(target.parent, keep)
    return target


def pg_dump_path() -> str | None:
    """pg_dump from PATH, else from the newest PostgreSQL installed the Debian way."""
    found = shutil.which("pg_dump")
    if found:
        return found
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_dump"),
                        key=lambda p: int(p.parts[-3]) if p.parts[-3].isdigit() else 0)
    return str(candidates[-1]) if candidates else None


def list_backups(folder: Path) -> list[Path]:
    return sorted([*folder.glob(BACKUP_GLOB), *folder.glob(PG_BACKUP_GLOB)])


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


def made_at(path: Path) -> datetime | None:
    """When a backup was made, from its name (UTC); None for a name this module did not write."""
    parts = path.name.split("-")
    try:
        return datetime.strptime("-".join(parts[1:4]), "%Y%m%d-%H%M%S-%f").replace(tzinfo=timezone.utc)
    except ValueError:
        return None


def opens(store: Store, path: Path) -> bool:
    """Whether a backup opens under the store's key and passes SQLite's quick check (read-only, nothing changed).
    A PostgreSQL dump counts when it is not empty: pg_dump exited 0 before it was renamed into place."""
    if path.suffix == ".pgdump":
        return path.stat().st_size > 0
    return file_checks_out(path, store.key, full=False)


def file_checks_out(path: Path, key: bytes, *, full: bool = False) -> bool:
    """Whether a database file opens under `key` and passes SQLite's check: the quick one (every page read,
    B-trees walked) or, with `full`, the integrity check (indexes against their tables too). Read-only."""
    try:
        conn = sqlcipher3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    except sqlcipher3.Error:
        return False
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_key_pragma(key))
        verdict = conn.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
        return [row[0] for row in verdict] == ["ok"]
    except sqlcipher3.Error:
        return False
    finally:
        conn.close()


def newest_good(folder: Path, key: bytes) -> Path | None:
    """The newest backup in `folder` that opens under `key` and passes the quick check, or None."""
    if not folder.is_dir():
        return None
    for candidate in reversed(sorted(folder.glob(BACKUP_GLOB))):
        if file_checks_out(candidate, key):
            return candidate
    return None


# A marker (holding nothing) that a withdrawal was applied and older backups still hold what was withdrawn: set
# before the import writes, cleared once `replace_older` succeeds, so a crash or a failed backup in between is
# caught up at the next sign-in.
_WITHDRAWAL_PENDING = ".withdrawal-pending"


def mark_withdrawal(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / _WITHDRAWAL_PENDING).touch()
    _fsync_dir(folder)


def clear_withdrawal(folder: Path) -> None:
    (folder / _WITHDRAWAL_PENDING).unlink(missing_ok=True)


def withdrawal_pending(folder: Path) -> bool:
    return (folder / _WITHDRAWAL_PENDING).exists()


def replace_older(store: Store, folder: Path, *, reason: str = "withdrawal") -> tuple[Path, int]:
    """Make a fresh backup and, once it opens and checks out, delete every backup made before it.

    For a consent withdrawn: the older backups hold what was withdrawn, the fresh one does not. Returns the new
    backup and how many were deleted. A fresh backup that fails its check is removed and nothing else is touched
    (RoscError 'backup_failed'): a center's history of backups is never traded for a damaged copy."""
    fresh = backup(store, folder, keep=len(list_backups(folder)) + 1, reason=reason, logical=True)
    if not opens(store, fresh):
        fresh.unlink(missing_ok=True)
        raise RoscError("backup_failed")
    fresh_at = made_at(fresh)
    removed = 0
    for old in list_backups(folder):
        when = made_at(old)
        if old != fresh and (when is None or fresh_at is None or when <= fresh_at):
            old.unlink(missing_ok=True)
            removed += 1
    clear_withdrawal(folder)
    _fsync_dir(folder)
    return fresh, removed
