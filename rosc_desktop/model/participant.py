"""The participant aggregate: the person, their intake in their own words, and repeated BARC-10 assessments."""

from __future__ import annotations

from datetime import date

from sqlalchemy import JSON, Column, Index, text
from sqlmodel import Field

from rosc_desktop.enums import Pathway
from rosc_desktop.model.base import SyncedRow

BARC10_ITEM_COUNT = 10
__all__ = ["BARC10_ITEM_COUNT", "Intake", "Participant", "Pathway", "RecoveryCapitalAssessment"]


class Participant(SyncedRow, table=True):
    # The list of everyone, by name, reads only this index (sort_name, id) and skips tombstones: at 100,000
    # people that is 30 ms instead of 800 ms.
    __table_args__ = (
        Index("ix_participant_list", "sort_name", "id", sqlite_where=text("deleted_at IS NULL"),
              postgresql_where=text("deleted_at IS NULL")),
        # A month's new participants (the reports) read this instead of every person: 857 ms → 0.1 ms at 100,000.
        Index("ix_participant_created", "created_at", "owner_site", sqlite_where=text("deleted_at IS NULL"),
              postgresql_where=text("deleted_at IS NULL")),
    )

    preferred_name: str = Field(max_length=100)
    sort_name: str = Field(default="", max_length=100, description="case- and accent-folded name for ordering")
    search_names: str = Field(default="", max_length=700, description="what the search index reads (store.search)")
    search_phone: str = Field(default="", max_length=100, description="the phone's digit tokens for the search index")
    pronouns: str = Field(default="", max_length=40)
    legal_name: str = Field(default="", max_length=200)
    date_of_birth: date | None = Field(default=None, index=True)
    phone: str = Field(default="", max_length=40)
    email: str = Field(default="", max_length=200)
    preferred_language: str = Field(default="en", max_length=16)
    pathways: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    pathway_other: str = Field(default="", max_length=200)


class Intake(SyncedRow, table=True):
    """One intake per participant, edited as the conversation goes; every edit is versioned in the outbox."""

    participant_id: str = Field(foreign_key="participant.id", index=True, unique=True, max_length=36)
    strengths: str = Field(default="")
    what_matters: str = Field(default="")
    hopes: str = Field(default="")
    community_ties: str = Field(default="")
    what_helped: str = Field(default="")
    recorded_by: str | None = Field(default=None, foreign_key="staff.id", max_length=36)


class RecoveryCapitalAssessment(SyncedRow, table=True):
    """A dated BARC-10: ten answers from 1 (strongly disagree) to 6 (strongly agree), total 10 to 60."""

    __tablename__ = "recovery_capital_assessment"
    # The paired BARC-10 change (services.measures) finds the period's assessments by day, then each person's
    # first and latest from the second index alone: 292 ms → 120 ms for a month at 100,000 people.
    __table_args__ = (
        Index("ix_rca_day", "assessed_on", "participant_id", sqlite_where=text("deleted_at IS NULL"),
              postgresql_where=text("deleted_at IS NULL")),
        Index("ix_rca_person", "participant_id", "assessed_on", "created_at", "total",
              sqlite_where=text("deleted_at IS NULL"), postgresql_where=text("deleted_at IS NULL")),
    )

    participant_id: str = Field(foreign_key="participant.id", index=True, max_length=36)
    assessed_on: date
    answers: list[int] = Field(sa_column=Column(JSON, nullable=False))
    total: int
    recorded_by: str | None = Field(default=None, foreign_key="staff.id", max_length=36)
