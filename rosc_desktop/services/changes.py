"""What a service call changed, as a typed record the GUI broadcasts (in the spirit of Anki's `OpChanges`).

A service method that writes says what it wrote, next to the write:

    record_change(Kind.GOALS, participant_id=participant_id)

`collect(work)` runs a call and returns its result with the `Changes` every service it reached recorded,
however deep (a setback plan that also schedules a follow-up records both). `ui.operations.run_operation`
runs each operation through `collect` and broadcasts the record, so a widget never has to know, or spell,
what a service call changes; a misspelt kind is an AttributeError, not a screen that silently never
refreshes.

Why recorded rather than returned: the services' return values are used by the CLI and hundreds of tests,
and a call that reaches other services (an import, a setback plan) would have to merge and pass on every
inner record by hand. The journal is a ContextVar, so calls on different threads never see each other's.

Data about one participant is recorded for that person, so a screen showing someone else ignores it:
reloading a person's intake is audited as a viewing, and must not happen for someone else's save. A change
recorded without a person (an import, a directory edit) may concern anyone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TypeVar

T = TypeVar("T")


class Kind(StrEnum):
    """The kinds of data a screen may be showing."""

    PARTICIPANT = "participant"
    INTAKE = "intake"
    BARC10 = "barc10"
    GOALS = "goals"
    CHECKINS = "checkins"
    FOLLOWUPS = "followups"
    SETBACK = "setback"
    NETWORK = "network"
    REFERRALS = "referrals"
    CONSENTS = "consents"
    CASELOAD = "caseload"
    ATTENDANCE = "attendance"
    ACTIVITIES = "activities"
    DIRECTORY = "directory"
    PARTNERS = "partners"
    STAFF = "staff"
    SETTINGS = "settings"
    SITE_KEYS = "site_keys"
    SYNC = "sync"


ANYONE: str | None = None

# What an applied bundle may have changed: everything that travels.
IMPORTED = frozenset({Kind.SYNC, Kind.PARTICIPANT, Kind.INTAKE, Kind.BARC10, Kind.GOALS, Kind.CHECKINS,
                      Kind.FOLLOWUPS, Kind.SETBACK, Kind.NETWORK, Kind.REFERRALS, Kind.CONSENTS, Kind.ATTENDANCE,
                      Kind.ACTIVITIES, Kind.DIRECTORY, Kind.PARTNERS, Kind.STAFF, Kind.SITE_KEYS})


@dataclass(frozen=True)
class Changes:
    """Kinds of data changed, each for one participant or (`None`) for anyone."""

    entries: frozenset[tuple[Kind, str | None]] = field(default_factory=frozenset)

    @classmethod
    def of(cls, *kinds: Kind, participant_id: str | None = ANYONE) -> Changes:
        return cls(frozenset((kind, participant_id) for kind in kinds))

    def __bool__(self) -> bool:
        return bool(self.entries)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.entries | other.entries)

    @property
    def kinds(self) -> frozenset[Kind]:
        return frozenset(kind for kind, _ in self.entries)

    def touches(self, *kinds: Kind) -> bool:
        """Whether data of any of these kinds changed, for anyone."""
        return any(kind in kinds for kind, _ in self.entries)

    def concerns(self, kind: Kind, participant_id: str) -> bool:
        """Whether this may be about `participant_id`'s data of `kind` (said of them, or of anyone)."""
        return (kind, participant_id) in self.entries or (kind, ANYONE) in self.entries


_journal: ContextVar[set[tuple[Kind, str | None]] | None] = ContextVar("rosc_changes", default=None)


def record_change(*kinds: Kind, participant_id: str | None = ANYONE) -> None:
    """Say that this call changed data of `kinds` (for one participant, or for anyone).

    Call it beside the write, inside its transaction. Outside a recording (the CLI, most tests) nobody is
    listening and it does nothing.
    """
    journal = _journal.get()
    if journal is not None:
        journal.update((kind, participant_id) for kind in kinds)


class Recording:
    """What the calls made inside `with recording() as seen:` changed, so far (`seen.changes`).

    Kept even when the call fails: a refused bundle is logged in its own transaction before the refusal is
    raised, and the Sync screen must still show the log line. A change recorded in a transaction that then
    rolled back only costs a screen one needless refresh; a change not announced is a screen left stale.
    """

    def __init__(self) -> None:
        self._seen: set[tuple[Kind, str | None]] = set()

    @property
    def changes(self) -> Changes:
        return Changes(frozenset(self._seen))


@contextmanager
def recording() -> Iterator[Recording]:
    seen = Recording()
    token = _journal.set(seen._seen)
    try:
        yield seen
    finally:
        _journal.reset(token)
        outer = _journal.get()
        if outer is not None:  # recorded within a recording: the outer call changed this too
            outer.update(seen._seen)


def collect(work: Callable[[], T]) -> tuple[T, Changes]:
    """Run `work` and return its result with what it changed."""
    with recording() as seen:
        result = work()
    return result, seen.changes
