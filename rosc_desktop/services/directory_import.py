"""Directory import: compare records read from a file with the database, show the plan, apply it at once.

The readers in `rosc_desktop.sync` (HSDS JSON, the HSDS tabular package, Meeting Guide) turn a file into a
`ParsedDirectory`: plain dicts whose keys are our tables' columns (HSDS 3.0 names), plus the problems met
while reading. This module never reads files itself, so it knows nothing of formats.

Rules an import keeps:
- nothing changes before the person has seen the plan (`plan()` only reads);
- `apply()` writes in ONE transaction; a blocking problem (a malformed file, duplicate ids, a file too
  large) means nothing is written; rows that could not be read are skipped only when the caller says so;
  a warning (an optional link that points nowhere: the link is dropped, the row kept) is listed with its file
  and line but neither refuses the file nor needs the caller's say-so;
- nothing is ever deleted: a service missing from the new file stays, and referrals are never touched;
- hub imports write hub-owned rows (owner_site HUB_SITE). Those rows are a copy of the hub's data, not a
  change made here, so they are written with change capture off: they must not enter this site's outbox
  (the hub would receive its own rows back as this center's edits) and capture would refuse them anyway
  (only the owner may change a row). Version and hlc are still stamped by hand so an open edit form notices.
- local and Meeting Guide imports write this site's rows through normal change capture, and may not
  change a hub entry (reported per row as "entry_from_hub"); a hub entry read back as it is counts as unchanged,
  so a center's own export imports again cleanly.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError as PydanticValidationError
from sqlmodel import Session, col, select

from rosc_desktop.enums import EntrySource
from rosc_desktop.errors import RoscError
from rosc_desktop.model import (
    Site,
    TrustedPeer,
    DirectoryLocation,
    DirectoryOrganization,
    DirectoryService,
    DirectoryServiceLocation,
)
from rosc_desktop.model.base import SyncedRow
from rosc_desktop.model.types import utc_now
from rosc_desktop.services.directory import HUB_SITE
from rosc_desktop.services.directory_text import search_text_for
from rosc_desktop.services.permissions import Action
from rosc_desktop.services.validation import has_lone_surrogate, neutral_text, neutral_values
from rosc_desktop.services.changes import Kind, record_change

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

MAX_FILE_BYTES = 50 * 1024 * 1024

# Problems that stop the whole import: the file as a whole cannot be trusted.
BLOCKING_CODES = frozenset({"malformed_file", "duplicate_id", "file_too_large", "file_unreadable",
                            "unsupported_format", "not_a_directory_file", "nesting_too_deep", "text_not_unicode",
                            "archive_unreadable", "archive_too_large"})

KINDS = ("organization", "service", "location", "service_at_location")
# The directory's tables: each has a `source` besides the synchronised columns.
_Entity = DirectoryOrganization | DirectoryService | DirectoryLocation | DirectoryServiceLocation
_MODELS: dict[str, type[_Entity]] = {
    "organization": DirectoryOrganization,
    "service": DirectoryService,
    "location": DirectoryLocation,
    "service_at_location": DirectoryServiceLocation,
}
_DATE_FIELDS = {"assured_date"}
_DATETIME_FIELDS = {"last_modified"}
# Columns an import writes; the rest (ids of the sync machinery, source, owner) are set here, not by files.
_SKIP_COMPARE = {"id", "owner_site", "version", "hlc", "created_at", "updated_at", "deleted_at", "source"}


@dataclass(frozen=True)
class ImportProblem:
    """Something met while reading or planning, with the file and line it comes from.

    A `warning` changes nothing about what is imported beyond what its detail says (an optional link to a
    record that is nowhere is dropped, the row kept): it is listed for the person to see, and neither refuses
    the file nor asks for --skip-unreadable."""

    line: int | None
    file: str
    code: str
    detail: str = ""
    warning: bool = False

    @property
    def blocking(self) -> bool:
        return self.code in BLOCKING_CODES and not self.warning

    def where(self) -> str:
        return f"{self.file}:{self.line}" if self.line else self.file


@dataclass
class ParsedDirectory:
    """Records read from one file, keyed by our column names (HSDS 3.0 names)."""

    organizations: list[dict[str, Any]] = field(default_factory=list)
    services: list[dict[str, Any]] = field(default_factory=list)
    locations: list[dict[str, Any]] = field(default_factory=list)
    service_at_locations: list[dict[str, Any]] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    unknown_fields: set[str] = field(default_factory=set)
    file: str = ""

    def records(self, kind: str) -> list[dict[str, Any]]:
        return {"organization": self.organizations, "service": self.services, "location": self.locations,
                "service_at_location": self.service_at_locations}[kind]


@dataclass
class ImportPlan:
    source: str
    counts: dict[str, dict[str, int]]  # kind -> {"new": n, "updated": n, "unchanged": n}
    problems: list[ImportProblem]
    unknown_fields: set[str]
    parsed: ParsedDirectory

    @property
    def blocked(self) -> bool:
        return any(p.blocking for p in self.problems)

    @property
    def refusals(self) -> list[ImportProblem]:
        """The problems that leave something out or stop the import (all but the warnings)."""
        return [p for p in self.problems if not p.warning]

    @property
    def warnings(self) -> list[ImportProblem]:
        return [p for p in self.problems if p.warning]

    @property
    def ok(self) -> bool:
        """The whole file can be imported as it is (warnings aside)."""
        return not self.refusals

    def can_apply(self, skip_unreadable: bool = False) -> bool:
        return not self.blocked and (not self.refusals or skip_unreadable)

    def total(self, what: str) -> int:
        return sum(c[what] for c in self.counts.values())


@dataclass(frozen=True)
class ImportResult:
    counts: dict[str, dict[str, int]]
    skipped: int  # problems whose rows were left out

    def total(self, what: str) -> int:
        return sum(c[what] for c in self.counts.values())


def blocked(code: str, file: str, detail: str = "", line: int | None = None) -> ParsedDirectory:
    """A parse that met a problem stopping everything."""
    return ParsedDirectory(problems=[ImportProblem(line, file, code, detail)], file=file)


class DirectoryImportService:
    def __init__(self, services: "Services") -> None:
        self._s = services

    def _require_edit(self) -> None:
        # EDIT_DIRECTORY is the directory's own permission (coordinators and admins).
        self._s.require(Action.EDIT_DIRECTORY)

    # -- plan -------------------------------------------------------------------------------------------

    def plan(self, parsed: ParsedDirectory, source: str) -> ImportPlan:
        """What an import would change; reads only."""
        self._require_edit()
        source = EntrySource(source)
        with self._s.store.read() as session, session.no_autoflush:
            counts, problems, _writes = self._compare(session, parsed, source)
        # Details and field names quote the file; shown on screen and in a terminal, they must not carry its
        # control or direction characters (an escape sequence, a line that reads backwards).
        shown = [ImportProblem(p.line, neutral_text(p.file), p.code, neutral_text(p.detail), p.warning)
                 for p in parsed.problems + problems]
        return ImportPlan(source=source, counts=counts, problems=shown,
                          unknown_fields={neutral_text(f) for f in parsed.unknown_fields}, parsed=parsed)

    def apply(self, plan: ImportPlan, *, skip_unreadable: bool = False, stand_in: bool = False) -> ImportResult:
        """Write the plan in one transaction. Refused with RoscError when the plan has blocking problems,
        or problems at all unless `skip_unreadable`.

        `stand_in` (a hub plan only: the demo's sample directory) writes the rows as HUB_SITE's even at a hub,
        and elsewhere leaves them at version 0 and unstamped, so the real hub's rows replace the copy when its
        first bundle comes instead of being queued as a conflict with it."""
        self._require_edit()
        if plan.blocked:
            raise RoscError("import_blocked", problems=len(plan.refusals))
        if plan.refusals and not skip_unreadable:
            raise RoscError("import_has_problems", problems=len(plan.refusals))
        source = EntrySource(plan.source)
        with self._s.store.write() as session:
            # Compared again inside the write lock: the database may have moved since the preview.
            counts, found, writes = self._compare(session, plan.parsed, source)
            problems = [p for p in found if not p.warning]
            if any(p.blocking for p in problems) or (problems and not skip_unreadable):
                raise RoscError("import_has_problems", problems=len(problems))
            # At a hub, the hub's file is the hub's own data: owned here and captured, so bundles carry it out.
            hub = source == EntrySource.HUB and not _local_is_hub(session)
            if hub:
                session.info["capture_off"] = True
            for kind in KINDS:  # parents before children, for the foreign keys
                for existing, values in writes[kind]:
                    is_new = existing is None
                    row: SyncedRow
                    if existing is None:
                        row = _MODELS[kind](**{k: v for k, v in values.items() if k not in _SKIP_COMPARE - {"id"}},
                                            source=str(source),
                                            owner_site=HUB_SITE if hub or stand_in else self._s.store.site_code or "")
                    else:
                        row = existing
                        for k, v in values.items():
                            setattr(row, k, v)
                    if hub and not stand_in:
                        row.version = (row.version or 0) + 1
                        row.hlc = self._s.store.clock.now()
                        if not is_new:
                            row.updated_at = utc_now()
                    session.add(row)
                session.flush()
            if hub:
                session.info.pop("capture_off", None)
            skipped = len([p for p in plan.parsed.problems if not p.warning]) + len(problems)
            self._s.audit(session, "directory_sample_loaded" if stand_in else "directory_import", "directory", "", {
                "source": str(source),
                **{f"{kind}_{what}": counts[kind][what] for kind in KINDS for what in ("new", "updated")},
                "skipped": skipped,
            })
            record_change(Kind.DIRECTORY)
        return ImportResult(counts=counts, skipped=skipped)

    def _compare(self, session: Session, parsed: ParsedDirectory, source: EntrySource
                 ) -> tuple[dict[str, dict[str, int]], list[ImportProblem],
                            dict[str, list[tuple[SyncedRow | None, dict[str, Any]]]]]:
        counts = {kind: {"new": 0, "updated": 0, "unchanged": 0} for kind in KINDS}
        problems: list[ImportProblem] = []
        writes: dict[str, list[tuple[SyncedRow | None, dict[str, Any]]]] = {kind: [] for kind in KINDS}
        local_site = self._s.store.site_code or ""
        hub = source == EntrySource.HUB and not _local_is_hub(session)
        hub_owners = _hub_owners(session)
        org_names = {o["id"]: o.get("name", "") for o in parsed.organizations}
        city_of_service = _cities(parsed)
        present: dict[str, set[str]] = {kind: set() for kind in KINDS}
        for kind in KINDS:
            model = _MODELS[kind]
            for record in parsed.records(kind):
                link_problem = self._missing_link(session, kind, record, present, parsed.file)
                if link_problem is not None:
                    problems.append(link_problem)
                    if not link_problem.warning:
                        continue
                    record = {**record, "organization_id": None}  # the optional link that points nowhere
                try:
                    values = _row_values(model, record, local_site)
                except _BadRow as bad:
                    # The field's name only: never the value, which may be what could not be shown.
                    problems.append(ImportProblem(record.get("_line"), record.get("_file") or parsed.file,
                                                  bad.code, f"{kind} {bad.field}"))
                    continue
                if kind == "service":
                    org_name = org_names.get(values["organization_id"])
                    if org_name is None:
                        org = session.get(DirectoryOrganization, values["organization_id"])
                        org_name = org.name if org else ""
                    values["search_text"] = search_text_for([
                        values.get("name", ""), values.get("alternate_name", ""), org_name,
                        values.get("description", ""), *values.get("categories", []),
                        city_of_service.get(values["id"], "")])
                existing = session.get(model, values["id"])
                if existing is not None:
                    owner_is_hub = existing.owner_site in hub_owners
                    if hub and not owner_is_hub:
                        problems.append(ImportProblem(record.get("_line"), record.get("_file") or parsed.file,
                                                      "hub_file_over_local",
                                                      f"{kind} {values['id']}"))
                        continue
                    changed = {k: v for k, v in values.items()
                               if k not in _SKIP_COMPARE and getattr(existing, k) != v}
                    if not hub and existing.owner_site != local_site and changed:
                        # Only a change is refused: the same entry read back (this center's own export of its
                        # directory, which holds the hub's entries too) is simply unchanged.
                        problems.append(ImportProblem(record.get("_line"), record.get("_file") or parsed.file,
                                                      "entry_from_hub",
                                                      f"{kind} {values['id']}"))
                        continue
                    present[kind].add(values["id"])
                    if not changed:
                        counts[kind]["unchanged"] += 1
                        continue
                    counts[kind]["updated"] += 1
                    writes[kind].append((existing, changed))
                else:
                    present[kind].add(values["id"])
                    counts[kind]["new"] += 1
                    writes[kind].append((None, values))
        return counts, problems, writes

    @staticmethod
    def _missing_link(session: Session, kind: str, record: dict[str, Any], present: dict[str, set[str]],
                      file: str) -> ImportProblem | None:
        """The first link of the record that points at nothing, or None. HSDS requires a service's organization
        and both ends of a service_at_location: without them the row is refused. A location's organization is
        optional: the row is kept without the link, and a warning says so."""
        links: list[tuple[str, str, type[SyncedRow]]] = []
        optional = kind == "location"
        if kind == "service":
            links = [("organization_id", "organization", DirectoryOrganization)]
        elif kind == "location" and record.get("organization_id"):
            links = [("organization_id", "organization", DirectoryOrganization)]
        elif kind == "service_at_location":
            links = [("service_id", "service", DirectoryService), ("location_id", "location", DirectoryLocation)]
        for column, target, model in links:
            target_id = record.get(column)
            if target_id is not None and not isinstance(target_id, str):
                return ImportProblem(record.get("_line"), record.get("_file") or file, "bad_value",
                                     f"{kind} {column}", warning=optional)
            if target_id and (target_id in present[target] or session.get(model, target_id) is not None):
                continue
            kept = " (link left out, row kept)" if optional else ""
            return ImportProblem(record.get("_line"), record.get("_file") or file, "broken_link",
                                 f"{kind} {record.get('id')}: {column} {target_id or '(empty)'}{kept}",
                                 warning=optional)
        return None

    # -- export -----------------------------------------------------------------------------------------

    def export_records(self) -> ParsedDirectory:
        """Every live directory row (hub and local), as records in our column names, in a stable order."""
        out = ParsedDirectory()
        with self._s.store.read() as session:
            for kind in KINDS:
                model = _MODELS[kind]
                rows = session.exec(select(model).where(col(model.deleted_at).is_(None))
                                    .order_by(col(model.id))).all()
                out.records(kind).extend(_as_record(row) for row in rows)
        return out


def _cities(parsed: ParsedDirectory) -> dict[str, str]:
    city_of_location = {loc["id"]: loc.get("city", "") for loc in parsed.locations}
    cities: dict[str, str] = {}
    for sal in parsed.service_at_locations:
        city = city_of_location.get(sal.get("location_id", ""), "")
        if city and sal.get("service_id") not in cities:
            cities[sal["service_id"]] = city
    return cities


def _with_code(language: Any) -> Any:
    """A language a file names without its code ({"name": "Vietnamese"}) given the code we know for that name, so
    it is one language with the coded ones in the Directory's filter; a name we do not know stays as written."""
    if isinstance(language, dict) and not language.get("code") and isinstance(language.get("name"), str):
        from rosc_desktop.services.directory import LANGUAGE_NAMES

        code = {name.casefold(): code for code, name in LANGUAGE_NAMES.items()}.get(language["name"].strip().casefold())
        if code:
            return {**language, "code": code}
    return language


class _BadRow(Exception):
    def __init__(self, code: str, field: str) -> None:
        super().__init__(code)
        self.code = code
        self.field = field


def _row_values(model: type[SyncedRow], record: dict[str, Any], site: str) -> dict[str, Any]:
    """The record's column values as the database will hold them, or _BadRow naming the field at fault.

    Whatever the reader, rows from a file reach the database only through here: a lone surrogate (no
    database or PDF can hold it) refuses the row; control and bidirectional-override characters are dropped
    (they would reorder or hide a name on screen and on paper); numbers must fit a column; and every value
    passes the model's own validation, so a wrong type or an over-long name is a problem in the plan, not
    an error in the middle of the import."""
    values = {k: v for k, v in record.items() if not k.startswith("_")}
    for key, value in values.items():
        bad = _bad_leaf(value)
        if bad is not None:
            raise _BadRow(bad, key)
    values = neutral_values(values)
    if isinstance(values.get("languages"), list):
        values["languages"] = [_with_code(item) for item in values["languages"]]
    for key in _DATE_FIELDS & values.keys():
        if isinstance(values[key], str):
            try:
                values[key] = date.fromisoformat(values[key]) if values[key] else None
            except ValueError:
                raise _BadRow("bad_value", key) from None
    for key in _DATETIME_FIELDS & values.keys():
        value = values[key]
        if isinstance(value, str):
            try:
                value = datetime.fromisoformat(value.replace("Z", "+00:00")) if value else None
            except ValueError:
                raise _BadRow("bad_value", key) from None
        if isinstance(value, datetime) and value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        values[key] = value
    for key, (low, high) in _RANGES.items():
        value = values.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))
                                  or not low <= value <= high):
            raise _BadRow("bad_value", key)
    shell = model.__new__(model)
    try:
        model.__pydantic_validator__.validate_python({"owner_site": site, **values}, self_instance=shell)
    except PydanticValidationError as error:
        where = next((e["loc"][0] for e in error.errors() if e.get("loc")), "")
        raise _BadRow("bad_value", str(where)) from None
    return {key: shell.__dict__[key] for key in values if key in shell.__dict__}  # columns only


# Columns whose numbers have a meaning to keep (a map cannot place latitude 1e300); any other number must only
# fit SQLite's 64-bit integers, which _bad_leaf checks everywhere.
_RANGES = {"latitude": (-90.0, 90.0), "longitude": (-180.0, 180.0),
           "minimum_age": (0, 1000), "maximum_age": (0, 1000)}
_LARGEST_INT = 2 ** 53  # beyond this a number no longer survives JSON in other tools


def _bad_leaf(value: Any) -> str | None:
    """"text_not_unicode" or "bad_value" for the first unusable string or number in `value` (walking nested
    lists and objects without recursion), else None."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if has_lone_surrogate(item):
                return "text_not_unicode"
        elif isinstance(item, bool) or item is None:
            continue
        elif isinstance(item, int):
            if abs(item) > _LARGEST_INT:
                return "bad_value"
        elif isinstance(item, float):
            if not math.isfinite(item):
                return "bad_value"
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, (list, tuple)):
            stack.extend(item)
    return None


_EXPORT_SKIP = {"owner_site", "version", "hlc", "created_at", "updated_at", "deleted_at", "source", "search_text"}


def _as_record(row: SyncedRow) -> dict[str, Any]:
    return {k: v for k, v in row.model_dump().items() if k not in _EXPORT_SKIP}


def _local_is_hub(session: Session) -> bool:
    site = session.exec(select(Site).where(Site.is_local == True)).first()  # noqa: E712
    return bool(site and site.is_hub)


def _hub_owners(session: Session) -> set[str]:
    """Who owns "hub" rows here: the placeholder used before any hub was enrolled, and the enrolled hub."""
    hubs = set(session.exec(select(TrustedPeer.site_code).where(TrustedPeer.role == "hub")).all())
    return {HUB_SITE, *hubs}
