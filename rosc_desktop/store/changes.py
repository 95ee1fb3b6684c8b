"""Change capture: before each flush, stamp every changed synchronised row and append it to the outbox.

Doing it in the session's `before_flush` means no service can forget it, and the outbox entry commits or
rolls back with the change itself. Only the owning site may change a row (DESIGN.md §3); hard deletes of
synchronised rows are refused: a row is tombstoned with `deleted_at` instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import event, inspect
from sqlmodel import Session, col, select

from rosc_desktop.errors import RoscError
from rosc_desktop.model.base import SyncedRow
from rosc_desktop.model.outbox import OutboxEntry
from rosc_desktop.model.types import utc_now

if TYPE_CHECKING:
    from rosc_desktop.store.database import Store

_SEQ_KEY = "rosc_next_seq"


def install_change_capture() -> None:
    # Listening on the Session class would also catch other stores' sessions; we filter by session.info.
    if event.contains(Session, "before_flush", _before_flush):
        return
    event.listen(Session, "before_flush", _before_flush)
    event.listen(Session, "after_commit", _forget_seq)
    event.listen(Session, "after_soft_rollback", _forget_seq_soft)


def _forget_seq(session: Session) -> None:
    session.info.pop(_SEQ_KEY, None)


def _forget_seq_soft(session: Session, previous_transaction: Any) -> None:
    session.info.pop(_SEQ_KEY, None)


def _before_flush(session: Session, flush_context: Any, instances: Any) -> None:
    store = session.info.get("store")
    if store is None:
        return
    if session.info.get("capture_off"):
        # Rows written as received (a hub's import) carry their owner; one without would belong to nobody.
        for obj in session.new:
            if isinstance(obj, SyncedRow) and not obj.owner_site:  # a bug, not a user's mistake
                raise RuntimeError(f"a {obj.__tablename__} row written as received has no owner site")
        return
    for obj in list(session.deleted):
        if isinstance(obj, SyncedRow):
            raise RoscError("hard_delete_refused", table=obj.__tablename__)
    for obj in list(session.new):
        if isinstance(obj, SyncedRow):
            if not obj.owner_site:
                obj.owner_site = _local_site(store)
            _stamp(session, store, obj, "insert")
    for obj in list(session.dirty):
        if isinstance(obj, SyncedRow) and session.is_modified(obj, include_collections=False):
            if obj.owner_site != _local_site(store):
                raise RoscError("not_owner", table=obj.__tablename__, owner=obj.owner_site)
            deleted_now = inspect(obj).attrs.deleted_at.history.added
            op = "delete" if deleted_now and deleted_now[0] is not None else "update"
            _stamp(session, store, obj, op)


def _local_site(store: "Store") -> str:
    if not store.site_code:
        raise RoscError("site_not_set_up")
    return store.site_code


def _stamp(session: Session, store: "Store", obj: SyncedRow, op: str) -> None:
    site = _local_site(store)
    seq = _next_seq(session, store, site)  # first: it also moves the clock past stamps of other writers
    obj.version = (obj.version or 0) + 1
    obj.hlc = store.clock.now()
    if op != "insert":
        obj.updated_at = utc_now()
    session.add(
        OutboxEntry(
            origin=site,
            seq=seq,
            table_name=cast(str, obj.__tablename__),  # every synced model names its table
            row_id=obj.id,
            version=obj.version,
            hlc=obj.hlc,
            op=op,
            payload=obj.model_dump(mode="json"),
        )
    )


def _next_seq(session: Session, store: "Store", site: str) -> int:
    # Writers hold the database's write lock (BEGIN IMMEDIATE), so max+1 is gap-free and unique.
    # Another store on the same file (a second window, the CLI) may have stamped later than our clock
    # knows: observing its newest stamp keeps hlc increasing with seq.
    seq = session.info.get(_SEQ_KEY)
    if seq is None:
        with session.no_autoflush:
            last = session.exec(
                select(OutboxEntry.seq, OutboxEntry.hlc)
                .where(OutboxEntry.origin == site)
                .order_by(col(OutboxEntry.seq).desc())
                .limit(1)
            ).first()
        if last is not None:
            store.clock.observe(last[1])
        seq = (last[0] if last else 0) + 1
    session.info[_SEQ_KEY] = seq + 1
    return seq
