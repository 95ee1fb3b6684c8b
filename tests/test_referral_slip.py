"""The referral slip: the participant's language whatever the app runs in, one page, no name in its file name."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale

from rosc_desktop import i18n
from rosc_desktop.documents import referral_slip
from rosc_desktop.documents.referral_slip import hours_in_words, render_referral_slip, slip_file_name
from rosc_desktop.services.referrals import SlipData, SlipHours


MADE_ON = date(2026, 11, 23)  # a Monday


def slip(language: str, reason: str = "Necesito un lugar propio.") -> SlipData:
    return SlipData(
        service_name="Harbor Housing Help", organization_name="Harbor Housing Coalition",
        address_lines=("12 Pier Road", "Portland, ME 04101"), phone="555 201 3300",
        hours=(SlipHours(("MO", "TU", "WE", "TH", "FR"), "09:00", "17:00", ""),
               SlipHours(("SA",), "10:00", "13:00", "")),
        what_to_bring="Photo ID", ask_for="Marisol Vega", reason=reason, center_name="Harbor Light",
        center_phone="", made_on=MADE_ON, language=language)


def text_of(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "slip.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def pages(pdf: bytes, tmp_path: Path) -> int:
    path = tmp_path / "pages.pdf"
    path.write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def test_a_spanish_speakers_slip_is_in_spanish_while_the_app_runs_in_english(qapp, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert i18n.current_language() == "en"
    text = text_of(render_referral_slip(slip("es"), "es"), tmp_path)
    # Days and the date come from the Spanish locale; the words from the Spanish catalogue.
    assert "Lunes – viernes" in text and "sábado" in text.lower()
    assert QLocale("es").monthName(11) in text
    assert i18n.translator_for("es")("ReferralSlip", "What to bring") in text
    for fact in ("Harbor Housing Help", "12 Pier Road", "555 201 3300", "Marisol Vega", "Photo ID",
                 "Necesito un lugar propio.", "Harbor Light"):
        assert fact in text
    assert "Monday" not in text and "November" not in text


def test_the_slips_words_go_through_the_participants_catalogue(qapp, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    spanish = {"What to bring": "Qué traer", "Ask for": "Pregunte por"}

    def translator_for(language: str):  # type: ignore[no-untyped-def]
        asked.append(language)
        return lambda _context, source: spanish.get(source, source)

    monkeypatch.setattr(referral_slip, "translator_for", translator_for)
    text = text_of(render_referral_slip(slip("es"), "es"), tmp_path)
    assert asked == ["es"] and "Qué traer" in text and "Pregunte por" in text


def test_an_english_slip_says_its_days_in_english(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = text_of(render_referral_slip(slip("en", "I need a place of my own"), "en"), tmp_path)
    assert "Monday – Friday" in text and "What to bring" in text and "Lunes" not in text


def test_a_long_story_still_fits_one_page(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    long_reason = "\n".join(["Mi hermana ya no puede tenerme en su casa y quiero estar cerca del trabajo."] * 12)
    pdf = render_referral_slip(slip("es", long_reason), "es")
    assert pages(pdf, tmp_path) == 1
    footer = i18n.translator_for("es")("ReferralSlip", "Questions? Ask us at the center.")
    assert footer != "Questions? Ask us at the center."
    assert footer in text_of(pdf, tmp_path).replace("\n", " ")  # the footer too


def test_hours_in_words_says_when_nothing_is_known(qapp) -> None:  # type: ignore[no-untyped-def]
    assert hours_in_words((), "en") == ["Call to ask when they are open."]
    every_day = SlipHours(("MO", "TU", "WE", "TH", "FR", "SA", "SU"), "", "", "")
    assert hours_in_words((every_day,), "en") == ["Every day"]


def test_the_file_name_is_a_date_never_a_name() -> None:
    assert slip_file_name(MADE_ON) == "referral-slip-2026-11-23.pdf"


def test_a_korean_or_chinese_slip_prints_its_own_letters(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.documents.fonts import missing_glyphs

    for language in ("ko", "zh-hant"):
        text = text_of(render_referral_slip(slip(language, reason="我想有自己的住處。"), language), tmp_path)
        heading = i18n.translator_for(language)("ReferralSlip", "Where")
        assert heading != "Where" and heading in text
        assert "我想有自己的住處" in text  # the person's own words, in the fonts shipped with the app
        assert not missing_glyphs(text)
