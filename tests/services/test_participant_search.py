"""The participant list's search, a page at a time: its order, its pages, its count (on SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest

from rosc_desktop.services.participants import ParticipantInput
from rosc_desktop.store import search as store_search


def _all_pages(svc, query: str, limit: int, **kw) -> list[str]:  # type: ignore[no-untyped-def]
    ids: list[str] = []
    mark = None
    for _ in range(1000):
        page = svc.participants.search_page(query, mark, limit, **kw)
        assert len(page.ids) <= limit
        assert page.ids or page.next is None  # a page that says "more" brings something
        ids += page.ids
        mark = page.next
        if mark is None:
            return ids
    raise AssertionError("the pages never ended")


def _names(svc, ids: list[str]) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.preferred_name for r in svc.participants.rows(ids)]


@pytest.fixture
def site(hub_services_factory, store_backend):  # type: ignore[no-untyped-def]
    """A hub on SQLite, then on PostgreSQL: the two stores must page and order the same way."""
    return hub_services_factory("HUB")


def test_an_exact_name_comes_first_then_names_starting_with_it_then_other_matches(site) -> None:  # type: ignore[no-untyped-def]
    for name, legal in [("Zed Marino", ""), ("Marco Abel", ""), ("Ana Mar", ""), ("Mara Lopez", ""), ("Mar", ""),
                        ("Lee", "Marta Lee"), ("Abel Márquez", ""), ("Omar", ""), ("Mär Two", "")]:
        site.participants.register(ParticipantInput(name, legal_name=legal))
    page = site.participants.search_page("mar")
    assert _names(site, page.ids) == [
        "Mar", "Mär Two", "Mara Lopez", "Marco Abel",  # the preferred name starts with it; exact first
        "Abel Márquez", "Ana Mar", "Lee", "Zed Marino",  # another word (or the legal name) does
    ]  # "Omar" does not: words match from their start
    assert page.next is None
    assert _names(site, site.participants.search_page("mara lo").ids) == ["Mara Lopez"]
    assert site.participants.count_matches("mar") == 8


@pytest.mark.parametrize("strategy", ["walk the name index", "sort every match"])
def test_pages_follow_on_with_no_repeats_or_gaps_even_among_equal_names(site, strategy, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(store_search, "SORT_ALL_BELOW", 0 if strategy == "walk the name index" else 10**6)
    svc = site.participants
    for n in range(23):
        svc.register(ParticipantInput("Sam Same", phone=f"555 010 {n:04d}"))  # 23 people of one name
    for n in range(9):
        svc.register(ParticipantInput(f"Sam Other{n}"))
        svc.register(ParticipantInput(f"Ann Sam{n}"))
        svc.register(ParticipantInput(f"Bo Nobody{n}", phone=f"555 020 {n:04d}"))
    for query, expected in [("sam", 23 + 9 + 9), ("", 23 + 27), ("555 0", 23 + 9)]:
        whole = svc.search_page(query, limit=1000)
        assert whole.next is None and len(whole.ids) == expected == svc.count_matches(query)
        for limit in (1, 7, 23):
            assert _all_pages(site, query, limit) == whole.ids, (query, limit)
    names = _names(site, svc.search_page("sam", limit=1000).ids)
    assert names == [f"Sam Other{n}" for n in range(9)] + ["Sam Same"] * 23 + [f"Ann Sam{n}" for n in range(9)]


def test_voided_people_leave_the_pages_and_the_count(site) -> None:  # type: ignore[no-untyped-def]
    people = [site.participants.register(ParticipantInput(f"Rosa {n}")) for n in range(5)]
    other = site.participants.register(ParticipantInput("Ana Rosa"))
    site.participants.void(people[2].id)
    site.participants.void(other.id)
    assert _all_pages(site, "rosa", 2) == [p.id for p in people if p is not people[2]]
    assert site.participants.count_matches("rosa") == 4
    assert site.participants.count_matches("") == 4


def test_my_caseload_only_pages_and_counts_the_signed_in_persons_people(site) -> None:  # type: ignore[no-untyped-def]
    svc = site.participants
    people = [svc.register(ParticipantInput(f"Kim {n:02d}")) for n in range(12)]
    mine = people[::3]
    for person in mine:
        site.caseload.assign(person.id, site.actor.staff_id)
    assert _all_pages(site, "", 2, mine_only=True) == [p.id for p in mine]
    assert _all_pages(site, "kim", 3, mine_only=True) == [p.id for p in mine]
    assert svc.count_matches("kim", mine_only=True) == len(mine)
    assert svc.count_matches("", mine_only=True) == len(mine)
    assert svc.search_page("nobody", mine_only=True).ids == []


@pytest.mark.parametrize("query", ['"', "*", "-", "🙂", 'names : "x" *', "\x00", "%_", "zoe AND", "  ", "100%"])
def test_search_box_text_never_breaks_a_page_or_a_count(services, query) -> None:  # type: ignore[no-untyped-def]
    services.participants.register(ParticipantInput("Zoë Krüger", phone="(555) 123-4567"))
    page = services.participants.search_page(query)
    assert len(page.ids) == services.participants.count_matches(query)


def test_name_prefix_is_the_folded_typed_name_and_none_for_a_phone() -> None:
    assert store_search.name_prefix("  Zoë   KR ") == "zoe kr"
    assert store_search.name_prefix("555-12") is None
    assert store_search.name_prefix("   ") is None
