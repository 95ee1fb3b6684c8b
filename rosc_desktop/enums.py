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


class ActivityKind(StrEnum):
    """What the center runs: groups, mutual-help meetings, classes, events, and the open drop-in hours."""
    GROUP = "group"
    MEETING = "meeting"
    CLASS = "class"
    EVENT = "event"
    DROP_IN = "drop_in"


class MemberKind(StrEnum):
    """What a support-network member is: someone, a group they go to, or an organisation that serves them."""

    PERSON = "person"
    GROUP = "group"
    ORGANISATION = "organisation"


class NetworkDomain(StrEnum):
    """The eco-map's sectors. The first six are natural, peer and community supports; CLINICAL is set against
    them in the network's balance; housing, work and legal/benefits services count on neither side."""

    FAMILY = "family"
    FRIENDS = "friends"
    PEER_RECOVERY = "peer_recovery"
    MUTUAL_AID = "mutual_aid"
    FAITH = "faith"
    COMMUNITY = "community"
    CLINICAL = "clinical"
    HOUSING = "housing"
    WORK_EDUCATION = "work_education"
    LEGAL_BENEFITS = "legal_benefits"


COMMUNITY_AND_PEER_DOMAINS = frozenset({
    NetworkDomain.FAMILY, NetworkDomain.FRIENDS, NetworkDomain.PEER_RECOVERY, NetworkDomain.MUTUAL_AID,
    NetworkDomain.FAITH, NetworkDomain.COMMUNITY})
CLINICAL_DOMAINS = frozenset({NetworkDomain.CLINICAL})


class TieStrength(StrEnum):
    STRONG = "strong"
    MODERATE = "moderate"
    WEAK = "weak"


class TieNature(StrEnum):
    SUPPORTIVE = "supportive"
    STRESSFUL = "stressful"
    MIXED = "mixed"


class SupportDirection(StrEnum):
    """Seen from the participant: RECEIVES means the member supports them (arrow towards the participant)."""

    RECEIVES = "receives"
    GIVES = "gives"
    BOTH = "both"


class ContactFrequency(StrEnum):
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    FEW_TIMES_A_YEAR = "few_times_a_year"
    RARELY = "rarely"


class ConnectionRating(StrEnum):
    """The quick answer to "how is this connection working?" at a check-in."""

    WORKING_WELL = "working_well"
    MIXED = "mixed"
    NOT_WORKING = "not_working"


class ServiceStatus(StrEnum):
    """HSDS 3.0 `service.status`."""

    ACTIVE = "active"
    INACTIVE = "inactive"
    DEFUNCT = "defunct"
    TEMPORARILY_CLOSED = "temporarily closed"


class EntrySource(StrEnum):
    """Where a directory entry came from: the hub's directory (read-only at a center), this center's own
    entries, or a mutual-aid meeting list (Meeting Guide format)."""

    HUB = "hub"
    LOCAL = "local"
    MEETING_GUIDE = "meeting_guide"


class ReferralStatus(StrEnum):
    SUGGESTED = "suggested"
    CONTACTED = "contacted"
    APPOINTMENT = "appointment"
    CONNECTED = "connected"
    ONGOING = "ongoing"
    DECLINED = "declined"
    NOT_CONNECTED = "not_connected"


CLOSED_REFERRAL_STATUSES = frozenset({ReferralStatus.DECLINED, ReferralStatus.NOT_CONNECTED})


# Why a receiving center declined a person's record: a code, never free text, since it travels in bundles. The
# first stands for any code this app does not know. Here, not in sync/, so the command line can offer them
# without loading the database stack.
TRANSFER_DECLINE_REASONS = ("other", "person_not_here", "already_registered", "wrong_center")
