"""Hub mode: a site that takes bundles from many centers and sends each the directory and partner list.

A site becomes a hub once, when it is set up (before it enrols any center): its trust card then says "hub", and
its bundles carry what it owns (the directory, partners) instead of participant records.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlmodel import select

from rosc_desktop.errors import RoscError
from rosc_desktop.model import Site
from rosc_desktop.services.permissions import Action

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
