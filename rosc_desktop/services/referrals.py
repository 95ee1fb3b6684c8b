"""Referrals: the warm handoff from the center to a service in the directory, followed until the person is
really connected (or the referral is closed with a reason).

Every status change appends a dated ReferralEvent, so the handoff's history is kept. An open referral has at
most one open follow-up (a FollowUp row with source "referral"), so it appears on Today beside the check-in
follow-ups. A referral to a service later removed from the directory is kept and says so (`service_gone`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, col, select

from rosc_desktop.clock import center_today
from rosc_desktop.enums import CLOSED_REFERRAL_STATUSES, MemberKind, NetworkDomain, ReferralStatus, ServiceStatus
from rosc_desktop.errors import RoscError, ValidationError
from rosc_desktop.model import (
    DirectoryLocation,
    DirectoryOrganization,
    DirectoryService,
    DirectoryServiceLocation,
    FollowUp,
    Referral,
    ReferralEvent,
    Site,
)
from rosc_desktop.services.directory_text import fold
from rosc_desktop.model.consent import ConsentPurpose, InformationKind, RecipientKind
from rosc_desktop.services.consents import RecipientRef
from rosc_desktop.services.permissions import Action
from rosc_desktop.services.records import live_participant
from rosc_desktop.services.validation import check_date, clean_text
from rosc_desktop.services.changes import Kind, record_change

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

FOLLOW_UP_SOURCE = "referral"
DEFAULT_FOLLOW_UP_DAYS = 7
# The path a referral walks; skipping forward is allowed (a person may walk in and be connected the same day).
STATUS_ORDER = (ReferralStatus.SUGGESTED, ReferralStatus.CONTACTED, ReferralStatus.APPOINTMENT,
                ReferralStatus.CONNECTED, ReferralStatus.ONGOING)
CONNECTED_STATUSES = frozenset({ReferralStatus.CONNECTED, ReferralStatus.ONGOING})
GONE_SERVICE_STATUSES = frozenset({ServiceStatus.DEFUNCT, ServiceStatus.INACTIVE})

# Category words -> the eco-map sector a service joins as, first match wins (folded, so "Vivienda" is not
# expected to match: hub categories are English taxonomy terms).
_DOMAIN_WORDS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("housing", "shelter"), NetworkDomain.HOUSING),
    (("employment", "work", "job", "education", "training"), NetworkDomain.WORK_EDUCATION),
    (("clinical", "medical", "mental health", "mat", "medication", "health", "treatment"), NetworkDomain.CLINICAL),
    (("legal", "benefits"), NetworkDomain.LEGAL_BENEFITS),
    (("mutual-aid", "mutual aid", "meeting", "aa", "na", "smart recovery"), NetworkDomain.MUTUAL_AID),
    (("faith", "church", "religious", "spiritual"), NetworkDomain.FAITH),
)


@dataclass(frozen=True)
class ReferralEventView:
    status: str
    occurred_on: date
    note: str


@dataclass(frozen=True)
class ReferralView:
    id: str
    version: int
    participant_id: str
    service_id: str
    service_name: str
    organization_name: str
    reason: str
    ask_for: str
    what_to_bring: str
    made_on: date
    status: str
    status_on: date
    appointment_at: datetime | None
    closed_reason: str
    history: tuple[ReferralEventView, ...]  # oldest first
    follow_up_on: date | None  # the open follow-up's due date
    service_gone: bool  # the service was removed from the directory or is no longer running
    network_member_id: str | None

    @property
    def is_closed(self) -> bool:
        return self.status in CLOSED_REFERRAL_STATUSES

    @property
    def can_join_network(self) -> bool:
        return self.status in CONNECTED_STATUSES and self.network_member_id is None

    def next_statuses(self) -> list[str]:
        return next_statuses(self.status)


@dataclass(frozen=True)
class SharingCover:
    """Whether sharing a referral with the service's agency is covered: a current partner agreement, and the
    person's consent naming that partner for care coordination (None when the service has no partner)."""

    partner: Any  # PartnerView | None (services.directory)
    agreement_current: bool
    consent: Any = None  # ShareDecision | None (services.consents)

    @property
    def covered(self) -> bool:
        return self.agreement_current and self.consent is not None and self.consent.allowed


@dataclass(frozen=True)
class SlipHours:
    byday: tuple[str, ...]  # "MO".."SU"
    opens_at: str  # "09:00", or "" when not known
    closes_at: str
    description: str


@dataclass(frozen=True)
class SlipData:
    """What the printed referral slip says; `language` is the participant's preferred language."""

    service_name: str
    organization_name: str
    address_lines: tuple[str, ...]
    phone: str
    hours: tuple[SlipHours, ...]
    what_to_bring: str
    ask_for: str
    reason: str
    center_name: str
    center_phone: str
    made_on: date
    language: str
    center_address: str = ""


def next_statuses(status: str) -> list[str]:
    """The statuses a referral may move to from `status`: forward along the path, or closed."""
    if status in CLOSED_REFERRAL_STATUSES:
        return []
    index = STATUS_ORDER.index(ReferralStatus(status))
    forward = list(STATUS_ORDER[index + 1:])
    if status == ReferralStatus.APPOINTMENT:
        forward.insert(0, ReferralStatus.APPOINTMENT)  # a new date for the appointment
    return [*forward, ReferralStatus.DECLINED, ReferralStatus.NOT_CONNECTED]


def domain_for(categories: list[str] | tuple[str, ...]) -> str:
    folded = [fold(c) for c in categories]
    for words, domain in _DOMAIN_WORDS:
        for category in folded:
            tokens = set(category.replace("/", " ").replace(",", " ").split())
            if any((w in tokens) if " " not in w else (w in category) for w in words):
                return domain
    return NetworkDomain.COMMUNITY


def _service_gone(service: DirectoryService | None) -> bool:
    return service is None or service.deleted_at is not None or service.status in GONE_SERVICE_STATUSES


class ReferralService:
    def __init__(self, services: "Services") -> None:
        self._s = services

    # -- making and moving ------------------------------------------------------------------------------

    def refer(self, participant_id: str, service_id: str, reason: str, *, ask_for: str = "",
              what_to_bring: str = "", follow_up_on: date | None = None) -> ReferralView:
        """A new referral (suggested), with a follow-up in a week unless another day is given."""
        self._s.require(Action.REFER)
        reason = clean_text(reason, "reason", 2000, multiline=True, required=True)
        ask_for = clean_text(ask_for, "ask_for", 200)
        what_to_bring = clean_text(what_to_bring, "what_to_bring", 1000, multiline=True)
        today = center_today()
        follow_up_on = follow_up_on or today + timedelta(days=DEFAULT_FOLLOW_UP_DAYS)
        if follow_up_on < today:
            raise ValidationError("follow_up_in_past", field="follow_up_on")
        with self._s.store.write() as session:
            live_participant(session, participant_id)
            service = session.get(DirectoryService, service_id)
            if service is None or service.deleted_at is not None:
                raise ValidationError("service_not_found", field="service_id")
            if service.status in GONE_SERVICE_STATUSES:
                raise ValidationError("service_not_active", field="service_id")
            row = Referral(participant_id=participant_id, service_id=service_id, reason=reason,
                           made_by=self._s.actor.staff_id, made_on=today, status=ReferralStatus.SUGGESTED,
                           status_on=today, ask_for=ask_for, what_to_bring=what_to_bring)
            session.add(row)
            session.flush()
            session.add(ReferralEvent(referral_id=row.id, status=row.status, occurred_on=today,
                                      recorded_by=self._s.actor.staff_id))
            self._add_follow_up(session, row, service, follow_up_on)
            self._s.audit(session, "referral_made", "participant", participant_id,
                          {"referral": row.id, "service": service_id})
            record_change(Kind.REFERRALS, participant_id=participant_id)
            session.flush()
            return self._view(session, row)

    def move(self, referral_id: str, status: str, *, on: date | None = None, note: str = "",
             closed_reason: str = "", appointment_at: datetime | None = None,
             follow_up_on: date | None = None) -> ReferralView:
        """The referral's next step, dated `on` (default today). Never backwards; a closed one stays closed."""
        self._s.require(Action.REFER)
        if status not in ReferralStatus.__members__.values():
            raise ValidationError("status_unknown", field="status")
        note = clean_text(note, "note", 2000, multiline=True)
        closed_reason = clean_text(closed_reason, "closed_reason", 1000, multiline=True)
        closing = status in CLOSED_REFERRAL_STATUSES
        if closing and not closed_reason:
            raise ValidationError("required", field="closed_reason")
        if appointment_at is not None and appointment_at.tzinfo is None:
            raise ValidationError("date_invalid", field="appointment_at")
        today = center_today()
        if follow_up_on is not None and follow_up_on < today:
            raise ValidationError("follow_up_in_past", field="follow_up_on")
        with self._s.store.write() as session:
            row = self._referral(session, referral_id)
            if row.status in CLOSED_REFERRAL_STATUSES:
                raise ValidationError("referral_closed", field="status")
            if status not in next_statuses(row.status):
                raise ValidationError("status_backwards", field="status")
            on = check_date(on or today, "on", not_before=row.status_on) or today
            row.status = status
            row.status_on = on
            if closing:
                row.closed_reason = closed_reason
            if status == ReferralStatus.APPOINTMENT:
                row.appointment_at = appointment_at.astimezone(timezone.utc) if appointment_at else None
            session.add(row)
            session.add(ReferralEvent(referral_id=row.id, status=status, occurred_on=on, note=note,
                                      recorded_by=self._s.actor.staff_id))
            if closing or status in CONNECTED_STATUSES or follow_up_on is not None:
                for open_one in self._open_follow_ups(session, row.id):
                    open_one.done_on = today
                    session.add(open_one)
            if follow_up_on is not None and not closing:
                service = session.get(DirectoryService, row.service_id)
                self._add_follow_up(session, row, service, follow_up_on)
            self._s.audit(session, "referral_moved", "participant", row.participant_id,
                          {"referral": row.id, "status": status})
            record_change(Kind.REFERRALS, participant_id=row.participant_id)
            session.flush()
            return self._view(session, row)

    def add_to_network(self, referral_id: str) -> str:
        """Put a connected service on the person's support network in one step; returns the member's id."""
        from rosc_desktop.services.network import MemberInput, TieInput

        self._s.require(Action.REFER)
        with self._s.store.read() as session:
            row = self._referral(session, referral_id)
            if row.network_member_id is not None:
                raise ValidationError("already_in_network", field="referral")
            if row.status not in CONNECTED_STATUSES:
                raise ValidationError("referral_not_connected", field="referral")
            service = session.get(DirectoryService, row.service_id)
            if service is None:
                raise ValidationError("service_not_found", field="service_id")
            phone = _first_phone(service.phones)
            address = ", ".join(_address_lines(session, service))
            member = MemberInput(name=service.name[:200], kind=MemberKind.ORGANISATION,
                                 domain=domain_for(service.categories), phone=phone if _phone_ok(phone) else "",
                                 address=address[:500], directory_ref=service.id)
            participant_id = row.participant_id
        added = self._s.network.add_member(participant_id, member, TieInput())
        with self._s.store.write() as session:
            row = self._referral(session, referral_id)
            if row.network_member_id is not None:  # added twice at once from two windows: keep the first
                raise ValidationError("already_in_network", field="referral")
            row.network_member_id = added.id
            session.add(row)
            self._s.audit(session, "referral_added_to_network", "participant", participant_id,
                          {"referral": row.id, "member": added.id})
            record_change(Kind.REFERRALS, Kind.NETWORK, participant_id=participant_id)
        return added.id

    # -- reading ----------------------------------------------------------------------------------------

    def for_person(self, participant_id: str) -> list[ReferralView]:
        """The person's referrals: open ones first, newest first within each."""
        self._s.require(Action.VIEW_PARTICIPANT)
        with self._s.store.read() as session:
            live_participant(session, participant_id)
            rows = session.exec(select(Referral).where(Referral.participant_id == participant_id,
                                                       col(Referral.deleted_at).is_(None))).all()
            views = [self._view(session, r) for r in rows]
        views.sort(key=lambda v: (v.made_on, v.id), reverse=True)
        views.sort(key=lambda v: v.is_closed)
        return views

    def get(self, referral_id: str) -> ReferralView:
        self._s.require(Action.VIEW_PARTICIPANT)
        with self._s.store.read() as session:
            return self._view(session, self._referral(session, referral_id))

    def sharing_cover(self, referral_id: str, on: date | None = None) -> SharingCover:
        """The partner agreement covering the service's agency, and whether the person's consent covers it."""
        view = self.get(referral_id)
        directory = getattr(self._s, "directory", None)
        partner = None
        if directory is not None and not view.service_gone:
            try:
                partner = directory.partner_for_service(view.service_id)
            except RoscError as error:  # removed from the directory meanwhile: nothing to cover
                if error.code != "service_not_found":
                    raise
        current = bool(partner is not None and partner.agreement_current(on or center_today()))
        decision = None
        if partner is not None:
            # What a referral hands over: how to reach the person and why they were referred.
            decision = self._s.consents.may_share(
                view.participant_id, RecipientRef(RecipientKind.PARTNER, partner_id=partner.id),
                ConsentPurpose.CARE_COORDINATION, {InformationKind.CONTACT, InformationKind.REFERRALS}, on)
        return SharingCover(partner=partner, agreement_current=current, consent=decision)

    def slip_data(self, referral_id: str) -> SlipData:
        """Everything the printed slip says, in plain values; the language is the participant's own."""
        self._s.require(Action.VIEW_PARTICIPANT)
        with self._s.store.read() as session:
            row = self._referral(session, referral_id)
            person = live_participant(session, row.participant_id)
            service = session.get(DirectoryService, row.service_id)
            org = session.get(DirectoryOrganization, service.organization_id) if service is not None else None
            site = session.exec(select(Site).where(col(Site.is_local).is_(True))).first()
            hours = tuple(_slip_hours(service.schedules)) if service is not None else ()
            if service is not None and not hours:
                for location in _locations(session, service):
                    hours = tuple(_slip_hours(location.schedules))
                    if hours:
                        break
            return SlipData(
                service_name=service.name if service is not None else "",
                organization_name=org.name if org is not None else "",
                address_lines=tuple(_address_lines(session, service)) if service is not None else (),
                phone=_first_phone(service.phones) or (_first_phone(org.phones) if org is not None else "")
                if service is not None else "",
                hours=hours,
                what_to_bring=row.what_to_bring or (service.application_process if service is not None else ""),
                ask_for=row.ask_for,
                reason=row.reason,
                center_name=site.name if site is not None else "",
                center_phone=site.phone if site is not None else "",
                center_address=site.address if site is not None else "",
                made_on=row.made_on,
                language=self._s.document_language(person.preferred_language),
            )

    # -- internals --------------------------------------------------------------------------------------

    def _referral(self, session: Session, referral_id: str) -> Referral:
        row = session.get(Referral, referral_id)
        if row is None or row.deleted_at is not None:
            raise RoscError("referral_not_found")
        live_participant(session, row.participant_id)
        return row

    def _add_follow_up(self, session: Session, row: Referral, service: DirectoryService | None,
                       due_on: date) -> None:
        # The reason is the service's name, not anything the person said: Today lists it beside the name.
        session.add(FollowUp(participant_id=row.participant_id, due_on=due_on,
                             reason=(service.name if service is not None else "")[:500],
                             source=FOLLOW_UP_SOURCE, source_id=row.id))

    def _open_follow_ups(self, session: Session, referral_id: str) -> list[FollowUp]:
        return list(session.exec(select(FollowUp).where(FollowUp.source == FOLLOW_UP_SOURCE,
                                                        FollowUp.source_id == referral_id,
                                                        col(FollowUp.done_on).is_(None),
                                                        col(FollowUp.deleted_at).is_(None))).all())

    def _view(self, session: Session, row: Referral) -> ReferralView:
        service = session.get(DirectoryService, row.service_id)
        org = session.get(DirectoryOrganization, service.organization_id) if service is not None else None
        events = session.exec(select(ReferralEvent).where(ReferralEvent.referral_id == row.id,
                                                          col(ReferralEvent.deleted_at).is_(None))
                              .order_by(col(ReferralEvent.occurred_on), col(ReferralEvent.id))).all()
        due = [f.due_on for f in self._open_follow_ups(session, row.id)]
        return ReferralView(
            id=row.id, version=row.version, participant_id=row.participant_id, service_id=row.service_id,
            service_name=service.name if service is not None else "",
            organization_name=org.name if org is not None else "",
            reason=row.reason, ask_for=row.ask_for, what_to_bring=row.what_to_bring, made_on=row.made_on,
            status=row.status, status_on=row.status_on, appointment_at=row.appointment_at,
            closed_reason=row.closed_reason,
            history=tuple(ReferralEventView(e.status, e.occurred_on, e.note) for e in events),
            follow_up_on=min(due) if due else None, service_gone=_service_gone(service),
            network_member_id=row.network_member_id)


def _first_phone(phones: list[dict]) -> str:
    for phone in phones or []:
        number = str(phone.get("number", "") or "").strip()
        if number:
            return number
    return ""


def _phone_ok(phone: str) -> bool:
    from rosc_desktop.services.validation import check_phone

    try:
        check_phone(phone)
    except ValidationError:
        return False
    return True


def _locations(session: Session, service: DirectoryService) -> list[DirectoryLocation]:
    rows = session.exec(select(DirectoryLocation)
                        .join(DirectoryServiceLocation,
                              col(DirectoryServiceLocation.location_id) == DirectoryLocation.id)
                        .where(DirectoryServiceLocation.service_id == service.id,
                               col(DirectoryServiceLocation.deleted_at).is_(None),
                               col(DirectoryLocation.deleted_at).is_(None))).all()
    return list(rows)


def _address_lines(session: Session, service: DirectoryService) -> list[str]:
    for location in _locations(session, service):
        lines = [location.address_1, location.address_2,
                 " ".join(p for p in (location.city + ("," if location.city and location.state_province else ""),
                                      location.state_province, location.postal_code) if p)]
        lines = [line.strip() for line in lines if line and line.strip()]
        if not lines and location.url:
            lines = [location.url]
        if lines:
            return lines
    return []


def _slip_hours(schedules: list[dict]) -> list[SlipHours]:
    hours = []
    for item in schedules or []:
        byday = tuple(part.strip()[-2:].upper() for part in str(item.get("byday", "") or "").split(",")
                      if part.strip())
        hours.append(SlipHours(byday=byday, opens_at=_hhmm(item.get("opens_at")),
                               closes_at=_hhmm(item.get("closes_at")),
                               description=str(item.get("description", "") or "")))
    return hours


def _hhmm(value: object) -> str:
    text = str(value or "").strip()
    return text[:5] if len(text) >= 5 and text[2] == ":" else ""
