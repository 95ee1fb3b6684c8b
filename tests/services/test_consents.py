"""Consents: the share rules at their edges (expires today, revoked yesterday, not yet in effect), recipient,
purpose and kinds checks, the required §2.31 elements, status at a glance, and the audit trail (ids only)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlmodel import select

from rosc_desktop.errors import ValidationError
from rosc_desktop.model import AuditEvent
from rosc_desktop.services.consents import ConsentInput, RecipientRef, status
from rosc_desktop.services.directory import PartnerInput
from rosc_desktop.services.participants import ParticipantInput

TODAY = date.today()
YESTERDAY = TODAY - timedelta(days=1)
TOMORROW = TODAY + timedelta(days=1)


@pytest.fixture
def person(services):  # type: ignore[no-untyped-def]
    return services.participants.register(ParticipantInput("Dee Walker"))


@pytest.fixture
def partner_id(services) -> str:  # type: ignore[no-untyped-def]
    return services.directory.save_partner(PartnerInput("Harbor Housing Coalition")).id


def consent_input(partner_id: str | None, **changes) -> ConsentInput:  # type: ignore[no-untyped-def]
    values = dict(recipient_kind="partner", recipient_partner_id=partner_id, purpose_code="care_coordination",
                  purpose="To coordinate housing support", information_kinds=["contact", "goals"],
                  effective_on=TODAY - timedelta(days=10), expires_on=TODAY + timedelta(days=90),
                  signed_on=TODAY - timedelta(days=10))
    values.update(changes)
    return ConsentInput(**values)  # type: ignore[arg-type]


def partner(pid: str) -> RecipientRef:
    return RecipientRef("partner", partner_id=pid)


def test_a_consent_in_effect_allows_its_recipient_purpose_and_kinds(services, person, partner_id) -> None:
    consent = services.consents.add(person.id, consent_input(partner_id))
    decision = services.consents.may_share(person.id, partner(partner_id), "care_coordination", {"contact"})
    assert decision.allowed and decision.consent_id == consent.id and decision.reason_code == "ok"


def test_no_consent_at_all(services, person, partner_id) -> None:
    decision = services.consents.may_share(person.id, partner(partner_id), "care_coordination", {"contact"})
    assert (decision.allowed, decision.consent_id, decision.reason_code) == (False, None, "no_consent")


def test_expires_today_is_allowed_today_and_refused_tomorrow(services, person, partner_id) -> None:
    # The expiry date is the last day the consent holds.
    services.consents.add(person.id, consent_input(partner_id, expires_on=TODAY))
    ask = (person.id, partner(partner_id), "care_coordination", {"contact"})
    assert services.consents.may_share(*ask, on=TODAY).allowed
    tomorrow = services.consents.may_share(*ask, on=TOMORROW)
    assert not tomorrow.allowed and tomorrow.reason_code == "expired"


def test_revoked_yesterday_is_refused_today_but_held_the_day_before(services, person, partner_id) -> None:
    consent = services.consents.add(person.id, consent_input(partner_id))
    services.consents.revoke(consent.id, YESTERDAY, "asked in writing")
    ask = (person.id, partner(partner_id), "care_coordination", {"contact"})
    today = services.consents.may_share(*ask, on=TODAY)
    assert not today.allowed and today.reason_code == "revoked"
    assert not services.consents.may_share(*ask, on=YESTERDAY).allowed  # revoked on that day already
    assert services.consents.may_share(*ask, on=YESTERDAY - timedelta(days=1)).allowed  # reliance before


def test_not_yet_effective(services, person, partner_id) -> None:
    services.consents.add(person.id, consent_input(partner_id, effective_on=TOMORROW,
                                                   expires_on=TODAY + timedelta(days=30)))
    ask = (person.id, partner(partner_id), "care_coordination", {"contact"})
    decision = services.consents.may_share(*ask, on=TODAY)
    assert not decision.allowed and decision.reason_code == "not_yet_effective"
    assert services.consents.may_share(*ask, on=TOMORROW).allowed


def test_recipient_mismatch(services, person, partner_id) -> None:
    other = services.directory.save_partner(PartnerInput("Northside Clinic")).id
    services.consents.add(person.id, consent_input(partner_id))
    decision = services.consents.may_share(person.id, partner(other), "care_coordination", {"contact"})
    assert not decision.allowed and decision.reason_code == "recipient_mismatch"
    hub = services.consents.may_share(person.id, RecipientRef("hub"), "care_coordination", {"contact"})
    assert hub.reason_code == "recipient_mismatch"


def test_a_named_person_matches_by_folded_name(services, person) -> None:
    services.consents.add(person.id, consent_input(None, recipient_kind="person", recipient_name="José Núñez"))
    ask = ("care_coordination", {"contact"})
    assert services.consents.may_share(person.id, RecipientRef("person", name="jose  nunez"), *ask).allowed
    other = services.consents.may_share(person.id, RecipientRef("person", name="Josefa Nunez"), *ask)
    assert other.reason_code == "recipient_mismatch"


def test_hub_consent_matches_the_hub(services, person) -> None:
    services.consents.add(person.id, consent_input(None, recipient_kind="hub", recipient_name="Regional hub",
                                                   purpose_code="operations"))
    assert services.consents.may_share(person.id, RecipientRef("hub"), "operations", {"goals"}).allowed


def test_purpose_mismatch(services, person, partner_id) -> None:
    services.consents.add(person.id, consent_input(partner_id))
    decision = services.consents.may_share(person.id, partner(partner_id), "payment", {"contact"})
    assert not decision.allowed and decision.reason_code == "purpose_mismatch"


def test_kinds_not_covered_and_all_kinds(services, person, partner_id) -> None:
    services.consents.add(person.id, consent_input(partner_id))
    ask = (person.id, partner(partner_id), "care_coordination")
    decision = services.consents.may_share(*ask, {"contact", "substance_use_records"})
    assert not decision.allowed and decision.reason_code == "kinds_not_covered"
    services.consents.add(person.id, consent_input(partner_id, information_kinds=["all"]))
    assert services.consents.may_share(*ask, {"contact", "substance_use_records"}).allowed


def test_the_reason_comes_from_the_consent_closest_to_matching(services, person, partner_id) -> None:
    # An expired consent for this very recipient explains more than "no consent" from an unrelated one.
    other = services.directory.save_partner(PartnerInput("Northside Clinic")).id
    services.consents.add(person.id, consent_input(other))
    services.consents.add(person.id, consent_input(partner_id, effective_on=TODAY - timedelta(days=60),
                                                   expires_on=YESTERDAY))
    decision = services.consents.may_share(person.id, partner(partner_id), "care_coordination", {"contact"})
    assert decision.reason_code == "expired" and decision.consent_id is not None


def test_status_at_a_glance(services, person, partner_id) -> None:
    consent = services.consents.add(person.id, consent_input(partner_id, expires_on=TODAY + timedelta(days=30)))
    assert status(consent, TODAY) == "expiring_soon"
    assert status(consent, TODAY - timedelta(days=5)) == "active"  # 35 days before its end
    assert status(consent, TODAY + timedelta(days=31)) == "expired"
    assert status(consent, TODAY - timedelta(days=11)) == "not_yet_effective"
    event_only = services.consents.add(person.id, consent_input(partner_id, expires_on=None,
                                                                expiry_event="end of treatment"))
    assert status(event_only, TODAY + timedelta(days=3650)) == "active"
    revoked = services.consents.revoke(consent.id, TODAY, "")
    assert services.consents.status(revoked, TODAY) == "revoked"


@pytest.mark.parametrize(("changes", "field"), [
    ({"recipient_kind": "partner", "recipient_partner_id": None}, "recipient_partner_id"),
    ({"recipient_kind": "person", "recipient_name": "  "}, "recipient_name"),
    ({"recipient_kind": "someone"}, "recipient_kind"),
    ({"purpose_code": ""}, "purpose_code"),
    ({"purpose_code": "other", "purpose": ""}, "purpose"),
    ({"information_kinds": []}, "information_kinds"),
    ({"information_kinds": ["diary"]}, "information_kinds"),
    ({"effective_on": None}, "effective_on"),
    ({"expires_on": None, "expiry_event": ""}, "expires_on"),
    ({"signed_on": None}, "signed_on"),
    ({"signed_how": "authorised_person", "signed_by_name": ""}, "signed_by_name"),
])
def test_required_elements(services, person, partner_id, changes, field) -> None:
    with pytest.raises(ValidationError) as caught:
        services.consents.add(person.id, consent_input(partner_id, **changes))
    assert caught.value.field == field
    assert services.consents.for_person(person.id) == []


def test_expiry_before_effective_is_refused(services, person, partner_id) -> None:
    with pytest.raises(ValidationError) as caught:
        services.consents.add(person.id, consent_input(partner_id, effective_on=TODAY, expires_on=YESTERDAY))
    assert caught.value.code == "expiry_before_effective" and caught.value.field == "expires_on"


def test_who_may_disclose_defaults_to_the_center(services, person, partner_id) -> None:
    consent = services.consents.add(person.id, consent_input(partner_id))
    assert consent.disclosing_party  # the local site's name, never empty
    assert consent.recipient_name == "Harbor Housing Coalition"


def test_a_second_revocation_is_refused(services, person, partner_id) -> None:
    consent = services.consents.add(person.id, consent_input(partner_id))
    services.consents.revoke(consent.id, TODAY, "")
    with pytest.raises(ValidationError):
        services.consents.revoke(consent.id, TODAY, "")


def test_changes_are_audited_with_ids_only(services, person, partner_id) -> None:
    consent = services.consents.add(person.id, consent_input(partner_id, witness="Marisol Ortega"))
    services.consents.revoke(consent.id, TODAY, "Moved away from Harbor")
    with services.store.read() as session:
        events = [e for e in session.exec(select(AuditEvent)).all() if e.action.startswith("consent")]
        text = " ".join(str(e.details) for e in events)
    assert [e.action for e in events] == ["consent_added", "consent_revoked"]
    assert all(e.entity_id == person.id for e in events) and consent.id in text
    for private in ("Marisol", "Harbor", "Dee", "housing"):
        assert private not in text


def test_every_staff_role_may_record_consents(staff_services, person, partner_id) -> None:
    peer = staff_services("peer_specialist")
    assert peer.consents.add(person.id, consent_input(partner_id)).id
