"""The support network: members and dated ties, links, ratings, the network on a past day, and its figures
checked against networks worked out by hand."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from rosc_desktop.enums import (
    ConnectionRating,
    MemberKind,
    NetworkDomain,
    StepHelper,
    SupportDirection,
    TieNature,
    TieStrength,
)
from rosc_desktop.errors import RoscError, ValidationError
from rosc_desktop.model import NetworkMember
from rosc_desktop.services.network import MAP_RADIUS, MemberInput, TieInput, compute_metrics
from rosc_desktop.services.plans import GoalInput

from tests.conftest import register_long_ago

TODAY = date.today()
DAY = timedelta(days=1)


@pytest.fixture
def person(services):  # type: ignore[no-untyped-def]
    """Registered 100 days ago, so the history has room."""
    return register_long_ago(services)


def add(services, person, name, domain=NetworkDomain.FRIENDS, nature=TieNature.SUPPORTIVE,  # type: ignore[no-untyped-def]
        strength=TieStrength.MODERATE, on=None, **member):
    return services.network.add_member(person.id, MemberInput(name, domain=domain, **member),
                                       TieInput(strength=strength, nature=nature), on=on)


def test_a_member_and_tie_round_trip_and_show_on_todays_map(services, person) -> None:  # type: ignore[no-untyped-def]
    sister = services.network.add_member(
        person.id,
        MemberInput("Rosa", kind=MemberKind.PERSON, domain=NetworkDomain.FAMILY, relationship="sister",
                    phone="555 010 2233"),
        TieInput(TieStrength.STRONG, TieNature.MIXED, SupportDirection.BOTH, known_since=date(1990, 5, 1),
                 note="Talks most days"))
    snapshot = services.network.snapshot(person.id)
    assert [m.id for m in snapshot.members] == [sister.id]
    member = snapshot.members[0]
    assert (member.name, member.relationship, member.domain, member.phone) == ("Rosa", "sister", "family",
                                                                               "555 010 2233")
    assert member.tie is not None and (member.tie.strength, member.tie.nature, member.tie.direction) == (
        "strong", "mixed", "both")
    assert member.tie.known_since == date(1990, 5, 1) and member.added_on == TODAY


def test_metrics_match_a_network_worked_out_by_hand(services, person) -> None:  # type: ignore[no-untyped-def]
    # Two family (one stressful), a sponsor, an NA group, a doctor and a housing office:
    # members 6; supports 5 (all but the stressful brother); domains among supports: family, peer,
    # mutual aid, clinical, housing = 5; supportive share 5/6 ... but the doctor's tie is mixed, so 4/6;
    # community and peer supports: mother, sponsor, group = 3; clinical 1; balance 3/4.
    add(services, person, "Mother", NetworkDomain.FAMILY)
    add(services, person, "Brother", NetworkDomain.FAMILY, TieNature.STRESSFUL)
    add(services, person, "Marcus", NetworkDomain.PEER_RECOVERY)
    add(services, person, "Tuesday NA", NetworkDomain.MUTUAL_AID, kind=MemberKind.GROUP)
    add(services, person, "Dr Okafor", NetworkDomain.CLINICAL, TieNature.MIXED)
    add(services, person, "Housing office", NetworkDomain.HOUSING, kind=MemberKind.ORGANISATION)
    metrics = services.network.snapshot(person.id).metrics
    assert metrics.members == 6
    assert metrics.supports == 5
    assert metrics.domains_covered == 5
    assert metrics.supportive_share == pytest.approx(4 / 6)
    assert metrics.stressful == 1
    assert (metrics.community_and_peer, metrics.clinical) == (3, 1)
    assert metrics.community_balance == pytest.approx(0.75)


def test_an_empty_network_has_no_shares_rather_than_zero() -> None:
    metrics = compute_metrics([])
    assert metrics.members == 0 and metrics.supportive_share is None and metrics.community_balance is None


def test_the_network_on_a_past_day_is_rebuilt_from_dated_changes(services, person) -> None:  # type: ignore[no-untyped-def]
    mother = add(services, person, "Mother", NetworkDomain.FAMILY, strength=TieStrength.WEAK, on=TODAY - 60 * DAY)
    sponsor = add(services, person, "Marcus", NetworkDomain.PEER_RECOVERY, on=TODAY - 30 * DAY)
    services.network.change_tie(mother.id, TieInput(strength=TieStrength.STRONG), on=TODAY - 20 * DAY)
    services.network.remove_member(sponsor.id, "moved away", on=TODAY - 10 * DAY)

    def state(day):  # type: ignore[no-untyped-def]
        return {m.name: m.tie.strength for m in services.network.snapshot(person.id, day).members}

    assert state(TODAY - 61 * DAY) == {}
    assert state(TODAY - 45 * DAY) == {"Mother": "weak"}
    assert state(TODAY - 25 * DAY) == {"Mother": "weak", "Marcus": "moderate"}
    assert state(TODAY - 15 * DAY) == {"Mother": "strong", "Marcus": "moderate"}
    assert state(TODAY) == {"Mother": "strong"}
    assert services.network.history_dates(person.id) == [TODAY - 60 * DAY, TODAY - 30 * DAY, TODAY - 20 * DAY,
                                                         TODAY - 10 * DAY]
    over_time = services.network.metrics_over_time(person.id)
    assert [m.supports for _day, m in over_time] == [1, 2, 2, 1]


def test_same_day_changes_keep_the_last_one(services, person) -> None:  # type: ignore[no-untyped-def]
    friend = add(services, person, "Jo")
    services.network.change_tie(friend.id, TieInput(nature=TieNature.STRESSFUL))
    services.network.change_tie(friend.id, TieInput(nature=TieNature.MIXED))
    assert services.network.snapshot(person.id).members[0].tie.nature == "mixed"


def test_change_since_intake_uses_the_first_map_when_intake_had_none(services, person) -> None:  # type: ignore[no-untyped-def]
    assert services.network.change_since_intake(person.id) is None
    add(services, person, "Mother", NetworkDomain.FAMILY, on=TODAY - 50 * DAY)
    add(services, person, "Marcus", NetworkDomain.PEER_RECOVERY, on=TODAY - 5 * DAY)
    change = services.network.change_since_intake(person.id)
    assert change is not None and not change.baseline_is_intake
    assert change.baseline_on == TODAY - 50 * DAY
    assert (change.baseline.supports, change.now.supports) == (1, 2)


def test_change_since_intake_counts_from_the_intake_day(services, person) -> None:  # type: ignore[no-untyped-def]
    add(services, person, "Mother", NetworkDomain.FAMILY, on=TODAY - 90 * DAY)
    from rosc_desktop.services.intake import IntakeText
    services.intake.save(person.id, IntakeText(strengths="Stubborn in a good way"), 0)
    add(services, person, "Marcus", NetworkDomain.PEER_RECOVERY)
    change = services.network.change_since_intake(person.id)
    assert change is not None and change.baseline_is_intake and change.baseline_on == TODAY
    assert change.baseline.supports == 2  # the intake day's own additions count at intake


def test_links_between_members_end_when_a_member_leaves(services, person) -> None:  # type: ignore[no-untyped-def]
    sister = add(services, person, "Rosa", NetworkDomain.FAMILY, on=TODAY - 5 * DAY)
    sponsor = add(services, person, "Marcus", NetworkDomain.PEER_RECOVERY, on=TODAY - 5 * DAY)
    link = services.network.link_members(sponsor.id, sister.id, "friends")
    assert [lk.id for lk in services.network.snapshot(person.id).links] == [link.id]
    with pytest.raises(ValidationError) as caught:
        services.network.link_members(sister.id, sponsor.id)
    assert caught.value.code == "link_exists"
    with pytest.raises(ValidationError) as caught:
        services.network.link_members(sister.id, sister.id)
    assert caught.value.code == "link_to_self"
    services.network.remove_member(sponsor.id)
    assert services.network.snapshot(person.id).links == ()


def test_positions_are_saved_and_far_off_ones_brought_back(services, person) -> None:  # type: ignore[no-untyped-def]
    friend = add(services, person, "Jo")
    assert services.network.move_member(friend.id, 120.0, -40.0) == (120.0, -40.0)
    assert services.network.snapshot(person.id).members[0].position == (120.0, -40.0)
    x, y = services.network.move_member(friend.id, 1e9, 0.0)
    assert MAP_RADIUS - 50 < x <= MAP_RADIUS and y == 0.0  # on the right-hand rim, where it was dragged
    # A position written by something else (an import, an old bug) lies far outside: shown at the edge, and
    # the snapshot says how many were brought back, so the screen can tell the user.
    with services.store.write() as session:
        row = session.get(NetworkMember, friend.id)
        row.pos_x, row.pos_y = -5e6, 3e6
        session.add(row)
    snapshot = services.network.snapshot(person.id)
    member = snapshot.members[0]
    assert member.position_was_outside and snapshot.positions_brought_back == 1
    assert member.position is not None and (member.position[0] ** 2 + member.position[1] ** 2) ** 0.5 <= MAP_RADIUS


def test_ratings_are_kept_per_member_and_the_latest_shows(services, person) -> None:  # type: ignore[no-untyped-def]
    friend = add(services, person, "Jo", on=TODAY - 3 * DAY)
    services.network.rate(friend.id, ConnectionRating.MIXED, "missed two calls", on=TODAY - 2 * DAY)
    services.network.rate(friend.id, ConnectionRating.WORKING_WELL, "back on track")
    assert [r.rating for r in services.network.ratings(friend.id)] == ["working_well", "mixed"]
    assert services.network.snapshot(person.id).members[0].last_rating.rating == "working_well"
    assert services.network.snapshot(person.id, TODAY - 2 * DAY).members[0].last_rating.rating == "mixed"


def test_goal_steps_can_name_a_network_member_as_helper(services, person) -> None:  # type: ignore[no-untyped-def]
    sponsor = add(services, person, "Marcus", NetworkDomain.PEER_RECOVERY)
    goal = services.goals.add(person.id, GoalInput("Go to a meeting every week"))
    step = services.goals.add_step(goal.id, "Ride to the Tuesday meeting", helper_kind=StepHelper.NETWORK,
                                   helper_member_id=sponsor.id)
    assert (step.helper_member_id, step.helper_name) == (sponsor.id, "Marcus")
    services.network.remove_member(sponsor.id)
    with pytest.raises(ValidationError) as caught:
        services.goals.add_step(goal.id, "Call after", helper_kind=StepHelper.NETWORK, helper_member_id=sponsor.id)
    assert caught.value.code == "helper_gone"


# -- bad input ---------------------------------------------------------------------------------------------

def test_a_member_with_no_name_is_refused_and_nothing_saved(services, person) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        services.network.add_member(person.id, MemberInput("   "), TieInput())
    assert (caught.value.code, caught.value.field) == ("required", "name")
    assert services.network.snapshot(person.id).members == ()


def test_two_members_with_the_same_name_need_a_yes(services, person) -> None:  # type: ignore[no-untyped-def]
    add(services, person, "Maria")
    with pytest.raises(ValidationError) as caught:
        add(services, person, "  maria ")
    assert caught.value.code == "member_same_name"
    services.network.add_member(person.id, MemberInput("Maria", relationship="neighbour"), TieInput(),
                                allow_same_name=True)
    assert [m.name for m in services.network.snapshot(person.id).members] == ["Maria", "Maria"]


def test_a_tie_to_a_removed_member_is_refused_and_history_kept(services, person) -> None:  # type: ignore[no-untyped-def]
    friend = add(services, person, "Jo", on=TODAY - 3 * DAY)
    services.network.remove_member(friend.id, on=TODAY - DAY)
    for attempt in (lambda: services.network.change_tie(friend.id, TieInput(strength=TieStrength.STRONG)),
                    lambda: services.network.rate(friend.id, ConnectionRating.MIXED)):
        with pytest.raises(RoscError) as caught:
            attempt()
        assert caught.value.code == "member_removed"
    assert [m.name for m in services.network.snapshot(person.id, TODAY - 2 * DAY).members] == ["Jo"]


def test_a_history_day_before_the_participant_existed_is_refused(services, person) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        services.network.snapshot(person.id, TODAY - 101 * DAY)
    assert caught.value.code == "date_too_early"
    with pytest.raises(ValidationError):
        add(services, person, "Jo", on=TODAY - 101 * DAY)
    with pytest.raises(ValidationError) as caught:
        services.network.snapshot(person.id, TODAY + DAY)
    assert caught.value.code == "date_in_future"


def test_unknown_choices_are_refused(services, person) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        services.network.add_member(person.id, MemberInput("Jo", domain="astrology"), TieInput())
    assert caught.value.field == "domain"
    with pytest.raises(ValidationError) as caught:
        services.network.add_member(person.id, MemberInput("Jo"), TieInput(strength="unbreakable"))
    assert caught.value.field == "strength"


def test_a_peer_specialist_may_edit_and_every_change_is_audited(services, staff_services, person) -> None:  # type: ignore[no-untyped-def]
    from sqlmodel import select

    from rosc_desktop.model import AuditEvent

    peer = staff_services("peer_specialist")
    member = peer.network.add_member(person.id, MemberInput("Jo"), TieInput())
    peer.network.change_tie(member.id, TieInput(strength=TieStrength.STRONG))
    peer.network.move_member(member.id, 10, 10)
    peer.network.rate(member.id, ConnectionRating.WORKING_WELL)
    peer.network.remove_member(member.id)
    with services.store.read() as session:
        events = [(e.actor, e.action, e.entity_id) for e in session.exec(select(AuditEvent)).all()]
    mine = [action for actor, action, entity in events if actor == "peer-specialist" and entity == person.id]
    assert mine == ["network_member_added", "network_tie_changed", "network_arranged", "network_tie_rated",
                    "network_member_removed"]


def test_the_intake_day_is_the_center_s_day_not_utc_s(services, set_zone) -> None:  # type: ignore[no-untyped-def]
    """An intake at 5 pm in Honolulu is already tomorrow in UTC: the figures "at intake" are that evening's."""
    from datetime import datetime, timezone

    from rosc_desktop import clock
    from rosc_desktop.services.intake import IntakeText
    from rosc_desktop.services.participants import ParticipantInput

    set_zone("UTC-10")
    evening = datetime(2026, 3, 5, 3, 0, tzinfo=timezone.utc)  # 4 March, 17:00 in Honolulu
    with clock.frozen_at(evening):
        person = services.participants.register(ParticipantInput("Kalani"))
        services.intake.save(person.id, IntakeText(strengths="Paddles every morning"), 0)
        add(services, person, "Auntie Lei", NetworkDomain.FAMILY, on=date(2026, 3, 4))
        change = services.network.change_since_intake(person.id)
    assert change is not None and change.baseline_is_intake
    assert change.baseline_on == date(2026, 3, 4)
