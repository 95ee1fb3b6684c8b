"""Local change capture: every change to a synchronised row appends one entry, in the same transaction.

`seq` is gap-free per origin site: a bundle names the range it carries and the receiver can tell a gap from
a replay.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, UniqueConstraint
from sqlmodel import Field, SQLModel

from rosc_desktop.model.types import UTCDateTime, utc_now


class OutboxEntry(SQLModel, table=True):
    __tablename__ = "outbox"
    __table_args__ = (UniqueConstraint("origin", "seq", name="uq_outbox_origin_seq"),)

    id: int | None = Field(default=None, primary_key=True)
    origin: str = Field(max_length=16)
    seq: int
    table_name: str = Field(max_length=64)
    row_id: str = Field(max_length=36)
    version: int
    hlc: str = Field(max_length=40, index=True, description="indexed: opening the store reads the newest stamp")
    op: str = Field(max_length=8, description="insert, update or delete")
    payload: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    recorded_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)
