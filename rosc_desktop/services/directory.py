"""The community resource directory: search with filters, local entries, corrections to hub entries, partners.

Entries from the hub (`source = "hub"`, owned by the hub's site) are read-only here: a center suggests a
correction instead, carried back to the hub by sync. A center's own entries (local, or from a mutual-aid
meeting list) are owned by this site and edited with the usual version check.

The directory holds no participant data, so reading it needs no audit and no particular role; every change
is audited.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import select as sa_select
from sqlalchemy import text as sql_text
from sqlmodel import Session, col, select

from rosc_desktop.clock import local_now
from rosc_desktop.enums import EntrySource, ServiceStatus
from rosc_desktop.errors import RoscError, ValidationError
from rosc_desktop.model import (
    DirectoryCorrection,
    DirectoryLocation,
    DirectoryOrganization,
    DirectoryService as ServiceRow,
    DirectoryServiceLocation,
    Partner,
    Staff,
)
from rosc_desktop.services.directory_text import fold, search_text_for
from rosc_desktop.services.permissions import Action, allowed
from rosc_desktop.services.validation import check_email, check_phone, clean_text
from rosc_desktop.services.changes import Kind, record_change

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

HUB_SITE = "HUB"  # until sync configures the real hub's site code
DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
SAMPLE_RESOURCE = "sample_directory.json"

# English names for the language codes staff are likely to pick; HSDS wants a name beside the code.
LANGUAGE_NAMES = {
    "en": "English", "es": "Spanish", "vi": "Vietnamese", "zh": "Chinese", "ar": "Arabic", "he": "Hebrew",
    "ru": "Russian", "el": "Greek", "fr": "French", "de": "German", "pl": "Polish", "pt": "Portuguese",
    "ko": "Korean", "tl": "Tagalog", "ht": "Haitian Creole", "so": "Somali", "uk": "Ukrainian", "hi": "Hindi",
    "fa": "Persian", "ja": "Japanese", "it": "Italian", "am": "Amharic", "sw": "Swahili", "ase": "American Sign Language",
}
_LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")
_URL = re.compile(r"^(https?://)?[^\s/]+\.[^\s]+$", re.IGNORECASE)
_ENTITY_TYPES = {"organization": DirectoryOrganization, "service": ServiceRow, "location": DirectoryLocation}


# -- views and inputs ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class OpeningHours:
    byday: tuple[str, ...]  # "MO" … "SU"
    opens_at: time | None
    closes_at: time | None
    description: str = ""


@dataclass(frozen=True)
class ServiceInput:
    """A local entry, as staff type it."""

    name: str
    organization_name: str
    description: str = ""
    categories: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()  # ISO 639-1 codes
    phone: str = ""
    email: str = ""
    url: str = ""
    address_1: str = ""
    city: str = ""
    state_province: str = ""
    postal_code: str = ""
    country: str = "US"
    hours: tuple[OpeningHours, ...] = ()
    is_free: bool = False
    fees_description: str = ""
    walk_in: bool = False
    eligibility_description: str = ""
    application_process: str = ""
    accessibility: str = ""


@dataclass(frozen=True)
class ServiceSummary:
    id: str
    name: str
    organization_name: str
    categories: tuple[str, ...]
    languages: tuple[str, ...]
    is_free: bool
    walk_in: bool
    open_now: bool | None  # None: no hours known
    status: str
    source: str
    city: str
    phone: str
    meeting_types: tuple[str, ...]


@dataclass(frozen=True)
class LocationView:
    id: str
    name: str
    address_lines: tuple[str, ...]
    url: str
    latitude: float | None
    longitude: float | None
    accessibility: str
    transportation: str
    # The address in parts, so a local entry's form can be filled again.
    address_1: str = ""
    city: str = ""
    state_province: str = ""
    postal_code: str = ""
    country: str = ""
    # What the file says about the place ("Basement, take the stairs on the left"; an online meeting's area).
    description: str = ""


@dataclass(frozen=True)
class PartnerInput:
    name: str
    organization_id: str | None = None
    agreement_on_file: bool = False
    agreement_start: date | None = None
    agreement_end: date | None = None
    agreement_scope: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    notes: str = ""


@dataclass(frozen=True, kw_only=True)
class PartnerView(PartnerInput):
    id: str
    version: int

    def agreement_current(self, on: date) -> bool:
        """An agreement on file whose period covers `on` (no end date: open-ended)."""
        return (self.agreement_on_file and self.agreement_start is not None and self.agreement_start <= on
                and (self.agreement_end is None or on <= self.agreement_end))

    def as_input(self) -> PartnerInput:
        return PartnerInput(self.name, self.organization_id, self.agreement_on_file, self.agreement_start,
                            self.agreement_end, self.agreement_scope, self.contact_name, self.contact_phone,
                            self.contact_email, self.notes)


@dataclass(frozen=True, kw_only=True)
class ServiceDetail(ServiceSummary):
    version: int
    organization_id: str
    description: str
    url: str
    email: str
    phones: tuple[str, ...]
    hours: tuple[OpeningHours, ...]
    hours_text: str | None  # None here: the words for hours are the UI's
    locations: tuple[LocationView, ...]
    fees_description: str
    eligibility_description: str
    application_process: str
    interpretation_services: str
    accessibility: str
    editable: bool
    partner: PartnerView | None

    def as_input(self) -> ServiceInput:
        """The entry as its edit form shows it (the first location's address)."""
        place = self.locations[0] if self.locations else None
        return ServiceInput(
            name=self.name, organization_name=self.organization_name, description=self.description,
            categories=self.categories, languages=self.languages, phone=self.phone, email=self.email,
            url=self.url, address_1=place.address_1 if place else "", city=place.city if place else "",
            state_province=place.state_province if place else "", postal_code=place.postal_code if place else "",
            country=(place.country if place and place.country else "US"), hours=self.hours,
            is_free=self.is_free, fees_description=self.fees_description, walk_in=self.walk_in,
            eligibility_description=self.eligibility_description, application_process=self.application_process,
            accessibility=self.accessibility,
        )


@dataclass(frozen=True)
class CorrectionView:
    id: str
    entity_type: str
    entity_id: str
    entity_name: str
    field_name: str
    suggestion: str
    suggested_by: str  # the staff member's display name
    suggested_at: datetime
    status: str


# -- hours --------------------------------------------------------------------------------------------------


def parse_time(value: object) -> time | None:
    """"09:00", "09:00:00", "09:00-05:00" or "09:00Z" → 09:00 (the zone is dropped: hours are local)."""
    return _parse_time(value) if isinstance(value, str) else None


@lru_cache(maxsize=4096)  # a directory repeats a few hundred distinct times; search reads them per row
def _parse_time(value: str) -> time | None:
    match = re.match(r"^\s*(\d{1,2}):(\d{2})(?::(\d{2}))?", value)
    if not match:
        return None
    hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return time(hour, minute, second)


def _parse_date(value: object) -> date | None:
    return _parse_date_text(value) if isinstance(value, str) else None


@lru_cache(maxsize=4096)
def _parse_date_text(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _byday(value: object) -> tuple[tuple[int | None, str], ...]:
    """"MO,TU" → ((None, "MO"), (None, "TU")); "1SA,-1FR" → ((1, "SA"), (-1, "FR"))."""
    return _byday_text(value) if isinstance(value, str) else ()


@lru_cache(maxsize=4096)
def _byday_text(value: str) -> tuple[tuple[int | None, str], ...]:
    days = []
    for item in value.upper().split(","):
        item = item.strip()
        day = item[-2:]
        if day not in DAYS:
            continue
        prefix = item[:-2].strip()
        try:
            days.append((int(prefix) if prefix else None, day))
        except ValueError:
            continue
    return tuple(days)


def _day_matches(schedule: dict, on: date) -> bool:
    """Whether the series `schedule` has an opening on day `on`."""
    for when in ("valid_from", "dtstart"):
        start = _parse_date(schedule.get(when))
        if start is not None and on < start:
            return False
    for when in ("valid_to", "until"):
        end = _parse_date(schedule.get(when))
        if end is not None and on > end:
            return False
    freq = str(schedule.get("freq") or "WEEKLY").upper()
    weekday = DAYS[on.weekday()]
    days = _byday(schedule.get("byday"))
    if freq == "WEEKLY":
        if weekday not in {d for _n, d in days}:
            return False
        interval = schedule.get("interval")
        dtstart = _parse_date(schedule.get("dtstart"))
        if isinstance(interval, int) and interval > 1 and dtstart is not None:
            weeks = ((on - timedelta(days=on.weekday())) - (dtstart - timedelta(days=dtstart.weekday()))).days // 7
            return weeks % interval == 0
        return True
    if freq == "MONTHLY":
        for nth, day in days:
            if day != weekday:
                continue
            if nth is None:
                return True
            if nth > 0 and (on.day - 1) // 7 + 1 == nth:
                return True
            if nth < 0 and (_days_in_month(on) - on.day) // 7 + 1 == -nth:
                return True
        return False
    return False


def _days_in_month(on: date) -> int:
    following = (on.replace(day=28) + timedelta(days=4)).replace(day=1)
    return (following - timedelta(days=1)).day


def _schedule_applies(schedule: dict, on: date) -> bool:
    """Whether the schedule says anything about day `on` (outside valid_from/valid_to the hours are unknown)."""
    start, end = _parse_date(schedule.get("valid_from")), _parse_date(schedule.get("valid_to"))
    return (start is None or on >= start) and (end is None or on <= end)


def open_now(schedules: Sequence[dict], at: datetime) -> bool | None:
    """Whether a service with these HSDS schedules is open at local time `at`; None when no hours are known.

    Overnight hours (closes_at before opens_at) run into the next morning; 23:59 as closing means to midnight.
    """
    at = at.replace(tzinfo=None)
    today, now = at.date(), at.time()
    yesterday = today - timedelta(days=1)
    known = False
    for schedule in schedules or []:
        if not isinstance(schedule, dict):
            continue
        opens, closes = parse_time(schedule.get("opens_at")), parse_time(schedule.get("closes_at"))
        if opens is None or closes is None or not _byday(schedule.get("byday")):
            continue
        if not (_schedule_applies(schedule, today) or _schedule_applies(schedule, yesterday)):
            continue
        known = True
        if closes > opens:
            end_of_day = closes >= time(23, 59)
            if _day_matches(schedule, today) and opens <= now and (now < closes or end_of_day):
                return True
        elif closes < opens:
            if _day_matches(schedule, today) and now >= opens:
                return True
            if _day_matches(schedule, yesterday) and now < closes:
                return True
    return False if known else None


def hours_from_schedules(schedules: Iterable[dict]) -> tuple[OpeningHours, ...]:
    hours = []
    for schedule in schedules or []:
        if not isinstance(schedule, dict):
            continue
        days = tuple(d for _n, d in _byday(schedule.get("byday")))
        hours.append(OpeningHours(days, parse_time(schedule.get("opens_at")), parse_time(schedule.get("closes_at")),
                                  str(schedule.get("description") or "")))
    return tuple(hours)


# -- helpers --------------------------------------------------------------------------------------------


def _new_item_id() -> str:
    return str(uuid.uuid4())


def _first_phone(phones: Sequence[dict]) -> str:
    for phone in phones or []:
        if isinstance(phone, dict) and phone.get("number"):
            return str(phone["number"])
    return ""


def _codes(languages: Iterable[dict]) -> list[str]:
    """Each language's code, or its name where a file gave a name alone ({"name": "Vietnamese"}): shown and
    filtered by as written, rather than dropped."""
    return [str(item.get("code") or item["name"]) for item in languages or []
            if isinstance(item, dict) and (item.get("code") or item.get("name"))]


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def _time_text(value: time | None) -> str | None:
    return None if value is None else value.strftime("%H:%M" if value.second == 0 else "%H:%M:%S")


def _address_lines(loc: DirectoryLocation) -> tuple[str, ...]:
    region = " ".join(p for p in (loc.state_province, loc.postal_code) if p)
    town = ", ".join(p for p in (loc.city, region) if p)
    return tuple(line for line in (loc.address_1, loc.address_2, town) if line)


def _accessibility_text(items: Iterable[dict]) -> str:
    return "\n".join(str(a.get("description") or a.get("details") or "") for a in items or []
                     if isinstance(a, dict) and (a.get("description") or a.get("details")))


def _location_view(loc: DirectoryLocation) -> LocationView:
    return LocationView(loc.id, loc.name, _address_lines(loc), loc.url, loc.latitude, loc.longitude,
                        _accessibility_text(loc.accessibility), loc.transportation, loc.address_1, loc.city,
                        loc.state_province, loc.postal_code, loc.country, loc.description or "")


def _partner_view(row: Partner) -> PartnerView:
    return PartnerView(name=row.name, organization_id=row.organization_id, agreement_on_file=row.agreement_on_file,
                       agreement_start=row.agreement_start, agreement_end=row.agreement_end,
                       agreement_scope=row.agreement_scope, contact_name=row.contact_name,
                       contact_phone=row.contact_phone, contact_email=row.contact_email, notes=row.notes,
                       id=row.id, version=row.version)


def _clean_hours(hours: Iterable[OpeningHours]) -> tuple[OpeningHours, ...]:
    cleaned = []
    for item in hours:
        days = tuple(d.upper() for d in item.byday)
        if not days or any(d not in DAYS for d in days):
            raise ValidationError("hours_invalid", field="hours")
        if (item.opens_at is None) != (item.closes_at is None) or (
                item.opens_at is not None and item.opens_at == item.closes_at):
            raise ValidationError("hours_invalid", field="hours")
        cleaned.append(OpeningHours(tuple(sorted(set(days), key=DAYS.index)), item.opens_at, item.closes_at,
                                    clean_text(item.description, "hours", 200)))
    return tuple(cleaned)


def _clean_service(data: ServiceInput) -> ServiceInput:
    languages = []
    for code in data.languages:
        code = (code or "").strip().lower()
        if not _LANGUAGE_CODE.match(code):
            raise ValidationError("language_code_invalid", field="languages")
        languages.append(code)
    url = clean_text(data.url, "url", 500)
    if url and not _URL.match(url):
        raise ValidationError("url_invalid", field="url")
    country = clean_text(data.country, "country", 2).upper()
    if country and not re.match(r"^[A-Z]{2}$", country):
        raise ValidationError("country_invalid", field="country")
    phone = check_phone(data.phone)
    return ServiceInput(
        name=clean_text(data.name, "name", 300, required=True),
        organization_name=clean_text(data.organization_name, "organization_name", 300, required=True),
        description=clean_text(data.description, "description", 10_000, multiline=True),
        categories=_unique(c for c in (clean_text(c, "categories", 100) for c in data.categories) if c),
        languages=_unique(languages),
        phone=phone,
        email=check_email(data.email),
        url=url,
        address_1=clean_text(data.address_1, "address_1", 300),
        city=clean_text(data.city, "city", 120),
        state_province=clean_text(data.state_province, "state_province", 120),
        postal_code=clean_text(data.postal_code, "postal_code", 20),
        country=country,
        hours=_clean_hours(data.hours),
        is_free=bool(data.is_free),
        fees_description=clean_text(data.fees_description, "fees_description", 2000, multiline=True),
        walk_in=bool(data.walk_in),
        eligibility_description=clean_text(data.eligibility_description, "eligibility_description", 4000,
                                           multiline=True),
        application_process=clean_text(data.application_process, "application_process", 4000, multiline=True),
        accessibility=clean_text(data.accessibility, "accessibility", 2000, multiline=True),
    )


def _clean_partner(data: PartnerInput) -> PartnerInput:
    try:
        phone = check_phone(data.contact_phone)
    except ValidationError as error:
        raise ValidationError(error.code, field="contact_phone") from error
    try:
        email = check_email(data.contact_email)
    except ValidationError as error:
        raise ValidationError(error.code, field="contact_email") from error
    if data.agreement_start and data.agreement_end and data.agreement_end < data.agreement_start:
        raise ValidationError("period_reversed", field="agreement_end")
    return PartnerInput(
        name=clean_text(data.name, "name", 300, required=True),
        organization_id=clean_text(data.organization_id, "organization_id", 36) or None,
        agreement_on_file=bool(data.agreement_on_file),
        agreement_start=data.agreement_start,
        agreement_end=data.agreement_end,
        agreement_scope=clean_text(data.agreement_scope, "agreement_scope", 4000, multiline=True),
        contact_name=clean_text(data.contact_name, "contact_name", 200),
        contact_phone=phone,
        contact_email=email,
        notes=clean_text(data.notes, "notes", 4000, multiline=True),
    )


def _like_word(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


_IN_CHUNK = 500


class _Place(NamedTuple):
    city: str
    languages: Sequence[dict]
    schedules: Sequence[dict]


def _chunks(ids: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(ids), _IN_CHUNK):
        yield ids[start:start + _IN_CHUNK]


# -- the service ---------------------------------------------------------------------------------------


# A language's code, or its name where a file gave a name alone ({"name": "Vietnamese"}); `{0}` is the element.
_SQLITE_LANGUAGE = "COALESCE(NULLIF(json_extract({0}.value, '$.code'), ''), json_extract({0}.value, '$.name'))"
_PG_LANGUAGE = "COALESCE(NULLIF({0}.value ->> 'code', ''), {0}.value ->> 'name')"
# The JSON list columns read in SQL, in each database's words: SQLite's json_each, PostgreSQL's (a hub)
# json_array_elements over the `json` type.
_SQLITE_JSON_SQL = {
    "has_category": "EXISTS (SELECT 1 FROM json_each(directory_service.categories) WHERE json_each.value = :category)",
    "has_language": (
        "(EXISTS (SELECT 1 FROM json_each(directory_service.languages) AS l "
        "WHERE " + _SQLITE_LANGUAGE.format("l") + " = :language) "
        "OR directory_service.id IN (SELECT sal.service_id FROM directory_service_at_location AS sal "
        "JOIN directory_location AS loc ON loc.id = sal.location_id, json_each(loc.languages) AS ll "
        "WHERE sal.deleted_at IS NULL AND loc.deleted_at IS NULL "
        "AND " + _SQLITE_LANGUAGE.format("ll") + " = :language))"),
    "categories": ("SELECT DISTINCT c.value FROM directory_service AS s, json_each(s.categories) AS c "
                   "WHERE s.deleted_at IS NULL"),
    "languages": (
        "SELECT " + _SQLITE_LANGUAGE.format("l") + " FROM directory_service AS s, json_each(s.languages) AS l "
        "WHERE s.deleted_at IS NULL UNION SELECT " + _SQLITE_LANGUAGE.format("l") + " "
        "FROM directory_location AS loc, json_each(loc.languages) AS l WHERE loc.deleted_at IS NULL"),
}


def _pg_elements(column: str, function: str = "json_array_elements") -> str:
    # Only lists are opened: json_array_elements refuses a JSON null or object (json_each reads them as empty).
    return f"{function}(CASE WHEN json_typeof({column}) = 'array' THEN {column} ELSE '[]'::json END)"


_PG_JSON_SQL = {
    "has_category": ("EXISTS (SELECT 1 FROM " + _pg_elements("directory_service.categories", "json_array_elements_text")
                     + " AS c(value) WHERE c.value = :category)"),
    "has_language": (
        "(EXISTS (SELECT 1 FROM " + _pg_elements("directory_service.languages") + " AS l(value) "
        "WHERE " + _PG_LANGUAGE.format("l") + " = :language) "
        "OR directory_service.id IN (SELECT sal.service_id FROM directory_service_at_location AS sal "
        "JOIN directory_location AS loc ON loc.id = sal.location_id, " + _pg_elements("loc.languages") + " AS ll(value) "
        "WHERE sal.deleted_at IS NULL AND loc.deleted_at IS NULL AND " + _PG_LANGUAGE.format("ll") + " = :language))"),
    "categories": ("SELECT DISTINCT c.value FROM directory_service AS s, "
                   + _pg_elements("s.categories", "json_array_elements_text") + " AS c(value) WHERE s.deleted_at IS NULL"),
    "languages": (
        "SELECT " + _PG_LANGUAGE.format("l") + " FROM directory_service AS s, " + _pg_elements("s.languages") + " AS l(value) "
        "WHERE s.deleted_at IS NULL UNION SELECT " + _PG_LANGUAGE.format("l") + " FROM directory_location AS loc, "
        + _pg_elements("loc.languages") + " AS l(value) WHERE loc.deleted_at IS NULL"),
}


class DirectoryService:
    def __init__(self, services: "Services") -> None:
        self._s = services

    # -- reading ----------------------------------------------------------------------------------------

    def search(self, text: str = "", *, category: str | None = None, language: str | None = None,
               open_now: bool = False, free: bool = False, walk_in: bool = False, include_inactive: bool = False,
               at: datetime | None = None, limit: int = 200) -> list[ServiceSummary]:
        """Services whose names, organisation, description, categories or city hold every typed word
        (case and accents ignored), narrowed by the filters, by name."""
        at = at or local_now().replace(tzinfo=None)  # opening hours are wall-clock times at the center
        # Only ids are read while filtering; the search column starts with the folded name, so its order is
        # the name order and the database can stop at `limit`. The page itself is then sorted by folded name.
        stmt = select(ServiceRow.id).where(col(ServiceRow.deleted_at).is_(None))
        for word in fold(text).split():
            stmt = stmt.where(col(ServiceRow.search_text).like(_like_word(word), escape="\\"))
        if not include_inactive:
            stmt = stmt.where(col(ServiceRow.status) == ServiceStatus.ACTIVE)
        if free:
            stmt = stmt.where(col(ServiceRow.is_free).is_(True))
        if walk_in:
            stmt = stmt.where(col(ServiceRow.walk_in).is_(True))
        sql = _PG_JSON_SQL if self._s.store.is_postgres else _SQLITE_JSON_SQL
        if category:
            stmt = stmt.where(sql_text(sql["has_category"]).bindparams(category=category))
        if language:
            stmt = stmt.where(sql_text(sql["has_language"]).bindparams(language=language))
        stmt = stmt.order_by(col(ServiceRow.search_text), col(ServiceRow.id))
        limit = max(0, limit)
        with self._s.store.read() as session:
            if open_now:
                ids = self._open_ids(session, list(session.exec(stmt).all()), at, limit)
            else:
                ids = list(session.exec(stmt.limit(limit)).all())
            rows: list[Any] = []
            for chunk in _chunks(ids):
                rows.extend(session.execute(
                    # SQLModel's select and exec type at most four columns; SQLAlchemy's take these twelve.
                    sa_select(col(ServiceRow.id), col(ServiceRow.name), col(DirectoryOrganization.name),
                              col(ServiceRow.categories), col(ServiceRow.languages), col(ServiceRow.is_free),
                              col(ServiceRow.walk_in), col(ServiceRow.schedules), col(ServiceRow.status),
                              col(ServiceRow.source), col(ServiceRow.phones), col(ServiceRow.meeting_types))
                    .join(DirectoryOrganization, col(DirectoryOrganization.id) == col(ServiceRow.organization_id))
                    .where(col(ServiceRow.id).in_(chunk))).all())
            places = self._place_bits(session, ids)
        rows.sort(key=lambda r: (fold(r[1]), r[0]))
        result = []
        for (sid, name, org_name, categories, languages, is_free, is_walk_in, schedules, status, source, phones,
             meeting_types) in rows:
            locs = places.get(sid, [])
            result.append(ServiceSummary(
                id=sid, name=name, organization_name=org_name, categories=tuple(categories or ()),
                languages=_unique([*_codes(languages), *(c for loc in locs for c in _codes(loc.languages))]),
                is_free=is_free, walk_in=is_walk_in, open_now=self._open(status, schedules, locs, at),
                status=status, source=source, city=locs[0].city if locs else "", phone=_first_phone(phones),
                meeting_types=tuple(meeting_types or ()),
            ))
        return result

    def _open_ids(self, session: Session, ids: list[str], at: datetime, limit: int) -> list[str]:
        """The first `limit` of `ids` (kept in order) that are open at `at`, reading hours a chunk at a time."""
        kept: list[str] = []
        for chunk in _chunks(ids):
            hours = {sid: (status, schedules) for sid, status, schedules in session.exec(
                select(ServiceRow.id, ServiceRow.status, ServiceRow.schedules).where(col(ServiceRow.id).in_(chunk)))}
            places = self._place_bits(session, [sid for sid, (_st, sch) in hours.items() if not sch])
            kept.extend(sid for sid in chunk if self._open(*hours[sid], places.get(sid, []), at))
            if len(kept) >= limit:
                break
        return kept[:limit]

    def categories(self) -> list[str]:
        """Every category a live service has, for the filter's list."""
        with self._s.store.read() as session:
            sql = _PG_JSON_SQL if self._s.store.is_postgres else _SQLITE_JSON_SQL
            found = session.execute(sql_text(sql["categories"])).all()
        return sorted({str(r[0]) for r in found if r[0]}, key=fold)

    def languages(self) -> list[str]:
        """Every language code a live service or its locations offer (a name where a file gave no code)."""
        with self._s.store.read() as session:
            sql = _PG_JSON_SQL if self._s.store.is_postgres else _SQLITE_JSON_SQL
            found = session.execute(sql_text(sql["languages"])).all()
        return sorted({str(r[0]) for r in found if r[0]})

    def organization_name(self, organization_id: str) -> str | None:
        """An organisation's name by its id (None when it is no longer in the directory)."""
        with self._s.store.read() as session:
            org = session.get(DirectoryOrganization, organization_id)
            return org.name if org is not None and org.deleted_at is None else None

    def get(self, service_id: str) -> ServiceDetail:
        with self._s.store.read() as session:
            row = self._service(session, service_id)
            org = session.get(DirectoryOrganization, row.organization_id)
            locs = self._places(session, [row.id]).get(row.id, [])
            partner = self._partner_for(session, row.organization_id)
            local_site = self._s.store.site_code
        editable = (row.source != EntrySource.HUB and row.owner_site == local_site
                    and allowed(self._s.actor.role, Action.EDIT_DIRECTORY))
        return ServiceDetail(
            id=row.id, name=row.name, organization_name=org.name if org else "",
            categories=tuple(row.categories or ()),
            languages=_unique([*_codes(row.languages), *(c for loc in locs for c in _codes(loc.languages))]),
            is_free=row.is_free, walk_in=row.walk_in, open_now=self._open(row.status, row.schedules, locs,
                                                                            local_now().replace(tzinfo=None)),
            status=row.status, source=row.source, city=locs[0].city if locs else "",
            phone=_first_phone(row.phones), meeting_types=tuple(row.meeting_types or ()),
            version=row.version, organization_id=row.organization_id, description=row.description, url=row.url,
            email=row.email,
            phones=tuple(str(p["number"]) for p in row.phones or [] if isinstance(p, dict) and p.get("number")),
            hours=hours_from_schedules(row.schedules or (locs[0].schedules if locs else [])),
            hours_text=None, locations=tuple(_location_view(loc) for loc in locs),
            fees_description=row.fees_description, eligibility_description=row.eligibility_description,
            application_process=row.application_process, interpretation_services=row.interpretation_services,
            accessibility="\n".join(t for t in (_accessibility_text(loc.accessibility) for loc in locs) if t),
            editable=editable, partner=partner,
        )

    # -- local entries --------------------------------------------------------------------------------------

    def add_local(self, data: ServiceInput) -> ServiceDetail:
        self._s.require(Action.EDIT_DIRECTORY)
        data = _clean_service(data)
        with self._s.store.write() as session:
            org = self._local_organization(session, data.organization_name, None)
            row = ServiceRow(organization_id=org.id, name=data.name, source=EntrySource.LOCAL)
            self._fill_service(row, data, org.name)
            session.add(row)
            session.flush()
            if self._has_place(data):
                self._add_location(session, row.id, org.id, data)
            self._s.audit(session, "directory_entry_added", "directory_service", row.id, {"source": row.source})
            record_change(Kind.DIRECTORY)
        return self.get(row.id)

    def update_local(self, service_id: str, data: ServiceInput, expected_version: int) -> ServiceDetail:
        self._s.require(Action.EDIT_DIRECTORY)
        data = _clean_service(data)
        with self._s.store.write() as session:
            row = self._service(session, service_id)
            if row.source == EntrySource.HUB or row.owner_site != self._s.store.site_code:
                raise RoscError("entry_from_hub")
            if row.version != expected_version:
                raise RoscError("edited_elsewhere", entity="directory_service")
            org = self._local_organization(session, data.organization_name, row)
            row.organization_id = org.id
            self._fill_service(row, data, org.name)
            session.add(row)
            locs = self._places(session, [row.id]).get(row.id, [])
            mine = [loc for loc in locs if loc.owner_site == self._s.store.site_code]
            if mine:
                self._fill_location(mine[0], data)
                session.add(mine[0])
            elif self._has_place(data):
                self._add_location(session, row.id, org.id, data)
            self._s.audit(session, "directory_entry_edited", "directory_service", row.id, {"source": row.source})
            record_change(Kind.DIRECTORY)
        return self.get(service_id)

    # -- corrections to hub entries -----------------------------------------------------------------------

    def suggest_correction(self, entity_type: str, entity_id: str, field_name: str, suggestion: str) -> str:
        """Note a correction to a hub entry; sync carries it to the hub. Gives the correction's id."""
        self._s.require(Action.REFER)
        model = _ENTITY_TYPES.get(entity_type)
        if model is None:
            raise ValidationError("choice_unknown", field="entity_type")
        field_name = clean_text(field_name, "field_name", 64)
        suggestion = clean_text(suggestion, "suggestion", 4000, multiline=True, required=True)
        with self._s.store.write() as session:
            entity = session.get(model, entity_id)  # type: ignore[arg-type]
            if entity is None or entity.deleted_at is not None:
                raise RoscError("service_not_found" if entity_type == "service" else "directory_entry_not_found")
            if entity.source != EntrySource.HUB and entity.owner_site == self._s.store.site_code:
                raise RoscError("entry_is_local")
            row = DirectoryCorrection(entity_type=entity_type, entity_id=entity_id, field_name=field_name,
                                      suggestion=suggestion, suggested_by=self._s.actor.staff_id)
            session.add(row)
            session.flush()
            self._s.audit(session, "directory_correction_suggested", entity_type, entity_id,
                          {"correction": row.id, "field": field_name})
            record_change(Kind.DIRECTORY)
            return row.id

    def corrections(self, status: str = "open") -> list[CorrectionView]:
        with self._s.store.read() as session:
            rows = session.exec(
                select(DirectoryCorrection, Staff.display_name)
                .join(Staff, col(Staff.id) == col(DirectoryCorrection.suggested_by), isouter=True)
                .where(col(DirectoryCorrection.status) == status, col(DirectoryCorrection.deleted_at).is_(None))
                .order_by(col(DirectoryCorrection.created_at), col(DirectoryCorrection.id))
            ).all()
            views = []
            for row, who in rows:
                model = _ENTITY_TYPES.get(row.entity_type)
                entity = session.get(model, row.entity_id) if model else None  # type: ignore[arg-type]
                views.append(CorrectionView(row.id, row.entity_type, row.entity_id,
                                            getattr(entity, "name", "") or "", row.field_name, row.suggestion,
                                            who or "", row.created_at, row.status))
        return views

    # -- partners -----------------------------------------------------------------------------------------

    def partners(self) -> list[PartnerView]:
        with self._s.store.read() as session:
            rows = session.exec(select(Partner).where(col(Partner.deleted_at).is_(None))).all()
        return sorted((_partner_view(r) for r in rows), key=lambda p: (fold(p.name), p.id))

    def save_partner(self, data: PartnerInput, partner_id: str | None = None,
                     expected_version: int = 0) -> PartnerView:
        self._s.require(Action.MANAGE_PARTNERS)
        data = _clean_partner(data)
        with self._s.store.write() as session:
            if data.organization_id is not None:
                org = session.get(DirectoryOrganization, data.organization_id)
                if org is None or org.deleted_at is not None:
                    raise ValidationError("choice_unknown", field="organization_id")
            if partner_id is None:
                row = Partner(name=data.name)
            else:
                found = session.get(Partner, partner_id)
                if found is None or found.deleted_at is not None:
                    raise RoscError("partner_not_found")
                if found.version != expected_version:
                    raise RoscError("edited_elsewhere", entity="partner")
                row = found
            for name in ("name", "organization_id", "agreement_on_file", "agreement_start", "agreement_end",
                         "agreement_scope", "contact_name", "contact_phone", "contact_email", "notes"):
                setattr(row, name, getattr(data, name))
            session.add(row)
            session.flush()
            self._s.audit(session, "partner_saved", "partner", row.id, {"new": partner_id is None})
            record_change(Kind.PARTNERS)
            return _partner_view(row)

    def partner_for_service(self, service_id: str) -> PartnerView | None:
        """The partner agency that runs this service (through its organisation), if the center has one."""
        with self._s.store.read() as session:
            row = self._service(session, service_id)
            return self._partner_for(session, row.organization_id)

    # -- internals -------------------------------------------------------------------------------------------

    @staticmethod
    def _service(session: Session, service_id: str) -> ServiceRow:
        row = session.get(ServiceRow, service_id)
        if row is None or row.deleted_at is not None:
            raise RoscError("service_not_found")
        return row

    @staticmethod
    def _partner_for(session: Session, organization_id: str) -> PartnerView | None:
        rows = session.exec(select(Partner).where(col(Partner.organization_id) == organization_id,
                                                  col(Partner.deleted_at).is_(None))).all()
        if not rows:
            return None
        return _partner_view(min(rows, key=lambda r: (fold(r.name), r.id)))

    @staticmethod
    def _places(session: Session, service_ids: Sequence[str]) -> dict[str, list[DirectoryLocation]]:
        """Each service's live locations, first linked first."""
        found: dict[str, list[DirectoryLocation]] = {}
        for chunk in _chunks(list(service_ids)):
            rows = session.exec(
                select(DirectoryServiceLocation.service_id, DirectoryLocation)
                .join(DirectoryLocation, col(DirectoryLocation.id) == col(DirectoryServiceLocation.location_id))
                .where(col(DirectoryServiceLocation.service_id).in_(chunk),
                       col(DirectoryServiceLocation.deleted_at).is_(None),
                       col(DirectoryLocation.deleted_at).is_(None))
                .order_by(col(DirectoryServiceLocation.created_at), col(DirectoryServiceLocation.id))
            ).all()
            for sid, loc in rows:
                found.setdefault(sid, []).append(loc)
        return found

    @staticmethod
    def _place_bits(session: Session, service_ids: Sequence[str]) -> dict[str, list[_Place]]:
        """What a search result needs of each service's locations, without loading whole rows."""
        found: dict[str, list[_Place]] = {}
        for chunk in _chunks(list(service_ids)):
            rows = session.exec(
                select(DirectoryServiceLocation.service_id, DirectoryLocation.city, DirectoryLocation.languages,
                       DirectoryLocation.schedules)
                .join(DirectoryLocation, col(DirectoryLocation.id) == col(DirectoryServiceLocation.location_id))
                .where(col(DirectoryServiceLocation.service_id).in_(chunk),
                       col(DirectoryServiceLocation.deleted_at).is_(None),
                       col(DirectoryLocation.deleted_at).is_(None))
                .order_by(col(DirectoryServiceLocation.created_at), col(DirectoryServiceLocation.id))
            ).all()
            for sid, city, languages, schedules in rows:
                found.setdefault(sid, []).append(_Place(city, languages, schedules))
        return found

    @staticmethod
    def _open(status: str, schedules: Sequence[dict], locs: Sequence[_Place | DirectoryLocation],
              at: datetime) -> bool | None:
        if status != ServiceStatus.ACTIVE:
            return False
        if schedules:
            return open_now(schedules, at)
        # HSDS may give hours on the location instead of the service.
        return open_now([s for loc in locs[:1] for s in loc.schedules or []], at)

    def _local_organization(self, session: Session, name: str, current: ServiceRow | None) -> DirectoryOrganization:
        """This site's organisation of that name (case and accents ignored): reused, renamed or created."""
        site = self._s.store.site_code
        key = fold(name)
        mine = session.exec(select(DirectoryOrganization).where(
            col(DirectoryOrganization.owner_site) == site, col(DirectoryOrganization.deleted_at).is_(None))).all()
        same = [o for o in mine if fold(o.name) == key]
        if same:
            org = min(same, key=lambda o: o.id)
            if current is not None and current.organization_id == org.id and org.name != name:
                org.name = name  # the same organisation, its spelling corrected
                session.add(org)
            return org
        if current is not None:
            org_now = session.get(DirectoryOrganization, current.organization_id)
            others = session.exec(select(ServiceRow.id).where(
                col(ServiceRow.organization_id) == current.organization_id, col(ServiceRow.id) != current.id,
                col(ServiceRow.deleted_at).is_(None))).first()
            if org_now is not None and org_now.owner_site == site and others is None:
                org_now.name = name  # a renamed organisation that runs only this service
                session.add(org_now)
                return org_now
        org = DirectoryOrganization(name=name, source=EntrySource.LOCAL)
        session.add(org)
        session.flush()
        return org

    @staticmethod
    def _fill_service(row: ServiceRow, data: ServiceInput, organization_name: str) -> None:
        row.name = data.name
        row.description = data.description
        row.url = data.url
        row.email = data.email
        row.categories = list(data.categories)
        row.is_free = data.is_free
        row.walk_in = data.walk_in
        row.fees_description = data.fees_description
        row.eligibility_description = data.eligibility_description
        row.application_process = data.application_process
        # Items keep their ids where they stay the same, so sync and exports see an edit, not a replacement.
        old_phones = [p for p in row.phones or [] if isinstance(p, dict)]
        if data.phone:
            first = dict(old_phones[0]) if old_phones else {"id": _new_item_id(), "type": "voice"}
            first["number"] = data.phone
            row.phones = [first, *old_phones[1:]]
        else:
            row.phones = old_phones[1:]
        old_languages = {str(item.get("code")): item for item in row.languages or [] if isinstance(item, dict)}
        row.languages = [
            {**old_languages.get(code, {}), "id": old_languages.get(code, {}).get("id") or _new_item_id(),
             "name": LANGUAGE_NAMES.get(code, old_languages.get(code, {}).get("name") or code), "code": code}
            for code in data.languages
        ]
        old_schedules = [s for s in row.schedules or [] if isinstance(s, dict)]
        row.schedules = [
            {"id": old_schedules[i]["id"] if i < len(old_schedules) and old_schedules[i].get("id")
             else _new_item_id(), "freq": "WEEKLY", "byday": ",".join(h.byday),
             "opens_at": _time_text(h.opens_at), "closes_at": _time_text(h.closes_at), "description": h.description}
            for i, h in enumerate(data.hours)
        ]
        old_free = [c for c in row.cost_options or [] if isinstance(c, dict) and c.get("amount") == 0]
        row.cost_options = ([{"id": old_free[0]["id"] if old_free else _new_item_id(), "option": "Free",
                              "amount": 0, "currency": "USD"}] if data.is_free else [])
        row.search_text = search_text_for([row.name, row.alternate_name, organization_name, row.description,
                                           *row.categories, data.city])

    @staticmethod
    def _has_place(data: ServiceInput) -> bool:
        return any((data.address_1, data.city, data.postal_code, data.accessibility))

    def _add_location(self, session: Session, service_id: str, organization_id: str, data: ServiceInput) -> None:
        loc = DirectoryLocation(organization_id=organization_id, location_type="physical",
                                source=EntrySource.LOCAL)
        self._fill_location(loc, data)
        session.add(loc)
        session.flush()
        session.add(DirectoryServiceLocation(service_id=service_id, location_id=loc.id, source=EntrySource.LOCAL))

    @staticmethod
    def _fill_location(loc: DirectoryLocation, data: ServiceInput) -> None:
        loc.address_1 = data.address_1
        loc.city = data.city
        loc.state_province = data.state_province
        loc.postal_code = data.postal_code
        loc.country = data.country
        old = [a for a in loc.accessibility or [] if isinstance(a, dict)]
        loc.accessibility = ([{"id": old[0]["id"] if old and old[0].get("id") else _new_item_id(),
                               "description": data.accessibility}] if data.accessibility else [])


# -- the synthetic sample directory (demo database; loaded by rosc_desktop.sync.sample_directory) -----------


def read_sample_directory() -> list[dict[str, Any]]:
    """The sample directory shipped with the app: an HSDS 3.0 JSON array of organisations with services."""
    path = resources.files("rosc_desktop") / "resources" / SAMPLE_RESOURCE
    return json.loads(path.read_text(encoding="utf-8"))


__all__ = ["HUB_SITE", "CorrectionView", "DirectoryService", "LocationView", "OpeningHours", "PartnerInput",
           "PartnerView", "ServiceDetail", "ServiceInput", "ServiceSummary",
           "hours_from_schedules", "open_now", "read_sample_directory"]
