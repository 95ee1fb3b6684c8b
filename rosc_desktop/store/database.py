"""The store: a SQLCipher file opened with a raw 256-bit key, WAL and foreign keys on; or, for a large hub,
a PostgreSQL database given by URL (`Store.from_url`), with the same models and migrations.

`Store.write()` and `Store.read()` hand out one session per unit of work. A write begins with
`BEGIN IMMEDIATE` (on PostgreSQL: a transaction-scoped advisory lock), so writers queue up instead of failing
half-way; a read takes a plain snapshot.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import create_engine, event, func
from sqlmodel import select
from sqlalchemy.engine import URL, Engine
from sqlalchemy.pool import QueuePool
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError as SAOperationalError
from sqlmodel import Session

from rosc_desktop.errors import RoscError
from rosc_desktop.store import postgres
from rosc_desktop.store.changes import install_change_capture
from rosc_desktop.store.clock import HybridClock
from rosc_desktop.store.disk_check import DiskCheck, passes_quick_check

KEY_BYTES = 32


def _key_pragma(key: bytes) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError("database key must be 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


# Each connection's page cache, in KiB. SQLCipher's build defaults to 8,000 KiB, and the pool holds up to eight
# connections: at 100,000 people SQLite held 16.9 MiB of a signed-in window's memory two seconds after Today painted
# (3.0 MiB with these sizes). SQLite's own default (2,000) searched and paged the participant list as fast
# (bench/search_latency.py). Work that walks most of the file did not (a month's report 155 ms instead of 135,
# bench/report.py; the full integrity check 6.9 s instead of 5.1; a 5,000-person bundle's import about a second
# slower, bench/sync_bundle.py): it asks `Store.read(whole_file=True)` or `Store.write(whole_file=True)` for the
# bulk cache, which the connection gives back when it returns to the pool.
CACHE_KIB = 2000
# Bulk work keeps what it had: the demo build and a backup's source and copy. Their connections close with the job.
BULK_CACHE_KIB = 8000
# The quick check reads every page once (2.6-3.2 s at 100,000 people with either cache): more would hold pages it
# never reads again.
SCAN_CACHE_KIB = 256


def _widen_cache(session: Session) -> None:
    """The bulk cache for this session's connection, until it goes back to the pool (`_narrow_cache`)."""
    connection = session.connection()
    connection.exec_driver_sql(f"PRAGMA cache_size = {-BULK_CACHE_KIB}")
    connection.connection.info["widened"] = True


def _narrow_cache(dbapi_connection: Any, record: Any) -> None:
    """Pool check-in: a widened connection gets the pool's size back (SQLite frees the pages over it) before
    any other session can take it, whichever way its session ended. Should even that fail (a damaged file), the
    connection is dropped rather than kept at the bulk size, and nothing is raised: an error here would escape
    from the session's close, in place of the one that ended it, and the connection would never be returned."""
    if record.info.pop("widened", False) and dbapi_connection is not None:
        try:
            dbapi_connection.execute(f"PRAGMA cache_size = {-CACHE_KIB}")
        except Exception as exc:
            record.invalidate(exc)


def connect_raw(path: Path, key: bytes, *, cache_kib: int = CACHE_KIB) -> sqlcipher3.Connection:
    """One DB-API connection, unlocked and checked. Raises RoscError for a wrong key or a foreign file."""
    conn = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None, timeout=30)
    try:
        # Quiet SQLCipher's own "hmac check failed" chatter on stderr; we report a wrong key ourselves.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_key_pragma(key))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA foreign_keys = ON")
        # Freed space is zeroed, so a value overwritten or deleted (a withdrawn consent's details) is not left
        # behind in free pages, where a page-for-page backup would copy it.
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA busy_timeout = 30000")
        conn.execute(f"PRAGMA cache_size = {-int(cache_kib)}")
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise RoscError("database_unreadable") from exc
    try:
        os.chmod(path, 0o600)  # owner-only, whatever the umask
    except OSError:
        pass
    return conn


def rekey_file(path: Path, key: bytes, new_key: bytes) -> None:
    """Re-encrypt one database file (the live store or a backup) from `key` to `new_key`."""
    _key_pragma(new_key)  # checks its length before anything is touched
    conn = connect_raw(path, key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
    except sqlcipher3.DatabaseError as exc:
        raise RoscError("database_unreadable") from exc
    finally:
        conn.close()


def quick_check(path: Path, key: bytes) -> bool:
    """SQLite's quick check of the live file, before anything writes to it (store/disk_check.py)."""
    conn = connect_raw(path, key, cache_kib=SCAN_CACHE_KIB)
    try:
        return passes_quick_check(conn)
    finally:
        conn.close()


def probe(path: Path, key: bytes) -> None:
    """Check that `key` opens `path` as a database: raise RoscError('database_unreadable') if not.

    An empty file, or one that opens but holds no tables, is refused too: SQLCipher would take it for a new
    database, and opening would fill it with an empty schema instead of saying the data is gone.
    """
    if Path(path).stat().st_size == 0:
        raise RoscError("database_unreadable")
    conn = connect_raw(path, key)
    try:
        tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
    finally:
        conn.close()
    if not tables:
        raise RoscError("database_unreadable")


class Store:
    def __init__(self, path: Path, key: bytes, *, echo: bool = False) -> None:
        self.path: Path | None = Path(path)
        self.url: URL | None = None
        self._key = key
        self.dialect = "sqlite"
        self.engine: Engine = create_engine(
            "sqlite://",
            poolclass=QueuePool,
            creator=lambda: connect_raw(self.path, self._key),
            module=sqlcipher3.dbapi2,
            echo=echo,
            # SQL errors must never carry bound values: they are participants' names and words.
            hide_parameters=True,
            pool_size=4,
            max_overflow=4,
        )
        self._finish_init()

    @classmethod
    def from_url(cls, url: str, key: bytes, *, echo: bool = False) -> "Store":
        """A hub's store on PostgreSQL. `key` is the account-wrapped key from the keyring: it does not encrypt
        the server's files (the server's own disk encryption and TLS do), but wrapping it per account is still
        how a password is checked and how a new account is let in."""
        parsed = postgres.parse(url)
        store = cls.__new__(cls)
        store.path = None
        store.url = parsed  # str() of a URL hides its password
        store._key = key
        store.dialect = "postgresql"
        store.location = postgres.redact(url)
        store.engine = create_engine(
            parsed,
            poolclass=QueuePool,
            creator=lambda: postgres.connect(parsed),
            echo=echo,
            hide_parameters=True,
            pool_size=4,
            max_overflow=4,
            pool_pre_ping=True,  # a hub's server restarts under a long-running app
        )
        store._finish_init()
        return store

    def _finish_init(self) -> None:
        if self.dialect == "sqlite":
            self.location = str(self.path)
            event.listen(self.engine, "checkin", _narrow_cache)
        else:
            self._snapshot_engine = self.engine.execution_options(isolation_level="REPEATABLE READ")
        event.listen(self.engine, "begin", _begin_postgres if self.is_postgres else _begin)
        self.closed = False
        self.site_code: str | None = None
        self.clock = HybridClock()
        self.disk_check = DiskCheck()
        install_change_capture()

    @property
    def is_postgres(self) -> bool:
        return self.dialect == "postgresql"

    @property
    def key(self) -> bytes:
        """The raw database key, for wrapping it for a new account. Never logged, never written out."""
        return self._key

    # -- sessions ---------------------------------------------------------------------------------------

    @contextmanager
    def write(self, *, whole_file: bool = False) -> Iterator[Session]:
        """One transaction: everything inside commits together or not at all. Waits for a disk check under
        way, and is refused when it failed. `whole_file`: a write that touches much of the file (a bundle's
        import: 240,000 rows and their indexes) runs with the bulk cache, as `read` does."""
        self._ensure_open()
        self.disk_check.allow_write()
        engine = self.engine.execution_options(rosc_write=True)
        widened = whole_file and not self.is_postgres
        with Session(engine, expire_on_commit=False) as session:
            session.info["store"] = self
            try:
                if widened:
                    _widen_cache(session)
                yield session
                session.commit()
            except SADatabaseError as exc:
                session.rollback()
                mapped = _storage_error(exc)
                if mapped is exc:
                    raise
                raise mapped from exc
            except BaseException:
                session.rollback()
                raise

    @contextmanager
    def read(self, *, whole_file: bool = False) -> Iterator[Session]:
        """One snapshot. `whole_file`: a read that walks most of the file (a report, the integrity check) runs
        with the bulk cache, and its connection goes back to the pool at the pool's size."""
        self._ensure_open()
        # One snapshot for the whole read, as SQLite gives: an export or a report must not see a writer's
        # commit half-way. (Writers stay READ COMMITTED, so after the lock they see the last writer's rows.)
        engine = self._snapshot_engine if self.is_postgres else self.engine
        widened = whole_file and not self.is_postgres
        with Session(engine, expire_on_commit=False) as session:
            session.info["store"] = self
            try:
                if widened:
                    _widen_cache(session)
                yield session
            except SADatabaseError as exc:
                mapped = _storage_error(exc)
                if mapped is exc:
                    raise
                raise mapped from exc
            finally:
                # Detach before ending the snapshot, so rows read here stay readable (a rollback would
                # expire them and the next attribute access would fail outside any session).
                session.expunge_all()
                session.rollback()

    def load_local_state(self) -> None:
        """Read the local site code and the newest clock stamp, so change capture can stamp new changes."""
        from rosc_desktop.model import OutboxEntry, Site

        with self.read() as session:
            site = session.exec(select(Site).where(Site.is_local == True)).first()  # noqa: E712
            self.site_code = site.code if site else None
            last = session.exec(select(func.max(OutboxEntry.hlc))).one()
        self.clock = HybridClock(last or None)

    def raw_connection(self) -> sqlcipher3.Connection:
        """A DB-API connection for bulk paths (demo data, benchmarks, backups) that bypass the ORM on purpose.
        Bulk paths write, so this waits for a disk check under way as `write` does."""
        self._ensure_open()
        if self.path is None:
            raise RoscError("not_on_postgresql")
        self.disk_check.allow_write()
        return connect_raw(self.path, self._key, cache_kib=BULK_CACHE_KIB)

    def check_disk_in_background(self, damaged: Callable[[], RoscError], *, first: Callable[[], object] | None = None,
                                 then: Sequence[Callable[[], object]] = ()) -> None:
        """Start SQLite's quick check of the whole file behind the first screen (store/disk_check.py): reads go
        ahead, writes wait for it and are refused with `damaged()` when it fails; `first` is written before any
        other write, `then` runs once writes are let in."""
        path, key = self.path, self._key
        if path is None:
            raise RoscError("not_on_postgresql")  # PostgreSQL checks its own pages
        self.disk_check.start(lambda: connect_raw(path, key, cache_kib=SCAN_CACHE_KIB), damaged, first=first, then=then)

    def probe(self) -> None:
        """Connect once, so a wrong URL, password or server is reported before anything else is tried."""
        self._ensure_open()
        with self.engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")

    def rekey(self, new_key: bytes) -> None:
        """Encrypt the whole file under `new_key` (SQLCipher's rekey, one transaction: a crash leaves the file on
        the old key or the new, never between). Every pooled connection is closed first; new ones use the new
        key. The caller has sealed the new key for the accounts that keep access, before calling this."""
        self._ensure_open()
        if self.path is None:
            raise RoscError("not_on_postgresql")
        self.disk_check.allow_write()
        self.engine.dispose()
        rekey_file(self.path, self._key, new_key)
        self._key = new_key

    def checkpoint(self) -> None:
        if self.is_postgres:
            return  # PostgreSQL has no WAL file of ours to fold back
        self.disk_check.allow_write()  # folding the WAL back writes the file
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        """Release the file and forget the key: a late background job after sign-out fails instead of
        quietly opening the database again."""
        self.closed = True
        try:
            self.disk_check.stop()
        finally:
            self.engine.dispose()
            self._key = b""

    def _ensure_open(self) -> None:
        if self.closed:
            raise RoscError("signed_out")


def _begin(conn) -> None:
    if conn.get_execution_options().get("rosc_write"):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


def _begin_postgres(conn) -> None:
    # psycopg opens the transaction itself; a writer then waits for the one writer lock, held until commit.
    if conn.get_execution_options().get("rosc_write"):
        conn.exec_driver_sql(postgres.WRITER_LOCK_SQL)


_DAMAGED_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB


def is_damaged(exc: BaseException) -> bool:
    """True for SQLite's "database disk image is malformed" / "file is not a database" errors."""
    orig = getattr(exc, "orig", None) or exc
    code = getattr(orig, "sqlite_errorcode", None)
    if isinstance(code, int):
        return (code & 0xFF) in _DAMAGED_CODES
    text = str(orig).lower()
    return "malformed" in text or "not a database" in text


def _storage_error(exc: SADatabaseError) -> BaseException:
    """A full, failing or damaged disk becomes a RoscError the screens can explain; the rest stays as is."""
    if is_damaged(exc):
        return RoscError("database_unreadable")
    if not isinstance(exc, SAOperationalError):
        return exc
    if type(exc.orig).__module__.startswith("psycopg") and getattr(exc, "connection_invalidated", False):
        return RoscError("database_server_unreachable")  # the hub's server went away mid-transaction
    text = str(exc.orig).lower() if exc.orig is not None else ""
    if "full" in text:
        return RoscError("disk_full")
    if "disk i/o" in text or "readonly" in text or "read-only" in text:
        return RoscError("disk_error")
    return exc
