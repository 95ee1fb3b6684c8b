"""The personal recovery plan the participant keeps: written to them, in their language, in type they can read.

Sections: my strengths; what matters to me; my goals with their steps; who helps; my support network (the
eco-map with its members numbered, and a numbered key giving each one's name, relationship, life area and
phone); my setback plan; services I'm connected to; how to reach the center.
A section with nothing in it yet says so kindly instead of disappearing, so the plan also shows what is
still to do together.

Words come from our Qt catalogues through `translator_for(language)` (a string missing from the catalogue
prints in English); dates and opening hours come from QLocale in that language. Every piece of text goes
through fonts.markup, so names in any script print with real glyphs. An Arabic plan is laid out right to left:
its paragraphs are rtl_paragraph.RtlParagraph, right-aligned, their bullets and numbers at the right edge.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale

from rosc_desktop.documents import ecomap
from rosc_desktop.documents.bidi_text import Base, has_rtl, visual_styled
from rosc_desktop.documents.fonts import (
    FontSet,
    markup,
    needs_shaping,
    register_fonts,
    shaping_available,
)
from rosc_desktop.documents.network_words import map_labels_in
from rosc_desktop.documents.page_numbers import numbered_canvas
from rosc_desktop.documents.referral_slip import hours_in_words
from rosc_desktop.i18n import QT_TRANSLATE_NOOP, document_locale, is_right_to_left, translator_for
from rosc_desktop.placeholders import fill
from rosc_desktop.services.plan_document import (
    SELF_HELPER,
    PlanContent,
    PlanGoal,
    PlanMapLink,
    PlanMapNode,
    PlanMember,
    PlanService,
    PlanStep,
)

__all__ = ["PlanContent", "PlanGoal", "PlanMapLink", "PlanMapNode", "PlanMember", "PlanService", "PlanStep",
           "plan_file_name", "render_recovery_plan"]

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Flowable

CONTEXT = "RecoveryPlan"
LARGE_PRINT_SCALE = 1.5
BODY_SIZE = 11.0

_WORDS = {
    "title": QT_TRANSLATE_NOOP("RecoveryPlan", "My recovery plan"),
    "made": QT_TRANSLATE_NOOP("RecoveryPlan", "%1 · made with %2 on %3"),
    "made_no_center": QT_TRANSLATE_NOOP("RecoveryPlan", "%1 · made on %2"),
    "strengths": QT_TRANSLATE_NOOP("RecoveryPlan", "My strengths"),
    "no_strengths": QT_TRANSLATE_NOOP(
        "RecoveryPlan", "We haven't written down your strengths yet — let's find them together next time."),
    "matters": QT_TRANSLATE_NOOP("RecoveryPlan", "What matters to me"),
    "hopes": QT_TRANSLATE_NOOP("RecoveryPlan", "My hopes"),
    "no_matters": QT_TRANSLATE_NOOP(
        "RecoveryPlan", "We haven't talked about what matters most to you yet — we'd like to hear it."),
    "goals": QT_TRANSLATE_NOOP("RecoveryPlan", "My goals"),
    "no_goals": QT_TRANSLATE_NOOP(
        "RecoveryPlan", "We haven't written goals together yet — that's for our next talk."),
    "why": QT_TRANSLATE_NOOP("RecoveryPlan", "Why it matters: %1"),
    "by": QT_TRANSLATE_NOOP("RecoveryPlan", "Aiming for: %1"),
    "no_steps": QT_TRANSLATE_NOOP("RecoveryPlan", "We'll work out the first steps together."),
    "step_helper": QT_TRANSLATE_NOOP("RecoveryPlan", "who helps: %1"),
    "step_due": QT_TRANSLATE_NOOP("RecoveryPlan", "by %1"),
    "step_done": QT_TRANSLATE_NOOP("RecoveryPlan", "done %1"),
    "me": QT_TRANSLATE_NOOP("RecoveryPlan", "me"),
    "who_helps": QT_TRANSLATE_NOOP("RecoveryPlan", "Who helps"),
    "who_helps_intro": QT_TRANSLATE_NOOP("RecoveryPlan", "People helping me with my steps:"),
    "nobody_helps": QT_TRANSLATE_NOOP(
        "RecoveryPlan", "No one is named for your steps yet — we can think together about who could help."),
    "network": QT_TRANSLATE_NOOP("RecoveryPlan", "My support network"),
    "no_network": QT_TRANSLATE_NOOP(
        "RecoveryPlan", "We haven't drawn your support network yet — we can map it together next time."),
    "phone": QT_TRANSLATE_NOOP("RecoveryPlan", "Phone: %1"),
    "setback": QT_TRANSLATE_NOOP("RecoveryPlan", "My setback plan"),
    "no_setback": QT_TRANSLATE_NOOP(
        "RecoveryPlan", "We haven't made a setback plan yet — it's worth doing together, before it's needed."),
    "warning_signs": QT_TRANSLATE_NOOP("RecoveryPlan", "Signs that things are getting hard"),
    "what_helps": QT_TRANSLATE_NOOP("RecoveryPlan", "What helps me"),
    "what_does_not_help": QT_TRANSLATE_NOOP("RecoveryPlan", "What doesn't help"),
    "people_to_call": QT_TRANSLATE_NOOP("RecoveryPlan", "People I can call"),
    "safe_places": QT_TRANSLATE_NOOP("RecoveryPlan", "Safe places I can go"),
    "services": QT_TRANSLATE_NOOP("RecoveryPlan", "Services I'm connected to"),
    "no_services": QT_TRANSLATE_NOOP(
        "RecoveryPlan", "You aren't connected to other services through us yet — ask us if you'd like to be."),
    "hours": QT_TRANSLATE_NOOP("RecoveryPlan", "Open: %1"),
    "center": QT_TRANSLATE_NOOP("RecoveryPlan", "How to reach the center"),
    "center_phone": QT_TRANSLATE_NOOP("RecoveryPlan", "Call us at %1."),
    "center_hours": QT_TRANSLATE_NOOP("RecoveryPlan", "We're open: %1"),
    "center_write": QT_TRANSLATE_NOOP("RecoveryPlan", "Write to us: %1"),
    "center_come_by": QT_TRANSLATE_NOOP(
        "RecoveryPlan", "Come by any time we're open — you don't need an appointment to talk with us."),
    "center_ask": QT_TRANSLATE_NOOP(
        "RecoveryPlan", "Ask the peer specialist who gave you this plan for the center's address and hours."),
    "center_ask_address": QT_TRANSLATE_NOOP(
        "RecoveryPlan", "Ask the peer specialist who gave you this plan for the center's address."),
    "center_ask_hours": QT_TRANSLATE_NOOP(
        "RecoveryPlan", "Ask the peer specialist who gave you this plan for the center's opening hours."),
    "center_keep": QT_TRANSLATE_NOOP(
        "RecoveryPlan", "This plan is yours. Bring it when we meet, and we'll change it whenever you want."),
    "page": QT_TRANSLATE_NOOP("RecoveryPlan", "Page %1 of %2"),
}


def plan_file_name(participant_id: str) -> str:
    """Never the person's name: file names show up in folders, recent-file lists and backups."""
    return f"recovery-plan-{participant_id}.pdf"


def _safe(tr: Callable[[str, str], str]) -> Callable[[str], str]:
    """A word from the catalogue, or the English source when the catalogue lacks it or misbehaves."""
    def word(key: str) -> str:
        source = _WORDS[key]
        try:
            text = tr(CONTEXT, source)
        except Exception:  # noqa: BLE001 - a broken catalogue must never stop a plan from printing
            return source
        # A translation that lost a placeholder would drop the person's words; the English keeps them.
        if not text or any(f"%{n}" in source and f"%{n}" not in text for n in (1, 2, 3)):
            return source
        return text
    return word


def _day(locale: QLocale, day: date) -> str:
    return locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


class _Styles:
    def __init__(self, fonts: FontSet, scale: float) -> None:
        from reportlab.lib.colors import HexColor
        from reportlab.lib.styles import ParagraphStyle

        size = BODY_SIZE * scale
        dark, soft = HexColor("#1d3557"), HexColor("#555555")
        self.body = ParagraphStyle("body", fontName=fonts.regular, fontSize=size, leading=size * 1.35,
                                   spaceAfter=size * 0.35, bulletFontName=fonts.regular, bulletFontSize=size)
        self.kind = ParagraphStyle("kind", parent=self.body, textColor=soft)
        self.item = ParagraphStyle("item", parent=self.body, leftIndent=size * 1.6, bulletIndent=size * 0.4,
                                   spaceAfter=size * 0.25)
        # The map's numbered key: the number hangs in the margin like a list's bullet, in bold.
        self.key = ParagraphStyle("key", parent=self.item, leftIndent=size * 2.2, bulletIndent=size * 0.2,
                                  bulletFontName=fonts.bold, allowWidows=0)
        self.sub = ParagraphStyle("sub", parent=self.body, fontName=fonts.bold, spaceBefore=size * 0.5,
                                  spaceAfter=size * 0.15)
        self.goal = ParagraphStyle("goal", parent=self.body, fontName=fonts.bold, fontSize=size * 1.1,
                                   leading=size * 1.45, spaceBefore=size * 0.7, spaceAfter=size * 0.2)
        self.heading = ParagraphStyle("heading", parent=self.body, fontName=fonts.bold, fontSize=size * 1.45,
                                      leading=size * 1.8, spaceBefore=size * 1.3, spaceAfter=size * 0.4,
                                      textColor=dark)
        self.title = ParagraphStyle("title", parent=self.body, fontName=fonts.bold, fontSize=size * 2.1,
                                    leading=size * 2.5, spaceAfter=size * 0.3, textColor=dark)
        self.subtitle = ParagraphStyle("subtitle", parent=self.body, textColor=soft, spaceAfter=size * 0.6)
        self.footer_size = max(9.0, size * 0.8)
        self._shaped: dict[str, ParagraphStyle] = {}

    def shaped(self, style):
        """The style with harfbuzz shaping, for text with joined scripts (Arabic). Only there: shaping also
        applies ligatures, and a ligature ("ﬆ") makes the text harder to search and copy from the PDF."""
        from reportlab.lib.styles import ParagraphStyle

        if not shaping_available():
            return style
        if style.name not in self._shaped:
            self._shaped[style.name] = ParagraphStyle(style.name + "-shaped", parent=style, shaping=1)
        return self._shaped[style.name]


def render_recovery_plan(content: PlanContent, language: str, *, large_print: bool = False) -> bytes:
    """The plan as a PDF (US Letter), its words in `language`; large print sets every size 1.5× larger."""
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    fonts = register_fonts()
    word = _safe(translator_for(language))
    # Dates in the language of the words: a language without a catalogue prints in English, dates too.
    locale = document_locale(language)
    styles = _Styles(fonts, LARGE_PRINT_SCALE if large_print else 1.0)
    margin = 20 * mm
    footer_room = styles.footer_size * 2.5
    frame = (LETTER[0] - 2 * margin - 12, LETTER[1] - 2 * margin - footer_room - 12)  # less the frame's padding
    story = _story(content, language, word, locale, styles, fonts, frame)

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=LETTER, leftMargin=margin, rightMargin=margin, topMargin=margin,
                            bottomMargin=margin + footer_room, title=word("title"),
                            author=content.center_name, pageCompression=1)
    footer = _Footer(content.preferred_name.strip(), word("page"), fonts, styles.footer_size, margin,
                     "R" if is_right_to_left(language) else "auto")
    doc.build(story, canvasmaker=footer.canvas_class())
    return buffer.getvalue()


class _Footer:
    """ "Nguyễn Thị Hoa · Page 1 of 3" at the foot of every page, with the name the person chose, whole."""

    def __init__(self, name: str, page_words: str, fonts: FontSet, size: float, margin: float,
                 base: Base = "auto") -> None:
        self.name, self.page_words, self.fonts, self.size, self.margin = name, page_words, fonts, size, margin
        self.base = base  # "R" in an Arabic plan: the name comes first, at the right

    def canvas_class(self) -> type[Canvas]:
        return numbered_canvas(self.draw)

    def draw(self, canvas, page: int, total: int) -> None:
        text = fill(self.page_words, str(page), str(total))
        if self.name:
            text = f"{self.name} · {text}"
        canvas.saveState()
        canvas.setFillColorRGB(0.33, 0.33, 0.33)
        runs = _RunsCanvas(canvas, self.fonts, self.base)
        runs.setFont(self.fonts.regular, self.size)
        runs.drawRightString(canvas._pagesize[0] - self.margin, self.margin, text)
        canvas.restoreState()


class _RunsCanvas:
    """A canvas for ecomap.draw_reportlab, which draws every label in one font: each string is drawn as runs
    in the fonts that have its glyphs (a Chinese and a Greek name on one map). Text with right-to-left letters
    (an Arabic name, or every label of an Arabic plan) is drawn joined and in visual order (bidi_text); its
    direction is its own first letter's unless `base` says otherwise."""

    def __init__(self, canvas, fonts: FontSet, base: Base = "auto") -> None:
        self._canvas, self._fonts, self._base = canvas, fonts, base
        self._bold, self._size = False, 10.0

    def __getattr__(self, name: str):
        return getattr(self._canvas, name)

    def setFont(self, name: str, size: float) -> None:  # noqa: N802 - reportlab's name
        self._bold, self._size = name == self._fonts.bold, size
        self._canvas.setFont(name, size)

    def _runs(self, text: str) -> list[tuple[str, bool]]:
        # canvas.drawString's own right-to-left support needs rlbidi, so the string is prepared here.
        return visual_styled([(text, self._bold)], self._base) if has_rtl(text) else [(text, self._bold)]

    def _width(self, text: str) -> float:
        from rosc_desktop.documents.rtl_paragraph import styled_width

        return styled_width(self._runs(text), self._fonts, self._size)

    def drawString(self, x: float, y: float, text: str) -> None:  # noqa: N802
        from rosc_desktop.documents.rtl_paragraph import draw_styled

        draw_styled(self._canvas, x, y, self._runs(text), self._fonts, self._size)

    def drawCentredString(self, x: float, y: float, text: str) -> None:  # noqa: N802
        self.drawString(x - self._width(text) / 2, y, text)

    def drawRightString(self, x: float, y: float, text: str) -> None:  # noqa: N802
        self.drawString(x - self._width(text), y, text)


class _MapFlowable:
    """Built lazily (reportlab's Flowable) to keep reportlab imports inside the render call."""

    @staticmethod
    def make(drawing: ecomap.Drawing, fonts: FontSet, scale: float = 1.0,
             max_height: float = 10_000.0):
        """The drawing at `scale` points per unit (less if the frame is narrower or shorter), centred across the
        frame: its type stays the size it was drawn for instead of growing or shrinking with the page."""
        from reportlab.platypus import Flowable

        class MapFlowable(Flowable):
            def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
                fitted = min(scale, avail_width / drawing.width, max_height / drawing.height) \
                    if drawing.width > 0 and drawing.height > 0 else scale
                self.width = avail_width
                self.height = drawing.height * fitted
                return self.width, self.height

            def draw(self) -> None:
                ecomap.draw_reportlab(_RunsCanvas(self.canv, fonts), drawing, 0, 0, self.width, self.height,
                                      font_name=fonts.regular)

        return MapFlowable()


# The key's two pieces go side by side when that shrinks them by no more than this (a ratio of widths): any
# smaller and the samples would be smaller than the body's type.
KEY_SHRINK_AT_MOST = 0.85


def _story(content: PlanContent, language: str, word: Callable[[str], str], locale: QLocale, styles: _Styles,
           fonts: FontSet, frame: tuple[float, float]) -> list:
    from reportlab.platypus import KeepTogether, Paragraph, Spacer

    from rosc_desktop.documents.rtl_paragraph import RtlParagraph

    frame_width, frame_height = frame
    # An Arabic plan: every paragraph right-aligned and right to left, its bullets and numbers on the right.
    rtl = is_right_to_left(language)

    def para(text: str, style, bold: bool = False) -> Flowable:
        if rtl:
            return RtlParagraph([(text, bold)], style, fonts=fonts)
        return Paragraph(markup(text, bold=bold or style.fontName == fonts.bold),
                         styles.shaped(style) if needs_shaping(text) else style)

    def bullet(text: str, mark: str = "•") -> Flowable:
        if rtl:
            return RtlParagraph([(text, False)], styles.item, mark, fonts)
        return Paragraph(markup(text), styles.shaped(styles.item) if needs_shaping(text) else styles.item,
                         bulletText=mark)

    def lines(text: str) -> list[str]:
        return [line.strip() for line in text.splitlines() if line.strip()]

    def section(title_key: str, body: list, empty_key: str | None = None) -> list:
        if not body and empty_key is not None:
            body = [para(word(empty_key), styles.kind)]
        head = para(word(title_key), styles.heading)
        # The heading travels with the start of its section: never alone at the foot of a page. A KeepTogether
        # inside another one makes reportlab break the page even when both fit, so the first block is opened.
        first = body[0]._content if isinstance(body[0], KeepTogether) else body[:1]  # type: ignore[attr-defined]
        return [KeepTogether([head, *first]), *body[1:]]

    def text_block(text: str) -> list:
        parts = lines(text)
        if len(parts) > 1:
            return [bullet(p) for p in parts]
        return [para(p, styles.body) for p in parts]

    story: list = [para(word("title"), styles.title)]
    made_on = _day(locale, content.made_on)
    story.append(para(fill(word("made"), content.preferred_name, content.center_name, made_on)
                      if content.center_name else fill(word("made_no_center"), content.preferred_name, made_on),
                      styles.subtitle))

    story += section("strengths", text_block(content.strengths), "no_strengths")

    matters = text_block(content.what_matters)
    if content.hopes.strip():
        matters += [para(word("hopes"), styles.sub), *text_block(content.hopes)]
    story += section("matters", matters, "no_matters")

    goal_parts: list = []
    for number, goal in enumerate(content.goals, start=1):
        block: list[Flowable] = [para(f"{number}. {goal.statement}", styles.goal)]
        if goal.why_it_matters.strip():
            block.append(para(fill(word("why"), goal.why_it_matters.strip()), styles.body))
        if goal.target_date is not None:
            block.append(para(fill(word("by"), _day(locale, goal.target_date)), styles.body))
        steps = [_step_line(step, word, locale) for step in goal.steps]
        step_paras = [bullet(text, "☑" if step.done_on else "☐") for text, step in zip(steps, goal.steps)]
        if not step_paras:
            step_paras = [para(word("no_steps"), styles.kind)]
        # A goal's statement stays with its first step; a goal with many steps may run over a page.
        goal_parts += [KeepTogether([*block, step_paras[0]]), *step_paras[1:]]
    story += section("goals", goal_parts, "no_goals")

    helpers = _helpers(content)
    helper_parts = []
    if helpers:
        helper_parts.append(para(word("who_helps_intro"), styles.body))
        for name, phone in helpers:
            helper_parts.append(bullet(name + (" — " + fill(word("phone"), phone) if phone else "")))
    story += section("who_helps", helper_parts, "nobody_helps")

    network_parts: list = []
    shown_ids: set[str] = set()
    phones = {m.id: m.phone.strip() for m in content.members if m.id}
    size = styles.body.fontSize
    if content.map_nodes:
        labels = map_labels_in(translator_for(language))
        nodes = [ecomap.MapNode(n.id, n.label, n.sublabel, n.kind, n.domain, n.strength, n.nature,  # type: ignore[arg-type]
                                n.direction, n.x, n.y) for n in content.map_nodes]  # type: ignore[arg-type]
        links = [ecomap.MapLink(lk.a_id, lk.b_id) for lk in content.map_links]
        numbered = ecomap.print_numbering(nodes)
        # The map shows numbers, the key beside it says who each one is: every word at the body's size, however
        # many people the network holds, and no name shortened or crossed by a line.
        drawing = ecomap.print_map(content.preferred_name, numbered, links, text_size=max(10.0, size),
                                   max_width=frame_width, max_height=min(frame_height * 0.72, frame_width),
                                   line_scale=0.45 * size / BODY_SIZE)
        network_parts.append(_MapFlowable.make(drawing, fonts, max_height=frame_height))
        for number, node in enumerate(numbered, start=1):
            shown_ids.add(node.id)
            details = [node.sublabel.strip()] if node.sublabel.strip() else []
            details.append(labels.domains.get(node.domain, str(node.domain)))
            if phones.get(node.id):
                details.append(fill(word("phone"), phones[node.id]))
            if rtl:
                network_parts.append(RtlParagraph([(node.label, True), (" — " + " · ".join(details), False)],
                                                  styles.key, f"{number}", fonts))
                continue
            text = markup(node.label, bold=True) + markup(" — " + " · ".join(details))
            network_parts.append(Paragraph(text, styles.shaped(styles.key) if needs_shaping(
                node.label + " ".join(details)) else styles.key, bulletText=f"{number}"))
        # The line styles and colours: the samples are drawn by the map's own code, at the body's size.
        # In two pieces (colours and lines, then arrows and shapes), so that each fits a page in large print
        # and neither is left alone on a page holding little else.
        plain = replace(labels, domain_abbreviations={})  # the printed map shows numbers, not abbreviations
        domains = [n.domain for n in nodes]
        pieces = [ecomap.legend_only(plain, domains, parts=parts)
                  for parts in (("sectors", "ties"), ("directions", "kinds"))]
        if pieces[0].height * size / 11.0 > frame_height * 0.9:  # many areas in large print: colours alone
            pieces[:1] = [ecomap.legend_only(plain, domains, parts=(part,)) for part in ("sectors", "ties")]
        scale = size / 11.0
        side_by_side = len(pieces) == 2 and sum(p.width for p in pieces) * scale * KEY_SHRINK_AT_MOST <= frame_width
        if side_by_side:
            # The two pieces of the key side by side, each in its own column (a little smaller where the page is
            # narrow), so the key is one block: stacked, its colours ended one page and its arrows began the next.
            from reportlab.platypus import Table

            ordered = pieces[::-1] if rtl else pieces  # read from the right in Arabic: the colours come first
            widths = [frame_width * p.width / sum(q.width for q in ordered) for p in ordered]
            table = Table([[_MapFlowable.make(p, fonts, scale=scale, max_height=frame_height) for p in ordered]],
                          colWidths=widths, hAlign="RIGHT" if rtl else "LEFT")
            table.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("RIGHTPADDING", (0, 0), (-1, -1), size * 0.3)])
            network_parts += [Spacer(1, size * 0.6), table]
        else:
            for piece in pieces:
                network_parts.append(Spacer(1, size * 0.6))
                network_parts.append(_MapFlowable.make(piece, fonts, scale=scale, max_height=frame_height))
        network_parts.append(Spacer(1, size))
    for member in content.members:
        if member.id and member.id in shown_ids:
            continue
        details = [member.relationship.strip()] if member.relationship.strip() else []
        if member.phone.strip():
            details.append(fill(word("phone"), member.phone.strip()))
        if rtl:
            network_parts.append(RtlParagraph([(member.name, True), (" — " + " · ".join(details) if details else "",
                                                                    False)], styles.item, "•", fonts))
            continue
        line = f"{markup(member.name, bold=True)}" + (markup(" — " + " · ".join(details)) if details else "")
        network_parts.append(Paragraph(line, styles.shaped(styles.item) if needs_shaping(member.name + " ".join(
            details)) else styles.item, bulletText="•"))
    story += section("network", network_parts, "no_network")

    setback_parts: list = []
    for key, text in (("warning_signs", content.warning_signs), ("what_helps", content.what_helps),
                      ("what_does_not_help", content.what_does_not_help), ("safe_places", content.safe_places)):
        if text.strip():
            setback_parts.append(KeepTogether([para(word(key), styles.sub), *text_block(text)[:1]]))
            setback_parts += text_block(text)[1:]
    if content.people_to_call:
        calls = [bullet(person) for person in content.people_to_call]
        setback_parts.append(KeepTogether([para(word("people_to_call"), styles.sub), calls[0]]))
        setback_parts += calls[1:]
    story += section("setback", setback_parts, "no_setback")

    service_parts: list = []
    for service in content.services:
        block = [para(service.name, styles.sub)]
        if service.organization_name and service.organization_name != service.name:
            block.append(para(service.organization_name, styles.body))
        for line in service.address_lines:
            block.append(para(line, styles.body))
        if service.phone:
            block.append(para(fill(word("phone"), service.phone), styles.body))
        if service.hours:
            hours = hours_in_words(service.hours, language, translator_for(language))
            block.append(para(fill(word("hours"), "; ".join(hours)), styles.body))
        service_parts.append(KeepTogether(block))
    story += section("services", service_parts, "no_services")

    center_parts: list[Flowable] = []
    if content.center_name:
        center_parts.append(para(content.center_name, styles.sub))
    address = lines(content.center_address)
    for line in address:
        center_parts.append(para(line, styles.body))
    center_parts.append(para(fill(word("center_phone"), content.center_phone.strip()) if content.center_phone.strip()
                             else word("center_come_by"), styles.body))
    hours = lines(content.center_hours)
    if hours:
        center_parts.append(para(fill(word("center_hours"), hours[0]), styles.body))
        center_parts += [para(line, styles.item) for line in hours[1:]]
    for reach in (content.center_email, content.center_website):
        if reach.strip():
            center_parts.append(para(fill(word("center_write"), reach.strip()) if "@" in reach else reach.strip(),
                                     styles.body))
    # Never an empty "how to reach us": until the center's details are filled in, say whom to ask.
    ask = "center_ask" if not address and not hours else "center_ask_address" if not address else \
        "center_ask_hours" if not hours else ""
    if ask:
        center_parts.append(para(word(ask), styles.body))
    center_parts.append(para(word("center_keep"), styles.body))
    story += section("center", [KeepTogether(center_parts)])  # the last section stays in one piece
    return story


def _step_line(step: PlanStep, word: Callable[[str], str], locale: QLocale) -> str:
    parts = [step.what.strip()]
    who = word("me") if step.helper_kind == SELF_HELPER else step.helper_name.strip()
    if who:
        parts.append(fill(word("step_helper"), who))
    if step.done_on is not None:
        parts.append(fill(word("step_done"), _day(locale, step.done_on)))
    elif step.due_on is not None:
        parts.append(fill(word("step_due"), _day(locale, step.due_on)))
    return " — ".join(p for p in parts if p)


def _helpers(content: PlanContent) -> list[tuple[str, str]]:
    """The people named on steps (not the person themself), each once, with a phone from the network."""
    phones = {m.name.strip().casefold(): m.phone.strip() for m in content.members if m.phone.strip()}
    seen: dict[str, tuple[str, str]] = {}
    for goal in content.goals:
        for step in goal.steps:
            name = step.helper_name.strip()
            if step.helper_kind == SELF_HELPER or not name or name.casefold() in seen:
                continue
            seen[name.casefold()] = (name, phones.get(name.casefold(), ""))
    return list(seen.values())
