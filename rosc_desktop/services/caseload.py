"""Caseloads: each participant may have a primary peer specialist, chosen on the person's Overview and changed
when needed, with the history kept. Today lists "My people" (one's caseload, with the last contact), and
coordinators see how many people each staff member carries.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import func
from sqlmodel import col, select

from rosc_desktop.errors import RoscError, ValidationError
from rosc_desktop.model import CaseloadAssignment, CheckIn, Participant, Staff
from rosc_desktop.model.types import utc_now
from rosc_desktop.services.permissions import Action
from rosc_desktop.services.records import live_participant
from rosc_desktop.services.changes import Kind, record_change

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services


@dataclass(frozen=True)
class Primary:
    staff_id: str
    display_name: str
    since: datetime


@dataclass(frozen=True)
class CaseloadRow:
    participant_id: str
    preferred_name: str
    last_contact: datetime | None


@dataclass(frozen=True)
class CaseloadSize:
    staff_id: str
    display_name: str
    people: int


class CaseloadService:
    def __init__(self, services: Services) -> None:
        self._s = services

    def primary(self, participant_id: str) -> Primary | None:
        """The person's primary peer specialist now, or None."""
        self._s.require(Action.VIEW_PARTICIPANT)
        with self._s.store.read() as session:
            live_participant(session, participant_id)
            row = session.exec(select(CaseloadAssignment, Staff.display_name)
                               .join(Staff, col(Staff.id) == col(CaseloadAssignment.staff_id))
                               .where(CaseloadAssignment.participant_id == participant_id,
                                      col(CaseloadAssignment.ended_at).is_(None))).first()
        return Primary(row[0].staff_id, row[1], row[0].started_at) if row else None

    def history(self, participant_id: str) -> list[tuple[str, datetime, datetime | None]]:
        """Every primary peer specialist the person has had: (name, from, until), newest first."""
        self._s.require(Action.VIEW_PARTICIPANT)
        with self._s.store.read() as session:
            live_participant(session, participant_id)
            rows = session.exec(select(Staff.display_name, CaseloadAssignment.started_at, CaseloadAssignment.ended_at)
                                .join(Staff, col(Staff.id) == col(CaseloadAssignment.staff_id))
                                .where(CaseloadAssignment.participant_id == participant_id)
                                .order_by(col(CaseloadAssignment.started_at).desc(),
                                          col(CaseloadAssignment.id).desc())).all()
        return [(name, start, end) for name, start, end in rows]

    def candidates(self) -> list[tuple[str, str]]:
        """Who can carry a caseload: every active account, as (staff id, name)."""
        self._s.require(Action.VIEW_PARTICIPANT)
        with self._s.store.read() as session:
            rows = session.exec(select(Staff.id, Staff.display_name).where(
                col(Staff.active).is_(True), col(Staff.deleted_at).is_(None)).order_by(Staff.display_name)).all()
        return [(sid, name) for sid, name in rows]

    def assign(self, participant_id: str, staff_id: str | None) -> Primary | None:
        """Make `staff_id` the person's primary peer specialist (None: nobody). The one before is kept in the
        history with the day it ended. Audited."""
        self._s.require(Action.EDIT_PARTICIPANT)
        with self._s.store.write() as session:
            live_participant(session, participant_id)
            if staff_id is not None:
                staff = session.get(Staff, staff_id)
                if staff is None or not staff.in_service:
                    raise ValidationError("staff_not_found", field="staff_id")
            current = session.exec(select(CaseloadAssignment).where(
                CaseloadAssignment.participant_id == participant_id,
                col(CaseloadAssignment.ended_at).is_(None))).first()
            if current is not None and current.staff_id == staff_id:
                return self.primary(participant_id)
            now = utc_now()
            if current is not None:
                current.ended_at = now
                session.add(current)
            if staff_id is not None:
                session.add(CaseloadAssignment(participant_id=participant_id, staff_id=staff_id, started_at=now,
                                               assigned_by=self._s.actor.username))
            self._s.audit(session, "caseload_assigned", "participant", participant_id, {"staff_id": staff_id})
            record_change(Kind.CASELOAD, participant_id=participant_id)
        return self.primary(participant_id)

    def mine(self) -> list[CaseloadRow]:
        """The signed-in person's caseload, the longest without contact first (never contacted: first of all)."""
        self._s.require(Action.VIEW_PARTICIPANT)
        last = (select(CheckIn.participant_id, func.max(CheckIn.occurred_at).label("last"))
                .where(col(CheckIn.deleted_at).is_(None)).group_by(CheckIn.participant_id).subquery())
        with self._s.store.read() as session:
            rows = session.exec(
                select(Participant.id, Participant.preferred_name, last.c.last)
                .join(CaseloadAssignment, col(CaseloadAssignment.participant_id) == col(Participant.id))
                .outerjoin(last, last.c.participant_id == col(Participant.id))
                .where(CaseloadAssignment.staff_id == self._s.actor.staff_id,
                       col(CaseloadAssignment.ended_at).is_(None), col(Participant.deleted_at).is_(None))
                .order_by(last.c.last.is_not(None), last.c.last, col(Participant.sort_name))).all()
        return [CaseloadRow(pid, name, _aware(when)) for pid, name, when in rows]

    def sizes(self) -> list[CaseloadSize]:
        """How many people each active staff member carries (coordinators and admins)."""
        self._s.require(Action.VIEW_REPORTS)
        with self._s.store.read() as session:
            counts = dict(session.exec(
                select(CaseloadAssignment.staff_id, func.count())
                .join(Participant, col(Participant.id) == col(CaseloadAssignment.participant_id))
                .where(col(CaseloadAssignment.ended_at).is_(None), col(Participant.deleted_at).is_(None))
                .group_by(CaseloadAssignment.staff_id)).all())
            staff = session.exec(select(Staff.id, Staff.display_name).where(
                col(Staff.active).is_(True), col(Staff.deleted_at).is_(None)).order_by(Staff.display_name)).all()
        return [CaseloadSize(sid, name, int(counts.get(sid, 0))) for sid, name in staff]

    def caseload_ids(self) -> set[str]:
        """The participant ids in the signed-in person's caseload (for the list's "My caseload" filter)."""
        self._s.require(Action.VIEW_PARTICIPANT)
        with self._s.store.read() as session:
            return set(session.exec(select(CaseloadAssignment.participant_id).where(
                CaseloadAssignment.staff_id == self._s.actor.staff_id,
                col(CaseloadAssignment.ended_at).is_(None))).all())


def _aware(value: object) -> datetime | None:
    # max() over stored text comes back as text on SQLite
    if value is None or isinstance(value, datetime):
        return value
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        raise RoscError("database_unreadable") from None


__all__ = ["CaseloadRow", "CaseloadService", "CaseloadSize", "Primary"]
