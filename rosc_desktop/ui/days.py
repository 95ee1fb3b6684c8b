"""Today as Qt's date widgets want it: the center's calendar date from the one app clock (rosc_desktop.clock),
so a date picker's limits agree with the services' checks (and with a test that sets the clock)."""

from __future__ import annotations

from PySide6.QtCore import QDate

from rosc_desktop.clock import center_today


def today_qdate() -> QDate:
    day = center_today()
    return QDate(day.year, day.month, day.day)
