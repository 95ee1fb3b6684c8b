"""Schema upgrades with Alembic, run on the open store's own connection (the SQLite file is encrypted, so no
URL will do; a PostgreSQL hub goes through the same path).

Signing in only asks whether the file is at head, which needs neither Alembic nor the migration scripts: the
stored revision is read with one query and compared with the revisions named in the scripts' file headers.
Alembic (a third of a second to import, and more memory than the first screen) loads only when an upgrade is due.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.exc import DatabaseError as SADatabaseError

from rosc_desktop.errors import RoscError
from rosc_desktop.store.database import Store, is_damaged
from rosc_desktop.store.postgres import WRITER_LOCK_SQL

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
VERSION_TABLE = "alembic_version"  # Alembic's default, which env.py keeps
_REVISION_LINE = re.compile(r"^(revision|down_revision)\s*=\s*(?:'([^']*)'|\"([^\"]*)\"|None)\s*$", re.MULTILINE)


log = logging.getLogger(__name__)


def __getattr__(name: str) -> object:
    # `migrate.command` still names Alembic's commands (tests wrap its upgrade), loaded only when asked for.
    if name == "command":
        from alembic import command

        return command
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _config(connection=None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@lru_cache(maxsize=1)
def script_revisions() -> tuple[frozenset[str], str]:
    """Every revision the migration scripts define, and the head: read from the scripts' `revision =` and
    `down_revision =` lines (a test holds this to what Alembic itself finds). Several heads or none: ""."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (MIGRATIONS / "versions").glob("*.py"):
        found = {key: one or two for key, one, two in _REVISION_LINE.findall(script.read_text(encoding="utf-8"))}
        if found.get("revision"):
            revisions.add(found["revision"])
            if found.get("down_revision"):
                parents.add(found["down_revision"])
    heads = revisions - parents
    return frozenset(revisions), (next(iter(heads)) if len(heads) == 1 else "")


def head_revision() -> str:
    return script_revisions()[1]


def current_revision(store: Store) -> str | None:
    """The revision the database is at (None for an empty one), without loading Alembic."""
    if store.is_postgres:
        exists = "SELECT to_regclass('" + VERSION_TABLE + "') IS NOT NULL"
    else:
        exists = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '" + VERSION_TABLE + "'"
    try:
        with store.engine.connect() as conn:
            if not conn.exec_driver_sql(exists).scalar():
                return None
            rows = [row[0] for row in conn.exec_driver_sql(f"SELECT version_num FROM {VERSION_TABLE}")]
            if len(rows) > 1:
                # Branches, which this app never makes: Alembic says what is wrong, as it always did.
                from alembic.runtime.migration import MigrationContext

                return MigrationContext.configure(conn).get_current_revision()
    except SADatabaseError as exc:
        if is_damaged(exc):
            raise RoscError("database_unreadable") from exc
        raise
    return rows[0] if rows else None


def needs_upgrade(store: Store) -> bool:
    return current_revision(store) != head_revision()


def is_newer_than_app(store: Store) -> bool:
    """True when the file was written by a newer version of the app (a revision we do not know)."""
    current = current_revision(store)
    return current is not None and not _known(current)


def _known(revision: str) -> bool:
    return revision in script_revisions()[0]


def upgrade(store: Store, target: str = "head") -> None:
    from alembic import command

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
