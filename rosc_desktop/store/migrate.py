"""Schema upgrades with Alembic, run on the open store's own connection (the SQLite file is encrypted, so no
URL will do; a PostgreSQL hub goes through the same path)."""

from __future__ import annotations

import logging
from collections import Counter
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from sqlalchemy.exc import DatabaseError as SADatabaseError

from rosc_desktop.errors import RoscError
from rosc_desktop.store.database import Store, is_damaged
from rosc_desktop.store.postgres import WRITER_LOCK_SQL

MIGRATIONS = Path(__file__).with_name("migrations")


log = logging.getLogger(__name__)


def _config(connection=None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(_config()).get_current_head() or ""


def current_revision(store: Store) -> str | None:
    try:
        with store.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    except SADatabaseError as exc:
        if is_damaged(exc):
            raise RoscError("database_unreadable") from exc
        raise


def needs_upgrade(store: Store) -> bool:
    return current_revision(store) != head_revision()


def is_newer_than_app(store: Store) -> bool:
    """True when the file was written by a newer version of the app (a revision we do not know)."""
    current = current_revision(store)
    return current is not None and not _known(current)


def _known(revision: str) -> bool:
    try:
        ScriptDirectory.from_config(_config()).get_revision(revision)
    except Exception:
        return False
    return True


def upgrade(store: Store, target: str = "head") -> None:
    if store.is_postgres:
        with store.engine.begin() as conn:
            # Two hub processes starting at once: the second waits, then finds the schema already at head.
            conn.exec_driver_sql(WRITER_LOCK_SQL)
            command.upgrade(_config(conn), target)
        return
    with store.engine.connect() as conn:
        # SQLite alters a table by copying it, dropping the old one and renaming the copy; with foreign keys
        # enforced, dropping a table that rows point at (staff, from every recorded_by) fails. SQLite's own
        # recipe: keys off outside the transaction, change the schema, check the keys before committing. The
        # connection is then discarded, so the pool never hands out one with its keys off.
        conn.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
        try:
            with conn.begin():
                broken_before = _foreign_key_problems(conn)
                command.upgrade(_config(conn), target)
                broken = _foreign_key_problems(conn) - broken_before
                if broken:
                    log.error("the schema upgrade left rows that break foreign keys: %s", sorted(broken.items()))
                    raise RoscError("database_upgrade_failed")
        finally:
            conn.invalidate()


def _foreign_key_problems(conn) -> Counter[tuple[str, str]]:
    """How many rows point at nothing, per (table, parent table): no ids, so the error can be logged as is."""
    return Counter((row[0], row[2]) for row in conn.exec_driver_sql("PRAGMA foreign_key_check"))
