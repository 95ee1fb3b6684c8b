"""Sites for sync tests: a hub and centers in their own data folders, each trusting the other's card."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from rosc_desktop.clock import center_today
from rosc_desktop.paths import AppPaths
from rosc_desktop.sync import hub as hub_mode
from rosc_desktop.sync import keys
from tests.conftest import ADMIN_PASSWORD


def make_site(root: Path, code: str, *, is_hub: bool = False, name: str | None = None):  # type: ignore[no-untyped-def]
    from rosc_desktop.services.session import create_center

    svc, _ = create_center(AppPaths(root / code).ensure(), center_name=name or f"Site {code}", site_code=code,
                           admin_username="admin", admin_display_name="Admin Person", password=ADMIN_PASSWORD)
    if is_hub:
        hub_mode.set_hub_mode(svc, True)
    return svc


def link(center, hub) -> None:  # type: ignore[no-untyped-def]
    hub_card = keys.trust_card(hub)
    center_card = keys.trust_card(center)
    keys.enrol(center, hub_card.card_text, hub_card.fingerprint, "hub")
    keys.enrol(hub, center_card.card_text, center_card.fingerprint, "center")


def add_person(svc, name: str = "Dana Example", **extra):  # type: ignore[no-untyped-def]
    from rosc_desktop.services.participants import ParticipantInput

    return svc.participants.register(ParticipantInput(preferred_name=name, **extra))


def consent_to_hub(svc, participant_id: str, kinds=("all",), *, on: date | None = None,  # type: ignore[no-untyped-def]
                   expires: date | None = None):
    from rosc_desktop.services.consents import ConsentInput

    on = on or center_today()
    return svc.consents.add(participant_id, ConsentInput(
        recipient_kind="hub", recipient_name="Region Hub",
        purpose_code="care_coordination", purpose="Care coordination across the region",
        information_kinds=list(kinds), effective_on=on, expires_on=expires, expiry_event="" if expires else "end of services",
        signed_how="paper", signed_on=on, notice_given=True))


HUB, CENTER = "HUB-1", "HL-01"


def open_pair(root: Path):  # type: ignore[no-untyped-def]
    """A hub and one center that trust each other, and a 'USB stick' folder; closed when the generator ends."""
    hub = make_site(root / "sites", HUB, is_hub=True)
    center = make_site(root / "sites", CENTER)
    link(center, hub)
    usb = root / "usb"
    usb.mkdir()
    try:
        yield hub, center, usb
    finally:
        hub.close()
        center.close()


def open_region(root: Path):  # type: ignore[no-untyped-def]
    """A hub ("County Hub") and two centers, Harbor Light (AAA-1) and Riverside Commons (BBB-2)."""
    hub = make_site(root, "HUB-1", is_hub=True, name="County Hub")
    a = make_site(root, "AAA-1", name="Harbor Light")
    b = make_site(root, "BBB-2", name="Riverside Commons")
    link(a, hub)
    link(b, hub)
    usb = root / "usb"
    usb.mkdir()
    try:
        yield hub, a, b, usb
    finally:
        for svc in (hub, a, b):
            svc.close()


def carry(sender, receiver, usb: Path):  # type: ignore[no-untyped-def]
    """Export from `sender` for `receiver` and import it there at once."""
    from rosc_desktop.sync import exchange

    result = exchange.export_bundle(sender, receiver.store.site_code, usb)
    return exchange.import_bundle(receiver, result.path, backup=False)
