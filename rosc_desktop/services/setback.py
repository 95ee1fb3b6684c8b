"""The setback plan (generic section names, INSTRUMENTS.md) and "when things get hard, reconvene my network".

Reconvening creates a follow-up for every support listed in the plan and records the response as one dated
event, so later one can see how the network answered a setback.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlmodel import col, select

from rosc_desktop.clock import center_today, local_date
from rosc_desktop.errors import RoscError, ValidationError
from rosc_desktop.model import FollowUp, SetbackEvent, SetbackPlan
from rosc_desktop.services.permissions import Action
from rosc_desktop.services.records import live_participant
from rosc_desktop.services.validation import LONG_TEXT_LIMIT, check_date, clean_text
from rosc_desktop.services.changes import Kind, record_change

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

PLAN_FIELDS = ("warning_signs", "what_helps", "what_does_not_help", "people_to_call", "safe_places")


@dataclass(frozen=True)
class SetbackPlanText:
    warning_signs: str = ""
    what_helps: str = ""
    what_does_not_help: str = ""
    people_to_call: str = ""  # one support per line
    safe_places: str = ""

    def supports(self) -> list[str]:
        return [line.strip() for line in self.people_to_call.splitlines() if line.strip()]


@dataclass(frozen=True)
class SetbackPlanView:
    text: SetbackPlanText
    version: int  # 0 when never saved


@dataclass(frozen=True)
class SetbackEventView:
    id: str
    occurred_on: date
    note: str
    supports: tuple[str, ...]


class SetbackService:
    def __init__(self, services: "Services") -> None:
        self._s = services

    def get(self, participant_id: str) -> SetbackPlanView:
        self._s.require(Action.VIEW_PARTICIPANT)
        with self._s.store.read() as session:
            live_participant(session, participant_id)
            plan = session.exec(select(SetbackPlan).where(SetbackPlan.participant_id == participant_id)).first()
            if plan is None:
                return SetbackPlanView(SetbackPlanText(), 0)
            return SetbackPlanView(SetbackPlanText(*(getattr(plan, f) for f in PLAN_FIELDS)), plan.version)

    def save(self, participant_id: str, text: SetbackPlanText, expected_version: int) -> SetbackPlanView:
        self._s.require(Action.EDIT_PLAN)
        clean = SetbackPlanText(*(clean_text(getattr(text, f), f, LONG_TEXT_LIMIT, multiline=True)
                                  for f in PLAN_FIELDS))
        with self._s.store.write() as session:
            live_participant(session, participant_id)
            plan = session.exec(select(SetbackPlan).where(SetbackPlan.participant_id == participant_id)).first()
            if (plan.version if plan else 0) != expected_version:
                raise RoscError("edited_elsewhere", entity="setback_plan")
            plan = plan or SetbackPlan(participant_id=participant_id)
            for name in PLAN_FIELDS:
                setattr(plan, name, getattr(clean, name))
            session.add(plan)
            session.flush()
            self._s.audit(session, "setback_plan_saved", "participant", participant_id)
            record_change(Kind.SETBACK, Kind.FOLLOWUPS, participant_id=participant_id)
            return SetbackPlanView(clean, plan.version)

    def reconvene(self, participant_id: str, note: str = "", occurred_on: date | None = None,
                  follow_up_on: date | None = None) -> SetbackEventView:
        """Record a setback and ask the network to gather: one follow-up per listed support, due
        `follow_up_on` (default tomorrow), all in one dated event. Returns the call list for staff."""
        self._s.require(Action.EDIT_PLAN)
        occurred_on = occurred_on or center_today()
        follow_up_on = follow_up_on or center_today() + timedelta(days=1)
        note = clean_text(note, "note", 2000, multiline=True)
        if follow_up_on < center_today():
            raise ValidationError("follow_up_in_past", field="follow_up_on")
        with self._s.store.write() as session:
            person = live_participant(session, participant_id)
            check_date(occurred_on, "occurred_on", not_before=local_date(person.created_at))
            plan = session.exec(select(SetbackPlan).where(SetbackPlan.participant_id == participant_id)).first()
            supports = SetbackPlanText(*(getattr(plan, f) for f in PLAN_FIELDS)).supports() if plan else []
            if not supports:
                raise ValidationError("no_supports_listed", field="people_to_call")
            event = SetbackEvent(participant_id=participant_id, occurred_on=occurred_on, note=note,
                                 supports=supports, recorded_by=self._s.actor.staff_id)
            session.add(event)
            session.flush()
            for support in supports:
                session.add(FollowUp(participant_id=participant_id, due_on=follow_up_on,
                                     reason=support[:500], source="setback", source_id=event.id))
            self._s.audit(session, "network_reconvened", "participant", participant_id,
                          {"event": event.id, "supports": len(supports)})
            record_change(Kind.SETBACK, Kind.FOLLOWUPS, participant_id=participant_id)
            return SetbackEventView(event.id, event.occurred_on, event.note, tuple(supports))

    def history(self, participant_id: str) -> list[SetbackEventView]:
        """Setbacks and how the network was gathered, newest first."""
        self._s.require(Action.VIEW_PARTICIPANT)
        with self._s.store.read() as session:
            live_participant(session, participant_id)
            rows = session.exec(select(SetbackEvent).where(SetbackEvent.participant_id == participant_id,
                                                           col(SetbackEvent.deleted_at).is_(None))
                                .order_by(col(SetbackEvent.occurred_on).desc(), col(SetbackEvent.created_at).desc())
                                ).all()
            return [SetbackEventView(r.id, r.occurred_on, r.note, tuple(r.supports)) for r in rows]

