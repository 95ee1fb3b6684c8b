"""Hub mode: a site that takes bundles from many centers and sends each the directory and partner list.

A site becomes a hub once, when it is set up (before it enrols any center): its trust card then says "hub", and
its bundles carry what it owns (the directory, partners) instead of participant records.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlmodel import select

from rosc_desktop.errors import RoscError
from rosc_desktop.model import Site
from rosc_desktop.services.permissions import Action
from rosc_desktop.services.reports import CenterReport
from rosc_desktop.services.changes import Kind, record_change

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services


def is_hub(services: Services) -> bool:
    with services.store.read() as session:
        site = session.exec(select(Site).where(Site.is_local == True)).first()  # noqa: E712
    return bool(site and site.is_hub)


def set_hub_mode(services: Services, on: bool = True) -> None:
    services.require(Action.MANAGE_SYNC)
    from rosc_desktop.sync import keys

    if keys.peers(services):
        # Peers enrolled our card with its role on it; changing role now would break their trust in it.
        raise RoscError("hub_mode_after_enrolment")
    with services.store.write() as session:
        site = session.exec(select(Site).where(Site.is_local == True)).one()  # noqa: E712
        site.is_hub = on
        session.add(site)
        services.audit(session, "hub_mode_set", "site", site.code, {"on": on})
        record_change(Kind.SETTINGS, Kind.SYNC)


@dataclass(frozen=True)
class CenterRow:
    site_code: str
    name: str
    report: CenterReport


@dataclass(frozen=True)
class HubReport:
    first: date
    last: date
    centers: list[CenterRow]
    total: CenterReport


def center_report(services: Services, first: date, last: date) -> HubReport:
    """Every measure (services.measures, so one definition) per enrolled center and over all of them.

    A center's row is what that center's own report says for the same period: the figures come from the
    records it sent, identified or de-identified alike, and counting needs ids, dates and codes only, which is
    exactly what travels without consent."""
    services.require(Action.VIEW_REPORTS)
    if not is_hub(services):
        raise RoscError("hub_mode_required")
    from rosc_desktop.sync import keys

    services.require(Action.MANAGE_SYNC)
    centers = [p for p in keys.peers(services) if p.role == "center"]
    rows = [CenterRow(p.site_code, p.name, services.reports.center(first, last, site=p.site_code)) for p in centers]
    return HubReport(first, last, rows, services.reports.center(first, last))
