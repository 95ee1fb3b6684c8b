"""What the Sync screens read and the one thing they decide: the bundle log, how far each peer has got, and the
review queue of conflicts with its resolution (issue 7)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

import pydantic
from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import col

from rosc_desktop.errors import RoscError
from rosc_desktop.model import OutboxEntry, SyncBundle, SyncConflict, SyncPeerState
from rosc_desktop.model.types import utc_now
from rosc_desktop.services.permissions import Action
from rosc_desktop.sync import keys
from rosc_desktop.sync.tables import local_site, synced_models
from rosc_desktop.services.changes import IMPORTED, Kind, record_change

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services


@dataclass(frozen=True)
class BundleLogView:
    id: int
    direction: str
    peer_site: str
    file_name: str
    seq_from: int
    seq_to: int
    profile: str
    made_at: str
    recorded_at: datetime
    status: str
    reason: str
    counts: dict[str, Any]


@dataclass(frozen=True)
class PeerStatus:
    site_code: str
    name: str
    role: str
    applied_seq: int
    acked_by_peer: int
    exported_seq: int
    local_seq: int
    last_import_at: datetime | None
    last_export_at: datetime | None
    held: int
    open_conflicts: int
    last_status: str
    last_reason: str
    details: dict[str, str] = field(default_factory=dict)  # what the site says of itself: address, phone, …

    @property
    def unacknowledged(self) -> int:
        return max(0, self.local_seq - self.acked_by_peer)


@dataclass(frozen=True)
class ConflictView:
    id: int
    kind: str
    table_name: str
    row_id: str
    origin: str
    seq: int
    local: dict[str, Any]
    remote: dict[str, Any]
    fields: list[str]
    status: str
    detected_at: datetime


def bundle_log(services: Services, limit: int = 500) -> list[BundleLogView]:
    services.require(Action.MANAGE_SYNC)
    with services.store.read() as session:
        rows = session.execute(select(SyncBundle).order_by(col(SyncBundle.id).desc()).limit(limit)).scalars().all()
    return [BundleLogView(r.id or 0, r.direction, r.peer_site, r.file_name, r.seq_from, r.seq_to, r.profile,
                          r.made_at, r.recorded_at, r.status, r.reason, dict(r.counts)) for r in rows]


def peer_statuses(services: Services) -> list[PeerStatus]:
    """One line per trusted site: how far each side has got, what is held, what waits for review."""
    services.require(Action.MANAGE_SYNC)
    site = local_site(services)
    peers = keys.peers(services)
    with services.store.read() as session:
        local_seq = session.execute(select(col(OutboxEntry.seq)).where(col(OutboxEntry.origin) == site.code)
                                    .order_by(col(OutboxEntry.seq).desc()).limit(1)).scalar() or 0
        out = []
        for peer in peers:
            state = session.get(SyncPeerState, peer.site_code) or SyncPeerState(site_code=peer.site_code)
            held = session.execute(select(func.count()).select_from(SyncBundle).where(
                col(SyncBundle.peer_site) == peer.site_code, col(SyncBundle.status) == "held")).scalar_one()
            open_conflicts = session.execute(select(func.count()).select_from(SyncConflict).where(
                col(SyncConflict.origin) == peer.site_code, col(SyncConflict.status) == "open")).scalar_one()
            last = session.execute(select(SyncBundle).where(col(SyncBundle.peer_site) == peer.site_code)
                                   .order_by(col(SyncBundle.id).desc()).limit(1)).scalars().first()
            out.append(PeerStatus(
                site_code=peer.site_code, name=peer.name, role=peer.role, applied_seq=state.applied_seq,
                acked_by_peer=state.acked_by_peer, exported_seq=state.exported_seq, local_seq=local_seq,
                last_import_at=state.last_import_at, last_export_at=state.last_export_at, held=held,
                open_conflicts=open_conflicts, last_status=last.status if last else "",
                last_reason=last.reason if last else "", details=dict(state.details or {})))
    return out


def conflicts(services: Services, *, open_only: bool = True) -> list[ConflictView]:
    services.require(Action.MANAGE_SYNC)
    with services.store.read() as session:
        query = select(SyncConflict).order_by(col(SyncConflict.id))
        if open_only:
            query = query.where(col(SyncConflict.status) == "open")
        rows = session.execute(query).scalars().all()
    return [_conflict_view(r) for r in rows]


def _conflict_view(row: SyncConflict) -> ConflictView:
    return ConflictView(row.id or 0, row.kind, row.table_name, row.row_id, row.origin, row.seq, dict(row.local),
                        dict(row.remote), list(row.fields), row.status, row.detected_at)


def resolve_conflict(services: Services, conflict_id: int, choice: str) -> ConflictView:
    """`keep_local` closes the item; `take_remote` writes the other side's version (where that is possible)."""
    services.require(Action.MANAGE_SYNC)
    if choice not in ("keep_local", "take_remote"):
        raise ValueError(choice)
    models = synced_models()
    with services.store.write() as session:
        row = session.get(SyncConflict, conflict_id)
        if row is None or row.status != "open":
            raise RoscError("conflict_not_open")
        if choice == "take_remote":
            if row.kind in ("not_owner", "duplicate"):
                raise RoscError("conflict_cannot_take_remote", kind=row.kind)
            model = models[row.table_name]
            try:
                obj = model.model_validate(row.remote)
            except pydantic.ValidationError:
                raise RoscError("bundle_rows_invalid", section=row.table_name) from None
            values = {c.key: getattr(obj, c.key) for c in model.__table__.columns}  # type: ignore[attr-defined]
            sa_table = model.__table__  # type: ignore[attr-defined]
            session.info["capture_off"] = True
            try:
                if session.get(model, row.row_id) is None:
                    session.execute(insert(sa_table), [values])
                else:
                    session.execute(update(sa_table).where(sa_table.c.id == row.row_id).values(
                        {k: v for k, v in values.items() if k != "id"}))
                session.flush()
            except IntegrityError:
                raise RoscError("conflict_still_blocked") from None
        row.status = "kept_local" if choice == "keep_local" else "took_remote"
        row.resolved_at = utc_now()
        row.resolved_by = services.actor.username
        session.add(row)
        services.audit(session, "sync_conflict_resolved", row.table_name, row.row_id,
                       {"choice": choice, "kind": row.kind})
        record_change(*((Kind.SYNC,) if choice == "keep_local" else IMPORTED))
        session.flush()
        view = _conflict_view(row)
    return view
