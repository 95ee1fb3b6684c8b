"""Alembic environment: always run from `rosc_desktop.store.migrate` on an open, unlocked connection."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import rosc_desktop.model  # noqa: F401  (registers every table on SQLModel.metadata)
from rosc_desktop.store.search import SEARCH_TABLE_PREFIX

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through rosc_desktop.store.migrate: the database is encrypted")



def include_name(name, type_, parent_names):  # type: ignore[no-untyped-def]
    # The FTS5 index and its shadow tables are made by hand in the migrations; models do not describe them.
    return not (type_ == "table" and name and name.startswith(SEARCH_TABLE_PREFIX))


context.configure(
    connection=connection,
    include_name=include_name,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,  # SQLite alters tables by copy-and-swap
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
