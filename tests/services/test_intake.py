"""The intake in the person's own words, and the BARC-10 repeated over time."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from rosc_desktop.errors import RoscError, ValidationError
from rosc_desktop.services.intake import IntakeText, barc10_total
from rosc_desktop.services.participants import ParticipantInput

WORDS = IntakeText(
    strengths="I can fix bikes.\nI keep promises to my kids.",
    what_matters="My daughter, Noor. 🌱",
    hopes="Finish my GED; work at the bike co-op",
    community_ties="Tuesday SMART meeting\tand the mosque on Fridays",
    what_helped="Walking at night — عندما أمشي",
)


@pytest.fixture
def person(services):  # type: ignore[no-untyped-def]
    return services.participants.register(ParticipantInput("Zoë Krüger", date_of_birth=date(1990, 4, 2)))


def test_an_unsaved_intake_is_empty_at_version_0(services, person):  # type: ignore[no-untyped-def]
    view = services.intake.get(person.id)
    assert (view.text, view.version) == (IntakeText(), 0)


def test_save_and_get_round_trip_in_the_persons_own_words(services, person):  # type: ignore[no-untyped-def]
    saved = services.intake.save(person.id, WORDS, 0)
    assert saved.version == 1
    view = services.intake.get(person.id)
    assert view.text == WORDS  # line breaks, tabs, emoji and Arabic kept as typed
    assert view.version == 1
    edited = IntakeText(**{**WORDS.__dict__, "hopes": "Finish my GED"})
    assert services.intake.save(person.id, edited, 1).version == 2
    assert services.intake.get(person.id) == services.intake.save(person.id, edited, 2)


def test_a_stale_version_is_refused_and_keeps_the_other_save(services, person):  # type: ignore[no-untyped-def]
    services.intake.save(person.id, WORDS, 0)
    mine = IntakeText(strengths="mine")
    with pytest.raises(RoscError) as caught:
        services.intake.save(person.id, mine, 0)  # two people started from an empty intake
    assert caught.value.code == "edited_elsewhere"
    services.intake.save(person.id, IntakeText(strengths="theirs"), 1)
    with pytest.raises(RoscError):
        services.intake.save(person.id, mine, 1)
    assert services.intake.get(person.id).text.strengths == "theirs"


def test_control_characters_are_stripped_from_the_intake(services, person):  # type: ignore[no-untyped-def]
    services.intake.save(person.id, IntakeText(strengths="line one\x00\nline\x1b two\x07"), 0)
    assert services.intake.get(person.id).text.strengths == "line one\nline two"


def test_an_overlong_intake_field_is_refused(services, person):  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        services.intake.save(person.id, IntakeText(hopes="x" * 10_001), 0)
    assert caught.value.field == "hopes"
    assert services.intake.get(person.id).version == 0


def test_no_intake_for_an_unknown_or_voided_person(services, person):  # type: ignore[no-untyped-def]
    with pytest.raises(RoscError) as caught:
        services.intake.save("no-such-person", WORDS, 0)
    assert caught.value.code == "participant_not_found"
    services.participants.void(person.id)
    with pytest.raises(RoscError) as caught:
        services.intake.save(person.id, WORDS, 0)
    assert caught.value.code == "participant_not_found"


# -- BARC-10 -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("answers,total", [([1] * 10, 10), ([6] * 10, 60), ([1, 2, 3, 4, 5, 6, 1, 2, 3, 4], 31)])
def test_barc10_total(services, person, answers, total):  # type: ignore[no-untyped-def]
    assert barc10_total(answers) == total
    view = services.intake.record_barc10(person.id, date(2026, 1, 5), answers)
    assert (view.total, view.answers, view.assessed_on) == (total, tuple(answers), date(2026, 1, 5))


@pytest.mark.parametrize("answers,code", [
    ([4] * 9, "barc10_incomplete"),
    ([4] * 11, "barc10_incomplete"),
    ([], "barc10_incomplete"),
    ([4] * 9 + [7], "barc10_answer_range"),
    ([0] + [4] * 9, "barc10_answer_range"),
    ([4] * 9 + [-1], "barc10_answer_range"),
    ([4] * 9 + [4.5], "barc10_answer_range"),
    ([4] * 9 + ["4"], "barc10_answer_range"),
    ([4] * 9 + [None], "barc10_answer_range"),
    ([True] * 10, "barc10_answer_range"),
])
def test_barc10_bad_answers_are_refused(services, person, answers, code):  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        services.intake.record_barc10(person.id, date(2026, 1, 5), answers)
    assert (caught.value.code, caught.value.field) == (code, "answers")
    assert services.intake.barc10_history(person.id) == []


def test_barc10_date_before_birth_or_in_the_future_is_refused(services, person):  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        services.intake.record_barc10(person.id, date(1990, 4, 1), [4] * 10)
    assert caught.value.field == "assessed_on"
    with pytest.raises(ValidationError) as caught:
        services.intake.record_barc10(person.id, date.today() + timedelta(days=1), [4] * 10)
    assert (caught.value.code, caught.value.field) == ("date_in_future", "assessed_on")
    assert services.intake.barc10_history(person.id) == []
    assert services.intake.record_barc10(person.id, date.today(), [4] * 10).total == 40


def test_barc10_history_is_oldest_first(services, person):  # type: ignore[no-untyped-def]
    services.intake.record_barc10(person.id, date(2026, 3, 1), [5] * 10)
    services.intake.record_barc10(person.id, date(2025, 12, 1), [2] * 10)
    services.intake.record_barc10(person.id, date(2026, 1, 15), [3] * 10)
    other = services.participants.register(ParticipantInput("Amani Okafor"))
    services.intake.record_barc10(other.id, date(2026, 2, 1), [6] * 10)
    history = services.intake.barc10_history(person.id)
    assert [(h.assessed_on, h.total) for h in history] == [
        (date(2025, 12, 1), 20), (date(2026, 1, 15), 30), (date(2026, 3, 1), 50)
    ]


def test_barc10_for_a_voided_person_is_refused(services, person):  # type: ignore[no-untyped-def]
    services.participants.void(person.id)
    with pytest.raises(RoscError) as caught:
        services.intake.record_barc10(person.id, date(2026, 1, 5), [4] * 10)
    assert caught.value.code == "participant_not_found"


def test_reading_an_intake_is_audited_and_refused_for_a_voided_person(services) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    from rosc_desktop.errors import RoscError
    from rosc_desktop.services.participants import ParticipantInput

    person = services.participants.register(ParticipantInput("Ilse Brandt"))
    services.intake.get(person.id)
    with services.store.read() as session:
        actions = [r[0] for r in session.exec(text(
            "SELECT action FROM audit_event WHERE entity_id = :id ORDER BY seq").bindparams(id=person.id))]
    assert actions[-1] == "intake_viewed"
    services.participants.void(person.id)
    for read in (services.intake.get, services.intake.barc10_history):
        try:
            read(person.id)
        except RoscError as error:
            assert error.code == "participant_not_found"
        else:
            raise AssertionError(f"{read.__name__} served a voided record")
