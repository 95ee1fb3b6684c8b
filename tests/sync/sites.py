"""Sites for sync tests: a hub and centers in their own data folders, each trusting the other's card."""

from __future__ import annotations

from datetime import date
from pathlib import Path

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

    on = on or date.today()
    return svc.consents.add(participant_id, ConsentInput(
        recipient_kind="hub", recipient_name="Region Hub",
        purpose_code="care_coordination", purpose="Care coordination across the region",
        information_kinds=list(kinds), effective_on=on, expires_on=expires, expiry_event="" if expires else "end of services",
        signed_how="paper", signed_on=on, notice_given=True))
