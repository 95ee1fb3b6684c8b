"""The setback plan and reconvening the network: one dated event, one follow-up per listed support."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from rosc_desktop.errors import RoscError, ValidationError
from rosc_desktop.services.participants import ParticipantInput
from rosc_desktop.services.setback import SetbackPlanText

PLAN = SetbackPlanText(
    warning_signs="Skipping meals; not answering the phone",
    what_helps="A walk with my sponsor",
    what_does_not_help="Being told what to do",
    people_to_call="Marcus (sponsor) 555 010 1234\nMy sister Ana\n\n  Pastor Lee  ",
    safe_places="The center; my sister's kitchen",
)


@pytest.fixture
def person(services):  # type: ignore[no-untyped-def]
    return services.participants.register(ParticipantInput("Dee Walker"))


def test_plan_round_trip_and_version_clash(services, person) -> None:  # type: ignore[no-untyped-def]
    saved = services.setback.save(person.id, PLAN, 0)
    assert services.setback.get(person.id) == saved and saved.version == 1
    with pytest.raises(RoscError) as caught:
        services.setback.save(person.id, SetbackPlanText(what_helps="Music"), 0)
    assert caught.value.code == "edited_elsewhere"
    assert services.setback.get(person.id).text.what_helps == "A walk with my sponsor"


def test_reconvening_creates_one_follow_up_per_support_and_one_event(services, person) -> None:  # type: ignore[no-untyped-def]
    services.setback.save(person.id, PLAN, 0)
    event = services.setback.reconvene(person.id, "Relapsed after losing the job")
    assert event.supports == ("Marcus (sponsor) 555 010 1234", "My sister Ana", "Pastor Lee")
    tomorrow = date.today() + timedelta(days=1)
    due = services.checkins.due_follow_ups(tomorrow)
    assert sorted(f.reason for f in due) == sorted(event.supports)
    assert {f.source for f in due} == {"setback"}
    assert services.setback.history(person.id) == [event]


def test_reconvening_without_listed_supports_says_so(services, person) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        services.setback.reconvene(person.id)
    assert caught.value.code == "no_supports_listed"
    assert services.setback.history(person.id) == []
    assert services.checkins.due_follow_ups(date.today() + timedelta(days=1)) == []


def test_a_follow_up_in_the_past_is_refused(services, person) -> None:  # type: ignore[no-untyped-def]
    services.setback.save(person.id, PLAN, 0)
    with pytest.raises(ValidationError):
        services.setback.reconvene(person.id, follow_up_on=date.today() - timedelta(days=1))
    assert services.setback.history(person.id) == []
