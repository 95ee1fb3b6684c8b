"""A participant moving to another center: their record travels center → hub → center with its consent.

The sending center may send only what a current consent naming the receiving center covers, and the contact
details at least (a transfer without a name is no transfer). The package rides in the sender's next bundle to
the hub, which keeps it until the receiving center acknowledges it and then drops it; the receiving center's
admin reads the §2.32 notice and accepts, which makes a new record owned by the receiving center (new ids, so
neither center ever edits the other's rows), or declines, which drops the package.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

import pydantic
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
from rosc_desktop.sync.profiles import PARTICIPANT_TABLES, without_staff

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

TRANSFERS = "transfers.jsonl.gz"
TRANSFER_ACKS = "transfer_acks.json"
SITES = "sites.json"
TRANSFER_PURPOSE = "care_coordination"
_LINE_KEYS = {"id", "from", "to", "to_name", "consent_id", "notice", "rows"}


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


def _view(row: SyncTransfer) -> TransferView:
    return TransferView(row.id, row.direction, row.from_site, row.to_site, row.status, row.created_at, row.updated_at,
                        row.participant_id, row.new_participant_id, len(row.package.get("rows", [])),
                        str(row.package.get("notice", "")))


def known_sites(services: Services) -> list[dict[str, str]]:
    """The centers the hub last told us about (code, name), for choosing where a person moves."""
    services.require(Action.MANAGE_SYNC)
    with services.store.read() as session:
        states = session.execute(select(SyncPeerState)).scalars().all()
    sites = {s["code"]: s for state in states for s in state.sites}
    return sorted(sites.values(), key=lambda s: s["code"])


def request_transfer(services: Services, participant_id: str, to_site: str, to_name: str) -> TransferView:
    services.require(Action.MANAGE_SYNC)
    from rosc_desktop.sync.exchange import _local_site

    site = _local_site(services)
    if site.is_hub:
        raise RoscError("transfer_from_hub")
    if not to_site or to_site == site.code:
        raise RoscError("transfer_site_invalid")
    decision = services.consents.may_share(participant_id, RecipientRef(kind="person", name=to_name),
                                           TRANSFER_PURPOSE, {InformationKind.CONTACT})
    if not decision.allowed or decision.consent_id is None:
        raise RoscError("transfer_needs_consent", reason=decision.reason_code)
    with services.store.write() as session:
        pending = session.execute(select(SyncTransfer).where(
            SyncTransfer.direction == "out", SyncTransfer.participant_id == participant_id,
            col(SyncTransfer.status).in_(["pending", "sent"]))).scalars().first()
        if pending is not None:
            raise RoscError("transfer_already_pending")
        row = SyncTransfer(id=new_id(), direction="out", participant_id=participant_id, from_site=site.code,
                           to_site=to_site, consent_id=decision.consent_id, status="pending",
                           package={"to_name": to_name})
        session.add(row)
        services.audit(session, "transfer_requested", "participant", participant_id,
                       {"to_site": to_site, "consent_id": decision.consent_id})
        session.flush()
        return _view(row)


def transfers(services: Services, direction: str | None = None) -> list[TransferView]:
    services.require(Action.MANAGE_SYNC)
    with services.store.read() as session:
        query = select(SyncTransfer).order_by(col(SyncTransfer.created_at).desc())
        if direction:
            query = query.where(SyncTransfer.direction == direction)
        return [_view(r) for r in session.execute(query).scalars()]


# ------------------------------------------------------------------------------------------------ export


def _package_rows(session: Any, participant_id: str, kinds: set[str]) -> list[dict[str, Any]]:
    from rosc_desktop.sync.exchange import _models, _rows_of_people, _table_order

    models = _models()
    order = _table_order()
    rows: list[dict[str, Any]] = []
    for table in sorted(PARTICIPANT_TABLES, key=lambda t: order[t]):
        kind = PARTICIPANT_TABLES[table][0]
        if kind not in kinds and table != "consent":
            continue
        model = models[table]
        for row in session.execute(_rows_of_people(model, table, [participant_id], models)).scalars():
            rows.append({"t": table, "p": without_staff(row.model_dump(mode="json"))})
    return rows


def outgoing_sections(services: Services, session: Any, peer_code: str, local_is_hub: bool) -> dict[str, bytes]:
    """Sections for a bundle to `peer_code`, read inside the export's snapshot."""
    sections: dict[str, bytes] = {}
    lines: list[dict[str, Any]] = []
    acks: list[str] = []
    if local_is_hub:
        from rosc_desktop.sync import keys

        for relay in session.execute(select(SyncTransfer).where(
                SyncTransfer.direction == "relay", SyncTransfer.to_site == peer_code,
                SyncTransfer.status == "pending")).scalars():
            lines.append(relay.package)
        acks = list(session.execute(select(SyncTransfer.id).where(
            SyncTransfer.direction == "relay", SyncTransfer.from_site == peer_code,
            SyncTransfer.status == "delivered")).scalars())
        centers = [{"code": p.site_code, "name": p.name} for p in keys.peers(services) if p.role == "center"]
        sections[SITES] = bundle_file.canonical_json({"sites": centers})
    else:
        every_kind = {k.value for k in InformationKind if k != InformationKind.ALL}
        for out in session.execute(select(SyncTransfer).where(
                SyncTransfer.direction == "out", col(SyncTransfer.status).in_(["pending", "sent"]))).scalars():
            consent = session.get(Consent, out.consent_id)
            if consent is None or consent.deleted_at is not None or consent.revoked_on is not None:
                continue  # withdrawn since it was asked for: the record stays here
            kinds = every_kind if InformationKind.ALL in consent.information_kinds else set(consent.information_kinds)
            lines.append({"id": out.id, "from": out.from_site, "to": out.to_site,
                          "to_name": out.package.get("to_name", ""), "consent_id": out.consent_id,
                          "notice": PART2_NOTICE, "rows": _package_rows(session, out.participant_id, kinds)})
        acks = list(session.execute(select(SyncTransfer.id).where(SyncTransfer.direction == "in")).scalars())
    if lines:
        sections[TRANSFERS] = b"".join(bundle_file.canonical_json(line) + b"\n" for line in lines)
    if acks:
        sections[TRANSFER_ACKS] = bundle_file.canonical_json({"ids": sorted(acks)})
    return sections


def mark_sent(services: Services, session: Any, sections: dict[str, bytes]) -> None:
    if TRANSFERS not in sections:
        return
    import json

    for raw in sections[TRANSFERS].splitlines():
        line = json.loads(raw)
        row = session.get(SyncTransfer, (line["id"], "out"))
        if row is not None and row.status == "pending":
            row.status = "sent"
            row.updated_at = utc_now()
            session.add(row)


# ------------------------------------------------------------------------------------------------ import


def _read_transfer_lines(path: Any) -> list[dict[str, Any]]:
    import json

    try:
        lines = [json.loads(raw) for raw in path.read_bytes().splitlines() if raw.strip()]
    except (OSError, ValueError):
        raise RoscError("bundle_rows_invalid", section=TRANSFERS) from None
    for line in lines:
        if not isinstance(line, dict) or set(line) != _LINE_KEYS or not isinstance(line["rows"], list) or \
                not all(isinstance(r, dict) and r.get("t") in PARTICIPANT_TABLES and isinstance(r.get("p"), dict)
                        for r in line["rows"]) or not isinstance(line["id"], str) or len(line["id"]) > 36:
            raise RoscError("bundle_rows_invalid", section=TRANSFERS)
    return lines


def apply_sections(services: Services, session: Any, origin: str, local_code: str, local_is_hub: bool,
                   sections: dict[str, Any]) -> dict[str, int]:
    """Inside the import's transaction: take in transfers, acknowledgements and the hub's list of centers."""
    import json

    counts = {"transfers": 0}
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
                                         to_site=line["to"], consent_id=line["consent_id"], status=status,
                                         package=line))
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
                    row.package = {}  # delivered: the hub keeps no copy of the person's record
                session.add(row)
    if SITES in sections and not local_is_hub:
        try:
            sites = json.loads(sections[SITES].read_bytes())["sites"]
            clean = [{"code": str(s["code"])[:16], "name": str(s["name"])[:120]} for s in sites]
        except (OSError, ValueError, KeyError, TypeError):
            raise RoscError("bundle_rows_invalid", section=SITES) from None
        state = session.get(SyncPeerState, origin) or SyncPeerState(site_code=origin)
        state.sites = [s for s in clean if s["code"] != local_code]
        session.add(state)
    return counts


# ------------------------------------------------------------------------------------------------ receiving


def accept_transfer(services: Services, transfer_id: str) -> str:
    """Make the person's record here from the package (new ids, owned by this center); returns its id."""
    services.require(Action.MANAGE_SYNC)
    from rosc_desktop.sync.exchange import _local_site, _models, _table_order

    site = _local_site(services)
    models = _models()
    order = _table_order()
    with services.store.write() as session:
        row = session.get(SyncTransfer, (transfer_id, "in"))
        if row is None or row.status != "waiting":
            raise RoscError("transfer_not_waiting")
        rows = sorted(row.package.get("rows", []), key=lambda r: order[r["t"]])
        id_map = {r["p"]["id"]: new_id() for r in rows if isinstance(r["p"].get("id"), str)}
        person = next((r for r in rows if r["t"] == "participant"), None)
        if person is None:
            raise RoscError("transfer_incomplete")
        now = utc_now().isoformat()
        for item in rows:
            model = models[item["t"]]
            payload = dict(item["p"])
            payload.update(id=id_map[payload["id"]], owner_site=site.code, version=0, hlc="", updated_at=now)
            keep = True
            for column in model.__table__.columns:  # type: ignore[attr-defined]
                for fk in column.foreign_keys:
                    value = payload.get(column.key)
                    if value is None:
                        continue
                    if value in id_map:
                        payload[column.key] = id_map[value]
                    elif fk.column.table.name == "staff" or session.execute(
                            select(fk.column).where(fk.column == value)).first() is None:
                        if column.nullable:
                            payload[column.key] = None
                        else:
                            keep = False  # e.g. a referral to a service this center's directory lacks
            if not keep:
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
        row.package = {"notice": row.package.get("notice", ""), "rows": []}
        session.add(row)
        services.audit(session, "transfer_accepted", "participant", new_pid,
                       {"from_site": row.from_site, "transfer_id": transfer_id})
    return new_pid


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
