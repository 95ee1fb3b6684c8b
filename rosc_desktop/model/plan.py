"""The participant's plan: person-defined goals with Goal Attainment Scaling, steps, check-ins, follow-ups
and the setback plan. Every table is synchronised (SyncedRow), so history travels with the record."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Column
from sqlmodel import Field

from rosc_desktop.enums import ContactMode, GoalStatus, LifeDomain, StepHelper
from rosc_desktop.model.base import SyncedRow
from rosc_desktop.model.types import UTCDateTime

__all__ = ["CheckIn", "FollowUp", "GasReview", "Goal", "GoalStep", "SetbackEvent", "SetbackPlan",
           "ContactMode", "GoalStatus", "LifeDomain", "StepHelper"]


class Goal(SyncedRow, table=True):
    participant_id: str = Field(foreign_key="participant.id", index=True, max_length=36)
    domain: str = Field(default=LifeDomain.SOCIAL, max_length=32)
    statement: str = Field(max_length=2000, description="the person's own words")
    why_it_matters: str = Field(default="", max_length=2000)
    set_on: date
    target_date: date | None = None
    status: str = Field(default=GoalStatus.ACTIVE, max_length=16)
    position: int = Field(default=0, description="the person's order; 0 is their top priority")
    weight: float = Field(default=1.0, description="GAS weight (importance), 1 unless the person says otherwise")
    # The five Goal Attainment Scaling levels, written with the person when the goal is set.
    level_minus2: str = Field(default="", max_length=1000)
    level_minus1: str = Field(default="", max_length=1000)
    level_0: str = Field(default="", max_length=1000)
    level_plus1: str = Field(default="", max_length=1000)
    level_plus2: str = Field(default="", max_length=1000)


class GoalStep(SyncedRow, table=True):
    __tablename__ = "goal_step"

    goal_id: str = Field(foreign_key="goal.id", index=True, max_length=36)
    what: str = Field(max_length=1000)
    helper_kind: str = Field(default=StepHelper.PARTICIPANT, max_length=16)
    helper_staff_id: str | None = Field(default=None, foreign_key="staff.id", max_length=36)
    helper_name: str = Field(default="", max_length=200, description="who helps, in words, when not a member")
    helper_member_id: str | None = Field(default=None, foreign_key="network_member.id", max_length=36)
    due_on: date | None = None
    done_on: date | None = None
    position: int = 0


class GasReview(SyncedRow, table=True):
    __tablename__ = "gas_review"

    goal_id: str = Field(foreign_key="goal.id", index=True, max_length=36)
    reviewed_on: date
    level: int = Field(description="-2 … +2, the level reached")
    note: str = Field(default="", max_length=2000)
    recorded_by: str | None = Field(default=None, foreign_key="staff.id", max_length=36)


class CheckIn(SyncedRow, table=True):
    __tablename__ = "check_in"

    participant_id: str = Field(foreign_key="participant.id", index=True, max_length=36)
    occurred_at: datetime = Field(sa_type=UTCDateTime, index=True)
    staff_id: str | None = Field(default=None, foreign_key="staff.id", max_length=36)
    mode: str = Field(default=ContactMode.IN_PERSON, max_length=16)
    duration_minutes: int | None = None
    place: str = Field(default="", max_length=200)
    notes: str = Field(default="")
    goal_ids: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))


class FollowUp(SyncedRow, table=True):
    __tablename__ = "follow_up"

    participant_id: str = Field(foreign_key="participant.id", index=True, max_length=36)
    due_on: date = Field(index=True)
    reason: str = Field(default="", max_length=500)
    source: str = Field(default="check_in", max_length=16, description="check_in, setback or manual")
    source_id: str | None = Field(default=None, max_length=36)
    done_on: date | None = None


class SetbackPlan(SyncedRow, table=True):
    __tablename__ = "setback_plan"

    participant_id: str = Field(foreign_key="participant.id", index=True, unique=True, max_length=36)
    warning_signs: str = ""
    what_helps: str = ""
    what_does_not_help: str = ""
    people_to_call: str = Field(default="", description="one support per line: name, then how to reach them")
    safe_places: str = ""


class SetbackEvent(SyncedRow, table=True):
    """'When things get hard, reconvene my network': one dated record of the response to a setback."""

    __tablename__ = "setback_event"

    participant_id: str = Field(foreign_key="participant.id", index=True, max_length=36)
    occurred_on: date
    note: str = ""
    supports: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    recorded_by: str | None = Field(default=None, foreign_key="staff.id", max_length=36)
