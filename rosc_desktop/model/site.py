"""The center (or hub) this database belongs to."""

from __future__ import annotations

from sqlmodel import Field

from rosc_desktop.model.base import SyncedRow


class Site(SyncedRow, table=True):
    code: str = Field(max_length=16, unique=True)
    name: str = Field(max_length=120)
    is_local: bool = Field(default=True, description="True for the site this database belongs to")
    is_hub: bool = Field(default=False)
    is_demo: bool = Field(default=False)
    idle_lock_minutes: int = Field(default=10)
    # How to reach the center: printed on the plan, the referral slip, the consent form and the trust card.
    address: str = Field(default="", max_length=500)
    phone: str = Field(default="", max_length=64)
    hours: str = Field(default="", max_length=500)
    email: str = Field(default="", max_length=254)
    website: str = Field(default="", max_length=300)
