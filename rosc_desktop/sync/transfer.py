"""A participant moving to another center: their record travels center → hub → center with its consent.

The sending center may send only what a current consent naming the receiving center covers, and the contact
details at least (a transfer without a name is no transfer). The consent is checked when the transfer is asked
for and again when it leaves; an expired or withdrawn consent keeps the record home.

The package is sealed for the receiving center alone: encrypted with age to its keys and signed by the sender,
whose keys the hub vouches for in its list of centers. The hub relays it without being able to read it (no
consent names the hub for a transfer), keeps the opaque copy until the receiving center acknowledges it, then
drops it. The receiving admin reads the §2.32 notice and accepts, which makes a new record owned by the
receiving center (new ids, so neither center ever edits the other's rows), or declines, which drops the package.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

import pydantic
import pyrage
from sqlalchemy import select
from sqlmodel import col

from rosc_desktop.errors import RoscError
from rosc_desktop.model import Consent, SyncPeerState, SyncTransfer
from rosc_desktop.model.base import new_id
from rosc_desktop.model.consent import InformationKind
from rosc_desktop.model.types import utc_now
from rosc_desktop.services.consents import PART2_NOTICE, RecipientRef
from rosc_desktop.services.permissions import Action
from rosc_desktop.sync import bundle as bundle_file
from rosc_desktop.sync import keys
from rosc_desktop.sync.profiles import PARTICIPANT_TABLES, without_staff, without_uncovered_copies

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

TRANSFERS = "transfers.jsonl"
TRANSFER_ACKS = "transfer_acks.json"
SITES = "sites.json"
TRANSFER_PURPOSE = "care_coordination"
_LINE_KEYS = {"id", "from", "to", "sealed", "signature"}
_SIGNATURE_DOMAIN = b"ROSC transfer package v1\x00"
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


def _view(row: SyncTransfer, rows: int = 0) -> TransferView:
    return TransferView(row.id, row.direction, row.from_site, row.to_site, row.status, row.created_at, row.updated_at,
                        row.participant_id, row.new_participant_id, rows, PART2_NOTICE)


def known_sites(services: Services) -> list[dict[str, Any]]:
    """The centers the hub last told us about (code, name and public keys), for choosing where a person moves."""
    services.require(Action.MANAGE_SYNC)
    with services.store.read() as session:
        states = session.execute(select(SyncPeerState)).scalars().all()
    sites = {s["code"]: s for state in states for s in state.sites}
    return sorted(sites.values(), key=lambda s: s["code"])


def _site(services: Services, code: str) -> dict[str, Any]:
    for site in known_sites(services):
        if site["code"] == code:
            return site
    raise RoscError("transfer_site_invalid")


def _consent_allows(services: Services, participant_id: str, to_name: str,
                    on: tuple[date, ...] | None = None) -> str | None:
    decision = services.consents.may_share(participant_id, RecipientRef(kind="person", name=to_name),
                                           TRANSFER_PURPOSE, {InformationKind.CONTACT}, on)
    return decision.consent_id if decision.allowed else None


def request_transfer(services: Services, participant_id: str, to_site: str) -> TransferView:
    """Queue the record for `to_site`, one of the centers the hub listed; the consent must name that center."""
    services.require(Action.MANAGE_SYNC)
    from rosc_desktop.sync.exchange import _local_site

    local = _local_site(services)
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
            SyncTransfer.direction == "out", SyncTransfer.participant_id == participant_id,
            col(SyncTransfer.status).in_(["pending", "sent"]))).scalars().first()
        if pending is not None:
            raise RoscError("transfer_already_pending")
        row = SyncTransfer(id=new_id(), direction="out", participant_id=participant_id, from_site=local.code,
                           to_site=to_site, consent_id=consent_id, status="pending", package={"to_name": site["name"]})
        session.add(row)
        services.audit(session, "transfer_requested", "participant", participant_id,
                       {"to_site": to_site, "consent_id": consent_id})
        session.flush()
        return _view(row)


def transfers(services: Services, direction: str | None = None) -> list[TransferView]:
    services.require(Action.MANAGE_SYNC)
    with services.store.read() as session:
        query = select(SyncTransfer).order_by(col(SyncTransfer.created_at).desc())
        if direction:
            query = query.where(SyncTransfer.direction == direction)
        rows = list(session.execute(query).scalars())
    views = []
    for row in rows:
        parts = 0
        if row.direction == "in" and row.status == "waiting":
            try:
                parts = len(_open(services, row)["rows"])
            except RoscError:
                parts = 0
        views.append(_view(row, parts))
    return views


# ------------------------------------------------------------------------------------------------ export


def _package_rows(session: Any, participant_id: str, kinds: set[str], consent_id: str, origin: str
                  ) -> list[dict[str, Any]]:
    from rosc_desktop.sync.exchange import _models, _rows_of_people, _table_order

    models = _models()
    order = _table_order()
    rows: list[dict[str, Any]] = []
    for table in sorted(PARTICIPANT_TABLES, key=lambda t: order[t]):
        kind = PARTICIPANT_TABLES[table][0]
        if kind not in kinds and table != "consent":
            continue
        model = models[table]
        query = _rows_of_people(model, table, [participant_id], models).where(col(model.owner_site) == origin)
        if table == "consent":
            # Only the consent that authorises this move: the person's other consents are not the receiver's.
            query = query.where(col(model.id) == consent_id)
        for row in session.execute(query).scalars():
            payload = without_staff(row.model_dump(mode="json"))
            rows.append({"t": table, "p": without_uncovered_copies(model, table, payload, kinds)})
    return rows


def _signed_body(line: dict[str, Any]) -> bytes:
    return _SIGNATURE_DOMAIN + f"{line['id']}\x00{line['from']}\x00{line['to']}\x00".encode() + \
        line["sealed"].encode()


def _seal(services: Services, transfer_id: str, from_site: str, to_site: dict[str, Any],
          package: dict[str, Any]) -> dict[str, Any]:
    recipients = [pyrage.x25519.Recipient.from_str(r) for r in to_site.get("age_recipients", [])]
    if not recipients:
        raise RoscError("transfer_site_invalid")
    sealed = base64.b64encode(pyrage.encrypt(bundle_file.canonical_json(package), recipients)).decode()
    line = {"id": transfer_id, "from": from_site, "to": to_site["code"], "sealed": sealed}
    line["signature"] = base64.b64encode(keys.sign(services, _signed_body(line))).decode()
    return line


def outgoing_sections(services: Services, session: Any, peer_code: str, local_is_hub: bool,
                      days: tuple[date, ...] | None = None) -> dict[str, bytes]:
    """Sections for a bundle to `peer_code`, read inside the export's snapshot; consents must hold on `days`."""
    sections: dict[str, bytes] = {}
    lines: list[dict[str, Any]] = []
    acks: list[str] = []
    if local_is_hub:
        for relay in session.execute(select(SyncTransfer).where(
                SyncTransfer.direction == "relay", SyncTransfer.to_site == peer_code,
                SyncTransfer.status == "pending")).scalars():
            lines.append(relay.package)
        acks = list(session.execute(select(SyncTransfer.id).where(
            SyncTransfer.direction == "relay", SyncTransfer.from_site == peer_code,
            SyncTransfer.status == "delivered")).scalars())
        # The hub vouches for each center's keys (it heard their fingerprints by phone), so centers can seal
        # packages for each other and check who sealed them.
        centers = [{"code": p.site_code, "name": p.name, "age_recipients": list(p.age_recipients),
                    "ed25519_public": p.ed25519_public} for p in keys.peers(services) if p.role == "center"]
        sections[SITES] = bundle_file.canonical_json({"sites": centers})
    else:
        every_kind = {k.value for k in InformationKind if k != InformationKind.ALL}
        sites = {s["code"]: s for s in known_sites(services)}
        for out in session.execute(select(SyncTransfer).where(
                SyncTransfer.direction == "out", col(SyncTransfer.status).in_(["pending", "sent"]))).scalars():
            to_site = sites.get(out.to_site)
            # Checked again as it leaves: a consent expired or withdrawn since keeps the record home.
            if to_site is None or _consent_allows(services, out.participant_id, to_site["name"], days) != out.consent_id:
                continue
            consent = session.get(Consent, out.consent_id)
            kinds = every_kind if InformationKind.ALL in consent.information_kinds else set(consent.information_kinds)
            package = {"consent_id": out.consent_id, "notice": PART2_NOTICE,
                       "rows": _package_rows(session, out.participant_id, kinds, out.consent_id, out.from_site)}
            lines.append(_seal(services, out.id, out.from_site, to_site, package))
        acks = list(session.execute(select(SyncTransfer.id).where(SyncTransfer.direction == "in")).scalars())
    if lines:
        sections[TRANSFERS] = b"".join(bundle_file.canonical_json(line) + b"\n" for line in lines)
    if acks:
        sections[TRANSFER_ACKS] = bundle_file.canonical_json({"ids": sorted(acks)})
    return sections


def mark_sent(services: Services, session: Any, sections: dict[str, bytes]) -> None:
    if TRANSFERS not in sections:
        return
    for raw in sections[TRANSFERS].splitlines():
        line = json.loads(raw)
        row = session.get(SyncTransfer, (line["id"], "out"))
        if row is not None and row.status == "pending":
            row.status = "sent"
            row.updated_at = utc_now()
            session.add(row)


# ------------------------------------------------------------------------------------------------ import


def _read_transfer_lines(path: Any) -> list[dict[str, Any]]:
    try:
        lines = [json.loads(raw) for raw in path.read_bytes().splitlines() if raw.strip()]
    except (OSError, ValueError):
        raise RoscError("bundle_rows_invalid", section=TRANSFERS) from None
    for line in lines:
        if not isinstance(line, dict) or set(line) != _LINE_KEYS or \
                not all(isinstance(line[k], str) for k in _LINE_KEYS) or len(line["id"]) > 36 or \
                len(line["from"]) > 16 or len(line["to"]) > 16:
            raise RoscError("bundle_rows_invalid", section=TRANSFERS)
    return lines


def apply_sections(services: Services, session: Any, origin: str, local_code: str, local_is_hub: bool,
                   sections: dict[str, Any]) -> dict[str, int]:
    """Inside the import's transaction: take in transfers, acknowledgements and the hub's list of centers."""
    counts = {"transfers": 0}
    if SITES in sections and not local_is_hub:
        try:
            sites = json.loads(sections[SITES].read_bytes())["sites"]
            clean = [{"code": str(s["code"])[:16], "name": str(s["name"])[:120],
                      "age_recipients": [str(r) for r in s["age_recipients"]][:2],
                      "ed25519_public": str(s["ed25519_public"])[:64]} for s in sites]
        except (OSError, ValueError, KeyError, TypeError):
            raise RoscError("bundle_rows_invalid", section=SITES) from None
        state = session.get(SyncPeerState, origin) or SyncPeerState(site_code=origin)
        state.sites = [s for s in clean if s["code"] != local_code]
        session.add(state)
    if TRANSFERS in sections:
        for line in _read_transfer_lines(sections[TRANSFERS]):
            if local_is_hub:
                if line["from"] != origin or line["to"] == local_code:
                    raise RoscError("bundle_rows_invalid", section=TRANSFERS)
                direction, status = "relay", "pending"
            else:
                if line["to"] != local_code:
                    continue
                direction, status = "in", "waiting"
            if session.get(SyncTransfer, (line["id"], direction)) is None:
                session.add(SyncTransfer(id=line["id"], direction=direction, from_site=line["from"],
                                         to_site=line["to"], status=status, package=line))
                counts["transfers"] += 1
    if TRANSFER_ACKS in sections:
        try:
            ids = json.loads(sections[TRANSFER_ACKS].read_bytes())["ids"]
        except (OSError, ValueError, KeyError, TypeError):
            raise RoscError("bundle_rows_invalid", section=TRANSFER_ACKS) from None
        wanted = ("relay", origin, "to_site") if local_is_hub else ("out", local_code, "from_site")
        for transfer_id in ids if isinstance(ids, list) else []:
            row = session.get(SyncTransfer, (str(transfer_id), wanted[0]))
            if row is not None and getattr(row, wanted[2]) == wanted[1] and row.status != "delivered":
                row.status = "delivered"
                row.updated_at = utc_now()
                if local_is_hub:
                    row.package = {}  # delivered: the hub keeps not even the sealed copy
                session.add(row)
    return counts


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
        if not keys.verify(peer, _signed_body(line), base64.b64decode(line["signature"])):
            raise ValueError("signature")
        plain = pyrage.decrypt(base64.b64decode(line["sealed"]), keys.age_identities(services))
        package = json.loads(plain)
        if not isinstance(package, dict) or not isinstance(package.get("rows"), list):
            raise ValueError("package")
    except (ValueError, KeyError, TypeError, pyrage.DecryptError):
        raise RoscError("transfer_unverified") from None
    return package


def accept_transfer(services: Services, transfer_id: str) -> str:
    """Make the person's record here from the package (new ids, owned by this center); returns its id."""
    services.require(Action.MANAGE_SYNC)
    from rosc_desktop.sync.exchange import _local_site, _models, _table_order

    site = _local_site(services)
    models = _models()
    order = _table_order()
    with services.store.read() as session:
        row = session.get(SyncTransfer, (transfer_id, "in"))
    if row is None or row.status != "waiting":
        raise RoscError("transfer_not_waiting")
    package = _open(services, row)
    try:
        rows = sorted((r for r in package["rows"] if r.get("t") in PARTICIPANT_TABLES and isinstance(r.get("p"), dict)),
                      key=lambda r: order[r["t"]])
        id_map = {r["p"]["id"]: new_id() for r in rows if isinstance(r["p"].get("id"), str)}
    except (KeyError, TypeError):
        raise RoscError("transfer_incomplete") from None
    person = next((r for r in rows if r["t"] == "participant"), None)
    if person is None:
        raise RoscError("transfer_incomplete")
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


def decline_transfer(services: Services, transfer_id: str) -> None:
    services.require(Action.MANAGE_SYNC)
    with services.store.write() as session:
        row = session.get(SyncTransfer, (transfer_id, "in"))
        if row is None or row.status != "waiting":
            raise RoscError("transfer_not_waiting")
        row.status = "declined"
        row.package = {}
        row.updated_at = utc_now()
        session.add(row)
        services.audit(session, "transfer_declined", "sync_transfer", transfer_id, {"from_site": row.from_site})


__all__ = ["TransferView", "accept_transfer", "decline_transfer", "known_sites", "request_transfer", "transfers"]
