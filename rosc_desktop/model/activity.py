"""What the center runs and who came: activities (groups, meetings, classes, events, drop-in hours), weekly
series they repeat from, and attendance.

An enrolled person's attendance is a row naming them; people who are not enrolled, or would rather not give a
name, are a number on the activity (`anonymous_count`), never a name. `held_on` is the center's calendar day of
the activity, kept beside the moment so a month's report groups by day in SQL without time-zone arithmetic.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Index
from sqlmodel import Field

from rosc_desktop.enums import ActivityKind
from rosc_desktop.model.base import SyncedRow
from rosc_desktop.model.types import UTCDateTime

__all__ = ["Activity", "ActivitySeries", "Attendance"]


class ActivitySeries(SyncedRow, table=True):
    """A weekly (or fortnightly) activity, set up once: its occurrences become activities when they are held."""

    __tablename__ = "activity_series"

    name: str = Field(max_length=200)
    kind: str = Field(default=ActivityKind.GROUP, max_length=16)
    place: str = Field(default="", max_length=200)
    facilitator: str = Field(default="", max_length=200, description="staff or volunteer, by name")
    weekday: int = Field(description="0 = Monday … 6 = Sunday")
    start_time: str = Field(max_length=5, description="HH:MM, the center's local time")
    duration_minutes: int | None = None
    every_weeks: int = Field(default=1, description="1 weekly, 2 every other week")
    starts_on: date
    ends_on: date | None = None


class Activity(SyncedRow, table=True):
    __tablename__ = "activity"
    __table_args__ = (Index("ix_activity_series_day", "series_id", "held_on"),)

    name: str = Field(max_length=200)
    kind: str = Field(default=ActivityKind.GROUP, max_length=16, index=True)
    starts_at: datetime = Field(sa_type=UTCDateTime)
    held_on: date = Field(index=True, description="the center's calendar day of starts_at")
    duration_minutes: int | None = None
    place: str = Field(default="", max_length=200)
    facilitator: str = Field(default="", max_length=200)
    series_id: str | None = Field(default=None, foreign_key="activity_series.id", max_length=36)
    anonymous_count: int = Field(default=0, description="people not enrolled or not named: a number, never names")
    cancelled: bool = False
    notes: str = Field(default="", max_length=2000)


class Attendance(SyncedRow, table=True):
    __tablename__ = "attendance"
    __table_args__ = (Index("ux_attendance_activity_participant", "activity_id", "participant_id", unique=True),
                      Index("ix_attendance_participant_day", "participant_id", "attended_on"))

    activity_id: str = Field(foreign_key="activity.id", max_length=36)
    participant_id: str = Field(foreign_key="participant.id", max_length=36)
    attended_on: date = Field(index=True, description="the activity's day, copied for the reports' sake")
