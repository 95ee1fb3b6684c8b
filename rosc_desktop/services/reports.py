"""The center's report over a period, its year's trend and what lies behind each figure, for whoever may see it.

The measures themselves (definitions and SQL) are services.measures'; this module checks permission and the
period, opens the store, and hands back plain results. A hub's report across centers (sync.hub) asks for the
same report once per center (`site`), so a center's figure and the hub's row for it agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlmodel import col, select

from rosc_desktop.errors import ValidationError
from rosc_desktop.model import Participant
from rosc_desktop.services import measures
from rosc_desktop.services.permissions import Action

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services


@dataclass(frozen=True)
class CenterReport:
    """Every measure (services.measures) over one period, for this center or, at a hub, for one site."""

    first: date
    last: date
    site: str
    figures: dict[str, measures.Figure]


@dataclass(frozen=True)
class TrendPoint:
    month: date  # the first day of the month
    people_served: int
    contacts: int


class ReportService:
    def __init__(self, services: "Services") -> None:
        self._s = services

    def center(self, first: date, last: date, *, site: str = "") -> CenterReport:
        """The measures over [first, last], the center's calendar days."""
        self._s.require(Action.VIEW_REPORTS)
        _check_period(first, last)
        with self._s.store.read(whole_file=True) as session:
            return CenterReport(first, last, site, measures.compute(session, first, last, site))

    def trend(self, last_month: date, months: int = 12, *, site: str = "") -> list[TrendPoint]:
        """People served and contacts per calendar month, the `months` months up to and including last_month's."""
        self._s.require(Action.VIEW_REPORTS)
        if not 1 <= months <= 120:
            raise ValidationError("months_range", field="months")
        points = []
        with self._s.store.read(whole_file=True) as session:
            for start in _months_back(last_month.replace(day=1), months):
                served, contacts = measures.served_and_contacts(session, start, month_last_day(start), site)
                points.append(TrendPoint(start, served, contacts))
        return points

    def people_behind(self, code: str, first: date, last: date, *, site: str = "") -> list[tuple[str, str]]:
        """(id, preferred name) of the people a figure counts, for staff to open; empty for activity figures."""
        self._s.require(Action.VIEW_REPORTS)
        self._s.require(Action.VIEW_PARTICIPANT)
        _check_period(first, last)
        with self._s.store.read(whole_file=True) as session:
            ids = measures.people_behind(session, code, first, last, site) or []
            names = dict(session.exec(select(Participant.id, Participant.preferred_name)
                                      .where(col(Participant.id).in_(ids[:5000]))).all()) if ids else {}
        return sorted(((pid, names[pid]) for pid in ids if pid in names), key=lambda row: row[1].casefold())

    def activities_behind(self, first: date, last: date, *, site: str = "") -> list[str]:
        self._s.require(Action.VIEW_REPORTS)
        _check_period(first, last)
        with self._s.store.read(whole_file=True) as session:
            return measures.activities_behind(session, first, last, site)

    def barc10_distribution(self, first: date, last: date, *, site: str = "") -> tuple[list[int], list[int]]:
        self._s.require(Action.VIEW_REPORTS)
        _check_period(first, last)
        with self._s.store.read(whole_file=True) as session:
            return measures.barc10_distribution(session, first, last, site)


def _check_period(first: date, last: date) -> None:
    if last < first:
        raise ValidationError("period_reversed", field="end")


def month_last_day(first_of_month: date) -> date:
    following = (first_of_month.replace(day=28) + timedelta(days=4)).replace(day=1)
    return following - timedelta(days=1)


def _months_back(first_of_month: date, months: int) -> list[date]:
    starts = [first_of_month]
    while len(starts) < months:
        starts.append((starts[-1] - timedelta(days=1)).replace(day=1))
    return list(reversed(starts))
