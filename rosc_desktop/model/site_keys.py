"""This site's sync keys and the other sites it trusts (issue 7, part 1).

Neither table is synchronised (they are not `SyncedRow`s): keys are local to one database, and a change to
them must never reach the outbox. The private keys in `SiteIdentity` are encrypted at rest: by SQLCipher in a
center's file, and sealed with AES-GCM under the account-wrapped store key on a PostgreSQL hub (sync.keys).
They are never written to any other file, log or audit event.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, Column, UniqueConstraint
from sqlmodel import Field, SQLModel

from rosc_desktop.model.types import UTCDateTime, utc_now


def _new_id() -> str:
    return str(uuid.uuid4())


class SiteIdentity(SQLModel, table=True):
    __tablename__ = "site_identity"

    id: str = Field(default_factory=_new_id, primary_key=True, max_length=36)
    site_code: str = Field(max_length=16)
    status: str = Field(max_length=8, index=True, description="current, next (announced, rotating in) or retired")
    age_recipient: str = Field(max_length=100, description="public: age1…")
    age_identity: str = Field(max_length=255, description="SECRET: AGE-SECRET-KEY-1…, sealed on PostgreSQL")
    ed25519_public: str = Field(max_length=64, description="raw 32 bytes, hex")
    ed25519_private: str = Field(max_length=255, description="SECRET: raw 32-byte seed, hex, sealed on PostgreSQL")
    created_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)
    retired_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class TrustedPeer(SQLModel, table=True):
    __tablename__ = "trusted_peer"
    # Named so a later batch migration can drop or alter it (SQLite has no name for an anonymous one).
    __table_args__ = (UniqueConstraint("site_code", name="uq_trusted_peer_site_code"),)

    id: str = Field(default_factory=_new_id, primary_key=True, max_length=36)
    site_code: str = Field(max_length=16)
    name: str = Field(default="", max_length=120)
    role: str = Field(max_length=8, description="hub or center")
    age_recipients: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False),
                                      description="current first, then the announced next key if any")
    ed25519_public: str = Field(max_length=64, description="raw 32 bytes, hex")
    # Kept apart from the current key so a bundle signed by either verifies during the overlap.
    next_ed25519_public: str | None = Field(default=None, max_length=64,
                                            description="announced by a rotation signed with the current key")
    fingerprint: str = Field(max_length=64)
    enrolled_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)
    verified_by: str = Field(max_length=64, description="staff username who heard the fingerprint read back")
    verified_how: str = Field(default="read back by phone", max_length=64)
