"""Import: check one bundle, then plan and apply it, hold it, or log its refusal (issue 7).

Import decrypts into a private work folder under the app's data folder (never beside the source file), where each
section is kept sealed with a key that lives only in this process's memory (sync/bundle_work.py: nothing decrypted
is ever on disk in the clear, even after a crash), checks the signature, the recipient, the schema version, the
sequence range and the limits every section must keep (sync/bundle_limits.py: inflated size, JSON depth, lone
surrogates), then plans: new, updated, unchanged and conflicting rows. `dry_run` stops there. Otherwise the store
is backed up and everything is applied in one transaction (sync/apply.py). A bundle whose range leaves a gap is
held (an encrypted copy is kept) and the missing range named; held bundles that connect are applied in order
after each import; the same bundle again is a no-op with a receipt."""

from __future__ import annotations

import hashlib
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypedDict

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlmodel import col

from rosc_desktop.errors import RoscError
from rosc_desktop.model import Site, SyncBundle, SyncPeerState
from rosc_desktop.model.types import utc_now
from rosc_desktop.store import backup as backups
from rosc_desktop.paths import private_folder
from rosc_desktop.services.center_details import CENTER_FIELDS
from rosc_desktop.services.permissions import Action
from rosc_desktop.services.validation import neutral_values
from rosc_desktop.sync import bundle as bundle_file
from rosc_desktop.sync import change_reader, keys, transfer, witness
from rosc_desktop.sync.apply import Totals, apply_changes, apply_redactions, load_refresh
from rosc_desktop.sync.change_reader import ChangeReader
from rosc_desktop.sync.profiles import PROFILE_CENTER, PROFILE_HUB
from rosc_desktop.sync.sections import (
    ACKS,
    CENTER,
    KEYS,
    KNOWN_CAPABILITIES,
    REDACT,
    SCHEMA_VERSION,
    bundle_id_of,
    count_lines,
    read_json,
)
from rosc_desktop.sync.tables import local_site
from rosc_desktop.sync.transfer_sections import TRANSFERS, apply_sections
from rosc_desktop.sync.work_folders import new_work_folder, remove_work_folder, sweep_work_folders
from rosc_desktop.services.changes import IMPORTED, Kind, record_change

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services


_HELD_FOLDER = "sync-held"
_QUARANTINE_FOLDER = "sync-quarantine"


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


class _ReportBase(TypedDict):
    """What every report of one bundle says about it, whatever became of it."""
    origin: str
    profile: str
    seq_from: int
    seq_to: int
    made_at: str


def _private_folder(root: Path, name: str) -> Path:
    return private_folder(root / name)


class PeerVerifier:
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


def import_bundle(services: Services, path: str | os.PathLike[str], *, dry_run: bool = False,
                  force_gap: bool = False, backup: bool = True, log_refusal: bool | None = None) -> ImportReport:
    """Check, plan and (unless `dry_run`) apply one bundle. Refusals raise RoscError after being logged (a dry
    run's are not logged, and leave no quarantine copy, unless `log_refusal`: the Sync screen's import checks
    first with a dry run, and a refusal met there is a refused import the log must show)."""
    log_refusal = not dry_run if log_refusal is None else log_refusal
    services.require(Action.MANAGE_SYNC)
    site = local_site(services)
    sweep_work_folders(services)
    path = Path(path)
    file_name = path.name
    workdir = new_work_folder(services.paths.root)
    verifiers: dict[str, PeerVerifier] = {}
    verify_key_for = peer_verifiers(services, verifiers)
    reader = _change_reader_for(services, path)
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
                              backup=backup, reader=reader)
    finally:
        if reader is not None:
            reader.close()  # before the folder goes: the child may still have the work file open
        remove_work_folder(workdir)


def _change_reader_for(services: Services, path: Path) -> ChangeReader | None:
    """A child process to read a large bundle's changes (sync/change_reader.py), started now so its start-up
    overlaps the decryption; None for a small bundle, or a PostgreSQL hub (which binds its own values)."""
    try:
        large = path.stat().st_size >= change_reader.READER_FROM_BYTES  # module attribute: tests set it
    except OSError:
        return None  # read_bundle says what is wrong with the file
    if not large or services.store.dialect != "sqlite":
        return None
    return ChangeReader.start()


def inspect(services: Services, path: str | os.PathLike[str]) -> bundle_file.Manifest:
    """The signed manifest of a bundle made for this site, without applying or keeping anything."""
    services.require(Action.MANAGE_SYNC)
    site = local_site(services)
    return bundle_file.inspect_bundle(path, keys.age_identities(services), peer_verifiers(services, {}), site.code)


def peer_verifiers(services: Services, made: dict[str, PeerVerifier]) -> Callable[[str], PeerVerifier | None]:
    """The bundle reader's key lookup: the enrolled peer's verifier (remembered in `made`), None for a stranger."""
    def verify_key_for(origin: str) -> PeerVerifier | None:
        try:
            made[origin] = PeerVerifier(keys.peer(services, origin))
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
                bundle_id=bundle_id_of(manifest) if manifest else "",
                status="quarantined" if quarantine else "refused", reason=exc.code, held_file=held))
            services.audit(session, "bundle_refused", "site", manifest.origin if manifest else "",
                           {"reason": exc.code})
            record_change(Kind.SYNC)
    except RoscError:
        pass  # a full disk must not hide the refusal itself


def _import_opened(services: Services, site: Site, path: Path, opened: bundle_file.OpenedBundle,
                   verifier: PeerVerifier, *, dry_run: bool, force_gap: bool, backup: bool,
                   reader: ChangeReader | None) -> ImportReport:
    manifest = opened.manifest
    origin = manifest.origin
    bundle_id = bundle_id_of(manifest)
    base = _ReportBase(origin=origin, profile=manifest.profile, seq_from=manifest.seq_from,
                       seq_to=manifest.seq_to, made_at=manifest.created_at)
    with services.store.read() as session:
        seen = session.execute(select(SyncBundle).where(
            col(SyncBundle.direction) == "in", col(SyncBundle.bundle_id) == bundle_id,
            col(SyncBundle.status).in_(["applied"])).order_by(col(SyncBundle.id))).scalars().first()
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
    refresh = load_refresh(opened, origin) if from_center else []
    redact = _load_redact(opened) if from_center else {}
    acks = _load_acks(opened, site.code)
    # Read before anything is written, like the acks: a broken one refuses the dry run too, not only the import.
    audit_section = opened.sections.get(witness.AUDIT)
    witnessed = read_json(audit_section) if audit_section is not None else None
    rotation = _load_rotation(opened)
    notices: list[str] = ["gap_forced"] if gap else []
    newer_than_seen = (manifest.seq_to, manifest.created_at) >= (state.peer_newest_seq_to, _newest_made_at(
        services, origin))
    if not newer_than_seen:
        # Refreshes and redactions follow the consents as they stood when the bundle was made: from a bundle
        # older than one already applied they would undo a newer withdrawal (or a newer consent).
        refresh, redact = [], {}
    transfers = count_lines(opened.sections.get(TRANSFERS))

    def report(status: str, totals: Totals, **extra: Any) -> ImportReport:
        return ImportReport(status=status, new=totals.new, updated=totals.updated, unchanged=totals.unchanged,
                            conflicts=totals.conflicts, refreshed=len(refresh), redacted=len(redact),
                            transfers=transfers, notices=tuple(notices), by_table=totals.by_table, **base, **extra)

    if dry_run:
        # The dry run applies exactly as an import would, then rolls back: its counts cannot drift from the
        # real thing, and no plan of the whole bundle has to fit in memory.
        try:
            with services.store.write(whole_file=True) as session:
                session.info["capture_off"] = True
                raise _DryRunDone(apply_changes(session, opened, manifest, peer.role, refresh, 0, notices, reader))
        except _DryRunDone as done:
            return report("would_apply", done.totals)
    backup_path = _backup(services) if backup else None
    # Marked before writing, so a crash after the commit is still caught up at the next sign-in.
    earlier_mark = backups.withdrawal_pending(services.paths.backups)
    if redact:
        backups.mark_withdrawal(services.paths.backups)
    try:
        with services.store.write(whole_file=True) as session:
            session.info["capture_off"] = True
            # Checked again under the write lock: another import of this same bundle may have committed since we
            # looked. Its seqs are then all "done", nothing clashes, and it would be logged as applied twice.
            if session.execute(select(col(SyncBundle.id)).where(
                    col(SyncBundle.direction) == "in", col(SyncBundle.bundle_id) == bundle_id,
                    col(SyncBundle.status) == "applied")).first() is not None:
                raise RoscError("bundle_import_raced")
            log = SyncBundle(direction="in", peer_site=origin, bundle_id=bundle_id, file_name=path.name[:255],
                             seq_from=manifest.seq_from, seq_to=manifest.seq_to, profile=manifest.profile,
                             made_at=manifest.created_at, status="applied")
            session.add(log)
            session.flush()
            assert log.id is not None
            totals = apply_changes(session, opened, manifest, peer.role, refresh, log.id, notices, reader)
            log.reason = "gap_forced" if gap else ("clock_ahead" if "clock_ahead" in notices else "")
            log.counts = {"new": totals.new, "updated": totals.updated, "unchanged": totals.unchanged,
                          "conflicts": totals.conflicts, "refreshed": len(refresh), "redacted": len(redact)}
            session.add(log)
            blanked = apply_redactions(session, redact, origin)
            arrivals = apply_sections(services, session, origin, site.code, site.is_hub, opened.sections)
            _advance_peer(session, opened, newer_than_seen, acks)
            if witnessed is not None:
                witness.apply(services, session, origin, witnessed, site.is_hub, notices)
            services.audit(session, "bundle_applied", "site", origin,
                           {"seq_from": manifest.seq_from, "seq_to": manifest.seq_to, **log.counts})
            record_change(*IMPORTED)
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


class _DryRunDone(Exception):
    def __init__(self, totals: Totals) -> None:
        super().__init__("dry run")
        self.totals = totals


def _advance_peer(session: Any, opened: bundle_file.OpenedBundle, newer_than_seen: bool, acks: int | None) -> None:
    """Inside the import's transaction: how far this site has applied the sender's changes, what the sender says
    it has applied of ours (from its newest bundle only: an older one would move the mark back), its own details."""
    manifest = opened.manifest
    origin = manifest.origin
    state = session.get(SyncPeerState, origin) or SyncPeerState(site_code=origin)
    if manifest.seq_from <= state.applied_seq + 1:
        state.applied_seq = max(state.applied_seq, manifest.seq_to)
    if newer_than_seen:
        state.peer_newest_seq_to = manifest.seq_to
        if acks is not None:
            state.acked_by_peer = acks
            for out in session.execute(select(SyncBundle).where(
                    col(SyncBundle.direction) == "out", col(SyncBundle.peer_site) == origin,
                    col(SyncBundle.status) == "exported", col(SyncBundle.seq_to) <= acks)).scalars():
                out.status = "acknowledged"
                session.add(out)
    state.last_import_at = utc_now()
    details = _load_center(opened)
    if details is not None:
        state.details = {**(state.details or {}), **details}
    session.add(state)


def _newest_made_at(services: Services, origin: str) -> str:
    with services.store.read() as session:
        return session.execute(select(col(SyncBundle.made_at)).where(
            col(SyncBundle.direction) == "in", col(SyncBundle.peer_site) == origin, col(SyncBundle.status) == "applied")
            .order_by(col(SyncBundle.seq_to).desc(), col(SyncBundle.made_at).desc()).limit(1)).scalar() or ""


def _receipt(services: Services, opened: bundle_file.OpenedBundle, *, file_name: str, base: _ReportBase,
             first: SyncBundle, dry_run: bool) -> ImportReport:
    if not dry_run:
        with services.store.write() as session:
            session.add(SyncBundle(direction="in", peer_site=base["origin"], bundle_id=first.bundle_id,
                                   file_name=file_name[:255], seq_from=base["seq_from"], seq_to=base["seq_to"],
                                   profile=base["profile"], made_at=base["made_at"], status="replay",
                                   reason="already_imported", counts={"first_log_id": first.id}))
    return ImportReport(status="replay", already_imported_on=first.recorded_at, **base)


def _hold(services: Services, path: Path, manifest: bundle_file.Manifest, bundle_id: str,
          missing: tuple[int, int], base: _ReportBase) -> ImportReport:
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
            col(SyncBundle.direction) == "in", col(SyncBundle.bundle_id) == bundle_id, col(SyncBundle.status) == "held")
        ).scalars().first()
        if existing is None:
            session.add(SyncBundle(direction="in", peer_site=manifest.origin, bundle_id=bundle_id,
                                   file_name=path.name[:255], seq_from=manifest.seq_from, seq_to=manifest.seq_to,
                                   profile=manifest.profile, made_at=manifest.created_at, status="held",
                                   reason="gap", counts={"missing_from": missing[0], "missing_to": missing[1]},
                                   held_file=target.name))
            services.audit(session, "bundle_held", "site", manifest.origin,
                           {"missing_from": missing[0], "missing_to": missing[1]})
            record_change(Kind.SYNC)
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
                col(SyncBundle.direction) == "in", col(SyncBundle.peer_site) == origin,
                col(SyncBundle.status) == "held", col(SyncBundle.seq_from) <= applied + 1)
                .order_by(col(SyncBundle.seq_from))).scalars().first()
        if held is None or held.id is None:
            return
        try:
            apply_held(services, held.id)
        except RoscError:
            return


def _load_redact(opened: bundle_file.OpenedBundle) -> dict[str, list[str]]:
    section = opened.sections.get(REDACT)
    if section is None:
        return {}
    data = read_json(section)
    people = data.get("participants") if isinstance(data, dict) else None
    if not isinstance(people, dict) or not all(isinstance(k, list) for k in people.values()):
        raise RoscError("bundle_rows_invalid", section=REDACT)
    return {str(pid): [str(k) for k in kinds] for pid, kinds in people.items()}


def _load_center(opened: bundle_file.OpenedBundle) -> dict[str, str] | None:
    """The sender's own details, each field text of bounded length; None when the bundle has none (older app)."""
    section = opened.sections.get(CENTER)
    if section is None:
        return None
    data = read_json(section)
    if not isinstance(data, dict):
        raise RoscError("bundle_rows_invalid", section=CENTER)
    return neutral_values({name: str(data.get(name) or "")[:longest] for name, longest in CENTER_FIELDS.items()})


def _load_acks(opened: bundle_file.OpenedBundle, local_code: str) -> int | None:
    section = opened.sections.get(ACKS)
    if section is None:
        return None
    data = read_json(section)
    applied = data.get("applied") if isinstance(data, dict) else None
    if not isinstance(applied, dict):
        raise RoscError("bundle_rows_invalid", section=ACKS)
    value = applied.get(local_code)
    return value if type(value) is int and value >= 0 else None


def _load_rotation(opened: bundle_file.OpenedBundle) -> dict[str, Any] | None:
    """The sender's announced key change, if any. Read with the other sections, before anything is written: a keys
    section that does not parse refuses the bundle, rather than failing after the data was committed."""
    section = opened.sections.get(KEYS)
    if section is None:
        return None
    data = read_json(section)
    announcement = data.get("rotation") if isinstance(data, dict) else None
    return announcement if isinstance(announcement, dict) else None


def _after_apply(services: Services, announcement: dict[str, Any] | None, origin: str, verifier: PeerVerifier,
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
