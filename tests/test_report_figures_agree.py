"""A figure reads the same on the Reports screen, on the board's PDF, in the terminal and in the hub's table.

The figures come from one place (services.measures), but each place used to write them itself: a BARC-10 change
of 5.25 points was "+5.2" in the terminal and the hub's table (Python rounds the tie to even) and "+5,3" on the
screen and the PDF (Qt rounds it up), so a board's paper and the hub's row disagreed.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from rosc_desktop.cli_report import print_table, value_text as terminal_text
from rosc_desktop.documents.report_style import figure_value
from rosc_desktop.services.measures import BY_CODE, MEASURES, Figure, shown_value
from rosc_desktop.ui.screens.hub_report import figure_text as hub_screen_text
from rosc_desktop.ui.screens.reports import value_text as screen_text

ENGLISH, SPANISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates), QLocale(QLocale.Language.Spanish)


@pytest.mark.parametrize(("value", "unit", "shown"), [
    (5.25, "points", "5.3"), (-5.25, "points", "-5.3"), (2.45, "points", "2.5"), (0.05, "days", "0.1"),
    (10.0, "days", "10.0"), (-0.04, "points", "0.0"), (0.04, "points", "0.0"), (7, "count", "7"),
])
def test_a_half_is_rounded_away_from_zero_once_for_every_place(value: float, unit: str, shown: str) -> None:
    assert shown_value(value, unit) == Decimal(shown)
    assert str(shown_value(value, unit)) == shown  # never "-0.0"


@pytest.mark.parametrize(("value", "unit", "terminal", "spanish"), [
    (5.25, "points", "+5.3", "+5,3"), (-1.25, "points", "−1.3", "−1,3"), (-0.04, "points", "0.0", "0,0"),
    (12.25, "days", "12.3", "12,3"), (None, "points", "–", "–"), (7, "count", "7", "7"),
])
def test_the_terminal_the_paper_and_the_screen_write_the_same_figure(value, unit, terminal, spanish,  # type: ignore[no-untyped-def]
                                                                     qapp) -> None:
    measure = next(m for m in MEASURES if m.unit == unit)
    figure = Figure(measure.code, value)
    assert terminal_text(figure, unit) == terminal
    assert figure_value(figure, unit, ENGLISH) == terminal
    assert figure_value(figure, unit, SPANISH) == spanish
    previous = QLocale()
    try:
        QLocale.setDefault(SPANISH)
        assert screen_text(measure, figure) == figure_value(figure, unit, SPANISH)
        assert hub_screen_text(figure, unit) == figure_value(figure, unit, SPANISH)
    finally:
        QLocale.setDefault(previous)


def test_the_terminal_table_says_what_each_average_rests_on_as_the_screen_does(capsys) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from rosc_desktop.services.reports import CenterReport

    figures = {m.code: Figure(m.code, 0 if m.unit == "count" else None) for m in MEASURES}
    figures["days_to_connection"] = Figure("days_to_connection", 4.25, rests_on=2)
    figures["barc10_change"] = Figure("barc10_change", 5.25, rests_on=1)
    print_table(CenterReport(date(2026, 11, 1), date(2026, 11, 30), "", figures))
    lines = [" ".join(line.split()) for line in capsys.readouterr().out.splitlines()]
    assert f"{BY_CODE['days_to_connection'].title} 4.3 2 referrals" in lines
    assert f"{BY_CODE['barc10_change'].title} +5.3 1 person" in lines
