"""Consents to share a participant's records outside the center (42 CFR Part 2 §2.31, as amended in 2024).

A consent names the recipient (a partner agency, the hub, or a named person), the purpose, the kinds of
information, when it takes effect and when it ends (a date, an event such as "end of treatment", or both),
and how it was signed. `may_share` answers the one question the sync work asks: may these kinds of
information go to this recipient for this purpose on this day? The answer names the consent relied on, or a
reason code saying why not. Audit events carry ids only, never names.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlmodel import col, select

from rosc_desktop.clock import center_today, sharing_days
from rosc_desktop.errors import RoscError, ValidationError
from rosc_desktop.i18n import QT_TRANSLATE_NOOP
from rosc_desktop.model import Consent, Partner, Participant, Site
from rosc_desktop.model.consent import ConsentPurpose, InformationKind, RecipientKind, SignedHow
from rosc_desktop.services.directory_text import fold
from rosc_desktop.services.permissions import Action
from rosc_desktop.services.records import live_participant
from rosc_desktop.services.validation import clean_text
from rosc_desktop.services.changes import Kind, record_change

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

EXPIRING_SOON_DAYS = 30
ANY_PURPOSE = "any"

# The notice that goes with every disclosure made under a consent: printed with the form, and carried with a
# record transferred to another center. In the ConsentForm context, where the printed form translates it.
PART2_NOTICE = QT_TRANSLATE_NOOP(
    "ConsentForm", "This record which has been disclosed to you is protected by Federal confidentiality "
    "rules (42 CFR part 2). These rules prohibit you from using or disclosing this record, or testimony "
    "that describes the information contained in this record, in any civil, criminal, administrative, or "
    "legislative proceedings by any Federal, State, or local authority, against the patient, unless "
    "authorized by the consent of the patient, except as provided at 42 CFR 2.12(c)(5) or as authorized by "
    "a court in accordance with 42 CFR 2.64 or 2.65. In addition, the Federal rules prohibit you from "
    "making any other use or disclosure of this record unless at least one of the following applies: "
    "(i) Further use or disclosure is expressly permitted by the written consent of the individual whose "
    "information is being disclosed in this record or as otherwise permitted by 42 CFR part 2. (ii) You "
    "are a covered entity or business associate and have received the record for treatment, payment, or "
    "health care operations, or (iii) You have received the record from a covered entity or business "
    "associate as permitted by 45 CFR part 164, subparts A and E. A general authorization for the release "
    "of medical or other information is NOT sufficient to meet the required elements of written consent "
    "to further use or redisclose the record (see 42 CFR 2.31).")


class ConsentStatus:
    ACTIVE = "active"
    EXPIRING_SOON = "expiring_soon"
    EXPIRED = "expired"
    REVOKED = "revoked"
    NOT_YET_EFFECTIVE = "not_yet_effective"


# Why a disclosure is refused; "ok" when allowed.
REASON_OK = "ok"
REASON_NO_CONSENT = "no_consent"
REASON_EXPIRED = "expired"
REASON_REVOKED = "revoked"
REASON_RECIPIENT_MISMATCH = "recipient_mismatch"
REASON_PURPOSE_MISMATCH = "purpose_mismatch"
REASON_KINDS_NOT_COVERED = "kinds_not_covered"
REASON_NOT_YET_EFFECTIVE = "not_yet_effective"


@dataclass(frozen=True)
class RecipientRef:
    kind: str  # RecipientKind
    partner_id: str | None = None
    name: str = ""


@dataclass(frozen=True)
class ShareDecision:
    allowed: bool
    consent_id: str | None
    reason_code: str


@dataclass
class ConsentInput:
    recipient_kind: str
    purpose_code: str
    information_kinds: list[str]
    effective_on: date | None
    signed_on: date | None
    recipient_partner_id: str | None = None
    recipient_name: str = ""
    recipient_description: str = ""
    disclosing_party: str = ""  # empty: the center's name
    purpose: str = ""
    information_description: str = ""
    is_tpo: bool = False
    expires_on: date | None = None
    expiry_event: str = ""
    signed_how: str = SignedHow.PAPER
    witness: str = ""
    signed_by_name: str = ""
    notice_given: bool = False


@dataclass(frozen=True)
class ConsentView:
    id: str
    version: int
    participant_id: str
    recipient_kind: str
    recipient_partner_id: str | None
    recipient_name: str  # for a partner: the partner's name as it is now
    recipient_description: str
    disclosing_party: str
    purpose: str
    purpose_code: str
    information_kinds: tuple[str, ...]
    information_description: str
    is_tpo: bool
    effective_on: date
    expires_on: date | None
    expiry_event: str
    signed_how: str
    signed_on: date
    witness: str
    signed_by_name: str
    revoked_on: date | None
    revocation_note: str
    notice_given: bool


@dataclass(frozen=True)
class ConsentFormContent:
    """What the printed consent form says, pre-filled; `language` is the participant's preferred language."""

    patient_name: str
    disclosing_party: str
    recipient: str
    recipient_description: str
    information: tuple[str, ...]  # kind codes
    information_description: str
    purpose_code: str
    purpose: str
    is_tpo: bool
    effective_on: date | None
    expires_on: date | None
    expiry_event: str
    center_name: str
    language: str
    signed_by_name: str = ""
    witness: str = ""
    recipient_kind: str = ""  # "" on a blank form
    center_address: str = ""  # §2.31 asks for the program's name and address


def status(consent: ConsentView | Consent, on: date | None = None) -> str:
    """active, expiring_soon (ends within 30 days), expired, revoked or not_yet_effective on `on`."""
    on = on or center_today()
    if consent.revoked_on is not None and consent.revoked_on <= on:
        return ConsentStatus.REVOKED
    if on < consent.effective_on:
        return ConsentStatus.NOT_YET_EFFECTIVE
    if consent.expires_on is not None:
        if consent.expires_on < on:
            return ConsentStatus.EXPIRED
        if consent.expires_on - on <= timedelta(days=EXPIRING_SOON_DAYS):
            return ConsentStatus.EXPIRING_SOON
    return ConsentStatus.ACTIVE


def _view(row: Consent, partner_name: str | None) -> ConsentView:
    return ConsentView(
        id=row.id, version=row.version, participant_id=row.participant_id, recipient_kind=row.recipient_kind,
        recipient_partner_id=row.recipient_partner_id,
        recipient_name=partner_name if partner_name is not None else row.recipient_name,
        recipient_description=row.recipient_description, disclosing_party=row.disclosing_party,
        purpose=row.purpose, purpose_code=row.purpose_code, information_kinds=tuple(row.information_kinds),
        information_description=row.information_description, is_tpo=row.is_tpo,
        effective_on=row.effective_on, expires_on=row.expires_on, expiry_event=row.expiry_event,
        signed_how=row.signed_how, signed_on=row.signed_on, witness=row.witness,
        signed_by_name=row.signed_by_name, revoked_on=row.revoked_on, revocation_note=row.revocation_note,
        notice_given=row.notice_given)


def _days(on: date | Sequence[date] | None) -> tuple[date, ...]:
    if on is None:
        return sharing_days()
    if isinstance(on, date):
        return (on,)
    days = tuple(on)
    if not days:
        raise ValueError("no day to judge the consent on")
    return days


def _recipient_matches(consent: ConsentView, recipient: RecipientRef) -> bool:
    if consent.recipient_kind != recipient.kind:
        return False
    if recipient.kind == RecipientKind.PARTNER:
        return recipient.partner_id is not None and consent.recipient_partner_id == recipient.partner_id
    if recipient.kind == RecipientKind.HUB:
        return True
    return bool(fold(recipient.name)) and fold(consent.recipient_name) == fold(recipient.name)


class ConsentService:
    def __init__(self, services: "Services") -> None:
        self._s = services

    # -- reading ----------------------------------------------------------------------------------------

    def for_person(self, participant_id: str) -> list[ConsentView]:
        """The person's consents, newest signature first."""
        self._s.require(Action.VIEW_PARTICIPANT)
        with self._s.store.read() as session:
            live_participant(session, participant_id)
            rows = session.exec(select(Consent).where(Consent.participant_id == participant_id,
                                                      col(Consent.deleted_at).is_(None))).all()
            views = [_view(r, self._partner_name(session, r.recipient_partner_id)) for r in rows]
        views.sort(key=lambda v: (v.signed_on, v.effective_on, v.id), reverse=True)
        return views

    def get(self, consent_id: str) -> ConsentView:
        self._s.require(Action.VIEW_PARTICIPANT)
        with self._s.store.read() as session:
            row = self._consent(session, consent_id)
            return _view(row, self._partner_name(session, row.recipient_partner_id))

    def status(self, consent: ConsentView, on: date | None = None) -> str:
        return status(consent, on)

    def may_share(self, participant_id: str, recipient: RecipientRef, purpose_code: str, kinds: set[str],
                  on: date | Sequence[date] | None = None) -> ShareDecision:
        """Whether `kinds` may go to `recipient` for `purpose_code` on `on`: a day, or days that must all be
        covered (default `clock.sharing_days()`, the center's today and, near midnight, tomorrow).

        Allowed when one consent is in effect on those days, names this recipient, this purpose (or "any") and
        covers every kind (or "all"). When refused, the reason is the closest consent's: a consent for this
        recipient that has expired says "expired" rather than "no consent"."""
        on = _days(on)
        consents = self.for_person(participant_id)
        if not consents:
            return ShareDecision(False, None, REASON_NO_CONSENT)
        # The first failing check of each consent; the most specific reason over all of them is reported.
        order = [REASON_RECIPIENT_MISMATCH, REASON_PURPOSE_MISMATCH, REASON_KINDS_NOT_COVERED,
                 REASON_NOT_YET_EFFECTIVE, REASON_EXPIRED, REASON_REVOKED]
        best: tuple[int, str | None, str] = (-1, None, REASON_NO_CONSENT)
        for consent in consents:
            reason = self._refusal(consent, recipient, purpose_code, kinds, on)
            if reason is None:
                return ShareDecision(True, consent.id, REASON_OK)
            rank = order.index(reason)
            if rank > best[0]:
                best = (rank, consent.id if reason != REASON_RECIPIENT_MISMATCH else None, reason)
        return ShareDecision(False, best[1], best[2])

    def refusal_of(self, consent_id: str, recipient: RecipientRef, purpose_code: str, kinds: set[str],
                   on: date | Sequence[date] | None = None) -> str | None:
        """Whether this one consent (not any of the person's) still lets `kinds` go to `recipient`: None if it
        does, else the reason code. RoscError when the consent or its person is gone."""
        self._s.require(Action.VIEW_PARTICIPANT)
        with self._s.store.read() as session:
            row = self._consent(session, consent_id)
            live_participant(session, row.participant_id)
            view = _view(row, None)
        return self._refusal(view, recipient, purpose_code, kinds, _days(on))

    def shareable_kinds(self, recipient: RecipientRef, purpose_code: str, on: date | Sequence[date] | None = None
                        ) -> dict[str, frozenset[str]]:
        """For every live participant with a consent in effect on `on` (as for `may_share`) naming `recipient`
        for `purpose_code`, the kinds of information it covers ("all" expands to every kind). The same rule as
        `may_share`, for everyone at once: an export asks it for thousands of people."""
        on = _days(on)
        every_kind = frozenset(k.value for k in InformationKind if k != InformationKind.ALL)
        with self._s.store.read() as session:
            rows = session.exec(
                select(Consent).join(Participant, col(Participant.id) == col(Consent.participant_id))
                .where(col(Consent.deleted_at).is_(None), col(Participant.deleted_at).is_(None),
                       Consent.recipient_kind == recipient.kind,
                       # Only consents this site recorded, for its own participants: a copy that arrived from
                       # elsewhere (a hub's bundle, a transfer) never authorises this site to disclose.
                       Consent.owner_site == self._s.store.site_code,
                       Participant.owner_site == self._s.store.site_code)).all()
            views = [_view(r, None) for r in rows]
        kinds: dict[str, set[str]] = {}
        for consent in views:
            if self._refusal(consent, recipient, purpose_code, set(), on) is not None:
                continue
            covered = every_kind if InformationKind.ALL in consent.information_kinds else set(consent.information_kinds)
            kinds.setdefault(consent.participant_id, set()).update(covered)
        return {pid: frozenset(k) for pid, k in kinds.items()}

    @staticmethod
    def _refusal(consent: ConsentView, recipient: RecipientRef, purpose_code: str, kinds: set[str],
                 on: tuple[date, ...]) -> str | None:
        if not _recipient_matches(consent, recipient):
            return REASON_RECIPIENT_MISMATCH
        if consent.purpose_code not in (purpose_code, ANY_PURPOSE):
            return REASON_PURPOSE_MISMATCH
        if InformationKind.ALL not in consent.information_kinds and not set(kinds) <= set(consent.information_kinds):
            return REASON_KINDS_NOT_COVERED
        for day in on:  # in effect on every one of the days, or not at all
            state = status(consent, day)
            if state == ConsentStatus.REVOKED:
                return REASON_REVOKED
            if state == ConsentStatus.NOT_YET_EFFECTIVE:
                return REASON_NOT_YET_EFFECTIVE
            if state == ConsentStatus.EXPIRED:
                return REASON_EXPIRED
        return None

    def form_content(self, participant_id: str, consent: ConsentView | ConsentInput | None = None
                     ) -> ConsentFormContent:
        """The printed form's content, pre-filled from `consent` (a recorded one or a draft), in the person's
        language. With no consent, a blank form with the person's and center's names."""
        self._s.require(Action.VIEW_PARTICIPANT)
        with self._s.store.read() as session:
            person = live_participant(session, participant_id)
            center = self._center_name(session)
            site = session.exec(select(Site).where(col(Site.is_local).is_(True))).first()
            address = site.address if site is not None else ""
            recipient = ""
            if consent is not None:
                partner = self._partner_name(session, consent.recipient_partner_id)
                recipient = partner if partner is not None else consent.recipient_name
            patient = _patient_name(person)
            language = self._s.document_language(person.preferred_language)
        self._audit_print(participant_id, getattr(consent, "id", None))
        if consent is None:
            return ConsentFormContent(
                patient_name=patient, disclosing_party=center, recipient="", recipient_description="",
                information=(), information_description="", purpose_code="", purpose="", is_tpo=False,
                effective_on=None, expires_on=None, expiry_event="", center_name=center, language=language,
                center_address=address)
        return ConsentFormContent(
            patient_name=patient, disclosing_party=consent.disclosing_party or center,
            recipient=recipient, recipient_description=consent.recipient_description,
            information=tuple(consent.information_kinds),
            information_description=consent.information_description,
            purpose_code=consent.purpose_code, purpose=consent.purpose, is_tpo=consent.is_tpo,
            effective_on=consent.effective_on, expires_on=consent.expires_on,
            expiry_event=consent.expiry_event, center_name=center, language=language,
            recipient_kind=consent.recipient_kind, center_address=address,
            signed_by_name=consent.signed_by_name, witness=consent.witness)

    # -- changing ---------------------------------------------------------------------------------------

    def add(self, participant_id: str, data: ConsentInput) -> ConsentView:
        self._s.require(Action.MANAGE_CONSENTS)
        data = self._clean(data)
        assert data.effective_on is not None and data.signed_on is not None  # _clean requires both dates
        with self._s.store.write() as session:
            live_participant(session, participant_id)
            if data.recipient_kind == RecipientKind.PARTNER:
                partner = session.get(Partner, data.recipient_partner_id)
                if partner is None or partner.deleted_at is not None:
                    raise ValidationError("partner_not_found", field="recipient_partner_id")
            disclosing = data.disclosing_party or self._center_name(session)
            if not disclosing:
                raise ValidationError("required", field="disclosing_party")
            row = Consent(
                participant_id=participant_id, recipient_kind=data.recipient_kind,
                recipient_partner_id=data.recipient_partner_id if data.recipient_kind == RecipientKind.PARTNER
                else None,
                recipient_name=data.recipient_name, recipient_description=data.recipient_description,
                disclosing_party=disclosing, purpose=data.purpose, purpose_code=data.purpose_code,
                information_kinds=list(data.information_kinds),
                information_description=data.information_description, is_tpo=data.is_tpo,
                effective_on=data.effective_on, expires_on=data.expires_on, expiry_event=data.expiry_event,
                signed_how=data.signed_how, signed_on=data.signed_on, witness=data.witness,
                signed_by_name=data.signed_by_name, notice_given=data.notice_given,
                recorded_by=self._s.actor.staff_id)
            session.add(row)
            session.flush()
            self._s.audit(session, "consent_added", "participant", participant_id, {"consent": row.id})
            record_change(Kind.CONSENTS, participant_id=participant_id)
            session.flush()
            return _view(row, self._partner_name(session, row.recipient_partner_id))

    def revoke(self, consent_id: str, on: date | None = None, note: str = "") -> ConsentView:
        """Record a written revocation dated `on` (default today). From that day nothing may be shared."""
        self._s.require(Action.MANAGE_CONSENTS)
        on = on or center_today()
        note = clean_text(note, "revocation_note", 2000, multiline=True)
        with self._s.store.write() as session:
            row = self._consent(session, consent_id)
            if row.revoked_on is not None:
                raise ValidationError("consent_already_revoked", field="revoked_on")
            if on < row.signed_on:
                raise ValidationError("revoked_before_signed", field="revoked_on")
            if on > center_today():
                raise ValidationError("date_in_future", field="revoked_on")
            row.revoked_on = on
            row.revocation_note = note
            session.add(row)
            session.flush()
            self._s.audit(session, "consent_revoked", "participant", row.participant_id, {"consent": row.id})
            record_change(Kind.CONSENTS, participant_id=row.participant_id)
            session.flush()
            return _view(row, self._partner_name(session, row.recipient_partner_id))

    # -- internals --------------------------------------------------------------------------------------

    @staticmethod
    def _clean(data: ConsentInput) -> ConsentInput:
        cleaned, found = _checked(data)
        if found:
            raise found[0]
        return cleaned

    def _consent(self, session, consent_id: str) -> Consent:
        row = session.get(Consent, consent_id)
        if row is None or row.deleted_at is not None:
            raise RoscError("consent_not_found")
        live_participant(session, row.participant_id)
        return row

    @staticmethod
    def _partner_name(session, partner_id: str | None) -> str | None:
        if partner_id is None:
            return None
        partner = session.get(Partner, partner_id)
        return partner.name if partner is not None else ""

    @staticmethod
    def _center_name(session) -> str:
        site = session.exec(select(Site).where(col(Site.is_local).is_(True))).first()
        return site.name if site is not None else ""

    def _audit_print(self, participant_id: str, consent_id: str | None) -> None:
        with self._s.store.write() as session:
            self._s.audit(session, "consent_form_printed", "participant", participant_id,
                          {"consent": consent_id} if consent_id else None)


def _patient_name(person: Participant) -> str:
    return person.legal_name or person.preferred_name


def problems(data: ConsentInput) -> list[ValidationError]:
    """Every element of `data` that is missing or wrong, one error per field in the form's order, so a form can
    show them all at once instead of one per attempt. Empty when `ConsentService.add` would accept it (bar a
    partner removed meanwhile)."""
    return _checked(data)[1]


def _checked(data: ConsentInput) -> tuple[ConsentInput, list[ValidationError]]:
    found: list[ValidationError] = []

    def text(value: str | None, field: str, limit: int, *, multiline: bool = False, required: bool = False) -> str:
        try:
            return clean_text(value, field, limit, multiline=multiline, required=required)
        except ValidationError as error:
            found.append(error)
            return ""

    if data.recipient_kind not in RecipientKind.__members__.values():
        found.append(ValidationError("required", field="recipient_kind"))
    if data.recipient_kind == RecipientKind.PARTNER and not data.recipient_partner_id:
        found.append(ValidationError("required", field="recipient_partner_id"))
    name = text(data.recipient_name, "recipient_name", 300, required=data.recipient_kind == RecipientKind.PERSON)
    description = text(data.recipient_description, "recipient_description", 1000, multiline=True)
    disclosing = text(data.disclosing_party, "disclosing_party", 300)
    if data.purpose_code not in (*ConsentPurpose.__members__.values(), ANY_PURPOSE):
        found.append(ValidationError("required", field="purpose_code"))
    purpose = text(data.purpose, "purpose", 2000, multiline=True, required=data.purpose_code == ConsentPurpose.OTHER)
    kinds = list(dict.fromkeys(data.information_kinds))
    if not kinds:
        found.append(ValidationError("required", field="information_kinds"))
    elif any(k not in InformationKind.__members__.values() for k in kinds):
        found.append(ValidationError("information_kind_unknown", field="information_kinds"))
    information = text(data.information_description, "information_description", 2000, multiline=True)
    if data.effective_on is None:
        found.append(ValidationError("required", field="effective_on"))
    before = len(found)
    event = text(data.expiry_event, "expiry_event", 300)
    if len(found) == before:  # an event too long to keep is its own problem, not a missing end
        if data.expires_on is None and not event:
            found.append(ValidationError("required", field="expires_on"))
        elif data.expires_on is not None and data.effective_on is not None and data.expires_on < data.effective_on:
            found.append(ValidationError("expiry_before_effective", field="expires_on"))
    if data.signed_how not in SignedHow.__members__.values():
        found.append(ValidationError("required", field="signed_how"))
    if data.signed_on is None:
        found.append(ValidationError("required", field="signed_on"))
    elif data.signed_on > center_today():
        found.append(ValidationError("date_in_future", field="signed_on"))
    signer = text(data.signed_by_name, "signed_by_name", 200, required=data.signed_how == SignedHow.AUTHORISED_PERSON)
    witness = text(data.witness, "witness", 200)
    cleaned = ConsentInput(
        recipient_kind=data.recipient_kind, purpose_code=data.purpose_code, information_kinds=kinds,
        effective_on=data.effective_on, signed_on=data.signed_on, recipient_partner_id=data.recipient_partner_id,
        recipient_name=name, recipient_description=description, disclosing_party=disclosing, purpose=purpose,
        information_description=information, is_tpo=bool(data.is_tpo), expires_on=data.expires_on,
        expiry_event=event, signed_how=data.signed_how, witness=witness, signed_by_name=signer,
        notice_given=bool(data.notice_given))
    return cleaned, found
