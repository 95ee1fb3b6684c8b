"""What this site knows about its exchanges with other sites (issue 7). None of these tables is synchronised.

- `SyncPeerState`: per other site, how far we have applied its changes and how far it has acknowledged ours.
- `SyncBundle`: every bundle made or opened here and what became of it, for the Sync screen.
- `SyncReceived`: one row per applied remote change. Its primary key (origin, seq) is the database's own
  guarantee that a change is applied once, even when two imports run at the same time on a PostgreSQL hub.
- `SyncConflict`: the review queue: both versions of a row that cannot be merged without a person.
- `SyncShare`: per peer and participant, which kinds of information went identified, so a consent given or
  withdrawn later is followed by a refresh or a redaction.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column
from sqlmodel import Field, SQLModel

from rosc_desktop.model.types import UTCDateTime, utc_now


class SyncPeerState(SQLModel, table=True):
    __tablename__ = "sync_peer_state"

    site_code: str = Field(primary_key=True, max_length=16)
    applied_seq: int = Field(default=0, description="their changes applied here with no gap up to this seq")
    acked_by_peer: int = Field(default=0, description="our changes they said they applied, from their newest bundle")
    peer_newest_seq_to: int = Field(default=0, description="seq_to of their newest bundle applied here")
    exported_seq: int = Field(default=0, description="seq_to of our newest bundle to them")
    last_export_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_import_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    sites: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSON, nullable=False),
                                        description="a hub's centers (code, name), as it last told us")
    details: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False),
                                    description="the peer's name, address, phone, hours, email and website")


class SyncBundle(SQLModel, table=True):
    __tablename__ = "sync_bundle"

    id: int | None = Field(default=None, primary_key=True)
    direction: str = Field(max_length=3, description="out or in")
    peer_site: str = Field(default="", max_length=16, index=True)
    bundle_id: str = Field(default="", max_length=64, index=True,
                           description="sha256 of the signed manifest: the same bundle under any file name")
    file_name: str = Field(default="", max_length=255)
    seq_from: int = 0
    seq_to: int = 0
    profile: str = Field(default="", max_length=64)
    made_at: str = Field(default="", max_length=20, description="the manifest's created_at")
    recorded_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)
    status: str = Field(max_length=16, description="exported, acknowledged, applied, held, replay, refused")
    reason: str = Field(default="", max_length=48, description="an error or notice code, never free text")
    counts: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    held_file: str = Field(default="", max_length=255, description="encrypted copy kept while held")


class SyncReceived(SQLModel, table=True):
    __tablename__ = "sync_received"

    origin: str = Field(primary_key=True, max_length=16)
    seq: int = Field(primary_key=True)
    bundle: int = Field(description="SyncBundle.id that applied it")


class SyncConflict(SQLModel, table=True):
    __tablename__ = "sync_conflict"

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=16, description="fork, duplicate or not_owner")
    table_name: str = Field(max_length=64)
    row_id: str = Field(max_length=36)
    origin: str = Field(max_length=16)
    seq: int
    local: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    remote: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    fields: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    status: str = Field(default="open", max_length=16, index=True, description="open, kept_local or took_remote")
    bundle: int | None = None
    detected_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)
    resolved_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    resolved_by: str = Field(default="", max_length=64)


class SyncShare(SQLModel, table=True):
    __tablename__ = "sync_share"

    peer_site: str = Field(primary_key=True, max_length=16)
    participant_id: str = Field(primary_key=True, max_length=36)
    kinds: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    sent_seq: int = Field(default=0, description="our seq_to of the bundle that carried the last change of kinds")
    withdrawn: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False),
                                 description="kinds whose redaction is re-sent until the peer acknowledges sent_seq")


class SyncTransfer(SQLModel, table=True):
    """A participant's record moving to another center through the hub, with its consent and the §2.32 notice.

    direction "out" at the sending center (status pending, sent, delivered, declined, refused, cancelled),
    "relay" at the hub (pending, delivered, declined, refused, cancelled), "in" at the receiving center (waiting,
    accepted, declined, refused, cancelled). The package (the person's rows the consent covers) is kept only where
    it must be: at the hub until delivered, at the receiving center until accepted or declined. `reason` says why a
    transfer is held back, refused or cancelled, as a code.
    """

    __tablename__ = "sync_transfer"

    id: str = Field(primary_key=True, max_length=36)
    direction: str = Field(primary_key=True, max_length=5)
    participant_id: str = Field(default="", max_length=36, description="the sender's participant, for 'out'")
    from_site: str = Field(max_length=16)
    to_site: str = Field(max_length=16, index=True)
    consent_id: str = Field(default="", max_length=36)
    status: str = Field(max_length=16, index=True)
    package: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    created_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)
    new_participant_id: str = Field(default="", max_length=36, description="the receiver's new record, once accepted")
    reason: str = Field(default="", max_length=48, description="an error code: why held back, refused or cancelled")
