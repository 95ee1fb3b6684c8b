"""Vocabularies shared by every layer (roles, recovery pathways), with no database import.

They live outside `model` so the sign-in screen can name roles without loading SQLAlchemy: the first paint
stays close to a bare window (PLATFORM-NOTES.md, start-up budget).
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    PEER_SPECIALIST = "peer_specialist"
    COORDINATOR = "coordinator"
    ADMIN = "admin"


class Pathway(StrEnum):
    TWELVE_STEP = "twelve_step"
    SMART_RECOVERY = "smart_recovery"
    MEDICATION_ASSISTED = "medication_assisted"
    FAITH_BASED = "faith_based"
    HARM_REDUCTION = "harm_reduction"
    NATURAL_RECOVERY = "natural_recovery"
    OTHER = "other"


class LifeDomain(StrEnum):
    HOUSING = "housing"
    WORK_EDUCATION = "work_education"
    PHYSICAL_HEALTH = "physical_health"
    MENTAL_HEALTH = "mental_health"
    SUBSTANCE_USE = "substance_use"
    FAMILY = "family"
    SOCIAL = "social"
    SPIRITUAL = "spiritual"
    LEGAL = "legal"
    FINANCES = "finances"
    RECREATION = "recreation"


class GoalStatus(StrEnum):
    ACTIVE = "active"
    ACHIEVED = "achieved"
    PAUSED = "paused"
    LET_GO = "let_go"


class StepHelper(StrEnum):
    PARTICIPANT = "participant"
    STAFF = "staff"
    NETWORK = "network"


class ContactMode(StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    TEXT = "text"
    VIDEO = "video"
    OUTREACH = "outreach"
