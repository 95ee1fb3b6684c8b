"""The parts the Overview's two charts over time share: a date axis whose labels never repeat, a value axis that
labels only as many numbers as its height has room for, a dashed reference line, and the palette's colours.

Words are not chosen here: the Overview passes its translated names in, so its strings keep one context.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCharts import QAbstractAxis, QAbstractSeries, QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDateTime, QLocale, QMargins, Qt, QTime
from PySide6.QtGui import QColor, QPainter, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

# Okabe–Ito colours: told apart with any colour vision; the reference line is also dashed, not colour alone.
TOTAL_COLOUR = QColor("#0072B2")
REFERENCE_COLOUR = QColor("#E69F00")
GAS_COLOUR = QColor("#009E73")
MAX_DATE_TICKS = 5  # two charts share the width: five dates fit under each without Qt hiding one


def moment(day: date) -> QDateTime:
    return QDateTime(day, QTime(12, 0))


def padded_span(first: date, last: date) -> tuple[QDateTime, QDateTime]:
    """The time the chart spans: a single day still needs room to draw on; a fortnight either side reads well."""
    pad = 14 if first == last else 7
    return moment(first).addDays(-pad), moment(last).addDays(pad)


def day_month_format(locale: QLocale) -> str:
    """A day and a short month in the order this locale writes dates ("Aug 13" in the US, "13 ago" in Spain),
    as the rest of the screen writes its dates (12/7/2026 there, 7/12/2026 here)."""
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return "MMM d" if short.lstrip().upper().startswith("M") else "d MMM"


def date_axis(start: QDateTime, end: QDateTime) -> QDateTimeAxis:
    """Ticks fall evenly between the ends, not on months, so a label format coarser than the spacing would
    repeat ("Jul 2024" three times): days for a short span, months for a long one, never closer than the label."""
    axis = QDateTimeAxis()
    axis.setRange(start, end)
    span_days = start.daysTo(end)
    if span_days <= 120:
        axis.setFormat(day_month_format(QLocale()) + ("" if start.date().year() == end.date().year() else " yyyy"))
        axis.setTickCount(min(MAX_DATE_TICKS, max(2, span_days // 7 + 1)))
    else:
        axis.setFormat("MMM yyyy")
        axis.setTickCount(min(MAX_DATE_TICKS, max(2, span_days // 45 + 1)))
    return axis


def value_axis(low: int, high: int, step: int, title: str) -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(low, high)
    axis.setTickCount((high - low) // step + 1)
    axis.setLabelFormat("%d")
    axis.setTitleText(title)
    return axis


def coarser_steps(low: int, high: int, step: int, anchor: int | None = None) -> list[int]:
    """`step` and the coarser steps, finest first, that still label both ends and `anchor` (default `low`):
    20–80 by 10 gives 10, 15, 30, every one of them through 50."""
    anchor = low if anchor is None else anchor
    return [s for s in range(step, high - low + 1, 5)
            if (high - low) % s == 0 and (anchor - low) % s == 0]


def points_series(name: str, colour: QColor, points: Sequence[tuple[date, float]]) -> QLineSeries:
    series = QLineSeries()
    series.setName(name)
    series.setPen(QPen(colour, 2.5))
    series.setPointsVisible(True)
    # No point labels: Qt Charts draws them on top of the markers; the figures above give the exact numbers.
    series.setMarkerSize(9)
    for day, value in points:
        series.append(moment(day).toMSecsSinceEpoch(), value)
    return series


def reference_series(name: str, value: float, start: QDateTime, end: QDateTime) -> QLineSeries:
    series = QLineSeries()
    series.setName(name)
    pen = QPen(REFERENCE_COLOUR, 2)
    pen.setStyle(Qt.PenStyle.DashLine)
    series.setPen(pen)
    series.append(start.toMSecsSinceEpoch(), value)
    series.append(end.toMSecsSinceEpoch(), value)
    return series


def blank_chart(palette: QPalette) -> QChart:
    """An empty chart in the palette's colours (light or dark theme), legend below."""
    chart = QChart()
    chart.setBackgroundBrush(palette.color(QPalette.ColorRole.Base))
    chart.setMargins(QMargins(4, 4, 4, 4))
    # No inset rounded card inside the view: on a short screen every pixel goes to the plot.
    chart.layout().setContentsMargins(0, 0, 0, 0)
    chart.setBackgroundRoundness(0)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.legend().setLabelColor(palette.color(QPalette.ColorRole.WindowText))
    return chart


def attach_axes(chart: QChart, palette: QPalette, series: Sequence[QAbstractSeries], x_axis: QAbstractAxis,
                y_axis: QAbstractAxis) -> None:
    """The axes below and left, in the palette's colours, shared by every series (already added to the chart)."""
    text_colour = palette.color(QPalette.ColorRole.WindowText)
    for axis in (x_axis, y_axis):
        axis.setLabelsColor(text_colour)
        axis.setTitleBrush(text_colour)
        axis.setGridLineColor(palette.color(QPalette.ColorRole.Midlight))
        axis.setLinePenColor(palette.color(QPalette.ColorRole.Mid))
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    for one in series:
        one.attachAxis(x_axis)
        one.attachAxis(y_axis)


def assemble(palette: QPalette, series: Sequence[QAbstractSeries], x_axis: QDateTimeAxis,
             y_axis: QValueAxis) -> QChart:
    """A chart in the palette's colours, legend below, series drawn in the order given."""
    chart = blank_chart(palette)
    for one in series:
        chart.addSeries(one)
    attach_axes(chart, palette, series, x_axis, y_axis)
    return chart


class TimeChartView(QChartView):
    """A chart over time that may shrink, in width (two sit side by side) and in height (a 720-pixel screen).

    Qt Charts gives each value label an equal share of the plot's height and shows "…" for a label taller than
    its share, so on every resize the value axis labels every step that fits: 10, 20 … 60 when there is room,
    10, 35, 60 when there is not.
    """

    MIN_LABELS = 4

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._axis: QValueAxis | None = None
        self._steps: list[int] = []
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(self._height_for(self.MIN_LABELS))
        self.setMinimumWidth(240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(accessible_name)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # so a screen reader can reach its description

    def _height_for(self, labels: int) -> int:
        # Measured: each value label takes a line of text and its padding; the legend and the date labels take
        # about two more, and a few pixels spare keep a rounding from turning a label into "…".
        return (labels + 2) * (self.fontMetrics().height() + 10) + 8

    def show_chart(self, chart: QChart, value_axis: QValueAxis, steps: list[int]) -> None:
        """Show `chart`, labelling `value_axis` by the finest of `steps` (finest first) that has room."""
        self._axis, self._steps = value_axis, steps
        replace_chart(self, chart)
        self._fit_labels()

    def clear_chart(self) -> None:
        self._axis, self._steps = None, []
        replace_chart(self, QChart())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_labels()
        super().resizeEvent(event)

    def _fit_labels(self) -> None:
        if self._axis is None or not self._steps:
            return
        span = round(self._axis.max() - self._axis.min())
        room = max(self.height(), self.minimumHeight())
        fitting = [s for s in self._steps if self._height_for(span // s + 1) <= room]
        step = fitting[0] if fitting else self._steps[-1]
        self._axis.setTickCount(span // step + 1)


def replace_chart(view: QChartView, chart: QChart) -> None:
    # The view hands the previous chart back to us rather than deleting it.
    old = view.chart()
    view.setChart(chart)
    if old is not None:
        old.deleteLater()


def centred_scale(values: Sequence[float], centre: int, half: int, step: int) -> tuple[int, int, int]:
    """(low, high, step): centre ± half labelled every step. A value beyond widens the range either side, and the
    labels then come every two steps, still through the centre, so the axis needs no more room than before."""
    reach = half
    while values and (min(values) < centre - reach or max(values) > centre + reach):
        reach += step
    if reach == half:
        return centre - half, centre + half, step
    reach += reach % (2 * step)  # a whole number of double steps either side keeps the centre a label
    return centre - reach, centre + reach, 2 * step
