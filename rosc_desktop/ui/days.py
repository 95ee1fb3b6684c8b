"""Dates as the interface shows them, in one place: the system locale's short date (with a four-digit year) and
short time, so every list, table and message agrees; and today as Qt's date widgets want it, from the one app
clock (rosc_desktop.clock), so a date picker's limits agree with the services' checks (and with a test that sets
the clock)."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timezone

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from rosc_desktop.clock import center_today

# A quoted literal ('de', 'г.') or a run of y's; only the runs outside quotes are pattern letters.
_LITERAL_OR_YEAR = re.compile(r"'(?:[^']|'')*'|y+")


def _widen_year(pattern: str) -> str:
    # "6/12/26" reads as June or December, 1926 or 2026, depending on who reads it: always write the century.
    return _LITERAL_OR_YEAR.sub(lambda m: m.group(0) if m.group(0).startswith("'") or len(m.group(0)) >= 4
                                else "yyyy", pattern)


def day_pattern(locale: QLocale | None = None) -> str:
    """The locale's short date pattern with a four-digit year, for date edits that should read like the lists."""
    return _widen_year((locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat))


def moment_pattern(locale: QLocale | None = None) -> str:
    """The short date and the locale's short time (14:32 or 2:32 PM), for date-and-time edits."""
    locale = locale or QLocale()
    return f"{day_pattern(locale)} {locale.timeFormat(QLocale.FormatType.ShortFormat)}"


def qdate(day: date | QDate) -> QDate:
    """A calendar date as Qt's date widgets take it."""
    return day if isinstance(day, QDate) else QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    """A date widget's date as the services take it."""
    return date(day.year(), day.month(), day.day())


def _local_qdatetime(moment: datetime) -> QDateTime:
    # Stored moments are UTC (model.types.UTCDateTime); a naive one has lost its zone on the way, not gained one.
    aware = moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
    return QDateTime.fromMSecsSinceEpoch(int(aware.timestamp() * 1000))  # in this computer's time zone


def format_day(day: date | QDate) -> str:
    """A calendar date as this computer's locale writes it short ("12/6/2026", "6/12/2026", "06.12.2026")."""
    return QLocale().toString(qdate(day), day_pattern())


def format_moment(moment: datetime) -> str:
    """A point in time, in this computer's time zone: the short date and the locale's short time."""
    return QLocale().toString(_local_qdatetime(moment), moment_pattern())


def format_time(moment: datetime | time) -> str:
    """The time of day alone, as the locale writes it; a datetime is shown in this computer's time zone."""
    if isinstance(moment, datetime):
        return QLocale().toString(_local_qdatetime(moment).time(), QLocale.FormatType.ShortFormat)
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def today_qdate() -> QDate:
    return qdate(center_today())
