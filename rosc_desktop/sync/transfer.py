"""A participant moving to another center: their record travels center → hub → center with its consent.

The sending center may send only what a current consent naming the receiving center covers, and the contact
details at least (a transfer without a name is no transfer). The consent is checked when the transfer is asked
for and again when it leaves; an expired or withdrawn consent keeps the record home.

The package is sealed for the receiving center alone: encrypted with age to its keys and signed by the sender,
whose keys the hub vouches for in its list of centers. The hub relays it without being able to read it (no
consent names the hub for a transfer), keeps the opaque copy until the receiving center acknowledges it, then
drops it. The receiving admin reads the §2.32 notice and accepts, which makes a new record owned by the
receiving center (new ids, so neither center ever edits the other's rows), or declines, which drops the package.

What travels in a bundle (sealing, relaying, outcomes) is in sync/transfer_sections.py; this module is the
person-facing side: asking for a transfer, listing, cancelling, opening, accepting and declining one.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

import pydantic
import pyrage
from sqlalchemy import select
from sqlmodel import col

from rosc_desktop.errors import RoscError
from rosc_desktop.model import Participant, SyncTransfer
from rosc_desktop.model.base import new_id
from rosc_desktop.model.consent import InformationKind
from rosc_desktop.model.types import utc_now
from rosc_desktop.services.consents import PART2_NOTICE, RecipientRef
from rosc_desktop.services.permissions import Action
from rosc_desktop.sync import bundle_limits, keys
from rosc_desktop.sync.profiles import PARTICIPANT_TABLES
from rosc_desktop.sync.tables import local_site, synced_models, table_order
from rosc_desktop.sync.transfer_sections import (
    DECLINE_REASONS,
    SITES,
    TRANSFER_ACKS,
    TRANSFER_PURPOSE,
    TRANSFERS,
    OutgoingTransfers,
    apply_sections,
    consent_problem,
    known_sites,
    mark_sent,
    outgoing_sections,
    settle,
    signed_body,
)
from rosc_desktop.services.changes import Kind, record_change

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

# Ids kept in lists or plain columns rather than foreign keys: renumbered on acceptance like the rest.
_ID_LISTS = {"check_in": ("goal_ids",)}
_ID_COLUMNS = {"follow_up": ("source_id",)}



@dataclass(frozen=True)
class TransferView:
    id: str
    direction: str
    from_site: str
    to_site: str
    status: str
    created_at: datetime
    updated_at: datetime
    participant_id: str
    new_participant_id: str
    rows: int
    notice: str
    reason: str = ""  # why held back, refused or cancelled: a message code
    person: str = ""  # the sender's name for the person, on this center's own outgoing transfers

    @property
    def can_cancel(self) -> bool:
        return self.direction == "out" and self.status in ("pending", "sent")


def _view(row: SyncTransfer, rows: int = 0, *, reason: str | None = None, person: str = "") -> TransferView:
    return TransferView(row.id, row.direction, row.from_site, row.to_site, row.status, row.created_at, row.updated_at,
                        row.participant_id, row.new_participant_id, rows, PART2_NOTICE,
                        row.reason if reason is None else reason, person)


def _site(services: Services, code: str) -> dict[str, Any]:
    for site in known_sites(services):
        if site["code"] == code:
            return site
    raise RoscError("transfer_site_invalid")


def _consent_allows(services: Services, participant_id: str, to_name: str) -> str | None:
    decision = services.consents.may_share(participant_id, RecipientRef(kind="person", name=to_name),
                                           TRANSFER_PURPOSE, {InformationKind.CONTACT})
    return decision.consent_id if decision.allowed else None


def request_transfer(services: Services, participant_id: str, to_site: str) -> TransferView:
    """Queue the record for `to_site`, one of the centers the hub listed; the consent must name that center."""
    services.require(Action.MANAGE_SYNC)
    local = local_site(services)
    if local.is_hub:
        raise RoscError("transfer_from_hub")
    if to_site == local.code:
        raise RoscError("transfer_site_invalid")
    site = _site(services, to_site)  # the name on the consent must be the name the hub knows this code by
    consent_id = _consent_allows(services, participant_id, site["name"])
    if consent_id is None:
        reason = services.consents.may_share(participant_id, RecipientRef(kind="person", name=site["name"]),
                                             TRANSFER_PURPOSE, {InformationKind.CONTACT}).reason_code
        raise RoscError("transfer_needs_consent", reason=reason)
    with services.store.write() as session:
        pending = session.execute(select(SyncTransfer).where(
            col(SyncTransfer.direction) == "out", col(SyncTransfer.participant_id) == participant_id,
            col(SyncTransfer.status).in_(["pending", "sent"]))).scalars().first()
        if pending is not None:
            # The earlier request must be cancelled first: it may be on a stick on its way already.
            raise RoscError("transfer_already_pending", transfer_id=pending.id)
        row = SyncTransfer(id=new_id(), direction="out", participant_id=participant_id, from_site=local.code,
                           to_site=to_site, consent_id=consent_id, status="pending", package={"to_name": site["name"]})
        session.add(row)
        services.audit(session, "transfer_requested", "participant", participant_id,
                       {"to_site": to_site, "consent_id": consent_id})
        record_change(Kind.SYNC)
        record_change(Kind.PARTICIPANT, participant_id=participant_id)
        session.flush()
        return _view(row)


def cancel_transfer(services: Services, transfer_id: str) -> TransferView:
    """Take back a transfer this center asked for. Not yet sent: it never leaves. Already sent: the next bundle
    tells the hub to stop relaying it, and the receiving center can no longer accept it, unless it already has
    (the sender then learns "delivered" all the same)."""
    services.require(Action.MANAGE_SYNC)
    with services.store.write() as session:
        row = session.get(SyncTransfer, (transfer_id, "out"))
        if row is None:
            raise RoscError("transfer_not_found")
        if row.status not in ("pending", "sent"):
            raise RoscError("transfer_not_cancellable", status=row.status)
        was = row.status
        settle(session, row, "cancelled", "transfer_cancelled")
        services.audit(session, "transfer_cancelled", "participant", row.participant_id,
                       {"transfer_id": transfer_id, "to_site": row.to_site, "was": was})
        record_change(Kind.SYNC)
        record_change(Kind.PARTICIPANT, participant_id=row.participant_id)
        session.flush()
        return _view(row)


def transfers(services: Services, direction: str | None = None) -> list[TransferView]:
    """Every transfer, newest first. A request still waiting to leave says when its consent no longer holds."""
    services.require(Action.MANAGE_SYNC)
    with services.store.read() as session:
        query = select(SyncTransfer).order_by(col(SyncTransfer.created_at).desc())
        if direction:
            query = query.where(col(SyncTransfer.direction) == direction)
        rows = list(session.execute(query).scalars())
        outgoing = [r.participant_id for r in rows if r.direction == "out"]
        names: dict[str, str] = dict(session.execute(select(col(Participant.id), col(Participant.preferred_name)).where(
            col(Participant.id).in_(outgoing))).all()) if outgoing else {}
    sites = {s["code"]: s for s in known_sites(services)} if any(r.direction == "out" for r in rows) else {}
    views = []
    for row in rows:
        parts = 0
        reason = None
        if row.direction == "in" and row.status == "waiting":
            try:
                parts = len(_open(services, row)["rows"])
            except RoscError:
                parts = 0
        if row.direction == "out" and row.status == "pending":
            site = sites.get(row.to_site)
            reason = consent_problem(services, row, site["name"], None) if site else "transfer_site_invalid"
            reason = reason or row.reason  # else why the last export held it back, if it did
        views.append(_view(row, parts, reason=reason, person=names.get(row.participant_id, "")))
    return views


# ------------------------------------------------------------------------------------------------ receiving


def _open(services: Services, row: SyncTransfer) -> dict[str, Any]:
    """The package, after checking the sender's signature with the keys the hub vouched for."""
    line = row.package
    sender = next((s for s in known_sites(services) if s["code"] == row.from_site), None)
    try:
        if sender is None:
            raise ValueError("sender unknown")
        peer = keys.PeerView(site_code=sender["code"], name=sender["name"], role="center",
                             age_recipients=sender["age_recipients"], ed25519_public=sender["ed25519_public"],
                             next_ed25519_public=None, fingerprint="", enrolled_at=utc_now(), verified_by="",
                             verified_how="")
        if not keys.verify(peer, signed_body(line), base64.b64decode(line["signature"])):
            raise ValueError("signature")
        plain = pyrage.decrypt(base64.b64decode(line["sealed"]), keys.age_identities(services))
        # Bounded like every other JSON a bundle carries: no depth bomb, lone surrogate or 100-digit number
        # gets past here to the rows a person accepts later.
        package = bundle_limits.parse(plain)
        if not isinstance(package, dict) or not isinstance(package.get("rows"), list):
            raise ValueError("package")
    except (ValueError, KeyError, TypeError, pyrage.DecryptError):
        raise RoscError("transfer_unverified") from None
    return package


def _package_rows_in_order(package: dict[str, Any]) -> tuple[list[dict[str, Any]], dict[str, str], dict[str, Any]]:
    """The package's rows parents first, a new id for each, and the person's own row; RoscError when unreadable."""
    order = table_order()
    try:
        rows = sorted((r for r in package["rows"] if isinstance(r, dict) and r.get("t") in PARTICIPANT_TABLES
                       and isinstance(r.get("p"), dict) and isinstance(r["p"].get("id"), str)),
                      key=lambda r: order[r["t"]])
        id_map = {r["p"]["id"]: new_id() for r in rows}
    except (KeyError, TypeError, AttributeError):
        raise RoscError("transfer_incomplete") from None
    person = next((r for r in rows if r["t"] == "participant"), None)
    if person is None:
        raise RoscError("transfer_incomplete")
    return rows, id_map, person


def check_arrivals(services: Services, transfer_ids: list[str]) -> int:
    """Open each package that just arrived. One that cannot be verified or read is refused at once, with why, so
    its sender hears of it through the hub; returns how many were refused."""
    refused = 0
    for transfer_id in transfer_ids:
        with services.store.read() as session:
            row = session.get(SyncTransfer, (transfer_id, "in"))
        if row is None or row.status != "waiting":
            continue
        try:
            _package_rows_in_order(_open(services, row))
        except RoscError as exc:
            _refuse(services, transfer_id, exc.code)
            refused += 1
    return refused


def _refuse(services: Services, transfer_id: str, reason: str) -> None:
    with services.store.write() as session:
        row = session.get(SyncTransfer, (transfer_id, "in"))
        if row is not None and row.status == "waiting":
            settle(session, row, "refused", reason, drop=True)
            services.audit(session, "transfer_refused", "sync_transfer", transfer_id,
                           {"from_site": row.from_site, "reason": reason})
            record_change(Kind.SYNC)


def accept_transfer(services: Services, transfer_id: str) -> str:
    """Make the person's record here from the package (new ids, owned by this center); returns its id."""
    services.require(Action.MANAGE_SYNC)
    site = local_site(services)
    models = synced_models()
    with services.store.read() as session:
        row = session.get(SyncTransfer, (transfer_id, "in"))
    if row is None or row.status != "waiting":
        raise RoscError("transfer_not_waiting")
    try:
        rows, id_map, person = _package_rows_in_order(_open(services, row))
    except RoscError as exc:
        _refuse(services, transfer_id, exc.code)
        raise
    with services.store.write() as session:
        row = session.get(SyncTransfer, (transfer_id, "in"))
        if row is None or row.status != "waiting":
            raise RoscError("transfer_not_waiting")
        now = utc_now().isoformat()
        for item in rows:
            table = item["t"]
            model = models[table]
            payload = dict(item["p"])
            if payload.get("id") not in id_map:
                continue
            payload.update(id=id_map[payload["id"]], owner_site=site.code, version=0, hlc="", updated_at=now)
            for name in _ID_LISTS.get(table, ()):
                payload[name] = [id_map[i] for i in payload.get(name) or [] if i in id_map]
            for name in _ID_COLUMNS.get(table, ()):
                if payload.get(name) is not None:
                    payload[name] = id_map.get(payload[name])
            if not _relink(session, model, payload, id_map):
                # Not kept (a referral to a service this center's directory lacks): its children go with it.
                id_map.pop(item["p"]["id"], None)
                continue
            try:
                session.add(model.model_validate(payload))
            except pydantic.ValidationError:
                raise RoscError("transfer_incomplete") from None
            session.flush()
        new_pid = id_map[person["p"]["id"]]
        row.status = "accepted"
        row.new_participant_id = new_pid
        row.updated_at = utc_now()
        row.package = {}  # the record is ours now; the sealed copy is not kept
        session.add(row)
        services.audit(session, "transfer_accepted", "participant", new_pid,
                       {"from_site": row.from_site, "transfer_id": transfer_id})
        record_change(Kind.SYNC)
        record_change(Kind.PARTICIPANT, participant_id=new_pid)
    return new_pid


def _relink(session: Any, model: Any, payload: dict[str, Any], id_map: dict[str, str]) -> bool:
    """Point the row's references at the new ids. A reference into another person's records here, or to
    something this center lacks, is dropped (or the row skipped when it cannot be): a package only ever adds
    to its own person."""
    for column in model.__table__.columns:
        for fk in column.foreign_keys:
            value = payload.get(column.key)
            if value is None:
                continue
            target = fk.column.table.name
            if value in id_map:
                payload[column.key] = id_map[value]
                continue
            keep = target not in PARTICIPANT_TABLES and target != "staff" and session.execute(
                select(fk.column).where(fk.column == value)).first() is not None
            if keep:
                continue
            if not column.nullable:
                return False  # e.g. a referral to a service this center's directory lacks
            payload[column.key] = None
    return True


def decline_transfer(services: Services, transfer_id: str, reason: str = "other") -> None:
    """Decline a waiting package: it is dropped, and the sender learns it was declined and why (one of
    DECLINE_REASONS: a code, never free text, since it travels)."""
    services.require(Action.MANAGE_SYNC)
    if reason not in DECLINE_REASONS:
        raise RoscError("transfer_decline_reason")
    with services.store.write() as session:
        row = session.get(SyncTransfer, (transfer_id, "in"))
        if row is None or row.status != "waiting":
            raise RoscError("transfer_not_waiting")
        settle(session, row, "declined", reason, drop=True)
        services.audit(session, "transfer_declined", "sync_transfer", transfer_id,
                       {"from_site": row.from_site, "reason": reason})
        record_change(Kind.SYNC)


# Re-exported: the screens, the CLI and the tests reach transfers through this module.
__all__ = ["DECLINE_REASONS", "SITES", "TRANSFERS", "TRANSFER_ACKS", "TRANSFER_PURPOSE", "OutgoingTransfers",
           "TransferView", "accept_transfer", "apply_sections", "cancel_transfer", "check_arrivals", "decline_transfer",
           "known_sites", "mark_sent", "outgoing_sections", "request_transfer", "transfers"]

# The name the signature helper had when it lived here, kept for the tests and benches that reach for it.
_signed_body = signed_body
