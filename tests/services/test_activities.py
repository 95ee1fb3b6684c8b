"""Activities, weekly series and attendance: what the front desk and a group's facilitator record."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from rosc_desktop.clock import center_today
from rosc_desktop.errors import RoscError, ValidationError
from rosc_desktop.services.activities import ActivityInput, SeriesInput, occurrence_days
from rosc_desktop.services.checkins import CheckInInput
from rosc_desktop.services.participants import ParticipantInput
from tests.conftest import register_long_ago


def local(day: date, hour: int = 18) -> datetime:
    return datetime.combine(day, time(hour, 0)).astimezone()


def weekly(services, starts_on: date, **changes):  # type: ignore[no-untyped-def]
    values = dict(name="All Recovery Meeting", kind="meeting", weekday=starts_on.weekday(), start_time=time(18, 0),
                  starts_on=starts_on, duration_minutes=90, place="Main room", facilitator="Rosa (volunteer)")
    values.update(changes)
    return services.activities.create_series(SeriesInput(**values))  # type: ignore[arg-type]


def test_a_weekly_series_shows_each_meeting_without_storing_it(services) -> None:  # type: ignore[no-untyped-def]
    tuesday = date(2026, 11, 3)
    series = weekly(services, tuesday)
    shown = services.activities.between(tuesday, tuesday + timedelta(days=20))
    assert [(v.held_on, v.id) for v in shown] == [(tuesday + timedelta(weeks=w), None) for w in range(3)]
    assert {v.series_id for v in shown} == {series.id}
    assert shown[0].starts_at.astimezone().time() == time(18, 0)


def test_every_other_week_and_an_end_day() -> None:
    series = SeriesInput("Art class", "class", 0, time(10), date(2026, 11, 2), every_weeks=2, ends_on=date(2026, 12, 7))
    from rosc_desktop.services.activities import SeriesView

    view = SeriesView("s", series.name, series.kind, series.weekday, series.start_time, series.starts_on,
                      series.ends_on, series.every_weeks, None, "", "")
    assert occurrence_days(view, date(2026, 11, 1), date(2026, 12, 31)) == [
        date(2026, 11, 2), date(2026, 11, 16), date(2026, 11, 30)]
    assert occurrence_days(view, date(2026, 11, 10), date(2026, 11, 20)) == [date(2026, 11, 16)]


def test_recording_a_meeting_makes_it_once_and_attendance_is_counted_once(services) -> None:  # type: ignore[no-untyped-def]
    tuesday = date(2026, 11, 3)
    series = weekly(services, tuesday)
    person = services.participants.register(ParticipantInput("Marisol"))
    held = services.activities.record_occurrence(series.id, tuesday)
    assert services.activities.record_occurrence(series.id, tuesday).id == held.id
    services.activities.mark(held.id, person.id)
    services.activities.mark(held.id, person.id)  # a second tick changes nothing
    after = services.activities.set_anonymous_count(held.id, 4)
    assert (after.attendees, after.anonymous_count, after.headcount) == (1, 4, 5)
    assert [a.preferred_name for a in services.activities.attendees(held.id)] == ["Marisol"]
    shown = services.activities.on_day(tuesday)
    assert [(v.id, v.headcount) for v in shown] == [(held.id, 5)]  # the recorded meeting replaces the planned one
    with pytest.raises(ValidationError):
        services.activities.record_occurrence(series.id, tuesday + timedelta(days=1))  # not a meeting day


def test_unmarking_leaves_a_tombstone_and_marking_again_revives_it(services) -> None:  # type: ignore[no-untyped-def]
    person = services.participants.register(ParticipantInput("Dee"))
    activity = services.activities.create(ActivityInput("Resume workshop", "class", local(center_today(), 10)))
    services.activities.mark(activity.id, person.id)
    assert services.activities.mark(activity.id, person.id, present=False).attendees == 0
    assert services.activities.mark(activity.id, person.id).attendees == 1
    assert [a.name for a in services.activities.for_person(person.id)] == ["Resume workshop"]


def test_the_drop_in_day_is_one_activity_per_day(services) -> None:  # type: ignore[no-untyped-def]
    first = services.activities.drop_in()
    assert services.activities.drop_in().id == first.id
    assert first.kind == "drop_in" and first.held_on == center_today()
    assert services.activities.drop_in(center_today() - timedelta(days=1)).id != first.id


def test_unnamed_visitors_are_a_number_in_range(services) -> None:  # type: ignore[no-untyped-def]
    activity = services.activities.drop_in()
    with pytest.raises(ValidationError):
        services.activities.set_anonymous_count(activity.id, -1)
    with pytest.raises(RoscError):
        services.activities.mark("no-such-activity", "no-such-person")


def test_attending_a_group_is_contact_for_outreach(services) -> None:  # type: ignore[no-untyped-def]
    regular = register_long_ago(services, "Regular at group", days=200)
    absent = register_long_ago(services, "Not seen", days=200)
    services.checkins.record(absent.id, CheckInInput(occurred_at=local(center_today() - timedelta(days=100), 12)))
    group = services.activities.create(ActivityInput("Peer support group", "group",
                                                     local(center_today() - timedelta(days=2), 11)))
    services.activities.mark(group.id, regular.id)
    overdue = {row.participant_id for row in services.checkins.outreach(days=30)}
    assert absent.id in overdue and regular.id not in overdue


def test_a_cancelled_activity_is_not_contact(services) -> None:  # type: ignore[no-untyped-def]
    person = register_long_ago(services, "Sam", days=200)
    group = services.activities.create(ActivityInput("Hike", "event", local(center_today() - timedelta(days=2), 9)))
    services.activities.mark(group.id, person.id)
    services.activities.set_cancelled(group.id)
    assert person.id in {row.participant_id for row in services.checkins.outreach(days=30)}


def test_finding_the_day_s_drop_in_never_creates_it(services) -> None:  # type: ignore[no-untyped-def]
    today = center_today()
    assert services.activities.find_drop_in(today) is None
    assert services.activities.find_drop_in(today) is None  # looking twice still made nothing
    person = services.participants.register(ParticipantInput("Dana"))
    made = services.activities.drop_in(today)
    services.activities.mark(made.id, person.id)
    found = services.activities.find_drop_in(today)
    assert found is not None and found.id == made.id and found.attendees == 1
    assert services.activities.find_drop_in(today - timedelta(days=1)) is None
