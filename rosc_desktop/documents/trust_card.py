"""The printed trust card: what another site needs to enrol this one, and how to check it by phone.

One Letter page: the site's name, code and role; the fingerprint in its 8 groups, large enough to read aloud
across a room; a QR code of the card text for the other side to scan; the card text itself for pasting; and
the steps that make the card trustworthy (the fingerprint read aloud by phone and typed back at the other
end). The card holds public keys only, so it may be emailed or left on a desk; the phone call is the check.

The QR code is drawn as vector rectangles straight from segno's matrix (no image, no temporary file), one
rectangle per horizontal run of dark modules, so it prints sharp at any size. The words follow the
interface's language (it is an admin's document, not a participant's); the card text itself is never
translated.

This module sits beside sync/ (documents and sync are independent layers), so it takes any object with the
card's fields rather than importing sync.keys.TrustCard.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Protocol

from rosc_desktop.clock import center_today
from rosc_desktop.documents.fonts import markup, needs_shaping, register_fonts, shaping_available
from rosc_desktop.i18n import QT_TRANSLATE_NOOP, translate
from rosc_desktop.placeholders import fill
from rosc_desktop.util_files import write_atomic

__all__ = ["QR_BORDER", "CardFields", "qr_matrix", "render_trust_card", "save_trust_card", "trust_card_file_name"]

CONTEXT = "TrustCard"
QR_BORDER = 4  # the quiet zone the QR standard asks for, in modules, left blank around the symbol

_WORDS = {
    "title": QT_TRANSLATE_NOOP("TrustCard", "ROSC trust card"),
    "code_role": QT_TRANSLATE_NOOP("TrustCard", "Site code: %1 · Role: %2"),
    "hub": QT_TRANSLATE_NOOP("TrustCard", "Hub"),
    "center": QT_TRANSLATE_NOOP("TrustCard", "Center"),
    "fingerprint": QT_TRANSLATE_NOOP("TrustCard", "Fingerprint"),
    "how": QT_TRANSLATE_NOOP("TrustCard", "How to use this card"),
    "step_read": QT_TRANSLATE_NOOP("TrustCard", "Read the fingerprint aloud to the other site by phone; "
                                                "they type it back."),
    "step_send": QT_TRANSLATE_NOOP("TrustCard", "Send them the card text below, or let them scan the QR code. "
                                                "It holds public keys only, so email or a USB stick will do: "
                                                "the phone call is what proves the card is ours."),
    "step_theirs": QT_TRANSLATE_NOOP("TrustCard", "Enrol their card the same way: they read their fingerprint "
                                                  "to you, and you type it in."),
    "never": QT_TRANSLATE_NOOP("TrustCard", "Never enrol a card whose fingerprint nobody read to you by phone."),
    "rotating": QT_TRANSLATE_NOOP("TrustCard", "A key change is under way: this card also carries the next "
                                               "key, so both work until the change is finished."),
    "card_text": QT_TRANSLATE_NOOP("TrustCard", "Card text (for pasting into ROSC Desktop)"),
    "printed": QT_TRANSLATE_NOOP("TrustCard", "Printed on %1. This card holds no secret."),
    "qr_label": QT_TRANSLATE_NOOP("TrustCard", "Scan to enrol"),
}


class CardFields(Protocol):
    site_name: str
    site_code: str
    role: str
    age_recipients: list[str]
    fingerprint: str
    card_text: str


def trust_card_file_name(site_code: str) -> str:
    """The site code is not participant data, and it tells two sites' cards apart in a downloads folder."""
    return f"trust-card-{site_code}.pdf"


def qr_matrix(text: str) -> list[list[bool]]:
    """The QR symbol of `text` (True = dark), without its quiet zone.

    Always a full QR code (never Micro QR, which phone scanners often miss), at least error level M so a
    smudged or folded printout still scans."""
    import segno

    symbol = segno.make_qr(text, error="m", boost_error=True)
    return [[bool(module) for module in row] for row in symbol.matrix_iter(border=0)]


def _dark_runs(matrix: list[list[bool]]) -> list[tuple[int, int, int]]:
    """(row, first column, length) of each horizontal run of dark modules."""
    runs = []
    for y, row in enumerate(matrix):
        x = 0
        while x < len(row):
            if row[x]:
                start = x
                while x < len(row) and row[x]:
                    x += 1
                runs.append((y, start, x - start))
            else:
                x += 1
    return runs


def render_trust_card(card: CardFields, *, printed_on: date | None = None,
                      tr: Callable[[str, str], str] = translate) -> bytes:
    """The card as a one-page Letter PDF."""
    from PySide6.QtCore import QDate, QLocale
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph

    def w(key: str) -> str:
        return tr(CONTEXT, _WORDS[key])

    fonts = register_fonts()  # a site name in any script prints with real glyphs
    regular, bold = fonts.regular, fonts.bold
    width, height = LETTER
    margin = 20 * mm
    text_width = width - 2 * margin
    body = ParagraphStyle("body", fontName=regular, fontSize=11, leading=14.5)
    small = ParagraphStyle("small", parent=body, fontSize=9, leading=12)
    label = ParagraphStyle("label", parent=body, fontName=bold, fontSize=11, leading=14)
    title = ParagraphStyle("title", parent=body, fontName=bold, fontSize=22, leading=27)
    name_style = ParagraphStyle("name", parent=body, fontName=bold, fontSize=16, leading=20)

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=LETTER, pageCompression=1)
    canvas.setTitle(f"{w('title')} {card.site_code}")
    canvas.setAuthor(card.site_name or card.site_code)
    y = height - margin

    def para(text: str, style: ParagraphStyle, x: float = margin, room: float = text_width,
             gap_after: float = 0.0) -> float:
        """Draw `text` wrapped to `room` at (x, y) going down; returns the height used."""
        if needs_shaping(text) and shaping_available():
            style = ParagraphStyle(style.name + "-shaped", parent=style, shaping=1)
        paragraph = Paragraph(markup(text, bold=style.fontName == bold), style)
        _w, used = paragraph.wrapOn(canvas, room, height)
        paragraph.drawOn(canvas, x, y - used)
        return used + gap_after

    def rule(gap: float = 8.0) -> None:
        nonlocal y
        y -= gap
        canvas.setLineWidth(0.8)
        canvas.line(margin, y, width - margin, y)
        y -= gap

    y -= para(w("title"), title, gap_after=4)
    if card.site_name:
        y -= para(card.site_name, name_style, gap_after=2)
    contact = getattr(card, "contact", "")
    if contact:
        y -= para(contact, body, gap_after=2)
    role = w(card.role) if card.role in ("hub", "center") else card.role
    y -= para(fill(w("code_role"), card.site_code, role), body)
    rule()

    # The fingerprint: two rows of four groups, each group centred in its own column so the eye (and the
    # finger following it on the phone) moves in a grid; a small number over each group helps say "group 5".
    y -= para(w("fingerprint"), label, gap_after=6)
    groups = card.fingerprint.split()
    size = 30.0
    column = text_width / 4
    for row_start in (0, 4):
        canvas.setFont(regular, 8)
        for i, group in enumerate(groups[row_start:row_start + 4]):
            canvas.drawCentredString(margin + column * (i + 0.5), y - 8, str(row_start + i + 1))
        y -= 8 + size
        canvas.setFont(bold, size)
        for i, group in enumerate(groups[row_start:row_start + 4]):
            canvas.drawCentredString(margin + column * (i + 0.5), y, group)
        y -= 10
    rule()

    # The QR code on the left, the steps beside it.
    matrix = qr_matrix(card.card_text)
    modules = len(matrix) + 2 * QR_BORDER
    qr_side = 68 * mm
    module = qr_side / modules
    qr_top = y
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setStrokeColorRGB(0, 0, 0)
    for row, first, length in _dark_runs(matrix):
        canvas.rect(margin + (first + QR_BORDER) * module, qr_top - (row + QR_BORDER + 1) * module,
                    length * module, module, stroke=0, fill=1)
    canvas.setFont(regular, 8)
    canvas.drawCentredString(margin + qr_side / 2, qr_top - qr_side - 2, w("qr_label"))

    steps_x = margin + qr_side + 8 * mm
    steps_room = width - margin - steps_x
    y = qr_top - QR_BORDER * module
    y -= para(w("how"), label, steps_x, steps_room, gap_after=4)
    for number, key in enumerate(("step_read", "step_send", "step_theirs"), start=1):
        y -= para(f"{number}. {w(key)}", body, steps_x, steps_room, gap_after=5)
    y -= para(w("never"), label, steps_x, steps_room, gap_after=5)
    if len(card.age_recipients) > 1:
        y -= para(w("rotating"), small, steps_x, steps_room)
    y = min(y, qr_top - qr_side - 12)
    rule()

    # The card text, broken anywhere (it has no spaces) so it stays one unbroken token when copied out.
    y -= para(w("card_text"), label, gap_after=4)
    text_size = 9.0
    canvas.setFont(regular, text_size)
    line = ""
    for ch in card.card_text:
        if stringWidth(line + ch, regular, text_size) > text_width:
            y -= text_size * 1.35
            canvas.drawString(margin, y, line)
            line = ""
        line += ch
    if line:
        y -= text_size * 1.35
        canvas.drawString(margin, y, line)

    day = printed_on or center_today()
    when = QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)
    y = margin + small.leading
    para(fill(w("printed"), when), small)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def save_trust_card(card: CardFields, target: Path, *, printed_on: date | None = None) -> Path:
    """Render and write the card in one step, atomically: a half-written card never sits in the folder."""
    target = Path(target)
    # Public keys only: readable by others on the machine is fine (it is meant to be handed out).
    write_atomic(target, render_trust_card(card, printed_on=printed_on), mode=0o644)
    return target
