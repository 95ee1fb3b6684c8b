"""The community resource directory (Open Referral HSDS 3.0 names), partner agencies, and referrals.

Organisations, services, locations and the service-at-location join are tables of their own, because
referrals, partners and network members point at them by id. The small lists HSDS nests inside a service
(phones, schedules, languages, cost options, accessibility, attributes) are kept as JSON in HSDS shape,
each item with its own stable `id`, so they round-trip through HSDS JSON and the tabular package unchanged.

Every id is the HSDS id (a UUID): an import of the same file updates the same rows.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Column
from sqlmodel import Field

from rosc_desktop.enums import EntrySource, ReferralStatus, ServiceStatus
from rosc_desktop.model.base import SyncedRow
from rosc_desktop.model.types import UTCDateTime

__all__ = ["DirectoryCorrection", "DirectoryLocation", "DirectoryOrganization", "DirectoryService",
           "DirectoryServiceLocation", "Partner", "Referral", "ReferralEvent"]


def _json_list() -> Any:
    return Field(default_factory=list, sa_column=Column(JSON, nullable=False))


class DirectoryOrganization(SyncedRow, table=True):
    __tablename__ = "directory_organization"

    name: str = Field(max_length=300)
    alternate_name: str = Field(default="", max_length=300)
    description: str = Field(default="")
    email: str = Field(default="", max_length=200)
    website: str = Field(default="", max_length=500)
    phones: list[dict] = _json_list()
    source: str = Field(default=EntrySource.LOCAL, max_length=16)
    last_modified: datetime | None = Field(default=None, sa_type=UTCDateTime)


class DirectoryService(SyncedRow, table=True):
    __tablename__ = "directory_service"

    organization_id: str = Field(foreign_key="directory_organization.id", index=True, max_length=36)
    name: str = Field(max_length=300)
    alternate_name: str = Field(default="", max_length=300)
    description: str = Field(default="")
    url: str = Field(default="", max_length=500)
    email: str = Field(default="", max_length=200)
    status: str = Field(default=ServiceStatus.ACTIVE, max_length=24)
    interpretation_services: str = Field(default="")
    application_process: str = Field(default="", description="what to bring, how to apply")
    fees_description: str = Field(default="")
    eligibility_description: str = Field(default="")
    minimum_age: int | None = None
    maximum_age: int | None = None
    accreditations: str = Field(default="")
    assured_date: date | None = None
    last_modified: datetime | None = Field(default=None, sa_type=UTCDateTime)
    # HSDS's nested lists, each item an HSDS object with its own "id".
    phones: list[dict] = _json_list()
    schedules: list[dict] = _json_list()
    languages: list[dict] = _json_list()
    cost_options: list[dict] = _json_list()
    attributes: list[dict] = _json_list()
    contacts: list[dict] = _json_list()
    # Filters kept as plain columns so search can use them without opening the JSON.
    categories: list[str] = _json_list()
    is_free: bool = False
    walk_in: bool = False
    meeting_types: list[str] = _json_list()  # Meeting Guide codes (O, C, S, …) for mutual-aid meetings
    source: str = Field(default=EntrySource.LOCAL, max_length=16)
    search_text: str = Field(default="", description="names, description and categories, folded for search")


class DirectoryLocation(SyncedRow, table=True):
    __tablename__ = "directory_location"

    organization_id: str | None = Field(default=None, foreign_key="directory_organization.id", index=True,
                                        max_length=36)
    name: str = Field(default="", max_length=300)
    description: str = Field(default="")
    location_type: str = Field(default="physical", max_length=16)
    url: str = Field(default="", max_length=500, description="for virtual locations (an online meeting)")
    address_1: str = Field(default="", max_length=300)
    address_2: str = Field(default="", max_length=300)
    city: str = Field(default="", max_length=120)
    state_province: str = Field(default="", max_length=120)
    postal_code: str = Field(default="", max_length=20)
    country: str = Field(default="", max_length=2)
    latitude: float | None = None
    longitude: float | None = None
    transportation: str = Field(default="")
    accessibility: list[dict] = _json_list()
    languages: list[dict] = _json_list()
    schedules: list[dict] = _json_list()
    phones: list[dict] = _json_list()
    source: str = Field(default=EntrySource.LOCAL, max_length=16)


class DirectoryServiceLocation(SyncedRow, table=True):
    __tablename__ = "directory_service_at_location"

    service_id: str = Field(foreign_key="directory_service.id", index=True, max_length=36)
    location_id: str = Field(foreign_key="directory_location.id", index=True, max_length=36)
    description: str = Field(default="")
    source: str = Field(default=EntrySource.LOCAL, max_length=16)


class DirectoryCorrection(SyncedRow, table=True):
    """A correction a center suggests for a hub entry it may not edit; carried back to the hub by sync."""

    __tablename__ = "directory_correction"

    entity_type: str = Field(max_length=24, description="organization, service or location")
    entity_id: str = Field(max_length=36, index=True)
    field_name: str = Field(default="", max_length=64)
    suggestion: str = Field(max_length=4000)
    suggested_by: str | None = Field(default=None, foreign_key="staff.id", max_length=36)
    status: str = Field(default="open", max_length=16, description="open, sent or resolved")


class Partner(SyncedRow, table=True):
    """A partner agency and the information-sharing agreement the center holds with it."""

    name: str = Field(max_length=300)
    organization_id: str | None = Field(default=None, foreign_key="directory_organization.id", max_length=36)
    agreement_on_file: bool = False
    agreement_start: date | None = None
    agreement_end: date | None = None
    agreement_scope: str = Field(default="", description="what may be shared and for what purpose")
    contact_name: str = Field(default="", max_length=200)
    contact_phone: str = Field(default="", max_length=50)
    contact_email: str = Field(default="", max_length=200)
    notes: str = Field(default="")


class Referral(SyncedRow, table=True):
    participant_id: str = Field(foreign_key="participant.id", index=True, max_length=36)
    service_id: str = Field(foreign_key="directory_service.id", index=True, max_length=36)
    reason: str = Field(max_length=2000, description="in the person's words")
    made_by: str | None = Field(default=None, foreign_key="staff.id", max_length=36)
    made_on: date
    status: str = Field(default=ReferralStatus.SUGGESTED, max_length=16)
    status_on: date
    appointment_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    closed_reason: str = Field(default="", max_length=1000, description="why declined or not connected")
    ask_for: str = Field(default="", max_length=200, description="who to ask for, for the slip")
    what_to_bring: str = Field(default="", max_length=1000)
    network_member_id: str | None = Field(default=None, foreign_key="network_member.id", max_length=36)


class ReferralEvent(SyncedRow, table=True):
    """One dated step of a referral (every status change), so the handoff's history is kept."""

    __tablename__ = "referral_event"

    referral_id: str = Field(foreign_key="referral.id", index=True, max_length=36)
    status: str = Field(max_length=16)
    occurred_on: date
    note: str = Field(default="", max_length=2000)
    recorded_by: str | None = Field(default=None, foreign_key="staff.id", max_length=36)
