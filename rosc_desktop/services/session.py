"""Opening the store: first run, sign-in and unlocking. The result is a `Services` for one signed-in person.

Opening makes a backup before anything else touches the file, then upgrades the schema, so a failed
upgrade can always be undone from the backup.

A large hub keeps its store on PostgreSQL: the database URL comes from `--database-url`, the environment
(`ROSC_DATABASE_URL`) or the machine's settings, in that order. The keyring file still wraps a key per account,
which is how a password is checked; the URL's password is never logged or shown (put it in ~/.pgpass or
PGPASSWORD rather than in the settings file).
"""

from __future__ import annotations

import importlib.util
import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path

from typing import TYPE_CHECKING

from rosc_desktop.enums import Role
from rosc_desktop.errors import RoscError, ValidationError
from rosc_desktop.paths import AppPaths
from rosc_desktop.services.validation import check_visible_name
from rosc_desktop.store.keyring import KdfParams, KeyRing, normalise_username
# Importing what `unlock` needs ahead of it, for the sign-in screen (which may not reach into store).
from rosc_desktop.store.keyring import load_crypto as load_crypto

# The database stack (SQLAlchemy, SQLModel, SQLCipher, Alembic) is imported inside the functions that open
# the store: the sign-in screen asks only the questions above it, and paints without loading it.
if TYPE_CHECKING:
    from collections.abc import Callable

    from rosc_desktop.services.core import Services
    from rosc_desktop.store.database import Store

log = logging.getLogger(__name__)

SITE_CODE = re.compile(r"^[A-Z0-9][A-Z0-9-]{1,15}$")
USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")
MIN_PASSWORD = 8
CENTER_NAME_LIMIT = 120
DEMO_USERNAME = "admin"
DEMO_PASSWORD = "demo"
BACKUP_EVERY_HOURS = 24
DATABASE_URL_ENV = "ROSC_DATABASE_URL"


@dataclass(frozen=True)
class Actor:
    staff_id: str
    username: str
    display_name: str
    role: Role
    site_code: str
    must_change_password: bool = False  # a temporary password: the app asks for a new one before anything else


def configured_database_url(paths: AppPaths) -> str | None:
    """The PostgreSQL URL this machine uses, or None for the local encrypted file."""
    from rosc_desktop.settings import MachineSettings

    url = os.environ.get(DATABASE_URL_ENV, "").strip() or MachineSettings.load(paths.settings).database_url.strip()
    return url or None


def _url(paths: AppPaths, database_url: str | None) -> str | None:
    """None asks for the configured URL; "" means the local encrypted file, whatever is configured."""
    if database_url is None:
        return configured_database_url(paths)
    return database_url.strip() or None


def _new_store(paths: AppPaths, db_key: bytes, database_url: str | None) -> "Store":
    from rosc_desktop.store.database import Store

    return Store.from_url(database_url, db_key) if database_url else Store(paths.database, db_key)


# Written with the process id before the first byte of a new center, removed once its keyring is saved: a first
# run killed in between (a power cut in its first second) leaves a database nobody can open, and this marker is
# how the next start knows it may clear it and begin again. Nothing a person entered is ever in such a folder.
FIRST_RUN_MARKER = ".first-run-in-progress"


# Left by `check` when SQLite's full integrity check fails (damage the quick check at sign-in may not see, in an
# index say): nothing more is written to the file until a backup is restored, which removes it.
DAMAGED_MARKER = ".damaged"


def begin_first_run(paths: AppPaths) -> None:
    from rosc_desktop.util_files import write_atomic

    paths.ensure()
    write_atomic(paths.root / FIRST_RUN_MARKER, str(os.getpid()).encode())


def end_first_run(paths: AppPaths) -> None:
    from rosc_desktop.util_files import _fsync_dir

    (paths.root / FIRST_RUN_MARKER).unlink(missing_ok=True)
    _fsync_dir(paths.root)


def recover_interrupted_first_run(paths: AppPaths) -> bool:
    """Clear what a killed first run (or demo build) left, so it can start over; True when something was cleared.
    A first run still going on in another process is left alone."""
    from rosc_desktop.services.backup_files import undo_interrupted_restore
    from rosc_desktop.util_files import process_alive

    undo_interrupted_restore(paths)
    marker = paths.root / FIRST_RUN_MARKER
    if not marker.is_file():
        return False
    try:
        owner = int(marker.read_text("ascii").strip() or 0)
    except (OSError, ValueError):
        owner = 0
    if owner and owner != os.getpid() and process_alive(owner):
        return False
    if _keyring_complete(paths) and not is_demo(paths):
        # Killed after its keyring was saved: the center is whole (and may hold work by now); only the marker goes.
        end_first_run(paths)
        return False
    for leftover in (paths.database, Path(f"{paths.database}-wal"), Path(f"{paths.database}-shm"), paths.keyring):
        leftover.unlink(missing_ok=True)
    end_first_run(paths)
    return True


def _keyring_complete(paths: AppPaths) -> bool:
    try:
        return bool(KeyRing.load(paths.keyring).entries)
    except RoscError:
        return False


def database_exists(paths: AppPaths) -> bool:
    return KeyRing.exists(paths.keyring) or paths.database.exists()


def is_demo(paths: AppPaths) -> bool:
    try:
        return KeyRing.load(paths.keyring).is_demo
    except RoscError:
        return False


def needs_demo_database(paths: AppPaths) -> bool:
    """Whether this folder has no demo database yet (an interrupted build is cleared first). RoscError
    'demo_unavailable' when one is needed and this build has no generator. Here rather than beside the demo's
    generator, which loads the database stack: the app asks before its first window."""
    recover_interrupted_first_run(paths)
    if database_exists(paths):
        return False
    if importlib.util.find_spec("faker") is None:
        raise RoscError("demo_unavailable")
    return True


def sign_in_wait_seconds(paths: AppPaths, username: str) -> int:
    return KeyRing.load(paths.keyring).wait_seconds(username)


def validate_password(password: str, confirm: str | None = None) -> None:
    if len(password) < MIN_PASSWORD:
        raise ValidationError("password_too_short", field="password", minimum=MIN_PASSWORD)
    if confirm is not None and password != confirm:
        raise ValidationError("passwords_differ", field="confirm")


def validate_center_name(name: str, field: str = "center_name") -> str:
    """The center's name as people will read it on paper: not empty, at most CENTER_NAME_LIMIT characters."""
    name = name.strip()
    if not name or len(name) > CENTER_NAME_LIMIT:
        raise ValidationError("center_name_invalid", field=field)
    return check_visible_name(name, field)


def validate_account(username: str, display_name: str) -> str:
    name = normalise_username(username)
    if not USERNAME.match(name):
        raise ValidationError("username_invalid", field="username")
    if not display_name.strip() or len(display_name.strip()) > 120:
        raise ValidationError("display_name_invalid", field="display_name")
    check_visible_name(display_name.strip(), "display_name")
    return name


def create_center(
    paths: AppPaths,
    *,
    center_name: str,
    site_code: str,
    admin_username: str,
    admin_display_name: str,
    password: str,
    demo: bool = False,
    kdf: KdfParams | None = None,
    is_hub: bool = False,
    database_url: str | None = None,
    stay_marked: bool = False,
) -> tuple["Services", str]:
    """First run: a new encrypted database with its site and first admin. Returns the recovery key too.

    With a PostgreSQL URL (given, or configured), the schema is made in that database, which must be empty.
    `stay_marked`: the caller goes on filling the database (the demo) and calls `end_first_run` itself."""
    from rosc_desktop.model import Site, Staff
    from rosc_desktop.services import audit
    from rosc_desktop.services.core import Services
    from rosc_desktop.store import migrate

    code = site_code.strip().upper()
    validate_center_name(center_name)
    if not SITE_CODE.match(code):
        raise ValidationError("site_code_invalid", field="site_code")
    username = validate_account(admin_username, admin_display_name)
    if not demo:
        validate_password(password)
    url = None if demo else _url(paths, database_url)
    recover_interrupted_first_run(paths)
    if database_exists(paths):
        raise RoscError("database_exists")
    if url:
        # A hub's server database must be empty: never lay a second site over another's data.
        existing = _new_store(paths, b"", url)
        try:
            existing.probe()
            if migrate.current_revision(existing) is not None:
                raise RoscError("database_exists")
        finally:
            existing.close()
    begin_first_run(paths)
    ring, db_key = KeyRing.create(paths.keyring, is_demo=demo)
    store = _new_store(paths, db_key, url)
    try:
        migrate.upgrade(store)
        store.site_code = code
        with store.write() as session:
            session.add(Site(code=code, name=center_name.strip(), is_local=True, is_demo=demo, is_hub=is_hub,
                             owner_site=code))
            admin = Staff(
                username=username,
                display_name=admin_display_name.strip(),
                role=Role.ADMIN,
                owner_site=code,
            )
            session.add(admin)
            session.flush()
            audit.record(session, site=code, actor=username, action="center_created",
                         entity_type="site", entity_id=code)
            audit.record(session, site=code, actor=username, action="staff_created",
                         entity_type="staff", entity_id=admin.id, details={"role": Role.ADMIN.value})
        ring.add_account(username, password, db_key, kdf)
        recovery_key = ring.set_recovery_key(db_key, kdf)
        ring.save()
    except BaseException:
        store.close()
        leftovers = [paths.keyring] if url else \
            [paths.database, Path(f"{paths.database}-wal"), Path(f"{paths.database}-shm")]
        for leftover in leftovers:
            leftover.unlink(missing_ok=True)
        end_first_run(paths)
        raise
    if not stay_marked:
        end_first_run(paths)
    store.load_local_state()
    actor = Actor(admin.id, username, admin.display_name, Role.ADMIN, code)
    return Services(paths, store, ring, actor), recovery_key


def configure_models() -> None:
    """Work out how every model maps to its table now, which SQLAlchemy otherwise does at the first query (0.2 s
    at sign-in); the sign-in screen calls it while the password is typed (ui/preload.py)."""
    from sqlalchemy.orm import configure_mappers

    import rosc_desktop.model  # noqa: F401 (every model must be defined before they are configured)

    configure_mappers()


def open_store(paths: AppPaths, db_key: bytes, *, make_backup: bool = True, database_url: str | None = None,
               check_later: bool = False, first_write: Callable[[Store], object] | None = None) -> Store:
    """Unlock, back up, then upgrade. Raises RoscError for a foreign, corrupt or too-new file.

    The backup is made before any upgrade touches the file, so a failed upgrade can be undone.
    `check_later` (the app's sign-in) lets the first screen paint before the whole file is read: the disk check
    and the day's backup run behind it (store/disk_check.py) and every write waits for the check. An upgrade
    still checks first, since it writes at once. `first_write` (the sign-in's audit event) is written before
    any other write: behind the check, or at once when there is none.
    """
    from rosc_desktop.store import backup as backups
    from rosc_desktop.store import migrate
    from rosc_desktop.store.database import probe, quick_check

    url = _url(paths, database_url)
    if url:
        store = _new_store(paths, db_key, url)
        try:
            store.probe()
            if migrate.current_revision(store) is None:
                raise RoscError("database_missing")  # an empty database: not this hub's, or not set up
        except BaseException:
            store.close()
            raise
    else:
        if not paths.database.exists():
            raise RoscError("database_missing")
        try:
            probe(paths.database, db_key)
        except RoscError as exc:
            # The keyring's key opens a backup but not the file: the file is damaged, and the backup is the way out.
            damaged = damaged_error(paths, db_key)
            raise (damaged if damaged.params["backup"] else exc) from None
        if (paths.root / DAMAGED_MARKER).exists():
            raise damaged_error(paths, db_key)
        if not check_later and not quick_check(paths.database, db_key):
            # A failing disk: stop before anything writes to the file (not even the sign-in's audit event),
            # and name the newest backup that passes the same check.
            raise damaged_error(paths, db_key)
        store = _new_store(paths, db_key, None)
    try:
        if migrate.is_newer_than_app(store):
            raise RoscError("database_too_new")
        upgrading = migrate.needs_upgrade(store)
        if check_later and not url and upgrading and not quick_check(paths.database, db_key):
            raise damaged_error(paths, db_key)
        # Always before an upgrade; otherwise once a day, so signing in stays quick on a large store.
        if upgrading:
            backups.backup(store, paths.backups, reason="before-upgrade")
        elif check_later and not url:
            store.load_local_state()  # the sign-in's audit event needs the site code before it can be written
            store.check_disk_in_background(
                lambda: damaged_error(paths, db_key),
                first=(lambda: first_write(store)) if first_write is not None else None,
                then=[lambda: _routine_backup(paths, store)] if make_backup else [])
            return store
        elif make_backup:
            _routine_backup(paths, store)
        if upgrading:
            try:
                migrate.upgrade(store)
            except RoscError:
                raise
            except Exception:
                # One transaction: the file is as it was, and the backup made just before is beside it.
                log.exception("schema upgrade failed")
                raise RoscError("database_upgrade_failed") from None
        store.load_local_state()
        if first_write is not None:
            first_write(store)
    except BaseException:
        store.close()
        raise
    return store


def _opens_but_is_damaged(paths: AppPaths, db_key: bytes) -> bool:
    """The key opens the file (so it is this center's) but a page fails SQLite's quick check."""
    from rosc_desktop.store.database import probe, quick_check

    try:
        probe(paths.database, db_key)
        return not quick_check(paths.database, db_key)
    except RoscError:
        return False  # not this center's file at all: that is said as it is


def _routine_backup(paths: AppPaths, store: "Store") -> None:
    """Once a day (or to carry a withdrawal into older backups): signing in stays quick on a large store."""
    from rosc_desktop.store import backup as backups

    if backups.withdrawal_pending(paths.backups):
        # A withdrawal applied since older backups were made, not yet carried into them (a crash or a
        # failed backup right after the import): catch up now.
        try:
            backups.replace_older(store, paths.backups)
        except (OSError, RoscError):
            pass  # tried again at the next sign-in; the import already said so
    elif backups.hours_since_last(paths.backups) >= BACKUP_EVERY_HOURS:
        try:
            backups.backup(store, paths.backups, reason="daily")
        except RoscError as exc:
            # A hub without pg_dump relies on the server's own backups; only an upgrade insists. A copy that
            # failed its check was not kept: the good backups before it stay, and `check` names the damage.
            if exc.code not in ("backup_tool_missing", "backup_damaged"):
                raise


def damaged_error(paths: AppPaths, db_key: bytes) -> RoscError:
    """RoscError('database_damaged') naming the newest good backup (`backup`: its path, "" when there is none;
    `made`: when it was made, the computer's local time)."""
    from rosc_desktop.store import backup as backups

    good = backups.newest_good(paths.backups, db_key)
    made = backups.made_at(good) if good else None
    return RoscError("database_damaged", backup=str(good) if good else "",
                     made=made.astimezone().strftime("%Y-%m-%d %H:%M") if made else "")


@dataclass(frozen=True)
class Unlocked:
    """An account's keys, unwrapped by its password: the slow half of signing in (Argon2id), which needs none of
    the database stack, so the app runs it beside the loading of that stack (ui/preload.py)."""
    ring: KeyRing
    keys: list[bytes]
    url: str | None  # the hub's PostgreSQL database, or None for the local file


def unlock(paths: AppPaths, username: str, password: str, *, database_url: str | None = None) -> Unlocked:
    """The keyring's keys for `username`, or RoscError: 'signin_failed', 'signin_wait', a missing keyring."""
    url = _url(paths, database_url)
    if not KeyRing.exists(paths.keyring):
        raise RoscError("keyring_missing" if url or paths.database.exists() else "database_missing")
    ring = KeyRing.load(paths.keyring)
    keys = ring.unlock_keys(username, password)
    return Unlocked(ring, keys, None if ring.is_demo else url)  # demo data lives in its own file, never on a hub


def sign_in(paths: AppPaths, username: str, password: str, *, make_backup: bool = True,
            database_url: str | None = None, check_later: bool = False,
            unlocked: Unlocked | None = None) -> "Services":
    """Unlock the store for `username` (`unlocked`: its keys, already unwrapped by `unlock` with this password).
    With `check_later` (the app) the disk check, the day's backup and the sign-in's audit event follow behind the
    first screen; `Services.store.disk_check.wait()` reports on them."""
    from sqlmodel import select

    from rosc_desktop.model import Staff
    from rosc_desktop.services import audit
    from rosc_desktop.services.core import Services

    unlocked = unlocked or unlock(paths, username, password, database_url=database_url)
    ring, url = unlocked.ring, unlocked.url
    db_key = _opening_key(paths, ring, unlocked.keys, url)
    name = normalise_username(username)

    def record_sign_in(store: Store) -> None:
        # Only for an account that may sign in: the check behind Today may get here before the lookup below.
        with store.write() as session:
            staff = session.exec(select(Staff).where(Staff.username == name)).first()
            if staff is not None and staff.in_service:
                audit.record(session, site=store.site_code or "", actor=name, action="sign_in")

    local = not url and paths.database.exists()
    try:
        store = open_store(paths, db_key, make_backup=make_backup, database_url=url or "", check_later=check_later,
                           first_write=record_sign_in)
        try:
            with store.read() as session:
                staff = session.exec(select(Staff).where(Staff.username == name)).first()
                if staff is None or not staff.in_service:
                    raise RoscError("account_inactive")
                actor = Actor(staff.id, staff.username, staff.display_name, Role(staff.role), store.site_code or "",
                              staff.must_change_password)
        except BaseException:
            store.close()
            raise
    except RoscError as exc:
        # A damaged page met by the sign-in's own reads, before the check behind Today could find it: say it is
        # damage and offer the newest good backup, as the check would have.
        if check_later and local and exc.code == "database_unreadable" and _opens_but_is_damaged(paths, db_key):
            raise damaged_error(paths, db_key) from None
        raise
    return Services(paths, store, ring, actor)


def _opening_key(paths: AppPaths, ring: KeyRing, keys: list[bytes], url: str | None) -> bytes:
    """The key that opens the database. Two keys mean a key change was under way: if the file is on the next key
    already (a crash after the rekey, before the keyring said so), make that the current key everywhere."""
    if len(keys) == 1 or url or not paths.database.exists():
        return keys[0]
    from rosc_desktop.store.database import probe

    try:
        probe(paths.database, keys[0])
        return keys[0]
    except RoscError:
        probe(paths.database, keys[1])  # neither: the file is damaged, and that is the error to report
    ring.finish_rekey()
    ring.save()
    return keys[1]


def reset_password_with_recovery_key(paths: AppPaths, recovery_key: str, username: str, new_password: str,
                                     confirm: str, *, kdf: KdfParams | None = None,
                                     database_url: str | None = None) -> None:
    """'I forgot my password': the recovery key unlocks the database key, which is wrapped anew for the account."""
    from sqlmodel import select

    from rosc_desktop.model import Staff
    from rosc_desktop.services import audit

    validate_password(new_password, confirm)
    ring = KeyRing.load(paths.keyring)
    url = None if ring.is_demo else _url(paths, database_url)
    db_key = _opening_key(paths, ring, ring.recovery_keys(recovery_key), url)
    name = normalise_username(username)
    store = open_store(paths, db_key, make_backup=False, database_url="" if ring.is_demo else database_url)
    try:
        with store.write() as session:
            staff = session.exec(select(Staff).where(Staff.username == name)).first()
            if staff is None or not staff.in_service:
                raise RoscError("account_inactive")
            ring.add_account(name, new_password, db_key, kdf)
            ring.clear_throttle(name)
            ring.save()
            audit.record(session, site=store.site_code or "", actor=name, action="password_reset_with_recovery_key",
                         entity_type="staff", entity_id=staff.id)
    finally:
        store.close()
