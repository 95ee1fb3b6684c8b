"""Who may do what. Checked by every service call that needs it; widgets only hide what would be refused."""

from __future__ import annotations

from enum import StrEnum

from rosc_desktop.errors import PermissionDenied
from rosc_desktop.model.staff import Role


class Action(StrEnum):
    VIEW_PARTICIPANT = "view_participant"
    REGISTER_PARTICIPANT = "register_participant"
    EDIT_PARTICIPANT = "edit_participant"
    RECORD_INTAKE = "record_intake"
    EDIT_PLAN = "edit_plan"
    VOID_PARTICIPANT = "void_participant"
    MANAGE_STAFF = "manage_staff"
    CHANGE_SETTINGS = "change_settings"
    VIEW_AUDIT = "view_audit"
    CHECK_DATABASE = "check_database"
    VIEW_REPORTS = "view_reports"
    REFER = "refer"
    EDIT_DIRECTORY = "edit_directory"
    MANAGE_PARTNERS = "manage_partners"
    MANAGE_CONSENTS = "manage_consents"
    MANAGE_SYNC = "manage_sync"  # site keys and trusted peers: admin only (Role.ADMIN holds every action)
    BACK_UP = "back_up"  # a copy of everything carried away, and restoring one over today's database
    RUN_ACTIVITIES = "run_activities"  # groups, meetings and drop-in hours, and who came to them


_EVERY_STAFF = {
    Action.VIEW_PARTICIPANT,
    Action.REGISTER_PARTICIPANT,
    Action.EDIT_PARTICIPANT,
    Action.RECORD_INTAKE,
    Action.EDIT_PLAN,
    Action.REFER,
    Action.MANAGE_CONSENTS,
    Action.RUN_ACTIVITIES,
}

ALLOWED: dict[Role, frozenset[Action]] = {
    Role.PEER_SPECIALIST: frozenset(_EVERY_STAFF),
    Role.COORDINATOR: frozenset(_EVERY_STAFF | {Action.VOID_PARTICIPANT, Action.CHECK_DATABASE,
                                                Action.VIEW_REPORTS, Action.EDIT_DIRECTORY,
                                                Action.MANAGE_PARTNERS, Action.BACK_UP}),
    Role.ADMIN: frozenset(Action),
}


def allowed(role: Role | str, action: Action) -> bool:
    return action in ALLOWED.get(Role(role), frozenset())


def require(role: Role | str, action: Action) -> None:
    if not allowed(role, action):
        raise PermissionDenied(action.value, str(role))
