"""Goals: the person's statement, GAS levels and reviews, steps, order, and the T-score they add up to."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from rosc_desktop.errors import RoscError, ValidationError
from rosc_desktop.services.participants import ParticipantInput
from rosc_desktop.services.plans import GoalInput

LEVELS = ("Still no place", "On a waiting list", "In a shared room", "In my own room", "My own flat")


@pytest.fixture
def person(services):  # type: ignore[no-untyped-def]
    return services.participants.register(ParticipantInput("Rosa Díaz"))


def test_a_goal_keeps_the_persons_words_and_levels(services, person) -> None:  # type: ignore[no-untyped-def]
    goal = services.goals.add(person.id, GoalInput("A place of my own", "housing", "So my kids can visit",
                                                   levels=LEVELS), set_on=date(2026, 9, 1))
    [listed] = services.goals.for_person(person.id)
    assert listed.statement == "A place of my own" and listed.levels == LEVELS and listed.is_top_priority
    assert listed.id == goal.id and listed.latest_level is None


def test_a_goal_with_no_words_is_refused(services, person) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        services.goals.add(person.id, GoalInput("   "))
    assert caught.value.field == "statement"
    assert services.goals.for_person(person.id) == []


def test_reviews_build_history_and_the_t_score(services, person) -> None:  # type: ignore[no-untyped-def]
    housing = services.goals.add(person.id, GoalInput("Own place", "housing", levels=LEVELS), set_on=date(2026, 9, 1))
    work = services.goals.add(person.id, GoalInput("Part-time job", "work_education"), set_on=date(2026, 9, 1))
    services.goals.review(housing.id, date(2026, 9, 15), -1)
    services.goals.review(housing.id, date(2026, 10, 15), 1, "Moved into a shared room")
    services.goals.review(work.id, date(2026, 10, 1), 0)
    goals = services.goals.for_person(person.id)
    assert [r.level for r in goals[0].reviews] == [-1, 1]  # history kept, oldest first
    summary = services.goals.gas_summary(person.id)
    # Latest levels (+1, 0), n = 2: √(0.7·2 + 0.3·4) = √2.6; T = 50 + 10/√2.6 = 56.2017.
    assert summary.t_score == pytest.approx(56.2017, abs=1e-4)
    assert summary.first_t_score == pytest.approx(50 - 10 / 2.6 ** 0.5, abs=1e-4)
    assert summary.reviewed_goals == 2


def test_no_reviews_no_score(services, person) -> None:  # type: ignore[no-untyped-def]
    services.goals.add(person.id, GoalInput("Walk every day", "physical_health"))
    summary = services.goals.gas_summary(person.id)
    assert summary.t_score is None and summary.goals == 1


def test_a_review_dated_before_the_goal_is_refused(services, person) -> None:  # type: ignore[no-untyped-def]
    goal = services.goals.add(person.id, GoalInput("Reconnect with my brother", "family"), set_on=date(2026, 9, 1))
    with pytest.raises(ValidationError) as caught:
        services.goals.review(goal.id, date(2026, 8, 31), 0)
    assert caught.value.code == "date_too_early"
    with pytest.raises(ValidationError):
        services.goals.review(goal.id, date(2026, 9, 2), 3)
    assert services.goals.for_person(person.id)[0].reviews == ()


def test_order_is_the_persons_and_first_is_top_priority(services, person) -> None:  # type: ignore[no-untyped-def]
    a = services.goals.add(person.id, GoalInput("A", "housing"))
    b = services.goals.add(person.id, GoalInput("B", "social"))
    services.goals.reorder(person.id, [b.id, a.id])
    goals = services.goals.for_person(person.id)
    assert [g.id for g in goals] == [b.id, a.id] and goals[0].is_top_priority and not goals[1].is_top_priority


def test_steps_with_helpers_and_a_helper_who_has_gone(services, person) -> None:  # type: ignore[no-untyped-def]
    goal = services.goals.add(person.id, GoalInput("Get my ID back", "legal"))
    step = services.goals.add_step(goal.id, "Call the DMV", helper_kind="staff",
                                   helper_staff_id=services.actor.staff_id, due_on=date.today() + timedelta(days=3))
    services.goals.add_step(goal.id, "Bring birth certificate", helper_kind="network", helper_name="My sister Ana")
    services.goals.mark_step(step.id, date.today())
    steps = services.goals.for_person(person.id)[0].steps
    assert [s.what for s in steps] == ["Call the DMV", "Bring birth certificate"] and steps[0].done_on == date.today()
    with pytest.raises(ValidationError) as caught:
        services.goals.add_step(goal.id, "Ask someone", helper_kind="staff", helper_staff_id="no-such-staff")
    assert caught.value.code == "helper_gone"


def test_a_stale_edit_is_refused_and_the_saved_one_kept(services, person) -> None:  # type: ignore[no-untyped-def]
    goal = services.goals.add(person.id, GoalInput("Sleep better", "mental_health"))
    services.goals.update(goal.id, GoalInput("Sleep 7 hours", "mental_health"), goal.version)
    with pytest.raises(RoscError) as caught:
        services.goals.update(goal.id, GoalInput("Sleep 8 hours", "mental_health"), goal.version)
    assert caught.value.code == "edited_elsewhere"
    assert services.goals.for_person(person.id)[0].statement == "Sleep 7 hours"


def test_status_and_let_go_goals_leave_the_score(services, person) -> None:  # type: ignore[no-untyped-def]
    goal = services.goals.add(person.id, GoalInput("Quit smoking", "physical_health"), set_on=date(2026, 9, 1))
    services.goals.review(goal.id, date(2026, 10, 1), -2)
    services.goals.set_status(goal.id, "let_go")
    assert services.goals.for_person(person.id)[0].status == "let_go"
    assert services.goals.gas_summary(person.id).t_score is None
