"""The center's report on paper: the figures a board reads, the charts, the note, the appendix, no one's name.

Text is read back with pypdf, as a reader's copy-paste or a screen reader would. The hand-counted month is
tests/services/test_measures.py's.
"""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from rosc_desktop.documents import center_report
from rosc_desktop.documents.center_report import center_report_pdf
from rosc_desktop.services.measures import MEASURES
from tests.services.test_measures import FIRST, LAST, month  # noqa: F401 (the fixture)


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def flat(text: str) -> str:
    return " ".join(text.split())


def test_the_report_shows_the_centers_figures_charts_note_and_definitions(services, month) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    services.accounts.set_center_details(address="12 Harbor Street\nMillbrook", phone="555-0100")
    pdf = center_report_pdf(services, FIRST, LAST, "A good month: the new Tuesday group filled up.", "en")
    assert pdf.startswith(b"%PDF")
    text = flat(text_of(pdf))
    assert "Harbor Light" in text and "12 Harbor Street" in text and "555-0100" in text
    assert "A good month: the new Tuesday group filled up." in text
    for measure in MEASURES:
        assert measure.title in text
        assert flat(measure.definition) in text  # the appendix, word for word
    figures = services.reports.center(FIRST, LAST).figures
    # People served, with its breakdown: the table prints each figure beside its title.
    assert "People served 7" in text and "Enrolled people 2" in text
    assert "Visits by people not enrolled or not named 5" in text
    assert "BARC-10 change (average) +10.0 1" in text  # the change and the one person it rests on
    assert figures["attendance"].value == 7 and "Attendance 7" in text
    # The charts: their titles, the legend and a year of months on the trend's axis.
    assert "People served and contacts, month by month" in text
    assert "Attendance by kind of activity" in text and "First assessment" in text and "Latest assessment" in text
    # Never a participant's name.
    for name in ("Ana", "Ben", "Dee", "Cy"):
        assert f" {name} " not in f" {text} "


def test_the_charts_cover_a_year_and_the_paired_people(services, month) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    content = center_report.gather(services, FIRST, LAST)
    assert len(content.trend) == 12 and content.trend[-1].month == LAST.replace(day=1)
    assert content.trend[-1].people_served >= 1
    # Ana, paired: 30 at first (the 30–39 band), 40 at latest (the 40–49 band).
    assert content.barc_first == [0, 0, 1, 0, 0] and content.barc_latest == [0, 0, 0, 1, 0]
    text = flat(text_of(center_report.render(content, "", "en")))
    months = [f"{p.month.strftime('%b')} {p.month.year % 100:02d}" for p in content.trend]
    assert all(label in text for label in months)  # the trend's axis, month by month
    assert "30–39" in text and "40–49" in text  # the BARC-10 bands' axis


def test_in_spanish_words_dates_and_numbers_follow_the_language(services, month, monkeypatch) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    asked: list[tuple[str, str]] = []

    def catalogue(language: str):  # type: ignore[no-untyped-def]
        assert language == "es"

        def tr(context: str, source: str) -> str:
            asked.append((context, source))
            return "ES " + source
        return tr

    monkeypatch.setattr(center_report, "translator_for", catalogue)
    text = flat(text_of(center_report_pdf(services, date(2026, 10, 1), date(2026, 10, 31), "", "es")))
    assert "Octubre 2026" in text  # the month as QLocale names it in Spanish
    assert "ES People served" in text and "ES The figures" in text
    assert ("Measures", MEASURES[0].definition) in asked and ("CenterReport", "Center report") in asked


def test_an_average_with_no_one_behind_it_says_so(services) -> None:  # type: ignore[no-untyped-def]
    text = flat(text_of(center_report_pdf(services, FIRST, LAST, "", "en")))
    assert "BARC-10 change (average) – no one to count yet" in text  # beside the dash, where it has room
    assert "No one was assessed twice yet" in text


def test_a_peer_specialist_cannot_print_the_report(staff_services) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        center_report_pdf(staff_services("peer_specialist"), FIRST, LAST, "", "en")
