"""The printable consent form, pre-filled, in the participant's own language (42 CFR Part 2 §2.31, 2024 rule).

Every required element of a written consent has its own labelled part, so none can be left off: the
patient's name, who may disclose, the recipient, a description of the information, the purpose, the right to
revoke in writing (and how, with the exception for what was already done in reliance), the expiry date or
event, and the signature and date lines. A treatment/payment/operations (TPO) consent also says that records
may be redisclosed under HIPAA and lose Part 2 protection, and what happens if the person does not sign.
The §2.32 notice that accompanies each disclosure is printed on its own page, to be sent with the records;
in a language other than English it is followed by the English text, which is the regulation's wording.

Legal review of the wording is the center's responsibility; the form only makes the elements impossible to
forget.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale

from rosc_desktop.documents.fonts import markup, needs_shaping, register_fonts, shaping_available
from rosc_desktop.i18n import QT_TRANSLATE_NOOP, translator_for
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
    return QLocale(language).toString(QDate(value.year, value.month, value.day), QLocale.FormatType.LongFormat)


def render_consent_form(content: ConsentFormContent, language: str) -> bytes:
    """The form as a Letter-size PDF: the consent (one or two pages) then the §2.32 notice on its own page."""
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table

    tr: Callable[[str, str], str] = translator_for(language)

    def w(key: str) -> str:
        return tr(CONTEXT, _WORDS[key])

    fonts = register_fonts()  # the shipped fonts: names in any script print with real glyphs
    regular, bold = fonts.regular, fonts.bold
    body = ParagraphStyle("body", fontName=regular, fontSize=10.5, leading=13.5, alignment=TA_LEFT)
    small = ParagraphStyle("small", parent=body, fontSize=9, leading=12)
    label = ParagraphStyle("label", parent=body, fontName=bold, fontSize=10, leading=13, spaceBefore=7,
                           spaceAfter=2)
    title = ParagraphStyle("title", parent=body, fontName=bold, fontSize=18, leading=22, spaceAfter=2)
    subtitle = ParagraphStyle("subtitle", parent=body, fontSize=10, leading=13, spaceAfter=6)
    blank = w("blank")

    def para(text: str, style: ParagraphStyle = body) -> Paragraph:
        # Each run in a font that has its glyphs; joined scripts (Arabic) shaped, and only those.
        if needs_shaping(text) and shaping_available():
            style = ParagraphStyle(style.name + "-shaped", parent=style, shaping=1)
        return Paragraph(markup(text, bold=style.fontName == bold), style)

    def section(heading: str, *lines: str) -> KeepTogether:
        parts: list[Flowable] = [para(heading, label), *(para(line) for line in lines if line)]
        if len(parts) == 1:
            parts.append(para("_" * 40 + "  " + blank))
        return KeepTogether(parts)

    center = content.center_name or content.disclosing_party
    address = ", ".join(line.strip() for line in content.center_address.splitlines() if line.strip())
    heading = content.center_name + (f" · {address}" if address else "")
    story: list = [para(heading, small), para(w("title"), title), para(w("subtitle"), subtitle)]
    story.append(section(w("patient"), content.patient_name))
    story.append(section(w("discloser"), content.disclosing_party))
    story.append(section(w("recipient"), content.recipient, content.recipient_description))
    kinds = [tr(CONTEXT, KIND_WORDS[k]) for k in content.information if k in KIND_WORDS]
    story.append(section(w("information"), *(f"• {k}" for k in kinds), content.information_description))
    purpose_word = tr(CONTEXT, PURPOSE_WORDS[content.purpose_code]) if content.purpose_code in PURPOSE_WORDS else ""
    story.append(section(w("purpose"), purpose_word, content.purpose))
    expiry_lines = []
    if content.effective_on is not None:
        expiry_lines.append(fill(w("effective"), _long_date(language, content.effective_on)))
    ends_on = _long_date(language, content.expires_on)
    if ends_on and content.expiry_event:
        expiry_lines.append(fill(w("ends_both"), ends_on, content.expiry_event))
    elif ends_on:
        expiry_lines.append(fill(w("ends_on"), ends_on))
    elif content.expiry_event:
        expiry_lines.append(fill(w("ends_event"), content.expiry_event))
    story.append(section(w("expiry"), *expiry_lines))
    revoke_lines = [fill(w("revoke_text"), center)]
    if content.recipient_kind in ("", "hub"):  # a blank form may yet name the hub
        revoke_lines.append(fill(w("revoke_hub"), center))
    story.append(section(w("revoke"), *revoke_lines))
    if content.is_tpo:
        story.append(section(w("tpo"), w("tpo_text")))
        story.append(section(w("refuse"), fill(w("refuse_text"), center)))

    line = "_" * 44
    short = "_" * 18
    signer = content.signed_by_name
    rows = [
        [para(w("sign_patient"), small), para(w("date"), small)],
        [para(line), para(short)],
        [para(w("sign_authorised"), small), para(w("date"), small)],
        [para(f"{signer}\n{line}" if signer else line), para(short)],
        [para(w("witness"), small), para(w("date"), small)],
        [para(f"{content.witness}\n{line}" if content.witness else line), para(short)],
    ]
    table = Table(rows, colWidths=[120 * mm, 50 * mm], hAlign="LEFT")
    table.setStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 1), (-1, 1), 6), ("BOTTOMPADDING", (0, 3), (-1, 3), 6)])
    story.append(KeepTogether([para(w("sign"), label), table, Spacer(1, 4), para(w("copy"), small)]))

    # The §2.32 notice, on its own page so it can travel with the records.
    story += [PageBreak(), para(w("notice"), title), para(w("notice_intro"), subtitle),
              para(w("notice_text"))]
    if language != "en" and w("notice_text") != _WORDS["notice_text"]:
        story += [Spacer(1, 8), para(w("notice_english"), label), para(_WORDS["notice_text"], small)]

    def footer(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(regular, 8)
        canvas.drawRightString(LETTER[0] - 18 * mm, 10 * mm, fill(w("footer"), str(doc.page)))
        canvas.restoreState()

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=LETTER, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=15 * mm, bottomMargin=16 * mm, title=w("title"),
                            author=content.center_name)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
