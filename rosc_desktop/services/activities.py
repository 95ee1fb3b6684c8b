"""What the center runs and who came: activities, the weekly series they repeat from, attendance and the
front desk's drop-in sheet.

A series is set up once ("All Recovery Meeting", Tuesdays 18:00); its occurrences are shown for any day without
being stored, and an occurrence becomes an activity row the first time someone records it (attendance, a count
of unnamed visitors, or a cancellation). So a month's "activities held" counts what was recorded, not what a
calendar promised. People who are not enrolled, or would rather not give a name, are counted on the activity
as a number, never as names.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import TYPE_CHECKING, Any

from sqlalchemy import text
from sqlmodel import col, select

from rosc_desktop.clock import center_today, local_date
from rosc_desktop.enums import ActivityKind
from rosc_desktop.errors import RoscError, ValidationError
from rosc_desktop.model import Activity, ActivitySeries, Attendance, Participant
from rosc_desktop.model.types import utc_now
from rosc_desktop.services.permissions import Action
from rosc_desktop.services.records import live_participant
from rosc_desktop.services.validation import clean_text
from rosc_desktop.services.changes import Kind, record_change

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

MAX_ANONYMOUS = 10_000
MAX_DURATION_MINUTES = 24 * 60
KINDS = frozenset(ActivityKind.__members__.values())


@dataclass(frozen=True)
class ActivityInput:
    name: str
    kind: str
    starts_at: datetime  # aware; shown and grouped by the center's calendar day
    duration_minutes: int | None = None
    place: str = ""
    facilitator: str = ""
    notes: str = ""


@dataclass(frozen=True)
class SeriesInput:
    name: str
    kind: str
    weekday: int  # 0 = Monday
    start_time: time
    starts_on: date
    duration_minutes: int | None = None
    place: str = ""
    facilitator: str = ""
    every_weeks: int = 1
    ends_on: date | None = None


@dataclass(frozen=True)
class ActivityView:
    """An activity held or planned. `id` is None for a series' occurrence nobody has recorded yet."""

    id: str | None
    name: str
    kind: str
    starts_at: datetime
    held_on: date
    duration_minutes: int | None
    place: str
    facilitator: str
    series_id: str | None
    anonymous_count: int
    cancelled: bool
    notes: str
    attendees: int  # enrolled people recorded as there
    version: int

    @property
    def headcount(self) -> int:
        return self.attendees + self.anonymous_count


@dataclass(frozen=True)
class SeriesView:
    id: str
    name: str
    kind: str
    weekday: int
    start_time: time
    starts_on: date
    ends_on: date | None
    every_weeks: int
    duration_minutes: int | None
    place: str
    facilitator: str


@dataclass(frozen=True)
class AttendeeView:
    participant_id: str
    preferred_name: str


@dataclass(frozen=True)
class PersonAttendance:
    """One activity a person came to, for their Overview and check-in timeline."""

    activity_id: str
    name: str
    kind: str
    starts_at: datetime
    held_on: date


def _clean_activity(data: ActivityInput) -> dict[str, Any]:
    if data.kind not in KINDS:
        raise ValidationError("activity_kind_unknown", field="kind")
    if data.starts_at.tzinfo is None:
        raise ValidationError("date_invalid", field="starts_at")
    _check_duration(data.duration_minutes)
    return {"name": clean_text(data.name, "name", 200, required=True), "kind": data.kind,
            "starts_at": data.starts_at.astimezone(timezone.utc), "held_on": local_date(data.starts_at),
            "duration_minutes": data.duration_minutes, "place": clean_text(data.place, "place", 200),
            "facilitator": clean_text(data.facilitator, "facilitator", 200),
            "notes": clean_text(data.notes, "notes", 2000, multiline=True)}


def _check_duration(minutes: int | None) -> None:
    if minutes is not None and not 0 < minutes <= MAX_DURATION_MINUTES:
        raise ValidationError("duration_range", field="duration_minutes")


def occurrence_days(series: ActivitySeries | SeriesView, first: date, last: date) -> list[date]:
    """The days in [first, last] a series meets: its weekday, every `every_weeks` weeks from its first day."""
    start = series.starts_on + timedelta(days=(series.weekday - series.starts_on.weekday()) % 7)
    last = min(last, series.ends_on) if series.ends_on else last
    if last < max(first, start):
        return []
    step = 7 * series.every_weeks
    skip = max(0, (first - start).days + step - 1) // step
    day = start + timedelta(days=skip * step)
    days = []
    while day <= last:
        days.append(day)
        day += timedelta(days=step)
    return days


def _moment(day: date, at: time) -> datetime:
    """The center's local wall-clock time on that day, as an aware moment (daylight saving handled by the OS)."""
    return datetime.combine(day, at).astimezone()


def _parse_time(value: str) -> time:
    return time.fromisoformat(value)


class ActivityService:
    def __init__(self, services: "Services") -> None:
        self._s = services

    # -- activities ----------------------------------------------------------------------------------------

    def create(self, data: ActivityInput) -> ActivityView:
        self._s.require(Action.RUN_ACTIVITIES)
        values = _clean_activity(data)
        with self._s.store.write() as session:
            row = Activity(**values)
            session.add(row)
            session.flush()
            self._s.audit(session, "activity_created", "activity", row.id)
            record_change(Kind.ACTIVITIES)
            return _view(row, 0)

    def update(self, activity_id: str, data: ActivityInput, expected_version: int) -> ActivityView:
        self._s.require(Action.RUN_ACTIVITIES)
        values = _clean_activity(data)
        with self._s.store.write() as session:
            row = _live_activity(session, activity_id)
            if row.version != expected_version:
                raise RoscError("stale_record")
            for name, value in values.items():
                setattr(row, name, value)
            session.add(row)
            for attendance in session.exec(select(Attendance).where(Attendance.activity_id == row.id)):
                attendance.attended_on = row.held_on  # a moved activity moves its attendance with it
                session.add(attendance)
            session.flush()
            self._s.audit(session, "activity_updated", "activity", row.id)
            record_change(Kind.ACTIVITIES)
            return _view(row, _attendee_count(session, row.id))

    def set_cancelled(self, activity_id: str, cancelled: bool = True) -> ActivityView:
        self._s.require(Action.RUN_ACTIVITIES)
        with self._s.store.write() as session:
            row = _live_activity(session, activity_id)
            row.cancelled = cancelled
            session.add(row)
            session.flush()
            self._s.audit(session, "activity_cancelled" if cancelled else "activity_reinstated", "activity", row.id)
            record_change(Kind.ACTIVITIES)
            return _view(row, _attendee_count(session, row.id))

    def get(self, activity_id: str) -> ActivityView:
        self._s.require(Action.VIEW_PARTICIPANT)
        with self._s.store.read() as session:
            row = _live_activity(session, activity_id)
            return _view(row, _attendee_count(session, row.id))

    def between(self, first: date, last: date) -> list[ActivityView]:
        """Every activity recorded in [first, last] and every series occurrence not recorded yet, by time."""
        self._s.require(Action.VIEW_PARTICIPANT)
        if last < first:
            raise ValidationError("period_reversed", field="end")
        with self._s.store.read() as session:
            rows = session.exec(select(Activity).where(col(Activity.deleted_at).is_(None),
                                                       Activity.held_on >= first, Activity.held_on <= last)).all()
            counts = _attendee_counts(session, [r.id for r in rows])
            views = [_view(r, counts.get(r.id, 0)) for r in rows]
            recorded = {(r.series_id, r.held_on) for r in rows if r.series_id}
            for series in session.exec(select(ActivitySeries).where(col(ActivitySeries.deleted_at).is_(None))):
                for day in occurrence_days(series, first, last):
                    if (series.id, day) not in recorded:
                        views.append(_planned(series, day))
        return sorted(views, key=lambda v: (v.starts_at, v.name))

    def on_day(self, day: date) -> list[ActivityView]:
        return self.between(day, day)

    def record_occurrence(self, series_id: str, day: date) -> ActivityView:
        """The activity row for a series' meeting on `day`, made the first time anyone records it."""
        self._s.require(Action.RUN_ACTIVITIES)
        with self._s.store.write() as session:
            series = session.get(ActivitySeries, series_id)
            if series is None or series.deleted_at is not None:
                raise RoscError("activity_not_found")
            if day not in occurrence_days(series, day, day):
                raise ValidationError("not_a_meeting_day", field="held_on")
            existing = session.exec(select(Activity).where(Activity.series_id == series_id, Activity.held_on == day,
                                                           col(Activity.deleted_at).is_(None))).first()
            if existing is not None:
                return _view(existing, _attendee_count(session, existing.id))
            starts = _moment(day, _parse_time(series.start_time))
            row = Activity(name=series.name, kind=series.kind, starts_at=starts.astimezone(timezone.utc), held_on=day,
                           duration_minutes=series.duration_minutes, place=series.place,
                           facilitator=series.facilitator, series_id=series.id)
            session.add(row)
            session.flush()
            self._s.audit(session, "activity_created", "activity", row.id, {"series": series.id})
            record_change(Kind.ACTIVITIES)
            return _view(row, 0)

    def drop_in(self, day: date | None = None) -> ActivityView:
        """The day's drop-in hours (one activity per day), made when the front desk first records someone."""
        self._s.require(Action.RUN_ACTIVITIES)
        day = day or center_today()
        with self._s.store.write() as session:
            existing = session.exec(select(Activity).where(Activity.kind == ActivityKind.DROP_IN,
                                                           Activity.held_on == day, col(Activity.series_id).is_(None),
                                                           col(Activity.deleted_at).is_(None))
                                    .order_by(col(Activity.created_at))).first()
            if existing is not None:
                return _view(existing, _attendee_count(session, existing.id))
            row = Activity(name="", kind=ActivityKind.DROP_IN, starts_at=_moment(day, time(0, 0)).astimezone(timezone.utc),
                           held_on=day)
            session.add(row)
            session.flush()
            self._s.audit(session, "activity_created", "activity", row.id, {"drop_in": True})
            record_change(Kind.ACTIVITIES)
            return _view(row, 0)

    def find_drop_in(self, day: date) -> ActivityView | None:
        """The day's drop-in hours if anyone has been recorded at them yet; reading never creates one."""
        self._s.require(Action.VIEW_PARTICIPANT)
        with self._s.store.read() as session:
            row = session.exec(select(Activity).where(Activity.kind == ActivityKind.DROP_IN, Activity.held_on == day,
                                                      col(Activity.series_id).is_(None),
                                                      col(Activity.deleted_at).is_(None))
                               .order_by(col(Activity.created_at))).first()
            return _view(row, _attendee_count(session, row.id)) if row is not None else None

    # -- series --------------------------------------------------------------------------------------------

    def create_series(self, data: SeriesInput) -> SeriesView:
        self._s.require(Action.RUN_ACTIVITIES)
        if data.kind not in KINDS:
            raise ValidationError("activity_kind_unknown", field="kind")
        if not 0 <= data.weekday <= 6:
            raise ValidationError("weekday_range", field="weekday")
        if data.every_weeks not in (1, 2, 3, 4):
            raise ValidationError("every_weeks_range", field="every_weeks")
        if data.ends_on is not None and data.ends_on < data.starts_on:
            raise ValidationError("period_reversed", field="ends_on")
        _check_duration(data.duration_minutes)
        with self._s.store.write() as session:
            row = ActivitySeries(name=clean_text(data.name, "name", 200, required=True), kind=data.kind,
                                 weekday=data.weekday, start_time=data.start_time.strftime("%H:%M"),
                                 starts_on=data.starts_on, ends_on=data.ends_on, every_weeks=data.every_weeks,
                                 duration_minutes=data.duration_minutes, place=clean_text(data.place, "place", 200),
                                 facilitator=clean_text(data.facilitator, "facilitator", 200))
            session.add(row)
            session.flush()
            self._s.audit(session, "activity_series_created", "activity_series", row.id)
            record_change(Kind.ACTIVITIES)
            return _series_view(row)

    def end_series(self, series_id: str, last_day: date) -> SeriesView:
        """The series meets no more after `last_day`; what was recorded stays."""
        self._s.require(Action.RUN_ACTIVITIES)
        with self._s.store.write() as session:
            row = session.get(ActivitySeries, series_id)
            if row is None or row.deleted_at is not None:
                raise RoscError("activity_not_found")
            if last_day < row.starts_on - timedelta(days=1):
                raise ValidationError("period_reversed", field="ends_on")
            row.ends_on = last_day
            session.add(row)
            session.flush()
            self._s.audit(session, "activity_series_ended", "activity_series", row.id)
            record_change(Kind.ACTIVITIES)
            return _series_view(row)

    def series(self) -> list[SeriesView]:
        self._s.require(Action.VIEW_PARTICIPANT)
        with self._s.store.read() as session:
            rows = session.exec(select(ActivitySeries).where(col(ActivitySeries.deleted_at).is_(None))).all()
        return sorted((_series_view(r) for r in rows), key=lambda s: (s.weekday, s.start_time, s.name))

    # -- attendance ----------------------------------------------------------------------------------------

    def attendees(self, activity_id: str) -> list[AttendeeView]:
        self._s.require(Action.VIEW_PARTICIPANT)
        with self._s.store.read() as session:
            rows = session.exec(
                select(Participant.id, Participant.preferred_name)
                .join(Attendance, col(Attendance.participant_id) == col(Participant.id))
                .where(Attendance.activity_id == activity_id, col(Attendance.deleted_at).is_(None),
                       col(Participant.deleted_at).is_(None))
                .order_by(col(Participant.sort_name))).all()
        return [AttendeeView(pid, name) for pid, name in rows]

    def mark(self, activity_id: str, participant_id: str, present: bool = True) -> ActivityView:
        """Record that a person came (or take it back); marking twice is harmless."""
        self._s.require(Action.RUN_ACTIVITIES)
        with self._s.store.write() as session:
            activity = _live_activity(session, activity_id)
            live_participant(session, participant_id)
            row = session.exec(select(Attendance).where(Attendance.activity_id == activity_id,
                                                        Attendance.participant_id == participant_id)).first()
            if present and row is None:
                session.add(Attendance(activity_id=activity_id, participant_id=participant_id,
                                       attended_on=activity.held_on))
            elif row is not None and present == (row.deleted_at is not None):
                row.deleted_at = None if present else utc_now()  # a tombstone, so the hub learns of the undo
                session.add(row)
            else:
                return _view(activity, _attendee_count(session, activity_id))
            session.flush()
            self._s.audit(session, "attendance_marked" if present else "attendance_unmarked", "participant",
                          participant_id, {"activity": activity_id})
            record_change(Kind.ACTIVITIES)
            record_change(Kind.ATTENDANCE, Kind.CHECKINS, participant_id=participant_id)
            return _view(activity, _attendee_count(session, activity_id))

    def set_anonymous_count(self, activity_id: str, count: int) -> ActivityView:
        """How many came who are not enrolled or would rather not be named: a number, never names."""
        self._s.require(Action.RUN_ACTIVITIES)
        if not 0 <= count <= MAX_ANONYMOUS:
            raise ValidationError("anonymous_count_range", field="anonymous_count", limit=MAX_ANONYMOUS)
        with self._s.store.write() as session:
            row = _live_activity(session, activity_id)
            if row.anonymous_count != count:
                row.anonymous_count = count
                session.add(row)
                session.flush()
                self._s.audit(session, "anonymous_count_set", "activity", row.id, {"count": count})
                record_change(Kind.ACTIVITIES)
            return _view(row, _attendee_count(session, row.id))

    def for_person(self, participant_id: str, limit: int = 200) -> list[PersonAttendance]:
        """The activities a person came to, newest first."""
        self._s.require(Action.VIEW_PARTICIPANT)
        with self._s.store.read() as session:
            rows = session.exec(
                select(Activity).join(Attendance, col(Attendance.activity_id) == col(Activity.id))
                .where(Attendance.participant_id == participant_id, col(Attendance.deleted_at).is_(None),
                       col(Activity.deleted_at).is_(None), col(Activity.cancelled).is_(False))
                .order_by(col(Activity.starts_at).desc()).limit(limit)).all()
        return [PersonAttendance(r.id, r.name, r.kind, r.starts_at, r.held_on) for r in rows]


def _live_activity(session, activity_id: str) -> Activity:
    row = session.get(Activity, activity_id)
    if row is None or row.deleted_at is not None:
        raise RoscError("activity_not_found")
    return row


def _attendee_count(session, activity_id: str) -> int:
    return _attendee_counts(session, [activity_id]).get(activity_id, 0)


def _attendee_counts(session, activity_ids: list[str]) -> dict[str, int]:
    if not activity_ids:
        return {}
    counts: dict[str, int] = {}
    for start in range(0, len(activity_ids), 500):  # SQLite's bound-parameter limit
        chunk = activity_ids[start:start + 500]
        marks = ", ".join(f":a{i}" for i in range(len(chunk)))
        rows = session.connection().execute(text(
            f"SELECT activity_id, count(*) FROM attendance WHERE deleted_at IS NULL AND activity_id IN ({marks}) "
            "GROUP BY activity_id"), {f"a{i}": value for i, value in enumerate(chunk)}).fetchall()
        counts.update({activity_id: n for activity_id, n in rows})
    return counts


def _view(row: Activity, attendees: int) -> ActivityView:
    return ActivityView(row.id, row.name, row.kind, row.starts_at, row.held_on, row.duration_minutes, row.place,
                        row.facilitator, row.series_id, row.anonymous_count, row.cancelled, row.notes, attendees,
                        row.version)


def _planned(series: ActivitySeries, day: date) -> ActivityView:
    starts = _moment(day, _parse_time(series.start_time))
    return ActivityView(None, series.name, series.kind, starts.astimezone(timezone.utc), day, series.duration_minutes,
                        series.place, series.facilitator, series.id, 0, False, "", 0, 0)


def _series_view(row: ActivitySeries) -> SeriesView:
    return SeriesView(row.id, row.name, row.kind, row.weekday, _parse_time(row.start_time), row.starts_on, row.ends_on,
                      row.every_weeks, row.duration_minutes, row.place, row.facilitator)
