"""The printable consent form, pre-filled, in the participant's own language (42 CFR Part 2 §2.31, 2024 rule).

Every required element of a written consent has its own labelled part, so none can be left off: the
patient's name, who may disclose, the recipient, a description of the information, the purpose, the right to
revoke in writing (and how, with the exception for what was already done in reliance), the expiry date or
event, and the signature and date lines. A treatment/payment/operations (TPO) consent also says that records
may be redisclosed under HIPAA and lose Part 2 protection, and what happens if the person does not sign.
The §2.32 notice that accompanies each disclosure is printed on its own page, to be sent with the records.
In a language other than English the whole form is bilingual: the English that staff sign against, which is
the regulation's wording for the notice, beside the person's language.

Legal review of the wording is the center's responsibility; the form only makes the elements impossible to
forget.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale

from rosc_desktop.documents.fonts import FontSet, markup, needs_shaping, register_fonts, shaping_available
from rosc_desktop.i18n import QT_TRANSLATE_NOOP, document_locale, is_right_to_left, translator_for
from rosc_desktop.placeholders import fill
from rosc_desktop.services.consents import PART2_NOTICE
from rosc_desktop.services.consents import ConsentFormContent

__all__ = ["ConsentFormContent", "consent_form_file_name", "render_consent_form"]

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

CONTEXT = "ConsentForm"

_WORDS = {
    "title": QT_TRANSLATE_NOOP("ConsentForm", "Consent to share my information"),
    "subtitle": QT_TRANSLATE_NOOP("ConsentForm", "Written consent to disclose records protected by "
                                                 "42 CFR Part 2"),
    "patient": QT_TRANSLATE_NOOP("ConsentForm", "My name"),
    "discloser": QT_TRANSLATE_NOOP("ConsentForm", "Who may share my information"),
    "recipient": QT_TRANSLATE_NOOP("ConsentForm", "Who may receive it"),
    "information": QT_TRANSLATE_NOOP("ConsentForm", "What information may be shared"),
    "purpose": QT_TRANSLATE_NOOP("ConsentForm", "Why it is shared (purpose)"),
    "effective": QT_TRANSLATE_NOOP("ConsentForm", "This consent starts on %1."),
    "expiry": QT_TRANSLATE_NOOP("ConsentForm", "When this consent ends"),
    "ends_on": QT_TRANSLATE_NOOP("ConsentForm", "This consent ends on %1."),
    "ends_event": QT_TRANSLATE_NOOP("ConsentForm", "This consent ends at this event: %1."),
    "ends_both": QT_TRANSLATE_NOOP("ConsentForm", "This consent ends on %1, or earlier at this event: %2."),
    "revoke": QT_TRANSLATE_NOOP("ConsentForm", "My right to revoke"),
    "revoke_text": QT_TRANSLATE_NOOP(
        "ConsentForm", "I may revoke (take back) this consent at any time. I do this in writing: a signed and "
        "dated note given or sent to %1. Revoking stops any sharing from the day it is received, but it does "
        "not undo what was already shared, or done, in reliance on this consent before then."),
    "revoke_hub": QT_TRANSLATE_NOOP(
        "ConsentForm", "When this consent names the regional hub: %1 sends my revocation to the hub with its next "
        "monthly bundle. The hub then removes my name, contact details and what I shared from its records, and "
        "deletes its older backups that still hold them the same day."),
    "tpo": QT_TRANSLATE_NOOP("ConsentForm", "Sharing for treatment, payment or health care operations"),
    "tpo_text": QT_TRANSLATE_NOOP(
        "ConsentForm", "If my records are shared with a HIPAA covered entity or business associate for "
        "treatment, payment or health care operations, they may be shared again as HIPAA allows, and once "
        "shared again they may no longer be protected by 42 CFR Part 2."),
    "refuse": QT_TRANSLATE_NOOP("ConsentForm", "If I do not sign"),
    "refuse_text": QT_TRANSLATE_NOOP(
        "ConsentForm", "I do not have to sign this consent. If I do not sign, %1 will not share my records "
        "with this recipient for this purpose. My services at %1 do not depend on my signing."),
    "sign": QT_TRANSLATE_NOOP("ConsentForm", "Signature"),
    "sign_patient": QT_TRANSLATE_NOOP("ConsentForm", "My signature"),
    "sign_authorised": QT_TRANSLATE_NOOP("ConsentForm", "Or: signature of the person authorised to sign for me, "
                                                        "and their authority"),
    "date": QT_TRANSLATE_NOOP("ConsentForm", "Date"),
    "witness": QT_TRANSLATE_NOOP("ConsentForm", "Witness"),
    "blank": QT_TRANSLATE_NOOP("ConsentForm", "(to be filled in)"),
    "copy": QT_TRANSLATE_NOOP("ConsentForm", "I may have a copy of this form."),
    "notice": QT_TRANSLATE_NOOP("ConsentForm", "Notice to the recipient (42 CFR § 2.32)"),
    "notice_intro": QT_TRANSLATE_NOOP("ConsentForm", "This notice goes with every disclosure made with this "
                                                     "consent."),
    "notice_text": PART2_NOTICE,
    "notice_english": QT_TRANSLATE_NOOP("ConsentForm", "The notice in English, as the regulation words it:"),
    "footer": QT_TRANSLATE_NOOP("ConsentForm", "Page %1"),
}

PURPOSE_WORDS = {
    "treatment": QT_TRANSLATE_NOOP("ConsentForm", "Treatment"),
    "payment": QT_TRANSLATE_NOOP("ConsentForm", "Payment"),
    "operations": QT_TRANSLATE_NOOP("ConsentForm", "Health care operations"),
    "care_coordination": QT_TRANSLATE_NOOP("ConsentForm", "Coordinating my care and support"),
    "at_patient_request": QT_TRANSLATE_NOOP("ConsentForm", "At my request"),
    "other": QT_TRANSLATE_NOOP("ConsentForm", "Other"),
    "any": QT_TRANSLATE_NOOP("ConsentForm", "Any purpose named here"),
}

KIND_WORDS = {
    "contact": QT_TRANSLATE_NOOP("ConsentForm", "My contact details"),
    "intake": QT_TRANSLATE_NOOP("ConsentForm", "My intake: strengths, what matters to me, recovery capital"),
    "goals": QT_TRANSLATE_NOOP("ConsentForm", "My recovery goals and their steps"),
    "network": QT_TRANSLATE_NOOP("ConsentForm", "My support network"),
    "checkins": QT_TRANSLATE_NOOP("ConsentForm", "My check-ins with staff"),
    "referrals": QT_TRANSLATE_NOOP("ConsentForm", "My referrals to other services"),
    "substance_use_records": QT_TRANSLATE_NOOP("ConsentForm", "Records about my substance use and treatment"),
    "all": QT_TRANSLATE_NOOP("ConsentForm", "All of my records held by the center"),
}


def consent_form_file_name(on: date) -> str:
    """Never the person's name: file names show up in folders, recent-file lists and backups."""
    return f"consent-form-{on.isoformat()}.pdf"


def _long_date(language: str, value: date | None) -> str:
    if value is None:
        return ""
    return document_locale(language).toString(QDate(value.year, value.month, value.day), QLocale.FormatType.LongFormat)


def render_consent_form(content: ConsentFormContent, language: str) -> bytes:
    """The form as a Letter-size PDF: the consent (one or two pages) then the §2.32 notice on its own page.

    In any language but English the form is bilingual, each part side by side: the English that staff sign
    against on the left, the person's language on the right (right to left for Arabic). Side by side rather
    than one after the other, so that a reader, or a court, sees at a glance which sentence renders which,
    and the English stays one continuous, complete form. The signature lines are there once.
    """
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, PageBreak, SimpleDocTemplate, Spacer, Table

    from rosc_desktop.documents.rtl_paragraph import draw_right

    translate: Callable[[str, str], str] = translator_for(language)
    fonts = register_fonts()  # the shipped fonts: names in any script print with real glyphs
    styles = _Styles(fonts.regular, fonts.bold)
    english = _Column(lambda _context, source: source, "en", False, fonts, styles)
    theirs = _Column(translate, language, is_right_to_left(language), fonts, styles)
    bilingual = language != "en"
    width = LETTER[0] - 40 * mm

    def pair(left: list, right: list) -> Table:
        table = Table([[left, right]], colWidths=[width / 2, width / 2])
        table.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, -1), 0),
                        ("RIGHTPADDING", (0, 0), (0, -1), 8), ("LEFTPADDING", (1, 0), (1, -1), 8),
                        ("RIGHTPADDING", (1, 0), (1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                        ("LINEAFTER", (0, 0), (0, -1), 0.5, HexColor("#bbbbbb"))])
        return table

    address = ", ".join(line.strip() for line in content.center_address.splitlines() if line.strip())
    story: list = [english.para(content.center_name + (f" · {address}" if address else ""), styles.small)]
    mine, yours = english.consent(content), theirs.consent(content)
    if bilingual:
        story += [pair(a, b) for a, b in zip(mine, yours)]
    else:
        story += mine[0] + [KeepTogether(block) for block in mine[1:]]

    line = "_" * 44
    short = "_" * 18
    signer = content.signed_by_name

    def label(key: str) -> list:
        # A word the catalogue lacks is the English itself: said once.
        return [english.para(english.w(key), styles.small)] + (
            [theirs.para(theirs.w(key), styles.small)] if bilingual and theirs.w(key) != english.w(key) else [])

    rows: list[list] = [
        [label("sign_patient"), label("date")],
        [english.para(line), english.para(short)],
        [label("sign_authorised"), label("date")],
        [english.para(f"{signer}\n{line}" if signer else line), english.para(short)],
        [label("witness"), label("date")],
        [english.para(f"{content.witness}\n{line}" if content.witness else line), english.para(short)],
    ]
    table = Table(rows, colWidths=[120 * mm, 50 * mm], hAlign="LEFT")
    table.setStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 1), (-1, 1), 6), ("BOTTOMPADDING", (0, 3), (-1, 3), 6)])
    if bilingual:
        story.append(KeepTogether([pair([english.para(english.w("sign"), styles.label)],
                                        [theirs.para(theirs.w("sign"), styles.label)]), table, Spacer(1, 4),
                                   pair([english.para(english.w("copy"), styles.small)],
                                        [theirs.para(theirs.w("copy"), styles.small)])]))
    else:
        story.append(KeepTogether([english.para(english.w("sign"), styles.label), table, Spacer(1, 4),
                                   english.para(english.w("copy"), styles.small)]))

    # The §2.32 notice, on its own page so it can travel with the records.
    story.append(PageBreak())
    if bilingual:
        story += [pair(english.notice_head(), theirs.notice_head()),
                  pair([theirs.para(theirs.w("notice_english"), styles.small), english.para(english.w("notice_text"))],
                       [theirs.para(theirs.w("notice_text"))])]
    else:
        story += [*english.notice_head(), english.para(english.w("notice_text"))]

    def footer(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(fonts.regular, 8)
        text = fill(english.w("footer"), str(doc.page))
        if bilingual and theirs.w("footer") != english.w("footer"):
            text += " · " + fill(theirs.w("footer"), str(doc.page))
        draw_right(canvas, LETTER[0] - 18 * mm, 10 * mm, text, fonts, 8, base="L")
        canvas.restoreState()

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=LETTER, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=15 * mm, bottomMargin=16 * mm,
                            title=english.w("title") + (f" · {theirs.w('title')}" if bilingual else ""),
                            author=content.center_name)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


class _Styles:
    def __init__(self, regular: str, bold: str) -> None:
        from reportlab.lib.enums import TA_LEFT
        from reportlab.lib.styles import ParagraphStyle

        self.body = ParagraphStyle("body", fontName=regular, fontSize=10.5, leading=13.5, alignment=TA_LEFT)
        self.small = ParagraphStyle("small", parent=self.body, fontSize=9, leading=12)
        self.label = ParagraphStyle("label", parent=self.body, fontName=bold, fontSize=10, leading=13,
                                    spaceBefore=7, spaceAfter=2)
        self.title = ParagraphStyle("title", parent=self.body, fontName=bold, fontSize=18, leading=22,
                                    spaceAfter=2)
        self.subtitle = ParagraphStyle("subtitle", parent=self.body, fontSize=10, leading=13, spaceAfter=6)


class _Column:
    """The form's words in one language: the whole form, or one column of the bilingual form."""

    def __init__(self, tr: Callable[[str, str], str], language: str, rtl: bool, fonts: FontSet,
                 styles: _Styles) -> None:
        self.tr, self.language, self.rtl, self.fonts, self.styles = tr, language, rtl, fonts, styles

    def w(self, key: str) -> str:
        return self.tr(CONTEXT, _WORDS[key])

    def para(self, text: str, style=None) -> Flowable:
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.platypus import Paragraph

        from rosc_desktop.documents.rtl_paragraph import RtlParagraph

        style = style or self.styles.body
        if self.rtl:  # right-aligned, right to left: reportlab's Paragraph cannot without rlbidi
            return RtlParagraph([(text, False)], style, fonts=self.fonts)
        # Each run in a font that has its glyphs; joined scripts (Arabic) shaped, and only those.
        if needs_shaping(text) and shaping_available():
            style = ParagraphStyle(style.name + "-shaped", parent=style, shaping=1)
        return Paragraph(markup(text, bold=style.fontName == self.fonts.bold), style)

    def section(self, heading: str, *lines: str) -> list[Flowable]:
        parts: list[Flowable] = [self.para(heading, self.styles.label),
                                 *(self.para(line) for line in lines if line)]
        if len(parts) == 1:
            parts.append(self.para("_" * 40 + "  " + self.w("blank")))
        return parts

    def consent(self, content: ConsentFormContent) -> list[list[Flowable]]:
        """The title, then each required element: the same blocks in every language, so they pair up."""
        w, tr, styles = self.w, self.tr, self.styles
        center = content.center_name or content.disclosing_party
        blocks = [[self.para(w("title"), styles.title), self.para(w("subtitle"), styles.subtitle)],
                  self.section(w("patient"), content.patient_name),
                  self.section(w("discloser"), content.disclosing_party),
                  self.section(w("recipient"), content.recipient, content.recipient_description)]
        kinds = [tr(CONTEXT, KIND_WORDS[k]) for k in content.information if k in KIND_WORDS]
        blocks.append(self.section(w("information"), *(f"• {k}" for k in kinds), content.information_description))
        purpose_word = tr(CONTEXT, PURPOSE_WORDS[content.purpose_code]) \
            if content.purpose_code in PURPOSE_WORDS else ""
        blocks.append(self.section(w("purpose"), purpose_word, content.purpose))
        expiry_lines = []
        if content.effective_on is not None:
            expiry_lines.append(fill(w("effective"), _long_date(self.language, content.effective_on)))
        ends_on = _long_date(self.language, content.expires_on)
        if ends_on and content.expiry_event:
            expiry_lines.append(fill(w("ends_both"), ends_on, content.expiry_event))
        elif ends_on:
            expiry_lines.append(fill(w("ends_on"), ends_on))
        elif content.expiry_event:
            expiry_lines.append(fill(w("ends_event"), content.expiry_event))
        blocks.append(self.section(w("expiry"), *expiry_lines))
        revoke_lines = [fill(w("revoke_text"), center)]
        if content.recipient_kind in ("", "hub"):  # a blank form may yet name the hub
            revoke_lines.append(fill(w("revoke_hub"), center))
        blocks.append(self.section(w("revoke"), *revoke_lines))
        if content.is_tpo:
            blocks.append(self.section(w("tpo"), w("tpo_text")))
            blocks.append(self.section(w("refuse"), fill(w("refuse_text"), center)))
        return blocks

    def notice_head(self) -> list[Flowable]:
        return [self.para(self.w("notice"), self.styles.title), self.para(self.w("notice_intro"), self.styles.subtitle)]
