"""Staff accounts. Passwords never live here: the keyring file holds the database key sealed for each account."""

from __future__ import annotations

from sqlmodel import Field

from rosc_desktop.enums import Role
from rosc_desktop.model.base import SyncedRow

__all__ = ["Role", "Staff"]


class Staff(SyncedRow, table=True):
    username: str = Field(max_length=64, unique=True)
    display_name: str = Field(max_length=120)
    role: str = Field(default=Role.PEER_SPECIALIST, max_length=32)
    active: bool = Field(default=True)
    must_change_password: bool = Field(default=False, description="a temporary password, changed at first sign-in")
