"""A paragraph that reads right to left (Arabic), for the documents' reportlab stories.

reportlab's Paragraph lays out right-to-left text only with rlbidi. This flowable breaks its text into lines in
reading order, then draws each line in visual order (bidi_text), right-aligned, with its bullet or number at the
right edge. Every character is drawn in a shipped font that has it (fonts.font_runs), so a Chinese name inside an
Arabic sentence still prints. It splits across pages like a Paragraph.

Imported only while a document is being built, like the rest of reportlab.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from rosc_desktop.documents.bidi_text import Base, Styled, break_lines, visual_lines, visual_styled
from rosc_desktop.documents.fonts import FontSet, font_runs, register_fonts

__all__ = ["RtlParagraph", "draw_right", "draw_styled", "styled_width"]


def styled_width(runs: Sequence[Styled], fonts: FontSet, size: float, bold: bool = False) -> float:
    return sum(stringWidth(piece, font, size)
               for text, run_bold in runs for piece, font in font_runs(text, bold or run_bold))


def draw_styled(canvas, x: float, y: float, runs: Sequence[Styled], fonts: FontSet, size: float,
                bold: bool = False) -> float:
    """Draw runs already in visual order from `x` rightwards, each piece in a font that has its glyphs; returns
    the x after the last."""
    for text, run_bold in runs:
        for piece, font in font_runs(text, bold or run_bold):
            canvas.setFont(font, size)
            canvas.drawString(x, y, piece)
            x += stringWidth(piece, font, size)
    return x


def draw_right(canvas, right: float, y: float, text: str, fonts: FontSet, size: float, bold: bool = False,
               base: Base = "R") -> None:
    """One line of text, right-aligned at `right`, in visual order."""
    runs = visual_styled([(text, bold)], base)
    draw_styled(canvas, right - styled_width(runs, fonts, size), y, runs, fonts, size)


class RtlParagraph(Flowable):
    """`segments` [(text, bold)] in reading order, right-aligned and right to left. The style's leftIndent and
    bulletIndent are measured from the right edge (the side a line starts on), mirroring a left-to-right list."""

    def __init__(self, segments: Sequence[Styled], style: ParagraphStyle, bullet: str | None = None,
                 fonts: FontSet | None = None, _lines: list[list[Styled]] | None = None) -> None:
        super().__init__()
        self.segments = [(text, bold) for text, bold in segments if text]
        self.style = style
        self.bullet = bullet
        self.fonts = fonts or register_fonts()
        self._preset = _lines
        self._lines: list[list[Styled]] = []
        self._width = 0.0

    def _bold(self) -> bool:
        return self.style.fontName == self.fonts.bold

    def _text_width(self, avail_width: float) -> float:
        return max(1.0, avail_width - self.style.leftIndent - self.style.rightIndent)

    def _break(self, avail_width: float) -> list[list[Styled]]:
        if self._preset is not None:
            return self._preset
        size, bold = self.style.fontSize, self._bold()

        def measure(text: str, run_bold: bool) -> float:
            return styled_width([(text, run_bold)], self.fonts, size, bold)

        return break_lines(self.segments, self._text_width(avail_width), measure) or [[]]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab's
        self._width = availWidth
        self._lines = self._break(availWidth)
        self.height = len(self._lines) * self.style.leading
        self.width = availWidth
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        lines = self._break(availWidth)
        fit = int((availHeight + 1e-6) // self.style.leading)
        if fit < 1 or fit >= len(lines):
            return [] if fit < 1 else [self]
        head = RtlParagraph(self.segments, self.style, self.bullet, self.fonts, lines[:fit])
        head.spaceAfter = 0
        tail = RtlParagraph([seg for line in lines[fit:] for seg in (*line, (" ", False))][:-1], self.style,
                            None, self.fonts, lines[fit:])
        tail.spaceBefore = 0
        return [head, tail]

    def draw(self) -> None:
        style, canvas = self.style, self.canv
        size = style.fontSize
        canvas.saveState()
        canvas.setFillColor(style.textColor)
        right = self._width - style.leftIndent
        y = self.height - size
        if self.bullet:
            bullet_size = getattr(style, "bulletFontSize", size) or size
            bold = getattr(style, "bulletFontName", "") == self.fonts.bold
            draw_right(canvas, self._width - style.bulletIndent, y, self.bullet, self.fonts, bullet_size, bold)
        for runs in visual_lines(self._lines, "R"):
            draw_styled(canvas, right - styled_width(runs, self.fonts, size, self._bold()), y, runs, self.fonts,
                        size, self._bold())
            y -= style.leading
        canvas.restoreState()
