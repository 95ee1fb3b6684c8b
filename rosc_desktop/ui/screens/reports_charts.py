"""The Reports screen's three charts: people served and contacts month by month, attendance by kind of activity,
and BARC-10 totals at first and latest assessment.

Colours, series order and titles come from documents/report_style.py, which the printed report reads too, so the
screen and the paper look alike. Words are translated in the "Measures" context, where report_style marks them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from rosc_desktop.documents import report_style as style
from rosc_desktop.ui.screens.overview_charts import attach_axes, blank_chart, replace_chart


def words(source: str) -> str:
    return QCoreApplication.translate("Measures", source)


def nice_top(highest: float) -> tuple[int, int]:
    """(top, ticks): a value axis from 0 whose labels are round numbers and never more than six."""
    if highest <= 4:
        return 4, 5
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10_000, 20_000, 50_000,
                 100_000, 200_000, 500_000):
        top = math.ceil(highest / step) * step
        if top // step <= 5:
            return top, top // step + 1
    top = math.ceil(highest / 1_000_000) * 1_000_000
    return top, top // 1_000_000 + 1


class ReportChartView(QChartView):
    """A chart that may shrink to share a 720-pixel screen, reachable by Tab so a screen reader reads its name."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(260, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(accessible_name)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def show_chart(self, chart: QChart, description: str) -> None:
        replace_chart(self, chart)
        self.setAccessibleDescription(description)
        self.setToolTip(description)


def _value_axis(highest: float, title: str) -> QValueAxis:
    top, ticks = nice_top(highest)
    axis = QValueAxis()
    axis.setRange(0, top)
    axis.setTickCount(ticks)
    axis.setLabelFormat("%d")
    axis.setTitleText(title)
    return axis


def month_label(month: date) -> str:
    """"Nov": short enough that twelve fit under a chart half a laptop screen wide; the axis title has the years."""
    return QLocale().toString(month, "MMM")


def months_span(first: date, last: date) -> str:
    locale = QLocale()
    return f"{locale.toString(first, 'MMM yyyy')} – {locale.toString(last, 'MMM yyyy')}"


def trend_chart(palette: QPalette, points: Sequence[object]) -> QChart:
    """`points`: TrendPoints (month, people_served, contacts), oldest first; one line per style.TREND_SERIES."""
    chart = blank_chart(palette)
    lines = []
    for field, name, colour in style.TREND_SERIES:
        line = QLineSeries()
        line.setName(words(name))
        line.setPen(QPen(QColor(colour), 2.5))
        line.setPointsVisible(True)
        line.setMarkerSize(7)
        for at, point in enumerate(points):
            line.append(at, getattr(point, field))
        chart.addSeries(line)
        lines.append(line)
    x_axis = QBarCategoryAxis()
    x_axis.append([month_label(p.month) for p in points])  # type: ignore[attr-defined]
    if points:
        x_axis.setTitleText(months_span(points[0].month, points[-1].month))  # type: ignore[attr-defined]
    highest = max((getattr(p, f) for p in points for f, _n, _c in style.TREND_SERIES), default=0)
    attach_axes(chart, palette, lines, x_axis, _value_axis(highest, words(style.PEOPLE_AXIS)))
    return chart


def kind_label(kind: str) -> str:
    return words(style.BREAKDOWN_WORDS.get(kind, kind))


def attendance_chart(palette: QPalette, by_kind: dict[str, int]) -> QChart:
    chart = blank_chart(palette)
    bars = QBarSet(words("Attendance"))
    bars.setColor(QColor(style.ATTENDANCE_COLOUR))
    bars.setBorderColor(QColor(style.ATTENDANCE_COLOUR))
    bars.setLabelColor(palette.color(QPalette.ColorRole.WindowText))  # above the bar, on the chart's background
    for kind in style.ATTENDANCE_KINDS:
        bars.append(by_kind.get(kind, 0))
    series = QBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
    chart.addSeries(series)
    chart.legend().hide()  # one series: the title says what the bars are
    x_axis = QBarCategoryAxis()
    x_axis.append([kind_label(kind) for kind in style.ATTENDANCE_KINDS])
    attach_axes(chart, palette, [series], x_axis, _value_axis(max(by_kind.values(), default=0) * 1.15,
                                                          words(style.PEOPLE_AXIS)))
    return chart


def barc_chart(palette: QPalette, bins: Sequence[tuple[int, int]], first: Sequence[int],
               latest: Sequence[int]) -> QChart:
    chart = blank_chart(palette)
    series = QBarSeries()
    for (which, name, colour), counts in zip(style.BARC_SERIES, (first, latest), strict=True):
        bars = QBarSet(words(name))
        bars.setColor(QColor(colour))
        bars.setBorderColor(QColor(colour))
        bars.append(list(counts))
        bars.setObjectName(which)
        series.append(bars)
    chart.addSeries(series)
    x_axis = QBarCategoryAxis()
    x_axis.append([style.band_label(low, high) for low, high in bins])
    x_axis.setTitleText(words(style.BARC_AXIS))
    attach_axes(chart, palette, [series], x_axis, _value_axis(max([*first, *latest, 0]), words(style.PEOPLE_AXIS)))
    return chart
