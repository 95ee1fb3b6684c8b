"""The Overview's charts read: the BARC-10's 10–60 scale in numbers, goal progress after each review day, and
dates along the bottom that do not repeat; no label shortened to "…" at the size the chart really has."""

from __future__ import annotations

from datetime import date

import pytest
import shiboken6
from PySide6.QtCharts import QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import QGraphicsTextItem

from rosc_desktop.services.changes import Changes, Kind
from rosc_desktop.services import gas
from rosc_desktop.services.participants import ParticipantInput
from rosc_desktop.services.plans import GoalInput
from rosc_desktop.ui.operations import change_bus, run_operation
from rosc_desktop.ui.screens.intake import format_day
from rosc_desktop.ui.screens.overview import OverviewTab
from rosc_desktop.ui.screens.overview_charts import (
    GAS_COLOUR,
    TimeChartView,
    assemble,
    coarser_steps,
    date_axis,
    padded_span,
    points_series,
    reference_series,
    value_axis,
)
from rosc_desktop.ui.screens.workspace import ParticipantWorkspace

REVIEW_DAYS = (date(2026, 8, 10), date(2026, 9, 14), date(2026, 10, 20))


def _tick_labels(axis: QDateTimeAxis) -> list[str]:
    start, end, n = axis.min(), axis.max(), axis.tickCount()
    step = start.msecsTo(end) / (n - 1)
    return [start.addMSecs(int(step * i)).toString(axis.format()) for i in range(n)]


def _drawn_texts(view) -> list[str]:  # type: ignore[no-untyped-def]
    """The words the chart really drew (axis labels, legend), as Qt shortened them to fit."""
    texts = []
    for item in view.scene().items():
        obj = item.toGraphicsObject()
        if obj is not None and obj.inherits("QGraphicsTextItem") and item.isVisible():
            texts.append(shiboken6.wrapInstance(shiboken6.getCppPointer(obj)[0], QGraphicsTextItem).toPlainText())
    return [t for t in texts if t]


def _numbers(view) -> list[int]:  # type: ignore[no-untyped-def]
    return sorted(int(t) for t in _drawn_texts(view) if t.isdigit())


def _shortened(texts: list[str]) -> list[str]:
    return [t for t in texts if "…" in t or "..." in t]


def _axes(view) -> tuple[QDateTimeAxis, QValueAxis]:  # type: ignore[no-untyped-def]
    chart = view.chart()
    return (next(a for a in chart.axes() if isinstance(a, QDateTimeAxis)),
            next(a for a in chart.axes() if isinstance(a, QValueAxis)))


def _series(view, name: str) -> QLineSeries:  # type: ignore[no-untyped-def]
    return next(s for s in view.chart().series() if s.name() == name)


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
    x_axis, y_axis = _axes(tab.chart_view)
    assert (y_axis.min(), y_axis.max(), y_axis.tickCount()) == (10, 60, 6)  # 10, 20 … 60: room for each label
    labels = _tick_labels(x_axis)
    assert len(labels) == len(set(labels)), labels
    qtbot.waitUntil(lambda: bool(_numbers(tab.chart_view)))
    assert _numbers(tab.chart_view) == [10, 20, 30, 40, 50, 60]
    assert not _shortened(_drawn_texts(tab.chart_view))


# -- goal progress over time ------------------------------------------------------------------------------------

@pytest.fixture
def reviewed(services):  # type: ignore[no-untyped-def]
    """Two goals reviewed on three days: housing alone, then work too, then both again on one day."""
    person = services.participants.register(ParticipantInput("Gus Ortega"))
    housing = services.goals.add(person.id, GoalInput("Own place", "housing"), set_on=date(2026, 8, 1))
    work = services.goals.add(person.id, GoalInput("Part-time job", "work_education"), set_on=date(2026, 8, 1))
    services.goals.review(housing.id, REVIEW_DAYS[0], -1)
    services.goals.review(work.id, REVIEW_DAYS[1], -2)
    services.goals.review(housing.id, REVIEW_DAYS[2], 1)
    services.goals.review(work.id, REVIEW_DAYS[2], 0)
    return person


def _in_workspace(qtbot, services, person) -> ParticipantWorkspace:  # type: ignore[no-untyped-def]
    """The Overview as a laptop shows it: the person's workspace in a 1280×720 window (kept by the caller:
    qtbot holds only a weak reference)."""
    workspace = ParticipantWorkspace(services, person.id)
    qtbot.addWidget(workspace)
    workspace.resize(1280, 720 - 120)  # less the main window's menu, tabs and status bar
    workspace.show()
    qtbot.waitExposed(workspace)
    return workspace


def test_goal_progress_is_drawn_once_per_review_day(qtbot, services, reviewed) -> None:  # type: ignore[no-untyped-def]
    workspace = _in_workspace(qtbot, services, reviewed)
    tab = workspace.overview
    view = tab.gas_chart_view
    assert view.isVisible() and not tab.gas_empty_label.isVisible()

    scores = _series(view, "Goal progress")
    assert [QDateTime.fromMSecsSinceEpoch(int(p.x())).date().toPython() for p in scores.points()] == list(REVIEW_DAYS)
    # Housing alone at −1; then with work at −2 (housing still −1); then +1 and 0.
    expected = [gas.t_score([-1]), gas.t_score([-1, -2]), gas.t_score([1, 0])]
    assert [p.y() for p in scores.points()] == pytest.approx(expected)
    assert [round(p.y(), 1) for p in scores.points()] == [40.0, 31.4, 56.2]
    assert tab.gas_latest_label.text() == "Latest: 56 on " + format_day(REVIEW_DAYS[2])

    reference = _series(view, "50 = goals met as expected")
    assert {p.y() for p in reference.points()} == {50}
    assert reference.pen().style().name == "DashLine"  # told apart by its dashes, not by colour alone

    x_axis, y_axis = _axes(view)
    labels = _tick_labels(x_axis)
    assert len(labels) == len(set(labels)), labels
    assert (y_axis.min(), y_axis.max()) == (20, 80)
    qtbot.waitUntil(lambda: bool(_numbers(view)))
    drawn = _drawn_texts(view)
    assert not _shortened(drawn), drawn
    assert 50 in _numbers(view) and {20, 80} <= set(_numbers(view))

    # Named and described for a screen reader; the tooltip says what goal progress is.
    assert view.accessibleName() == "Goal progress over time"
    description = view.accessibleDescription()
    assert all(format_day(day) in description for day in REVIEW_DAYS)
    assert "40; " in description and description.endswith(": 56")
    assert "Goal Attainment Scaling" in view.toolTip()


def test_the_two_charts_sit_side_by_side_within_a_laptop_screen(qtbot, services, reviewed) -> None:  # type: ignore[no-untyped-def]
    services.intake.record_barc10(reviewed.id, REVIEW_DAYS[0], [3] * 10)
    workspace = _in_workspace(qtbot, services, reviewed)
    tab = workspace.overview
    barc, goals = tab.chart_view, tab.gas_chart_view
    assert barc.isVisible() and goals.isVisible()
    assert barc.mapTo(tab, barc.rect().topLeft()).y() == goals.mapTo(tab, goals.rect().topLeft()).y()
    assert barc.mapTo(tab, barc.rect().topRight()).x() < goals.mapTo(tab, goals.rect().topLeft()).x()
    assert tab.minimumSizeHint().width() <= 1260
    assert not _shortened(_drawn_texts(barc)) and not _shortened(_drawn_texts(goals))


def test_no_reviews_yet_says_so_instead_of_an_empty_chart_and_follows_a_new_review(
        qtbot, services) -> None:  # type: ignore[no-untyped-def]
    person = services.participants.register(ParticipantInput("Lena Fischer"))
    goal = services.goals.add(person.id, GoalInput("Walk daily", "physical_health"), set_on=date(2026, 9, 1))
    tab = OverviewTab(services, person.id)
    qtbot.addWidget(tab)
    tab.resize(1200, 560)
    tab.show()
    assert tab.gas_empty_label.isVisible() and not tab.gas_chart_view.isVisible()
    assert tab.gas_empty_label.text() == "No goal reviews yet — review a goal on the Goals tab"

    services.goals.review(goal.id, date(2026, 9, 20), 1)
    change_bus.changed.emit(Changes.of(Kind.GOALS, participant_id="someone-else"))
    assert not tab.gas_chart_view.isVisible()  # another person's review: nothing to redraw
    # Saved as the Goals tab saves a review: in the background, then announced for this person.
    with qtbot.waitSignal(change_bus.changed):
        run_operation(None, lambda: services.goals.review(goal.id, date(2026, 10, 20), 2))
    qtbot.waitUntil(tab.gas_chart_view.isVisible)
    assert not tab.gas_empty_label.isVisible()
    assert [p.y() for p in _series(tab.gas_chart_view, "Goal progress").points()] == pytest.approx([60.0, 70.0])


# -- the value axis labels only what fits ---------------------------------------------------------------------

@pytest.mark.parametrize("height", [150, 180, 210, 260, 320])
def test_value_labels_thin_out_rather_than_shorten(qtbot, height) -> None:  # type: ignore[no-untyped-def]
    view = TimeChartView("Goal progress over time")
    qtbot.addWidget(view)
    points = [(day, 45.0 + 5 * n) for n, day in enumerate(REVIEW_DAYS)]
    start, end = padded_span(REVIEW_DAYS[0], REVIEW_DAYS[-1])
    y_axis = value_axis(20, 80, 10, "")
    chart = assemble(view.palette(), [reference_series("As expected", 50, start, end),
                                      points_series("Goal progress", GAS_COLOUR, points)], date_axis(start, end), y_axis)
    view.resize(560, max(height, view.minimumHeight()))
    view.show_chart(chart, y_axis, coarser_steps(20, 80, 10, 50))
    view.show()
    qtbot.waitUntil(lambda: bool(_numbers(view)))
    numbers = _numbers(view)
    assert not _shortened(_drawn_texts(view)), (height, _drawn_texts(view))
    assert {20, 50, 80} <= set(numbers)  # the ends and "as expected" are always labelled
    if height >= 260:
        assert numbers == [20, 30, 40, 50, 60, 70, 80]


def test_scales_and_steps() -> None:
    from rosc_desktop.ui.screens.overview_charts import centred_scale

    assert coarser_steps(20, 80, 10, 50) == [10, 15, 30]
    assert coarser_steps(10, 60, 10) == [10, 25, 50]
    assert centred_scale([31.4, 56.2], 50, 30, 10) == (20, 80, 10)
    assert centred_scale([15.0], 50, 30, 10) == (10, 90, 20)  # wider, labelled every 20 and still through 50
    assert QDateTime(REVIEW_DAYS[0], QTime(12, 0)) == padded_span(REVIEW_DAYS[0], REVIEW_DAYS[1])[0].addDays(7)


def test_date_labels_follow_the_order_of_the_locales_dates() -> None:
    """The axis wrote "13 Aug" beside a screen that writes 12/7/2026 (US); it follows the locale now."""
    from PySide6.QtCore import QLocale

    from rosc_desktop.ui.screens.overview_charts import day_month_format

    assert day_month_format(QLocale("en_US")) == "MMM d"
    assert day_month_format(QLocale("es_ES")) == "d MMM"
    assert day_month_format(QLocale("en_GB")) == "d MMM"
