"""Arabic documents read right to left: letters joined, lines in visual order (python-bidi), right-aligned, with
numbers and Latin names inside keeping their own order. The PDFs are read back with pypdf and pdftotext, which
put right-to-left text back into reading order as a reader's copy-paste would: text drawn in the wrong order
comes back scrambled."""

from __future__ import annotations

import io
import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import arabic_reshaper
import pytest
from bidi import get_display
from pypdf import PdfReader

from rosc_desktop.documents import consent_form, recovery_plan, referral_slip
from rosc_desktop.documents.bidi_text import break_lines, has_rtl, visual, visual_lines, visual_styled
from rosc_desktop.documents.recovery_plan import PlanContent, PlanGoal, PlanStep, render_recovery_plan
from rosc_desktop.enums import StepHelper
from rosc_desktop.services.consents import PART2_NOTICE, ConsentFormContent
from rosc_desktop.services.plan_document import PlanMapNode, PlanMember
from rosc_desktop.services.referrals import SlipData, SlipHours

TITLE = "خطتي للتعافي"
ARABIC = {  # (context, English) -> Arabic: a catalogue of our own, so the tests do not wait for the shipped one
    ("RecoveryPlan", "My recovery plan"): TITLE,
    ("RecoveryPlan", "My strengths"): "نقاط قوتي",
    ("RecoveryPlan", "My goals"): "أهدافي",
    ("RecoveryPlan", "who helps: %1"): "من يساعدني: %1",
    ("RecoveryPlan", "Page %1 of %2"): "الصفحة %1 من %2",
    ("RecoveryPlan", "Phone: %1"): "الهاتف: %1",
    ("ReferralSlip", "Referral"): "إحالة",
    ("ReferralSlip", "Ask for"): "السؤال عن",
    ("ReferralSlip", "Why you are going"): "سبب ذهابك",
    ("ConsentForm", "Consent to share my information"): "الموافقة على مشاركة معلوماتي",
    ("ConsentForm", "My right to revoke"): "حقي في سحب الموافقة",
    ("ConsentForm", PART2_NOTICE): "هذا السجل الذي تم الإفصاح عنه لك محمي بموجب قواعد السرية الفيدرالية "
                                   "(42 CFR part 2).",
}
FRENCH_NOTICE = ("Ce dossier qui vous a été communiqué est protégé par les règles fédérales de confidentialité "
                 "(42 CFR partie 2).")
FRENCH = {("ConsentForm", "Consent to share my information"): "Consentement à partager mes informations",
          ("ConsentForm", PART2_NOTICE): FRENCH_NOTICE}
BIDI_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


def catalogue(words: dict[tuple[str, str], str]):  # type: ignore[no-untyped-def]
    def translator_for(language: str):  # type: ignore[no-untyped-def]
        return lambda context, source: words.get((context, source), source)
    return translator_for


def readable(text: str) -> str:
    """Extracted text as typed: presentation forms back to letters, bidi marks gone, spaces folded."""
    return " ".join(unicodedata.normalize("NFKC", text).translate(BIDI_MARKS).split())


def pdftotext(pdf: bytes, tmp_path: Path) -> list[str]:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return [readable(page) for page in out.split("\f") if page.strip()]


# --- bidi_text ---------------------------------------------------------------------------------------------

def test_left_to_right_text_is_unchanged() -> None:
    for text in ("Page 1 of 2", "Nguyễn Thị Hoa · 555-0101", "李小龍 (sponsor)", ""):
        assert visual(text, "R") == text and visual(text) == text


def test_arabic_comes_out_joined_and_in_visual_order() -> None:
    text = "صفحة 1 من 2"
    shown = visual(text, "R")
    assert shown == get_display(arabic_reshaper.reshape(text), base_dir="R")
    # Joined: every letter is a presentation form (initial, medial, final or isolated), none the bare letter.
    assert all(0xFB50 <= ord(ch) <= 0xFEFF for ch in shown if has_rtl(ch))
    # Drawn left to right, the page count comes first and the word "page" last; read backwards it is the text.
    assert shown.startswith("2") and unicodedata.normalize("NFKC", shown[::-1]) == text


def test_numbers_and_latin_names_inside_arabic_keep_their_order() -> None:
    shown = visual("اتصلي بـ John Smith على 555-0101 أو 207 555 0100 (42 CFR part 2).", "R")
    for kept in ("John Smith", "555-0101", "207 555 0100", "42 CFR part 2"):
        assert kept in shown, kept
    # The sentence reads right to left: its first word is drawn last, its final full stop first.
    assert shown.startswith(".") and unicodedata.normalize("NFKC", shown).endswith("يلصتا")
    assert "(42 CFR part 2)" in shown  # its brackets as a pair, not mirrored apart


def test_a_vowel_mark_follows_its_letter_in_drawing_order() -> None:
    shown = visual("تمّت", "R")
    shadda = shown.index("\u0651")
    # The font draws a mark back over the glyph just before it: the meem (medial form), not the taa.
    assert unicodedata.normalize("NFKC", shown[shadda - 1]) == "م"


def test_a_bold_name_stays_bold_once_reordered() -> None:
    runs = visual_styled([("محمد", True), (" — أخي · 555-0101", False)], "R")
    assert runs[-1][1] is True and unicodedata.normalize("NFKC", runs[-1][0]) == "دمحم"
    assert "555-0101" in runs[0][0] and runs[0][1] is False


def test_lines_break_in_reading_order_and_long_words_are_cut() -> None:
    words = "كلمة " * 9 + "ب" * 30

    def measure(text: str, _bold: bool) -> float:
        return 5.0 * len(text)

    lines = break_lines([(words, False)], 80, measure)
    assert all(sum(measure(t, b) for t, b in line) <= 80 for line in lines)
    flat = " ".join("".join(t for t, _ in line) for line in lines)
    assert unicodedata.normalize("NFKC", flat.replace(" ", "")) == words.replace(" ", "")
    # The first words of the text are on the first line: the break follows the reading order.
    assert unicodedata.normalize("NFKC", "".join(t for t, _ in lines[0])).startswith("كلمة كلمة")
    assert len(visual_lines(lines, "R")) == len(lines)


# --- the recovery plan ---------------------------------------------------------------------------------------

def arabic_plan() -> PlanContent:
    people = [("فاطمة", "أختي", "family"), ("John Smith", "صديق", "friends"), ("李小龍", "الراعي", "peer_recovery")]
    goal = PlanGoal("أن أجد عملاً ثابتاً", "", None,
                    (PlanStep("التدرب على مقابلة عمل", StepHelper.NETWORK, "John Smith", None, None),))
    return PlanContent(
        "p1", "أحمد", "ar", date(2026, 11, 23), strengths="أستمر في المحاولة\nأحب عائلتي", goals=(goal,),
        members=tuple(PlanMember(n, r, f"555-010{i}", "person", d, f"m{i}") for i, (n, r, d) in enumerate(people)),
        map_nodes=tuple(PlanMapNode(f"m{i}", n, r, "person", d, "strong", "supportive", "both")
                        for i, (n, r, d) in enumerate(people)),
        center_name="Harbor Light")


@pytest.fixture
def arabic_pdf(monkeypatch) -> bytes:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(recovery_plan, "translator_for", catalogue(ARABIC))
    return render_recovery_plan(arabic_plan(), "ar")


def test_the_arabic_plan_reads_right_to_left(arabic_pdf: bytes, tmp_path: Path) -> None:
    lines = [readable(line) for line in PdfReader(io.BytesIO(arabic_pdf)).pages[0].extract_text().splitlines()]
    assert lines[0] == TITLE  # read back in reading order: drawn in visual order, letters joined
    text = " ".join(pdftotext(arabic_pdf, tmp_path))
    assert TITLE in text and "نقاط قوتي" in text and "أستمر في المحاولة" in text
    # A Latin name inside an Arabic sentence still reads left to right, and a phone number is one number.
    # (Where a line mixes directions, the extractors' own reordering of the neutral dashes and colons differs
    # from the bidi algorithm's, so the pieces are checked, not the whole line.)
    assert "John Smith" in text and "من يساعدني" in text and "555-0101" in text
    assert "李小龍" in text  # the CJK fallback font inside an Arabic line


def test_the_arabic_plan_is_right_aligned(arabic_pdf: bytes) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from rosc_desktop.documents.fonts import register_fonts

    page = PdfReader(io.BytesIO(arabic_pdf)).pages[0]
    drawn: list[tuple[float, str]] = []

    def visit(text, cm, tm, font, size) -> None:  # type: ignore[no-untyped-def]
        if text.strip():
            drawn.append((cm[4] + tm[4], readable(text)))

    page.extract_text(visitor_text=visit)
    x = next(x for x, text in drawn if text == TITLE)
    width = stringWidth(visual(TITLE, "R"), register_fonts().bold, 11.0 * 2.1)
    right_edge = float(page.mediabox.width) - 20 * 72 / 25.4 - 6  # the right margin, less the frame's padding
    assert abs(x + width - right_edge) < 1.0
    # The bullets stand at the right edge too, beyond the text they mark.
    bullets = [x for x, text in drawn if text == "•"]
    assert bullets and all(x > right_edge - 20 for x in bullets)


def test_an_arabic_name_on_an_english_map_prints_joined(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    content = arabic_plan()
    text = readable("\n".join(p.extract_text() for p in PdfReader(io.BytesIO(
        render_recovery_plan(content, "en"))).pages))
    assert "فاطمة" in text and "My recovery plan" in text and "Page 1 of" in text


# --- the referral slip ---------------------------------------------------------------------------------------

def test_the_arabic_slip_is_right_to_left_and_right_aligned(monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(referral_slip, "translator_for", catalogue(ARABIC))
    slip = SlipData(service_name="Harbor Housing Help", organization_name="", address_lines=("12 Pier Road",),
                    phone="555 201 3300", hours=(SlipHours(("MO",), "09:00", "17:00", ""),), what_to_bring="",
                    ask_for="Marisol Vega", reason="أحتاج إلى مكان أعيش فيه مع ابنتي " * 3, center_name="Harbor Light",
                    center_phone="", made_on=date(2026, 11, 23), language="ar")
    pdf = referral_slip.render_referral_slip(slip, "ar")
    text = pdftotext(pdf, tmp_path)[0]
    assert "السؤال عن" in text and "Marisol Vega" in text and "555 201 3300" in text
    assert "أحتاج إلى مكان أعيش فيه مع ابنتي" in text
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    ends: list[float] = []

    def visit(text, cm, tm, font, size) -> None:  # type: ignore[no-untyped-def]
        if text.strip() == "Marisol Vega":
            ends.append(cm[4] + tm[4])

    page.extract_text(visitor_text=visit)
    assert ends and ends[0] > float(page.mediabox.width) / 2  # right-aligned, not at the left margin


# --- the bilingual consent form ------------------------------------------------------------------------------

def consent(language: str) -> ConsentFormContent:
    return ConsentFormContent(patient_name="Dee Walker", disclosing_party="Harbor Light", recipient="Harbor Housing",
                              recipient_description="", information=("contact",), information_description="",
                              purpose_code="treatment", purpose="", is_tpo=False, effective_on=date(2026, 3, 2),
                              expires_on=None, expiry_event="", center_name="Harbor Light", language=language)


def test_the_arabic_consent_form_prints_both_columns(monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(consent_form, "translator_for", catalogue(ARABIC))
    pages = pdftotext(consent_form.render_consent_form(consent("ar"), "ar"), tmp_path)
    first, notice = " ".join(pages[:-1]), pages[-1]
    assert "Consent to share my information" in first and "الموافقة على مشاركة معلوماتي" in first
    assert "My right to revoke" in first and "حقي في سحب الموافقة" in first
    assert "protected by Federal confidentiality rules" in notice
    assert "محمي بموجب" in notice and "قواعد السرية الفيدرالية" in notice and "(42 CFR part 2)" in notice


def test_a_long_arabic_plan_breaks_across_pages(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    monkeypatch.setattr(recovery_plan, "translator_for", catalogue(ARABIC))
    long_text = "أستمر في المحاولة كل يوم مع عائلتي وأصدقائي في المركز " * 120  # one paragraph of pages
    content = replace(arabic_plan(), strengths=long_text)
    for large_print in (False, True):
        pdf = render_recovery_plan(content, "ar", large_print=large_print)
        reader = PdfReader(io.BytesIO(pdf))
        assert len(reader.pages) >= 3
        text = readable(" ".join(page.extract_text() for page in reader.pages))
        # Every word of the paragraph printed once, on one page or the next (lines end anywhere in the phrase).
        assert text.count("المحاولة") == 120 and text.count("وأصدقائي") == 120


def test_a_latin_name_ending_in_brackets_keeps_them_inside_arabic() -> None:
    shown = visual("أُعدّت مع Harbor Light (demo) في الأحد", "R")
    assert "Harbor Light (demo)" in shown  # not "(Harbor Light (demo", its closing bracket sent to the far end
