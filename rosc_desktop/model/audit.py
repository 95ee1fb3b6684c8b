"""Hash-chained audit events: who viewed or changed what, when. Details never hold participant data, only ids."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, Index
from sqlmodel import Field, SQLModel

from rosc_desktop.model.types import UTCDateTime, utc_now


class AuditEvent(SQLModel, table=True):
    __tablename__ = "audit_event"
    # Sign-in reads each account's last sign-in and the records this person opened lately (migration 0015).
    __table_args__ = (Index("ix_audit_action_actor", "action", "actor", "entity_id", "at"),)

    seq: int = Field(primary_key=True, description="1, 2, 3 … with no gaps: a missing number is a broken chain")
    at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)
    site: str = Field(max_length=16)
    actor: str = Field(max_length=64, description="staff username, or 'system'")
    action: str = Field(max_length=48)
    entity_type: str = Field(default="", max_length=48)
    entity_id: str = Field(default="", max_length=36)
    details: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)
