"""The center's report over a month (services.reports.center), against hand-counted data.

tests/services/test_measures.py checks every measure; these are the older cases kept from before the measures:
goals, voided people and later assessments."""

from __future__ import annotations

import math
from datetime import date, datetime

import pytest

from rosc_desktop.errors import PermissionDenied
from rosc_desktop.services.checkins import CheckInInput
from rosc_desktop.services.participants import ParticipantInput
from rosc_desktop.services.plans import GoalInput

OCT1, OCT31 = date(2026, 10, 1), date(2026, 10, 31)


def at(day: date) -> datetime:
    """Mid-afternoon of `day` on the center's calendar (the report counts the center's days, not UTC's)."""
    return datetime(day.year, day.month, day.day, 15).astimezone()


@pytest.fixture
def month(services):  # type: ignore[no-untyped-def]
    a = services.participants.register(ParticipantInput("Ada", date_of_birth=date(1980, 1, 1)))
    b = services.participants.register(ParticipantInput("Bo", date_of_birth=date(1985, 1, 1)))
    gone = services.participants.register(ParticipantInput("Voided"))
    services.checkins.record(a.id, CheckInInput(at(date(2026, 10, 3)), "in_person"))
    services.checkins.record(a.id, CheckInInput(at(date(2026, 10, 20)), "phone"))
    services.checkins.record(b.id, CheckInInput(at(date(2026, 10, 21)), "phone"))
    services.checkins.record(b.id, CheckInInput(at(date(2026, 9, 30)), "text"))  # the month before
    services.checkins.record(gone.id, CheckInInput(at(date(2026, 10, 5)), "video"))
    services.participants.void(gone.id)
    g1 = services.goals.add(a.id, GoalInput("Housing", "housing"), set_on=date(2026, 9, 1))
    g2 = services.goals.add(a.id, GoalInput("Work", "work_education"), set_on=date(2026, 10, 2))
    services.goals.add(b.id, GoalInput("Family", "family"), set_on=date(2026, 10, 9))
    services.goals.review(g1.id, date(2026, 9, 15), -1)
    services.goals.review(g1.id, date(2026, 10, 15), 1)
    services.goals.review(g2.id, date(2026, 10, 16), 0)
    services.intake.record_barc10(a.id, date(2026, 9, 1), [3] * 10)   # 30
    services.intake.record_barc10(a.id, date(2026, 10, 10), [4] * 10)  # 40: +10
    services.intake.record_barc10(b.id, date(2026, 10, 11), [5] * 10)  # only one: no change
    return a, b


def test_counts_for_october_by_hand(services, month) -> None:  # type: ignore[no-untyped-def]
    figures = services.reports.center(OCT1, OCT31).figures
    assert figures["people_served"].breakdown["enrolled"] == 2 and figures["contacts"].value == 3
    assert figures["contacts"].breakdown == {"in_person": 1, "phone": 2, "text": 0, "video": 0, "outreach": 0}
    # Ada: first levels (−1, 0) → T = 50 − 10/√2.6; latest (+1, 0) → T = 50 + 10/√2.6; change 20/√2.6.
    assert figures["gas_change"].value == pytest.approx(20 / math.sqrt(2.6))
    assert figures["gas_change"].rests_on == 1
    assert figures["barc10_change"].value == 10 and figures["barc10_change"].rests_on == 1


def test_a_peer_specialist_cannot_read_center_reports(staff_services) -> None:  # type: ignore[no-untyped-def]
    peer = staff_services("peer_specialist")
    with pytest.raises(PermissionDenied):
        peer.reports.center(OCT1, OCT31)


def test_barc10_change_leaves_out_voided_people_and_later_assessments(services) -> None:  # type: ignore[no-untyped-def]
    kept = services.participants.register(ParticipantInput("Kept", date_of_birth=date(1980, 1, 1)))
    voided = services.participants.register(ParticipantInput("Voided", date_of_birth=date(1980, 1, 1)))
    for person, later in ((kept, 5), (voided, 6)):
        services.intake.record_barc10(person.id, date(2026, 9, 1), [2] * 10)
        services.intake.record_barc10(person.id, date(2026, 10, 10), [3] * 10)
        services.intake.record_barc10(person.id, date(2026, 11, 2), [later] * 10)  # after October
    services.participants.void(voided.id)
    barc = services.reports.center(OCT1, OCT31).figures["barc10_change"]
    assert barc.rests_on == 1 and barc.value == 10
