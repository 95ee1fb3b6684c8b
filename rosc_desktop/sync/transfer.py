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
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

import pydantic
import pyrage
from sqlalchemy import select
from sqlmodel import col

from rosc_desktop.errors import RoscError
from rosc_desktop.model import Consent, Participant, SyncPeerState, SyncTransfer
from rosc_desktop.model.base import new_id
from rosc_desktop.model.consent import InformationKind
from rosc_desktop.model.types import utc_now
from rosc_desktop.services.consents import PART2_NOTICE, RecipientRef
from rosc_desktop.services.permissions import Action
from rosc_desktop.sync import bundle as bundle_file
from rosc_desktop.sync import bundle_limits, keys
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
    reason: str = ""  # why held back, refused or cancelled: a message code
    person: str = ""  # the sender's name for the person, on this center's own outgoing transfers

    @property
    def can_cancel(self) -> bool:
        return self.direction == "out" and self.status in ("pending", "sent")


def _view(row: SyncTransfer, rows: int = 0, *, reason: str | None = None, person: str = "") -> TransferView:
    return TransferView(row.id, row.direction, row.from_site, row.to_site, row.status, row.created_at, row.updated_at,
                        row.participant_id, row.new_participant_id, rows, PART2_NOTICE,
                        row.reason if reason is None else reason, person)


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


def _consent_allows(services: Services, participant_id: str, to_name: str) -> str | None:
    decision = services.consents.may_share(participant_id, RecipientRef(kind="person", name=to_name),
                                           TRANSFER_PURPOSE, {InformationKind.CONTACT})
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
            # The earlier request must be cancelled first: it may be on a stick on its way already.
            raise RoscError("transfer_already_pending", transfer_id=pending.id)
        row = SyncTransfer(id=new_id(), direction="out", participant_id=participant_id, from_site=local.code,
                           to_site=to_site, consent_id=consent_id, status="pending", package={"to_name": site["name"]})
        session.add(row)
        services.audit(session, "transfer_requested", "participant", participant_id,
                       {"to_site": to_site, "consent_id": consent_id})
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
        _settle(session, row, "cancelled", "transfer_cancelled")
        services.audit(session, "transfer_cancelled", "participant", row.participant_id,
                       {"transfer_id": transfer_id, "to_site": row.to_site, "was": was})
        session.flush()
        return _view(row)


def transfers(services: Services, direction: str | None = None) -> list[TransferView]:
    """Every transfer, newest first. A request still waiting to leave says when its consent no longer holds."""
    services.require(Action.MANAGE_SYNC)
    with services.store.read() as session:
        query = select(SyncTransfer).order_by(col(SyncTransfer.created_at).desc())
        if direction:
            query = query.where(SyncTransfer.direction == direction)
        rows = list(session.execute(query).scalars())
        outgoing = [r.participant_id for r in rows if r.direction == "out"]
        names = dict(session.execute(select(Participant.id, Participant.preferred_name).where(
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
            reason = _consent_problem(services, row, site["name"], None) if site else "transfer_site_invalid"
            reason = reason or row.reason  # else why the last export held it back, if it did
        views.append(_view(row, parts, reason=reason, person=names.get(row.participant_id, "")))
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
    sealed = base64.b64encode(pyrage.encrypt(_package_json(package), recipients)).decode()
    line = {"id": transfer_id, "from": from_site, "to": to_site["code"], "sealed": sealed}
    line["signature"] = base64.b64encode(keys.sign(services, _signed_body(line))).decode()
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
    lines: list[dict[str, Any]] = []
    acks: dict[str, Any] = {}
    if local_is_hub:
        relays = list(session.execute(select(SyncTransfer).where(SyncTransfer.direction == "relay")).scalars())
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
    else:
        every_kind = {k.value for k in InformationKind if k != InformationKind.ALL}
        sites = {s["code"]: s for s in known_sites(services)}
        for row in session.execute(select(SyncTransfer).where(
                SyncTransfer.direction == "out", col(SyncTransfer.status).in_(["pending", "sent"]))).scalars():
            to_site = sites.get(row.to_site)
            if to_site is None:
                out.held[row.id] = "transfer_site_invalid"
                continue
            # Checked again as it leaves: a consent expired or withdrawn since keeps the record home. One that
            # left already is taken back: the hub must stop relaying it.
            reason = _consent_problem(services, row, to_site["name"], days)
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
        ins = list(session.execute(select(SyncTransfer).where(SyncTransfer.direction == "in")).scalars())
        # Only what was opened and accepted, or declined on purpose, is acknowledged; a package that could not be
        # verified goes back to its sender as refused, with why. One still waiting is not answered yet.
        acks["ids"] = sorted(r.id for r in ins if r.status == "accepted")
        acks["declined"] = {r.id: r.reason for r in ins if r.status == "declined"}
        acks["refused"] = {r.id: r.reason or "transfer_unverified" for r in ins if r.status == "refused"}
        # Packages taken back after they left: the hub stops relaying them. (Ones that never left are not named:
        # their ids would only tell the hub what it was never sent.)
        acks["cancelled"] = sorted([*out.withdrawn, *(r.id for r in session.execute(select(SyncTransfer).where(
            SyncTransfer.direction == "out", SyncTransfer.status == "cancelled")).scalars() if r.package.get("left"))])
    if lines:
        out.sections[TRANSFERS] = b"".join(bundle_file.canonical_json(line) + b"\n" for line in lines)
    if any(acks.values()):
        out.sections[TRANSFER_ACKS] = _acks_json(acks)
    return out


def _consent_problem(services: Services, row: SyncTransfer, to_name: str, days: tuple[date, ...] | None
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
            _settle(session, row, "cancelled", reason)
            services.audit(session, "transfer_cancelled", "participant", row.participant_id,
                           {"transfer_id": transfer_id, "to_site": row.to_site, "was": "sent", "reason": reason})


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
DECLINE_REASONS = ("other", "person_not_here", "already_registered", "wrong_center")


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


def _settle(session: Any, row: SyncTransfer | None, status: str, reason: str = "", *, drop: bool = False) -> None:
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
        _settle(session, relay(transfer_id, "to_site"), "delivered", drop=True)
    for transfer_id, reason in acks["declined"].items():
        _settle(session, relay(transfer_id, "to_site"), "declined", _known(reason, DECLINE_REASONS), drop=True)
    for transfer_id, reason in acks["refused"].items():
        _settle(session, relay(transfer_id, "to_site"), "refused", _known(reason, _REFUSAL_CODES), drop=True)
    for transfer_id in acks["cancelled"]:
        row = relay(transfer_id, "from_site")
        if row is not None and row.status == "pending":  # once delivered, the cancel came too late
            _settle(session, row, "cancelled", drop=True)


def _outcomes_at_center(session: Any, local_code: str, acks: dict[str, Any]) -> None:
    """From the hub: how this center's packages ended at the receiver, and packages their sender took back."""
    def mine(transfer_id: str) -> SyncTransfer | None:
        row = session.get(SyncTransfer, (transfer_id, "out"))
        return row if row is not None and row.from_site == local_code else None

    for transfer_id in acks["ids"]:
        _settle(session, mine(transfer_id), "delivered")
    for transfer_id, reason in acks["declined"].items():
        _settle(session, mine(transfer_id), "declined", _known(reason, DECLINE_REASONS))
    for transfer_id, reason in acks["refused"].items():
        _settle(session, mine(transfer_id), "refused", _known(reason, _REFUSAL_CODES))
    for transfer_id in acks["cancelled"]:
        row = session.get(SyncTransfer, (transfer_id, "in"))
        if row is not None and row.to_site == local_code and row.status == "waiting":
            _settle(session, row, "cancelled", "transfer_cancelled_by_sender", drop=True)


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
    order = _table_order_of_models()
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


def _table_order_of_models() -> dict[str, int]:
    from rosc_desktop.sync.exchange import _table_order

    return _table_order()


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
            _settle(session, row, "refused", reason, drop=True)
            services.audit(session, "transfer_refused", "sync_transfer", transfer_id,
                           {"from_site": row.from_site, "reason": reason})


def accept_transfer(services: Services, transfer_id: str) -> str:
    """Make the person's record here from the package (new ids, owned by this center); returns its id."""
    services.require(Action.MANAGE_SYNC)
    from rosc_desktop.sync.exchange import _local_site, _models

    site = _local_site(services)
    models = _models()
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
        _settle(session, row, "declined", reason, drop=True)
        services.audit(session, "transfer_declined", "sync_transfer", transfer_id,
                       {"from_site": row.from_site, "reason": reason})


__all__ = ["DECLINE_REASONS", "OutgoingTransfers", "TransferView", "accept_transfer", "cancel_transfer", "check_arrivals",
           "decline_transfer", "known_sites", "request_transfer", "transfers"]
