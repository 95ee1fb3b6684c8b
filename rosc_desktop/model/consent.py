"""A participant's written consent to share records outside the center (42 CFR Part 2 §2.31, 2024 rule).

Each column is one of the required elements of a written consent, so the form cannot be recorded without
them: who may disclose, the recipient, what information, the purpose, expiry (a date or an event), how and
when it was signed. A revoked consent is kept with its revocation date: a disclosure made earlier in
reliance on it stays explainable.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from sqlalchemy import JSON, Column
from sqlmodel import Field

from rosc_desktop.model.base import SyncedRow

__all__ = ["Consent", "ConsentPurpose", "InformationKind", "RecipientKind", "SignedHow"]


class RecipientKind(StrEnum):
    PARTNER = "partner"
    HUB = "hub"
    PERSON = "person"


class ConsentPurpose(StrEnum):
    TREATMENT = "treatment"
    PAYMENT = "payment"
    OPERATIONS = "operations"
    CARE_COORDINATION = "care_coordination"
    AT_PATIENT_REQUEST = "at_patient_request"
    OTHER = "other"


class InformationKind(StrEnum):
    CONTACT = "contact"
    INTAKE = "intake"
    GOALS = "goals"
    NETWORK = "network"
    CHECKINS = "checkins"
    REFERRALS = "referrals"
    SUBSTANCE_USE_RECORDS = "substance_use_records"
    ALL = "all"


class SignedHow(StrEnum):
    PAPER = "paper"
    ELECTRONIC = "electronic"
    AUTHORISED_PERSON = "authorised_person"


class Consent(SyncedRow, table=True):
    participant_id: str = Field(foreign_key="participant.id", index=True, max_length=36)
    recipient_kind: str = Field(max_length=16)
    recipient_partner_id: str | None = Field(default=None, foreign_key="partner.id", index=True, max_length=36)
    recipient_name: str = Field(default="", max_length=300, description="a named person, or the hub's name")
    recipient_description: str = Field(default="", max_length=1000)
    disclosing_party: str = Field(max_length=300, description="who may disclose: the center, by default")
    purpose: str = Field(default="", max_length=2000, description="in words, as on the form")
    purpose_code: str = Field(max_length=24)
    information_kinds: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    information_description: str = Field(default="", max_length=2000)
    is_tpo: bool = False
    effective_on: date
    expires_on: date | None = None
    expiry_event: str = Field(default="", max_length=300, description='"end of treatment", …')
    signed_how: str = Field(max_length=24)
    signed_on: date
    witness: str = Field(default="", max_length=200)
    signed_by_name: str = Field(default="", max_length=200, description="the authorised person, if not the patient")
    revoked_on: date | None = None
    revocation_note: str = Field(default="", max_length=2000)
    notice_given: bool = False
    recorded_by: str | None = Field(default=None, foreign_key="staff.id", max_length=36)
