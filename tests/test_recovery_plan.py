"""The printed personal recovery plan: what it says, in whose language, in which glyphs, and how it breaks
across pages. Text is read back from the PDF with pypdf, as a reader's copy-paste or a screen reader would."""

from __future__ import annotations

import io
import unicodedata
from datetime import date

import pytest
from pypdf import PdfReader
from sqlmodel import select

from rosc_desktop.documents import recovery_plan
from rosc_desktop.documents.fonts import missing_glyphs
from rosc_desktop.documents.recovery_plan import PlanContent, PlanGoal, PlanStep, render_recovery_plan
from rosc_desktop.enums import ReferralStatus, StepHelper
from rosc_desktop.model import AuditEvent
from rosc_desktop.services.intake import IntakeText
from rosc_desktop.services.network import MemberInput, TieInput
from rosc_desktop.services.participants import ParticipantInput
from rosc_desktop.services.plan_document import gather_plan
from rosc_desktop.services.plans import GoalInput
from rosc_desktop.services.setback import SetbackPlanText
from tests.services.test_referrals import make_service

NAMES = ["Zoë Nguyễn", "Ольга", "Σοφία", "李小龍", "محمد"]


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def full_plan(services):  # type: ignore[no-untyped-def]
    person = services.participants.register(ParticipantInput("Zoë Nguyễn", preferred_language="es"))
    services.intake.save(person.id, IntakeText(strengths="I keep going", what_matters="My daughter",
                                               hopes="A steady job"), 0)
    goal = services.goals.add(person.id, GoalInput("Find steady work", why_it_matters="Pride"))
    services.goals.add_step(goal.id, "Update my CV", due_on=date(2030, 1, 15))
    services.goals.add_step(goal.id, "Practise an interview", helper_kind=StepHelper.NETWORK, helper_name="Ольга")
    services.network.add_member(person.id, MemberInput("Ольга", relationship="sister", phone="555-0101",
                                                       domain="family"), TieInput(), position=(120.0, -40.0))
    services.network.add_member(person.id, MemberInput("李小龍", relationship="sponsor", phone="555-0102",
                                                       domain="peer_recovery"), TieInput())
    services.setback.save(person.id, SetbackPlanText(warning_signs="Not sleeping", what_helps="A long walk",
                                                     people_to_call="Ольга 555-0101"), 0)
    referral = services.referrals.refer(person.id, make_service(services), "housing")
    services.referrals.move(referral.id, ReferralStatus.CONNECTED)
    return person


def test_gather_collects_every_section_and_audits_only_the_id(services, full_plan) -> None:  # type: ignore[no-untyped-def]
    content = gather_plan(services, full_plan.id)
    assert (content.preferred_name, content.language, content.center_name) == ("Zoë Nguyễn", "es", "Harbor Light")
    assert content.strengths == "I keep going" and content.hopes == "A steady job"
    assert [s.what for s in content.goals[0].steps] == ["Update my CV", "Practise an interview"]
    assert {(m.name, m.phone) for m in content.members} == {("Ольга", "555-0101"), ("李小龍", "555-0102")}
    # The saved map position travels with the member; the unplaced one is placed when drawn.
    assert {(n.label, n.x, n.y) for n in content.map_nodes} >= {("Ольга", 120.0, -40.0)}
    assert content.people_to_call == ("Ольга 555-0101",)
    service = content.services[0]
    assert service.name == "Harbor Housing Help" and service.phone and service.hours and service.address_lines
    with services.store.read() as session:
        events = session.exec(select(AuditEvent).where(AuditEvent.action == "plan_printed")).all()
    assert [(e.entity_id, e.details) for e in events] == [(full_plan.id, {})]


def test_the_plan_says_everything_in_english(services, full_plan) -> None:  # type: ignore[no-untyped-def]
    text = pdf_text(render_recovery_plan(gather_plan(services, full_plan.id), "en"))
    for expected in ("My recovery plan", "My strengths", "I keep going", "What matters to me", "A steady job",
                     "Find steady work", "Update my CV", "who helps: Ольга", "My support network", "555-0101",
                     "My setback plan", "Not sleeping", "A long walk", "Services I'm connected to",
                     "Harbor Housing Help", "12 Pier Road", "How to reach the center", "Harbor Light",
                     "Page 1 of"):
        assert expected in text, expected
    assert "We haven't written goals" not in text  # the kind words are for missing sections only


def test_the_plan_prints_in_the_participants_language(services, full_plan, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    real = recovery_plan.translator_for

    def spy(language: str):  # type: ignore[no-untyped-def]
        asked.append(language)
        return real(language)

    monkeypatch.setattr(recovery_plan, "translator_for", spy)
    content = gather_plan(services, full_plan.id)
    text = pdf_text(render_recovery_plan(content, content.language))
    assert asked and set(asked) == {"es"}
    # Dates come from QLocale in Spanish whatever the catalogue holds: the CV step is due on 15 January 2030.
    assert "enero" in text and "January" not in text


def test_a_missing_or_broken_translation_falls_back_to_english(services, full_plan, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def broken(language: str):  # type: ignore[no-untyped-def]
        def tr(context: str, source: str) -> str:
            if "Page" in source:
                return "Página"  # lost its %1 and %2: the English keeps the numbers
            if "strengths" in source:
                raise RuntimeError("catalogue damaged")
            return "" if "goals" in source else source
        return tr

    monkeypatch.setattr(recovery_plan, "translator_for", broken)
    text = pdf_text(render_recovery_plan(gather_plan(services, full_plan.id), "es"))
    assert "My strengths" in text and "My goals" in text and "Page 1 of" in text


def test_an_empty_plan_says_kindly_what_is_missing(services) -> None:  # type: ignore[no-untyped-def]
    person = services.participants.register(ParticipantInput("Sam"))
    text = pdf_text(render_recovery_plan(gather_plan(services, person.id), "en"))
    for kind in ("We haven't written goals together yet — that's for our next talk.",
                 "We haven't drawn your support network yet", "We haven't made a setback plan yet",
                 "You aren't connected to other services", "We haven't written down your strengths yet"):
        assert kind in " ".join(text.split()), kind


def test_names_in_every_script_print_with_glyphs(services) -> None:  # type: ignore[no-untyped-def]
    person = services.participants.register(ParticipantInput(NAMES[0]))
    for name in NAMES[1:]:
        services.network.add_member(person.id, MemberInput(name, phone="555-0199"), TieInput())
    content = gather_plan(services, person.id)
    assert missing_glyphs(" ".join(NAMES)) == set()
    text = pdf_text(render_recovery_plan(content, "en"))
    # Arabic is shaped into joined presentation forms (initial, medial, final letters); NFKC maps them back to
    # the letters typed, which also shows the letters were joined rather than printed one by one.
    for name in NAMES[:4]:
        assert name in text, name
    assert "محمد" not in text and "محمد" in unicodedata.normalize("NFKC", text)


def test_a_very_long_plan_breaks_cleanly_across_pages() -> None:
    steps = tuple(PlanStep(f"Step {n} of a long goal, written out in full", StepHelper.PARTICIPANT, "", None, None)
                  for n in range(4))
    goals = tuple(PlanGoal(f"Goal number {n}: " + "a goal with a long statement " * 4, "Because", None, steps)
                  for n in range(40))
    content = PlanContent("p1", "Ana", "en", date(2026, 11, 23), goals=goals, strengths="x\n" * 200)
    pdf = render_recovery_plan(content, "en")
    total = pages(pdf)
    assert total > 3
    text = pdf_text(pdf)
    assert "Goal number 39" in text and f"Page {total} of {total}" in text


def test_large_print_takes_more_pages() -> None:
    goals = tuple(PlanGoal(f"Goal {n}", "", None, ()) for n in range(12))
    content = PlanContent("p1", "Ana", "en", date(2026, 11, 23), goals=goals)
    assert pages(render_recovery_plan(content, "en", large_print=True)) > pages(render_recovery_plan(content, "en"))


def test_file_names_carry_the_id_never_the_name() -> None:
    assert recovery_plan.plan_file_name("abc-123") == "recovery-plan-abc-123.pdf"


def test_a_large_network_in_large_print_still_fits_its_pages(services) -> None:  # type: ignore[no-untyped-def]
    # The map is one piece that cannot split: taller than a page, reportlab would refuse to lay it out.
    person = services.participants.register(ParticipantInput("Ana"))
    domains = ("family", "friends", "peer_recovery", "mutual_aid", "faith", "community", "clinical", "housing")
    for n in range(24):
        services.network.add_member(person.id, MemberInput(f"Member {n}", phone=f"555-01{n:02d}",
                                                           domain=domains[n % len(domains)]), TieInput())
    pdf = render_recovery_plan(gather_plan(services, person.id), "en", large_print=True)
    text = pdf_text(pdf)
    assert "Member 23" in text and "555-0123" in text
