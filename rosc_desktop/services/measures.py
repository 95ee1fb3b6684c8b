"""What a center reports, defined once: every measure's code, title, definition and the SQL that counts it.

The center's Reports screen, the PDF and CSV it exports, `rosc-desktop report` and the hub's report across
centers all read these definitions, so a center's figure and the hub's row for that center agree. Each measure
is one SQL aggregate over the period (or a small set of rows for medians and paired changes), never a load of
every record: at 100,000 people and two years of attendance a month's report stays quick.

Words are English here and marked for Qt Linguist (context "Measures"); screens and documents translate them
where they are shown, as the rest of the core does with its error codes.

A period is [first, last] of the center's calendar days. Moments (check-ins) are compared as the UTC instants
that bound those local days; days (attendance, reviews, referral steps) as days. `site` narrows every count to
one center's records (the hub reports per center); empty means all records in this database.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timezone
from decimal import ROUND_HALF_UP, Decimal
from statistics import mean, median
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from rosc_desktop.enums import ActivityKind, ContactMode, GoalStatus
from rosc_desktop.services import gas

def QT_TRANSLATE_NOOP(_context: str, source: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Marks a word for Qt Linguist without importing Qt into the core; screens translate it when shown."""
    return source


@dataclass(frozen=True)
class Measure:
    code: str
    title: str
    definition: str
    unit: str  # "people", "count", "points", "days"


def _m(code: str, title: str, definition: str, unit: str) -> Measure:
    return Measure(code, title, definition, unit)


MEASURES: tuple[Measure, ...] = (
    _m("people_served", QT_TRANSLATE_NOOP("Measures", "People served"), QT_TRANSLATE_NOOP(
        "Measures", "Enrolled people with at least one check-in or attendance in the period, each counted once, "
                    "plus visits by people who are not enrolled or not named (counted per visit: they cannot be "
                    "told apart)."), "people"),
    _m("new_participants", QT_TRANSLATE_NOOP("Measures", "New participants"), QT_TRANSLATE_NOOP(
        "Measures", "People registered (enrolled) in the period."), "people"),
    _m("contacts", QT_TRANSLATE_NOOP("Measures", "Contacts"), QT_TRANSLATE_NOOP(
        "Measures", "Check-ins recorded in the period, by how the person was reached."), "count"),
    _m("activities_held", QT_TRANSLATE_NOOP("Measures", "Activities held"), QT_TRANSLATE_NOOP(
        "Measures", "Groups, meetings, classes, events and drop-in days recorded in the period and not "
                    "cancelled, by kind."), "count"),
    _m("attendance", QT_TRANSLATE_NOOP("Measures", "Attendance"), QT_TRANSLATE_NOOP(
        "Measures", "Everyone recorded at those activities: enrolled people plus the count of people not enrolled "
                    "or not named, by kind of activity."), "count"),
    _m("referrals_made", QT_TRANSLATE_NOOP("Measures", "Referrals made"), QT_TRANSLATE_NOOP(
        "Measures", "Referrals to a service made in the period."), "count"),
    _m("referrals_connected", QT_TRANSLATE_NOOP("Measures", "Referrals connected"), QT_TRANSLATE_NOOP(
        "Measures", "Referrals that reached \"connected\" in the period, whenever they were made."), "count"),
    _m("days_to_connection", QT_TRANSLATE_NOOP("Measures", "Days to connection (median)"), QT_TRANSLATE_NOOP(
        "Measures", "For the referrals connected in the period: the middle number of days from the referral to "
                    "the connection."), "days"),
    _m("barc10_change", QT_TRANSLATE_NOOP("Measures", "BARC-10 change (average)"), QT_TRANSLATE_NOOP(
        "Measures", "For people assessed in the period who had an earlier BARC-10: latest total minus first total, "
                    "averaged (paired; the number of people it rests on is shown)."), "points"),
    _m("gas_change", QT_TRANSLATE_NOOP("Measures", "Goal progress change (average)"), QT_TRANSLATE_NOOP(
        "Measures", "For people with a goal review in the period: the GAS T-score of their goals' latest reviews "
                    "minus that of their first reviews, averaged (the number of people it rests on is shown)."),
       "points"),
    _m("network_members_added", QT_TRANSLATE_NOOP("Measures", "Supports added to networks"), QT_TRANSLATE_NOOP(
        "Measures", "People, groups and services added to someone's support network in the period (and not "
                    "since taken off); the number of people whose network grew is shown."), "count"),
    _m("life_areas_gained", QT_TRANSLATE_NOOP("Measures", "Life areas gained"), QT_TRANSLATE_NOOP(
        "Measures", "Life areas (family, housing, work …) that first appeared on a person's support network in the "
                    "period."), "count"),
    _m("reconvenings", QT_TRANSLATE_NOOP("Measures", "Networks reconvened after a setback"), QT_TRANSLATE_NOOP(
        "Measures", "Times a person's setback plan was used to reconvene their network in the period."), "count"),
    _m("consents_active", QT_TRANSLATE_NOOP("Measures", "Consents in effect"), QT_TRANSLATE_NOOP(
        "Measures", "Written consents to share that were in effect on the last day of the period."), "count"),
)
BY_CODE = {m.code: m for m in MEASURES}


@dataclass(frozen=True)
class Figure:
    code: str
    value: float | None  # None: nothing to average
    rests_on: int | None = None  # people behind an average or a paired change
    breakdown: dict[str, int] = field(default_factory=dict)


_TENTH = Decimal("0.1")


def shown_value(value: float, unit: str) -> Decimal:
    """A figure as every place shows it (the screen, the board's PDF, the terminal, the hub's table): counts whole,
    averages and changes to one decimal, a half rounded away from zero as people round (5.25 -> 5.3). Rounding
    once here, in decimal, is what keeps those places from disagreeing in the last digit: formatting the float
    itself rounds 5.25 to 5.2 in Python and to 5.3 in Qt. A change that rounds to nothing is 0.0, never -0.0."""
    if unit not in ("points", "days"):
        return Decimal(int(value))
    rounded = Decimal(repr(float(value))).quantize(_TENTH, rounding=ROUND_HALF_UP)
    return rounded if rounded != 0 else Decimal("0.0")


@dataclass(frozen=True)
class Period:
    first: date
    last: date

    def params(self, site: str) -> dict[str, Any]:
        since = datetime.combine(self.first, time.min).astimezone().astimezone(timezone.utc)
        until = datetime.combine(self.last, time.max).astimezone().astimezone(timezone.utc)
        return {"first": self.first.isoformat(), "last": self.last.isoformat(), "site": site,
                "since": since.isoformat(timespec="microseconds"), "until": until.isoformat(timespec="microseconds")}


# -- the SQL, one statement per measure ---------------------------------------------------------------------
# `:site = ''` means every site. Participant-linked rows are narrowed by the participant's owning site, activities
# by their own; voided rows (deleted_at) never count.

LIVE_PERSON = "JOIN participant p ON p.id = {alias}.participant_id AND p.deleted_at IS NULL " \
              "AND (:site = '' OR p.owner_site = :site)"

ENROLLED_SEEN_SQL = f"""
SELECT c.participant_id FROM check_in c {LIVE_PERSON.format(alias='c')}
WHERE c.deleted_at IS NULL AND c.occurred_at >= :since AND c.occurred_at <= :until
UNION
SELECT a.participant_id FROM attendance a {LIVE_PERSON.format(alias='a')}
JOIN activity act ON act.id = a.activity_id AND act.deleted_at IS NULL AND NOT act.cancelled
WHERE a.deleted_at IS NULL AND a.attended_on >= :first AND a.attended_on <= :last
"""

ACTIVITIES_SQL = """
SELECT act.kind, count(*), coalesce(sum(act.anonymous_count), 0),
       coalesce(sum((SELECT count(*) FROM attendance a JOIN participant p ON p.id = a.participant_id
                     AND p.deleted_at IS NULL WHERE a.activity_id = act.id AND a.deleted_at IS NULL)), 0)
FROM activity act
WHERE act.deleted_at IS NULL AND NOT act.cancelled AND act.held_on >= :first AND act.held_on <= :last
  AND (:site = '' OR act.owner_site = :site)
GROUP BY act.kind
"""

NEW_PARTICIPANTS_SQL = """
SELECT count(*) FROM participant p
WHERE p.deleted_at IS NULL AND p.created_at >= :since AND p.created_at <= :until AND (:site = '' OR p.owner_site = :site)
"""

CONTACTS_SQL = f"""
SELECT c.mode, count(*) FROM check_in c {LIVE_PERSON.format(alias='c')}
WHERE c.deleted_at IS NULL AND c.occurred_at >= :since AND c.occurred_at <= :until
GROUP BY c.mode
"""

REFERRALS_MADE_SQL = f"""
SELECT count(*) FROM referral r {LIVE_PERSON.format(alias='r')}
WHERE r.deleted_at IS NULL AND r.made_on >= :first AND r.made_on <= :last
"""

# A referral counts as connected on the first day it reached "connected"; a later "ongoing" is the same
# connection.
CONNECTED_SQL = f"""
SELECT r.id, r.made_on, min(e.occurred_on) FROM referral r {LIVE_PERSON.format(alias='r')}
JOIN referral_event e ON e.referral_id = r.id AND e.deleted_at IS NULL AND e.status = 'connected'
WHERE r.deleted_at IS NULL
GROUP BY r.id, r.made_on
HAVING min(e.occurred_on) >= :first AND min(e.occurred_on) <= :last
"""

# The people assessed in the period are found first, so the window functions number their assessments only, not
# every assessment ever made (at 100,000 people, 175,000 of them: bench/report.py). Everyone in `seen` has an
# assessment in the period, so their latest up to :last falls in it.
BARC_CHANGE_SQL = """
WITH seen AS (
    SELECT p.id AS pid FROM participant p
    WHERE p.deleted_at IS NULL AND (:site = '' OR p.owner_site = :site) AND p.id IN (
        SELECT participant_id FROM recovery_capital_assessment
        WHERE deleted_at IS NULL AND assessed_on >= :first AND assessed_on <= :last)
), a AS (
    SELECT r.participant_id AS pid, r.total AS total,
           row_number() OVER (PARTITION BY r.participant_id ORDER BY r.assessed_on, r.created_at) AS from_first,
           row_number() OVER (PARTITION BY r.participant_id ORDER BY r.assessed_on DESC, r.created_at DESC)
               AS from_last,
           count(*) OVER (PARTITION BY r.participant_id) AS n
    FROM recovery_capital_assessment r JOIN seen ON seen.pid = r.participant_id
    WHERE r.deleted_at IS NULL AND r.assessed_on <= :last
)
SELECT first.pid, first.total, last.total FROM a AS first JOIN a AS last ON first.pid = last.pid
WHERE first.from_first = 1 AND last.from_last = 1 AND first.n >= 2
"""

# Only the goals of people reviewed in the period are read: a month's reviews, not every review ever made.
GAS_ROWS_SQL = f"""
SELECT g.participant_id, g.id, g.weight, v.level
FROM gas_review v JOIN goal g ON g.id = v.goal_id AND g.deleted_at IS NULL AND g.status != '{GoalStatus.LET_GO}'
{LIVE_PERSON.format(alias='g')}
WHERE v.deleted_at IS NULL AND v.reviewed_on <= :last AND g.participant_id IN (
    SELECT g2.participant_id FROM gas_review v2 JOIN goal g2 ON g2.id = v2.goal_id
    WHERE v2.deleted_at IS NULL AND v2.reviewed_on >= :first AND v2.reviewed_on <= :last)
ORDER BY g.participant_id, g.id, v.reviewed_on, v.created_at
"""

MEMBERS_ADDED_SQL = f"""
SELECT count(*), count(DISTINCT m.participant_id) FROM network_member m {LIVE_PERSON.format(alias='m')}
WHERE m.deleted_at IS NULL AND m.added_on >= :first AND m.added_on <= :last
  AND (m.removed_on IS NULL OR m.removed_on > :last)
"""

LIFE_AREAS_SQL = f"""
SELECT count(*) FROM (
    SELECT m.participant_id, m.domain FROM network_member m {LIVE_PERSON.format(alias='m')}
    WHERE m.deleted_at IS NULL
    GROUP BY m.participant_id, m.domain
    HAVING min(m.added_on) >= :first AND min(m.added_on) <= :last
) AS gained
"""

RECONVENINGS_SQL = f"""
SELECT count(*) FROM setback_event s {LIVE_PERSON.format(alias='s')}
WHERE s.deleted_at IS NULL AND s.occurred_on >= :first AND s.occurred_on <= :last
"""

CONSENTS_SQL = f"""
SELECT count(*) FROM consent c {LIVE_PERSON.format(alias='c')}
WHERE c.deleted_at IS NULL AND c.effective_on <= :last AND (c.expires_on IS NULL OR c.expires_on >= :last)
  AND (c.revoked_on IS NULL OR c.revoked_on > :last)
"""


def _days_between(first: Any, last: Any) -> int:
    return (_as_date(last) - _as_date(first)).days


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def compute(session: Session, first: date, last: date, site: str = "") -> dict[str, Figure]:
    """Every measure over [first, last] (the center's days), for `site` or for all records."""
    params = Period(first, last).params(site)
    conn = session.connection()

    def scalar(sql: str) -> int:
        return int(conn.execute(text(sql), params).scalar() or 0)

    enrolled = int(conn.execute(text(f"SELECT count(*) FROM ({ENROLLED_SEEN_SQL}) AS seen"), params).scalar() or 0)
    by_kind = {kind: (held, anonymous, named) for kind, held, anonymous, named
               in conn.execute(text(ACTIVITIES_SQL), params).fetchall()}
    anonymous = sum(int(a) for _h, a, _n in by_kind.values())
    contacts = {mode: int(n) for mode, n in conn.execute(text(CONTACTS_SQL), params).fetchall()}
    connected = conn.execute(text(CONNECTED_SQL), params).fetchall()
    waits = [_days_between(made, on) for _id, made, on in connected]
    barc = [int(latest) - int(first_total) for _pid, first_total, latest in
            conn.execute(text(BARC_CHANGE_SQL), params).fetchall()]
    gas_changes = _gas_changes(conn.execute(text(GAS_ROWS_SQL), params).fetchall())
    members_added, people_grown = conn.execute(text(MEMBERS_ADDED_SQL), params).one()
    figures = [
        Figure("people_served", enrolled + anonymous, breakdown={"enrolled": enrolled, "anonymous_visits": anonymous}),
        Figure("new_participants", scalar(NEW_PARTICIPANTS_SQL)),
        Figure("contacts", sum(contacts.values()),
               breakdown={mode.value: contacts.get(mode.value, 0) for mode in ContactMode}),
        Figure("activities_held", sum(int(h) for h, _a, _n in by_kind.values()),
               breakdown={kind.value: int(by_kind.get(kind.value, (0, 0, 0))[0]) for kind in ActivityKind}),
        Figure("attendance", sum(int(a) + int(n) for _h, a, n in by_kind.values()),
               breakdown={kind.value: sum(int(x) for x in by_kind.get(kind.value, (0, 0, 0))[1:])
                          for kind in ActivityKind}),
        Figure("referrals_made", scalar(REFERRALS_MADE_SQL)),
        Figure("referrals_connected", len(connected)),
        Figure("days_to_connection", median(waits) if waits else None, rests_on=len(waits)),
        Figure("barc10_change", mean(barc) if barc else None, rests_on=len(barc)),
        Figure("gas_change", mean(gas_changes) if gas_changes else None, rests_on=len(gas_changes)),
        Figure("network_members_added", int(members_added or 0), rests_on=int(people_grown or 0)),
        Figure("life_areas_gained", scalar(LIFE_AREAS_SQL)),
        Figure("reconvenings", scalar(RECONVENINGS_SQL)),
        Figure("consents_active", scalar(CONSENTS_SQL)),
    ]
    return {f.code: f for f in figures}


ANONYMOUS_SQL = """
SELECT coalesce(sum(act.anonymous_count), 0) FROM activity act
WHERE act.deleted_at IS NULL AND NOT act.cancelled AND act.held_on >= :first AND act.held_on <= :last
  AND (:site = '' OR act.owner_site = :site)
"""


def served_and_contacts(session: Session, first: date, last: date, site: str = "") -> tuple[int, int]:
    """people_served and contacts alone, as compute() counts them: what a month-by-month trend needs, at a
    fraction of every measure's cost."""
    params = Period(first, last).params(site)
    conn = session.connection()
    enrolled = int(conn.execute(text(f"SELECT count(*) FROM ({ENROLLED_SEEN_SQL}) AS seen"), params).scalar() or 0)
    anonymous = int(conn.execute(text(ANONYMOUS_SQL), params).scalar() or 0)
    contacts = sum(int(n) for _mode, n in conn.execute(text(CONTACTS_SQL), params).fetchall())
    return enrolled + anonymous, contacts


def _gas_changes(rows: Sequence[Any]) -> list[float]:
    """Per person: T-score of each goal's latest review minus that of its first (rows in review order)."""
    levels: dict[str, dict[str, list[int]]] = defaultdict(dict)
    weights: dict[str, dict[str, float]] = defaultdict(dict)
    for pid, goal_id, weight, level in rows:
        levels[pid].setdefault(goal_id, []).append(int(level))
        weights[pid][goal_id] = float(weight)
    changes = []
    for pid, goals in levels.items():
        order = list(goals)
        goal_weights = [weights[pid][g] for g in order]
        first = gas.t_score([goals[g][0] for g in order], goal_weights)
        latest = gas.t_score([goals[g][-1] for g in order], goal_weights)
        if first is not None and latest is not None:
            changes.append(latest - first)
    return changes


# -- what lies behind a figure (for staff on screen; never printed with names) --------------------------------

BEHIND_SQL: dict[str, str] = {
    "people_served": f"SELECT seen.participant_id FROM ({ENROLLED_SEEN_SQL}) AS seen",
    "new_participants": NEW_PARTICIPANTS_SQL.replace("count(*)", "p.id"),
    "contacts": CONTACTS_SQL.replace("c.mode, count(*)", "DISTINCT c.participant_id").replace("GROUP BY c.mode", ""),
    "referrals_made": REFERRALS_MADE_SQL.replace("count(*)", "DISTINCT r.participant_id"),
    "reconvenings": RECONVENINGS_SQL.replace("count(*)", "DISTINCT s.participant_id"),
    "consents_active": CONSENTS_SQL.replace("count(*)", "DISTINCT c.participant_id"),
    "network_members_added": MEMBERS_ADDED_SQL.replace(
        "count(*), count(DISTINCT m.participant_id)", "DISTINCT m.participant_id"),
}
ACTIVITY_BEHIND_SQL = """
SELECT act.id FROM activity act
WHERE act.deleted_at IS NULL AND NOT act.cancelled AND act.held_on >= :first AND act.held_on <= :last
  AND (:site = '' OR act.owner_site = :site)
ORDER BY act.starts_at
"""


def people_behind(session: Session, code: str, first: date, last: date, site: str = "") -> list[str] | None:
    """The participant ids a figure counts, or None when the figure is about activities or has no list."""
    sql = BEHIND_SQL.get(code)
    if code in ("referrals_connected", "days_to_connection"):
        rows = session.connection().execute(text(CONNECTED_SQL), Period(first, last).params(site)).fetchall()
        ids = [r[0] for r in rows]
        return _referral_people(session, ids)
    if code == "barc10_change":
        sql = f"SELECT pid FROM ({BARC_CHANGE_SQL}) AS paired"
    if sql is None:
        return None
    return [r[0] for r in session.connection().execute(text(sql), Period(first, last).params(site)).fetchall()]


def activities_behind(session: Session, first: date, last: date, site: str = "") -> list[str]:
    return [r[0] for r in session.connection().execute(text(ACTIVITY_BEHIND_SQL),
                                                       Period(first, last).params(site)).fetchall()]


def _referral_people(session: Session, referral_ids: list[str]) -> list[str]:
    people: list[str] = []
    for start in range(0, len(referral_ids), 500):
        chunk = referral_ids[start:start + 500]
        marks = ", ".join(f":r{i}" for i in range(len(chunk)))
        people += [r[0] for r in session.connection().execute(
            text(f"SELECT DISTINCT participant_id FROM referral WHERE id IN ({marks})"),
            {f"r{i}": v for i, v in enumerate(chunk)}).fetchall()]
    return list(dict.fromkeys(people))


# -- charts' data ----------------------------------------------------------------------------------------------

BARC_BINS = ((10, 19), (20, 29), (30, 39), (40, 49), (50, 60))


def barc10_distribution(session: Session, first: date, last: date, site: str = "") -> tuple[list[int], list[int]]:
    """For the paired people of barc10_change: how many had a first (and a latest) total in each band."""
    rows = session.connection().execute(text(BARC_CHANGE_SQL), Period(first, last).params(site)).fetchall()

    def bands(totals: list[int]) -> list[int]:
        return [sum(low <= t <= high for t in totals) for low, high in BARC_BINS]

    return bands([int(r[1]) for r in rows]), bands([int(r[2]) for r in rows])
