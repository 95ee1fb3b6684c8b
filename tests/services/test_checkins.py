"""Check-ins, follow-ups and the Today lists: due, outreach (no contact in N days) and recently opened."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from rosc_desktop.errors import ValidationError
from rosc_desktop.services.checkins import CheckInInput
from rosc_desktop.services.participants import ParticipantInput
from rosc_desktop.services.plans import GoalInput

NOW = datetime.now(timezone.utc)


def _person(services, name="Kofi Mensah"):  # type: ignore[no-untyped-def]
    return services.participants.register(ParticipantInput(name))


def test_timeline_is_newest_first_and_keeps_what_was_said(services) -> None:  # type: ignore[no-untyped-def]
    person = _person(services)
    goal = services.goals.add(person.id, GoalInput("Find work", "work_education"))
    services.checkins.record(person.id, CheckInInput(NOW - timedelta(days=9), "phone", 15, notes="Called about CV"))
    services.checkins.record(person.id, CheckInInput(NOW - timedelta(days=2), "outreach", 40, "Library",
                                                     "Met at the job club", (goal.id,)))
    timeline = services.checkins.timeline(person.id)
    assert [c.mode for c in timeline] == ["outreach", "phone"]
    assert timeline[0].goal_ids == (goal.id,) and timeline[0].place == "Library"


@pytest.mark.parametrize("bad,field", [
    (dict(occurred_at=NOW + timedelta(days=1)), "occurred_at"),
    (dict(mode="telepathy"), "mode"),
    (dict(duration_minutes=0), "duration_minutes"),
    (dict(next_follow_up=date.today() - timedelta(days=1)), "next_follow_up"),
    (dict(goal_ids=("not-a-goal",)), "goal_ids"),
])
def test_impossible_check_ins_are_refused_and_nothing_saved(services, bad, field) -> None:  # type: ignore[no-untyped-def]
    person = _person(services)
    values = dict(occurred_at=NOW - timedelta(hours=1))
    values.update(bad)
    with pytest.raises(ValidationError) as caught:
        services.checkins.record(person.id, CheckInInput(**values))
    assert caught.value.field == field
    assert services.checkins.timeline(person.id) == []


def test_follow_ups_due_today_and_overdue_most_overdue_first(services) -> None:  # type: ignore[no-untyped-def]
    a, b, c = _person(services, "Ana"), _person(services, "Ben"), _person(services, "Cai")
    today = date.today()
    services.checkins.record(a.id, CheckInInput(NOW, next_follow_up=today))
    services.checkins.record(b.id, CheckInInput(NOW, next_follow_up=today + timedelta(days=5)))
    services.checkins.add_follow_up(c.id, today, "Bring the housing form")
    later = today + timedelta(days=6)
    due = services.checkins.due_follow_ups(later)
    assert [f.preferred_name for f in due] == ["Ana", "Cai", "Ben"]
    assert due[0].days_overdue(later) == 6


def test_reaching_the_person_closes_what_was_due(services) -> None:  # type: ignore[no-untyped-def]
    person = _person(services)
    services.checkins.add_follow_up(person.id, date.today(), "Check in after court")
    assert len(services.checkins.due_follow_ups()) == 1
    services.checkins.record(person.id, CheckInInput(NOW, "phone"))
    assert services.checkins.due_follow_ups() == []


def test_outreach_lists_people_out_of_touch_longest_first(services) -> None:  # type: ignore[no-untyped-def]
    recent, quiet, never = _person(services, "Recent"), _person(services, "Quiet"), _person(services, "Never")
    services.checkins.record(recent.id, CheckInInput(NOW - timedelta(days=3)))
    services.checkins.record(quiet.id, CheckInInput(NOW - timedelta(days=45)))
    from sqlalchemy import text

    with services.store.write() as session:  # registered 40 days ago and never seen since
        session.exec(text("UPDATE participant SET created_at = :t WHERE id = :id").bindparams(
            t=(NOW - timedelta(days=40)).isoformat(timespec="microseconds"), id=never.id))
    rows = services.checkins.outreach(days=30, now=NOW)
    assert [r.preferred_name for r in rows] == ["Quiet", "Never"]
    assert rows[0].days_without_contact == 45 and rows[1].last_contact is None
    assert never.id == rows[1].participant_id


def test_recently_opened_follows_what_this_person_viewed(services) -> None:  # type: ignore[no-untyped-def]
    first, second = _person(services, "First"), _person(services, "Second")
    services.participants.open(first.id)
    services.participants.open(second.id)
    services.participants.open(first.id)
    assert [r.preferred_name for r in services.checkins.recently_opened()] == ["First", "Second"]


def _with_network(services):  # type: ignore[no-untyped-def]
    from rosc_desktop.services.network import MemberInput, TieInput

    person = _person(services)
    sister = services.network.add_member(person.id, MemberInput("Rosa", domain="family"), TieInput())
    group = services.network.add_member(person.id, MemberInput("Tuesday group", kind="group", domain="mutual_aid"),
                                        TieInput())
    return person, sister, group


def test_ratings_made_at_a_check_in_are_saved_with_it(services) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.services.checkins import TieRatingInput

    person, sister, group = _with_network(services)
    view = services.checkins.record(person.id, CheckInInput(
        NOW, notes="Talked about family", tie_ratings=(TieRatingInput(sister.id, "mixed", "Argued on Sunday"),
                                                       TieRatingInput(group.id, "working_well"))))
    (rating,) = services.network.ratings(sister.id)
    assert (rating.rating, rating.note, rating.check_in_id, rating.rated_on) == (
        "mixed", "Argued on Sunday", view.id, NOW.astimezone().date())
    assert [r.check_in_id for r in services.network.ratings(group.id)] == [view.id]
    assert services.network.member(sister.id).last_rating == rating
    with services.store.read() as session:
        from sqlmodel import select

        from rosc_desktop.model import AuditEvent

        rated = session.exec(select(AuditEvent).where(AuditEvent.action == "network_tie_rated")).all()
    assert len(rated) == 2 and all("Rosa" not in str(e.details) for e in rated)


def test_a_removed_members_rating_saves_nothing_not_even_the_check_in(services) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.errors import RoscError
    from rosc_desktop.services.checkins import TieRatingInput

    person, sister, group = _with_network(services)
    services.network.remove_member(group.id, "Stopped going")
    with pytest.raises(RoscError) as caught:
        services.checkins.record(person.id, CheckInInput(
            NOW, next_follow_up=date.today() + timedelta(days=7),
            tie_ratings=(TieRatingInput(sister.id, "working_well"), TieRatingInput(group.id, "not_working"))))
    assert caught.value.code == "member_removed"
    assert services.checkins.timeline(person.id) == []
    assert services.network.ratings(sister.id) == [] and services.network.ratings(group.id) == []
    assert services.checkins.due_follow_ups(date.today() + timedelta(days=7)) == []


def test_ratings_must_be_for_this_persons_network_and_a_known_answer(services) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.errors import RoscError
    from rosc_desktop.services.checkins import TieRatingInput

    person, sister, _group = _with_network(services)
    other, other_sister, _ = _with_network(services)
    with pytest.raises(RoscError) as caught:
        services.checkins.record(person.id, CheckInInput(NOW, tie_ratings=(TieRatingInput(other_sister.id,
                                                                                          "working_well"),)))
    assert caught.value.code == "member_not_found"
    with pytest.raises(ValidationError) as bad:
        services.checkins.record(person.id, CheckInInput(NOW, tie_ratings=(TieRatingInput(sister.id, "great"),)))
    assert bad.value.field == "tie_ratings"
    assert services.checkins.timeline(person.id) == [] and services.network.ratings(sister.id) == []


def test_today_is_the_centers_date_for_follow_ups_in_every_zone(services, local_zone) -> None:  # type: ignore[no-untyped-def]
    """A follow-up set for the center's today is due on Today at ten past local midnight, whatever UTC's date."""
    from rosc_desktop import clock

    offset = {"UTC-10": -10, "UTC": 0, "UTC+10": 10, "UTC+14": 14}[local_zone]
    local_midnight = datetime(2026, 12, 7, tzinfo=timezone.utc) - timedelta(hours=offset)
    with clock.frozen_at(local_midnight - timedelta(hours=2)):  # 22:00 the evening before, local
        person = services.participants.register(ParticipantInput("Mele Tupou"))
        services.checkins.add_follow_up(person.id, date(2026, 12, 7), reason="Call back")
        assert services.checkins.due_follow_ups() == []
    with clock.frozen_at(local_midnight + timedelta(minutes=10)):
        assert clock.center_today() == date(2026, 12, 7)
        assert [f.participant_id for f in services.checkins.due_follow_ups()] == [person.id]


def test_no_app_code_asks_for_the_date_any_other_way() -> None:
    """`date.today()` or a UTC `.date()` in the app would bring back a second notion of today."""
    import re
    from pathlib import Path

    import rosc_desktop

    root = Path(rosc_desktop.__file__).parent
    offenders = [f"{path.relative_to(root)}:{n}" for path in root.rglob("*.py") if path.name != "clock.py"
                 for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if re.search(r"\bdate\.today\(\)|datetime\.now\(\)|utc_now\(\)\.date\(\)|_at\.date\(\)|QDate\.currentDate", line)]
    assert offenders == []
