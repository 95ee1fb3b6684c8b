"""Referrals: the status path (forward only), closing with a reason, follow-ups on Today, a service that left
the directory, joining the support network once, and who may refer."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from rosc_desktop.enums import EntrySource, NetworkDomain, ReferralStatus, ServiceStatus
from rosc_desktop.errors import PermissionDenied, RoscError, ValidationError
from rosc_desktop.model import (
    AuditEvent,
    DirectoryLocation,
    DirectoryOrganization,
    DirectoryService,
    DirectoryServiceLocation,
)
from rosc_desktop.services.directory_text import search_text_for
from rosc_desktop.services.participants import ParticipantInput
from rosc_desktop.services.referrals import domain_for

TODAY = date.today()


def make_service(services, name="Harbor Housing Help", org_name="Harbor Housing Coalition",  # type: ignore[no-untyped-def]
                 categories=("housing",), status=ServiceStatus.ACTIVE, schedules=None) -> str:
    """A local directory entry written straight through the store (the directory service is built alongside)."""
    site = services.store.site_code
    with services.store.write() as session:
        org = DirectoryOrganization(name=org_name, source=EntrySource.LOCAL, owner_site=site)
        session.add(org)
        session.flush()
        service = DirectoryService(
            organization_id=org.id, name=name, status=status, categories=list(categories),
            phones=[{"id": "p1", "number": "555 201 3300"}],
            schedules=schedules if schedules is not None else [
                {"id": "s1", "freq": "WEEKLY", "byday": "MO,TU,WE,TH,FR", "opens_at": "09:00",
                 "closes_at": "17:00"}],
            application_process="Photo ID and proof of income",
            source=EntrySource.LOCAL, owner_site=site,
            search_text=search_text_for([name, org_name, *categories]))
        session.add(service)
        location = DirectoryLocation(organization_id=org.id, address_1="12 Pier Road", city="Portland",
                                     state_province="ME", postal_code="04101", owner_site=site)
        session.add(location)
        session.flush()
        session.add(DirectoryServiceLocation(service_id=service.id, location_id=location.id, owner_site=site))
        return service.id


@pytest.fixture
def person(services):  # type: ignore[no-untyped-def]
    return services.participants.register(ParticipantInput("Dee Walker"))


@pytest.fixture
def service_id(services) -> str:  # type: ignore[no-untyped-def]
    return make_service(services)


def test_a_referral_starts_suggested_with_a_follow_up_on_today_in_a_week(services, person, service_id) -> None:  # type: ignore[no-untyped-def]
    made = services.referrals.refer(person.id, service_id, "I need a place of my own", ask_for="Marisol")
    assert made.status == ReferralStatus.SUGGESTED
    assert made.service_name == "Harbor Housing Help"
    assert made.organization_name == "Harbor Housing Coalition"
    assert made.follow_up_on == TODAY + timedelta(days=7)
    assert [e.status for e in made.history] == ["suggested"]
    due = services.checkins.due_follow_ups(TODAY + timedelta(days=7))
    assert [(f.source, f.reason) for f in due] == [("referral", "Harbor Housing Help")]
    assert services.checkins.due_follow_ups(TODAY + timedelta(days=6)) == []


def test_the_reason_is_required_in_the_persons_words(services, person, service_id) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        services.referrals.refer(person.id, service_id, "   ")
    assert (caught.value.code, caught.value.field) == ("required", "reason")


def test_the_status_moves_forward_skipping_is_allowed_and_history_is_kept(services, person, service_id) -> None:  # type: ignore[no-untyped-def]
    made = services.referrals.refer(person.id, service_id, "housing")
    at = datetime(2030, 5, 2, 14, 30, tzinfo=timezone.utc)
    moved = services.referrals.move(made.id, ReferralStatus.APPOINTMENT, appointment_at=at, note="called")
    assert moved.status == "appointment" and moved.appointment_at == at
    moved = services.referrals.move(made.id, ReferralStatus.ONGOING)
    assert [e.status for e in moved.history] == ["suggested", "appointment", "ongoing"]
    assert moved.history[1].note == "called"


def test_going_backwards_is_refused(services, person, service_id) -> None:  # type: ignore[no-untyped-def]
    made = services.referrals.refer(person.id, service_id, "housing")
    services.referrals.move(made.id, ReferralStatus.CONNECTED)
    with pytest.raises(ValidationError) as caught:
        services.referrals.move(made.id, ReferralStatus.CONTACTED)
    assert (caught.value.code, caught.value.field) == ("status_backwards", "status")
    assert services.referrals.get(made.id).status == "connected"


def test_declining_needs_a_reason_and_a_closed_referral_stays_closed(services, person, service_id) -> None:  # type: ignore[no-untyped-def]
    made = services.referrals.refer(person.id, service_id, "housing")
    for status in (ReferralStatus.DECLINED, ReferralStatus.NOT_CONNECTED):
        with pytest.raises(ValidationError) as caught:
            services.referrals.move(made.id, status)
        assert (caught.value.code, caught.value.field) == ("required", "closed_reason")
    closed = services.referrals.move(made.id, ReferralStatus.DECLINED, closed_reason="Too far by bus")
    assert closed.is_closed and closed.closed_reason == "Too far by bus"
    assert closed.follow_up_on is None  # closing completes the follow-up: it leaves Today
    assert services.checkins.due_follow_ups(TODAY + timedelta(days=30)) == []
    with pytest.raises(ValidationError):
        services.referrals.move(made.id, ReferralStatus.CONNECTED)


def test_moving_can_set_the_next_follow_up_and_connecting_completes_it(services, person, service_id) -> None:  # type: ignore[no-untyped-def]
    made = services.referrals.refer(person.id, service_id, "housing")
    moved = services.referrals.move(made.id, ReferralStatus.CONTACTED, follow_up_on=TODAY + timedelta(days=3))
    assert moved.follow_up_on == TODAY + timedelta(days=3)  # the week-later one was replaced, not doubled
    assert len(services.checkins.due_follow_ups(TODAY + timedelta(days=30))) == 1
    connected = services.referrals.move(made.id, ReferralStatus.CONNECTED)
    assert connected.follow_up_on is None
    assert services.checkins.due_follow_ups(TODAY + timedelta(days=30)) == []


def test_a_defunct_service_takes_no_new_referrals_and_existing_ones_are_kept_and_flagged(services, person) -> None:  # type: ignore[no-untyped-def]
    service_id = make_service(services)
    made = services.referrals.refer(person.id, service_id, "housing")
    with services.store.write() as session:
        row = session.get(DirectoryService, service_id)
        row.status = ServiceStatus.DEFUNCT
        session.add(row)
    with pytest.raises(ValidationError) as caught:
        services.referrals.refer(person.id, service_id, "again")
    assert (caught.value.code, caught.value.field) == ("service_not_active", "service_id")
    [kept] = services.referrals.for_person(person.id)
    assert kept.id == made.id and kept.service_gone and kept.service_name == "Harbor Housing Help"
    # The handoff can still be recorded to its end.
    assert services.referrals.move(made.id, ReferralStatus.NOT_CONNECTED, closed_reason="Closed down").is_closed


def test_a_voided_service_is_flagged_too(services, person, service_id) -> None:  # type: ignore[no-untyped-def]
    made = services.referrals.refer(person.id, service_id, "housing")
    assert not services.referrals.get(made.id).service_gone
    with services.store.write() as session:
        row = session.get(DirectoryService, service_id)
        row.deleted_at = datetime.now(timezone.utc)
        session.add(row)
    assert services.referrals.get(made.id).service_gone
    with pytest.raises(ValidationError) as caught:
        services.referrals.refer(person.id, service_id, "housing")
    assert caught.value.code == "service_not_found"


def test_a_connected_referral_joins_the_network_once(services, person, service_id) -> None:  # type: ignore[no-untyped-def]
    made = services.referrals.refer(person.id, service_id, "housing")
    with pytest.raises(ValidationError) as caught:
        services.referrals.add_to_network(made.id)
    assert caught.value.code == "referral_not_connected"
    services.referrals.move(made.id, ReferralStatus.CONNECTED)
    member_id = services.referrals.add_to_network(made.id)
    member = services.network.member(member_id)
    assert (member.name, member.kind, member.domain, member.directory_ref) == (
        "Harbor Housing Help", "organisation", NetworkDomain.HOUSING, service_id)
    assert member.phone == "555 201 3300" and "12 Pier Road" in member.address
    view = services.referrals.get(made.id)
    assert view.network_member_id == member_id and not view.can_join_network
    with pytest.raises(ValidationError) as caught:
        services.referrals.add_to_network(made.id)
    assert (caught.value.code, caught.value.field) == ("already_in_network", "referral")
    assert len(services.network.current_members(person.id)) == 1


@pytest.mark.parametrize(("categories", "domain"), [
    (("Housing",), NetworkDomain.HOUSING),
    (("Employment",), NetworkDomain.WORK_EDUCATION),
    (("Mental health",), NetworkDomain.CLINICAL),
    (("MAT",), NetworkDomain.CLINICAL),
    (("Legal aid",), NetworkDomain.LEGAL_BENEFITS),
    (("Mutual-aid meeting",), NetworkDomain.MUTUAL_AID),
    (("Faith community",), NetworkDomain.FAITH),
    (("Food pantry",), NetworkDomain.COMMUNITY),
    ((), NetworkDomain.COMMUNITY),
])
def test_categories_choose_the_life_area(categories, domain) -> None:  # type: ignore[no-untyped-def]
    assert domain_for(categories) == domain


def test_audit_holds_ids_only(services, person, service_id) -> None:  # type: ignore[no-untyped-def]
    made = services.referrals.refer(person.id, service_id, "I need a place of my own", ask_for="Marisol")
    services.referrals.move(made.id, ReferralStatus.DECLINED, closed_reason="Too far by bus")
    with services.store.read() as session:
        from sqlmodel import select

        events = [e for e in session.exec(select(AuditEvent)).all() if e.action.startswith("referral")]
        text = " ".join(str(e.details) for e in events)
    assert {e.action for e in events} == {"referral_made", "referral_moved"}
    for private in ("place of my own", "Marisol", "Too far", "Dee"):
        assert private not in text


def test_slip_data_uses_the_participants_language_and_the_center(services, service_id) -> None:  # type: ignore[no-untyped-def]
    person = services.participants.register(ParticipantInput("Luz Ortega", preferred_language="es"))
    made = services.referrals.refer(person.id, service_id, "Necesito vivienda")
    slip = services.referrals.slip_data(made.id)
    assert slip.language == "es" and slip.center_name == "Harbor Light"
    assert slip.address_lines == ("12 Pier Road", "Portland, ME 04101")
    assert slip.what_to_bring == "Photo ID and proof of income"  # the service's own words when none typed
    assert slip.hours[0].byday == ("MO", "TU", "WE", "TH", "FR") and slip.hours[0].opens_at == "09:00"


def test_peer_specialists_may_refer_and_viewing_a_missing_referral_says_so(services, staff_services, person,  # type: ignore[no-untyped-def]
                                                                          service_id) -> None:
    peer = staff_services("peer_specialist")
    made = peer.referrals.refer(person.id, service_id, "housing")
    assert peer.referrals.for_person(person.id)[0].id == made.id
    with pytest.raises(RoscError) as caught:
        peer.referrals.get("no-such-id")
    assert caught.value.code == "referral_not_found"


def test_a_role_without_refer_is_refused(services, person, service_id, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.services import permissions
    from rosc_desktop.services.permissions import Action
    from rosc_desktop.model.staff import Role

    monkeypatch.setitem(permissions.ALLOWED, Role.ADMIN, frozenset(set(Action) - {Action.REFER}))
    with pytest.raises(PermissionDenied):
        services.referrals.refer(person.id, service_id, "housing")


def test_sharing_cover_needs_a_current_agreement_and_the_persons_consent(services, person, service_id) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.services.consents import ConsentInput
    from rosc_desktop.services.directory import PartnerInput

    made = services.referrals.refer(person.id, service_id, "housing")
    cover = services.referrals.sharing_cover(made.id)
    assert (cover.partner, cover.agreement_current, cover.consent, cover.covered) == (None, False, None, False)
    with services.store.read() as session:
        org_id = session.get(DirectoryService, service_id).organization_id
    partner = services.directory.save_partner(PartnerInput(
        name="Harbor Housing Coalition", organization_id=org_id, agreement_on_file=True,
        agreement_start=TODAY - timedelta(days=30), agreement_end=TODAY + timedelta(days=335),
        agreement_scope="", contact_name="", contact_phone="", contact_email="", notes=""))
    cover = services.referrals.sharing_cover(made.id)
    assert cover.partner.name == "Harbor Housing Coalition" and cover.agreement_current
    assert cover.consent.reason_code == "no_consent" and not cover.covered
    services.consents.add(person.id, ConsentInput(
        recipient_kind="partner", recipient_partner_id=partner.id, purpose_code="care_coordination",
        purpose="To arrange housing", information_kinds=["contact", "referrals"], effective_on=TODAY,
        expires_on=TODAY + timedelta(days=90), signed_on=TODAY))
    assert services.referrals.sharing_cover(made.id).covered
    later = services.referrals.sharing_cover(made.id, on=TODAY + timedelta(days=91))
    assert later.agreement_current and not later.consent.allowed and not later.covered


def test_sharing_cover_of_a_service_removed_from_the_directory_is_empty_not_an_error(services, person,  # type: ignore[no-untyped-def]
                                                                                      service_id) -> None:
    made = services.referrals.refer(person.id, service_id, "housing")
    with services.store.write() as session:
        row = session.get(DirectoryService, service_id)
        row.deleted_at = datetime.now(timezone.utc)
        session.add(row)
    assert services.referrals.sharing_cover(made.id).partner is None


def test_a_check_in_leaves_the_referral_follow_up_open(services, person, service_id) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.services.checkins import CheckInInput

    services.referrals.refer(person.id, service_id, "I need somewhere to stay", follow_up_on=date.today())
    services.checkins.record(person.id, CheckInInput(occurred_at=datetime.now(timezone.utc)))
    assert [f.source for f in services.checkins.due_follow_ups()] == ["referral"]
