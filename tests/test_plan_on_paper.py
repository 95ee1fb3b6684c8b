"""The printed recovery plan read as the person holding it reads it: the support-network map in type they can
read (sizes measured from the PDF's own text objects), nothing cut short, how to reach the center always said,
no page holding a stray line or two, and their chosen name whole at the foot of every page."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from rosc_desktop.documents import ecomap
from rosc_desktop.documents.recovery_plan import PlanContent, PlanGoal, PlanStep, render_recovery_plan
from rosc_desktop.enums import StepHelper
from rosc_desktop.services.participants import ParticipantInput
from rosc_desktop.services.plan_document import PlanMapNode, PlanMember, gather_plan

NAME = "Nguyễn Thị Hoa"
DOMAINS = ("family", "friends", "peer_recovery", "mutual_aid", "faith", "community", "clinical", "housing",
           "work_education", "legal_benefits")
RELATIONSHIPS = ("friend from meetings at the church hall", "older sister who lives in Ohio", "sponsor",
                 "case manager at the clinic on Main Street", "neighbour downstairs", "cousin", "pastor",
                 "home group on Tuesday nights")
FIRST_NAMES = ("Maria", "Bartholomew", "Kwame", "Ann", "Jo", "Lucia", "Theo", "Priya", "Samuel", "Ines",
               "Oskar", "Fatima", "Dmitri", "Grace", "Henrik", "Yuki", "Carmen", "Abel")
AREA_WORDS = {"FAM", "FR", "PR", "MA", "FTH", "COM", "CLN", "HSG", "W/E", "L/B"}
CENTER = {"center_phone": "207 555 0100", "center_address": "12 Harbor Street\nPortland, ME 04101",
          "center_hours": "Mon–Fri 9:00–17:00\nSat 10:00–14:00"}


def plan(members: int, **center: str) -> PlanContent:
    people = [(f"{FIRST_NAMES[i]} Richardson-Okonkwo", RELATIONSHIPS[i % len(RELATIONSHIPS)], DOMAINS[i % len(DOMAINS)],
               ("strong", "moderate", "weak")[i % 3]) for i in range(members)]
    goal = PlanGoal("Find steady work", "Pride", None, (PlanStep("Update my CV", StepHelper.PARTICIPANT, "", None, None),))
    return PlanContent(
        "p1", NAME, "en", date(2026, 11, 23), strengths="I keep going", what_matters="My daughter", goals=(goal,),
        members=tuple(PlanMember(name, rel, f"555-01{i:02d}", "person", domain, f"m{i}")
                      for i, (name, rel, domain, _s) in enumerate(people)),
        map_nodes=tuple(PlanMapNode(f"m{i}", name, rel, "person", domain, strength, "supportive", "both")
                        for i, (name, rel, domain, strength) in enumerate(people)),
        warning_signs="Not sleeping", what_helps="A long walk", center_name="Harbor Light", **center)


def runs(pdf: bytes) -> list[list[tuple[float, str]]]:
    """Per page, every piece of text with the size it prints at: the font size set by Tf, times the text
    matrix's and the graphics state's vertical scale."""
    pages = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        found: list[tuple[float, str]] = []

        def visit(text, cm, tm, font, size) -> None:  # type: ignore[no-untyped-def]
            if text.strip():
                scale = (tm[2] ** 2 + tm[3] ** 2) ** 0.5 * (cm[2] ** 2 + cm[3] ** 2) ** 0.5
                found.append((round(size * scale, 2), text.strip()))

        page.extract_text(visitor_text=visit)
        pages.append(found)
    return pages


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("members", [1, 3, 16])
@pytest.mark.parametrize("large_print", [False, True])
def test_the_map_page_prints_names_and_relationships_at_a_readable_size(members: int, large_print: bool) -> None:
    content = plan(members, **CENTER)
    pdf = render_recovery_plan(content, "en", large_print=large_print)
    pages = runs(pdf)
    name_min, relationship_min, any_min = (15.0, 12.0, 12.0) if large_print else (10.0, 8.0, 8.0)
    map_page = next(i for i, texts in enumerate(page_texts(pdf)) if "My support network" in texts)
    sizes = pages[map_page]
    assert min(size for size, _ in sizes) >= any_min, sorted(sizes)[:5]  # no badge, number or label smaller
    everything = [r for page in pages for r in page]
    for member in content.members:
        first = member.name.split()[0]
        printed = [size for size, text in everything if first in text]
        assert printed and min(printed) >= name_min, (member.name, printed)
        said = [size for size, text in everything if member.relationship.split()[0] in text.split()]
        assert said and min(said) >= relationship_min, (member.relationship, said)
    # The numbers that mark each member on the map are as large as the names.
    numbers = [size for size, text in sizes if text.isdigit()]
    assert len(numbers) >= min(members, 3) and min(numbers) >= name_min
    assert not any(text in AREA_WORDS and size < 8.0 for size, text in everything)


@pytest.mark.parametrize("large_print", [False, True])
def test_no_label_is_cut_short(large_print: bool) -> None:
    content = plan(16, **CENTER)
    pdf = render_recovery_plan(content, "en", large_print=large_print)
    assert not any("…" in text for page in runs(pdf) for _, text in page)
    text = flat(" ".join(page_texts(pdf)))
    for member in content.members:
        assert member.name in text and member.relationship in text


def map_of(members: int, text_size: float = 11.0) -> ecomap.Drawing:
    nodes = [ecomap.MapNode(n.id, n.label, n.sublabel, n.kind, n.domain, n.strength, n.nature,  # type: ignore[arg-type]
                            n.direction) for n in plan(members).map_nodes]  # type: ignore[arg-type]
    return ecomap.print_map(NAME, ecomap.print_numbering(nodes), [], text_size=text_size, max_width=486.0,
                            max_height=456.0)


def test_a_small_network_is_drawn_small() -> None:
    """One to three members are not a page-wide circle with a dot: their map is a fraction of the large one."""
    small, large = map_of(1), map_of(16)
    assert large.width > 400
    assert small.width < large.width * 0.6 and small.height < large.height * 0.6
    assert map_of(3).width < large.width * 0.75


def test_numbers_on_the_map_never_overlap() -> None:
    for members, size in ((16, 11.0), (16, 16.5), (3, 16.5)):
        drawing = map_of(members, size)
        marks = [p for p in drawing.primitives if isinstance(p, ecomap.Text) and p.text.isdigit()]
        assert len(marks) == members and all(m.size == size for m in marks)
        for i, a in enumerate(marks):
            for b in marks[i + 1:]:
                assert abs(a.x - b.x) > size * 1.5 or abs(a.y - b.y) > size * 1.2, (members, size, a.text, b.text)


def test_how_to_reach_the_center_prints_its_details() -> None:
    text = flat(" ".join(page_texts(render_recovery_plan(plan(2, **CENTER), "en"))))
    for expected in ("How to reach the center", "Harbor Light", "12 Harbor Street", "Portland, ME 04101",
                     "Call us at 207 555 0100.", "We're open: Mon–Fri 9:00–17:00", "Sat 10:00–14:00"):
        assert expected in text, expected
    assert "Ask the peer specialist" not in text


def test_without_the_centers_details_the_plan_says_whom_to_ask() -> None:
    text = flat(" ".join(page_texts(render_recovery_plan(plan(2), "en"))))
    assert "Ask the peer specialist who gave you this plan for the center's address and hours." in text
    only_hours = flat(" ".join(page_texts(render_recovery_plan(plan(2, center_address="12 Harbor Street"), "en"))))
    assert "12 Harbor Street" in only_hours
    assert "Ask the peer specialist who gave you this plan for the center's opening hours." in only_hours


def test_the_centers_details_come_from_its_settings(services) -> None:  # type: ignore[no-untyped-def]
    person = services.participants.register(ParticipantInput(NAME))
    services.accounts.set_center_details(address="12 Harbor Street\nPortland, ME 04101", phone="207 555 0100",
                                         hours="Mon–Fri 9am–5pm")
    text = flat(" ".join(page_texts(render_recovery_plan(gather_plan(services, person.id), "en"))))
    assert "12 Harbor Street Portland, ME 04101" in text and "207 555 0100" in text and "Mon–Fri 9am–5pm" in text


HEADINGS = {"My recovery plan", "My strengths", "What matters to me", "My goals", "Who helps", "My support network",
            "My setback plan", "Services I'm connected to", "How to reach the center", "Key", "Areas of life",
            "Ties", "Which way support flows", "Shapes"}


@pytest.mark.parametrize("large_print", [False, True])
@pytest.mark.parametrize("details", [True, False])
def test_no_page_holds_only_a_line_or_two(large_print: bool, details: bool) -> None:
    """Whatever the size of the network, a page carries at least four lines besides its headings: no sheet
    that holds a heading and a stray sentence or two."""
    for members in range(0, 19):
        content = plan(members, **(CENTER if details else {}))
        pdf = render_recovery_plan(content, "en", large_print=large_print)
        for number, text in enumerate(page_texts(pdf), start=1):
            lines = [line for line in text.splitlines()
                     if line.strip() and line.strip() not in HEADINGS and " · Page " not in line]
            assert len(lines) >= 4, (members, number, lines)


def test_the_footer_carries_the_chosen_name_whole() -> None:
    pdf = render_recovery_plan(plan(16, **CENTER), "en")
    texts = page_texts(pdf)
    for number, text in enumerate(texts, start=1):
        assert f"{NAME} · Page {number} of {len(texts)}" in text


def test_the_maps_key_is_one_block_on_one_page() -> None:
    """The key's colours and its arrows are read together: stacked, the colours ended one page and the arrows
    began the next (a 17-member plan's pages 3 and 4). Side by side they stay on one page, whatever the size of
    the network, in type no smaller than the map's own names (9 pt)."""
    for members in range(1, 19):
        pages = runs(render_recovery_plan(plan(members), "en"))
        holding = {number for number, found in enumerate(pages) for _size, text in found
                   if text in ("Areas of life", "Which way support flows")}
        assert len(holding) == 1, (members, holding)
        sizes = [size for size, text in pages[holding.pop()] if text in ("Family", "The person supports them")]
        assert sizes and min(sizes) >= 9.0, (members, sizes)
