"""Check-ins (encounters), follow-ups, and the Today list a peer specialist opens first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import TYPE_CHECKING

from sqlalchemy import func, text
from sqlmodel import col, select

from rosc_desktop.clock import center_today
from rosc_desktop.enums import ConnectionRating, ContactMode
from rosc_desktop.errors import RoscError, ValidationError
from rosc_desktop.model import AuditEvent, CheckIn, FollowUp, Goal, NetworkMember, Participant, TieRating
from rosc_desktop.model.types import utc_now
from rosc_desktop.services.permissions import Action
from rosc_desktop.services.records import live_participant
from rosc_desktop.services.validation import clean_text
from rosc_desktop.services.changes import Kind, record_change

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

DEFAULT_OUTREACH_DAYS = 30

# The last contact is the later of the last check-in and the last activity the person came to (a group they
# attend every week is contact). Each is one grouped pass; the CASE stands for greatest(), which SQLite lacks and
# which treats NULL differently in the two databases.
_LAST_CONTACT = "CASE WHEN t.at IS NULL OR c.at >= t.at THEN c.at ELSE t.at END"
OUTREACH_SQL = f"""
SELECT p.id, p.preferred_name, {_LAST_CONTACT} AS last_seen, coalesce({_LAST_CONTACT}, p.created_at) AS since
FROM participant p
LEFT JOIN (SELECT participant_id, max(occurred_at) AS at FROM check_in WHERE deleted_at IS NULL
           GROUP BY participant_id) c ON c.participant_id = p.id
LEFT JOIN (SELECT a.participant_id, max(act.starts_at) AS at FROM attendance a
           JOIN activity act ON act.id = a.activity_id AND act.deleted_at IS NULL AND NOT act.cancelled
           WHERE a.deleted_at IS NULL GROUP BY a.participant_id) t ON t.participant_id = p.id
WHERE p.deleted_at IS NULL AND coalesce({_LAST_CONTACT}, p.created_at) <= :cutoff
ORDER BY since, p.sort_name LIMIT :limit
"""
MAX_DURATION_MINUTES = 24 * 60


@dataclass(frozen=True)
class TieRatingInput:
    """One answer to "how is this connection working?" given during the check-in."""

    member_id: str
    rating: str
    note: str = ""


@dataclass(frozen=True)
class CheckInInput:
    occurred_at: datetime
    mode: str = ContactMode.IN_PERSON
    duration_minutes: int | None = None
    place: str = ""
    notes: str = ""
    goal_ids: tuple[str, ...] = ()
    next_follow_up: date | None = None
    tie_ratings: tuple[TieRatingInput, ...] = ()


@dataclass(frozen=True)
class CheckInView:
    id: str
    occurred_at: datetime
    staff_id: str | None
    mode: str
    duration_minutes: int | None
    place: str
    notes: str
    goal_ids: tuple[str, ...]


@dataclass(frozen=True)
class FollowUpView:
    id: str
    participant_id: str
    preferred_name: str
    due_on: date
    reason: str
    source: str

    def days_overdue(self, today: date) -> int:
        return (today - self.due_on).days


@dataclass(frozen=True)
class OutreachRow:
    participant_id: str
    preferred_name: str
    last_contact: datetime | None  # None: never seen since registering
    days_without_contact: int


@dataclass(frozen=True)
class RecentRow:
    participant_id: str
    preferred_name: str
    opened_at: datetime


class CheckInService:
    def __init__(self, services: "Services") -> None:
        self._s = services

    def record(self, participant_id: str, data: CheckInInput) -> CheckInView:
        """One encounter; it may set the next follow-up and touches the goals it names."""
        self._s.require(Action.EDIT_PLAN)
        if data.mode not in ContactMode.__members__.values():
            raise ValidationError("mode_unknown", field="mode")
        if data.occurred_at.tzinfo is None:
            raise ValidationError("date_invalid", field="occurred_at")
        if data.occurred_at > utc_now() + timedelta(minutes=5):
            raise ValidationError("date_in_future", field="occurred_at")
        if data.duration_minutes is not None and not 0 < data.duration_minutes <= MAX_DURATION_MINUTES:
            raise ValidationError("duration_range", field="duration_minutes")
        today = center_today()
        if data.next_follow_up is not None and data.next_follow_up < today:
            raise ValidationError("follow_up_in_past", field="next_follow_up")
        place = clean_text(data.place, "place", 200)
        notes = clean_text(data.notes, "notes", 10_000, multiline=True)
        ratings = _clean_ratings(data.tie_ratings)
        with self._s.store.write() as session:
            live_participant(session, participant_id)
            goals = set(session.exec(select(Goal.id).where(Goal.participant_id == participant_id)).all())
            if not set(data.goal_ids) <= goals:
                raise ValidationError("goal_unknown", field="goal_ids")
            members = [_current_member(session, participant_id, r.member_id) for r in ratings]
            row = CheckIn(participant_id=participant_id, occurred_at=data.occurred_at.astimezone(timezone.utc),
                          staff_id=self._s.actor.staff_id, mode=data.mode, duration_minutes=data.duration_minutes,
                          place=place, notes=notes, goal_ids=list(data.goal_ids))
            session.add(row)
            session.flush()
            # Reaching the person closes what was waiting for them: open follow-ups due by now are done. A
            # referral's follow-up is about the handoff, not the contact: it closes when the referral moves.
            for due in session.exec(select(FollowUp).where(FollowUp.participant_id == participant_id,
                                                           col(FollowUp.done_on).is_(None),
                                                           col(FollowUp.deleted_at).is_(None),
                                                           FollowUp.source != "referral",
                                                           FollowUp.due_on <= today)):
                due.done_on = today
                session.add(due)
            if data.next_follow_up is not None:
                session.add(FollowUp(participant_id=participant_id, due_on=data.next_follow_up,
                                     source="check_in", source_id=row.id))
            self._s.audit(session, "check_in_recorded", "participant", participant_id, {"check_in": row.id})
            record_change(Kind.CHECKINS, Kind.FOLLOWUPS, Kind.NETWORK, participant_id=participant_id)
            # The day of the check-in in this computer's time zone, as staff would say it. A check-in logged
            # late may predate the member's joining the map; the rating is then dated the day they joined,
            # so no member is ever rated on a day the history says they were not there.
            check_in_day = data.occurred_at.astimezone().date()
            for rating, member in zip(ratings, members, strict=True):
                session.add(TieRating(member_id=member.id, check_in_id=row.id,
                                      rated_on=max(check_in_day, member.added_on), rating=rating.rating,
                                      note=rating.note, recorded_by=self._s.actor.staff_id))
                self._s.audit(session, "network_tie_rated", "participant", participant_id,
                              {"member": member.id, "check_in": row.id})
                record_change(Kind.NETWORK, participant_id=participant_id)
            return _check_in_view(row)

    def timeline(self, participant_id: str) -> list[CheckInView]:
        """The person's check-ins, newest first."""
        self._s.require(Action.VIEW_PARTICIPANT)
        with self._s.store.read() as session:
            live_participant(session, participant_id)
            rows = session.exec(select(CheckIn).where(CheckIn.participant_id == participant_id,
                                                      col(CheckIn.deleted_at).is_(None))
                                .order_by(col(CheckIn.occurred_at).desc())).all()
            return [_check_in_view(r) for r in rows]

    def add_follow_up(self, participant_id: str, due_on: date, reason: str = "", source: str = "manual",
                      source_id: str | None = None) -> FollowUpView:
        self._s.require(Action.EDIT_PLAN)
        if due_on < center_today():
            raise ValidationError("follow_up_in_past", field="due_on")
        reason = clean_text(reason, "reason", 500)
        with self._s.store.write() as session:
            person = live_participant(session, participant_id)
            row = FollowUp(participant_id=participant_id, due_on=due_on, reason=reason, source=source,
                           source_id=source_id)
            session.add(row)
            session.flush()
            self._s.audit(session, "follow_up_set", "participant", participant_id, {"follow_up": row.id})
            record_change(Kind.FOLLOWUPS, participant_id=participant_id)
            return FollowUpView(row.id, participant_id, person.preferred_name, row.due_on, row.reason, row.source)

    def complete_follow_up(self, follow_up_id: str, done_on: date | None = None) -> None:
        self._s.require(Action.EDIT_PLAN)
        with self._s.store.write() as session:
            row = session.get(FollowUp, follow_up_id)
            if row is None or row.deleted_at is not None:
                raise RoscError("participant_not_found")
            row.done_on = done_on or center_today()
            session.add(row)
            self._s.audit(session, "follow_up_done", "participant", row.participant_id, {"follow_up": row.id})
            record_change(Kind.FOLLOWUPS, participant_id=row.participant_id)

    # -- Today -----------------------------------------------------------------------------------------

    def due_follow_ups(self, today: date | None = None) -> list[FollowUpView]:
        """Open follow-ups due today or earlier, most overdue first."""
        self._s.require(Action.VIEW_PARTICIPANT)
        today = today or center_today()
        with self._s.store.read() as session:
            rows = session.exec(
                select(FollowUp, Participant.preferred_name)
                .join(Participant, col(Participant.id) == FollowUp.participant_id)
                .where(col(FollowUp.done_on).is_(None), col(FollowUp.deleted_at).is_(None),
                       col(Participant.deleted_at).is_(None), FollowUp.due_on <= today)
                .order_by(col(FollowUp.due_on), col(Participant.sort_name))
            ).all()
            return [FollowUpView(f.id, f.participant_id, name, f.due_on, f.reason, f.source) for f, name in rows]

    def outreach(self, days: int = DEFAULT_OUTREACH_DAYS, now: datetime | None = None,
                 limit: int = 500) -> list[OutreachRow]:
        """People with no check-in or attendance for `days` days (or never, counted from registering), most overdue
        first."""
        self._s.require(Action.VIEW_PARTICIPANT)
        if not 1 <= days <= 3650:
            raise ValidationError("outreach_days_range", field="days")
        now = now or utc_now()
        cutoff = (now - timedelta(days=days)).astimezone(timezone.utc).isoformat(timespec="microseconds")
        # One grouped query in SQLite: at 100,000 people, loading them into Python took over a second.
        # Stamps are stored as UTC ISO text (UTCDateTime), so text order is time order.
        with self._s.store.read() as session:
            # HAVING repeats the expression: PostgreSQL (a hub) does not see output names there.
            rows = session.connection().execute(text(OUTREACH_SQL), {"cutoff": cutoff, "limit": limit}).fetchall()
        return [OutreachRow(pid, name, _as_datetime(last_seen), (now - _as_datetime(since)).days)  # type: ignore[operator]
                for pid, name, last_seen, since in rows]

    def recently_opened(self, limit: int = 10) -> list[RecentRow]:
        """The records this person opened most recently (from the audit log), newest first."""
        self._s.require(Action.VIEW_PARTICIPANT)
        with self._s.store.read() as session:
            rows = session.exec(
                select(AuditEvent.entity_id, func.max(AuditEvent.at))
                .where(AuditEvent.action == "participant_viewed", AuditEvent.actor == self._s.actor.username)
                .group_by(AuditEvent.entity_id).order_by(func.max(AuditEvent.at).desc()).limit(limit * 2)
            ).all()
            ids = [r[0] for r in rows]
            names = dict(session.exec(select(Participant.id, Participant.preferred_name)
                                      .where(col(Participant.id).in_(ids), col(Participant.deleted_at).is_(None))).all())
        return [RecentRow(pid, names[pid], _as_datetime(at) or utc_now()) for pid, at in rows if pid in names][:limit]


def _as_datetime(value: object) -> datetime | None:
    # Aggregates (max) come back as the stored ISO text, not through the column type.
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))



def _clean_ratings(ratings: tuple[TieRatingInput, ...]) -> list[TieRatingInput]:
    cleaned: list[TieRatingInput] = []
    for r in ratings:
        if r.rating not in ConnectionRating.__members__.values():
            raise ValidationError("choice_unknown", field="tie_ratings")
        if any(c.member_id == r.member_id for c in cleaned):  # one answer per tie per check-in
            raise ValidationError("choice_unknown", field="tie_ratings")
        cleaned.append(TieRatingInput(r.member_id, r.rating,
                                      clean_text(r.note, "tie_ratings", 1000, multiline=True)))
    return cleaned


def _current_member(session, participant_id: str, member_id: str) -> NetworkMember:
    """A member on this person's map today; someone else's member reads as not found, not as theirs."""
    row = session.get(NetworkMember, member_id)
    if row is None or row.deleted_at is not None or row.participant_id != participant_id:
        raise RoscError("member_not_found")
    if row.removed_on is not None:
        raise RoscError("member_removed")
    return row


def _check_in_view(r: CheckIn) -> CheckInView:
    return CheckInView(r.id, r.occurred_at, r.staff_id, r.mode, r.duration_minutes, r.place, r.notes,
                       tuple(r.goal_ids))
