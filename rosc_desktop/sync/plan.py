"""Import planning: one batch of incoming rows against the store as it stands, sorted into new, updated,
unchanged and conflicting (issue 7).

Only the owning site edits a row (DESIGN.md §3), so a newer version from the owner simply wins. A conflict means
something went wrong upstream: two copies of one site's database numbering the same change differently (a
"fork"), a second row where only one may exist ("duplicate"), a row claimed by a site that does not own it
("not_owner"), or a row that points at a record this site does not have ("missing_link"). Nothing here writes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta, timezone
from functools import cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlmodel import col

from rosc_desktop.errors import RoscError
from rosc_desktop.model import SyncConflict, SyncedRow, SyncReceived
from rosc_desktop.model.types import UTCDateTime
from rosc_desktop.services.directory import HUB_SITE
from rosc_desktop.services.validation import neutral_values
from rosc_desktop.sync.bundle_limits import parse
from rosc_desktop.sync.profiles import PARTICIPANT_TABLES, blank_value
from rosc_desktop.sync.tables import chunks, select_in, synced_models, table_order

if TYPE_CHECKING:
    pass


@dataclass
class Incoming:
    table: str
    row_id: str
    version: int
    hlc: str
    seq: int
    given: dict[str, Any] | bytes  # the payload, or the bundle line that holds it (see `payload`)
    values: dict[str, Any]
    plain: bool = False  # its line held no escape and no character neutral_text drops (sections.read_lines_plain)
    # Validated by the change reader's process (sync/change_reader.py): the values in the table's column order,
    # bound for the driver already (`values` stays empty). None there: validated here, as a payload it refused.
    row: tuple[Any, ...] | None = None

    def value(self, key: str) -> Any:
        """One column's value (None for a key that is not a column), whichever side validated the row. From the
        change reader it is the driver's value: the same only for a column without a bind processor (text ids,
        owner_site: what the plan compares; tests/sync/test_change_reader.py checks they stay so)."""
        if self.row is None:
            return self.values.get(key)
        at = column_index(self.table).get(key)
        return None if at is None else self.row[at]

    @property
    def payload(self) -> dict[str, Any]:
        """The row as the sender wrote it. A line from the change reader is parsed only when this is asked: a
        row that is simply new never needs it (only conflicts and forks compare payloads)."""
        if isinstance(self.given, bytes):
            self.given = parse(self.given)["p"]
        assert isinstance(self.given, dict)
        return self.given


@dataclass
class Plan:
    new: list[Incoming] = field(default_factory=list)
    updated: list[Incoming] = field(default_factory=list)
    unchanged: int = 0
    conflicts: list[SyncConflict] = field(default_factory=list)
    received: list[int] = field(default_factory=list)
    by_table: dict[str, dict[str, int]] = field(default_factory=dict)

    def count(self, table: str, what: str, n: int = 1) -> None:
        self.by_table.setdefault(table, {"new": 0, "updated": 0, "unchanged": 0, "conflicts": 0})[what] += n


def plan_changes(session: Any, origin: str, origin_role: str, changes: list[Incoming],
                 refresh: list[Incoming]) -> Plan:
    """One batch of changes against the store as it stands in `session` (earlier batches already written)."""
    models = synced_models()
    plan = Plan()
    newest = _newest_versions(session, models, plan, origin, changes, refresh)
    order = table_order()
    by_table: dict[str, list[Incoming]] = {}
    for change in newest.values():
        by_table.setdefault(change.table, []).append(change)
    pending_ids: dict[str, set[str]] = {t: {c.row_id for c in rows} for t, rows in by_table.items()}
    for table in sorted(by_table, key=lambda t: order[t]):
        _plan_table(session, plan, models[table], table, by_table[table], pending_ids, origin, origin_role)
    return plan


def _newest_versions(session: Any, models: dict[str, type[SyncedRow]], plan: Plan, origin: str,
                     changes: list[Incoming], refresh: list[Incoming]) -> dict[tuple[str, str], Incoming]:
    """Each row's newest version in this batch, a refresh winning a tie. Every change not received before has its
    seq recorded in `plan.received`; older versions of a row count as unchanged."""
    if changes:
        lo = min(c.seq for c in changes)
        hi = max(c.seq for c in changes)
        done = set(session.execute(select(col(SyncReceived.seq)).where(
            col(SyncReceived.origin) == origin, col(SyncReceived.seq) >= lo, col(SyncReceived.seq) <= hi)).scalars())
    else:
        done = set()
    # Each row's newest version in this bundle wins; every change's (origin, seq) is still recorded.
    newest: dict[tuple[str, str], Incoming] = {}
    replayed = [c for c in changes if c.seq in done]
    for change in _unexplained_replays(session, models, plan, origin, replayed):
        key = (change.table, change.row_id)
        if key not in newest or (change.version, change.hlc) > (newest[key].version, newest[key].hlc):
            newest[key] = change
    for change in changes:
        if change.seq in done:
            continue
        plan.received.append(change.seq)
        key = (change.table, change.row_id)
        other = newest.get(key)
        # An older version the same bundle supersedes changes nothing here: it counts as unchanged, in its table's
        # line too, so the tables' lines add up to the total.
        if other is None or (change.version, change.hlc) > (other.version, other.hlc):
            if other is not None:
                plan.unchanged += 1
                plan.count(change.table, "unchanged")
            newest[key] = change
        else:
            plan.unchanged += 1
            plan.count(change.table, "unchanged")
    refreshed = {(r.table, r.row_id): r for r in refresh}
    for key, r in refreshed.items():
        if key not in newest or (r.version, r.hlc) >= (newest[key].version, newest[key].hlc):
            newest[key] = r
    return newest


def _plan_table(session: Any, plan: Plan, model: type[SyncedRow], table: str, rows: list[Incoming],
                pending_ids: dict[str, set[str]], origin: str, origin_role: str) -> None:
    """The newest versions of one table's rows, validated, checked against the store and sorted into `plan`."""
    columns = frozenset(c.key for c in model.__table__.columns)  # type: ignore[attr-defined]
    for change in rows:
        if change.row is not None:
            continue
        try:
            change.values = validated_values(model, change.payload, columns, plain=change.plain)
        except ValueError:  # pydantic's ValidationError is one
            raise RoscError("bundle_rows_invalid", section=table) from None
    existing = _existing(session, model, [c.row_id for c in rows])
    missing_links = _missing_links(session, model, rows, pending_ids)
    others = _links_to_others(session, model, rows, origin)
    uniques = _unique_clashes(session, model, rows)
    for change in rows:
        local = existing.get(change.row_id)
        if not _sender_may_own(change.value("owner_site"), origin, origin_role) or (
                local is not None and not _sender_may_own(local.owner_site, origin, origin_role)) or \
                change.row_id in others:
            _conflict(plan, "not_owner", change, origin, local)
        elif change.row_id in missing_links:
            _conflict(plan, "missing_link", change, origin, local)
        elif local is None:
            if change.row_id in uniques:
                _conflict(plan, "duplicate", change, origin, uniques[change.row_id])
            else:
                plan.new.append(change)
                plan.count(table, "new")
        elif change.version > local.version or (
                change.seq == 0 and change.version == local.version and change.hlc == local.hlc):
            # A refresh (seq 0) of the same version replaces the de-identified copy with the full row.
            plan.updated.append(change)
            plan.count(table, "updated")
        elif _forked(local, change):
            _conflict(plan, "fork", change, origin, local)
        else:
            plan.unchanged += 1
            plan.count(table, "unchanged")


def _sender_may_own(owner: Any, origin: str, origin_role: str) -> bool:
    """A row the sender may write: its own, or the hub's shared rows when the sender is the hub."""
    return owner == origin or (origin_role == "hub" and owner == HUB_SITE)


def _forked(local: SyncedRow, change: Incoming) -> bool:
    """The same version here and in the bundle, with different content: two copies of the sender numbered apart."""
    if change.version != local.version:
        return False
    if change.hlc != local.hlc:
        return bool(_differing(local, change.payload))
    return _tie_differs(local, change.payload)


def _unexplained_replays(session: Any, models: dict[str, type[SyncedRow]], plan: Plan, origin: str,
                         replayed: list[Incoming]) -> list[Incoming]:
    """Changes whose (origin, seq) was applied here before are normally re-deliveries: the row here is at that
    version or later, or the change waits in the review queue. Otherwise that seq carried something else: two
    copies of the origin's database (a restored laptop) numbered different changes alike. Skipping them would
    lose an edit without a word, so the same version goes to review as a fork and the rest is planned as usual
    (its seq is already recorded)."""
    if not replayed:
        return []
    queued: dict[tuple[str, str], int] = {}
    for table, row_id, seq in session.execute(select(col(SyncConflict.table_name), col(SyncConflict.row_id),
                                                     col(SyncConflict.seq)).where(col(SyncConflict.origin) == origin)):
        queued[(table, row_id)] = max(seq, queued.get((table, row_id), 0))
    unexplained: list[Incoming] = []
    by_table: dict[str, list[Incoming]] = {}
    for change in replayed:
        by_table.setdefault(change.table, []).append(change)
    for table, rows in by_table.items():
        existing = _existing(session, models[table], [c.row_id for c in rows])
        for change in rows:
            local = existing.get(change.row_id)
            if queued.get((table, change.row_id), -1) >= change.seq or (local is not None and (
                    local.version > change.version or (local.version == change.version and (
                        not _differing(local, change.payload) if local.hlc != change.hlc
                        else not _tie_differs(local, change.payload))))):
                plan.unchanged += 1
                plan.count(table, "unchanged")
            elif local is not None and local.version == change.version:
                _conflict(plan, "fork", change, origin, local)
            else:
                unexplained.append(change)
    return unexplained


_NOT_CONTENT = frozenset({"version", "hlc", "updated_at"})


def _differing(local: SyncedRow, remote: dict[str, Any]) -> list[str]:
    mine = local.model_dump(mode="json")
    return sorted(k for k in set(mine) | set(remote) if k not in _NOT_CONTENT and mine.get(k) != remote.get(k))


def _tie_differs(local: SyncedRow, remote: dict[str, Any]) -> bool:
    """The same version with the same stamp from two copies of one site. Only fields both sides carry count: a
    field blanked by de-identification on either side says nothing about the content."""
    model = type(local)
    mine = local.model_dump(mode="json")

    def carried(name: str, value: Any) -> bool:
        if value in (None, "", [], {}) or name not in model.model_fields:
            return False
        blank = blank_value(model, name)
        return value != (blank.isoformat() if hasattr(blank, "isoformat") else blank)

    return any(k not in _NOT_CONTENT and carried(k, mine.get(k)) and carried(k, remote.get(k))
               and mine.get(k) != remote.get(k) for k in set(mine) | set(remote))


@cache
def column_index(table: str) -> dict[str, int]:
    """Each column's place in a row of `table` as the change reader sends it: the table's column order."""
    columns = synced_models()[table].__table__.columns  # type: ignore[attr-defined]
    return {c.key: i for i, c in enumerate(columns)}


_UTC_OFFSET = timedelta(0)


@cache
def _time_columns(model: type[SyncedRow]) -> tuple[str, ...]:
    return tuple(c.key for c in model.__table__.columns  # type: ignore[attr-defined]
                 if isinstance(c.type, UTCDateTime))


def validated_values(model: type[SyncedRow], payload: dict[str, Any], columns: frozenset[str], *,
                      plain: bool = False) -> dict[str, Any]:
    """The payload checked by the model's own validator, as column values. Raises ValueError (pydantic's
    ValidationError is one) for a payload the model refuses, or a time the store cannot keep as UTC.

    `model_validate` on a table model sets every field again through the ORM's instrumentation; validating into a
    bare instance gives the same values ten times faster, which was most of a 240,000-row import
    (bench/sync_bundle.py). Barer still than SQLModel's own `__new__`, whose pydantic attributes the validator sets
    anyway: 0.15 s less for those rows, the same values."""
    shell = object.__new__(model)
    model.__pydantic_validator__.validate_python(payload, self_instance=shell)
    values = shell.__dict__
    for key in _time_columns(model):
        # The model takes a time without its offset, or one that has no UTC (year 1 at +05:00); the store keeps
        # UTC (UTCDateTime), so both would fail when written.
        if (moment := values.get(key)) is not None and (offset := moment.utcoffset()) != _UTC_OFFSET:
            if offset is None:
                raise ValueError("a time without its offset")
            try:
                moment.astimezone(timezone.utc)
            except OverflowError:
                raise ValueError("a time out of range") from None
    # A table model's fields are its columns: then the bare instance's own dict is the row, and nothing else holds
    # it. Rows from another site passed no form here: control and text-direction characters (which could reorder a
    # name on screen or paper) are dropped as a form would have dropped them. A `plain` row has none to drop.
    if values.keys() != columns:
        values = {key: values[key] for key in columns}
    return values if plain else neutral_values(values)


def _existing(session: Any, model: type[SyncedRow], ids: list[str]) -> dict[str, SyncedRow]:
    found: dict[str, SyncedRow] = {}
    table = model.__table__  # type: ignore[attr-defined]
    # Which ids are here, through Core first: most rows of a bundle are new, and loading ORM objects is only worth
    # it for the ones that are not.
    here = [row[0] for row in select_in(session, [table.c.id], table.c.id, ids)]
    for present in chunks(here):
        # populate_existing: rows written by an earlier batch through Core must not come back stale from the
        # session's identity map.
        for row in session.execute(select(model).where(col(model.id).in_(present))
                                   .execution_options(populate_existing=True)).scalars():
            found[row.id] = row
    return found


def _missing_links(session: Any, model: type[SyncedRow], rows: list[Incoming],
                   pending: dict[str, set[str]]) -> set[str]:
    """Rows pointing at a record that is neither here nor in this bundle (a parent the hub never received)."""
    missing: set[str] = set()
    for column in model.__table__.columns:  # type: ignore[attr-defined]
        for fk in column.foreign_keys:
            target = fk.column.table.name
            wanted = {c.value(column.key) for c in rows} - {None} - pending.get(target, set())
            if not wanted:
                continue
            present = {row[0] for row in select_in(session, [fk.column], fk.column, wanted)}
            absent = wanted - present
            if absent:
                missing |= {c.row_id for c in rows if c.value(column.key) in absent}
    return missing


def _links_to_others(session: Any, model: type[SyncedRow], rows: list[Incoming], origin: str) -> set[str]:
    """Rows that attach themselves to another site's participant records (a goal for someone else's person): a
    site may only add to its own people, whoever owns the new row."""
    flagged: set[str] = set()
    for column in model.__table__.columns:  # type: ignore[attr-defined]
        for fk in column.foreign_keys:
            target = fk.column.table
            if target.name not in PARTICIPANT_TABLES:
                continue
            # Ids new in this bundle are not in the table yet and count as the sender's (their own rows passed the
            # owner check); ids already here must be the sender's.
            owners: dict[str | None, str] = dict(select_in(
                session, [target.c.id, target.c.owner_site], target.c.id, {c.value(column.key) for c in rows}))
            flagged |= {c.row_id for c in rows if owners.get(c.value(column.key), origin) != origin}
    return flagged


def _unique_clashes(session: Any, model: type[SyncedRow], rows: list[Incoming]) -> dict[str, SyncedRow]:
    """New rows whose single-column unique key already belongs to another row (a second intake for a person)."""
    clashes: dict[str, SyncedRow] = {}
    for column in model.__table__.columns:  # type: ignore[attr-defined]
        if not column.unique or column.primary_key:
            continue
        values = {c.value(column.key): c for c in rows if c.value(column.key) is not None}
        if not values:
            continue
        attr = getattr(model, column.key)
        for chunk in chunks(values):
            query = select(model).where(attr.in_(chunk))
            for row in session.execute(query.execution_options(populate_existing=True)).scalars():
                incoming = values[getattr(row, column.key)]
                if row.id != incoming.row_id:
                    clashes[incoming.row_id] = row
    return clashes


def _conflict(plan: Plan, kind: str, change: Incoming, origin: str, local: SyncedRow | None) -> None:
    local_payload = local.model_dump(mode="json") if local is not None else {}
    remote = change.payload
    fields = sorted(k for k in set(local_payload) | set(remote)
                    if k not in ("version", "hlc", "updated_at") and local_payload.get(k) != remote.get(k))
    plan.conflicts.append(SyncConflict(kind=kind, table_name=change.table, row_id=change.row_id, origin=origin,
                                       seq=change.seq, local=local_payload, remote=remote, fields=fields))
    plan.count(change.table, "conflicts")
