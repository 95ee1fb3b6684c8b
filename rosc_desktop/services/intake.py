"""The strengths-based intake (in the person's own words) and the BARC-10, dated so it can be repeated."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlmodel import col, select

from rosc_desktop.errors import RoscError, ValidationError
from rosc_desktop.model import BARC10_ITEM_COUNT, Intake, RecoveryCapitalAssessment
from rosc_desktop.services.permissions import Action
from rosc_desktop.services.records import live_participant
from rosc_desktop.services.validation import LONG_TEXT_LIMIT, check_date, clean_text
from rosc_desktop.services.changes import Kind, record_change

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

BARC10_MIN_ANSWER = 1
BARC10_MAX_ANSWER = 6
BARC10_REFERENCE_TOTAL = 47  # shown as a reference line, never as a pass/fail label (INSTRUMENTS.md)
INTAKE_FIELDS = ("strengths", "what_matters", "hopes", "community_ties", "what_helped")


@dataclass(frozen=True)
class IntakeText:
    strengths: str = ""
    what_matters: str = ""
    hopes: str = ""
    community_ties: str = ""
    what_helped: str = ""


@dataclass(frozen=True)
class IntakeView:
    text: IntakeText
    version: int  # 0 when nothing has been saved yet


@dataclass(frozen=True)
class Barc10View:
    id: str
    assessed_on: date
    answers: tuple[int, ...]
    total: int


def barc10_total(answers: list[int] | tuple[int, ...]) -> int:
    if len(answers) != BARC10_ITEM_COUNT:
        raise ValidationError("barc10_incomplete", field="answers", expected=BARC10_ITEM_COUNT)
    for answer in answers:
        # bool is an int in Python: a checkbox's True must not pass for the answer 1.
        if type(answer) is not int or not BARC10_MIN_ANSWER <= answer <= BARC10_MAX_ANSWER:
            raise ValidationError("barc10_answer_range", field="answers")
    return sum(answers)


class IntakeService:
    def __init__(self, services: "Services") -> None:
        self._s = services

    def get(self, participant_id: str) -> IntakeView:
        """The intake in the person's words. Audited: it is the most personal part of the record."""
        self._s.require(Action.VIEW_PARTICIPANT)
        with self._s.store.write() as session:
            live_participant(session, participant_id)
            intake = session.exec(select(Intake).where(Intake.participant_id == participant_id)).first()
            self._s.audit(session, "intake_viewed", "participant", participant_id)
            if intake is None:
                return IntakeView(IntakeText(), 0)
            return IntakeView(IntakeText(*(getattr(intake, f) for f in INTAKE_FIELDS)), intake.version)

    def save(self, participant_id: str, text: IntakeText, expected_version: int) -> IntakeView:
        """Save the intake as edited from `expected_version`; refuse if someone else saved in between."""
        self._s.require(Action.RECORD_INTAKE)
        clean = IntakeText(*(clean_text(getattr(text, f), f, LONG_TEXT_LIMIT, multiline=True)
                             for f in INTAKE_FIELDS))
        with self._s.store.write() as session:
            live_participant(session, participant_id)
            intake = session.exec(select(Intake).where(Intake.participant_id == participant_id)).first()
            current = intake.version if intake else 0
            if current != expected_version:
                raise RoscError("edited_elsewhere", entity="intake")
            if intake is None:
                intake = Intake(participant_id=participant_id)
            for name in INTAKE_FIELDS:
                setattr(intake, name, getattr(clean, name))
            intake.recorded_by = self._s.actor.staff_id
            session.add(intake)
            session.flush()
            self._s.audit(session, "intake_saved", "participant", participant_id)
            record_change(Kind.INTAKE, participant_id=participant_id)
            return IntakeView(clean, intake.version)

    def record_barc10(self, participant_id: str, assessed_on: date, answers: list[int]) -> Barc10View:
        self._s.require(Action.RECORD_INTAKE)
        total = barc10_total(answers)
        with self._s.store.write() as session:
            person = live_participant(session, participant_id)
            earliest = person.date_of_birth or date(1900, 1, 1)
            check_date(assessed_on, "assessed_on", not_before=earliest)
            row = RecoveryCapitalAssessment(participant_id=participant_id, assessed_on=assessed_on,
                                            answers=list(answers), total=total,
                                            recorded_by=self._s.actor.staff_id)
            session.add(row)
            session.flush()
            self._s.audit(session, "barc10_recorded", "participant", participant_id, {"assessment": row.id})
            record_change(Kind.BARC10, participant_id=participant_id)
            return Barc10View(row.id, row.assessed_on, tuple(row.answers), row.total)

    def barc10_history(self, participant_id: str) -> list[Barc10View]:
        """Every BARC-10 for the person, oldest first, so change since the first can be read off."""
        self._s.require(Action.VIEW_PARTICIPANT)
        with self._s.store.read() as session:
            live_participant(session, participant_id)
            rows = session.exec(
                select(RecoveryCapitalAssessment)
                .where(RecoveryCapitalAssessment.participant_id == participant_id,
                       col(RecoveryCapitalAssessment.deleted_at).is_(None))
                .order_by(col(RecoveryCapitalAssessment.assessed_on), col(RecoveryCapitalAssessment.created_at))
            ).all()
            return [Barc10View(r.id, r.assessed_on, tuple(r.answers), r.total) for r in rows]

