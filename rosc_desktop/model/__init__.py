"""SQLModel tables, one module per aggregate. Importing this package registers every table."""

from rosc_desktop.model.activity import Activity, ActivitySeries, Attendance
from rosc_desktop.model.audit import AuditEvent
from rosc_desktop.model.base import SyncedRow
from rosc_desktop.model.consent import Consent
from rosc_desktop.model.directory import (
    DirectoryCorrection,
    DirectoryLocation,
    DirectoryOrganization,
    DirectoryService,
    DirectoryServiceLocation,
    Partner,
    Referral,
    ReferralEvent,
)
from rosc_desktop.model.network import MemberLink, NetworkMember, NetworkTie, TieRating
from rosc_desktop.model.outbox import OutboxEntry
from rosc_desktop.model.plan import CheckIn, FollowUp, GasReview, Goal, GoalStep, SetbackEvent, SetbackPlan
from rosc_desktop.model.participant import (
    BARC10_ITEM_COUNT,
    Intake,
    Participant,
    Pathway,
    RecoveryCapitalAssessment,
)
from rosc_desktop.model.site import Site
from rosc_desktop.model.site_keys import SiteIdentity, TrustedPeer
from rosc_desktop.model.staff import CaseloadAssignment, Role, Staff
from rosc_desktop.model.sync_state import SyncBundle, SyncConflict, SyncPeerState, SyncReceived, SyncShare, SyncTransfer

__all__ = [
    "Activity",
    "ActivitySeries",
    "Attendance",
    "Consent",
    "DirectoryCorrection",
    "DirectoryLocation",
    "DirectoryOrganization",
    "DirectoryService",
    "DirectoryServiceLocation",
    "Partner",
    "Referral",
    "ReferralEvent",
    "AuditEvent",
    "CaseloadAssignment",
    "CheckIn",
    "FollowUp",
    "GasReview",
    "Goal",
    "GoalStep",
    "SetbackEvent",
    "SetbackPlan",
    "BARC10_ITEM_COUNT",
    "Intake",
    "MemberLink",
    "NetworkMember",
    "NetworkTie",
    "TieRating",
    "OutboxEntry",
    "Participant",
    "Pathway",
    "RecoveryCapitalAssessment",
    "Role",
    "Site",
    "SiteIdentity",
    "TrustedPeer",
    "Staff",
    "SyncedRow",
    "SyncBundle",
    "SyncConflict",
    "SyncPeerState",
    "SyncReceived",
    "SyncShare",
    "SyncTransfer",
]
