"""A witness of each center's audit chain outside the center: its hub.

The chain is hash-linked, so whoever holds the database key can still rewrite it whole (change an event, then
recompute every hash after it); the keyring's witness (`KeyRing.audit_head`) lives on the same computer. So every
bundle carries an `audit.json` section:
- a center tells its hub its chain head now (seq, hash), and its own hash today at the seq the hub last echoed;
- the hub records the head and echoes it back in its next bundle.
The hub compares the center's hash at the echoed seq with what it recorded; the center compares the echoed head
with its own chain when the hub's bundle arrives, and `check` keeps comparing afterwards (services.audit.hub_witness_problems). Any rewrite of events
the hub has seen is noticed at the next sync on both sides (a notice on import, an audit event, a problem in
`check`).

It does not prevent a rewrite, nor notice one of events made since the last sync (the hub has not seen them), and
the hub learns only numbers and hashes, nothing of what the events say.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlmodel import col

from rosc_desktop.model import AuditEvent, SyncPeerState
from rosc_desktop.services.audit import WITNESS_KEY as _KEY
from rosc_desktop.services.audit import hash_at as _hash_at
from rosc_desktop.services.audit import hub_witness_disagrees as _disagrees
from rosc_desktop.services.audit import witness_pair as _pair

if TYPE_CHECKING:
    from sqlmodel import Session

    from rosc_desktop.services.core import Services

AUDIT = "audit.json"


def section(session: "Session", peer_code: str, is_hub: bool) -> dict[str, Any]:
    """What goes into `audit.json` of a bundle for `peer_code`."""
    state = session.get(SyncPeerState, peer_code)
    kept = dict((state.details or {}).get(_KEY) or {}) if state else {}
    if is_hub:
        return {"witnessed": kept.get("head")}
    head = session.execute(select(col(AuditEvent.seq), col(AuditEvent.hash))
                           .order_by(col(AuditEvent.seq).desc()).limit(1)).first()
    echoed = _pair(kept.get("witnessed"))
    at_witness = [echoed[0], _hash_at(session, echoed[0]) or ""] if echoed is not None else None
    return {"head": [head[0], head[1]] if head else None, "at_witness": at_witness}


def apply(services: "Services", session: "Session", origin: str, data: Any, to_hub: bool,
          notices: list[str]) -> None:
    """Record what the peer's `audit.json` says and compare it; a rewrite is noted, never a refusal: the bundle's
    changes are still wanted, and the hub's record is what shows the rewrite."""
    if not isinstance(data, dict):
        return
    state = session.get(SyncPeerState, origin) or SyncPeerState(site_code=origin)
    kept = dict((state.details or {}).get(_KEY) or {})
    rewritten = False
    if to_hub:
        recorded, at_witness, head = _pair(kept.get("head")), _pair(data.get("at_witness")), _pair(data.get("head"))
        if recorded is not None and at_witness is not None and at_witness[0] == recorded[0]:
            rewritten = at_witness[1] != recorded[1]
        if recorded is not None and head is not None and head[0] < recorded[0]:
            rewritten = True  # events the hub saw are gone from the end of the chain
        if head is not None:
            kept["head"] = list(head)
    else:
        witnessed = _pair(data.get("witnessed"))
        if witnessed is not None:
            rewritten = _disagrees(session, witnessed)
            kept["witnessed"] = list(witnessed)
    if rewritten:
        notices.append("audit_chain_rewritten")
        services.audit(session, "audit_chain_rewritten", "site", origin)
    state.details = {**(state.details or {}), _KEY: kept}
    session.add(state)
