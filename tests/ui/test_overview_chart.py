"""The BARC-10 chart reads: the 10–60 scale in numbers, and dates along the bottom that do not repeat."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCharts import QDateTimeAxis, QValueAxis

from rosc_desktop.services.participants import ParticipantInput
from rosc_desktop.ui.screens.overview import OverviewTab


def _tick_labels(axis: QDateTimeAxis) -> list[str]:
    start, end, n = axis.min(), axis.max(), axis.tickCount()
    step = start.msecsTo(end) / (n - 1)
    return [start.addMSecs(int(step * i)).toString(axis.format()) for i in range(n)]


@pytest.mark.parametrize("days", [(date(2024, 7, 2), date(2024, 7, 16), date(2024, 7, 30)),
                                  (date(2023, 1, 10), date(2023, 9, 1), date(2024, 7, 30)),
                                  (date(2024, 7, 2),)], ids=["one month", "eighteen months", "one"])
def test_axes_show_the_scale_and_distinct_dates(qtbot, services, days) -> None:  # type: ignore[no-untyped-def]
    person = services.participants.register(ParticipantInput("Ada Moss"))
    for n, day in enumerate(days):
        services.intake.record_barc10(person.id, day, [2 + n] * 10)
    tab = OverviewTab(services, person.id)
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    chart = tab.chart_view.chart()
    y_axis = next(a for a in chart.axes() if isinstance(a, QValueAxis))
    x_axis = next(a for a in chart.axes() if isinstance(a, QDateTimeAxis))
    assert (y_axis.min(), y_axis.max(), y_axis.tickCount()) == (10, 60, 6)  # 10, 20 … 60: room for each label
    labels = _tick_labels(x_axis)
    assert len(labels) == len(set(labels)), labels
