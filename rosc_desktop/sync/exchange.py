"""Monthly sync by bundle file: export what the other side has not acknowledged, import what it sent (issue 7).

Export is cumulative: everything from the last sequence number the recipient acknowledged, so a lost USB stick
is healed by the next bundle. A center's participant records travel identified only under a current consent
naming the hub (see `profiles`); the manifest names the profile used.

Import decrypts into a private work folder under the app's data folder (never beside the source file), where each
section is kept sealed with a key that lives only in this process's memory (sync/bundle_work.py: nothing decrypted
is ever on disk in the clear, even after a crash), checks the signature, the recipient, the schema version, the
sequence range and the limits every section must keep (sync/bundle_limits.py: inflated size, JSON depth, lone
surrogates), then plans: new, updated, unchanged and conflicting rows. `dry_run` stops there. Otherwise the store
is backed up and everything is applied in one transaction. `(origin, seq)` is the primary key of `sync_received`,
so the database itself refuses to apply a change twice, even when two imports race on a PostgreSQL hub. A bundle
whose range leaves a gap is held (an encrypted copy is kept) and the missing range named; the same bundle again
is a no-op with a receipt; rows that cannot be merged without a person go to the review queue with both versions.

Only the owning site edits a row (DESIGN.md §3), so a newer version from the owner simply wins. A conflict means
something went wrong upstream: two copies of one site's database numbering the same change differently (a
"fork"), a second row where only one may exist ("duplicate"), a row claimed by a site that does not own it
("not_owner"), or a row that points at a record this site does not have ("missing_link").
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pydantic
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import SQLModel, col

from rosc_desktop.errors import RoscError
from rosc_desktop.model import (
    Goal,
    NetworkMember,
    OutboxEntry,
    Referral,
    Site,
    SyncBundle,
    SyncConflict,
    SyncedRow,
    SyncPeerState,
    SyncReceived,
    SyncShare,
)
from rosc_desktop.model.types import utc_now
from rosc_desktop.clock import sharing_days
from rosc_desktop.store import backup as backups
from rosc_desktop.paths import private_folder
from rosc_desktop.services.accounts import CENTER_FIELDS
from rosc_desktop.services.consents import RecipientRef
from rosc_desktop.services.directory import HUB_SITE
from rosc_desktop.services.permissions import Action
from rosc_desktop.services.validation import neutral_values
from rosc_desktop.store.clock import parse_stamp
from rosc_desktop.sync import bundle as bundle_file
from rosc_desktop.sync import bundle_limits, keys, transfer, witness
from rosc_desktop.sync.bundle_work import SealedSection
from rosc_desktop.sync.profiles import (
    HUB_PURPOSE,
    PARENT_OF,
    PARTICIPANT_TABLES,
    PROFILE_CENTER,
    PROFILE_HUB,
    blank_value,
    borrowed_kinds,
    deidentify,
    tables_for,
    without_staff,
    without_uncovered_copies,
)
from rosc_desktop.util_files import process_alive

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

# The data format inside a bundle follows the database schema: the number of the newest migration.
SCHEMA_VERSION = 14
CAPABILITY_CHANGES = "changes-v1"
KNOWN_CAPABILITIES = frozenset({CAPABILITY_CHANGES})

CHANGES = "changes.jsonl.gz"
REFRESH = "refresh.jsonl.gz"
REDACT = "redact.json"
ACKS = "acks.json"
KEYS = "keys.json"
# The sending site's own public details (name, address, phone, hours, email, website): no participant data.
CENTER = "center.json"

# A remote stamp this far ahead of our wall clock is flagged: that site's clock is wrong. Our own clock never
# observes remote stamps, so it cannot be dragged into the future.
CLOCK_AHEAD = timedelta(days=1)
_LINE_KEYS = {"o", "s", "t", "r", "v", "h", "op", "p"}
_PROGRESS_EVERY = 2000
_WORK_FOLDER = "sync-work"
_HELD_FOLDER = "sync-held"
_QUARANTINE_FOLDER = "sync-quarantine"

Progress = Callable[[int, int], bool]  # (done, total) -> keep going?


def _models() -> dict[str, type[SyncedRow]]:
    return {cls.__tablename__: cls for cls in SyncedRow.__subclasses__()}  # type: ignore[misc]


def _table_order() -> dict[str, int]:
    # Parents before children, so foreign keys hold statement by statement (PostgreSQL checks them at once).
    return {t.name: i for i, t in enumerate(SQLModel.metadata.sorted_tables)}


# ------------------------------------------------------------------------------------------------ results


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


@dataclass(frozen=True)
class ImportReport:
    status: str  # "applied", "would_apply" (dry run), "replay", "held", "would_hold"
    origin: str
    profile: str
    seq_from: int
    seq_to: int
    made_at: str
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    refreshed: int = 0
    redacted: int = 0
    transfers: int = 0
    transfers_refused: int = 0
    missing: tuple[int, int] | None = None
    already_imported_on: datetime | None = None
    notices: tuple[str, ...] = ()
    backup: Path | None = None
    log_id: int | None = None
    by_table: dict[str, dict[str, int]] = field(default_factory=dict)


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


# ------------------------------------------------------------------------------------------------ helpers


def _local_site(services: Services) -> Site:
    with services.store.read() as session:
        site = session.execute(select(Site).where(Site.is_local == True)).scalars().first()  # noqa: E712
    if site is None:
        raise RoscError("site_not_set_up")
    return site


def _private_folder(root: Path, name: str) -> Path:
    return private_folder(root / name)


# Work folders of imports running in this process. Another import (a second thread, or the CLI beside the app on a
# PostgreSQL hub) sweeps at its start, and must not pull the sealed sections from under one still reading them.
_ACTIVE_WORK: set[Path] = set()
_ACTIVE_LOCK = threading.Lock()


def sweep_work_folders(services: Services) -> int:
    """Remove the work files left by an import that was killed (power cut, os._exit) before its cleanup ran.

    They are sealed with a key that died with that process, so they cannot be read; removing them is the second
    line of defence (and gives the disk space back)."""
    folder = services.paths.root / _WORK_FOLDER
    if not folder.exists():
        return 0
    removed = 0
    with _ACTIVE_LOCK:
        for leftover in folder.iterdir():
            if leftover in _ACTIVE_WORK or _owner_alive(leftover):
                continue
            shutil.rmtree(leftover, ignore_errors=True)
            removed += 1
    return removed


def _new_work_folder(work_root: Path) -> Path:
    with _ACTIVE_LOCK:
        workdir = Path(tempfile.mkdtemp(prefix=f"import-{os.getpid()}-", dir=work_root))
        _ACTIVE_WORK.add(workdir)
    return workdir


def _owner_alive(leftover: Path) -> bool:
    """True when the folder belongs to another process that is still running (POSIX; elsewhere we cannot ask
    safely, and sweep as before)."""
    parts = leftover.name.split("-")
    if len(parts) < 3 or not parts[1].isdigit() or int(parts[1]) == os.getpid():
        return False
    return process_alive(int(parts[1]))


def _gzip_lines(rows: Iterable[dict[str, Any]], counter: list[int]) -> Iterator[bytes]:
    # gzip framing (wbits 31) so `zcat` reads a section taken out by the `age` tool.
    compressor = zlib.compressobj(6, zlib.DEFLATED, 31)
    buffer: list[bytes] = []
    size = 0
    for row in rows:
        line = json.dumps(row, separators=(",", ":"), ensure_ascii=False, sort_keys=True).encode() + b"\n"
        buffer.append(line)
        size += len(line)
        counter[0] += 1
        if size >= 1 << 20:
            yield compressor.compress(b"".join(buffer))
            buffer, size = [], 0
    if buffer:
        yield compressor.compress(b"".join(buffer))
    yield compressor.flush()


def _read_lines(section: SealedSection) -> Iterator[dict[str, Any]]:
    # The section passed its signed hash, so the sender wrote it this way: a bug or a hostile sender. Inflated,
    # cut and parsed within bundle_limits' bounds.
    for row in bundle_limits.json_lines(section):
        if not isinstance(row, dict):
            raise RoscError("bundle_rows_invalid", section=section.name)
        yield row


def _read_json(section: SealedSection) -> Any:
    return bundle_limits.json_document(section)


class _SignerAdapter:
    """write_bundle wants an object with .sign(); the private key never leaves sync.keys."""

    def __init__(self, services: Services) -> None:
        self._services = services

    def sign(self, data: bytes) -> bytes:
        return keys.sign(self._services, data)


class _PeerVerifier:
    """Verifies with the peer's current key or, during its rotation, the announced next key."""

    def __init__(self, peer: keys.PeerView) -> None:
        self.peer = peer
        self.used_next = False

    def verify(self, signature: bytes, data: bytes) -> None:
        try:
            Ed25519PublicKey.from_public_bytes(bytes.fromhex(self.peer.ed25519_public)).verify(signature, data)
            return
        except InvalidSignature:
            if not self.peer.next_ed25519_public:
                raise
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(self.peer.next_ed25519_public)).verify(signature, data)
        self.used_next = True


# ------------------------------------------------------------------------------------------------ export


def _participant_of(session: Any) -> Callable[[str, dict[str, Any]], str | None]:
    parents: dict[str, dict[str, str]] = {}
    for model in (Goal, NetworkMember, Referral):
        parents[model.__tablename__] = dict(session.execute(select(model.id, model.participant_id)).all())

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
    site = _local_site(services)
    peer = keys.peer(services, peer_code)
    profile = PROFILE_HUB if site.is_hub else PROFILE_CENTER
    if profile == PROFILE_CENTER and peer.role != "hub":
        raise RoscError("sync_peer_not_hub", site_code=peer_code)
    tables = tables_for(profile)
    models = _models()
    now = now or utc_now()
    # The center's calendar decides, never the UTC date: see clock.sharing_days.
    allowed = shareable_kinds(services, sharing_days(now)) if profile == PROFILE_CENTER else {}
    announcement = None
    if any(i.status == "next" for i in keys.identities(services)):
        announcement = keys.announce_rotation(services)

    with services.store.read() as session:
        state = session.get(SyncPeerState, peer_code) or SyncPeerState(site_code=peer_code)
        acked = state.acked_by_peer
        seq_to = session.execute(select(OutboxEntry.seq).where(OutboxEntry.origin == site.code)
                                 .order_by(col(OutboxEntry.seq).desc()).limit(1)).scalar() or 0
        if acked > seq_to:  # the other side claims more than we ever made (we were restored): send everything
            acked = 0
        seq_from = acked + 1
        total = seq_to - acked
        participant_of = _participant_of(session) if profile == PROFILE_CENTER else None
        shares = {s.participant_id: s for s in session.execute(
            select(SyncShare).where(SyncShare.peer_site == peer_code)).scalars()}
        identified: set[str] = set()
        deidentified: set[str] = set()
        done = [0]

        def check_progress() -> None:
            if progress is not None and not progress(done[0], total):
                raise RoscError("cancelled")

        def changes() -> Iterator[dict[str, Any]]:
            check_progress()
            query = (select(OutboxEntry.seq, OutboxEntry.table_name, OutboxEntry.row_id, OutboxEntry.version,
                            OutboxEntry.hlc, OutboxEntry.op, OutboxEntry.payload)
                     .where(OutboxEntry.origin == site.code, OutboxEntry.seq >= seq_from, OutboxEntry.seq <= seq_to)
                     .order_by(OutboxEntry.seq).execution_options(yield_per=_PROGRESS_EVERY))
            for seq, table, row_id, version, hlc, op, payload in session.execute(query):
                done[0] += 1
                if done[0] % _PROGRESS_EVERY == 0:
                    check_progress()
                if table not in tables:
                    continue
                payload = _outgoing(models[table], table, payload, participant_of, allowed, identified, deidentified)
                yield {"o": site.code, "s": seq, "t": table, "r": row_id, "v": version, "h": hlc, "op": op,
                       "p": payload}
            done[0] = total
            check_progress()

        # Consent given since a person's rows went out de-identified: send their current rows identified.
        # Re-sent until the hub acknowledges the bundle that carried them, like changes.
        refresh_kinds: dict[str, set[str]] = {}
        redact: dict[str, list[str]] = {}
        if profile == PROFILE_CENTER:
            for pid, kinds in allowed.items():
                if state.exported_seq == 0:
                    break  # the first bundle ever: its changes carry everyone from the first, in full
                # Even when nothing is acknowledged yet: the hub may hold an earlier, de-identified bundle of the
                # same changes, and it skips changes it has already received, so only a refresh re-identifies.
                sent = shares.get(pid)
                new = set(kinds) - set(sent.kinds if sent else ())
                if sent is not None and sent.sent_seq > acked:
                    new |= set(sent.kinds) & set(kinds)
                if new:
                    refresh_kinds[pid] = new
            # A withdrawal travels like a change: re-sent until the hub acknowledges the bundle that carried it.
            for pid, sent in shares.items():
                unconfirmed = set(sent.withdrawn) if sent.sent_seq > acked else set()
                withdrawn = (set(sent.kinds) | unconfirmed) - set(allowed.get(pid, ()))
                if withdrawn:
                    redact[pid] = sorted(withdrawn)

        def refresh_rows() -> Iterator[dict[str, Any]]:
            yield from _current_rows(session, models, refresh_kinds, allowed, participant_of, site.code)

        counts = {CHANGES: [0], REFRESH: [0]}
        sections: dict[str, Any] = {CHANGES: _gzip_lines(changes(), counts[CHANGES])}
        if refresh_kinds:
            sections[REFRESH] = _gzip_lines(refresh_rows(), counts[REFRESH])
        if redact:
            sections[REDACT] = bundle_file.canonical_json({"participants": redact})
        peer_state = session.get(SyncPeerState, peer_code)
        sections[ACKS] = bundle_file.canonical_json(
            {"applied": {peer_code: peer_state.applied_seq if peer_state else 0}})
        if announcement is not None:
            sections[KEYS] = bundle_file.canonical_json({"rotation": announcement})
        sections[CENTER] = bundle_file.canonical_json({name: getattr(site, name) or "" for name in CENTER_FIELDS})
        sections[witness.AUDIT] = bundle_file.canonical_json(witness.section(session, peer_code, site.is_hub))
        outgoing = transfer.outgoing_sections(services, session, peer_code, site.is_hub, sharing_days(now))
        sections.update(outgoing.sections)
        folder = Path(folder)
        path = folder / bundle_file.bundle_file_name(site.code, peer_code, seq_to, now)
        try:
            manifest = bundle_file.write_bundle(
                path,
                {"origin": site.code, "recipient": peer_code, "schema_version": SCHEMA_VERSION,
                 "seq_from": seq_from, "seq_to": seq_to, "profile": profile, "created_at": now,
                 "requires": [CAPABILITY_CHANGES]},
                sections, _SignerAdapter(services), keys.recipients_for(peer),  # type: ignore[arg-type]
                rows={CHANGES: lambda: counts[CHANGES][0], REFRESH: lambda: counts[REFRESH][0], REDACT: len(redact),
                      ACKS: 1, KEYS: 1 if announcement else 0,
                      transfer.TRANSFERS: _count_lines_of(outgoing.sections.get(transfer.TRANSFERS, b"")), CENTER: 1,
                      witness.AUDIT: 1,
                      transfer.TRANSFER_ACKS: 1, transfer.SITES: 1},
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
        for pid, kinds in allowed.items():
            share = session.get(SyncShare, (peer_code, pid))
            if share is None:
                share = SyncShare(peer_site=peer_code, participant_id=pid)
            if set(share.kinds) != set(kinds) or pid in refresh_kinds or pid in redact:
                share.kinds = sorted(kinds)
                share.withdrawn = redact.get(pid, [])
                share.sent_seq = seq_to
            session.add(share)
        transfer.mark_sent(services, session, outgoing)
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
        counts_json = {"changes": changes_count, "identified_people": result.identified_people,
                       "deidentified_people": result.deidentified_people, "refreshed": result.refreshed,
                       "redacted": result.redacted}
        session.add(SyncBundle(direction="out", peer_site=peer_code, bundle_id=_bundle_id(manifest),
                               file_name=path.name, seq_from=seq_from, seq_to=seq_to, profile=profile,
                               made_at=manifest.created_at, status="exported", counts=counts_json))
        services.audit(session, "bundle_exported", "site", peer_code,
                       {"seq_from": seq_from, "seq_to": seq_to, "profile": profile, **counts_json})
    return result


def _outgoing(model: type[SyncedRow], table: str, payload: dict[str, Any],
              participant_of: Callable[[str, dict[str, Any]], str | None] | None,
              allowed: dict[str, frozenset[str]], identified: set[str], deidentified: set[str]) -> dict[str, Any]:
    payload = without_staff(payload)
    if participant_of is None or table not in PARTICIPANT_TABLES:
        return payload
    kind = PARTICIPANT_TABLES[table][0]
    pid = participant_of(table, payload)
    if pid is not None and kind in allowed.get(pid, ()):
        identified.add(pid)
        return without_uncovered_copies(model, table, payload, allowed[pid])
    if pid is not None:
        deidentified.add(pid)
    return deidentify(model, table, payload)


def _current_rows(session: Any, models: dict[str, type[SyncedRow]], wanted: dict[str, set[str]],
                  allowed: dict[str, frozenset[str]],
                  participant_of: Callable[[str, dict[str, Any]], str | None] | None,
                  origin: str) -> Iterator[dict[str, Any]]:
    """Current rows of the kinds newly shared per person (`wanted`), and rows already shared that carry copies of
    a newly shared kind (a goal step's helper once the network is consented too)."""
    if not wanted or participant_of is None:
        return
    order = _table_order()
    for table in sorted(PARTICIPANT_TABLES, key=lambda t: order[t]):
        kind = PARTICIPANT_TABLES[table][0]
        copies = borrowed_kinds(table)
        pids = [pid for pid, kinds in wanted.items()
                if kind in kinds or (kind in allowed.get(pid, ()) and copies & set(kinds))]
        if not pids:
            continue
        model = models[table]
        # Only this site's own rows: a copy of another site's row is that site's to send.
        query = _rows_of_people(model, table, pids, models).where(col(model.owner_site) == origin)
        for row in session.execute(query).scalars():
            payload = without_staff(row.model_dump(mode="json"))
            pid = participant_of(table, payload)
            payload = without_uncovered_copies(model, table, payload, allowed.get(pid or "", frozenset()))
            yield {"o": origin, "t": table, "r": row.id, "v": row.version, "h": row.hlc, "p": payload}


def _rows_of_people(model: type[SyncedRow], table: str, pids: list[str], models: dict[str, type[SyncedRow]]) -> Any:
    if table == "participant":
        return select(model).where(col(model.id).in_(pids))
    if "participant_id" in model.model_fields:
        return select(model).where(col(model.participant_id).in_(pids))  # type: ignore[attr-defined]
    parent_table, column = PARENT_OF[table]
    parent = models[parent_table]
    return select(model).join(parent, getattr(model, column) == parent.id).where(
        col(parent.participant_id).in_(pids))  # type: ignore[attr-defined]


def _bundle_id(manifest: bundle_file.Manifest) -> str:
    return hashlib.sha256(manifest.canonical()).hexdigest()


# ------------------------------------------------------------------------------------------------ import


@dataclass
class _Incoming:
    table: str
    row_id: str
    version: int
    hlc: str
    seq: int
    payload: dict[str, Any]
    values: dict[str, Any]


@dataclass
class _Plan:
    new: list[_Incoming] = field(default_factory=list)
    updated: list[_Incoming] = field(default_factory=list)
    unchanged: int = 0
    conflicts: list[SyncConflict] = field(default_factory=list)
    received: list[int] = field(default_factory=list)
    by_table: dict[str, dict[str, int]] = field(default_factory=dict)

    def count(self, table: str, what: str, n: int = 1) -> None:
        self.by_table.setdefault(table, {"new": 0, "updated": 0, "unchanged": 0, "conflicts": 0})[what] += n


def import_bundle(services: Services, path: str | os.PathLike[str], *, dry_run: bool = False,
                  force_gap: bool = False, backup: bool = True, log_refusal: bool | None = None) -> ImportReport:
    """Check, plan and (unless `dry_run`) apply one bundle. Refusals raise RoscError after being logged (a dry
    run's are not logged, and leave no quarantine copy, unless `log_refusal`: the Sync screen's import checks
    first with a dry run, and a refusal met there is a refused import the log must show)."""
    log_refusal = not dry_run if log_refusal is None else log_refusal
    services.require(Action.MANAGE_SYNC)
    site = _local_site(services)
    sweep_work_folders(services)
    path = Path(path)
    file_name = path.name
    work_root = _private_folder(services.paths.root, _WORK_FOLDER)
    workdir = _new_work_folder(work_root)
    verifiers: dict[str, _PeerVerifier] = {}
    verify_key_for = _verifiers(services, verifiers)
    try:
        try:
            opened = bundle_file.read_bundle(path, keys.age_identities(services), site.code, verify_key_for, workdir)
        except RoscError as exc:
            if log_refusal:  # a dry run changes nothing: no log line, no quarantine copy
                _log_refusal(services, file_name, exc, path)
            raise
        manifest = opened.manifest
        try:
            _check_manifest(services, site, manifest)
        except RoscError as exc:
            if log_refusal:
                _log_refusal(services, file_name, exc, path, manifest)
            raise
        verifier = verifiers[manifest.origin]
        return _import_opened(services, site, path, opened, verifier, dry_run=dry_run, force_gap=force_gap,
                              backup=backup)
    finally:
        with _ACTIVE_LOCK:
            _ACTIVE_WORK.discard(workdir)
            shutil.rmtree(workdir, ignore_errors=True)


def inspect(services: Services, path: str | os.PathLike[str]) -> bundle_file.Manifest:
    """The signed manifest of a bundle made for this site, without applying or keeping anything."""
    services.require(Action.MANAGE_SYNC)
    site = _local_site(services)
    return bundle_file.inspect_bundle(path, keys.age_identities(services), _verifiers(services, {}), site.code)


def _verifiers(services: Services, made: dict[str, _PeerVerifier]) -> Callable[[str], _PeerVerifier | None]:
    """The bundle reader's key lookup: the enrolled peer's verifier (remembered in `made`), None for a stranger."""
    def verify_key_for(origin: str) -> _PeerVerifier | None:
        try:
            made[origin] = _PeerVerifier(keys.peer(services, origin))
        except RoscError:
            return None
        return made[origin]

    return verify_key_for


def _check_manifest(services: Services, site: Site, manifest: bundle_file.Manifest) -> None:
    if manifest.schema_version > SCHEMA_VERSION:
        raise RoscError("bundle_schema_newer", version=manifest.schema_version, ours=SCHEMA_VERSION,
                        app_version=manifest.app_version)
    unknown = sorted(set(manifest.requires) - KNOWN_CAPABILITIES)
    if unknown:
        raise RoscError("bundle_needs_capability", capability=unknown[0])
    peer = keys.peer(services, manifest.origin)
    expected = PROFILE_HUB if peer.role == "hub" else PROFILE_CENTER
    if manifest.profile != expected or (expected == PROFILE_CENTER and not site.is_hub):
        raise RoscError("bundle_profile_unexpected", profile=manifest.profile)


def _log_refusal(services: Services, file_name: str, exc: RoscError, path: Path,
                 manifest: bundle_file.Manifest | None = None) -> None:
    """Refusals are logged for the Sync screen; a signed-looking bundle we cannot trust is kept aside."""
    quarantine = exc.code in {"bundle_signature_invalid", "bundle_unknown_sender", "bundle_not_for_us"}
    held = ""
    if quarantine:
        try:
            folder = _private_folder(services.paths.root, _QUARANTINE_FOLDER)
            target = folder / f"{int(time.time())}-{hashlib.sha256(file_name.encode()).hexdigest()[:12]}.age"
            shutil.copyfile(path, target)
            held = target.name
        except OSError:
            held = ""
    try:
        with services.store.write() as session:
            session.add(SyncBundle(
                direction="in", peer_site=manifest.origin if manifest else "", file_name=file_name[:255],
                seq_from=manifest.seq_from if manifest else 0, seq_to=manifest.seq_to if manifest else 0,
                profile=manifest.profile if manifest else "", made_at=manifest.created_at if manifest else "",
                bundle_id=_bundle_id(manifest) if manifest else "",
                status="quarantined" if quarantine else "refused", reason=exc.code, held_file=held))
            services.audit(session, "bundle_refused", "site", manifest.origin if manifest else "",
                           {"reason": exc.code})
    except RoscError:
        pass  # a full disk must not hide the refusal itself


def _import_opened(services: Services, site: Site, path: Path, opened: bundle_file.OpenedBundle,
                   verifier: _PeerVerifier, *, dry_run: bool, force_gap: bool, backup: bool) -> ImportReport:
    manifest = opened.manifest
    origin = manifest.origin
    bundle_id = _bundle_id(manifest)
    base = dict(origin=origin, profile=manifest.profile, seq_from=manifest.seq_from, seq_to=manifest.seq_to,
                made_at=manifest.created_at)
    with services.store.read() as session:
        seen = session.execute(select(SyncBundle).where(
            SyncBundle.direction == "in", SyncBundle.bundle_id == bundle_id,
            col(SyncBundle.status).in_(["applied"])).order_by(SyncBundle.id)).scalars().first()
        state = session.get(SyncPeerState, origin) or SyncPeerState(site_code=origin)
    if seen is not None:
        return _receipt(services, opened, file_name=path.name, base=base, first=seen, dry_run=dry_run)
    gap = manifest.seq_from > state.applied_seq + 1 and manifest.seq_from <= manifest.seq_to
    if gap and not force_gap:
        missing = (state.applied_seq + 1, manifest.seq_from - 1)
        if dry_run:
            return ImportReport(status="would_hold", missing=missing, **base)
        return _hold(services, path, manifest, bundle_id, missing, base)

    peer = keys.peer(services, origin)
    # Refreshes and redactions are about a center's own participants, sent to its hub: from anyone else (a hub's
    # bundle to a center) they are ignored, or a hub could plant consents or records in a center's database.
    from_center = manifest.profile == PROFILE_CENTER and site.is_hub
    refresh = _load_refresh(opened, origin) if from_center else []
    redact = _load_redact(opened) if from_center else {}
    acks = _load_acks(opened, site.code)
    # Read before anything is written, like the acks: a broken one refuses the dry run too, not only the import.
    audit_section = opened.sections.get(witness.AUDIT)
    witnessed = _read_json(audit_section) if audit_section is not None else None
    rotation = _load_rotation(opened)
    notices: list[str] = ["gap_forced"] if gap else []
    newer_than_seen = (manifest.seq_to, manifest.created_at) >= (state.peer_newest_seq_to, _newest_made_at(
        services, origin))
    if not newer_than_seen:
        # Refreshes and redactions follow the consents as they stood when the bundle was made: from a bundle
        # older than one already applied they would undo a newer withdrawal (or a newer consent).
        refresh, redact = [], {}
    transfers = _count_lines(opened.sections.get(transfer.TRANSFERS))

    def report(status: str, totals: _Totals, **extra: Any) -> ImportReport:
        return ImportReport(status=status, new=totals.new, updated=totals.updated, unchanged=totals.unchanged,
                            conflicts=totals.conflicts, refreshed=len(refresh), redacted=len(redact),
                            transfers=transfers, notices=tuple(notices), by_table=totals.by_table, **base, **extra)

    if dry_run:
        # The dry run applies exactly as an import would, then rolls back: its counts cannot drift from the
        # real thing, and no plan of the whole bundle has to fit in memory.
        try:
            with services.store.write() as session:
                session.info["capture_off"] = True
                raise _DryRunDone(_apply_changes(session, opened, manifest, peer.role, refresh, 0, notices))
        except _DryRunDone as done:
            return report("would_apply", done.totals)
    backup_path = _backup(services) if backup else None
    # Marked before writing, so a crash after the commit is still caught up at the next sign-in.
    earlier_mark = backups.withdrawal_pending(services.paths.backups)
    if redact:
        backups.mark_withdrawal(services.paths.backups)
    try:
        with services.store.write() as session:
            session.info["capture_off"] = True
            # Checked again under the write lock: another import of this same bundle may have committed since we
            # looked. Its seqs are then all "done", nothing clashes, and it would be logged as applied twice.
            if session.execute(select(SyncBundle.id).where(
                    SyncBundle.direction == "in", SyncBundle.bundle_id == bundle_id,
                    SyncBundle.status == "applied")).first() is not None:
                raise RoscError("bundle_import_raced")
            log = SyncBundle(direction="in", peer_site=origin, bundle_id=bundle_id, file_name=path.name[:255],
                             seq_from=manifest.seq_from, seq_to=manifest.seq_to, profile=manifest.profile,
                             made_at=manifest.created_at, status="applied")
            session.add(log)
            session.flush()
            assert log.id is not None
            totals = _apply_changes(session, opened, manifest, peer.role, refresh, log.id, notices)
            log.reason = "gap_forced" if gap else ("clock_ahead" if "clock_ahead" in notices else "")
            log.counts = {"new": totals.new, "updated": totals.updated, "unchanged": totals.unchanged,
                          "conflicts": totals.conflicts, "refreshed": len(refresh), "redacted": len(redact)}
            session.add(log)
            blanked = _apply_redactions(session, redact, origin)
            arrivals = transfer.apply_sections(services, session, origin, site.code, site.is_hub, opened.sections)
            state = session.get(SyncPeerState, origin) or SyncPeerState(site_code=origin)
            if manifest.seq_from <= state.applied_seq + 1:
                state.applied_seq = max(state.applied_seq, manifest.seq_to)
            if newer_than_seen:
                state.peer_newest_seq_to = manifest.seq_to
                if acks is not None:
                    state.acked_by_peer = acks
                    for out in session.execute(select(SyncBundle).where(
                            SyncBundle.direction == "out", SyncBundle.peer_site == origin,
                            SyncBundle.status == "exported", SyncBundle.seq_to <= acks)).scalars():
                        out.status = "acknowledged"
                        session.add(out)
            state.last_import_at = utc_now()
            details = _load_center(opened)
            if details is not None:
                state.details = {**(state.details or {}), **details}
            session.add(state)
            if witnessed is not None:
                witness.apply(services, session, origin, witnessed, site.is_hub, notices)
            services.audit(session, "bundle_applied", "site", origin,
                           {"seq_from": manifest.seq_from, "seq_to": manifest.seq_to, **log.counts})
            session.flush()
            log_id = log.id
    except IntegrityError:
        # Another import applied some of these changes between our plan and our write (two imports at once on
        # a PostgreSQL hub): nothing of ours was written; planning again sees them as already applied.
        if not earlier_mark:
            backups.clear_withdrawal(services.paths.backups)
        raise RoscError("bundle_import_raced") from None
    except BaseException:
        if not earlier_mark:
            backups.clear_withdrawal(services.paths.backups)
        raise
    _after_apply(services, rotation, origin, verifier, notices)
    refused_transfers = transfer.check_arrivals(services, arrivals["arrived"])
    # Only a withdrawal that blanked something here reaches the backups (a redaction naming nobody, or one
    # already applied, must not cost the hub its history); one left pending by a crash or a full disk too.
    if blanked or (earlier_mark and backups.withdrawal_pending(services.paths.backups)):
        notices.append(_withdrawal_reaches_backups(services))
    elif redact and not earlier_mark:
        backups.clear_withdrawal(services.paths.backups)
    _release_held(services, origin)
    return report("applied", totals, backup=backup_path, log_id=log_id, transfers_refused=refused_transfers)


_BATCH = 5000


@dataclass
class _Totals:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    by_table: dict[str, dict[str, int]] = field(default_factory=dict)

    def add(self, plan: _Plan) -> None:
        self.new += len(plan.new)
        self.updated += len(plan.updated)
        self.unchanged += plan.unchanged
        self.conflicts += len(plan.conflicts)
        for table, counts in plan.by_table.items():
            mine = self.by_table.setdefault(table, {"new": 0, "updated": 0, "unchanged": 0, "conflicts": 0})
            for what, n in counts.items():
                mine[what] += n


class _DryRunDone(Exception):
    def __init__(self, totals: _Totals) -> None:
        super().__init__("dry run")
        self.totals = totals


def _apply_changes(session: Any, opened: bundle_file.OpenedBundle, manifest: bundle_file.Manifest, origin_role: str,
                   refresh: list[_Incoming], log_id: int, notices: list[str]) -> _Totals:
    """Plan and write the changes batch by batch in seq order (each batch sees the ones before it), then the
    refreshed rows. Memory stays flat whatever the bundle's size."""
    origin = manifest.origin
    totals = _Totals()
    ahead_limit = (utc_now() + CLOCK_AHEAD).timestamp() * 1000

    # A refreshed row that the changes carry too, at the same version, is the same row: planned once, or a
    # conflict it raises would be queued twice.
    refreshed = {(r.table, r.row_id): (r.version, r.hlc) for r in refresh}
    carried: set[tuple[str, str]] = set()

    def watched() -> Iterator[_Incoming]:
        for change in _iter_changes(opened, manifest):
            if "clock_ahead" not in notices and parse_stamp(change.hlc)[0] > ahead_limit:
                notices.append("clock_ahead")
            yield change

    for batch in _batches(watched(), _BATCH):
        plan = _plan(session, origin, origin_role, batch, [])
        _write_plan(session, origin, plan, log_id)
        totals.add(plan)
        fresh = set(plan.received)  # a change received before is skipped: then only the refresh carries it
        carried.update((c.table, c.row_id) for c in batch
                       if c.seq in fresh and refreshed.get((c.table, c.row_id)) == (c.version, c.hlc))
    refresh = [r for r in refresh if (r.table, r.row_id) not in carried]
    if refresh:
        plan = _plan(session, origin, origin_role, [], refresh)
        _write_plan(session, origin, plan, log_id)
        totals.add(plan)
    return totals


def _write_plan(session: Any, origin: str, plan: _Plan, log_id: int) -> None:
    if plan.received:
        session.execute(insert(SyncReceived.__table__),  # type: ignore[attr-defined]
                        [{"origin": origin, "seq": s, "bundle": log_id} for s in plan.received])
    _write_rows(session, plan)
    for conflict in plan.conflicts:
        conflict.bundle = log_id or None
        session.add(conflict)
    session.flush()


def _count_lines_of(data: bytes) -> int:
    return sum(1 for line in data.splitlines() if line.strip())


def _count_lines(section: SealedSection | None) -> int:
    if section is None:
        return 0
    return sum(1 for line in bundle_limits.lines(section) if line.strip())


def _newest_made_at(services: Services, origin: str) -> str:
    with services.store.read() as session:
        return session.execute(select(SyncBundle.made_at).where(
            SyncBundle.direction == "in", SyncBundle.peer_site == origin, SyncBundle.status == "applied")
            .order_by(col(SyncBundle.seq_to).desc(), col(SyncBundle.made_at).desc()).limit(1)).scalar() or ""


def _receipt(services: Services, opened: bundle_file.OpenedBundle, *, file_name: str, base: dict[str, Any],
             first: SyncBundle, dry_run: bool) -> ImportReport:
    if not dry_run:
        with services.store.write() as session:
            session.add(SyncBundle(direction="in", peer_site=base["origin"], bundle_id=first.bundle_id,
                                   file_name=file_name[:255], seq_from=base["seq_from"], seq_to=base["seq_to"],
                                   profile=base["profile"], made_at=base["made_at"], status="replay",
                                   reason="already_imported", counts={"first_log_id": first.id}))
    return ImportReport(status="replay", already_imported_on=first.recorded_at, **base)


def _hold(services: Services, path: Path, manifest: bundle_file.Manifest, bundle_id: str,
          missing: tuple[int, int], base: dict[str, Any]) -> ImportReport:
    folder = _private_folder(services.paths.root, _HELD_FOLDER)
    target = folder / f"{bundle_id[:32]}.age"  # still encrypted: holding it leaves no plaintext
    part = target.with_name(target.name + ".part")
    try:
        shutil.copyfile(path, part)
        os.replace(part, target)
    except OSError:
        part.unlink(missing_ok=True)
        raise RoscError("bundle_write_failed") from None
    with services.store.write() as session:
        existing = session.execute(select(SyncBundle).where(
            SyncBundle.direction == "in", SyncBundle.bundle_id == bundle_id, SyncBundle.status == "held")
        ).scalars().first()
        if existing is None:
            session.add(SyncBundle(direction="in", peer_site=manifest.origin, bundle_id=bundle_id,
                                   file_name=path.name[:255], seq_from=manifest.seq_from, seq_to=manifest.seq_to,
                                   profile=manifest.profile, made_at=manifest.created_at, status="held",
                                   reason="gap", counts={"missing_from": missing[0], "missing_to": missing[1]},
                                   held_file=target.name))
            services.audit(session, "bundle_held", "site", manifest.origin,
                           {"missing_from": missing[0], "missing_to": missing[1]})
    return ImportReport(status="held", missing=missing, **base)


def held_bundle_path(services: Services, log_id: int) -> Path:
    with services.store.read() as session:
        row = session.get(SyncBundle, log_id)
    if row is None or row.status != "held" or not row.held_file:
        raise RoscError("bundle_not_held")
    return services.paths.root / _HELD_FOLDER / row.held_file


def apply_held(services: Services, log_id: int, *, force_gap: bool = False) -> ImportReport:
    """Apply a held bundle: once the gap is filled, or now with `force_gap` (rows that clash are flagged)."""
    path = held_bundle_path(services, log_id)
    report = import_bundle(services, path, force_gap=force_gap)
    if report.status in ("applied", "replay"):
        with services.store.write() as session:
            row = session.get(SyncBundle, log_id)
            if row is not None:
                row.status = "released"
                session.add(row)
        path.unlink(missing_ok=True)
    return report


def _release_held(services: Services, origin: str) -> None:
    """After an apply, held bundles from the same site that now connect are applied in order."""
    while True:
        with services.store.read() as session:
            state = session.get(SyncPeerState, origin)
            applied = state.applied_seq if state else 0
            held = session.execute(select(SyncBundle).where(
                SyncBundle.direction == "in", SyncBundle.peer_site == origin, SyncBundle.status == "held",
                SyncBundle.seq_from <= applied + 1).order_by(SyncBundle.seq_from)).scalars().first()
        if held is None or held.id is None:
            return
        try:
            apply_held(services, held.id)
        except RoscError:
            return


def _iter_changes(opened: bundle_file.OpenedBundle, manifest: bundle_file.Manifest) -> Iterator[_Incoming]:
    """The changes section line by line: a bundle of any size is read in constant memory."""
    section = opened.sections.get(CHANGES)
    if section is None:
        raise RoscError("bundle_rows_invalid", section=CHANGES)
    allowed = tables_for(manifest.profile)
    previous = manifest.seq_from - 1
    for line in _read_lines(section):
        # Strictly increasing seqs: the sender writes its outbox in order, and a repeated seq would otherwise
        # pass for a race with another import.
        if set(line) != _LINE_KEYS or line["o"] != manifest.origin or not isinstance(line["p"], dict) or \
                type(line["s"]) is not int or not previous < line["s"] <= manifest.seq_to or \
                not _names_a_row(line) or line["t"] not in allowed or not _stamped_like_payload(line):
            raise RoscError("bundle_rows_invalid", section=CHANGES)
        previous = line["s"]
        yield _Incoming(line["t"], line["r"], line["v"], line["h"], line["s"], line["p"], {})


def _batches(items: Iterable[_Incoming], size: int) -> Iterator[list[_Incoming]]:
    batch: list[_Incoming] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _load_refresh(opened: bundle_file.OpenedBundle, origin: str) -> list[_Incoming]:
    section = opened.sections.get(REFRESH)
    if section is None:
        return []
    out = []
    for line in _read_lines(section):
        if not {"o", "t", "r", "v", "h", "p"} <= set(line) or line["o"] != origin or not _names_a_row(line) or \
                line["t"] not in PARTICIPANT_TABLES or not isinstance(line["p"], dict) or not _stamped_like_payload(line):
            raise RoscError("bundle_rows_invalid", section=REFRESH)
        out.append(_Incoming(line["t"], line["r"], line["v"], line["h"], 0, line["p"], {}))
    return out


_STAMP = re.compile(r"\d{13}-\d{4}")


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


def _load_redact(opened: bundle_file.OpenedBundle) -> dict[str, list[str]]:
    section = opened.sections.get(REDACT)
    if section is None:
        return {}
    data = _read_json(section)
    people = data.get("participants") if isinstance(data, dict) else None
    if not isinstance(people, dict) or not all(isinstance(k, list) for k in people.values()):
        raise RoscError("bundle_rows_invalid", section=REDACT)
    return {str(pid): [str(k) for k in kinds] for pid, kinds in people.items()}


def _load_center(opened: bundle_file.OpenedBundle) -> dict[str, str] | None:
    """The sender's own details, each field text of bounded length; None when the bundle has none (older app)."""
    section = opened.sections.get(CENTER)
    if section is None:
        return None
    data = _read_json(section)
    if not isinstance(data, dict):
        raise RoscError("bundle_rows_invalid", section=CENTER)
    return neutral_values({name: str(data.get(name) or "")[:longest] for name, longest in CENTER_FIELDS.items()})


def _load_acks(opened: bundle_file.OpenedBundle, local_code: str) -> int | None:
    section = opened.sections.get(ACKS)
    if section is None:
        return None
    data = _read_json(section)
    applied = data.get("applied") if isinstance(data, dict) else None
    if not isinstance(applied, dict):
        raise RoscError("bundle_rows_invalid", section=ACKS)
    value = applied.get(local_code)
    return value if type(value) is int and value >= 0 else None


def _plan(session: Any, origin: str, origin_role: str, changes: list[_Incoming], refresh: list[_Incoming]) -> _Plan:
    """One batch of changes against the store as it stands in `session` (earlier batches already written)."""
    models = _models()
    plan = _Plan()
    if changes:
        lo = min(c.seq for c in changes)
        hi = max(c.seq for c in changes)
        done = set(session.execute(select(SyncReceived.seq).where(
            SyncReceived.origin == origin, SyncReceived.seq >= lo, SyncReceived.seq <= hi)).scalars())
    else:
        done = set()
    # Each row's newest version in this bundle wins; every change's (origin, seq) is still recorded.
    newest: dict[tuple[str, str], _Incoming] = {}
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
        if other is None or (change.version, change.hlc) > (other.version, other.hlc):
            if other is not None:
                plan.unchanged += 1
            newest[key] = change
        else:
            plan.unchanged += 1
    refreshed = {(r.table, r.row_id): r for r in refresh}
    for key, r in refreshed.items():
        if key not in newest or (r.version, r.hlc) >= (newest[key].version, newest[key].hlc):
            newest[key] = r
    order = _table_order()
    by_table: dict[str, list[_Incoming]] = {}
    for change in newest.values():
        by_table.setdefault(change.table, []).append(change)
    pending_ids: dict[str, set[str]] = {t: {c.row_id for c in rows} for t, rows in by_table.items()}
    for table in sorted(by_table, key=lambda t: order[t]):
        model = models[table]
        rows = by_table[table]
        columns = [c.key for c in model.__table__.columns]  # type: ignore[attr-defined]
        for change in rows:
            try:
                change.values = _validated_values(model, change.payload, columns)
            except pydantic.ValidationError:
                raise RoscError("bundle_rows_invalid", section=table) from None
        existing = _existing(session, model, [c.row_id for c in rows])
        missing_links = _missing_links(session, model, rows, pending_ids)
        others = _links_to_others(session, model, rows, origin)
        uniques = _unique_clashes(session, model, rows)
        for change in rows:
            local = existing.get(change.row_id)
            payload_owner = change.values.get("owner_site")
            if payload_owner != origin and not (origin_role == "hub" and payload_owner == HUB_SITE):
                _conflict(plan, "not_owner", change, origin, local)
            elif local is not None and local.owner_site != origin and not (
                    origin_role == "hub" and local.owner_site == HUB_SITE):
                _conflict(plan, "not_owner", change, origin, local)
            elif change.row_id in others:
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
            elif change.version == local.version and change.hlc != local.hlc and _differing(local, change.payload):
                _conflict(plan, "fork", change, origin, local)
            elif change.version == local.version and change.hlc == local.hlc and _tie_differs(local, change.payload):
                _conflict(plan, "fork", change, origin, local)
            else:
                plan.unchanged += 1
                plan.count(table, "unchanged")
    return plan


def _unexplained_replays(session: Any, models: dict[str, type[SyncedRow]], plan: _Plan, origin: str,
                         replayed: list[_Incoming]) -> list[_Incoming]:
    """Changes whose (origin, seq) was applied here before are normally re-deliveries: the row here is at that
    version or later, or the change waits in the review queue. Otherwise that seq carried something else: two
    copies of the origin's database (a restored laptop) numbered different changes alike. Skipping them would
    lose an edit without a word, so the same version goes to review as a fork and the rest is planned as usual
    (its seq is already recorded)."""
    if not replayed:
        return []
    queued: dict[tuple[str, str], int] = {}
    for table, row_id, seq in session.execute(select(SyncConflict.table_name, SyncConflict.row_id, SyncConflict.seq)
                                              .where(SyncConflict.origin == origin)):
        queued[(table, row_id)] = max(seq, queued.get((table, row_id), 0))
    unexplained: list[_Incoming] = []
    by_table: dict[str, list[_Incoming]] = {}
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


def _validated_values(model: type[SyncedRow], payload: dict[str, Any], columns: list[str]) -> dict[str, Any]:
    """The payload checked by the model's own validator, as column values.

    `model_validate` on a table model sets every field again through the ORM's instrumentation; validating into a
    bare instance gives the same values ten times faster, which was most of a 240,000-row import
    (bench/sync_bundle.py)."""
    shell = model.__new__(model)
    model.__pydantic_validator__.validate_python(payload, self_instance=shell)
    # Rows from another site passed no form here: control and text-direction characters (which could reorder a
    # name on screen or paper) are dropped as a form would have dropped them.
    return neutral_values({key: shell.__dict__[key] for key in columns})


_IN_CHUNK = 500  # values per IN (...): PostgreSQL caps one statement at 65,535 parameters


def _chunks(values: Iterable[Any]) -> Iterator[list[Any]]:
    ordered = sorted(values)
    for start in range(0, len(ordered), _IN_CHUNK):
        yield ordered[start:start + _IN_CHUNK]


def _existing(session: Any, model: type[SyncedRow], ids: list[str]) -> dict[str, SyncedRow]:
    found: dict[str, SyncedRow] = {}
    for chunk in _chunks(ids):
        # populate_existing: rows written by an earlier batch through Core must not come back stale from the
        # session's identity map.
        for row in session.execute(select(model).where(col(model.id).in_(chunk))
                                   .execution_options(populate_existing=True)).scalars():
            found[row.id] = row
    return found


def _missing_links(session: Any, model: type[SyncedRow], rows: list[_Incoming],
                   pending: dict[str, set[str]]) -> set[str]:
    """Rows pointing at a record that is neither here nor in this bundle (a parent the hub never received)."""
    missing: set[str] = set()
    for column in model.__table__.columns:  # type: ignore[attr-defined]
        for fk in column.foreign_keys:
            target = fk.column.table.name
            wanted = {c.values.get(column.key) for c in rows} - {None} - pending.get(target, set())
            if not wanted:
                continue
            present: set[str] = set()
            for chunk in _chunks(wanted):
                present |= set(session.execute(select(fk.column).where(fk.column.in_(chunk))).scalars())
            absent = wanted - present
            if absent:
                missing |= {c.row_id for c in rows if c.values.get(column.key) in absent}
    return missing


def _links_to_others(session: Any, model: type[SyncedRow], rows: list[_Incoming], origin: str) -> set[str]:
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
            owners: dict[str, str] = {}
            for chunk in _chunks({c.values.get(column.key) for c in rows} - {None}):
                owners.update(session.execute(select(target.c.id, target.c.owner_site).where(
                    target.c.id.in_(chunk))).all())
            flagged |= {c.row_id for c in rows if owners.get(c.values.get(column.key), origin) != origin}
    return flagged


def _unique_clashes(session: Any, model: type[SyncedRow], rows: list[_Incoming]) -> dict[str, SyncedRow]:
    """New rows whose single-column unique key already belongs to another row (a second intake for a person)."""
    clashes: dict[str, SyncedRow] = {}
    for column in model.__table__.columns:  # type: ignore[attr-defined]
        if not column.unique or column.primary_key:
            continue
        values = {c.values.get(column.key): c for c in rows if c.values.get(column.key) is not None}
        if not values:
            continue
        attr = getattr(model, column.key)
        for chunk in _chunks(values):
            query = select(model).where(attr.in_(chunk))
            for row in session.execute(query.execution_options(populate_existing=True)).scalars():
                incoming = values[getattr(row, column.key)]
                if row.id != incoming.row_id:
                    clashes[incoming.row_id] = row
    return clashes


def _conflict(plan: _Plan, kind: str, change: _Incoming, origin: str, local: SyncedRow | None) -> None:
    local_payload = local.model_dump(mode="json") if local is not None else {}
    remote = change.payload
    fields = sorted(k for k in set(local_payload) | set(remote)
                    if k not in ("version", "hlc", "updated_at") and local_payload.get(k) != remote.get(k))
    plan.conflicts.append(SyncConflict(kind=kind, table_name=change.table, row_id=change.row_id, origin=origin,
                                       seq=change.seq, local=local_payload, remote=remote, fields=fields))
    plan.count(change.table, "conflicts")


def _write_rows(session: Any, plan: _Plan) -> None:
    order = _table_order()
    models = _models()
    new_by_table: dict[str, list[dict[str, Any]]] = {}
    for change in plan.new:
        new_by_table.setdefault(change.table, []).append(change.values)
    upd_by_table: dict[str, list[dict[str, Any]]] = {}
    for change in plan.updated:
        upd_by_table.setdefault(change.table, []).append({**change.values, "_row_id": change.row_id})
    for table in sorted(set(new_by_table) | set(upd_by_table), key=lambda t: order[t]):
        sa_table = models[table].__table__  # type: ignore[attr-defined]
        if table in new_by_table:
            session.execute(insert(sa_table), new_by_table[table])
        if table in upd_by_table:
            columns = {c.key: bindparam(c.key) for c in sa_table.columns if c.key != "id"}
            session.execute(update(sa_table).where(sa_table.c.id == bindparam("_row_id")).values(columns),
                            upd_by_table[table])


def _apply_redactions(session: Any, redact: dict[str, list[str]], origin: str) -> int:
    """Consent withdrawn at the center: the hub keeps the de-identified shape of that person's rows. Only rows
    the sender owns: ids are all a redaction names, and another site's records (or a center's own, when a hub's
    bundle names them) are not the sender's to blank. Copies of a withdrawn kind in rows of a kind still shared
    (a goal step's helper once the network is withdrawn) are blanked too."""
    if not redact:
        return 0
    models = _models()
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
            groups.append(([pid], lambda payload, still=still: without_uncovered_copies(model, table, payload, still)))
        for pids, clean in groups:
            query = _rows_of_people(model, table, pids, models).where(col(model.owner_site) == origin)
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
            for ids in _chunks(blanked):
                for item in session.execute(select(SyncConflict).where(
                        SyncConflict.table_name == table, col(SyncConflict.row_id).in_(ids))).scalars():
                    item.local = clean(item.local) if item.local else {}
                    item.remote = clean(item.remote) if item.remote else {}
                    session.add(item)
    session.flush()
    return changed


def _load_rotation(opened: bundle_file.OpenedBundle) -> dict[str, Any] | None:
    """The sender's announced key change, if any. Read with the other sections, before anything is written: a keys
    section that does not parse refuses the bundle, rather than failing after the data was committed."""
    section = opened.sections.get(KEYS)
    if section is None:
        return None
    data = _read_json(section)
    announcement = data.get("rotation") if isinstance(data, dict) else None
    return announcement if isinstance(announcement, dict) else None


def _after_apply(services: Services, announcement: dict[str, Any] | None, origin: str, verifier: _PeerVerifier,
                 notices: list[str]) -> None:
    """Key changes, each its own small transaction after the data is safely in."""
    if verifier.used_next:
        keys.promote_peer_rotation(services, origin)
        notices.append("peer_rotation_finished")
    if announcement is not None:
        current = keys.peer(services, origin)
        if announcement.get("new_ed25519_public") not in (current.next_ed25519_public, current.ed25519_public):
            try:
                keys.accept_rotation(services, origin, announcement)
            except RoscError:
                # The data is committed by now: a key change that does not check out is left out and said so,
                # not reported as the refusal of a bundle that was applied.
                notices.append("peer_rotation_refused")
            else:
                notices.append("peer_rotation_accepted")


def _withdrawal_reaches_backups(services: Services) -> str:
    """After a withdrawal is applied: a fresh backup, checked, and every older one (which holds what was withdrawn)
    deleted. On failure the mark stays and the next sign-in tries again."""
    try:
        backups.replace_older(services.store, services.paths.backups)
    except (OSError, RoscError):
        return "withdrawal_backups_pending"
    return "withdrawal_backups_replaced"


def _backup(services: Services) -> Path | None:
    try:
        return backups.backup(services.store, services.paths.backups, reason="bundle")
    except OSError:
        raise RoscError("backup_failed") from None


# ------------------------------------------------------------------------------------------------ reading


def bundle_log(services: Services, limit: int = 500) -> list[BundleLogView]:
    services.require(Action.MANAGE_SYNC)
    with services.store.read() as session:
        rows = session.execute(select(SyncBundle).order_by(col(SyncBundle.id).desc()).limit(limit)).scalars().all()
    return [BundleLogView(r.id or 0, r.direction, r.peer_site, r.file_name, r.seq_from, r.seq_to, r.profile,
                          r.made_at, r.recorded_at, r.status, r.reason, dict(r.counts)) for r in rows]


def peer_statuses(services: Services) -> list[PeerStatus]:
    """One line per trusted site: how far each side has got, what is held, what waits for review."""
    services.require(Action.MANAGE_SYNC)
    site = _local_site(services)
    peers = keys.peers(services)
    with services.store.read() as session:
        local_seq = session.execute(select(OutboxEntry.seq).where(OutboxEntry.origin == site.code)
                                    .order_by(col(OutboxEntry.seq).desc()).limit(1)).scalar() or 0
        out = []
        for peer in peers:
            state = session.get(SyncPeerState, peer.site_code) or SyncPeerState(site_code=peer.site_code)
            held = session.execute(select(func.count()).select_from(SyncBundle).where(
                SyncBundle.peer_site == peer.site_code, SyncBundle.status == "held")).scalar_one()
            open_conflicts = session.execute(select(func.count()).select_from(SyncConflict).where(
                SyncConflict.origin == peer.site_code, SyncConflict.status == "open")).scalar_one()
            last = session.execute(select(SyncBundle).where(SyncBundle.peer_site == peer.site_code)
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
        query = select(SyncConflict).order_by(SyncConflict.id)
        if open_only:
            query = query.where(SyncConflict.status == "open")
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
    models = _models()
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
        session.flush()
        view = _conflict_view(row)
    return view


# Re-exported for the CLI and the screens, which must not import the bundle module's internals.
__all__ = ["SCHEMA_VERSION", "BundleLogView", "ConflictView", "ExportResult", "ImportReport", "PeerStatus",
           "apply_held", "bundle_log", "conflicts", "export_bundle", "import_bundle", "inspect", "peer_statuses",
           "resolve_conflict", "shareable_kinds", "sweep_work_folders"]
