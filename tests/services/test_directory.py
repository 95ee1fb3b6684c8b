"""The community resource directory: search and its filters, opening hours, local entries, hub entries that
only take corrections, partner agreements, and the sample directory the demo ships."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from sqlalchemy import text

from rosc_desktop.errors import PermissionDenied, RoscError, ValidationError
from rosc_desktop.services.directory import (
    HUB_SITE,
    OpeningHours,
    PartnerInput,
    ServiceInput,
    open_now,
    read_sample_directory,
)
from rosc_desktop.sync.sample_directory import load_sample_directory

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR")
# 2026-11-23 is a Monday.
MONDAY_10 = datetime(2026, 11, 23, 10, 0)
SUNDAY_10 = datetime(2026, 11, 29, 10, 0)


def _audit_actions(services) -> list[str]:  # type: ignore[no-untyped-def]
    with services.store.read() as session:
        return [r[0] for r in session.exec(text("SELECT action FROM audit_event ORDER BY seq")).all()]


def _entry(name: str = "Café Esperanza Food Bank", **kw) -> ServiceInput:  # type: ignore[no-untyped-def]
    values = dict(name=name, organization_name="Esperanza Community Trust", description="Groceries every week",
                  categories=("food",), languages=("en", "es"), phone="541-555-0150", city="Millbrook",
                  address_1="1 Main Street", hours=(OpeningHours(WEEKDAYS, time(9), time(17)),))
    values.update(kw)
    return ServiceInput(**values)  # type: ignore[arg-type]


# -- open now ---------------------------------------------------------------------------------------------


def _sched(byday: str, opens: str, closes: str, **extra) -> dict:  # type: ignore[no-untyped-def]
    return {"id": "x", "freq": "WEEKLY", "byday": byday, "opens_at": opens, "closes_at": closes, **extra}


def test_open_now_follows_weekday_hours_and_a_closed_day() -> None:
    weekdays = [_sched("MO,TU,WE,TH,FR", "09:00", "17:00:00")]
    assert open_now(weekdays, MONDAY_10) is True
    assert open_now(weekdays, datetime(2026, 11, 23, 17, 0)) is False  # closing time itself is closed
    assert open_now(weekdays, datetime(2026, 11, 23, 8, 59)) is False
    assert open_now(weekdays, SUNDAY_10) is False


def test_open_now_runs_overnight_hours_into_the_next_morning() -> None:
    friday_night = [_sched("FR", "22:00", "02:00")]
    assert open_now(friday_night, datetime(2026, 11, 27, 23, 30)) is True  # Friday night
    assert open_now(friday_night, datetime(2026, 11, 28, 1, 30)) is True  # early Saturday
    assert open_now(friday_night, datetime(2026, 11, 28, 2, 30)) is False
    assert open_now(friday_night, datetime(2026, 11, 28, 23, 30)) is False  # Saturday night: not listed
    assert open_now(friday_night, datetime(2026, 11, 27, 1, 30)) is False  # Thursday's night was not open


def test_open_now_is_unknown_without_hours_and_respects_the_valid_period() -> None:
    assert open_now([], MONDAY_10) is None
    assert open_now([{"id": "x", "description": "Call for hours"}], MONDAY_10) is None
    seasonal = [_sched("MO", "09:00", "17:00", valid_from="2026-12-01", valid_to="2027-02-28")]
    assert open_now(seasonal, MONDAY_10) is None  # outside the period the hours say nothing
    assert open_now(seasonal, datetime(2026, 12, 7, 10, 0)) is True
    assert open_now([_sched("MO,TU", "00:00", "23:59")], datetime(2026, 11, 23, 23, 59, 30)) is True


def test_open_now_understands_monthly_nth_weekday() -> None:
    first_saturday = [{"id": "x", "freq": "MONTHLY", "byday": "1SA", "opens_at": "10:00", "closes_at": "12:00"}]
    assert open_now(first_saturday, datetime(2026, 11, 7, 11, 0)) is True
    assert open_now(first_saturday, datetime(2026, 11, 14, 11, 0)) is False


# -- local entries ------------------------------------------------------------------------------------------


def test_an_organisation_is_named_by_its_id(services) -> None:  # type: ignore[no-untyped-def]
    added = services.directory.get(services.directory.add_local(_entry()).id)
    assert services.directory.organization_name(added.organization_id) == "Esperanza Community Trust"
    assert services.directory.organization_name("no-such-organisation") is None


def test_add_local_then_get_gives_back_what_was_typed(services) -> None:  # type: ignore[no-untyped-def]
    added = services.directory.add_local(_entry(is_free=True, walk_in=True, accessibility="Step-free entrance",
                                                application_process="Bring an ID"))
    detail = services.directory.get(added.id)
    assert (detail.name, detail.organization_name, detail.source) == ("Café Esperanza Food Bank",
                                                                      "Esperanza Community Trust", "local")
    assert detail.categories == ("food",) and detail.languages == ("en", "es")
    assert detail.phones == ("541-555-0150",) and detail.city == "Millbrook"
    assert detail.hours == (OpeningHours(WEEKDAYS, time(9), time(17)),)
    assert detail.locations[0].address_lines == ("1 Main Street", "Millbrook")
    assert detail.accessibility == "Step-free entrance" and detail.is_free and detail.walk_in
    assert detail.editable and detail.version == 1 and detail.partner is None
    assert detail.as_input() == _entry(is_free=True, walk_in=True, accessibility="Step-free entrance",
                                       application_process="Bring an ID", country="US")
    with services.store.read() as session:
        row = session.exec(text("SELECT schedules, languages, owner_site FROM directory_service")).one()
    assert '"byday": "MO,TU,WE,TH,FR"' in row[0] and '"opens_at": "09:00"' in row[0]
    assert '"name": "Spanish"' in row[1] and row[2] == "HL-01"
    assert "directory_entry_added" in _audit_actions(services)


def test_a_second_service_of_the_same_organisation_reuses_it(services) -> None:  # type: ignore[no-untyped-def]
    first = services.directory.add_local(_entry())
    second = services.directory.add_local(_entry("Weekend pantry", organization_name="ESPERANZA community trust"))
    assert first.organization_id == second.organization_id


def test_add_local_requires_names_and_valid_contacts(services) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        services.directory.add_local(_entry(name="  "))
    assert (caught.value.code, caught.value.field) == ("required", "name")
    with pytest.raises(ValidationError) as caught:
        services.directory.add_local(_entry(organization_name=""))
    assert caught.value.field == "organization_name"
    with pytest.raises(ValidationError) as caught:
        services.directory.add_local(_entry(phone="call us"))
    assert caught.value.code == "phone_invalid"
    with pytest.raises(ValidationError) as caught:
        services.directory.add_local(_entry(hours=(OpeningHours(("XX",), time(9), time(17)),)))
    assert caught.value.field == "hours"
    assert services.directory.search() == []


def test_update_local_saves_and_refuses_a_stale_version(services) -> None:  # type: ignore[no-untyped-def]
    added = services.directory.add_local(_entry())
    updated = services.directory.update_local(added.id, _entry(name="Esperanza Pantry", city="Lakeside"), 1)
    assert (updated.name, updated.city, updated.version) == ("Esperanza Pantry", "Lakeside", 2)
    assert [s.id for s in services.directory.search("lakeside")] == [added.id]
    with pytest.raises(RoscError) as caught:
        services.directory.update_local(added.id, _entry(name="Lost edit"), 1)
    assert caught.value.code == "edited_elsewhere"
    assert services.directory.get(added.id).name == "Esperanza Pantry"
    assert "directory_entry_edited" in _audit_actions(services)


@pytest.mark.parametrize("role", ["peer_specialist"])
def test_a_role_without_edit_directory_cannot_add_or_edit(services, staff_services, role):  # type: ignore[no-untyped-def]
    added = services.directory.add_local(_entry())
    peer = staff_services(role)
    with pytest.raises(PermissionDenied) as caught:
        peer.directory.add_local(_entry("Another"))
    assert caught.value.action == "edit_directory"
    with pytest.raises(PermissionDenied):
        peer.directory.update_local(added.id, _entry("Renamed"), 1)
    assert peer.directory.get(added.id).editable is False
    assert [s.name for s in peer.directory.search()] == ["Café Esperanza Food Bank"]


def test_a_coordinator_may_edit_the_directory(services, staff_services) -> None:  # type: ignore[no-untyped-def]
    coordinator = staff_services("coordinator")
    assert coordinator.directory.add_local(_entry()).editable


def test_get_of_a_missing_service_says_so(services) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(RoscError) as caught:
        services.directory.get("00000000-0000-0000-0000-000000000000")
    assert caught.value.code == "service_not_found"


# -- search -------------------------------------------------------------------------------------------------


@pytest.fixture
def sample(services):  # type: ignore[no-untyped-def]
    load_sample_directory(services)
    return services


def _names(results) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.name for r in results]


def test_search_ignores_case_and_accents_and_needs_every_word(services) -> None:  # type: ignore[no-untyped-def]
    services.directory.add_local(_entry())
    services.directory.add_local(_entry("Job club", organization_name="Workforce", categories=("work",)))
    assert _names(services.directory.search("CAFE esperanza")) == ["Café Esperanza Food Bank"]
    assert _names(services.directory.search("café")) == ["Café Esperanza Food Bank"]
    assert _names(services.directory.search("millbrook")) == ["Café Esperanza Food Bank", "Job club"]
    assert services.directory.search("cafe workforce") == []
    assert services.directory.search("100%") == [] and services.directory.search("_") == []


def test_filters_by_category_language_free_and_walk_in(sample) -> None:  # type: ignore[no-untyped-def]
    d = sample.directory
    housing = _names(d.search(category="Housing"))
    assert "Hope House Emergency Shelter" in housing and "Food Pantry" not in housing
    assert all("Housing" in s.categories for s in d.search(category="Housing"))
    vietnamese = d.search(language="vi")
    assert {s.name for s in vietnamese} == {"GED and Adult Education", "24-Hour Crisis Line",
                                            "Benefits Enrollment (SNAP, Medicaid)"}
    assert all(s.is_free for s in d.search(free=True)) and len(d.search(free=True)) < len(d.search())
    assert "MAT Clinic (buprenorphine and naltrexone)" not in _names(d.search(free=True))
    walk_ins = d.search(walk_in=True)
    assert all(s.walk_in for s in walk_ins) and "Housing Navigation" not in _names(walk_ins)
    assert _names(d.search("pantry", category="Food", language="ar", free=True, walk_in=True)) == ["Food Pantry"]


def test_open_now_filter_at_a_fixed_time(sample) -> None:  # type: ignore[no-untyped-def]
    d = sample.directory
    sunday_noon = _names(d.search(open_now=True, at=datetime(2026, 11, 29, 12, 30)))
    assert "Sunday Community Meal" in sunday_noon and "Job Club" not in sunday_noon
    assert "24-Hour Crisis Line" in sunday_noon
    # Saturday 23:00 to 00:30: still open just after midnight on Sunday.
    after_midnight = _names(d.search(open_now=True, at=datetime(2026, 11, 29, 0, 15)))
    assert "Midnight Hope NA" in after_midnight and "Hope House Emergency Shelter" in after_midnight
    assert "Sunday Community Meal" not in after_midnight
    summary = next(s for s in d.search("job club", at=datetime(2026, 11, 24, 11, 0)))
    assert summary.open_now is True  # Tuesday 11:00


def test_inactive_services_are_hidden_unless_asked_for(sample) -> None:  # type: ignore[no-untyped-def]
    assert "Evening Drop-in (ended)" not in _names(sample.directory.search("drop-in"))
    shown = sample.directory.search("drop-in", include_inactive=True)
    assert _names(shown) == ["Evening Drop-in (ended)"] and shown[0].open_now is False


def test_search_gives_organisation_phone_city_and_sorted_names(sample) -> None:  # type: ignore[no-untyped-def]
    results = sample.directory.search()
    assert _names(results) == sorted(_names(results), key=str.casefold)
    shelter = next(s for s in results if s.name == "Hope House Emergency Shelter")
    assert (shelter.organization_name, shelter.city, shelter.source) == ("Hope House Housing Network",
                                                                         "Millbrook", "hub")
    assert shelter.phone.startswith("541-555-01")
    meeting = next(s for s in results if s.name == "Grupo Nueva Vida AA")
    assert meeting.meeting_types == ("C", "S") and meeting.languages == ("es",)
    assert len(sample.directory.search(limit=3)) == 3
    assert "Mutual-aid meetings" in sample.directory.categories() and "es" in sample.directory.languages()


def test_search_combines_text_and_filters_over_many_services(services) -> None:  # type: ignore[no-untyped-def]
    # Speed is measured in bench/directory_search.py; here, that every filter holds at once over a big list.
    from rosc_desktop.model import DirectoryOrganization, DirectoryService
    from rosc_desktop.services.directory_text import search_text_for
    with services.store.write() as session:
        org = DirectoryOrganization(name="Bulk Org")
        session.add(org)
        session.flush()
        for i in range(600):
            session.add(DirectoryService(
                organization_id=org.id, name=f"Service {i:04d}", categories=["food" if i % 2 else "housing"],
                is_free=bool(i % 3), schedules=[_sched("MO,TU", "09:00", "17:00")] if i % 5 else [],
                search_text=search_text_for([f"Service {i:04d}", "Bulk Org", f"word{i % 50}"])))
    found = services.directory.search("word7 service", category="food", free=True, open_now=True, at=MONDAY_10)
    expected = {f"Service {i:04d}" for i in range(600) if i % 50 == 7 and i % 2 and i % 3 and i % 5}
    assert {s.name for s in found} == expected and all(s.open_now for s in found)


# -- hub entries and corrections ----------------------------------------------------------------------------


def test_a_hub_entry_refuses_edits_and_takes_a_correction(sample, staff_services) -> None:  # type: ignore[no-untyped-def]
    shelter = sample.directory.search("hope house emergency")[0]
    detail = sample.directory.get(shelter.id)
    assert detail.editable is False and detail.source == "hub"
    with pytest.raises(RoscError) as caught:
        sample.directory.update_local(shelter.id, _entry(), detail.version)
    assert caught.value.code == "entry_from_hub"
    peer = staff_services("peer_specialist")
    correction_id = peer.directory.suggest_correction("service", shelter.id, "schedules",
                                                      "Opens at 6 pm in winter")
    [correction] = sample.directory.corrections()
    assert (correction.id, correction.entity_name, correction.suggestion, correction.suggested_by) == (
        correction_id, "Hope House Emergency Shelter", "Opens at 6 pm in winter", "Test peer_specialist")
    with sample.store.read() as session:
        details = session.exec(text("SELECT details FROM audit_event WHERE action = "
                                    "'directory_correction_suggested'")).one()[0]
    assert "winter" not in (details or "")
    location_id = detail.locations[0].id
    sample.directory.suggest_correction("location", location_id, "address_1", "Moved to 16 Mill Race Road")
    assert len(sample.directory.corrections()) == 2


def test_a_correction_is_for_hub_entries_only(services) -> None:  # type: ignore[no-untyped-def]
    added = services.directory.add_local(_entry())
    with pytest.raises(RoscError) as caught:
        services.directory.suggest_correction("service", added.id, "name", "Another name")
    assert caught.value.code == "entry_is_local"
    with pytest.raises(ValidationError):
        services.directory.suggest_correction("service", added.id, "name", "   ")


# -- partners -----------------------------------------------------------------------------------------------


def test_partner_agreement_is_current_only_within_its_dates(sample) -> None:  # type: ignore[no-untyped-def]
    clinic = sample.directory.search("mat clinic")[0]
    org_id = sample.directory.get(clinic.id).organization_id
    partner = sample.directory.save_partner(PartnerInput(
        "Riverbend Health Clinic", org_id, agreement_on_file=True, agreement_start=date(2026, 1, 1),
        agreement_end=date(2026, 12, 31), agreement_scope="Referral status only", contact_phone="541-555-0190"))
    assert partner.agreement_current(date(2026, 6, 1))
    assert not partner.agreement_current(date(2027, 1, 1))  # expired
    assert not partner.agreement_current(date(2025, 12, 31))
    assert sample.directory.partner_for_service(clinic.id) == partner
    assert sample.directory.get(clinic.id).partner == partner
    none_on_file = sample.directory.save_partner(PartnerInput(
        "Riverbend Health Clinic", org_id, agreement_on_file=False, agreement_start=date(2026, 1, 1)),
        partner.id, partner.version)
    assert none_on_file.version == 2 and not none_on_file.agreement_current(date(2026, 6, 1))
    open_ended = sample.directory.save_partner(PartnerInput("Valley Legal Aid", None, True, date(2026, 1, 1)))
    assert open_ended.agreement_current(date(2030, 1, 1))
    assert [p.name for p in sample.directory.partners()] == ["Riverbend Health Clinic", "Valley Legal Aid"]
    assert sample.directory.partner_for_service(sample.directory.search("food pantry")[0].id) is None
    assert _audit_actions(sample).count("partner_saved") == 3


def test_partner_dates_and_versions_are_checked(services, staff_services) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        services.directory.save_partner(PartnerInput("Bridges", agreement_start=date(2026, 5, 1),
                                                     agreement_end=date(2026, 4, 30)))
    assert (caught.value.code, caught.value.field) == ("period_reversed", "agreement_end")
    saved = services.directory.save_partner(PartnerInput("Bridges"))
    services.directory.save_partner(PartnerInput("Bridges Mediation"), saved.id, saved.version)
    with pytest.raises(RoscError) as caught:
        services.directory.save_partner(PartnerInput("Stale"), saved.id, saved.version)
    assert caught.value.code == "edited_elsewhere"
    with pytest.raises(PermissionDenied):
        staff_services("peer_specialist").directory.save_partner(PartnerInput("Nope"))
    assert [p.name for p in services.directory.partners()] == ["Bridges Mediation"]


# -- the sample directory -----------------------------------------------------------------------------------


def test_the_sample_directory_loads_as_hub_entries(sample) -> None:  # type: ignore[no-untyped-def]
    organisations = read_sample_directory()
    services_in_file = sum(len(o["services"]) for o in organisations)
    with sample.store.read() as session:
        counts = {table: session.exec(text(f"SELECT count(*), min(owner_site), max(owner_site) FROM {table}")).one()
                  for table in ("directory_organization", "directory_service", "directory_location",
                                "directory_service_at_location")}
    assert counts["directory_organization"] == (len(organisations), HUB_SITE, HUB_SITE)
    assert counts["directory_service"][0] == services_in_file >= 20
    assert counts["directory_location"][0] >= 10
    assert len(sample.directory.search(include_inactive=True)) == services_in_file
    assert {"Housing", "Work and education", "Clinical care", "Mental health", "Family", "Food",
            "Legal aid and benefits", "Faith communities", "Mutual-aid meetings"} <= set(sample.directory.categories())
    assert "Walk-in" not in sample.directory.categories()  # a filter of its own, not a category
    assert len(sample.directory.search(category="Mutual-aid meetings")) >= 6


def test_the_hsds_importer_reads_the_sample_as_loaded(sample) -> None:  # type: ignore[no-untyped-def]
    # The demo loads the sample directly; the HSDS importer must see the same directory, so switching the demo
    # to the importer (or re-importing the file) changes nothing.
    from importlib import resources
    from pathlib import Path

    from rosc_desktop.sync.hsds import preview_file

    path = Path(str(resources.files("rosc_desktop") / "resources" / "sample_directory.json"))
    plan = preview_file(sample, path, "hsds-json", "hub")
    assert plan.ok and not plan.problems and not plan.unknown_fields
    assert all(c["new"] == 0 and c["updated"] == 0 for c in plan.counts.values()), plan.counts
