"""Loading a record the way every service needs it: present and not voided, or a clear error."""

from __future__ import annotations

from sqlmodel import Session

from rosc_desktop.errors import RoscError
from rosc_desktop.model import Participant


def live_participant(session: Session, participant_id: str) -> Participant:
    """The participant, or RoscError('participant_not_found') when missing or voided."""
    person = session.get(Participant, participant_id)
    if person is None or person.deleted_at is not None:
        raise RoscError("participant_not_found")
    return person
