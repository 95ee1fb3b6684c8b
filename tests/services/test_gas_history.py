"""Goal progress over time: the T-score after each review day, as every goal's latest review stood then."""

from __future__ import annotations

from datetime import date

import pytest

from rosc_desktop.services import gas
from rosc_desktop.services.participants import ParticipantInput
from rosc_desktop.services.plans import GasPoint, GoalInput


@pytest.fixture
def person(services):  # type: ignore[no-untyped-def]
    return services.participants.register(ParticipantInput("Rosa Díaz"))


def test_each_review_day_scores_every_goal_where_it_stood(services, person) -> None:  # type: ignore[no-untyped-def]
    housing = services.goals.add(person.id, GoalInput("Own place", "housing"), set_on=date(2026, 9, 1))
    work = services.goals.add(person.id, GoalInput("Part-time job", "work_education", weight=2),
                              set_on=date(2026, 9, 1))
    services.goals.review(housing.id, date(2026, 9, 15), -1)
    services.goals.review(work.id, date(2026, 10, 1), -2)
    services.goals.review(housing.id, date(2026, 10, 20), 1)
    services.goals.review(work.id, date(2026, 10, 20), 0)

    history = services.goals.gas_history(person.id)

    assert [p.on for p in history] == [date(2026, 9, 15), date(2026, 10, 1), date(2026, 10, 20)]
    # Only the housing goal had been reviewed on 15 Sep; on 1 Oct it still stood at −1 beside work's −2.
    assert history[0] == GasPoint(date(2026, 9, 15), pytest.approx(40.0))
    assert history[1].t_score == pytest.approx(gas.t_score([-1, -2], [1, 2]))
    assert history[2].t_score == pytest.approx(gas.t_score([1, 0], [1, 2]))
    assert history[-1].t_score == pytest.approx(services.goals.gas_summary(person.id).t_score)


def test_same_day_reviews_count_the_last_recorded_and_let_go_goals_are_left_out(
        services, person) -> None:  # type: ignore[no-untyped-def]
    kept = services.goals.add(person.id, GoalInput("Walk daily", "physical_health"), set_on=date(2026, 9, 1))
    dropped = services.goals.add(person.id, GoalInput("Learn guitar", "recreation"), set_on=date(2026, 9, 1))
    services.goals.review(kept.id, date(2026, 9, 10), -1)
    services.goals.review(kept.id, date(2026, 9, 10), 2)  # corrected the same day
    services.goals.review(dropped.id, date(2026, 9, 20), -2)
    services.goals.set_status(dropped.id, "let_go")

    history = services.goals.gas_history(person.id)

    assert [(p.on, round(p.t_score)) for p in history] == [(date(2026, 9, 10), 70)]


def test_no_reviews_no_history(services, person) -> None:  # type: ignore[no-untyped-def]
    services.goals.add(person.id, GoalInput("Own place", "housing"), set_on=date(2026, 9, 1))
    assert services.goals.gas_history(person.id) == []
    assert gas.t_scores_over_time([], {}) == []
