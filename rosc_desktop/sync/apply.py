"""Import applying: read a bundle's changes and refreshed rows, plan them batch by batch (sync/plan.py) and write
each plan inside the caller's transaction; blank what a withdrawn consent no longer covers (issue 7).

`(origin, seq)` is the primary key of `sync_received`, so the database itself refuses to apply a change twice, even
when two imports race on a PostgreSQL hub. Memory stays flat whatever the bundle's size."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from functools import partial
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, bindparam, insert, select, update
from sqlmodel import col

from rosc_desktop.errors import RoscError
from rosc_desktop.gc_pause import collector_paused
from rosc_desktop.model import SyncConflict, SyncReceived
from rosc_desktop.model.types import utc_now
from rosc_desktop.sync import bundle as bundle_file
from rosc_desktop.sync.profiles import (
    PARTICIPANT_TABLES,
    borrowed_kinds,
    deidentify,
    tables_for,
    without_uncovered_copies,
)
from rosc_desktop.sync.plan import Incoming, Plan, plan_changes
from rosc_desktop.sync.sections import CHANGES, REFRESH, read_lines, read_lines_plain
from rosc_desktop.sync.tables import chunks, rows_of_people, synced_models, table_order

if TYPE_CHECKING:
    from sqlalchemy import BindParameter

    from rosc_desktop.sync.bundle_work import SealedSection
    from rosc_desktop.sync.change_reader import ChangeReader


# A remote stamp this far ahead of our wall clock is flagged: that site's clock is wrong. Our own clock never
# observes remote stamps, so it cannot be dragged into the future.
CLOCK_AHEAD = timedelta(days=1)
_LINE_KEYS = {"o", "s", "t", "r", "v", "h", "op", "p"}
_BATCH = 5000


@dataclass
class Totals:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    by_table: dict[str, dict[str, int]] = field(default_factory=dict)

    def add(self, plan: Plan) -> None:
        self.new += len(plan.new)
        self.updated += len(plan.updated)
        self.unchanged += plan.unchanged
        self.conflicts += len(plan.conflicts)
        for table, counts in plan.by_table.items():
            mine = self.by_table.setdefault(table, {"new": 0, "updated": 0, "unchanged": 0, "conflicts": 0})
            for what, n in counts.items():
                mine[what] += n


def apply_changes(session: Any, opened: bundle_file.OpenedBundle, manifest: bundle_file.Manifest, origin_role: str,
                  refresh: list[Incoming], log_id: int, notices: list[str],
                  reader: ChangeReader | None = None) -> Totals:
    """Plan and write the changes batch by batch in seq order (each batch sees the ones before it), then the
    refreshed rows. Memory stays flat whatever the bundle's size; the garbage collector waits meanwhile (the rows
    hold no cycles: gc_pause.py). With a `reader` (a large bundle into a SQLite store), the changes are read,
    checked and validated in its process while this one plans and writes."""
    with collector_paused():
        return _apply_changes(session, opened, manifest, origin_role, refresh, log_id, notices, reader)


def _apply_changes(session: Any, opened: bundle_file.OpenedBundle, manifest: bundle_file.Manifest, origin_role: str,
                   refresh: list[Incoming], log_id: int, notices: list[str], reader: ChangeReader | None) -> Totals:
    origin = manifest.origin
    totals = Totals()
    ahead_limit = (utc_now() + CLOCK_AHEAD).timestamp() * 1000

    # A refreshed row that the changes carry too, at the same version, is the same row: planned once, or a
    # conflict it raises would be queued twice.
    refreshed = {(r.table, r.row_id): (r.version, r.hlc) for r in refresh}
    carried: set[tuple[str, str]] = set()

    section = opened.sections.get(CHANGES)
    if section is None:
        raise RoscError("bundle_rows_invalid", section=CHANGES)
    limits = ChangeLimits(origin, manifest.seq_from, manifest.seq_to, tables_for(manifest.profile))
    changes = reader.changes(section, limits) if reader is not None else changes_of(section, limits)

    for batch in _batches(changes, _BATCH):
        # Every stamp passed _STAMP: thirteen digits of milliseconds first, so the greatest text is the latest.
        if "clock_ahead" not in notices and int(max(c.hlc for c in batch)[:13]) > ahead_limit:
            notices.append("clock_ahead")
        plan = plan_changes(session, origin, origin_role, batch, [])
        _write_plan(session, origin, plan, log_id)
        totals.add(plan)
        if refreshed:
            fresh = set(plan.received)  # a change received before is skipped: then only the refresh carries it
            carried.update((c.table, c.row_id) for c in batch
                           if c.seq in fresh and refreshed.get((c.table, c.row_id)) == (c.version, c.hlc))
    refresh = [r for r in refresh if (r.table, r.row_id) not in carried]
    if refresh:
        plan = plan_changes(session, origin, origin_role, [], refresh)
        _write_plan(session, origin, plan, log_id)
        totals.add(plan)
    return totals


def _write_plan(session: Any, origin: str, plan: Plan, log_id: int) -> None:
    if plan.received:
        insert_many(session, SyncReceived.__table__,  # type: ignore[attr-defined]
                    [{"origin": origin, "seq": s, "bundle": log_id} for s in plan.received])
    _write_rows(session, plan)
    for conflict in plan.conflicts:
        conflict.bundle = log_id or None
        session.add(conflict)
    session.flush()


@dataclass(frozen=True)
class ChangeLimits:
    """What every line of a bundle's changes section must keep to: its manifest's origin and seq range, and the
    tables its profile may carry."""

    origin: str
    seq_from: int
    seq_to: int
    tables: frozenset[str]


def changes_of(section: SealedSection, limits: ChangeLimits) -> Iterator[Incoming]:
    """The changes section line by line: a bundle of any size is read in constant memory."""
    for _text, line, plain in checked_lines(section, limits):
        yield Incoming(line["t"], line["r"], line["v"], line["h"], line["s"], line["p"], {}, plain)


def checked_lines(section: SealedSection, limits: ChangeLimits) -> Iterator[tuple[bytes, dict[str, Any], bool]]:
    """Each line of the changes section as text and parsed, with whether it is plain (sections.read_lines_plain),
    once it passed the checks every change must pass before it is planned."""
    previous = limits.seq_from - 1
    for text, line, plain in read_lines_plain(section):
        # Strictly increasing seqs: the sender writes its outbox in order, and a repeated seq would otherwise
        # pass for a race with another import.
        if line.keys() != _LINE_KEYS or line["o"] != limits.origin or not isinstance(line["p"], dict) or \
                type(line["s"]) is not int or not previous < line["s"] <= limits.seq_to or \
                not _names_a_row(line) or line["t"] not in limits.tables or not _stamped_like_payload(line):
            raise RoscError("bundle_rows_invalid", section=CHANGES)
        previous = line["s"]
        yield text, line, plain


def _batches(items: Iterable[Incoming], size: int) -> Iterator[list[Incoming]]:
    batch: list[Incoming] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def load_refresh(opened: bundle_file.OpenedBundle, origin: str) -> list[Incoming]:
    section = opened.sections.get(REFRESH)
    if section is None:
        return []
    out = []
    for line in read_lines(section):
        if not {"o", "t", "r", "v", "h", "p"} <= set(line) or line["o"] != origin or not _names_a_row(line) or \
                line["t"] not in PARTICIPANT_TABLES or not isinstance(line["p"], dict) or \
                not _stamped_like_payload(line):
            raise RoscError("bundle_rows_invalid", section=REFRESH)
        out.append(Incoming(line["t"], line["r"], line["v"], line["h"], 0, line["p"], {}))
    return out


# ASCII digits only: stamps are compared as text (a row's newest version, the clock check), which orders other
# scripts' digits apart from their values.
_STAMP = re.compile(r"\d{13}-\d{4}", re.ASCII)


def _names_a_row(line: dict[str, Any]) -> bool:
    # Table and id are looked up in sets and dicts: anything but text (a list, say) would be a TypeError there.
    return isinstance(line["t"], str) and isinstance(line["r"], str)


def _stamped_like_payload(line: dict[str, Any]) -> bool:
    """A line's id, version and stamp are what the plan compares; the payload is what gets written. They must
    agree, and a stamp must parse (a malformed one would crash the clock check instead of refusing the bundle)."""
    payload = line["p"]
    return (type(line["v"]) is int and isinstance(line["h"], str) and _STAMP.fullmatch(line["h"]) is not None
            and payload.get("id") == line["r"] and payload.get("version") == line["v"]
            and payload.get("hlc") == line["h"])


def _write_rows(session: Any, plan: Plan) -> None:
    order = table_order()
    models = synced_models()
    new_by_table: dict[str, list[Incoming]] = {}
    for change in plan.new:
        new_by_table.setdefault(change.table, []).append(change)
    upd_by_table: dict[str, list[Incoming]] = {}
    for change in plan.updated:
        upd_by_table.setdefault(change.table, []).append(change)
    for table in sorted(set(new_by_table) | set(upd_by_table), key=lambda t: order[t]):
        sa_table = models[table].__table__  # type: ignore[attr-defined]
        # Rows the change reader validated come bound, as tuples; the rest were validated here, as dicts.
        new = new_by_table.get(table, [])
        if new_here := [c.values for c in new if c.row is None]:
            insert_many(session, sa_table, new_here)
        if new_bound := [c.row for c in new if c.row is not None]:
            _insert_bound(session, sa_table, new_bound)
        updated = upd_by_table.get(table, [])
        if updated_here := [c for c in updated if c.row is None]:
            _update_many(session, sa_table, updated_here)
        if updated_bound := [c for c in updated if c.row is not None]:
            _update_bound(session, sa_table, updated_bound)


def insert_many(session: Any, sa_table: Table, rows: list[dict[str, Any]]) -> None:
    """`session.execute(insert(sa_table), rows)`, each row naming every column. On SQLite the rows go straight
    to the driver's executemany with each column's own bind processor (what Core applies): Core's building of
    parameters row by row cost as much as the insert itself (bench/sync_bundle.py)."""
    connection = session.connection()
    dialect = connection.dialect
    columns = list(sa_table.columns)
    keys = [c.key for c in columns]
    if dialect.name != "sqlite" or len(keys) < 2 or not rows or set(rows[0]) != set(keys):
        session.execute(insert(sa_table), rows)
        return
    processors = bind_processors(columns, dialect)
    pick = itemgetter(*keys)  # a row without a column fails here (KeyError), as Core would refuse it
    params: list[tuple[Any, ...]] = list(map(pick, rows))
    if processors:
        # Column by column, so the loops run in C: row by row in Python cost a third of the writing.
        by_column = list(zip(*params))
        for i, process in processors:
            by_column[i] = tuple(map(process, by_column[i]))
        params = list(zip(*by_column))
    _insert_bound(session, sa_table, params)


def bind_processors(columns: list[Any], dialect: Any) -> list[tuple[int, Callable[[Any], Any]]]:
    """Each column's place and the function that turns its value into what the driver takes, as Core would
    apply it; columns whose values go as they are have none."""
    return [(i, process) for i, c in enumerate(columns)
            if (process := c.type.dialect_impl(dialect).bind_processor(dialect)) is not None]


def _insert_bound(session: Any, sa_table: Table, rows: list[tuple[Any, ...]]) -> None:
    """Rows of driver values in the table's column order, to SQLite's executemany as they are."""
    connection = session.connection()
    quote = connection.dialect.identifier_preparer
    connection.exec_driver_sql(
        f"INSERT INTO {quote.format_table(sa_table)} ({', '.join(quote.quote(c.name) for c in sa_table.columns)}) "
        f"VALUES ({', '.join('?' * len(sa_table.columns))})", rows)


def _update_many(session: Any, sa_table: Table, changes: list[Incoming]) -> None:
    """Each changed row written whole, found by its id."""
    columns: dict[str, BindParameter[Any]] = {c.key: bindparam(c.key) for c in sa_table.columns if c.key != "id"}
    session.execute(update(sa_table).where(sa_table.c.id == bindparam("_row_id")).values(columns),
                    [{**c.values, "_row_id": c.row_id} for c in changes])


def _update_bound(session: Any, sa_table: Table, changes: list[Incoming]) -> None:
    """As `_update_many`, for rows the change reader bound (SQLite): to the driver as they are."""
    connection = session.connection()
    quote = connection.dialect.identifier_preparer
    others = [(i, c) for i, c in enumerate(sa_table.columns) if c.key != "id"]
    pick = itemgetter(*(i for i, _c in others))
    connection.exec_driver_sql(
        f"UPDATE {quote.format_table(sa_table)} SET {', '.join(f'{quote.quote(c.name)} = ?' for _i, c in others)} "
        f"WHERE {quote.quote(sa_table.c.id.name)} = ?", [(*pick(c.row or ()), c.row_id) for c in changes])


def apply_redactions(session: Any, redact: dict[str, list[str]], origin: str) -> int:
    """Consent withdrawn at the center: the hub keeps the de-identified shape of that person's rows. Only rows
    the sender owns: ids are all a redaction names, and another site's records (or a center's own, when a hub's
    bundle names them) are not the sender's to blank. Copies of a withdrawn kind in rows of a kind still shared
    (a goal step's helper once the network is withdrawn) are blanked too."""
    if not redact:
        return 0
    models = synced_models()
    changed = 0
    every_kind = frozenset(kind for kind, _allowed in PARTICIPANT_TABLES.values())
    for table, (kind, _allowed) in PARTICIPANT_TABLES.items():
        model = models[table]
        copies = borrowed_kinds(table)
        whole = [pid for pid, kinds in redact.items() if kind in kinds]
        partly = {pid: every_kind - set(kinds) for pid, kinds in redact.items()
                  if kind not in kinds and copies & set(kinds)}
        groups: list[tuple[list[str], Callable[[dict[str, Any]], dict[str, Any]]]] = []
        if whole:
            groups.append((whole, lambda payload: deidentify(model, table, payload)))
        for pid, still in partly.items():
            groups.append(([pid], partial(without_uncovered_copies, model, table, covered=still)))
        for pids, clean in groups:
            query = rows_of_people(model, table, pids, models).where(col(model.owner_site) == origin)
            blanked: set[str] = set()
            for row in session.execute(query.execution_options(populate_existing=True)).scalars().all():
                before = row.model_dump(mode="json")
                cleaned = model.model_validate(clean(before))
                if cleaned.model_dump(mode="json") == before:
                    continue  # blank already (the same withdrawal re-sent until acknowledged)
                for name in model.model_fields:
                    setattr(row, name, getattr(cleaned, name))
                session.add(row)
                blanked.add(row.id)
                changed += 1
            # The review queue keeps both versions of a row: they are cleaned too, or "Use the other version"
            # would write the withdrawn data back.
            for ids in chunks(blanked):
                for item in session.execute(select(SyncConflict).where(
                        col(SyncConflict.table_name) == table, col(SyncConflict.row_id).in_(ids))).scalars():
                    item.local = clean(item.local) if item.local else {}
                    item.remote = clean(item.remote) if item.remote else {}
                    session.add(item)
    session.flush()
    return changed
