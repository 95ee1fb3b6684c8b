"""Columns every synchronised row carries (DESIGN.md §3).

`id` is a UUIDv7 (time-ordered, so inserts stay local in the index); `owner_site` is the only site that may
edit the row; `version` goes up by one per edit; `hlc` is the hybrid-logical-clock stamp of the last edit;
`deleted_at` marks a tombstone. Version, hlc and the outbox entry are set by the store's change capture,
never by hand.
"""

from __future__ import annotations

from datetime import datetime

import uuid6
from sqlmodel import Field, SQLModel

from rosc_desktop.model.types import UTCDateTime, utc_now


def new_id() -> str:
    return str(uuid6.uuid7())


class SyncedRow(SQLModel):
    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    # Empty only between creating a row and its first flush: the store's change capture then fills in the local
    # site (store/changes.py), and refuses to write a row without one where capture is off.
    owner_site: str = Field(default="", max_length=16, index=True, nullable=False)
    version: int = Field(default=0)
    hlc: str = Field(default="", max_length=40)
    created_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)
    deleted_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
