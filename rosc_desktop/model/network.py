"""The support network ("eco-map"): members, the participant's tie to each, links between members, and the
quick "how is this connection working?" ratings made at check-ins.

History is kept by dating everything rather than by overwriting: a member has the day it joined the map and
the day it left; a tie is a series of dated states (a new row per change, never an update), so the network
on any past day can be rebuilt from the rows alone.
"""

from __future__ import annotations

from datetime import date

from sqlmodel import Field

from rosc_desktop.enums import (
    ConnectionRating,
    ContactFrequency,
    MemberKind,
    NetworkDomain,
    SupportDirection,
    TieNature,
    TieStrength,
)
from rosc_desktop.model.base import SyncedRow

__all__ = ["MemberLink", "NetworkMember", "NetworkTie", "TieRating", "ConnectionRating", "ContactFrequency",
           "MemberKind", "NetworkDomain", "SupportDirection", "TieNature", "TieStrength"]


class NetworkMember(SyncedRow, table=True):
    __tablename__ = "network_member"

    participant_id: str = Field(foreign_key="participant.id", index=True, max_length=36)
    kind: str = Field(default=MemberKind.PERSON, max_length=16)
    name: str = Field(max_length=200)
    relationship: str = Field(default="", max_length=100, description="in the person's words: sister, sponsor")
    domain: str = Field(default=NetworkDomain.FRIENDS, max_length=32)
    phone: str = Field(default="", max_length=50)
    email: str = Field(default="", max_length=200)
    address: str = Field(default="", max_length=500)
    directory_ref: str | None = Field(default=None, max_length=36,
                                      description="an HSDS service or organisation id when the member is in the "
                                                  "community directory; optional, so no foreign key")
    pos_x: float | None = Field(default=None, description="map position chosen by dragging; None = automatic")
    pos_y: float | None = None
    added_on: date = Field(description="the day the member joined the map")
    removed_on: date | None = None
    removed_reason: str = Field(default="", max_length=500)


class NetworkTie(SyncedRow, table=True):
    """One dated state of the participant's tie to a member. The newest state on or before a day is the tie
    as it was that day."""

    __tablename__ = "network_tie"

    member_id: str = Field(foreign_key="network_member.id", index=True, max_length=36)
    effective_on: date
    strength: str = Field(default=TieStrength.MODERATE, max_length=16)
    nature: str = Field(default=TieNature.SUPPORTIVE, max_length=16)
    direction: str = Field(default=SupportDirection.RECEIVES, max_length=16)
    frequency: str = Field(default=ContactFrequency.MONTHLY, max_length=24)
    known_since: date | None = None
    note: str = Field(default="", max_length=1000)
    recorded_by: str | None = Field(default=None, foreign_key="staff.id", max_length=36)


class MemberLink(SyncedRow, table=True):
    """Two members who know each other (the sponsor who is also a friend of the sister)."""

    __tablename__ = "member_link"

    participant_id: str = Field(foreign_key="participant.id", index=True, max_length=36)
    member_a_id: str = Field(foreign_key="network_member.id", max_length=36)
    member_b_id: str = Field(foreign_key="network_member.id", max_length=36)
    note: str = Field(default="", max_length=500)
    added_on: date
    removed_on: date | None = None


class TieRating(SyncedRow, table=True):
    __tablename__ = "tie_rating"

    member_id: str = Field(foreign_key="network_member.id", index=True, max_length=36)
    check_in_id: str | None = Field(default=None, foreign_key="check_in.id", max_length=36)
    rated_on: date
    rating: str = Field(default=ConnectionRating.WORKING_WELL, max_length=16)
    note: str = Field(default="", max_length=1000)
    recorded_by: str | None = Field(default=None, foreign_key="staff.id", max_length=36)
