"""Each measure a center reports, checked against a small set of records counted by hand.

The period is the last 30 days. Inside it: Ana checks in and comes to a group; Ben comes to drop-in and is
phoned; three unnamed people come to the group and two to drop-in; a cancelled event and a meeting before the
period have visitors who must not count; Cy registers but is not seen; Dee was seen only before the period.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from rosc_desktop.clock import center_today
from rosc_desktop.model import Referral
from rosc_desktop.services import gas
from rosc_desktop.services.activities import ActivityInput
from rosc_desktop.services.checkins import CheckInInput
from rosc_desktop.services.consents import ConsentInput
from rosc_desktop.services.directory import PartnerInput
from rosc_desktop.services.measures import BY_CODE, MEASURES
from rosc_desktop.services.network import MemberInput, TieInput
from rosc_desktop.services.participants import ParticipantInput
from rosc_desktop.services.plans import GoalInput
from rosc_desktop.services.setback import SetbackPlanText
from rosc_desktop.sync.sample_directory import load_sample_directory
from tests.conftest import register_long_ago

TODAY = center_today()
FIRST, LAST = TODAY - timedelta(days=30), TODAY


def at(day: date, hour: int = 11) -> datetime:
    return datetime.combine(day, time(hour)).astimezone()


@pytest.fixture
def month(services):  # type: ignore[no-untyped-def]
    s = services
    ana = register_long_ago(s, "Ana", days=200)
    ben = register_long_ago(s, "Ben", days=200)
    dee = register_long_ago(s, "Dee", days=200)
    s.participants.register(ParticipantInput("Cy"))
    s.checkins.record(ana.id, CheckInInput(occurred_at=at(TODAY - timedelta(days=5)), mode="in_person"))
    s.checkins.record(ben.id, CheckInInput(occurred_at=at(TODAY - timedelta(days=4)), mode="phone"))
    s.checkins.record(dee.id, CheckInInput(occurred_at=at(TODAY - timedelta(days=60)), mode="in_person"))
    group = s.activities.create(ActivityInput("Peer support group", "group", at(TODAY - timedelta(days=5), 18)))
    s.activities.mark(group.id, ana.id)
    s.activities.set_anonymous_count(group.id, 3)
    drop_in = s.activities.drop_in(TODAY - timedelta(days=4))
    s.activities.mark(drop_in.id, ben.id)
    s.activities.set_anonymous_count(drop_in.id, 2)
    cancelled = s.activities.create(ActivityInput("Picnic", "event", at(TODAY - timedelta(days=3), 12)))
    s.activities.set_anonymous_count(cancelled.id, 5)
    s.activities.set_cancelled(cancelled.id)
    before = s.activities.create(ActivityInput("Old meeting", "meeting", at(TODAY - timedelta(days=45), 18)))
    s.activities.set_anonymous_count(before.id, 4)
    s.activities.mark(before.id, dee.id)

    load_sample_directory(s)
    service_id = s.directory.search("")[0].id
    connected = s.referrals.refer(ana.id, service_id, "housing")
    s.referrals.refer(ben.id, service_id, "work")
    with s.store.write() as session:  # made ten days ago, connected today
        row = session.get(Referral, connected.id)
        row.made_on = TODAY - timedelta(days=10)
        session.add(row)
    s.referrals.move(connected.id, "connected", on=TODAY)

    s.intake.record_barc10(ana.id, TODAY - timedelta(days=100), [3] * 10)  # 30
    s.intake.record_barc10(ana.id, TODAY - timedelta(days=3), [4] * 10)  # 40
    s.intake.record_barc10(ben.id, TODAY - timedelta(days=3), [5] * 10)  # once only: not paired

    goal = s.goals.add(ana.id, GoalInput("A place of my own"), set_on=TODAY - timedelta(days=90))
    s.goals.review(goal.id, TODAY - timedelta(days=60), -1)
    s.goals.review(goal.id, TODAY - timedelta(days=2), 1)

    s.network.add_member(ana.id, MemberInput("Old friend", domain="friends"), TieInput(),
                         on=TODAY - timedelta(days=60))
    s.network.add_member(ana.id, MemberInput("New friend", domain="friends"), TieInput(), on=TODAY - timedelta(days=6))
    s.network.add_member(ana.id, MemberInput("Housing office", kind="organisation", domain="housing"), TieInput(),
                         on=TODAY - timedelta(days=6))

    s.setback.save(ben.id, SetbackPlanText(people_to_call="Sis 555-0101"), expected_version=0)
    s.setback.reconvene(ben.id, occurred_on=TODAY - timedelta(days=1))

    partner = s.directory.save_partner(PartnerInput("Harbor Housing"))
    s.consents.add(ana.id, ConsentInput(
        recipient_kind="partner", recipient_partner_id=partner.id, purpose_code="care_coordination",
        purpose="To coordinate housing", information_kinds=["contact"], effective_on=TODAY - timedelta(days=10),
        expires_on=TODAY + timedelta(days=90), signed_on=TODAY - timedelta(days=10)))
    return {"ana": ana, "ben": ben, "dee": dee}


def test_every_measure_matches_the_hand_count(services, month) -> None:  # type: ignore[no-untyped-def]
    figures = services.reports.center(FIRST, LAST).figures
    assert figures["people_served"].value == 2 + 5  # Ana and Ben once each, however often; five unnamed visits
    assert figures["people_served"].breakdown == {"enrolled": 2, "anonymous_visits": 5}
    assert figures["new_participants"].value == 1
    assert figures["contacts"].value == 2
    assert figures["contacts"].breakdown["in_person"] == 1 and figures["contacts"].breakdown["phone"] == 1
    assert figures["activities_held"].value == 2
    assert figures["activities_held"].breakdown["group"] == 1 and figures["activities_held"].breakdown["drop_in"] == 1
    assert figures["activities_held"].breakdown["event"] == 0  # cancelled
    assert figures["attendance"].value == 4 + 3
    assert figures["referrals_made"].value == 2
    assert figures["referrals_connected"].value == 1
    assert (figures["days_to_connection"].value, figures["days_to_connection"].rests_on) == (10, 1)
    assert (figures["barc10_change"].value, figures["barc10_change"].rests_on) == (10, 1)
    expected_gas = gas.t_score([1]) - gas.t_score([-1])  # type: ignore[operator]
    assert figures["gas_change"].value == pytest.approx(expected_gas) and figures["gas_change"].rests_on == 1
    assert (figures["network_members_added"].value, figures["network_members_added"].rests_on) == (2, 1)
    assert figures["life_areas_gained"].value == 1  # housing is new; friends was there before
    assert figures["reconvenings"].value == 1
    assert figures["consents_active"].value == 1


def test_a_person_who_attends_and_checks_in_is_one_person(services, month) -> None:  # type: ignore[no-untyped-def]
    ids = {pid for pid, _name in services.reports.people_behind("people_served", FIRST, LAST)}
    assert ids == {month["ana"].id, month["ben"].id}


def test_a_voided_person_no_longer_counts(services, month) -> None:  # type: ignore[no-untyped-def]
    services.participants.void(month["ben"].id)
    figures = services.reports.center(FIRST, LAST).figures
    assert figures["people_served"].breakdown["enrolled"] == 1
    assert figures["contacts"].value == 1


def test_every_measure_has_a_definition_and_is_computed(services) -> None:  # type: ignore[no-untyped-def]
    figures = services.reports.center(FIRST, LAST).figures
    assert list(figures) == [m.code for m in MEASURES]
    assert all(BY_CODE[code].definition.endswith(".") for code in figures)


def test_an_empty_month_is_zeros_and_no_averages(services) -> None:  # type: ignore[no-untyped-def]
    figures = services.reports.center(FIRST, LAST).figures
    assert figures["people_served"].value == 0
    assert figures["barc10_change"].value is None and figures["barc10_change"].rests_on == 0


def test_the_trend_has_one_point_per_month(services, month) -> None:  # type: ignore[no-untyped-def]
    points = services.reports.trend(TODAY, months=3)
    assert [p.month for p in points][-1] == TODAY.replace(day=1)
    assert len(points) == 3 and all(p.month.day == 1 for p in points)


def test_barc10_distribution_of_the_paired(services, month) -> None:  # type: ignore[no-untyped-def]
    first, latest = services.reports.barc10_distribution(FIRST, LAST)
    assert first == [0, 0, 1, 0, 0] and latest == [0, 0, 0, 1, 0]


def test_peers_may_not_see_reports(staff_services) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.errors import PermissionDenied

    peer = staff_services("peer_specialist")
    with pytest.raises(PermissionDenied):
        peer.reports.center(FIRST, LAST)


def test_the_trend_counts_as_the_report_does(services, month) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.services.reports import month_last_day

    for point in services.reports.trend(TODAY, months=3):
        figures = services.reports.center(point.month, month_last_day(point.month)).figures
        assert (point.people_served, point.contacts) == (figures["people_served"].value, figures["contacts"].value)
