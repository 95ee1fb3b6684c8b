"""Backups a person carries away (File → Back up to…, `rosc-desktop backup --to`) and restoring one.

A backup file is a plain tar holding three members, each already protected on its own:
- `rosc.db`: a row copy of the store (`sqlcipher_export`) under the same key, checked with SQLite's integrity
  check before it is packed;
- `keyring.json`: the keyring as it was, so the copy opens with any staff password or the recovery key of that
  day, on this computer or a new one (the old one stolen or dead);
- `backup.json`: which center, when, which app and schema, and each member's SHA-256.
The file is written to a temporary name beside its target, read back from there and checked against those hashes
(USB sticks lie about what they stored), then renamed. Its name carries only the site code and the date.

Restoring checks the file, unlocks it with a password or the recovery key, runs the full integrity check on the
unpacked copy, moves the current database and keyring aside into `replaced/<time>/` (never overwritten, never
deleted by us), puts the copy in place, records the restore in the audit chain and makes the keyring's witness
of that chain follow the restored copy, so `check` says all is well afterwards. The automatic backups in
`backups/` (bare database files under the current key) restore the same way with the current keyring.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tarfile
import tempfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from rosc_desktop import __version__
from rosc_desktop.clock import utc_now
from rosc_desktop.enums import Role
from rosc_desktop.errors import RoscError
from rosc_desktop.paths import AppPaths, private_folder
from rosc_desktop.store.keyring import KeyRing, normalise_username
from rosc_desktop.util_files import _fsync_dir, write_atomic

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

SUFFIX = ".roscbackup"
FORMAT = 1
MANIFEST = "backup.json"
DATABASE = "rosc.db"
KEYRING = "keyring.json"
_SMALL_LIMIT = 4 << 20  # the manifest and the keyring are a few KiB; anything near this is not ours
_WORK_FOLDER = "restore-work"
_REPLACED_FOLDER = "replaced"
_CHUNK = 1 << 20
RECOVERY_ACTOR = "recovery-key"
RESTORE_MARKER = ".restore-in-progress"


@dataclass(frozen=True)
class BackupInfo:
    site_code: str
    made_at: datetime
    app_version: str
    schema: str


@dataclass(frozen=True)
class RestoreReport:
    made_at: datetime | None  # when the restored copy was made (None: not known from its name)
    kept_aside: Path | None  # where the database that was here now lives (None: there was none)


def backup_file_name(site_code: str, day: str, folder: Path) -> Path:
    """`rosc-backup-<SITE>-<YYYY-MM-DD>.roscbackup`, with -2, -3… for a second one the same day."""
    stem = f"rosc-backup-{site_code}-{day}"
    target = folder / f"{stem}{SUFFIX}"
    n = 2
    while target.exists():
        target = folder / f"{stem}-{n}{SUFFIX}"
        n += 1
    return target


def write_backup_file(services: "Services", folder: str | os.PathLike[str]) -> Path:
    """An encrypted, verified copy of the database with the keyring it needs, in `folder` (a USB stick)."""
    from rosc_desktop.clock import center_today
    from rosc_desktop.services.permissions import Action
    from rosc_desktop.store import backup as backups
    from rosc_desktop.store import migrate

    services.require(Action.BACK_UP)
    if services.store.is_postgres:
        raise RoscError("backup_file_postgres")
    folder = Path(folder)
    if not folder.is_dir():
        raise RoscError("backup_folder_missing")
    site_code = services.store.site_code or "SITE"
    work = _work_folder(services.paths, "backup-")
    try:
        copy = work / DATABASE
        backups.write_row_copy(services.store, copy)
        if not backups.file_checks_out(copy, services.store.key, full=True):
            raise RoscError("backup_damaged")
        services.keyring.save()  # the witness and accounts as they are now
        shutil.copyfile(services.paths.keyring, work / KEYRING)
        manifest = {
            "format": FORMAT, "site_code": site_code, "made_at": utc_now().isoformat(timespec="seconds"),
            "app_version": __version__, "schema": migrate.current_revision(services.store) or "",
            "sha256": {name: _sha256_of(work / name) for name in (DATABASE, KEYRING)},
        }
        (work / MANIFEST).write_bytes(json.dumps(manifest, indent=2, sort_keys=True).encode("utf-8"))
        target = backup_file_name(site_code, center_today().isoformat(), folder)
        partial = target.with_name(f".{target.name}.part")
        try:
            with tarfile.open(partial, "w", format=tarfile.PAX_FORMAT) as tar:
                for name in (MANIFEST, DATABASE, KEYRING):
                    tar.add(work / name, arcname=name, recursive=False, filter=_plain_member)
            with open(partial, "rb+") as written:
                os.fsync(written.fileno())
            # Read back from the stick itself: what it stored is what a restore will get.
            read_backup_file(partial, check_hashes=True)
            os.replace(partial, target)
        except OSError as exc:
            raise RoscError("backup_write_failed", errno=exc.errno) from None
        finally:
            partial.unlink(missing_ok=True)
        _fsync_dir(folder)
    finally:
        shutil.rmtree(work, ignore_errors=True)
        _remove_empty(services.paths.root / _WORK_FOLDER)
    with services.store.write() as session:
        services.audit(session, "backup_written", details={"site_code": site_code})
    return target


def _plain_member(info: tarfile.TarInfo) -> tarfile.TarInfo:
    # Nothing of this computer in the archive: no user or group names, fixed modes.
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    info.mode = 0o600
    return info


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def read_backup_file(path: str | os.PathLike[str], *, check_hashes: bool = False,
                     unpack_to: Path | None = None) -> BackupInfo:
    """What a backup file says of itself, after checking that it is one of ours and whole.

    Only the three expected regular members are accepted, the small ones capped in size; with `check_hashes`
    (always when unpacking) each member's bytes must match the manifest. Raises RoscError('backup_file_invalid')
    for anything else: a damaged stick, a different file, a hand-made archive."""
    path = Path(path)
    try:
        with tarfile.open(path, "r:") as tar:
            members = {}
            for member in tar:
                if member.name not in (MANIFEST, DATABASE, KEYRING) or not member.isreg() or member.name in members:
                    raise RoscError("backup_file_invalid")
                if member.name != DATABASE and member.size > _SMALL_LIMIT:
                    raise RoscError("backup_file_invalid")
                members[member.name] = member
            if set(members) != {MANIFEST, DATABASE, KEYRING}:
                raise RoscError("backup_file_invalid")
            info, hashes = _manifest(_read_member(tar, members[MANIFEST]))
            if check_hashes or unpack_to is not None:
                for name in (DATABASE, KEYRING):
                    if _copy_member(tar, members[name], unpack_to / name if unpack_to else None) != hashes[name]:
                        raise RoscError("backup_file_invalid")
    except (tarfile.TarError, OSError, EOFError, UnicodeError, ValueError):
        raise RoscError("backup_file_invalid") from None
    return info


def _read_member(tar: tarfile.TarFile, member: tarfile.TarInfo) -> bytes:
    handle = tar.extractfile(member)
    if handle is None:
        raise RoscError("backup_file_invalid")
    data = handle.read(_SMALL_LIMIT + 1)
    if len(data) > _SMALL_LIMIT:
        raise RoscError("backup_file_invalid")
    return data


def _copy_member(tar: tarfile.TarFile, member: tarfile.TarInfo, target: Path | None) -> str:
    handle = tar.extractfile(member)
    if handle is None:
        raise RoscError("backup_file_invalid")
    digest = hashlib.sha256()
    out: BinaryIO | None = None
    if target is not None:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        out = os.fdopen(fd, "wb")
    try:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
            if out is not None:
                out.write(chunk)
        if out is not None:
            out.flush()
            os.fsync(out.fileno())
    finally:
        if out is not None:
            out.close()
    return digest.hexdigest()


def _manifest(data: bytes) -> tuple[BackupInfo, dict[str, str]]:
    try:
        doc = json.loads(data.decode("utf-8"))
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise ValueError("format")
        hashes = {name: str(doc["sha256"][name]) for name in (DATABASE, KEYRING)}
        made_at = datetime.fromisoformat(str(doc["made_at"]))
        if made_at.tzinfo is None:
            made_at = made_at.replace(tzinfo=timezone.utc)
        info = BackupInfo(str(doc["site_code"])[:16], made_at, str(doc.get("app_version", ""))[:32],
                          str(doc.get("schema", ""))[:64])
    except (ValueError, KeyError, TypeError, RecursionError):
        raise RoscError("backup_file_invalid") from None
    return info, hashes


def restore(paths: AppPaths, source: str | os.PathLike[str], *, username: str = "", password: str = "",
            recovery_key: str = "") -> RestoreReport:
    """Put a backup in place of the database here (if any), keeping that one aside. Unlocked by `username` and
    `password`, or by `recovery_key`; the account must be an admin's or a coordinator's in the copy.

    The work folder goes once empty; a restore that fails also leaves none of the folders it made (a new data
    folder, or a mistyped one, with its backups/ and logs/): only empty ones are removed, never anything in them."""
    source = Path(source)
    if not source.is_file():
        raise RoscError("backup_file_invalid")
    if source.suffix == ".db" and not KeyRing.exists(paths.keyring):
        raise RoscError("keyring_missing")  # before any folder is made (_unpack says it too)
    work_root = paths.root / _WORK_FOLDER
    made = [folder for folder in (paths.backups, paths.logs, *_missing_up_to(paths.root)) if not folder.exists()]
    report: RestoreReport | None = None
    try:
        paths.ensure()
        report = _restore_from(paths, source, username=username, password=password, recovery_key=recovery_key)
    finally:
        for folder in (work_root,) if report is not None else (work_root, *made):  # the deepest first
            _remove_empty(folder)
    return report


def _restore_from(paths: AppPaths, source: Path, *, username: str, password: str,
                  recovery_key: str) -> RestoreReport:
    from rosc_desktop.services.session import DAMAGED_MARKER
    from rosc_desktop.store import backup as backups

    work = _work_folder(paths, "restore-")
    try:
        made_at = _unpack(paths, source, work)
        ring = KeyRing.load(work / KEYRING)
        keys = ring.recovery_keys(recovery_key) if recovery_key else ring.unlock_keys(username, password)
        key = _key_that_opens(work / DATABASE, keys)
        if not backups.file_checks_out(work / DATABASE, key, full=True):
            raise RoscError("backup_damaged")
        actor = RECOVERY_ACTOR if recovery_key else normalise_username(username)
        _check_may_restore(work / DATABASE, key, actor)
        kept_aside = _set_aside(paths)
        os.replace(work / DATABASE, paths.database)
        os.replace(work / KEYRING, paths.keyring)
        _fsync_dir(paths.root)
        (paths.root / DAMAGED_MARKER).unlink(missing_ok=True)  # the damaged file is the one set aside
        _record_restore(paths, key, actor, made_at)
        (paths.root / RESTORE_MARKER).unlink(missing_ok=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return RestoreReport(made_at, kept_aside)


def _work_folder(paths: AppPaths, prefix: str) -> Path:
    """A new private folder in restore-work/ for one backup or restore, beside the database (same disk)."""
    for _attempt in range(3):
        try:
            return Path(tempfile.mkdtemp(prefix=prefix, dir=private_folder(paths.root / _WORK_FOLDER)))
        except FileNotFoundError:
            continue  # another backup or restore removed restore-work, empty, in between: made again
    return Path(tempfile.mkdtemp(prefix=prefix, dir=private_folder(paths.root / _WORK_FOLDER)))


def _remove_empty(folder: Path) -> None:
    """`folder` removed if it is empty; left as it is otherwise (in use by another backup, or not ours)."""
    try:
        folder.rmdir()
    except OSError:
        pass


def _missing_up_to(folder: Path) -> list[Path]:
    """`folder` and those of its parents that do not exist yet, the deepest first."""
    missing = []
    while not folder.exists() and folder.parent != folder:
        missing.append(folder)
        folder = folder.parent
    return missing


def _unpack(paths: AppPaths, source: Path, work: Path) -> datetime | None:
    """The copy and its keyring into `work`; when the copy was made."""
    from rosc_desktop.store import backup as backups

    if source.suffix == ".db":
        # One of the automatic backups: a bare database under the current key, opened with the current keyring.
        if not KeyRing.exists(paths.keyring):
            raise RoscError("keyring_missing")
        shutil.copyfile(source, work / DATABASE)
        shutil.copyfile(paths.keyring, work / KEYRING)
        os.chmod(work / DATABASE, 0o600)
        return backups.made_at(source)
    return read_backup_file(source, unpack_to=work).made_at


def _key_that_opens(database: Path, keys: list[bytes]) -> bytes:
    from rosc_desktop.store.database import probe

    for key in keys:
        try:
            probe(database, key)
            return key
        except RoscError:
            continue
    raise RoscError("backup_damaged")


def _check_may_restore(database: Path, key: bytes, actor: str) -> None:
    from sqlmodel import select

    from rosc_desktop.model import Staff
    from rosc_desktop.services.permissions import Action, allowed
    from rosc_desktop.store.database import Store

    if actor == RECOVERY_ACTOR:
        return  # the center's master key: whoever holds the paper is trusted with the whole database
    store = Store(database, key)
    try:
        with store.read() as session:
            staff = session.exec(select(Staff).where(Staff.username == actor)).first()
    finally:
        store.close()
    if staff is None or not staff.in_service:
        raise RoscError("account_inactive")
    if not allowed(Role(staff.role), Action.BACK_UP):
        raise RoscError("permission_denied", action=Action.BACK_UP.value, role=staff.role)


def _set_aside(paths: AppPaths) -> Path | None:
    """Move the database and keyring that are here now into replaced/<time>/; None when there were none."""
    present = [p for p in (paths.database, Path(f"{paths.database}-wal"), Path(f"{paths.database}-shm"),
                           paths.keyring) if p.exists()]
    if not present:
        return None
    stamp = utc_now().strftime("%Y%m%d-%H%M%S")
    aside = private_folder(paths.root / _REPLACED_FOLDER / stamp)
    # Until the copy is in place and audited: a restore killed half-way is undone at the next start.
    write_atomic(paths.root / RESTORE_MARKER, f"{aside.relative_to(paths.root)}\n{os.getpid()}".encode("utf-8"))
    for item in present:
        os.replace(item, aside / item.name)
    _fsync_dir(aside)
    return aside


def _record_restore(paths: AppPaths, key: bytes, actor: str, made_at: datetime | None) -> None:
    """The restore as an audited event in the restored chain, and the keyring's witness set to its new head."""
    from rosc_desktop.services import audit
    from rosc_desktop.services.session import open_store

    store = open_store(paths, key, make_backup=False, database_url="")
    try:
        with store.write() as session:
            audit.record(session, site=store.site_code or "", actor=actor, action="backup_restored",
                         details={"made_at": made_at.isoformat(timespec="seconds") if made_at else ""})
        head = audit.head(store)
    finally:
        store.close()
    ring = KeyRing.load(paths.keyring)
    ring.follow_restored_chain(head)
    ring.save()


def undo_interrupted_restore(paths: AppPaths) -> bool:
    """A restore killed after the database here was set aside and before the copy was in place and audited: put
    the set-aside database back (the half-placed copy goes; the backup file itself is untouched). True when
    something was undone."""
    marker = paths.root / RESTORE_MARKER
    if not marker.is_file():
        return False
    from rosc_desktop.util_files import process_alive

    try:
        where, _, owner = marker.read_text("utf-8").strip().partition("\n")
        aside: Path | None = paths.root / where
        if owner.isdigit() and int(owner) != os.getpid() and process_alive(int(owner)):
            return False  # still going on in another window
    except (OSError, UnicodeError):
        aside = None
    if aside is not None and aside.is_dir() and aside.resolve().parent == (paths.root / _REPLACED_FOLDER).resolve():
        for name in (paths.database.name, f"{paths.database.name}-wal", f"{paths.database.name}-shm",
                     paths.keyring.name):
            (paths.root / name).unlink(missing_ok=True)
            if (aside / name).exists():
                os.replace(aside / name, paths.root / name)
        aside.rmdir() if not any(aside.iterdir()) else None
    marker.unlink(missing_ok=True)
    _fsync_dir(paths.root)
    return True
