"""Person-defined goals: the person's statement, GAS levels written with them, steps, reviews and order.

A goal's GAS levels are written when it is set; reviews record the level reached on a date. The participant's
T-score uses each goal's latest review (goals never reviewed are left out of the score).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from sqlmodel import col, select

from rosc_desktop.clock import center_today
from rosc_desktop.enums import GoalStatus, LifeDomain, StepHelper
from rosc_desktop.errors import RoscError, ValidationError
from rosc_desktop.model import GasReview, Goal, GoalStep, NetworkMember, Staff
from rosc_desktop.services import gas
from rosc_desktop.services.permissions import Action
from rosc_desktop.services.records import live_participant
from rosc_desktop.services.validation import check_date, clean_text
from rosc_desktop.services.changes import Kind, record_change

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

LEVEL_FIELDS = ("level_minus2", "level_minus1", "level_0", "level_plus1", "level_plus2")


@dataclass(frozen=True)
class GoalInput:
    statement: str
    domain: str = LifeDomain.SOCIAL
    why_it_matters: str = ""
    target_date: date | None = None
    weight: float = 1.0
    levels: tuple[str, str, str, str, str] = ("", "", "", "", "")  # −2, −1, 0, +1, +2


@dataclass(frozen=True)
class StepView:
    id: str
    what: str
    helper_kind: str
    helper_staff_id: str | None
    helper_name: str
    due_on: date | None
    done_on: date | None
    helper_member_id: str | None = None  # a support-network member, when the helper is one


@dataclass(frozen=True)
class ReviewView:
    id: str
    reviewed_on: date
    level: int
    note: str


@dataclass(frozen=True)
class GoalView:
    id: str
    version: int
    domain: str
    statement: str
    why_it_matters: str
    set_on: date
    target_date: date | None
    status: str
    position: int
    weight: float
    levels: tuple[str, str, str, str, str]
    steps: tuple[StepView, ...] = ()
    reviews: tuple[ReviewView, ...] = ()  # oldest first

    @property
    def latest_level(self) -> int | None:
        return self.reviews[-1].level if self.reviews else None

    @property
    def is_top_priority(self) -> bool:
        return self.position == 0 and self.status == GoalStatus.ACTIVE


@dataclass(frozen=True)
class GasSummary:
    t_score: float | None
    reviewed_goals: int
    goals: int
    first_t_score: float | None = None  # from each goal's first review: the change since the plan began
    levels: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class GasPoint:
    """Goal progress at the end of a day on which a goal was reviewed."""

    on: date
    t_score: float


def _validate(data: GoalInput) -> GoalInput:
    if data.domain not in LifeDomain.__members__.values():
        raise ValidationError("domain_unknown", field="domain")
    if not 0 < data.weight <= 10:
        raise ValidationError("weight_range", field="weight")
    if len(data.levels) != 5:
        raise ValidationError("gas_levels_incomplete", field="levels")
    statement = clean_text(data.statement, "statement", 2000, multiline=True, required=True)
    why_it_matters = clean_text(data.why_it_matters, "why_it_matters", 2000, multiline=True)
    minus2, minus1, zero, plus1, plus2 = (clean_text(text, name, 1000, multiline=True)
                                          for text, name in zip(data.levels, LEVEL_FIELDS))
    return GoalInput(
        statement=statement,
        domain=data.domain,
        why_it_matters=why_it_matters,
        target_date=data.target_date,
        weight=float(data.weight),
        levels=(minus2, minus1, zero, plus1, plus2),
    )


class GoalService:
    def __init__(self, services: "Services") -> None:
        self._s = services

    # -- reading ---------------------------------------------------------------------------------------

    def for_person(self, participant_id: str) -> list[GoalView]:
        """The person's goals in their order (active first by position, then the rest), with steps and reviews."""
        self._s.require(Action.VIEW_PARTICIPANT)
        with self._s.store.read() as session:
            live_participant(session, participant_id)
            goals = session.exec(
                select(Goal).where(Goal.participant_id == participant_id, col(Goal.deleted_at).is_(None))
                .order_by(col(Goal.position), col(Goal.created_at))
            ).all()
            ids = [g.id for g in goals]
            steps = session.exec(select(GoalStep).where(col(GoalStep.goal_id).in_(ids),
                                                        col(GoalStep.deleted_at).is_(None))
                                 .order_by(col(GoalStep.position), col(GoalStep.created_at))).all()
            reviews = session.exec(select(GasReview).where(col(GasReview.goal_id).in_(ids),
                                                           col(GasReview.deleted_at).is_(None))
                                   .order_by(col(GasReview.reviewed_on), col(GasReview.created_at))).all()
            return [_view(g, [s for s in steps if s.goal_id == g.id], [r for r in reviews if r.goal_id == g.id])
                    for g in goals]

    def gas_summary(self, participant_id: str) -> GasSummary:
        goals = [g for g in self.for_person(participant_id) if g.status != GoalStatus.LET_GO]
        reviewed = [g for g in goals if g.reviews]
        weights = [g.weight for g in reviewed]
        latest = gas.t_score([g.reviews[-1].level for g in reviewed], weights)
        first = gas.t_score([g.reviews[0].level for g in reviewed], weights)
        return GasSummary(latest, len(reviewed), len(goals), first,
                          {g.id: g.reviews[-1].level for g in reviewed})

    def gas_history(self, participant_id: str) -> list[GasPoint]:
        """The T-score after each review day, oldest first, over the goals `gas_summary` scores (let-go goals
        are left out), so the last point is the summary's figure."""
        goals = [g for g in self.for_person(participant_id) if g.status != GoalStatus.LET_GO]
        reviews = [(g.id, r.reviewed_on, r.level) for g in goals for r in g.reviews]
        weights = {g.id: g.weight for g in goals}
        return [GasPoint(day, score) for day, score in gas.t_scores_over_time(reviews, weights)]

    # -- writing ---------------------------------------------------------------------------------------

    def add(self, participant_id: str, data: GoalInput, set_on: date | None = None) -> GoalView:
        self._s.require(Action.EDIT_PLAN)
        clean = _validate(data)
        set_on = set_on or center_today()
        check_date(set_on, "set_on")
        if clean.target_date is not None and clean.target_date < set_on:
            raise ValidationError("target_before_set", field="target_date")
        with self._s.store.write() as session:
            live_participant(session, participant_id)
            last = session.exec(select(Goal.position).where(Goal.participant_id == participant_id)
                                .order_by(col(Goal.position).desc())).first()
            minus2, minus1, zero, plus1, plus2 = clean.levels
            goal = Goal(participant_id=participant_id, domain=clean.domain, statement=clean.statement,
                        why_it_matters=clean.why_it_matters, set_on=set_on, target_date=clean.target_date,
                        weight=clean.weight, position=(last + 1) if last is not None else 0,
                        level_minus2=minus2, level_minus1=minus1, level_0=zero, level_plus1=plus1, level_plus2=plus2)
            session.add(goal)
            session.flush()
            self._s.audit(session, "goal_set", "participant", participant_id, {"goal": goal.id})
            record_change(Kind.GOALS, participant_id=participant_id)
            return _view(goal, [], [])

    def update(self, goal_id: str, data: GoalInput, expected_version: int) -> GoalView:
        self._s.require(Action.EDIT_PLAN)
        clean = _validate(data)
        with self._s.store.write() as session:
            goal = self._goal(session, goal_id)
            if goal.version != expected_version:
                raise RoscError("edited_elsewhere", entity="goal")
            if clean.target_date is not None and clean.target_date < goal.set_on:
                raise ValidationError("target_before_set", field="target_date")
            goal.domain, goal.statement, goal.why_it_matters = clean.domain, clean.statement, clean.why_it_matters
            goal.target_date, goal.weight = clean.target_date, clean.weight
            for name, text in zip(LEVEL_FIELDS, clean.levels):
                setattr(goal, name, text)
            session.add(goal)
            session.flush()
            self._s.audit(session, "goal_updated", "participant", goal.participant_id, {"goal": goal.id})
            record_change(Kind.GOALS, participant_id=goal.participant_id)
        return self._one(goal_id)

    def set_status(self, goal_id: str, status: str) -> None:
        self._s.require(Action.EDIT_PLAN)
        if status not in GoalStatus.__members__.values():
            raise ValidationError("status_unknown", field="status")
        with self._s.store.write() as session:
            goal = self._goal(session, goal_id)
            goal.status = status
            session.add(goal)
            self._s.audit(session, "goal_status", "participant", goal.participant_id,
                          {"goal": goal.id, "status": status})
            record_change(Kind.GOALS, participant_id=goal.participant_id)

    def reorder(self, participant_id: str, goal_ids: list[str]) -> None:
        """The person's order of priority: the first is their top priority."""
        self._s.require(Action.EDIT_PLAN)
        with self._s.store.write() as session:
            goals = {g.id: g for g in session.exec(select(Goal).where(Goal.participant_id == participant_id,
                                                                       col(Goal.deleted_at).is_(None)))}
            if set(goal_ids) != set(goals):
                raise RoscError("edited_elsewhere", entity="goal")
            for position, goal_id in enumerate(goal_ids):
                if goals[goal_id].position != position:
                    goals[goal_id].position = position
                    session.add(goals[goal_id])
            self._s.audit(session, "goals_reordered", "participant", participant_id)
            record_change(Kind.GOALS, participant_id=participant_id)

    def add_step(self, goal_id: str, what: str, *, helper_kind: str = StepHelper.PARTICIPANT,
                 helper_staff_id: str | None = None, helper_name: str = "", due_on: date | None = None,
                 helper_member_id: str | None = None) -> StepView:
        self._s.require(Action.EDIT_PLAN)
        what = clean_text(what, "what", 1000, required=True)
        helper_name = clean_text(helper_name, "helper_name", 200)
        if helper_kind not in StepHelper.__members__.values():
            raise ValidationError("helper_unknown", field="helper_kind")
        with self._s.store.write() as session:
            goal = self._goal(session, goal_id)
            if helper_kind == StepHelper.STAFF:
                staff = session.get(Staff, helper_staff_id) if helper_staff_id else None
                if staff is None or not staff.in_service:
                    raise ValidationError("helper_gone", field="helper_staff_id")
            elif helper_kind == StepHelper.NETWORK and helper_member_id:
                member = session.get(NetworkMember, helper_member_id)
                if (member is None or member.deleted_at is not None or member.removed_on is not None
                        or member.participant_id != goal.participant_id):
                    raise ValidationError("helper_gone", field="helper_member_id")
                helper_name = helper_name or member.name
            elif helper_kind == StepHelper.NETWORK and not helper_name:
                raise ValidationError("required", field="helper_name")
            if due_on is not None and due_on < goal.set_on:
                raise ValidationError("date_before_goal", field="due_on")
            count = len(session.exec(select(GoalStep.id).where(GoalStep.goal_id == goal_id)).all())
            step = GoalStep(goal_id=goal_id, what=what, helper_kind=helper_kind,
                            helper_staff_id=helper_staff_id if helper_kind == StepHelper.STAFF else None,
                            helper_name=helper_name, due_on=due_on, position=count,
                            helper_member_id=helper_member_id if helper_kind == StepHelper.NETWORK else None)
            session.add(step)
            session.flush()
            self._s.audit(session, "goal_step_added", "participant", goal.participant_id, {"goal": goal.id})
            record_change(Kind.GOALS, participant_id=goal.participant_id)
            return _step_view(step)

    def mark_step(self, step_id: str, done_on: date | None) -> None:
        """Tick a step done on a date, or untick it (None)."""
        self._s.require(Action.EDIT_PLAN)
        if done_on is not None:
            check_date(done_on, "done_on")
        with self._s.store.write() as session:
            step = session.get(GoalStep, step_id)
            if step is None or step.deleted_at is not None:
                raise RoscError("participant_not_found")
            goal = self._goal(session, step.goal_id)
            step.done_on = done_on
            session.add(step)
            self._s.audit(session, "goal_step_marked", "participant", goal.participant_id, {"goal": goal.id})
            record_change(Kind.GOALS, participant_id=goal.participant_id)

    def review(self, goal_id: str, reviewed_on: date, level: int, note: str = "") -> ReviewView:
        """Record the GAS level reached on a date. History is kept: reviews are never overwritten."""
        self._s.require(Action.EDIT_PLAN)
        if isinstance(level, bool) or level not in gas.LEVELS:
            raise ValidationError("gas_level_range", field="level")
        note = clean_text(note, "note", 2000, multiline=True)
        with self._s.store.write() as session:
            goal = self._goal(session, goal_id)
            check_date(reviewed_on, "reviewed_on", not_before=goal.set_on)
            row = GasReview(goal_id=goal_id, reviewed_on=reviewed_on, level=level, note=note,
                            recorded_by=self._s.actor.staff_id)
            session.add(row)
            session.flush()
            self._s.audit(session, "gas_reviewed", "participant", goal.participant_id, {"goal": goal.id})
            record_change(Kind.GOALS, participant_id=goal.participant_id)
            return ReviewView(row.id, row.reviewed_on, row.level, row.note)

    # -- helpers ---------------------------------------------------------------------------------------

    def _one(self, goal_id: str) -> GoalView:
        with self._s.store.read() as session:
            goal = self._goal(session, goal_id)
            participant_id = goal.participant_id
        return next(g for g in self.for_person(participant_id) if g.id == goal_id)

    def _goal(self, session, goal_id: str) -> Goal:
        goal = session.get(Goal, goal_id)
        if goal is None or goal.deleted_at is not None:
            raise RoscError("goal_not_found")
        live_participant(session, goal.participant_id)
        return goal



def _step_view(s: GoalStep) -> StepView:
    return StepView(s.id, s.what, s.helper_kind, s.helper_staff_id, s.helper_name, s.due_on, s.done_on,
                    s.helper_member_id)


def _view(g: Goal, steps: list[GoalStep], reviews: list[GasReview]) -> GoalView:
    return GoalView(
        g.id, g.version, g.domain, g.statement, g.why_it_matters, g.set_on, g.target_date, g.status, g.position,
        g.weight, tuple(getattr(g, name) for name in LEVEL_FIELDS),
        tuple(_step_view(s) for s in steps),
        tuple(ReviewView(r.id, r.reviewed_on, r.level, r.note) for r in reviews),
    )
