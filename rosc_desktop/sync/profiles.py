"""What each kind of bundle may carry, and what a row looks like when it must leave without identifiers.

A center sends the hub its participant records, each kind of information (contact, intake, goals, …)
identified only under a current consent naming the hub; otherwise the row goes de-identified: an allowlist of
fields (ids, codes, dates of events, scores) survives and every other field is blanked. An allowlist, not a
blocklist, so a column added next year stays at home until someone decides it may travel.

The hub sends centers what it owns: the directory and the partner list.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from rosc_desktop.model import SyncedRow
from rosc_desktop.model.consent import InformationKind

PROFILE_CENTER = "center-to-hub-v1"
PROFILE_HUB = "hub-to-center-v1"

# The consent purpose under which a center's records go to its hub.
HUB_PURPOSE = "care_coordination"

BASE_FIELDS = frozenset(SyncedRow.model_fields)

# table -> (kind of information, fields that may travel without consent besides BASE_FIELDS)
PARTICIPANT_TABLES: dict[str, tuple[str, frozenset[str]]] = {
    "participant": (InformationKind.CONTACT, frozenset({"preferred_language", "pathways"})),
    "consent": (InformationKind.CONTACT, frozenset({
        "participant_id", "recipient_kind", "recipient_partner_id", "purpose_code", "information_kinds", "is_tpo",
        "effective_on", "expires_on", "signed_how", "signed_on", "revoked_on", "notice_given"})),
    "intake": (InformationKind.INTAKE, frozenset({"participant_id"})),
    "recovery_capital_assessment": (InformationKind.INTAKE,
                                    frozenset({"participant_id", "assessed_on", "answers", "total"})),
    "goal": (InformationKind.GOALS, frozenset({"participant_id", "domain", "set_on", "target_date", "status",
                                               "position", "weight"})),
    "goal_step": (InformationKind.GOALS, frozenset({"goal_id", "helper_kind", "due_on", "done_on", "position"})),
    "gas_review": (InformationKind.GOALS, frozenset({"goal_id", "reviewed_on", "level"})),
    "check_in": (InformationKind.CHECKINS, frozenset({"participant_id", "occurred_at", "mode", "duration_minutes",
                                                      "goal_ids"})),
    "follow_up": (InformationKind.CHECKINS, frozenset({"participant_id", "due_on", "source", "source_id",
                                                       "done_on"})),
    "setback_plan": (InformationKind.CHECKINS, frozenset({"participant_id"})),
    "setback_event": (InformationKind.CHECKINS, frozenset({"participant_id", "occurred_on"})),
    "network_member": (InformationKind.NETWORK, frozenset({"participant_id", "kind", "domain", "directory_ref",
                                                           "added_on", "removed_on"})),
    "network_tie": (InformationKind.NETWORK, frozenset({"member_id", "effective_on", "strength", "nature",
                                                        "direction", "frequency"})),
    "member_link": (InformationKind.NETWORK, frozenset({"participant_id", "member_a_id", "member_b_id", "added_on",
                                                        "removed_on"})),
    "tie_rating": (InformationKind.NETWORK, frozenset({"member_id", "check_in_id", "rated_on", "rating"})),
    "referral": (InformationKind.REFERRALS, frozenset({"participant_id", "service_id", "made_on", "status",
                                                       "status_on", "network_member_id"})),
    "referral_event": (InformationKind.REFERRALS, frozenset({"referral_id", "status", "occurred_on"})),
    # Who came to a group is a contact, like a check-in: identified under a consent covering check-ins.
    "attendance": (InformationKind.CHECKINS, frozenset({"activity_id", "participant_id", "attended_on"})),
}

# Fields that hold a copy of another kind of information: a goal step's helper or the setback plan's people to
# call are picked from the support network, a follow-up's reason names the support to call or the service
# referred to. Such a field travels identified only when the consent also covers the kind it was copied from;
# otherwise it goes blank, as if de-identified. table -> field -> kind, or a function of the row for fields whose
# source varies.
_FOLLOW_UP_SOURCE_KIND = {"setback": InformationKind.NETWORK, "referral": InformationKind.REFERRALS}
BORROWED_FIELDS: dict[str, dict[str, Any]] = {
    "goal_step": {"helper_name": InformationKind.NETWORK},
    "setback_plan": {"people_to_call": InformationKind.NETWORK},
    "setback_event": {"supports": InformationKind.NETWORK},
    "follow_up": {"reason": lambda payload: _FOLLOW_UP_SOURCE_KIND.get(payload.get("source") or "")},
}


def borrowed_kinds(table: str) -> frozenset[str]:
    """Every kind a table's rows may carry copies of (for refreshing them when that kind is newly consented)."""
    kinds: set[str] = set()
    for source in BORROWED_FIELDS.get(table, {}).values():
        kinds.update(_FOLLOW_UP_SOURCE_KIND.values() if callable(source) else {source})
    return frozenset(kinds)


def without_uncovered_copies(model: type[SyncedRow], table: str, payload: dict[str, Any],
                             covered: frozenset[str] | set[str]) -> dict[str, Any]:
    """The row with every copied field blanked whose source kind `covered` (the consent's kinds) lacks."""
    fields = BORROWED_FIELDS.get(table)
    if not fields:
        return payload
    out = dict(payload)
    for name, source in fields.items():
        kind = source(payload) if callable(source) else source
        if kind is not None and kind not in covered and name in out:
            blank = blank_value(model, name)
            out[name] = blank.isoformat() if hasattr(blank, "isoformat") else blank
    return out


# Rows that hold no participant data and go whole: a center's own directory entries and its corrections to the
# hub's, and partner agencies.
DIRECTORY_TABLES = frozenset({"directory_organization", "directory_service", "directory_location",
                              "directory_service_at_location", "partner"})
# What the center ran (groups, meetings, drop-in days, unnamed visitors as a number) names no participant: it goes
# whole, so the hub's report counts activities and attendance as the center does.
ACTIVITY_TABLES = frozenset({"activity_series", "activity"})
CENTER_PUBLIC_TABLES = DIRECTORY_TABLES | ACTIVITY_TABLES | {"directory_correction"}

# How a child row finds its participant: (parent table, the child's column naming the parent).
PARENT_OF = {"goal_step": ("goal", "goal_id"), "gas_review": ("goal", "goal_id"),
             "network_tie": ("network_member", "member_id"), "tie_rating": ("network_member", "member_id"),
             "referral_event": ("referral", "referral_id")}

# Staff rows stay home (usernames are per site and would collide at the hub); references to them go blank.
STAFF_COLUMNS = frozenset({"recorded_by", "made_by", "suggested_by", "staff_id", "helper_staff_id"})


def tables_for(profile: str) -> frozenset[str]:
    if profile == PROFILE_CENTER:
        return frozenset(PARTICIPANT_TABLES) | CENTER_PUBLIC_TABLES
    if profile == PROFILE_HUB:
        return DIRECTORY_TABLES
    raise ValueError(profile)


def blank_value(model: type[SyncedRow], name: str) -> Any:
    """What a field holds when its content may not travel: its default, else empty text or nothing."""
    info = model.model_fields[name]
    if info.default_factory is not None:
        return info.default_factory()  # type: ignore[call-arg]
    if not info.is_required():
        return info.default
    return "" if info.annotation is str else None


def deidentify(model: type[SyncedRow], table: str, payload: dict[str, Any]) -> dict[str, Any]:
    _, allowed = PARTICIPANT_TABLES[table]
    out = {}
    for name in model.model_fields:
        if name in BASE_FIELDS or name in allowed:
            out[name] = payload.get(name)
        else:
            blank = blank_value(model, name)
            out[name] = blank.isoformat() if hasattr(blank, "isoformat") else blank
    return out


def without_staff(payload: dict[str, Any]) -> dict[str, Any]:
    return {k: (None if k in STAFF_COLUMNS else v) for k, v in payload.items()}


@dataclass(frozen=True)
class OutgoingShape:
    """`without_staff` and `deidentify` for one table, worked out once per export rather than field by field for
    every row: which staff columns go blank, and each field's fate when the row leaves de-identified."""

    model: type[SyncedRow]
    staff: tuple[str, ...]
    kept: tuple[str, ...]  # fields that travel de-identified as they are
    blanks: tuple[tuple[str, Any], ...]  # (name, the blank as JSON) of every other field
    fresh_blanks: frozenset[str]  # blanks whose default is made anew each time (never shared between rows)

    def without_staff(self, payload: dict[str, Any]) -> dict[str, Any]:
        """As `without_staff`, in place: for a payload just parsed, owned by the caller."""
        for name in self.staff:
            if name in payload:
                payload[name] = None
        return payload

    def deidentify(self, payload: dict[str, Any]) -> dict[str, Any]:
        """As `deidentify(model, table, payload)` (the same keys and values; the order of keys may differ)."""
        out = dict(self.blanks)
        out.update(zip(self.kept, map(payload.get, self.kept)))
        for name in self.fresh_blanks:
            blank = blank_value(self.model, name)
            out[name] = blank.isoformat() if hasattr(blank, "isoformat") else blank
        return out


@cache
def outgoing_shape(model: type[SyncedRow], table: str) -> OutgoingShape:
    allowed = PARTICIPANT_TABLES[table][1] if table in PARTICIPANT_TABLES else None
    kept: list[str] = []
    blanks: list[tuple[str, Any]] = []
    fresh: set[str] = set()
    for name in model.model_fields:
        if allowed is None or name in BASE_FIELDS or name in allowed:
            kept.append(name)
            continue
        blank = blank_value(model, name)
        if blank != blank_value(model, name) or isinstance(blank, (list, dict)):
            fresh.add(name)  # a factory that makes a new value (or a mutable one) each time: made per row
        blanks.append((name, blank.isoformat() if hasattr(blank, "isoformat") else blank))
    return OutgoingShape(model, tuple(sorted(STAFF_COLUMNS)), tuple(kept), tuple(blanks), frozenset(fresh))
