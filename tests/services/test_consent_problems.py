"""Every problem of a consent at once (`consents.problems`), so the form can show them all in one pass, while
`add` still refuses on the first."""

from __future__ import annotations

from datetime import timedelta

import pytest

from rosc_desktop.clock import center_today
from rosc_desktop.errors import ValidationError
from rosc_desktop.services.consents import problems
from tests.services.test_consents import consent_input


def fields(found: list[ValidationError]) -> list[tuple[str, str]]:
    return [(e.field, e.code) for e in found]


def test_a_complete_consent_has_no_problems() -> None:
    assert problems(consent_input("a-partner")) == []


def test_every_missing_element_is_named_in_the_forms_order() -> None:
    today = center_today()
    found = problems(consent_input(None, information_kinds=[], expires_on=None, signed_on=today + timedelta(days=1),
                                   signed_how="authorised_person", purpose_code="other", purpose=""))
    assert fields(found) == [("recipient_partner_id", "required"), ("purpose", "required"),
                             ("information_kinds", "required"), ("expires_on", "required"),
                             ("signed_on", "date_in_future"), ("signed_by_name", "required")]


def test_an_end_before_the_start_and_a_too_long_event_are_each_one_problem() -> None:
    today = center_today()
    assert fields(problems(consent_input("p", effective_on=today, expires_on=today - timedelta(days=1)))) == [
        ("expires_on", "expiry_before_effective")]
    assert fields(problems(consent_input("p", expires_on=None, expiry_event="x" * 301))) == [
        ("expiry_event", "too_long")]


def test_adding_still_refuses_on_the_first_problem(services) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.services.participants import ParticipantInput

    person = services.participants.register(ParticipantInput("Dee Walker"))
    with pytest.raises(ValidationError) as refused:
        services.consents.add(person.id, consent_input(None, information_kinds=[]))
    assert refused.value.field == "recipient_partner_id"
    assert services.consents.for_person(person.id) == []
