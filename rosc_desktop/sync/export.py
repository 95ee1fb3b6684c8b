"""Export: one bundle for a peer with everything it has not acknowledged (issue 7).

Export is cumulative: every change from the last sequence number the recipient acknowledged, so a lost USB stick is
healed by the next bundle. A center's participant records travel identified only under a current consent naming
the hub (see `profiles`); the manifest names the profile used. Consent given since a person's rows went out
de-identified re-sends their current rows (the refresh section); a withdrawal travels as a redaction, re-sent until
acknowledged like any change."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import orjson
from sqlalchemy import Text, select, type_coerce
from sqlmodel import col

from rosc_desktop.errors import RoscError
from rosc_desktop.model import (
    Goal,
    NetworkMember,
    OutboxEntry,
    Referral,
    Site,
    SyncBundle,
    SyncedRow,
    SyncPeerState,
    SyncShare,
)
from rosc_desktop.model.types import utc_now
from rosc_desktop.clock import sharing_days
from rosc_desktop.services.center_details import CENTER_FIELDS
from rosc_desktop.services.consents import RecipientRef
from rosc_desktop.services.permissions import Action
from rosc_desktop.sync import bundle as bundle_file
from rosc_desktop.sync import keys, witness
from rosc_desktop.sync.profiles import (
    HUB_PURPOSE,
    PARENT_OF,
    PARTICIPANT_TABLES,
    PROFILE_CENTER,
    PROFILE_HUB,
    OutgoingShape,
    borrowed_kinds,
    outgoing_shape,
    tables_for,
    without_staff,
    without_uncovered_copies,
)
from rosc_desktop.sync.sections import (
    ACKS,
    CAPABILITY_CHANGES,
    CENTER,
    CHANGES,
    KEYS,
    REDACT,
    REFRESH,
    SCHEMA_VERSION,
    bundle_id_of,
    count_lines_of,
    gzip_lines,
)
from rosc_desktop.sync.tables import local_site, row_payloads, rows_of_people, synced_models, table_order
from rosc_desktop.sync.transfer_sections import SITES, TRANSFER_ACKS, TRANSFERS, mark_sent, outgoing_sections
from rosc_desktop.services.changes import Kind, record_change

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services


_PROGRESS_EVERY = 2000
Progress = Callable[[int, int], bool]  # (done, total) -> keep going?


@dataclass(frozen=True)
class ExportResult:
    path: Path
    peer: str
    profile: str
    seq_from: int
    seq_to: int
    changes: int
    identified_people: int
    deidentified_people: int
    refreshed: int
    redacted: int
    transfers_sent: int = 0
    transfers_held: dict[str, str] = field(default_factory=dict)  # transfer id -> why it stayed home


class _SignerAdapter:
    """write_bundle wants an object with .sign(); the private key never leaves sync.keys."""

    def __init__(self, services: Services) -> None:
        self._services = services

    def sign(self, data: bytes) -> bytes:
        return keys.sign(self._services, data)


def _participant_of(session: Any) -> Callable[[str, dict[str, Any]], str | None]:
    parents: dict[str, dict[str, str]] = {}
    for model in (Goal, NetworkMember, Referral):
        name = cast(str, model.__tablename__)  # each of these models names its table
        parents[name] = dict(session.execute(select(col(model.id), col(model.participant_id))).all())

    def find(table: str, payload: dict[str, Any]) -> str | None:
        if table == "participant":
            return payload.get("id")
        if "participant_id" in payload:
            return payload["participant_id"]
        parent_table, column = PARENT_OF[table]
        return parents[parent_table].get(payload.get(column) or "")

    return find


def shareable_kinds(services: Services, on: date | Sequence[date] | None = None) -> dict[str, frozenset[str]]:
    """Per participant, the kinds of information a current consent lets us send the hub identified: in effect on
    every one of `on` (default `clock.sharing_days()`: the center's today, and tomorrow near midnight)."""
    return services.consents.shareable_kinds(RecipientRef(kind="hub"), HUB_PURPOSE, on)


def export_bundle(services: Services, peer_code: str, folder: Path, *, progress: Progress | None = None,
                  now: datetime | None = None) -> ExportResult:
    """Write one bundle for `peer_code` into `folder` and log it. Raises RoscError('cancelled') when `progress`
    returns False; no file is left behind then."""
    services.require(Action.MANAGE_SYNC)
    site = local_site(services)
    peer = keys.peer(services, peer_code)
    profile = _profile_towards(site, peer, peer_code)
    tables = tables_for(profile)
    models = synced_models()
    now = now or utc_now()
    # The center's calendar decides, never the UTC date: see clock.sharing_days.
    allowed = shareable_kinds(services, sharing_days(now)) if profile == PROFILE_CENTER else {}
    announcement = None
    if any(i.status == "next" for i in keys.identities(services)):
        announcement = keys.announce_rotation(services)

    with services.store.read() as session:
        state = session.get(SyncPeerState, peer_code) or SyncPeerState(site_code=peer_code)
        acked = state.acked_by_peer
        seq_to = session.execute(select(col(OutboxEntry.seq)).where(col(OutboxEntry.origin) == site.code)
                                 .order_by(col(OutboxEntry.seq).desc()).limit(1)).scalar() or 0
        if acked > seq_to:  # the other side claims more than we ever made (we were restored): send everything
            acked = 0
        seq_from = acked + 1
        total = seq_to - acked
        participant_of = _participant_of(session) if profile == PROFILE_CENTER else None
        shares = {s.participant_id: s for s in session.execute(
            select(SyncShare).where(col(SyncShare.peer_site) == peer_code)).scalars()}
        identified: set[str] = set()
        deidentified: set[str] = set()
        done = [0]

        def check_progress() -> None:
            if progress is not None and not progress(done[0], total):
                raise RoscError("cancelled")

        def changes() -> Iterator[dict[str, Any]]:
            check_progress()
            # The payload as stored text, parsed here by orjson, and rows as plain tuples through Core: the ORM's
            # JSON column and row loading were half of an export (bench/sync_bundle.py).
            query = (select(col(OutboxEntry.seq), col(OutboxEntry.table_name), col(OutboxEntry.row_id),
                            col(OutboxEntry.version), col(OutboxEntry.hlc), col(OutboxEntry.op),
                            type_coerce(col(OutboxEntry.payload), Text))
                     .where(col(OutboxEntry.origin) == site.code, col(OutboxEntry.seq) >= seq_from,
                            col(OutboxEntry.seq) <= seq_to)
                     .order_by(col(OutboxEntry.seq)).execution_options(yield_per=_PROGRESS_EVERY))
            shapes: dict[str, OutgoingShape] = {}
            origin = site.code  # read once: an ORM attribute costs a lookup per row
            rows = (row for part in session.connection().execute(query).partitions() for row in part)
            for seq, table, row_id, version, hlc, op, stored in rows:
                done[0] += 1
                if done[0] % _PROGRESS_EVERY == 0:
                    check_progress()
                if table not in tables:
                    continue
                shape = shapes.get(table)
                if shape is None:
                    shape = shapes[table] = outgoing_shape(models[table], table)
                payload = _outgoing(shape, table, orjson.loads(stored) if type(stored) is str else _parsed(stored),
                                    participant_of, allowed, identified, deidentified)
                yield {"o": origin, "s": seq, "t": table, "r": row_id, "v": version, "h": hlc, "op": op,
                       "p": payload}
            done[0] = total
            check_progress()

        refresh_kinds: dict[str, set[str]] = {}
        redact: dict[str, list[str]] = {}
        if profile == PROFILE_CENTER:
            refresh_kinds = _to_refresh(allowed, shares, acked, first_bundle=state.exported_seq == 0)
            redact = _to_redact(allowed, shares, acked)

        def refresh_rows() -> Iterator[dict[str, Any]]:
            yield from _current_rows(session, models, refresh_kinds, allowed, participant_of, site.code)

        counts = {CHANGES: [0], REFRESH: [0]}
        sections: dict[str, Any] = {CHANGES: gzip_lines(changes(), counts[CHANGES])}
        if refresh_kinds:
            sections[REFRESH] = gzip_lines(refresh_rows(), counts[REFRESH])
        if redact:
            sections[REDACT] = bundle_file.canonical_json({"participants": redact})
        peer_state = session.get(SyncPeerState, peer_code)
        sections[ACKS] = bundle_file.canonical_json(
            {"applied": {peer_code: peer_state.applied_seq if peer_state else 0}})
        if announcement is not None:
            sections[KEYS] = bundle_file.canonical_json({"rotation": announcement})
        sections[CENTER] = bundle_file.canonical_json({name: getattr(site, name) or "" for name in CENTER_FIELDS})
        sections[witness.AUDIT] = bundle_file.canonical_json(witness.section(session, peer_code, site.is_hub))
        outgoing = outgoing_sections(services, session, peer_code, site.is_hub, sharing_days(now))
        sections.update(outgoing.sections)
        folder = Path(folder)
        path = folder / bundle_file.bundle_file_name(site.code, peer_code, seq_to, now)
        try:
            manifest = bundle_file.write_bundle(
                path,
                {"origin": site.code, "recipient": peer_code, "schema_version": SCHEMA_VERSION,
                 "seq_from": seq_from, "seq_to": seq_to, "profile": profile, "created_at": now,
                 "requires": [CAPABILITY_CHANGES]},
                sections, _SignerAdapter(services), keys.recipients_for(peer),
                rows={CHANGES: lambda: counts[CHANGES][0], REFRESH: lambda: counts[REFRESH][0], REDACT: len(redact),
                      ACKS: 1, KEYS: 1 if announcement else 0,
                      TRANSFERS: count_lines_of(outgoing.sections.get(TRANSFERS, b"")), CENTER: 1,
                      witness.AUDIT: 1,
                      TRANSFER_ACKS: 1, SITES: 1},
            )
        except OSError as exc:
            raise RoscError("disk_full" if getattr(exc, "errno", None) == 28 else "bundle_write_failed") from None
    changes_count = counts[CHANGES][0]
    result = ExportResult(path=path, peer=peer_code, profile=profile, seq_from=seq_from, seq_to=seq_to,
                          changes=changes_count, identified_people=len(identified),
                          deidentified_people=len(deidentified - identified), refreshed=counts[REFRESH][0],
                          redacted=len(redact), transfers_sent=len(outgoing.sent),
                          transfers_held=dict(outgoing.held))
    with services.store.write() as session:
        state = session.get(SyncPeerState, peer_code) or SyncPeerState(site_code=peer_code)
        state.exported_seq = seq_to
        state.last_export_at = utc_now()
        session.add(state)
        _remember_shared(session, peer_code, allowed, refresh_kinds, redact, seq_to)
        mark_sent(services, session, outgoing)
        _remember_withdrawn(session, peer_code, allowed, redact, shares, acked, seq_to)
        counts_json = {"changes": changes_count, "identified_people": result.identified_people,
                       "deidentified_people": result.deidentified_people, "refreshed": result.refreshed,
                       "redacted": result.redacted}
        session.add(SyncBundle(direction="out", peer_site=peer_code, bundle_id=bundle_id_of(manifest),
                               file_name=path.name, seq_from=seq_from, seq_to=seq_to, profile=profile,
                               made_at=manifest.created_at, status="exported", counts=counts_json))
        services.audit(session, "bundle_exported", "site", peer_code,
                       {"seq_from": seq_from, "seq_to": seq_to, "profile": profile, **counts_json})
        record_change(Kind.SYNC)
    return result


def _profile_towards(site: Site, peer: keys.PeerView, peer_code: str) -> str:
    """The profile a bundle to `peer_code` is made under: a hub's to anyone, a center's only to its hub."""
    profile = PROFILE_HUB if site.is_hub else PROFILE_CENTER
    if profile == PROFILE_CENTER and peer.role != "hub":
        raise RoscError("sync_peer_not_hub", site_code=peer_code)
    return profile


def _to_refresh(allowed: dict[str, frozenset[str]], shares: dict[str, SyncShare], acked: int, *,
                first_bundle: bool) -> dict[str, set[str]]:
    """Consent given since a person's rows went out de-identified: send their current rows identified.
    Re-sent until the hub acknowledges the bundle that carried them, like changes."""
    refresh_kinds: dict[str, set[str]] = {}
    if first_bundle:
        return refresh_kinds  # the first bundle ever: its changes carry everyone from the first, in full
    for pid, kinds in allowed.items():
        # Even when nothing is acknowledged yet: the hub may hold an earlier, de-identified bundle of the
        # same changes, and it skips changes it has already received, so only a refresh re-identifies.
        sent = shares.get(pid)
        new = set(kinds) - set(sent.kinds if sent else ())
        if sent is not None and sent.sent_seq > acked:
            new |= set(sent.kinds) & set(kinds)
        if new:
            refresh_kinds[pid] = new
    return refresh_kinds


def _to_redact(allowed: dict[str, frozenset[str]], shares: dict[str, SyncShare], acked: int) -> dict[str, list[str]]:
    """A withdrawal travels like a change: re-sent until the hub acknowledges the bundle that carried it."""
    redact: dict[str, list[str]] = {}
    for pid, sent in shares.items():
        unconfirmed = set(sent.withdrawn) if sent.sent_seq > acked else set()
        withdrawn = (set(sent.kinds) | unconfirmed) - set(allowed.get(pid, ()))
        if withdrawn:
            redact[pid] = sorted(withdrawn)
    return redact


def _remember_shared(session: Any, peer_code: str, allowed: dict[str, frozenset[str]],
                     refresh_kinds: dict[str, set[str]], redact: dict[str, list[str]], seq_to: int) -> None:
    """What each person's consent let this bundle carry, so the next export knows what is new."""
    # One query for all, not a get (and an autoflush) per person: that was a quarter of a 5,000-person export.
    known = {s.participant_id: s for s in session.execute(
        select(SyncShare).where(col(SyncShare.peer_site) == peer_code)).scalars()}
    for pid, kinds in allowed.items():
        share = known.get(pid)
        if share is None:
            # Every field given: pydantic inspects a default factory's signature on each call, which is slow.
            share = SyncShare(peer_site=peer_code, participant_id=pid, kinds=[], withdrawn=[], sent_seq=0)
        if set(share.kinds) != set(kinds) or pid in refresh_kinds or pid in redact:
            share.kinds = sorted(kinds)
            share.withdrawn = redact.get(pid, [])
            share.sent_seq = seq_to
        session.add(share)


def _remember_withdrawn(session: Any, peer_code: str, allowed: dict[str, frozenset[str]],
                        redact: dict[str, list[str]], shares: dict[str, SyncShare], acked: int, seq_to: int) -> None:
    """Withdrawals this bundle carried, kept until acknowledged; people with nothing left to follow forgotten."""
    for pid, withdrawn in redact.items():
        share = session.get(SyncShare, (peer_code, pid))
        if share is not None and pid not in allowed:
            share.kinds, share.withdrawn, share.sent_seq = [], withdrawn, seq_to
            session.add(share)
    for share in shares.values():
        # Nothing shared and every withdrawal acknowledged: nothing left to follow for this person.
        if share.participant_id not in allowed and share.participant_id not in redact and share.sent_seq <= acked:
            stale = session.get(SyncShare, (peer_code, share.participant_id))
            if stale is not None:
                session.delete(stale)


def _parsed(payload: Any) -> dict[str, Any]:
    # Text from SQLite; PostgreSQL's driver may hand over the JSON already parsed.
    if isinstance(payload, (str, bytes)):
        return cast(dict[str, Any], orjson.loads(payload))
    return cast(dict[str, Any], payload)


def _outgoing(shape: OutgoingShape, table: str, payload: dict[str, Any],
              participant_of: Callable[[str, dict[str, Any]], str | None] | None,
              allowed: dict[str, frozenset[str]], identified: set[str], deidentified: set[str]) -> dict[str, Any]:
    """`without_staff`, then (towards the hub) the row identified under consent or `deidentify`d, as the shape
    precomputed for its table does them: the same result without per-row, per-field generic work."""
    payload = shape.without_staff(payload)
    if participant_of is None or table not in PARTICIPANT_TABLES:
        return payload
    kind = PARTICIPANT_TABLES[table][0]
    pid = participant_of(table, payload)
    if pid is not None and kind in allowed.get(pid, ()):
        identified.add(pid)
        return without_uncovered_copies(shape.model, table, payload, allowed[pid])
    if pid is not None:
        deidentified.add(pid)
    return shape.deidentify(payload)


def _current_rows(session: Any, models: dict[str, type[SyncedRow]], wanted: dict[str, set[str]],
                  allowed: dict[str, frozenset[str]],
                  participant_of: Callable[[str, dict[str, Any]], str | None] | None,
                  origin: str) -> Iterator[dict[str, Any]]:
    """Current rows of the kinds newly shared per person (`wanted`), and rows already shared that carry copies of
    a newly shared kind (a goal step's helper once the network is consented too)."""
    if not wanted or participant_of is None:
        return
    order = table_order()
    for table in sorted(PARTICIPANT_TABLES, key=lambda t: order[t]):
        kind = PARTICIPANT_TABLES[table][0]
        copies = borrowed_kinds(table)
        pids = [pid for pid, kinds in wanted.items()
                if kind in kinds or (kind in allowed.get(pid, ()) and copies & set(kinds))]
        if not pids:
            continue
        model = models[table]
        # Only this site's own rows: a copy of another site's row is that site's to send.
        query = rows_of_people(model, table, pids, models).where(col(model.owner_site) == origin)
        for current in row_payloads(session, model, query):
            payload = without_staff(current)
            pid = participant_of(table, payload)
            payload = without_uncovered_copies(model, table, payload, allowed.get(pid or "", frozenset()))
            yield {"o": origin, "t": table, "r": current["id"], "v": current["version"], "h": current["hlc"],
                   "p": payload}
