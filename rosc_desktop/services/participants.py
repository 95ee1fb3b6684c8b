"""Registering, finding and opening participants.

Search is an FTS5 prefix match (see store.search). The list screen asks for one page of ids at a time
(`search_page`, names that start with what was typed first), the count apart (`count_matches`), and the rows
it paints (`rows`), so a list of 100,000 people costs a page of ids, a count and a page of rows. `search`
returns every id at once (up to a limit), for the command line and the demo.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, text
from sqlmodel import col, select

from rosc_desktop.errors import RoscError, ValidationError
from rosc_desktop.model import Participant, Pathway
from rosc_desktop.model.types import utc_now
from rosc_desktop.services.permissions import Action
from rosc_desktop.services.records import live_participant
from rosc_desktop.services.validation import check_date, check_email, check_phone, clean_text
from rosc_desktop.store.search import (
    PageMark,
    count_matches,
    match_expression,
    page_ids,
    postgres_filter,
    search_names,
    search_phone,
    sort_key,
)
from rosc_desktop.services.changes import Kind, record_change

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

# "zh" is Chinese with the script left to the computer's setting (MachineSettings.chinese_script).
LANGUAGES = ("en", "es", "ar", "fr", "ht", "ko", "pt", "ru", "so", "tl", "vi", "zh", "zh-hans", "zh-hant")
DUPLICATE_NAME_SIMILARITY = 0.8
SEARCH_LIMIT = 5_000
SEARCH_PAGE = 100  # a tall screen of rows and some to scroll into


@dataclass(frozen=True)
class ParticipantInput:
    preferred_name: str
    pronouns: str = ""
    legal_name: str = ""
    date_of_birth: date | None = None
    phone: str = ""
    email: str = ""
    preferred_language: str = "en"
    pathways: tuple[str, ...] = ()
    pathway_other: str = ""


@dataclass(frozen=True)
class ParticipantView:
    id: str
    version: int
    preferred_name: str
    pronouns: str
    legal_name: str
    date_of_birth: date | None
    phone: str
    email: str
    preferred_language: str
    pathways: tuple[str, ...]
    pathway_other: str
    created_at: datetime

    def as_input(self) -> ParticipantInput:
        return ParticipantInput(self.preferred_name, self.pronouns, self.legal_name, self.date_of_birth,
                                self.phone, self.email, self.preferred_language, self.pathways,
                                self.pathway_other)


@dataclass(frozen=True)
class ParticipantRow:
    """What the list shows: enough to tell people apart at a glance."""

    id: str
    preferred_name: str
    pronouns: str
    date_of_birth: date | None
    phone: str


@dataclass(frozen=True)
class SearchResult:
    ids: list[str] = field(default_factory=list)
    truncated: bool = False


SearchMark = PageMark  # where a page stopped, for callers above the services (widgets never import the store)


@dataclass(frozen=True)
class SearchPage:
    """One page of a search, in list order; `next` fetches the page after it, None once there is no more."""

    ids: list[str]
    next: SearchMark | None


def validate(data: ParticipantInput, today: date | None = None) -> ParticipantInput:
    pathways = tuple(dict.fromkeys(data.pathways))
    for pathway in pathways:
        if pathway not in Pathway.__members__.values():
            raise ValidationError("pathway_unknown", field="pathways")
    language = (data.preferred_language or "en").strip().lower()
    if language not in LANGUAGES:
        raise ValidationError("language_unknown", field="preferred_language")
    return ParticipantInput(
        preferred_name=clean_text(data.preferred_name, "preferred_name", 100, required=True),
        pronouns=clean_text(data.pronouns, "pronouns", 40),
        legal_name=clean_text(data.legal_name, "legal_name", 200),
        date_of_birth=check_date(data.date_of_birth, "date_of_birth", today=today),
        phone=check_phone(data.phone),
        email=check_email(data.email),
        preferred_language=language,
        pathways=pathways,
        pathway_other=clean_text(data.pathway_other, "pathway_other", 200) if Pathway.OTHER in pathways else "",
    )


def _view(p: Participant) -> ParticipantView:
    return ParticipantView(p.id, p.version, p.preferred_name, p.pronouns, p.legal_name, p.date_of_birth,
                           p.phone, p.email, p.preferred_language, tuple(p.pathways), p.pathway_other,
                           p.created_at)


class ParticipantService:
    def __init__(self, services: "Services") -> None:
        self._s = services

    # -- writing ---------------------------------------------------------------------------------------

    def register(self, data: ParticipantInput) -> ParticipantView:
        self._s.require(Action.REGISTER_PARTICIPANT)
        clean = validate(data)
        with self._s.store.write() as session:
            person = Participant(**_fields(clean))
            session.add(person)
            session.flush()
            self._s.audit(session, "participant_registered", "participant", person.id)
            record_change(Kind.PARTICIPANT, participant_id=person.id)
            return _view(person)

    def update(self, participant_id: str, data: ParticipantInput, expected_version: int) -> ParticipantView:
        """Save edits made to the version the editor started from; refuse if someone saved in between."""
        self._s.require(Action.EDIT_PARTICIPANT)
        clean = validate(data)
        with self._s.store.write() as session:
            person = live_participant(session, participant_id)
            if person.version != expected_version:
                raise RoscError("edited_elsewhere", entity="participant")
            for name, value in _fields(clean).items():
                setattr(person, name, value)
            session.add(person)
            session.flush()
            self._s.audit(session, "participant_updated", "participant", person.id)
            record_change(Kind.PARTICIPANT, participant_id=person.id)
            return _view(person)

    def void(self, participant_id: str, reason_code: str = "entered_in_error") -> None:
        """Tombstone a record (never a hard delete): it leaves lists and search, its history stays."""
        self._s.require(Action.VOID_PARTICIPANT)
        with self._s.store.write() as session:
            person = live_participant(session, participant_id)
            person.deleted_at = utc_now()
            session.add(person)
            self._s.audit(session, "participant_voided", "participant", person.id, {"reason": reason_code})
            record_change(Kind.PARTICIPANT, participant_id=person.id)

    # -- reading ---------------------------------------------------------------------------------------

    def open(self, participant_id: str) -> ParticipantView:
        """The full record, for the workspace. Every opening is audited."""
        self._s.require(Action.VIEW_PARTICIPANT)
        with self._s.store.write() as session:
            person = live_participant(session, participant_id)
            self._s.audit(session, "participant_viewed", "participant", person.id)
            return _view(person)

    def search(self, query: str, limit: int = SEARCH_LIMIT) -> SearchResult:
        """Ids of matching participants: by relevance when something is typed, else everyone by name."""
        self._s.require(Action.VIEW_PARTICIPANT)
        expression = match_expression(query)
        with self._s.store.read() as session:
            conn = session.connection()
            if expression is None:
                rows = conn.exec_driver_sql(
                    "SELECT id FROM participant WHERE deleted_at IS NULL ORDER BY sort_name, id"
                ).fetchall()
                return SearchResult([r[0] for r in rows])
            if self._s.store.is_postgres:
                condition, params = postgres_filter(query)  # type: ignore[misc]
                rows = conn.execute(text(
                    f"SELECT participant.id FROM participant WHERE participant.deleted_at IS NULL AND {condition} "
                    "ORDER BY participant.sort_name, participant.id LIMIT :limit"), {**params, "limit": limit + 1}
                ).fetchall()
                ids = [r[0] for r in rows]
                return SearchResult(ids[:limit], truncated=len(ids) > limit)
            # Relevance orders name matches; a phone prefix has no better order than the index's own.
            order = "" if expression.startswith("phone") else "ORDER BY f.rank, p.sort_name"
            rows = conn.exec_driver_sql(
                "SELECT p.id FROM participant_fts f JOIN participant p ON p.rowid = f.rowid "
                f"WHERE participant_fts MATCH ? {order} LIMIT ?",
                (expression, limit + 1),
            ).fetchall()
        ids = [r[0] for r in rows]
        return SearchResult(ids[:limit], truncated=len(ids) > limit)

    def search_page(self, query: str, after: PageMark | None = None, limit: int = SEARCH_PAGE, *,
                    mine_only: bool = False) -> SearchPage:
        """A page of matching ids: preferred names starting with what was typed first (an exact name before
        them), then other matches, by name; everyone by name when nothing is typed. Reads one page, however
        many match, so the list stays instant at 100,000 people. `mine_only` keeps the signed-in person's
        caseload."""
        self._s.require(Action.VIEW_PARTICIPANT)
        with self._s.store.read() as session:
            ids, mark = page_ids(session.connection(), query, after, limit, postgres=self._s.store.is_postgres,
                                 caseload_of=self._caseload_of(mine_only))
        return SearchPage(ids, mark)

    def count_matches(self, query: str, *, mine_only: bool = False) -> int:
        """How many people a search finds, counted apart from its pages (one index count)."""
        self._s.require(Action.VIEW_PARTICIPANT)
        with self._s.store.read() as session:
            return count_matches(session.connection(), query, postgres=self._s.store.is_postgres,
                                 caseload_of=self._caseload_of(mine_only))

    def _caseload_of(self, mine_only: bool) -> str | None:
        return self._s.actor.staff_id if mine_only else None

    def rows(self, ids: list[str]) -> list[ParticipantRow]:
        """The list's rows for these ids, in the order given (missing ids are left out)."""
        self._s.require(Action.VIEW_PARTICIPANT)
        if not ids:
            return []
        with self._s.store.read() as session:
            if self._s.store.is_postgres:
                # sqlmodel's select() is typed for up to four columns: five go through a tuple of Any.
                columns: tuple[Any, ...] = (Participant.id, Participant.preferred_name, Participant.pronouns,
                                            Participant.date_of_birth, Participant.phone)
                found = [ParticipantRow(*r) for r in
                         session.exec(select(*columns).where(col(Participant.id).in_(ids))).all()]
            else:
                found = _sqlite_rows(session.connection(), ids)
        by_id = {r.id: r for r in found}
        return [by_id[i] for i in ids if i in by_id]

    def current_version(self, participant_id: str) -> int | None:
        """The record's version, or None once it is voided or gone: lets an open screen notice a change made
        elsewhere without reading (and auditing a view of) the record itself."""
        self._s.require(Action.VIEW_PARTICIPANT)
        with self._s.store.read() as session:
            row = session.exec(
                select(Participant.version).where(Participant.id == participant_id,
                                                  col(Participant.deleted_at).is_(None))
            ).first()
        return row

    def count(self) -> int:
        self._s.require(Action.VIEW_PARTICIPANT)
        with self._s.store.read() as session:
            return session.connection().execute(
                text("SELECT count(*) FROM participant WHERE deleted_at IS NULL")).one()[0]

    def possible_duplicates(self, data: ParticipantInput, exclude_id: str | None = None) -> list[ParticipantRow]:
        """People already registered with a similar name and the same birth date (or the same full name).

        Shown as a warning before registering; only staff can tell whether it is the same person. Showing
        someone else's name and birth date is a disclosure, so it is audited (ids only).
        """
        self._s.require(Action.VIEW_PARTICIPANT)
        names = [n for n in (data.preferred_name, data.legal_name) if n and n.strip()]
        if not names:
            return []
        keys = {sort_key(n) for n in names}
        with self._s.store.read() as session:
            candidates: dict[str, Participant] = {}
            if data.date_of_birth:
                for p in session.exec(
                    select(Participant).where(Participant.date_of_birth == data.date_of_birth,
                                              col(Participant.deleted_at).is_(None))
                ):
                    candidates[p.id] = p
            for key in keys:
                for p in session.exec(
                    select(Participant).where(Participant.sort_name == key, col(Participant.deleted_at).is_(None))
                ):
                    candidates[p.id] = p
            matches = []
            for p in candidates.values():
                if p.id == exclude_id:
                    continue
                theirs = {sort_key(n) for n in (p.preferred_name, p.legal_name) if n}
                similar = max(difflib.SequenceMatcher(None, a, b).ratio() for a in keys for b in theirs)
                same_birth = data.date_of_birth is not None and p.date_of_birth == data.date_of_birth
                if (same_birth and similar >= DUPLICATE_NAME_SIMILARITY) or similar == 1.0 and (
                    data.date_of_birth is None or p.date_of_birth is None or same_birth
                ):
                    matches.append(ParticipantRow(p.id, p.preferred_name, p.pronouns, p.date_of_birth, p.phone))
        if matches:
            with self._s.store.write() as session:
                self._s.audit(session, "possible_duplicates_shown", "participant", "",
                              {"shown": [m.id for m in matches]})
        return matches



_ROWS_AT_ONCE = 500  # well under SQLite's limit on bound values


def _sqlite_rows(conn: Connection, ids: list[str]) -> list[ParticipantRow]:
    # The list reads a page of these each time it scrolls: plain SQL, since building the ORM's IN clause and
    # loading its rows cost several times the query itself.
    found = []
    for start in range(0, len(ids), _ROWS_AT_ONCE):
        chunk = ids[start:start + _ROWS_AT_ONCE]
        found += [ParticipantRow(i, name, pronouns, date.fromisoformat(born) if born else None, phone)
                  for i, name, pronouns, born, phone in conn.exec_driver_sql(
                      "SELECT id, preferred_name, pronouns, date_of_birth, phone FROM participant "
                      f"WHERE id IN ({','.join('?' * len(chunk))})", tuple(chunk))]
    return found


def _fields(clean: ParticipantInput) -> dict[str, Any]:
    return {
        "preferred_name": clean.preferred_name,
        "sort_name": sort_key(clean.preferred_name),
        "search_names": search_names(clean.preferred_name, clean.legal_name),
        "search_phone": search_phone(clean.phone),
        "pronouns": clean.pronouns,
        "legal_name": clean.legal_name,
        "date_of_birth": clean.date_of_birth,
        "phone": clean.phone,
        "email": clean.email,
        "preferred_language": clean.preferred_language,
        "pathways": list(clean.pathways),
        "pathway_other": clean.pathway_other,
    }

