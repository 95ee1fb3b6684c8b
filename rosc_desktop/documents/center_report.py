"""The center's report for a board or funder: what the center did in a period, on paper, in English or Spanish.

Page one names the center and the period, then every measure's figure (with the people an average or a paired
change rests on) and its breakdown; then the charts (people served and contacts month by month for a year,
attendance by kind of activity, BARC-10 totals at first and latest assessment); the coordinator's note; and an
appendix with each measure's definition, so a reader can see exactly what was counted.

Figures only: never a participant's name. The numbers are the reports service's (services.measures), the same
the Reports screen, the CSV and the hub's row for this center show. Words come from our Qt catalogues through
`translator_for(language)` (context "CenterReport" here, "Measures" for the measures), dates and numbers from
QLocale in that language, so the report prints in Spanish while the app runs in English. Colours are
report_style's, so the charts look like the screen's.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale

from rosc_desktop.clock import center_today
from rosc_desktop.documents import report_style
from rosc_desktop.documents.report_style import figure_value
from rosc_desktop.documents.fonts import FontSet, markup, register_fonts
from rosc_desktop.documents.page_numbers import numbered_canvas
from rosc_desktop.i18n import QT_TRANSLATE_NOOP, SUPPORTED, translator_for
from rosc_desktop.placeholders import fill
from rosc_desktop.services.measures import BARC_BINS, MEASURES, Figure

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from rosc_desktop.services.core import Services
    from rosc_desktop.services.reports import TrendPoint

CONTEXT = "CenterReport"

WORDS = {
    "kind": QT_TRANSLATE_NOOP("CenterReport", "Center report"),
    "center": QT_TRANSLATE_NOOP("CenterReport", "Recovery community center"),
    "period": QT_TRANSLATE_NOOP("CenterReport", "%1 to %2"),
    "prepared": QT_TRANSLATE_NOOP("CenterReport", "Prepared on %1. Figures only: no participant is named."),
    "figures": QT_TRANSLATE_NOOP("CenterReport", "The figures"),
    "measure": QT_TRANSLATE_NOOP("CenterReport", "Measure"),
    "value": QT_TRANSLATE_NOOP("CenterReport", "Figure"),
    "rests_on": QT_TRANSLATE_NOOP("CenterReport", "People it rests on"),
    "none": QT_TRANSLATE_NOOP("CenterReport", "no one to count yet"),
    "charts": QT_TRANSLATE_NOOP("CenterReport", "At a glance"),
    "barc_people": QT_TRANSLATE_NOOP("CenterReport", "People (paired: assessed in the period and before)"),
    "no_barc": QT_TRANSLATE_NOOP("CenterReport", "No one was assessed twice yet, so there is no change to show."),
    "note": QT_TRANSLATE_NOOP("CenterReport", "From the coordinator"),
    "appendix": QT_TRANSLATE_NOOP("CenterReport", "Appendix: what each figure counts"),
    "page": QT_TRANSLATE_NOOP("CenterReport", "Page %1 of %2"),
}


def breakdown_word(key: str) -> str:
    """A breakdown item's English words (the CLI's), or the key itself for one report_style does not know."""
    return report_style.BREAKDOWN_WORDS.get(key, key)


def report_file_name(first: date, last: date, site: str = "") -> str:
    return f"center-report-{site + '-' if site else ''}{first.isoformat()}-{last.isoformat()}.pdf"


@dataclass(frozen=True)
class ReportContent:
    """Everything the page shows, gathered in one go (off the GUI thread when a screen asks for it)."""

    first: date
    last: date
    center_name: str
    center_lines: list[str]  # address, phone, e-mail, website: how a reader reaches the center
    figures: dict[str, Figure]
    trend: list["TrendPoint"]
    barc_first: list[int]
    barc_latest: list[int]
    site: str = ""
    made_on: date = field(default_factory=center_today)


def gather(services: "Services", first: date, last: date, *, site: str = "", site_name: str = "") -> ReportContent:
    """The figures, the year's trend up to `last`'s month and the BARC-10 bands; at a hub `site` narrows all of
    them to one center (whose name the caller knows: `site_name`)."""
    report = services.reports.center(first, last, site=site)
    trend = services.reports.trend(last.replace(day=1), 12, site=site)
    barc_first, barc_latest = services.reports.barc10_distribution(first, last, site=site)
    if site:
        name, lines = site_name or site, []
    else:
        center = services.accounts.center()
        name = center.name
        lines = [line.strip() for line in center.address.splitlines() if line.strip()]
        lines += [v.strip() for v in (center.phone, center.email, center.website) if v.strip()]
    return ReportContent(first, last, name, lines, report.figures, trend, barc_first, barc_latest, site)


def center_report_pdf(services: "Services", first: date, last: date, note: str, language: str, *,
                      site: str = "", site_name: str = "") -> bytes:
    """The report over [first, last] as a PDF (US Letter) in `language`, with the coordinator's `note`."""
    return render(gather(services, first, last, site=site, site_name=site_name), note, language)


# -- words and numbers ---------------------------------------------------------------------------------------


def _words(language: str) -> tuple[Callable[[str], str], Callable[[str], str]]:
    tr = translator_for(language)

    def safe(context: str, source: str) -> str:
        try:
            text = tr(context, source)
        except Exception:  # noqa: BLE001 - a broken catalogue must never stop a report from printing
            return source
        if not text or any(f"%{n}" in source and f"%{n}" not in text for n in (1, 2)):
            return source  # a translation that lost a placeholder would drop the dates
        return text

    return (lambda key: safe(CONTEXT, WORDS[key])), (lambda source: safe("Measures", source))


def period_text(first: date, last: date, locale: QLocale, word: Callable[[str], str]) -> str:
    whole_month = first.day == 1 and (first.year, first.month) == (last.year, last.month) and \
        (last + timedelta(days=1)).day == 1
    if whole_month:
        month = locale.monthName(first.month, QLocale.FormatType.LongFormat)
        return f"{month[:1].upper()}{month[1:]} {first.year}"
    return fill(word("period"), _day(locale, first), _day(locale, last))


def _day(locale: QLocale, day: date) -> str:
    """The long date without its weekday ("November 6, 2026", "6 de noviembre de 2026"): a period reads shorter."""
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    for weekday in ("dddd, ", "dddd ", ", dddd", "dddd"):
        pattern = pattern.replace(weekday, "")
    return locale.toString(QDate(day.year, day.month, day.day), pattern.strip())


# -- the page --------------------------------------------------------------------------------------------------


def render(content: ReportContent, note: str, language: str) -> bytes:
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    fonts = register_fonts()
    word, measure_word = _words(language)
    locale = QLocale(language if language in SUPPORTED else "en")
    margin = 18 * mm
    width = LETTER[0] - 2 * margin - 12
    styles = _Styles(fonts)
    story = _story(content, note, word, measure_word, locale, styles, fonts, width)
    buffer = io.BytesIO()
    name = content.center_name or word("center")
    doc = SimpleDocTemplate(buffer, pagesize=LETTER, leftMargin=margin, rightMargin=margin, topMargin=margin,
                            bottomMargin=margin + 18, title=f"{word('kind')} · {name}", author=name,
                            pageCompression=1)
    footer = f"{name} · {period_text(content.first, content.last, locale, word)}"
    doc.build(story, canvasmaker=_numbered_canvas(footer, word("page"), fonts, margin))
    return buffer.getvalue()


class _Styles:
    def __init__(self, fonts: FontSet) -> None:
        from reportlab.lib.colors import HexColor
        from reportlab.lib.styles import ParagraphStyle

        size = 10.5
        dark, soft = HexColor("#1d3557"), HexColor("#555555")
        self.body = ParagraphStyle("body", fontName=fonts.regular, fontSize=size, leading=size * 1.35,
                                   spaceAfter=size * 0.3)
        self.small = ParagraphStyle("small", parent=self.body, fontSize=size * 0.9, leading=size * 1.2,
                                    spaceAfter=0)
        self.cell = ParagraphStyle("cell", parent=self.body, spaceAfter=0)
        self.cell_bold = ParagraphStyle("cell_bold", parent=self.cell, fontName=fonts.bold)
        self.cell_sub = ParagraphStyle("cell_sub", parent=self.small, leftIndent=size * 1.2, textColor=soft)
        self.cell_right = ParagraphStyle("cell_right", parent=self.cell_bold, alignment=2)
        self.cell_sub_right = ParagraphStyle("cell_sub_right", parent=self.small, alignment=2, textColor=soft)
        self.soft = ParagraphStyle("soft", parent=self.body, textColor=soft)
        self.kind = ParagraphStyle("kind", parent=self.body, textColor=soft, fontSize=size * 1.1, spaceAfter=0)
        self.title = ParagraphStyle("title", parent=self.body, fontName=fonts.bold, fontSize=size * 2.1,
                                    leading=size * 2.5, spaceAfter=size * 0.2, textColor=dark)
        self.period = ParagraphStyle("period", parent=self.body, fontName=fonts.bold, fontSize=size * 1.3,
                                     leading=size * 1.7, textColor=dark)
        self.heading = ParagraphStyle("heading", parent=self.body, fontName=fonts.bold, fontSize=size * 1.4,
                                      leading=size * 1.8, spaceBefore=size * 1.1, spaceAfter=size * 0.4,
                                      textColor=dark)
        self.sub = ParagraphStyle("sub", parent=self.body, fontName=fonts.bold, spaceBefore=size * 0.4,
                                  spaceAfter=size * 0.1)
        self.chart_title = ParagraphStyle("chart_title", parent=self.sub, spaceBefore=size * 0.6)


def _story(content: ReportContent, note: str, word: Callable[[str], str], measure_word: Callable[[str], str],
           locale: QLocale, styles: _Styles, fonts: FontSet, width: float) -> list[Any]:
    from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph

    def para(text: str, style: Any, bold: bool = False) -> Paragraph:
        return Paragraph(markup(text, bold), style)

    story: list[Any] = [para(word("kind"), styles.kind),
                        para(content.center_name or word("center"), styles.title, bold=True),
                        para(period_text(content.first, content.last, locale, word), styles.period, bold=True)]
    if content.center_lines:
        story.append(para(" · ".join(content.center_lines), styles.soft))
    story.append(para(fill(word("prepared"), _day(locale, content.made_on)), styles.soft))

    story.append(para(word("figures"), styles.heading, bold=True))
    story.append(_figures_table(content, word, measure_word, locale, styles, width))

    story += [CondPageBreak(250), para(word("charts"), styles.heading, bold=True)]
    story.append(KeepTogether([para(measure_word(report_style.TREND_TITLE), styles.chart_title, bold=True),
                               _trend_chart(content, measure_word, locale, fonts, width)]))
    story.append(KeepTogether([para(measure_word(report_style.ATTENDANCE_TITLE), styles.chart_title, bold=True),
                               _kind_chart(content, measure_word, locale, fonts, width)]))
    barc: list[Any] = [para(measure_word(report_style.BARC_TITLE), styles.chart_title, bold=True)]
    if sum(content.barc_first):
        barc.append(_barc_chart(content, word, measure_word, fonts, width))
    else:
        barc.append(para(word("no_barc"), styles.soft))
    story.append(KeepTogether(barc))

    if note.strip():
        body: list[Flowable] = [para(word("note"), styles.heading, bold=True)]
        body += [para(line, styles.body) for line in note.strip().split("\n\n")]
        story.append(KeepTogether(body))

    story += [CondPageBreak(200), para(word("appendix"), styles.heading, bold=True)]
    for measure in MEASURES:
        story.append(KeepTogether([para(measure_word(measure.title), styles.sub, bold=True),
                                   para(measure_word(measure.definition), styles.body)]))
    return story


def _figures_table(content: ReportContent, word: Callable[[str], str], measure_word: Callable[[str], str],
                   locale: QLocale, styles: _Styles, width: float) -> Any:
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Paragraph, Table, TableStyle

    rows: list[list[Any]] = [[Paragraph(markup(word("measure"), True), styles.cell_bold),
                              Paragraph(markup(word("value"), True), styles.cell_right),
                              Paragraph(markup(word("rests_on"), True), styles.cell_right)]]
    lines: list[int] = []
    for measure in MEASURES:
        figure = content.figures[measure.code]
        lines.append(len(rows))
        rests = "" if figure.rests_on is None else locale.toString(int(figure.rests_on))
        if figure.value is None and not figure.rests_on:
            # Said where there is room for it: in the Figure column it stood four lines high in Spanish.
            rests = word("none")
        rows.append([Paragraph(markup(measure_word(measure.title)), styles.cell),
                     Paragraph(markup(figure_value(figure, measure.unit, locale), True), styles.cell_right),
                     Paragraph(markup(rests), styles.cell_right)])
        for key, count in figure.breakdown.items():
            if measure.code in ("activities_held", "attendance", "contacts") and not count:
                continue  # an empty kind says nothing a reader needs; the total already includes it
            rows.append([Paragraph(markup(measure_word(breakdown_word(key))), styles.cell_sub),
                         Paragraph(markup(locale.toString(int(count))), styles.cell_sub_right), ""])
    table = Table(rows, colWidths=[width * 0.58, width * 0.16, width * 0.26], repeatRows=1)
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 1, HexColor("#1d3557")),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
    for n, row in enumerate(lines[1:], start=1):
        commands.append(("LINEABOVE", (0, row), (-1, row), 0.4, HexColor("#bbbbbb")))
        if n % 2:
            end = lines[n + 1] - 1 if n + 1 < len(lines) else len(rows) - 1
            commands.append(("BACKGROUND", (0, row), (-1, end), HexColor("#f3f6f9")))
    table.setStyle(TableStyle(commands))
    return table


# -- charts (reportlab.graphics) ---------------------------------------------------------------------------------


def _legend(drawing: Any, x: float, y: float, items: list[tuple[str, str]], fonts: FontSet) -> None:
    from reportlab.graphics.shapes import Rect, String
    from reportlab.lib.colors import HexColor

    for colour, label in items:
        drawing.add(Rect(x, y - 1, 9, 9, fillColor=HexColor(colour), strokeColor=None))  # type: ignore[arg-type]
        drawing.add(String(x + 13, y, label, fontName=fonts.regular, fontSize=9))
        x += 13 + _text_width(label, fonts, 9) + 16


def _text_width(text: str, fonts: FontSet, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(stringWidth(text, fonts.regular, size))


def _axis_fonts(chart: Any, fonts: FontSet) -> None:
    for axis in (chart.categoryAxis.labels, chart.valueAxis.labels):
        axis.fontName, axis.fontSize = fonts.regular, 8.5
    chart.valueAxis.forceZero = True
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = _grey()
    chart.valueAxis.gridStrokeWidth = 0.3


def _grey() -> Any:
    from reportlab.lib.colors import HexColor

    return HexColor("#cccccc")


def _value_step(top: int) -> int:
    """A step for the value axis giving whole numbers and at most about six lines."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000):
        if top / step <= 6:
            return step
    return max(1, top // 5)


def _value_axis(chart: Any, top: int) -> None:
    chart.valueAxis.valueMin, chart.valueAxis.valueStep = 0, _value_step(top)
    chart.valueAxis.valueMax = chart.valueAxis.valueStep * -(-top // chart.valueAxis.valueStep)


def _trend_chart(content: ReportContent, measure_word: Callable[[str], str], locale: QLocale, fonts: FontSet,
                 width: float) -> Any:
    from reportlab.graphics.charts.linecharts import HorizontalLineChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.graphics.widgets.markers import makeMarker
    from reportlab.lib.colors import HexColor

    height = 170
    drawing = Drawing(width, height)
    chart = HorizontalLineChart()
    # reportlab takes any number for a chart's place and size; its stubs say int
    chart.x, chart.y, chart.width, chart.height = 40, 22, width - 50, height - 50  # type: ignore[assignment]
    chart.data = [[int(getattr(p, name)) for p in content.trend] for name, _title, _colour in report_style.TREND_SERIES]
    chart.categoryAxis.categoryNames = [
        f"{locale.monthName(p.month.month, QLocale.FormatType.ShortFormat).rstrip('.')} {p.month.year % 100:02d}"
        for p in content.trend]
    _axis_fonts(chart, fonts)
    _value_axis(chart, max([v for series in chart.data for v in series] + [1]))
    chart.joinedLines = 1
    for n, (_name, _title, colour) in enumerate(report_style.TREND_SERIES):
        chart.lines[n].strokeColor = HexColor(colour)
        chart.lines[n].strokeWidth = 2
        chart.lines[n].symbol = makeMarker("FilledCircle" if n == 0 else "FilledSquare", size=4,
                                           fillColor=HexColor(colour))
    drawing.add(chart)
    _legend(drawing, 40, height - 12, [(colour, measure_word(title))
                                       for _name, title, colour in report_style.TREND_SERIES], fonts)
    return drawing


def _kind_chart(content: ReportContent, measure_word: Callable[[str], str], locale: QLocale, fonts: FontSet,
                width: float) -> Any:
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.colors import HexColor

    kinds = list(report_style.ATTENDANCE_KINDS)
    counts = [int(content.figures["attendance"].breakdown.get(k, 0)) for k in kinds]
    labels = [measure_word(breakdown_word(k)) for k in kinds]
    label_room = max(_text_width(label, fonts, 8.5) for label in labels) + 10
    height = 22 * len(kinds) + 30
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    # reportlab takes any number for a chart's place and size; its stubs say int
    chart.x, chart.y = label_room, 18  # type: ignore[assignment]
    chart.width, chart.height = width - label_room - 40, height - 26  # type: ignore[assignment]
    # Top to bottom in ATTENDANCE_KINDS: the chart draws its first category at the bottom.
    chart.data = [list(reversed(counts))]
    chart.categoryAxis.categoryNames = list(reversed(labels))
    _axis_fonts(chart, fonts)
    _value_axis(chart, max([*counts, 1]))
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = HexColor(report_style.ATTENDANCE_COLOUR)
    chart.barLabelFormat = lambda v: locale.toString(int(v)) if v else ""
    chart.barLabels.fontName, chart.barLabels.fontSize = fonts.regular, 8.5
    chart.barLabels.boxAnchor, chart.barLabels.dx = "w", 3
    drawing.add(chart)
    return drawing


def _barc_chart(content: ReportContent, word: Callable[[str], str], measure_word: Callable[[str], str],
                fonts: FontSet, width: float) -> Any:
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib.colors import HexColor

    height = 170
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    # reportlab takes any number for a chart's place and size; its stubs say int
    chart.x, chart.y, chart.width, chart.height = 40, 22, width - 50, height - 56  # type: ignore[assignment]
    chart.data = [content.barc_first, content.barc_latest]
    chart.categoryAxis.categoryNames = [report_style.band_label(low, high) for low, high in BARC_BINS]
    _axis_fonts(chart, fonts)
    _value_axis(chart, max([*content.barc_first, *content.barc_latest, 1]))
    chart.groupSpacing, chart.barSpacing = 10, 2
    chart.bars.strokeColor = None
    for n, (_which, _title, colour) in enumerate(report_style.BARC_SERIES):
        chart.bars[n].fillColor = HexColor(colour)
    drawing.add(chart)
    _legend(drawing, 40, height - 12, [(colour, measure_word(title))
                                       for _which, title, colour in report_style.BARC_SERIES], fonts)
    drawing.add(String(40, height - 28, word("barc_people"), fontName=fonts.regular, fontSize=8.5,
                       fillColor=HexColor("#555555")))
    return drawing


# -- page numbers ------------------------------------------------------------------------------------------------


def _numbered_canvas(footer: str, page_words: str, fonts: FontSet, margin: float) -> Any:
    """A canvas that draws "<center> · <period> · Page n of N" on each page."""

    def draw(canvas: Any, page: int, total: int) -> None:
        canvas.saveState()
        canvas.setFillColorRGB(0.33, 0.33, 0.33)
        canvas.setFont(fonts.regular, 8.5)
        canvas.drawRightString(canvas._pagesize[0] - margin, margin * 0.6,
                               f"{footer} · {fill(page_words, str(page), str(total))}")
        canvas.restoreState()

    return numbered_canvas(draw)
