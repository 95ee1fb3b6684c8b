"""The referral slip the participant takes to the service: where it is, when it is open, who to ask for, what to
bring and why they are going, in the participant's own language whatever language the app runs in.

One A5 page (half a Letter or A4 sheet) in large type. The words come from our Qt catalogues through
`translator_for(language)`; days, months and times come from QLocale in that language, so they are right even
before a catalogue has the slip's own words. An Arabic slip is right-aligned, each line drawn in visual order
(bidi_text).

Names in scripts DejaVu Sans lacks (CJK, for instance) are the next issue's job (font fallback for documents).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QLocale, QTime

from rosc_desktop.documents.bidi_text import break_lines, visual_styled
from rosc_desktop.i18n import QT_TRANSLATE_NOOP, document_locale, is_right_to_left, translator_for
from rosc_desktop.placeholders import fill
from rosc_desktop.services.referrals import SlipData, SlipHours

__all__ = ["SlipData", "hours_in_words", "render_referral_slip", "slip_file_name"]

CONTEXT = "ReferralSlip"
DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")

# Marked for lupdate; translated at render time into the participant's language.
_WORDS = {
    "title": QT_TRANSLATE_NOOP("ReferralSlip", "Referral"),
    "where": QT_TRANSLATE_NOOP("ReferralSlip", "Where"),
    "phone": QT_TRANSLATE_NOOP("ReferralSlip", "Phone"),
    "hours": QT_TRANSLATE_NOOP("ReferralSlip", "Opening hours"),
    "ask_for": QT_TRANSLATE_NOOP("ReferralSlip", "Ask for"),
    "bring": QT_TRANSLATE_NOOP("ReferralSlip", "What to bring"),
    "reason": QT_TRANSLATE_NOOP("ReferralSlip", "Why you are going"),
    "from": QT_TRANSLATE_NOOP("ReferralSlip", "Referred by %1 on %2."),
    "call_us": QT_TRANSLATE_NOOP("ReferralSlip", "Questions? Call us at %1."),
    "come_back": QT_TRANSLATE_NOOP("ReferralSlip", "Questions? Ask us at the center."),
    "no_hours": QT_TRANSLATE_NOOP("ReferralSlip", "Call to ask when they are open."),
    "every_day": QT_TRANSLATE_NOOP("ReferralSlip", "Every day"),
    "unknown": QT_TRANSLATE_NOOP("ReferralSlip", "Not known"),
}


def slip_file_name(on: date) -> str:
    """Never the person's name: file names show up in folders, recent-file lists and backups."""
    return f"referral-slip-{on.isoformat()}.pdf"


def _locale(language: str) -> QLocale:
    return document_locale(language)


def _time(locale: QLocale, text: str) -> str:
    parsed = QTime.fromString(text, "HH:mm")
    return locale.toString(parsed, QLocale.FormatType.ShortFormat) if parsed.isValid() else text


def _days(locale: QLocale, byday: tuple[str, ...], tr: Callable[[str, str], str]) -> str:
    indexes = sorted({DAYS.index(d) for d in byday if d in DAYS})
    if not indexes:
        return ""
    if len(indexes) == 7:
        return tr(CONTEXT, _WORDS["every_day"])

    def name(i: int) -> str:
        return locale.dayName(i + 1, QLocale.FormatType.LongFormat)

    consecutive = indexes == list(range(indexes[0], indexes[-1] + 1))
    if consecutive and len(indexes) >= 3:
        return f"{name(indexes[0])} – {name(indexes[-1])}"  # a dash reads the same in every language
    return ", ".join(name(i) for i in indexes)


def hours_in_words(hours: tuple[SlipHours, ...], language: str,
                   tr: Callable[[str, str], str] | None = None) -> list[str]:
    """One line per opening-hours entry, e.g. "Monday to Friday, 9:00 AM – 5:00 PM"."""
    tr = tr or translator_for(language)
    locale = _locale(language)
    lines = []
    for entry in hours:
        parts = [_days(locale, entry.byday, tr)]
        if entry.opens_at and entry.closes_at:
            parts.append(f"{_time(locale, entry.opens_at)} – {_time(locale, entry.closes_at)}")
        if entry.description:
            parts.append(entry.description)
        line = ", ".join(p for p in parts if p)
        if line:
            lines.append(line[:1].upper() + line[1:])  # "lunes a viernes" starts a line as "Lunes a viernes"
    return lines or [tr(CONTEXT, _WORDS["no_hours"])]


def render_referral_slip(slip: SlipData, language: str) -> bytes:
    """The slip as a one-page A5 PDF, its words in `language` (the participant's)."""
    from reportlab.lib.pagesizes import A5
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    tr = translator_for(language)
    locale = _locale(language)
    from rosc_desktop.documents.fonts import register_fonts
    from rosc_desktop.documents.rtl_paragraph import draw_styled, styled_width

    # The fonts shipped with the app, with their fallbacks: a Chinese or Korean slip prints its own letters.
    fonts = register_fonts()
    regular, bold = fonts.regular, fonts.bold
    width, height = A5
    margin = 14 * mm
    text_width = width - 2 * margin
    made_on = locale.toString(QDate(slip.made_on.year, slip.made_on.month, slip.made_on.day),
                              QLocale.FormatType.LongFormat)

    sections: list[tuple[str, list[str]]] = []
    if slip.address_lines:
        sections.append((tr(CONTEXT, _WORDS["where"]), list(slip.address_lines)))
    sections.append((tr(CONTEXT, _WORDS["phone"]), [slip.phone or tr(CONTEXT, _WORDS["unknown"])]))
    sections.append((tr(CONTEXT, _WORDS["hours"]), hours_in_words(slip.hours, language, tr)))
    if slip.ask_for:
        sections.append((tr(CONTEXT, _WORDS["ask_for"]), [slip.ask_for]))
    if slip.what_to_bring:
        sections.append((tr(CONTEXT, _WORDS["bring"]), slip.what_to_bring.splitlines()))
    if slip.reason:
        sections.append((tr(CONTEXT, _WORDS["reason"]), slip.reason.splitlines()))
    footer = [fill(tr(CONTEXT, _WORDS["from"]), slip.center_name, made_on),
              *(line.strip() for line in slip.center_address.splitlines() if line.strip()),
              fill(tr(CONTEXT, _WORDS["call_us"]), slip.center_phone) if slip.center_phone
              else tr(CONTEXT, _WORDS["come_back"])]

    # Large type first; a slip with a long story steps down until it fits its one page, and a story longer
    # still is cut short (with "…") rather than the footer that says who referred and how to reach them.
    room = height - 2 * margin
    # Arabic: lines broken in reading order, then each drawn right-aligned in visual order (bidi_text).
    rtl = is_right_to_left(language)

    def split(text: str, font: str, size: float, width: float) -> list[str]:
        # Lines broken in reading order, measured run by run in the fonts that draw them.
        lines = break_lines([(text, font == bold)], width,
                            lambda piece, is_bold: styled_width([(piece, is_bold)], fonts, size))
        return ["".join(piece for piece, _bold in line) for line in lines]
    for body in (14, 13, 12, 11, 10, 9):
        lines, total = _layout(sections, slip, footer, body, regular, bold, text_width, split)
        if total <= room:
            break
    cap = len(lines)
    while total > room and cap > 1:
        cap -= 1
        lines, total = _layout(sections, slip, footer, body, regular, bold, text_width, split, cap)

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A5, pageCompression=1)
    canvas.setTitle(tr(CONTEXT, _WORDS["title"]))
    canvas.setAuthor(slip.center_name)
    y = height - margin
    for font, size, text, gap_before, rule in lines:
        y -= gap_before
        if rule:
            canvas.setLineWidth(0.8)
            canvas.line(margin, y, width - margin, y)
            continue
        y -= size * 1.25
        if y < margin:
            break  # nothing more fits; the steps above make this rare (a very long story)
        runs = visual_styled([(text, font == bold)], "R") if rtl else [(text, font == bold)]
        x = width - margin - styled_width(runs, fonts, size) if rtl else margin
        draw_styled(canvas, x, y, runs, fonts, size)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


Line = tuple[str, float, str, float, bool]  # font, size, text, space before, a rule instead of text


def _layout(sections: list[tuple[str, list[str]]], slip: SlipData, footer: list[str], body: float,
            regular: str, bold: str, text_width: float, split,
            last_section_cap: int | None = None) -> tuple[list[Line], float]:
    lines: list[Line] = []

    def add(text: str, font: str, size: float, gap: float = 0.0) -> None:
        for i, part in enumerate(split(text, font, size, text_width) or [""]):
            lines.append((font, size, part, gap if i == 0 else 0.0, False))

    add(slip.center_name, regular, body - 2)
    add(slip.service_name, bold, body + 8, 4)
    if slip.organization_name and slip.organization_name != slip.service_name:
        add(slip.organization_name, regular, body + 1, 1)
    lines.append(("", 0, "", 8, True))
    for index, (label, values) in enumerate(sections):
        add(label, bold, body - 2, body * 0.7)
        start = len(lines)
        for value in values:
            add(value, regular, body, 1)
        if last_section_cap is not None and index == len(sections) - 1 and len(lines) - start > last_section_cap:
            del lines[start + last_section_cap:]
            font, size, text, gap, rule = lines[-1]
            lines[-1] = (font, size, text.rstrip() + " …", gap, rule)
    lines.append(("", 0, "", 12, True))
    for text in footer:
        add(text, regular, body - 3, 3)
    total = sum(gap + (0 if rule else size * 1.25) for _f, size, _t, gap, rule in lines)
    return lines, total
