"""The monthly counts reports and the hub export read, computed once here rather than re-derived elsewhere.

All counts cover a period [start, end] of dates (inclusive) and only records that are not voided.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time
from statistics import mean
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlmodel import col, select

from rosc_desktop.clock import local_date
from rosc_desktop.enums import ContactMode, GoalStatus
from rosc_desktop.errors import ValidationError
from rosc_desktop.model import CheckIn, GasReview, Goal, Participant
from rosc_desktop.services import gas
from rosc_desktop.services.permissions import Action

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services


@dataclass(frozen=True)
class MonthlyCounts:
    start: date
    end: date
    participants_seen: int
    check_ins: int
    check_ins_by_mode: dict[str, int] = field(default_factory=dict)
    goals_set: int = 0
    goals_achieved: int = 0
    average_gas_change: float | None = None  # T-score points, latest minus first, over people with reviews
    people_with_gas_change: int = 0
    average_barc10_change: float | None = None  # total points, latest minus first, over people with ≥ 2
    people_with_barc10_change: int = 0


# Per person assessed in the period who has an earlier assessment: latest total minus the first (up to the end
# of the period). Done in SQL: at 100,000 people, loading every assessment took seconds.
BARC_CHANGE_SQL = """
WITH a AS (
    SELECT r.participant_id AS pid, r.assessed_on AS day, r.total AS total,
           row_number() OVER (PARTITION BY r.participant_id ORDER BY r.assessed_on, r.created_at) AS from_first,
           row_number() OVER (PARTITION BY r.participant_id ORDER BY r.assessed_on DESC, r.created_at DESC)
               AS from_last,
           count(*) OVER (PARTITION BY r.participant_id) AS n
    FROM recovery_capital_assessment r JOIN participant p ON p.id = r.participant_id AND p.deleted_at IS NULL
    WHERE r.deleted_at IS NULL AND r.assessed_on <= :end AND (:site = '' OR p.owner_site = :site)
)
SELECT last.total - first.total FROM a AS first JOIN a AS last ON first.pid = last.pid
WHERE first.from_first = 1 AND last.from_last = 1 AND first.n >= 2 AND last.day >= :start
"""


class ReportService:
    def __init__(self, services: "Services") -> None:
        self._s = services

    def monthly_counts(self, start: date, end: date, *, site: str = "") -> MonthlyCounts:
        """The period's counts; `site` limits them to one center's records (a hub reports per center)."""
        self._s.require(Action.VIEW_REPORTS)
        if end < start:
            raise ValidationError("period_reversed", field="end")
        # The period's days are the center's calendar days, as staff picked them, not UTC days.
        since = datetime.combine(start, time.min).astimezone()
        until = datetime.combine(end, time.max).astimezone()
        with self._s.store.read() as session:
            people = select(Participant.id).where(col(Participant.deleted_at).is_(None))
            if site:
                people = people.where(Participant.owner_site == site)
            live = set(session.exec(people).all())
            visits = [(c.participant_id, c.mode) for c in session.exec(
                select(CheckIn).where(col(CheckIn.deleted_at).is_(None), CheckIn.occurred_at >= since,
                                      CheckIn.occurred_at <= until)) if c.participant_id in live]
            goals = [g for g in session.exec(select(Goal).where(col(Goal.deleted_at).is_(None)))
                     if g.participant_id in live]
            reviews = session.exec(select(GasReview).where(col(GasReview.deleted_at).is_(None),
                                                           GasReview.reviewed_on <= end)
                                   .order_by(col(GasReview.reviewed_on), col(GasReview.created_at))).all()
            barc_change = [row[0] for row in session.connection().execute(
                text(BARC_CHANGE_SQL), {"end": end.isoformat(), "start": start.isoformat(), "site": site})]
        modes = Counter(mode for _, mode in visits)
        achieved = sum(1 for g in goals if g.status == GoalStatus.ACHIEVED and start <= local_date(g.updated_at) <= end)
        gas_change = _gas_changes(goals, reviews, start, end)
        return MonthlyCounts(
            start, end,
            participants_seen=len({pid for pid, _ in visits}),
            check_ins=len(visits),
            check_ins_by_mode={mode.value: modes.get(mode.value, 0) for mode in ContactMode},
            goals_set=sum(1 for g in goals if start <= g.set_on <= end),
            goals_achieved=achieved,
            average_gas_change=mean(gas_change) if gas_change else None,
            people_with_gas_change=len(gas_change),
            average_barc10_change=mean(barc_change) if barc_change else None,
            people_with_barc10_change=len(barc_change),
        )


def _gas_changes(goals: list[Goal], reviews: list[GasReview], start: date, end: date) -> list[float]:
    """Per person reviewed in the period: T-score from each goal's latest review minus from its first."""
    by_goal: dict[str, list[GasReview]] = defaultdict(list)
    for review in reviews:
        by_goal[review.goal_id].append(review)
    by_person: dict[str, list[Goal]] = defaultdict(list)
    for goal in goals:
        if goal.status != GoalStatus.LET_GO and by_goal.get(goal.id):
            by_person[goal.participant_id].append(goal)
    changes = []
    for person_goals in by_person.values():
        if not any(start <= r.reviewed_on <= end for g in person_goals for r in by_goal[g.id]):
            continue
        weights = [g.weight for g in person_goals]
        first = gas.t_score([by_goal[g.id][0].level for g in person_goals], weights)
        latest = gas.t_score([by_goal[g.id][-1].level for g in person_goals], weights)
        if first is not None and latest is not None:
            changes.append(latest - first)
    return changes
