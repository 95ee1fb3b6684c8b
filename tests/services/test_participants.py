"""Registering, editing, voiding and finding participants, and what the forms accept."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from rosc_desktop.errors import RoscError, ValidationError
from rosc_desktop.services.participants import ParticipantInput

ZOE = ParticipantInput("Zoë Krüger", pronouns="she/her", legal_name="Zoë Anna Krüger",
                       date_of_birth=date(1990, 4, 2), phone="(555) 123-4567", email="zoe@example.org",
                       preferred_language="en", pathways=("smart_recovery",))


@pytest.fixture
def people(services):  # type: ignore[no-untyped-def]
    svc = services.participants
    return {
        "zoe": svc.register(ZOE).id,
        "zoey": svc.register(ParticipantInput("Zoey Kramer", phone="+1 555 987 6543")).id,
        "ahmad": svc.register(ParticipantInput("محمد أحمد", preferred_language="ar")).id,
        "wang": svc.register(ParticipantInput("王小明", preferred_language="zh")).id,
        "elodie": svc.register(ParticipantInput("Élodie Dubois", phone="555.222.3333")).id,
    }


def _find(services, query: str) -> list[str]:  # type: ignore[no-untyped-def]
    return services.participants.search(query).ids


# -- register, update, void --------------------------------------------------------------------------------


def test_register_and_open_round_trip(services):  # type: ignore[no-untyped-def]
    view = services.participants.register(ZOE)
    opened = services.participants.open(view.id)
    assert opened == view
    assert opened.as_input() == ZOE
    assert opened.version == 1
    assert services.participants.count() == 1


def test_update_saves_and_bumps_the_version(services):  # type: ignore[no-untyped-def]
    view = services.participants.register(ZOE)
    edited = services.participants.update(view.id, replace(ZOE, preferred_name="Zoë K.", phone=""), 1)
    assert (edited.preferred_name, edited.phone, edited.version) == ("Zoë K.", "", 2)
    assert services.participants.open(view.id).preferred_name == "Zoë K."
    assert _find(services, "zoë k") == [view.id]


def test_a_stale_version_is_refused_as_edited_elsewhere(services):  # type: ignore[no-untyped-def]
    view = services.participants.register(ZOE)
    services.participants.update(view.id, replace(ZOE, pronouns="they/them"), 1)  # someone else saved
    with pytest.raises(RoscError) as caught:
        services.participants.update(view.id, replace(ZOE, pronouns="she/they"), 1)
    assert caught.value.code == "edited_elsewhere"
    assert services.participants.open(view.id).pronouns == "they/them"


def test_void_removes_from_lists_and_search_but_keeps_the_row(services, people):  # type: ignore[no-untyped-def]
    services.participants.void(people["zoe"])
    assert people["zoe"] not in _find(services, "zoe")
    assert people["zoe"] not in _find(services, "")
    assert people["zoe"] not in _find(services, "555 123")
    assert services.participants.count() == len(people) - 1
    with pytest.raises(RoscError) as caught:
        services.participants.open(people["zoe"])
    assert caught.value.code == "participant_not_found"
    with pytest.raises(RoscError):
        services.participants.update(people["zoe"], ZOE, 2)
    with pytest.raises(RoscError):
        services.participants.void(people["zoe"])


def test_unknown_id_is_not_found(services):  # type: ignore[no-untyped-def]
    with pytest.raises(RoscError) as caught:
        services.participants.open("no-such-id")
    assert caught.value.code == "participant_not_found"


# -- search ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["zoe kr", "ZOE KRU", "zoë krü", "Zoe", "krug", "anna"])
def test_search_by_name_prefix_folds_case_and_accents(services, people, query):  # type: ignore[no-untyped-def]
    assert people["zoe"] in _find(services, query)


def test_search_narrows_with_every_word(services, people):  # type: ignore[no-untyped-def]
    assert set(_find(services, "zo")) == {people["zoe"], people["zoey"]}
    assert _find(services, "zo kram") == [people["zoey"]]
    assert _find(services, "elodie") == [people["elodie"]]
    assert _find(services, "nobody here") == []


@pytest.mark.parametrize("query", ["555-123", "555123", "(555) 123-45", "5551234567", "555 123 4567"])
def test_search_by_phone_digits_with_or_without_separators(services, people, query):  # type: ignore[no-untyped-def]
    assert _find(services, query) == [people["zoe"]]


def test_search_phone_prefix_matches_several(services, people):  # type: ignore[no-untyped-def]
    # Zoey's "+1 555 …" matches too: numbers are also found without their country code.
    assert set(_find(services, "555")) == {people["zoe"], people["elodie"], people["zoey"]}
    assert _find(services, "1555987") == [people["zoey"]]


def test_arabic_and_chinese_names_are_findable(services, people):  # type: ignore[no-untyped-def]
    assert _find(services, "محمد") == [people["ahmad"]]
    assert _find(services, "أحمد") == [people["ahmad"]]
    assert _find(services, "王") == [people["wang"]]
    assert _find(services, "王小明") == [people["wang"]]


@pytest.mark.parametrize("query", [
    "AND", "OR", "NOT", "zoe AND", "AND zoe", '"', '"zoe', 'zoe"', "NEAR(", "NEAR(zoe kr)", "*", "zoe*",
    ":", "names:zoe", "phone:", "-", "^zoe", "(", ")", "{names}: zoe", "+", "'", "zoe OR 1=1", "\\", "%",
    "_", "\x00", "‮", "🙂", "  ", "names : \"x\" *",
])
def test_fts_syntax_in_the_search_box_never_raises(services, people, query):  # type: ignore[no-untyped-def]
    result = services.participants.search(query)
    assert isinstance(result.ids, list)


def test_operator_words_are_searched_literally(services):  # type: ignore[no-untyped-def]
    andy = services.participants.register(ParticipantInput("Andrea Nord")).id
    services.participants.register(ParticipantInput("Zoë Krüger"))
    assert _find(services, "AND") == [andy]
    assert _find(services, "nor") == [andy]


def test_empty_search_lists_everyone_by_folded_name(services, people):  # type: ignore[no-untyped-def]
    ids = _find(services, "")
    assert set(ids) == set(people.values())
    rows = services.participants.rows(ids)
    latin = [r.preferred_name for r in rows if r.preferred_name[0].isascii() or r.preferred_name[0] in "ÉZ"]
    assert latin == ["Élodie Dubois", "Zoë Krüger", "Zoey Kramer"]


def test_search_limit_reports_truncation(services):  # type: ignore[no-untyped-def]
    for i in range(5):
        services.participants.register(ParticipantInput(f"Sam Person{i}"))
    result = services.participants.search("sam", limit=3)
    assert len(result.ids) == 3 and result.truncated
    assert not services.participants.search("sam", limit=5).truncated


# -- possible duplicates -----------------------------------------------------------------------------------


def test_same_birth_date_and_similar_name_is_a_possible_duplicate(services, people):  # type: ignore[no-untyped-def]
    found = services.participants.possible_duplicates(ParticipantInput("Zoe Kruger", date_of_birth=date(1990, 4, 2)))
    assert [r.id for r in found] == [people["zoe"]]


def test_different_birth_date_is_not_a_duplicate(services, people):  # type: ignore[no-untyped-def]
    assert services.participants.possible_duplicates(
        ParticipantInput("Zoë Krüger", date_of_birth=date(1991, 4, 2))) == []
    assert services.participants.possible_duplicates(
        ParticipantInput("Someone Else", date_of_birth=date(1990, 4, 2))) == []


def test_same_full_name_without_a_birth_date_is_a_possible_duplicate(services, people):  # type: ignore[no-untyped-def]
    found = services.participants.possible_duplicates(ParticipantInput("zoë krüger"))
    assert [r.id for r in found] == [people["zoe"]]


def test_a_record_is_not_its_own_duplicate_and_voided_ones_do_not_count(services, people):  # type: ignore[no-untyped-def]
    assert services.participants.possible_duplicates(ZOE, exclude_id=people["zoe"]) == []
    services.participants.void(people["zoe"])
    assert services.participants.possible_duplicates(ZOE) == []


# -- validation --------------------------------------------------------------------------------------------


def _refused(services, data: ParticipantInput) -> ValidationError:  # type: ignore[no-untyped-def]
    before = services.participants.count()
    with pytest.raises(ValidationError) as caught:
        services.participants.register(data)
    assert services.participants.count() == before
    return caught.value


@pytest.mark.parametrize("name", ["", "   ", "\x00\x07", "\u200b", "\u200d", " \u200f\u200e "])
def test_an_empty_name_is_refused(services, name):  # type: ignore[no-untyped-def]
    error = _refused(services, ParticipantInput(name))
    assert (error.code, error.field) == ("required", "preferred_name")


def test_a_101_character_name_is_refused_and_100_accepted(services):  # type: ignore[no-untyped-def]
    error = _refused(services, ParticipantInput("a" * 101))
    assert (error.code, error.field) == ("too_long", "preferred_name")
    assert services.participants.register(ParticipantInput("a" * 100)).preferred_name == "a" * 100


def test_birth_dates_in_the_future_or_before_1900_are_refused(services):  # type: ignore[no-untyped-def]
    error = _refused(services, ParticipantInput("Zoë", date_of_birth=date.today() + timedelta(days=1)))
    assert (error.code, error.field) == ("date_in_future", "date_of_birth")
    error = _refused(services, ParticipantInput("Zoë", date_of_birth=date(1850, 1, 1)))
    assert (error.code, error.field) == ("date_too_early", "date_of_birth")
    assert services.participants.register(ParticipantInput("Zoë", date_of_birth=date.today())).date_of_birth


@pytest.mark.parametrize("phone", ["call me", "555-CALL-NOW", "12", "555;1234", "+1 555 123 4567 ext 8"])
def test_a_bad_phone_is_refused(services, phone):  # type: ignore[no-untyped-def]
    error = _refused(services, ParticipantInput("Zoë", phone=phone))
    assert (error.code, error.field) == ("phone_invalid", "phone")


@pytest.mark.parametrize("email", ["zoe", "zoe@", "@example.org", "zoe@example", "zo e@example.org", "a@b@c.org"])
def test_a_bad_email_is_refused(services, email):  # type: ignore[no-untyped-def]
    error = _refused(services, ParticipantInput("Zoë", email=email))
    assert (error.code, error.field) == ("email_invalid", "email")


def test_unknown_pathway_or_language_is_refused(services):  # type: ignore[no-untyped-def]
    assert _refused(services, ParticipantInput("Zoë", pathways=("astrology",))).field == "pathways"
    assert _refused(services, ParticipantInput("Zoë", preferred_language="xx")).field == "preferred_language"


def test_control_characters_are_stripped(services):  # type: ignore[no-untyped-def]
    view = services.participants.register(ParticipantInput("  Zo\x00ë\x07 Kr\x1büger\u202e ", pronouns="she\r\n/her"))
    assert view.preferred_name == "Zoë Krüger"
    assert view.pronouns == "she/her"
    assert _find(services, "zoe kruger") == [view.id]


def test_text_is_stored_nfc_normalised(services):  # type: ignore[no-untyped-def]
    decomposed = "Zoe\u0308 Kru\u0308ger"
    view = services.participants.register(ParticipantInput(decomposed))
    assert view.preferred_name == "Zoë Krüger"
    assert _find(services, "zoë") == [view.id]


@pytest.mark.parametrize("name", [
    "👩‍👩‍👧 Sam",            # ZWJ family emoji
    "Ana 👋🏽",               # skin tone modifier
    "❤️ Lou",                # variation selector
    "مريم الحسن",             # Arabic, right to left
    "\u200fשרה כהן",          # Hebrew with a right-to-left mark
    "Nguyễn Thị Minh Khai",
    "\U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F Ewan",  # flag of Scotland
])
def test_emoji_and_right_to_left_names_are_kept_intact(services, name):  # type: ignore[no-untyped-def]
    view = services.participants.register(ParticipantInput(name))
    assert view.preferred_name == name.strip()
    assert services.participants.open(view.id).preferred_name == name.strip()


def test_hidden_tag_characters_outside_a_flag_are_stripped(services):  # type: ignore[no-untyped-def]
    view = services.participants.register(ParticipantInput("Sam\U000E0069\U000E0067\U000E006E Lee"))
    assert view.preferred_name == "Sam Lee"


def test_current_version_follows_edits_without_auditing_a_view(services) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    person = services.participants.register(ParticipantInput("Noor Haddad"))
    with services.store.read() as session:
        before = session.exec(text("SELECT count(*) FROM audit_event")).one()[0]
    assert services.participants.current_version(person.id) == person.version
    with services.store.read() as session:
        assert session.exec(text("SELECT count(*) FROM audit_event")).one()[0] == before
    updated = services.participants.update(person.id, ParticipantInput("Noor H."), person.version)
    assert services.participants.current_version(person.id) == updated.version == person.version + 1
    services.participants.void(person.id)
    assert services.participants.current_version(person.id) is None


def test_sign_in_without_a_database_says_it_is_missing(paths) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.errors import RoscError
    from rosc_desktop.services.session import sign_in

    with pytest.raises(RoscError) as caught:
        sign_in(paths, "ana", "whatever-it-is")
    assert caught.value.code == "database_missing"


@pytest.mark.parametrize("name,typed", [("王小明", "小明"), ("王小明", "王小"), ("김민준", "민준"), ("たなか ゆき", "ゆき")])
def test_names_in_unspaced_scripts_are_found_by_any_part(services, name, typed) -> None:  # type: ignore[no-untyped-def]
    person = services.participants.register(ParticipantInput(name))
    services.participants.register(ParticipantInput("王大明"))
    assert person.id in services.participants.search(typed).ids


def test_unspaced_search_keeps_characters_in_order(services) -> None:  # type: ignore[no-untyped-def]
    person = services.participants.register(ParticipantInput("王小明"))
    assert person.id not in services.participants.search("明小").ids


@pytest.mark.parametrize("typed", ["6543", "987 6543", "987-65", "617 987", "+1 617", "16179876"])
def test_phone_found_by_its_start_its_last_digits_or_without_country_code(services, typed) -> None:  # type: ignore[no-untyped-def]
    person = services.participants.register(ParticipantInput("Dara Quinn", phone="+1 617 987 6543"))
    services.participants.register(ParticipantInput("Other Person", phone="+1 212 555 0100"))
    assert services.participants.search(typed).ids == [person.id]


def test_showing_possible_duplicates_is_audited_by_id(services) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    first = services.participants.register(ParticipantInput("Amara Okafor", date_of_birth=date(1988, 3, 3)))
    shown = services.participants.possible_duplicates(ParticipantInput("Amara Okafor", date_of_birth=date(1988, 3, 3)))
    assert [m.id for m in shown] == [first.id]
    with services.store.read() as session:
        action, details = session.exec(text(
            "SELECT action, details FROM audit_event ORDER BY seq DESC LIMIT 1")).one()
    assert action == "possible_duplicates_shown" and first.id in details and "Amara" not in details
