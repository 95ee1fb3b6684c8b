"""The synchronised tables as the sync code sees them: which models they are, in what order to write them, which
rows belong to a set of people, and this site's own record.

Shared by export, import, the review queue and person transfers (sync/transfer.py), so none of them has to reach
into another's private helpers."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import TYPE_CHECKING, Any

from pydantic import TypeAdapter
from sqlalchemy import Column, select
from sqlmodel import SQLModel, col
from typing_extensions import TypedDict

from rosc_desktop.errors import RoscError
from rosc_desktop.model import Site, SyncedRow
from rosc_desktop.sync.profiles import PARENT_OF

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services


def synced_models() -> dict[str, type[SyncedRow]]:
    return {cls.__tablename__: cls for cls in SyncedRow.__subclasses__()}  # type: ignore[misc]


def table_order() -> dict[str, int]:
    # Parents before children, so foreign keys hold statement by statement (PostgreSQL checks them at once).
    return {t.name: i for i, t in enumerate(SQLModel.metadata.sorted_tables)}


def local_site(services: Services) -> Site:
    with services.store.read() as session:
        site = session.execute(select(Site).where(col(Site.is_local) == True)).scalars().first()  # noqa: E712
    if site is None:
        raise RoscError("site_not_set_up")
    return site


def rows_of_people(model: type[SyncedRow], table: str, pids: list[str], models: dict[str, type[SyncedRow]]) -> Any:
    if table == "participant":
        return select(model).where(col(model.id).in_(pids))
    if "participant_id" in model.model_fields:
        return select(model).where(col(model.participant_id).in_(pids))  # type: ignore[attr-defined]
    parent_table, column = PARENT_OF[table]
    parent = models[parent_table]
    return select(model).join(parent, getattr(model, column) == parent.id).where(
        col(parent.participant_id).in_(pids))  # type: ignore[attr-defined]


def row_payloads(session: Any, model: type[SyncedRow], query: Any) -> Iterator[dict[str, Any]]:
    """Each row of `model` that `query` (a select of `model`, such as `rows_of_people`'s) finds, as
    `row.model_dump(mode="json")` would give it, without making ORM objects: loading them was half of an export
    that re-sends 2,500 consented people's current rows (bench/sync_bundle.py's "export again"). The same pydantic
    serializer, over the same annotations, turns the same column values into the same JSON values
    (tests/sync/test_row_payloads.py compares the two for every synchronised table)."""
    names, columns, dump = _payload_shape(model)
    for values in session.execute(query.with_only_columns(*columns, maintain_column_froms=True)):
        yield dump(dict(zip(names, values)), mode="json")


@cache
def _payload_shape(model: type[SyncedRow]) -> tuple[tuple[str, ...], tuple[Column[Any], ...],
                                                      Callable[..., dict[str, Any]]]:
    fields = model.model_fields
    shape = TypedDict(f"{model.__name__}Payload", {name: info.annotation for name, info in fields.items()})  # type: ignore[misc]
    table = model.__table__  # type: ignore[attr-defined]
    return tuple(fields), tuple(table.c[name] for name in fields), TypeAdapter(shape).dump_python


_IN_CHUNK = 500  # values per IN (...): PostgreSQL caps one statement at 65,535 parameters


def chunks(values: Iterable[Any]) -> Iterator[list[Any]]:
    ordered = sorted(values)
    for start in range(0, len(ordered), _IN_CHUNK):
        yield ordered[start:start + _IN_CHUNK]


def select_in(session: Any, columns: list[Column[Any]], key: Column[Any], values: Iterable[Any]) -> list[tuple[Any, ...]]:
    """`columns` (of one table) of the rows whose `key` is one of `values` (None left out). On SQLite in one
    statement whatever their number, the values bound as one JSON array: an IN list built value by value, 500 at
    a time, was a fifth of a large import (bench/sync_bundle.py). Elsewhere in chunks of IN (...)."""
    wanted = set(values) - {None}
    if not wanted:
        return []
    connection = session.connection()
    dialect = connection.dialect
    if dialect.name == "sqlite" and all(type(v) is str for v in wanted):
        quote = dialect.identifier_preparer
        sql = (f"SELECT {', '.join(quote.quote(c.name) for c in columns)} FROM {quote.format_table(key.table)} "
               f"WHERE {quote.quote(key.name)} IN (SELECT value FROM json_each(?))")
        return [tuple(row) for row in connection.exec_driver_sql(sql, (json.dumps(sorted(wanted)),))]
    found: list[tuple[Any, ...]] = []
    for chunk in chunks(wanted):
        found.extend(tuple(row) for row in connection.execute(select(*columns).where(key.in_(chunk))))
    return found
