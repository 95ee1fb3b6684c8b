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
