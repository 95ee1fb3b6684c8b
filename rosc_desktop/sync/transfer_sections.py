"""What a bundle carries of person transfers (sync/transfer.py), and what an import takes in of them.

Outgoing: each package a current consent still allows, sealed for the receiving center and signed, or held back
with its reason; at the hub, the relayed packages and the list of centers it vouches for. Incoming, inside the
import's transaction: packages to relay or to open later, and how packages ended (delivered, declined, refused,
cancelled), each outcome final once known. Kept apart from the person-facing side (asking for, listing,
accepting and declining a transfer) so that export and import reach only this, and transfer.py reads in one
sitting."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

import pyrage
from sqlalchemy import select
from sqlmodel import col

from rosc_desktop.enums import TRANSFER_DECLINE_REASONS
from rosc_desktop.errors import RoscError
from rosc_desktop.model import Consent, SyncPeerState, SyncTransfer
from rosc_desktop.model.consent import InformationKind
from rosc_desktop.model.types import utc_now
from rosc_desktop.services.consents import PART2_NOTICE, RecipientRef
from rosc_desktop.services.permissions import Action
from rosc_desktop.sync import bundle as bundle_file
from rosc_desktop.sync import keys
from rosc_desktop.sync.profiles import PARTICIPANT_TABLES, without_staff, without_uncovered_copies
from rosc_desktop.sync.tables import row_payloads, rows_of_people, synced_models, table_order
from rosc_desktop.services.changes import Kind, record_change

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

TRANSFERS = "transfers.jsonl"
TRANSFER_ACKS = "transfer_acks.json"
SITES = "sites.json"
TRANSFER_PURPOSE = "care_coordination"
_LINE_KEYS = {"id", "from", "to", "sealed", "signature"}
_SIGNATURE_DOMAIN = b"ROSC transfer package v1\x00"


def known_sites(services: Services) -> list[dict[str, Any]]:
    """The centers the hub last told us about (code, name and public keys), for choosing where a person moves."""
    services.require(Action.MANAGE_SYNC)
    with services.store.read() as session:
        states = session.execute(select(SyncPeerState)).scalars().all()
    sites = {s["code"]: s for state in states for s in state.sites}
    return sorted(sites.values(), key=lambda s: s["code"])



def _package_rows(session: Any, participant_id: str, kinds: set[str], consent_id: str, origin: str
                  ) -> list[dict[str, Any]]:
    models = synced_models()
    order = table_order()
    rows: list[dict[str, Any]] = []
    for table in sorted(PARTICIPANT_TABLES, key=lambda t: order[t]):
        kind = PARTICIPANT_TABLES[table][0]
        if kind not in kinds and table != "consent":
            continue
        model = models[table]
        query = rows_of_people(model, table, [participant_id], models).where(col(model.owner_site) == origin)
        if table == "consent":
            # Only the consent that authorises this move: the person's other consents are not the receiver's.
            query = query.where(col(model.id) == consent_id)
        for current in row_payloads(session, model, query):
            payload = without_staff(current)
            rows.append({"t": table, "p": without_uncovered_copies(model, table, payload, kinds)})
    return rows


def signed_body(line: dict[str, Any]) -> bytes:
    return _SIGNATURE_DOMAIN + f"{line['id']}\x00{line['from']}\x00{line['to']}\x00".encode() + \
        line["sealed"].encode()


def _seal(services: Services, transfer_id: str, from_site: str, to_site: dict[str, Any],
          package: dict[str, Any]) -> dict[str, Any]:
    recipients = [pyrage.x25519.Recipient.from_str(r) for r in to_site.get("age_recipients", [])]
    if not recipients:
        raise RoscError("transfer_site_invalid")
    sealed = base64.b64encode(pyrage.encrypt(_package_json(package), recipients)).decode()
    line = {"id": transfer_id, "from": from_site, "to": to_site["code"], "sealed": sealed}
    line["signature"] = base64.b64encode(keys.sign(services, signed_body(line))).decode()
    return line


@dataclass
class OutgoingTransfers:
    """What a bundle carries of transfers, and what was held back (transfer id -> reason code) and why."""

    sections: dict[str, bytes] = field(default_factory=dict)
    sent: list[str] = field(default_factory=list)
    held: dict[str, str] = field(default_factory=dict)
    withdrawn: dict[str, str] = field(default_factory=dict)  # sent before, consent gone since: cancelled now


def _package_json(package: dict[str, Any]) -> bytes:
    # Not canonical JSON: nothing signs this text itself (the signature covers the sealed bytes), and a goal's
    # weight or a dragged map position is a float that canonical JSON refuses.
    return json.dumps(package, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode()


def _acks_json(acks: dict[str, Any]) -> bytes:
    return bundle_file.canonical_json({k: v for k, v in acks.items() if v})


def outgoing_sections(services: Services, session: Any, peer_code: str, local_is_hub: bool,
                      days: tuple[date, ...] | None = None) -> OutgoingTransfers:
    """Sections for a bundle to `peer_code`, read inside the export's snapshot; consents must hold on `days`.

    A package that cannot go (its consent no longer holds, or it cannot be made) is held back with its reason;
    it never stops the rest of the bundle."""
    out = OutgoingTransfers()
    if local_is_hub:
        lines, acks = _relayed(services, session, peer_code, out)
    else:
        lines, acks = _sent_from_center(services, session, days, out)
    if lines:
        out.sections[TRANSFERS] = b"".join(bundle_file.canonical_json(line) + b"\n" for line in lines)
    if any(acks.values()):
        out.sections[TRANSFER_ACKS] = _acks_json(acks)
    return out


def _relayed(services: Services, session: Any, peer_code: str, out: OutgoingTransfers
             ) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """At the hub: the packages it relays to `peer_code`, the outcomes it passes back, and its list of centers."""
    acks: dict[str, Any] = {}
    relays = list(session.execute(select(SyncTransfer).where(col(SyncTransfer.direction) == "relay")).scalars())
    lines = [r.package for r in relays if r.to_site == peer_code and r.status == "pending" and r.package]
    # To the sender: how its packages ended. To the receiver: packages the sender took back.
    acks["ids"] = sorted(r.id for r in relays if r.from_site == peer_code and r.status == "delivered")
    acks["declined"] = {r.id: r.reason for r in relays if r.from_site == peer_code and r.status == "declined"}
    acks["refused"] = {r.id: r.reason for r in relays if r.from_site == peer_code and r.status == "refused"}
    acks["cancelled"] = sorted(r.id for r in relays if r.to_site == peer_code and r.status == "cancelled")
    # The hub vouches for each center's keys (it heard their fingerprints by phone), so centers can seal
    # packages for each other and check who sealed them.
    centers = [{"code": p.site_code, "name": p.name, "age_recipients": list(p.age_recipients),
                "ed25519_public": p.ed25519_public} for p in keys.peers(services) if p.role == "center"]
    out.sections[SITES] = bundle_file.canonical_json({"sites": centers})
    return lines, acks


def _sent_from_center(services: Services, session: Any, days: tuple[date, ...] | None, out: OutgoingTransfers
                      ) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """At a center: its own packages that may leave (sealed), and its answers to the packages it received."""
    lines: list[dict[str, Any]] = []
    acks: dict[str, Any] = {}
    every_kind = {k.value for k in InformationKind if k != InformationKind.ALL}
    sites = {s["code"]: s for s in known_sites(services)}
    for row in session.execute(select(SyncTransfer).where(
            col(SyncTransfer.direction) == "out", col(SyncTransfer.status).in_(["pending", "sent"]))).scalars():
        to_site = sites.get(row.to_site)
        if to_site is None:
            out.held[row.id] = "transfer_site_invalid"
            continue
        # Checked again as it leaves: a consent expired or withdrawn since keeps the record home. One that
        # left already is taken back: the hub must stop relaying it.
        reason = consent_problem(services, row, to_site["name"], days)
        if reason is not None and row.status == "sent":
            out.withdrawn[row.id] = reason
            continue
        if reason is not None:
            out.held[row.id] = reason
            continue
        try:
            consent = session.get(Consent, row.consent_id)
            kinds = every_kind if InformationKind.ALL in consent.information_kinds else \
                set(consent.information_kinds)
            package = {"consent_id": row.consent_id, "notice": PART2_NOTICE,
                       "rows": _package_rows(session, row.participant_id, kinds, row.consent_id, row.from_site)}
            lines.append(_seal(services, row.id, row.from_site, to_site, package))
        except (RoscError, ValueError, TypeError, pyrage.EncryptError, pyrage.RecipientError):
            # Whatever went wrong with this one person's package, the center's bundle still goes.
            out.held[row.id] = "transfer_package_failed"
            continue
        out.sent.append(row.id)
    ins = list(session.execute(select(SyncTransfer).where(col(SyncTransfer.direction) == "in")).scalars())
    # Only what was opened and accepted, or declined on purpose, is acknowledged; a package that could not be
    # verified goes back to its sender as refused, with why. One still waiting is not answered yet.
    acks["ids"] = sorted(r.id for r in ins if r.status == "accepted")
    acks["declined"] = {r.id: r.reason for r in ins if r.status == "declined"}
    acks["refused"] = {r.id: r.reason or "transfer_unverified" for r in ins if r.status == "refused"}
    # Packages taken back after they left: the hub stops relaying them. (Ones that never left are not named:
    # their ids would only tell the hub what it was never sent.)
    acks["cancelled"] = sorted([*out.withdrawn, *(r.id for r in session.execute(select(SyncTransfer).where(
        col(SyncTransfer.direction) == "out", col(SyncTransfer.status) == "cancelled")).scalars()
        if r.package.get("left"))])
    return lines, acks


def consent_problem(services: Services, row: SyncTransfer, to_name: str, days: tuple[date, ...] | None
                     ) -> str | None:
    """None while the transfer's own consent still allows it; else why not, as a message code. A person voided
    since, or a consent removed, is a reason too: one such row must never stop an export or the Transfers page."""
    try:
        reason = services.consents.refusal_of(row.consent_id, RecipientRef(kind="person", name=to_name),
                                              TRANSFER_PURPOSE, {InformationKind.CONTACT}, days)
    except RoscError as exc:
        return "transfer_person_voided" if exc.code == "participant_not_found" else "transfer_consent_gone"
    return None if reason is None else f"transfer_consent_{reason}"[:48]


def mark_sent(services: Services, session: Any, outgoing: OutgoingTransfers) -> None:
    """After the bundle is written: what went is "sent" (and remembered as having left), what was held back keeps
    its reason, and what was taken back because its consent no longer holds is cancelled, audited."""
    for transfer_id in outgoing.sent:
        row = session.get(SyncTransfer, (transfer_id, "out"))
        if row is not None and row.status in ("pending", "sent"):
            row.status, row.reason, row.updated_at = "sent", "", utc_now()
            row.package = {**row.package, "left": True}
            session.add(row)
    for transfer_id, reason in outgoing.held.items():
        row = session.get(SyncTransfer, (transfer_id, "out"))
        if row is not None and row.reason != reason:
            row.reason, row.updated_at = reason, utc_now()
            session.add(row)
    for transfer_id, reason in outgoing.withdrawn.items():
        row = session.get(SyncTransfer, (transfer_id, "out"))
        if row is not None and row.status == "sent":
            settle(session, row, "cancelled", reason)
            services.audit(session, "transfer_cancelled", "participant", row.participant_id,
                           {"transfer_id": transfer_id, "to_site": row.to_site, "was": "sent", "reason": reason})
            record_change(Kind.SYNC)
            record_change(Kind.PARTICIPANT, participant_id=row.participant_id)


# ------------------------------------------------------------------------------------------------ import


def _read_transfer_lines(path: Any) -> list[dict[str, Any]]:
    try:
        lines = [json.loads(raw) for raw in path.read_bytes().splitlines() if raw.strip()]
    except (OSError, ValueError, RecursionError):
        raise RoscError("bundle_rows_invalid", section=TRANSFERS) from None
    for line in lines:
        if not isinstance(line, dict) or set(line) != _LINE_KEYS or \
                not all(isinstance(line[k], str) for k in _LINE_KEYS) or len(line["id"]) > 36 or \
                len(line["from"]) > 16 or len(line["to"]) > 16:
            raise RoscError("bundle_rows_invalid", section=TRANSFERS)
    return lines


def _read_acks(path: Any) -> dict[str, Any]:
    try:
        data = json.loads(path.read_bytes())
        ids = [str(i)[:36] for i in data.get("ids", [])]
        declined = {str(k)[:36]: str(v)[:48] for k, v in dict(data.get("declined", {})).items()}
        refused = {str(k)[:36]: str(v)[:48] for k, v in dict(data.get("refused", {})).items()}
        cancelled = [str(i)[:36] for i in data.get("cancelled", [])]
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
        raise RoscError("bundle_rows_invalid", section=TRANSFER_ACKS) from None
    return {"ids": ids, "declined": declined, "refused": refused, "cancelled": cancelled}


# Codes from another site are shown in this site's words: only codes this app knows are kept, the first of
# each list standing for any other.
_REFUSAL_CODES = ("transfer_unverified", "transfer_incomplete")
DECLINE_REASONS = TRANSFER_DECLINE_REASONS


def _known(code: str, codes: tuple[str, ...]) -> str:
    return code if code in codes else codes[0]


def apply_sections(services: Services, session: Any, origin: str, local_code: str, local_is_hub: bool,
                   sections: dict[str, Any]) -> dict[str, Any]:
    """Inside the import's transaction: take in transfers, their outcomes and the hub's list of centers.
    Returns counts, and the ids of packages that arrived here (to be opened and checked after the commit)."""
    counts: dict[str, Any] = {"transfers": 0, "arrived": []}
    if SITES in sections and not local_is_hub:
        try:
            sites = json.loads(sections[SITES].read_bytes())["sites"]
            clean = [{"code": str(s["code"])[:16], "name": str(s["name"])[:120],
                      "age_recipients": [str(r) for r in s["age_recipients"]][:2],
                      "ed25519_public": str(s["ed25519_public"])[:64]} for s in sites]
            # A center whose keys do not parse could never be sealed for: it is left off the list.
            clean = [c for c in clean if c["age_recipients"] and all(_parses(r) for r in c["age_recipients"])]
        except (OSError, ValueError, KeyError, TypeError, RecursionError):
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
                if direction == "in":
                    counts["arrived"].append(line["id"])
    if TRANSFER_ACKS in sections:
        acks = _read_acks(sections[TRANSFER_ACKS])
        if local_is_hub:
            _outcomes_at_hub(session, origin, acks)
        else:
            _outcomes_at_center(session, local_code, acks)
    return counts


def _parses(recipient: str) -> bool:
    try:
        pyrage.x25519.Recipient.from_str(recipient)
    except (pyrage.RecipientError, ValueError):
        return False
    return True


# Which statuses may follow which: an outcome, once known, is final (a receiver cannot turn "delivered" into
# "declined" later, nor a hub mark "delivered" what never left). "cancelled" may still learn it arrived in time.
_MAY_FOLLOW = {
    "out": {"pending": {"sent", "cancelled"}, "sent": {"delivered", "declined", "refused", "cancelled"},
            "cancelled": {"delivered", "declined", "refused"}},
    "relay": {"pending": {"delivered", "declined", "refused", "cancelled"},
              "cancelled": {"delivered", "declined", "refused"}},
    "in": {"waiting": {"accepted", "declined", "refused", "cancelled"}},
}


def settle(session: Any, row: SyncTransfer | None, status: str, reason: str = "", *, drop: bool = False) -> None:
    if row is None or status not in _MAY_FOLLOW.get(row.direction, {}).get(row.status, set()):
        return
    row.status, row.reason, row.updated_at = status, reason, utc_now()
    if drop:
        row.package = {}  # settled: not even the sealed copy is kept
    session.add(row)


def _outcomes_at_hub(session: Any, origin: str, acks: dict[str, Any]) -> None:
    """From a receiving center: how the packages relayed to it ended. From a sending center: packages it took
    back. Only the center a relay names may settle it."""
    def relay(transfer_id: str, side: str) -> SyncTransfer | None:
        row = session.get(SyncTransfer, (transfer_id, "relay"))
        return row if row is not None and getattr(row, side) == origin else None

    for transfer_id in acks["ids"]:
        settle(session, relay(transfer_id, "to_site"), "delivered", drop=True)
    for transfer_id, reason in acks["declined"].items():
        settle(session, relay(transfer_id, "to_site"), "declined", _known(reason, DECLINE_REASONS), drop=True)
    for transfer_id, reason in acks["refused"].items():
        settle(session, relay(transfer_id, "to_site"), "refused", _known(reason, _REFUSAL_CODES), drop=True)
    for transfer_id in acks["cancelled"]:
        row = relay(transfer_id, "from_site")
        if row is not None and row.status == "pending":  # once delivered, the cancel came too late
            settle(session, row, "cancelled", drop=True)


def _outcomes_at_center(session: Any, local_code: str, acks: dict[str, Any]) -> None:
    """From the hub: how this center's packages ended at the receiver, and packages their sender took back."""
    def mine(transfer_id: str) -> SyncTransfer | None:
        row = session.get(SyncTransfer, (transfer_id, "out"))
        return row if row is not None and row.from_site == local_code else None

    for transfer_id in acks["ids"]:
        settle(session, mine(transfer_id), "delivered")
    for transfer_id, reason in acks["declined"].items():
        settle(session, mine(transfer_id), "declined", _known(reason, DECLINE_REASONS))
    for transfer_id, reason in acks["refused"].items():
        settle(session, mine(transfer_id), "refused", _known(reason, _REFUSAL_CODES))
    for transfer_id in acks["cancelled"]:
        row = session.get(SyncTransfer, (transfer_id, "in"))
        if row is not None and row.to_site == local_code and row.status == "waiting":
            settle(session, row, "cancelled", "transfer_cancelled_by_sender", drop=True)
