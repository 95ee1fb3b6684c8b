"""Consents to share a participant's records outside the center (42 CFR Part 2 §2.31)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services


class ConsentService:
    def __init__(self, services: "Services") -> None:
        self._s = services
