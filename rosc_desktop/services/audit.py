"""The hash-chained audit log.

Each event's hash covers its own fields and the previous event's hash, so editing, deleting or reordering
any event breaks every link after it; `verify` names the first broken one. Events hold ids, never names.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, select

from rosc_desktop.model.audit import AuditEvent
from rosc_desktop.model.types import utc_now

GENESIS = "0" * 64


def event_hash(event: AuditEvent) -> str:
    body = [
        event.seq,
        event.at.isoformat(timespec="microseconds"),
        event.site,
        event.actor,
        event.action,
        event.entity_type,
        event.entity_id,
        event.details,
        event.prev_hash,
    ]
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def record(
    session: Session,
    *,
    site: str,
    actor: str,
    action: str,
    entity_type: str = "",
    entity_id: str = "",
    details: dict[str, Any] | None = None,
) -> AuditEvent:
    """Append one event inside the caller's transaction (it commits or rolls back with the change)."""
    with session.no_autoflush:
        last = session.exec(select(AuditEvent).order_by(col(AuditEvent.seq).desc()).limit(1)).first()
    pending = session.info.get("audit_last")
    if pending is not None and (last is None or pending.seq > last.seq):
        last = pending
    event = AuditEvent(
        seq=(last.seq + 1) if last else 1,
        at=utc_now(),
        site=site,
        actor=actor,
        action=action,
        entity_type=entity_type,
        entity_id=entity_id,
        details=details or {},
        prev_hash=last.hash if last else GENESIS,
        hash="",
    )
    event.hash = event_hash(event)
    session.add(event)
    session.info["audit_last"] = event
    return event


def head(store) -> tuple[int, str] | None:
    """(seq, hash) of the newest event, or None for an empty log."""
    with store.read() as session:
        last = session.exec(select(AuditEvent).order_by(col(AuditEvent.seq).desc()).limit(1)).first()
        return (last.seq, last.hash) if last else None


@dataclass(frozen=True)
class ChainReport:
    checked: int
    first_broken_seq: int | None = None
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.first_broken_seq is None


def verify(session: Session, witness: tuple[int, str] | None = None) -> ChainReport:
    """Walk the chain from the first event. `witness` is the (seq, hash) recorded outside the database when
    it was last closed: an event it names must still be there, unchanged."""
    expected_prev = GENESIS
    expected_seq = 1
    checked = 0
    for event in session.exec(select(AuditEvent).order_by(col(AuditEvent.seq))):
        if event.seq != expected_seq:
            return ChainReport(checked, expected_seq, "missing")
        if event.prev_hash != expected_prev:
            return ChainReport(checked, event.seq, "link")
        if event_hash(event) != event.hash:
            return ChainReport(checked, event.seq, "altered")
        if witness is not None and event.seq == witness[0] and event.hash != witness[1]:
            return ChainReport(checked, event.seq, "altered")
        expected_prev = event.hash
        expected_seq += 1
        checked += 1
    if witness is not None and checked < witness[0]:
        return ChainReport(checked, checked + 1, "missing")
    return ChainReport(checked)


# The hub's witness of this chain, kept in SyncPeerState.details under this key (see sync/witness.py).
WITNESS_KEY = "audit"


def hub_witness_problems(session: Session) -> list[dict[str, Any]]:
    """For `check` at a center: each hub whose witness (the chain head it saw at the last sync) disagrees with
    this chain."""
    from rosc_desktop.model import SyncPeerState

    found = []
    for state in session.exec(select(SyncPeerState)):
        witnessed = witness_pair(((state.details or {}).get(WITNESS_KEY) or {}).get("witnessed"))
        if witnessed is not None and hub_witness_disagrees(session, witnessed):
            found.append({"site": state.site_code})
    return found


def witness_pair(value: Any) -> tuple[int, str] | None:
    """A (seq, hash) pair as another computer sent it, or None for anything else."""
    if (isinstance(value, list) and len(value) == 2 and type(value[0]) is int and value[0] > 0
            and isinstance(value[1], str) and len(value[1]) <= 128):
        return value[0], value[1]
    return None


def hub_witness_disagrees(session: Session, witnessed: tuple[int, str]) -> bool:
    """Whether this chain differs from what the hub saw at `witnessed`. A witness from before a restore of a
    backup here cannot be compared (the events after the restore point are new ones); the hub, which saw the
    chain go back, still reports it."""
    restored = session.exec(select(AuditEvent.seq).where(AuditEvent.action == "backup_restored",
                                                          AuditEvent.seq <= witnessed[0])).first()
    if restored is not None:
        return False
    return hash_at(session, witnessed[0]) != witnessed[1]


def hash_at(session: Session, seq: int) -> str | None:
    return session.exec(select(AuditEvent.hash).where(AuditEvent.seq == seq)).first()
