"""Staff accounts. Passwords never live here: the keyring file holds the database key sealed for each account."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from rosc_desktop.enums import Role
from rosc_desktop.model.base import SyncedRow
from rosc_desktop.model.types import UTCDateTime, utc_now

__all__ = ["CaseloadAssignment", "Role", "Staff"]


class Staff(SyncedRow, table=True):
    username: str = Field(max_length=64, unique=True)
    display_name: str = Field(max_length=120)
    role: str = Field(default=Role.PEER_SPECIALIST, max_length=32)
    active: bool = Field(default=True)
    must_change_password: bool = Field(default=False, description="a temporary password, changed at first sign-in")

    @property
    def in_service(self) -> bool:
        """Switched on and not deleted: may sign in, and may be given people to support or steps to help with."""
        return self.active and self.deleted_at is None


class CaseloadAssignment(SQLModel, table=True):
    """Who is a participant's primary peer specialist, and since when; the row in force has no `ended_at`.

    Local to the center (like the staff it names): it never travels in a bundle, and a history is kept rather
    than one column overwritten, so "who was Dana's peer specialist in March?" has an answer."""

    __tablename__ = "caseload_assignment"

    id: int | None = Field(default=None, primary_key=True)
    participant_id: str = Field(foreign_key="participant.id", index=True, max_length=36)
    staff_id: str = Field(foreign_key="staff.id", index=True, max_length=36)
    started_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)
    ended_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    assigned_by: str = Field(default="", max_length=64, description="the user name of who chose it")
