"""Open Referral HSDS 3.0 interchange: the JSON form, the mapping shared with the tabular package, entry points.

Reading turns a file into a `ParsedDirectory` (services/directory_import.py), which the import service
compares with the database; writing serialises the directory the export service hands over. The tabular
data package (CSV files + datapackage.json) lives in sync/hsds_package.py and uses the mapping defined here.

JSON read: a single object, an array, or a Page (`{"contents": [...]}`). Each object is read as what it is,
told by its fields and by what the HSDS 3.0 schema requires of each kind (sync/hsds_kinds.py): an organization
(with `services[]`, `locations[]`), a service (with `organization`, `status`), a location, a
service_at_location (the official view: `service` and `location` embedded), a taxonomy or a taxonomy_term.
Taxonomies and terms have no table here: terms are kept where a service's attributes use them (an attribute
that names a term by id finds it among the file's terms), the rest is listed as not kept. An object that is no
HSDS directory object (a Meeting Guide meeting, a phone, a package descriptor) refuses the file with a detail
naming what it looks like. The same object repeated in several places (a location under the organization and
under a service_at_location) is read once; the same id with different content is a "duplicate_id" and stops
the import. Fields this app does not keep are listed in `unknown_fields` and ignored.

Addresses: a location keeps one physical address (address_1 .. country). A postal or virtual address, a
second address, `attention` and `region` have no column here and are listed as not kept rather than
written back as something they are not. Opening times are kept as HH:MM (with the file's UTC offset, if any).

JSON write: an array of organization-view objects, ordered by id: each with its `locations[]` and
`services[]`, every service with its `service_at_locations[]` and each of those with its `location`
embedded. A location that belongs to no organisation and serves no service is not written; a link to a row
that is not exported (a tombstoned organisation) is not written either (`consistent`).

Our filters come from HSDS content: `categories` from the names of the service's attribute taxonomy terms,
`walk_in` from a term named walk-in, `is_free` from cost options (none with an amount above 0) or "free" in
the fee text, `meeting_types` from terms of the "Meeting Guide types" taxonomy. An export writes attributes
or a cost option for filters that local entries set without them, with ids derived from the service id, so
export -> import -> export gives the same file.

Reading is bounded by sync/bounded.py (bytes really read, JSON depth, zip members).

At some 700 lines this module is longer than most: the JSON reader and writer are one mapping with the parts
the package and Meeting Guide readers import from here (field lists, the collector, derived ids, filters,
the location record). The tabular package (sync/hsds_package.py) and telling kinds of objects apart
(sync/hsds_kinds.py) are modules of their own.
"""
from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterable
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeGuard

from rosc_desktop.errors import RoscError
from rosc_desktop.services import directory_import as di
from rosc_desktop.services.directory_import import ImportPlan, ImportProblem, ImportResult, ParsedDirectory
from rosc_desktop.services.directory_text import (
    CATEGORY_TAXONOMY,
    MEETING_TYPES_TAXONOMY,
    filters_from_attributes,
    fold,
    costs_are_free,
)
from rosc_desktop.sync import bounded
from rosc_desktop.sync.hsds_kinds import kind_of
from rosc_desktop.util_files import write_atomic

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

FORMATS = ("hsds-json", "hsds-package", "meeting-guide")
# Fixed forever: ids this app derives (addresses, synthesised attributes, Meeting Guide meetings) depend on it.
NAMESPACE = uuid.UUID("5d1f6a3c-2b0e-4c7a-9f51-8e2d7b4a6c10")

ORG_SCALARS = ("name", "alternate_name", "description", "email", "website")
SERVICE_SCALARS = ("name", "alternate_name", "description", "url", "email", "status", "interpretation_services",
                   "application_process", "fees_description", "eligibility_description", "minimum_age",
                   "maximum_age", "accreditations", "assured_date", "last_modified")
SERVICE_LISTS = ("phones", "schedules", "languages", "cost_options", "attributes", "contacts")
LOCATION_SCALARS = ("name", "description", "location_type", "url", "latitude", "longitude", "transportation")
LOCATION_LISTS = ("accessibility", "languages", "schedules", "phones")
ADDRESS_FIELDS = ("address_1", "address_2", "city", "state_province", "postal_code", "country")
_NUMBER_FIELDS = frozenset({"extension", "timezone", "count", "interval", "amount", "latitude", "longitude",
                            "minimum_age", "maximum_age"})
_STATUSES = frozenset({"active", "inactive", "defunct", "temporarily closed"})
_TIME_FIELDS = frozenset({"opens_at", "closes_at"})
LOCATION_TYPES = frozenset({"physical", "virtual"})  # HSDS 3.0's enum (3.1 adds "postal")

# HSDS 3.0 (and 3.1) fields of each object we read but do not keep: reported only when they hold something.
_KNOWN_NOT_KEPT = {
    "organization": {"tax_status", "tax_id", "year_incorporated", "legal_status", "logo", "uri",
                     "parent_organization_id", "funding", "contacts", "programs", "organization_identifiers",
                     "attributes", "metadata", "additional_websites"},
    "service": {"program_id", "wait_time", "fees", "assurer_email", "licenses", "alert", "service_areas",
                "funding", "program", "required_documents", "metadata", "additional_urls", "capacities"},
    "location": {"alternate_name", "external_identifier", "external_identifier_type", "contacts", "attributes",
                 "metadata"},
    "service_at_location": {"contacts", "phones", "schedules", "attributes", "metadata", "service_areas"},
}
_STRUCTURE = {
    "organization": {"id", "services", "locations", "phones", "last_modified", *ORG_SCALARS},
    "service": {"id", "organization_id", "organization", "service_at_locations", *SERVICE_SCALARS, *SERVICE_LISTS},
    "location": {"id", "organization_id", "addresses", *LOCATION_SCALARS, *LOCATION_LISTS},
    "service_at_location": {"id", "service_id", "location_id", "location", "service", "description"},
}


# -- entry points for the UI and the CLI ---------------------------------------------------------------------

def read_file(path: Path, fmt: str, *, feed: str | None = None) -> ParsedDirectory:
    path = Path(path)
    if fmt == "hsds-json":
        return read_json(path)
    if fmt == "hsds-package":
        from rosc_desktop.sync.hsds_package import read_package

        return read_package(path)
    if fmt == "meeting-guide":
        from rosc_desktop.sync.meeting_guide import read_meeting_guide

        return read_meeting_guide(path, feed=feed)
    return di.blocked("unsupported_format", path.name, fmt)


def default_source(fmt: str) -> str:
    return "meeting_guide" if fmt == "meeting-guide" else "local"


def preview_file(services: "Services", path: Path, fmt: str, source: str | None = None, *,
                 feed: str | None = None) -> ImportPlan:
    """Read the file and say what importing it would change. Writes nothing."""
    return services.directory_import.plan(read_file(path, fmt, feed=feed), source or default_source(fmt))


def import_file(services: "Services", path: Path, fmt: str, source: str | None = None, *,
                skip_unreadable: bool = False, feed: str | None = None) -> ImportResult:
    """Read, plan and apply in one go (RoscError "import_blocked" / "import_has_problems" when refused)."""
    importer = services.directory_import
    plan = importer.plan(read_file(path, fmt, feed=feed), source or default_source(fmt))
    return importer.apply(plan, skip_unreadable=skip_unreadable)


def export_file(services: "Services", path: Path, fmt: str) -> None:
    records = services.directory_import.export_records()
    if fmt == "hsds-json":
        write_json(records, Path(path))
    elif fmt == "hsds-package":
        from rosc_desktop.sync.hsds_package import write_package

        write_package(records, Path(path))
    else:
        raise RoscError("unsupported_format", format=fmt)


def read_package(path: Path) -> ParsedDirectory:
    from rosc_desktop.sync import hsds_package

    return hsds_package.read_package(path)


def write_package(records: ParsedDirectory, path: Path) -> None:
    from rosc_desktop.sync import hsds_package

    hsds_package.write_package(records, path)


def package_files(records: ParsedDirectory) -> dict[str, bytes]:
    from rosc_desktop.sync import hsds_package

    return hsds_package.package_files(records)


# -- shared helpers ------------------------------------------------------------------------------------------

def derived_id(*parts: str) -> str:
    return str(uuid.uuid5(NAMESPACE, ":".join(parts)))


def is_uuid(value: Any) -> TypeGuard[str]:
    if not isinstance(value, str):
        return False
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def _number(value: Any) -> Any:
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        try:
            value = float(text)
        except ValueError:
            return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _clean_item(raw: Any, drop: Iterable[str] = ()) -> dict[str, Any] | None:
    """A nested HSDS item as we keep it: without the link to the parent it sits in, without empty values,
    numbers as int when whole, so JSON and CSV give the same thing back."""
    if not isinstance(raw, dict):
        return None
    out: dict[str, Any] = {}
    for key, value in raw.items():
        if key in drop:
            continue
        if isinstance(value, dict):
            value = _clean_item(value)
        elif isinstance(value, list):
            value = [v for v in (_clean_item(x) if isinstance(x, dict) else x for x in value) if v not in (None, "")]
        elif key in _NUMBER_FIELDS:
            value = _number(value)
        elif key in _TIME_FIELDS and isinstance(value, str):
            value = clock_time(value) or value
        if value in (None, "", [], {}):
            continue
        out[key] = value
    return out


def parse_time(value: Any) -> time | None:
    """An HSDS opening time ("19:00", "19:00:00", "09:00-05:00", "09:00Z"), or None when it is not one."""
    if isinstance(value, time):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return time.fromisoformat(value.strip())
    except ValueError:
        return None


def clock_time(value: Any) -> str | None:
    """The time as this app keeps it: HH:MM (HSDS JSON's form), seconds only when there are some, the UTC offset
    when the file gives one. JSON and the package (which must write HH:MM:SS) then read back the same value."""
    parsed = parse_time(value)
    if parsed is None:
        return None
    return parsed.isoformat(timespec="seconds" if parsed.second or parsed.microsecond else "minutes")


def _items(raw: Any, parent_id: str, field_name: str, drop: Iterable[str]) -> list[dict[str, Any]]:
    if not isinstance(raw, list):
        return []
    items = []
    for index, entry in enumerate(raw):
        item = _clean_item(entry, drop)
        if item is None:
            continue
        if not item.get("id"):
            item = {"id": derived_id(parent_id, field_name, str(index)), **item}
        items.append(item)
    return items


def _text(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


def _term(attribute: dict[str, Any]) -> dict[str, Any]:
    term = attribute.get("taxonomy_term")
    return term if isinstance(term, dict) else {}


def derive_filters(record: dict[str, Any]) -> None:
    """Set categories, walk_in, is_free and meeting_types from the service's HSDS content."""
    categories, walk_in, meeting_types = filters_from_attributes(record.get("attributes", []))
    record["categories"] = categories
    record["meeting_types"] = meeting_types
    record["walk_in"] = walk_in
    record["is_free"] = costs_are_free(record.get("cost_options", []), record.get("fees_description", ""))


def _attribute(service_id: str, name: str, taxonomy: str, code: str = "") -> dict[str, Any]:
    term: dict[str, Any] = {"id": derived_id("term", taxonomy, code or fold(name)), "name": name,
                            "description": name, "taxonomy": taxonomy}
    if code:
        term["code"] = code
    return {"id": derived_id(service_id, "attribute", taxonomy, code or fold(name)), "link_entity": "service",
            "link_type": "category" if taxonomy == CATEGORY_TAXONOMY else "type",
            "taxonomy_term_id": term["id"], "taxonomy_term": term}


def service_attributes(record: dict[str, Any]) -> list[dict[str, Any]]:
    """The service's attributes plus those its filters need so an import gives the filters back."""
    attributes = list(record.get("attributes", []))
    probe: dict[str, Any] = {"attributes": attributes}
    derive_filters(probe)
    for name in record.get("categories", []):
        if name not in probe["categories"]:
            attributes.append(_attribute(record["id"], name, CATEGORY_TAXONOMY))
    if record.get("walk_in") and not probe["walk_in"]:
        attributes.append(_attribute(record["id"], "Walk-in", CATEGORY_TAXONOMY))
    from rosc_desktop.sync.meeting_types import TYPE_NAMES

    for code in record.get("meeting_types", []):
        if code not in probe["meeting_types"]:
            attributes.append(_attribute(record["id"], TYPE_NAMES.get(code, code), MEETING_TYPES_TAXONOMY, code))
    return attributes


def service_cost_options(record: dict[str, Any]) -> list[dict[str, Any]]:
    options = list(record.get("cost_options", []))
    if record.get("is_free") and not costs_are_free(options, record.get("fees_description", "")):
        options.append({"id": derived_id(record["id"], "cost_option", "free"), "option": "Free", "amount": 0})
    return options


def exported_items(items: list[dict[str, Any]], parent_id: str, key: str) -> list[dict[str, Any]]:
    """Nested items with HSDS-valid ids: a short local id ("p1") becomes a uuid derived from it."""
    return [item if is_uuid(item.get("id")) else {**item, "id": derived_id(parent_id, key, _text(item.get("id")))}
            for item in items]


def _iso(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


# -- reading: JSON -------------------------------------------------------------------------------------------

class _Collector:
    """Gathers records by id, merging repeats and reporting conflicts."""

    def __init__(self, file: str, line_of: dict[str, int]) -> None:
        self.file = file
        self.line_of = line_of
        self.records: dict[str, dict[str, dict[str, Any]]] = {k: {} for k in di.KINDS}
        self.problems: list[ImportProblem] = []
        self.unknown: set[str] = set()
        self.bad: set[str] = set()

    def line(self, object_id: Any) -> int | None:
        return self.line_of.get(object_id) if isinstance(object_id, str) else None

    def problem(self, line: int | None, code: str, detail: str, file: str | None = None) -> None:
        self.problems.append(ImportProblem(line, file or self.file, code, detail))

    def check_fields(self, kind: str, raw: dict[str, Any]) -> None:
        for key, value in raw.items():
            if key in _STRUCTURE[kind]:
                continue
            if key in _KNOWN_NOT_KEPT[kind] and value in (None, "", [], {}):
                continue
            self.unknown.add(f"{kind}.{key}")

    def add(self, kind: str, record: dict[str, Any], line: int | None, where: str) -> bool:
        object_id = record.get("id")
        if not is_uuid(object_id):
            self.problem(line, "bad_id", f"{where}: {kind} id {str(object_id)[:40]!r}")
            return False
        record["_line"] = line
        record["_file"] = record.get("_file") or self.file
        seen = self.records[kind].get(object_id)
        if seen is None:
            self.records[kind][object_id] = record
            return True
        for key, value in record.items():
            if key.startswith("_"):
                continue
            old = seen.get(key)
            if value in (None, "", [], False):
                continue
            if old in (None, "", [], False):
                seen[key] = value
            elif old != value:
                self.problem(line, "duplicate_id", f"{where}: {kind} {object_id} ({key})")
                return False
        return True

    def parsed(self) -> ParsedDirectory:
        out = ParsedDirectory(problems=self.problems, unknown_fields=self.unknown, file=self.file)
        for kind in di.KINDS:
            out.records(kind).extend(self.records[kind].values())
        return out


def _id_lines(text: str) -> dict[str, int]:
    """Line of each id's first appearance: cheap, and close to where the object starts."""
    lines: dict[str, int] = {}
    line, last = 1, 0
    for match in re.finditer(r'"id"\s*:\s*"([^"\\]{1,100})"', text):
        line += text.count("\n", last, match.start())
        last = match.start()
        lines.setdefault(match.group(1), line)
    return lines


def _size_problem(path: Path, size: int) -> ParsedDirectory | None:
    if size > di.MAX_FILE_BYTES:
        return di.blocked("file_too_large", path.name, f"{size // (1024 * 1024)} MB")
    return None


def refused(error: RoscError, file: str) -> ParsedDirectory:
    """A bounded read's refusal (sync/bounded.py) as the one blocking problem of the parse."""
    line = error.params.get("line")  # bounded.py's refusals carry a line number or None
    return di.blocked(error.code, str(error.params.get("file") or file), str(error.params.get("detail") or ""),
                      line=line if isinstance(line, int) else None)


def read_bytes(path: Path) -> bytes | ParsedDirectory:
    """The file's bytes, or the blocked parse saying why they were not read."""
    try:
        too_large = _size_problem(path, path.stat().st_size)
        if too_large:
            return too_large
        return bounded.read_file(path)
    except RoscError as error:
        return refused(error, path.name)
    except OSError as error:
        return di.blocked("file_unreadable", path.name, error.strerror or type(error).__name__)


def read_json(path: Path) -> ParsedDirectory:
    path = Path(path)
    data = read_bytes(path)
    return data if isinstance(data, ParsedDirectory) else parse_json_text(data, path.name)


def parse_json_text(data: bytes | str, file: str) -> ParsedDirectory:
    try:
        document, text = bounded.load_json(data, file)
    except RoscError as error:
        return refused(error, file)
    if isinstance(document, dict) and isinstance(document.get("contents"), list):
        objects = document["contents"]
    elif isinstance(document, list):
        objects = document
    elif isinstance(document, dict):
        objects = [document]
    else:
        return di.blocked("not_a_directory_file", file, "expected an object or an array", line=1)
    collect = _Collector(file, _id_lines(text))
    kinds = [kind_of(obj) for obj in objects]
    foreign = [k for k in kinds if k not in _READERS]
    if objects and len(foreign) == len(objects):
        # Nothing in the file is directory data: one sentence for the file, not one per object.
        found = sorted(dict.fromkeys(foreign))
        return di.blocked("not_a_directory_file", file, "found " + "; ".join(found[:3]), line=1)
    terms: dict[str, dict[str, Any]] = {}
    for index, (obj, kind) in enumerate(zip(objects, kinds)):
        where = f"[{index}]"
        if kind in _READERS:
            _READERS[kind](collect, obj, where, terms)
        else:
            collect.problem(collect.line(obj.get("id") if isinstance(obj, dict) else None), "not_a_directory_file",
                            f"{where}: {kind}")
    parsed = collect.parsed()
    for record in parsed.services:
        _resolve_terms(record, terms)
        derive_filters(record)
    return parsed


def _read_top_organization(collect: _Collector, raw: dict[str, Any], where: str, _terms: dict) -> None:
    _read_organization(collect, raw, where)


def _read_top_service(collect: _Collector, raw: dict[str, Any], where: str, _terms: dict) -> None:
    _read_service(collect, raw, None, where)


def _read_top_location(collect: _Collector, raw: dict[str, Any], where: str, _terms: dict) -> None:
    _read_location(collect, raw, None, where)


def _read_service_at_location(collect: _Collector, raw: dict[str, Any], where: str, _terms: dict) -> None:
    """The official service_at_location view: the link with its service (and that service's organization)
    and its location embedded, or named by service_id and location_id."""
    collect.check_fields("service_at_location", raw)
    service_id, location_id = raw.get("service_id"), raw.get("location_id")
    if isinstance(raw.get("service"), dict):
        service = raw["service"]
        # The view's service is the link's own: its service_at_locations (if any) are read with it.
        if not _read_service(collect, service, None, f"{where}.service"):
            return
        service_id = service.get("id")
    if isinstance(raw.get("location"), dict):
        location_id = _read_location(collect, raw["location"], None, f"{where}.location") or location_id
    collect.add("service_at_location", {"id": raw.get("id"), "service_id": _text(service_id),
                                        "location_id": _text(location_id),
                                        "description": _text(raw.get("description"))},
                collect.line(raw.get("id")), where)


def _read_term(collect: _Collector, raw: dict[str, Any], where: str, terms: dict) -> None:
    if is_uuid(raw.get("id")):
        terms.setdefault(raw["id"], raw)
    collect.unknown.add("taxonomy_term (kept only where a service's attributes use the term)")


def _read_taxonomy(collect: _Collector, raw: dict[str, Any], where: str, _terms: dict) -> None:
    collect.unknown.add("taxonomy (no table here: the terms services use are kept with those services)")


_READERS = {"organization": _read_top_organization, "service": _read_top_service, "location": _read_top_location,
            "service_at_location": _read_service_at_location, "taxonomy_term": _read_term,
            "taxonomy": _read_taxonomy}


def _resolve_terms(record: dict[str, Any], terms: dict[str, dict[str, Any]]) -> None:
    """An attribute that names its term by id only gets the term from the file's taxonomy_term objects."""
    for attribute in record.get("attributes", []):
        term = terms.get(attribute.get("taxonomy_term_id"))
        if term is not None and not isinstance(attribute.get("taxonomy_term"), dict):
            attribute["taxonomy_term"] = _clean_item(term, ("metadata",))


def _listed(collect: _Collector, raw: dict[str, Any], key: str, where: str, line: int | None) -> list[Any]:
    """raw[key] when it is a list; anything else there is reported (and read as no items)."""
    value = raw.get(key)
    if isinstance(value, list):
        return value
    if value not in (None, "", {}):
        collect.problem(line, "bad_value", f"{where}: {key} is not a list")
    return []


def _read_organization(collect: _Collector, raw: dict[str, Any], where: str) -> str | None:
    collect.check_fields("organization", raw)
    org_id = raw.get("id")
    line = collect.line(org_id)
    if not _text(raw.get("name")).strip():
        collect.problem(line, "missing_field", f"{where}: organization name")
        return None
    record: dict[str, Any] = {"id": org_id, **{k: _text(raw.get(k)) for k in ORG_SCALARS},
                              "last_modified": raw.get("last_modified") or None,
                              "phones": _items(raw.get("phones"), _text(org_id), "phones", ("organization_id",))}
    if not collect.add("organization", record, line, where):
        return None
    for i, loc in enumerate(_listed(collect, raw, "locations", where, line)):
        if isinstance(loc, dict):
            _read_location(collect, loc, org_id, f"{where}.locations[{i}]")
    for i, service in enumerate(_listed(collect, raw, "services", where, line)):
        if isinstance(service, dict):
            _read_service(collect, service, org_id, f"{where}.services[{i}]")
    return org_id


def _read_service(collect: _Collector, raw: dict[str, Any], org_id: str | None, where: str) -> bool:
    collect.check_fields("service", raw)
    if isinstance(raw.get("organization"), dict):
        org_id = _read_organization(collect, raw["organization"], f"{where}.organization")
        if org_id is None:
            return False
    service_id = raw.get("id")
    line = collect.line(service_id)
    if not _text(raw.get("name")).strip():
        collect.problem(line, "missing_field", f"{where}: service name")
        return False
    status = _text(raw.get("status") or "active")
    if status not in _STATUSES:
        collect.problem(line, "bad_value", f"{where}: service status {status[:30]!r}")
        return False
    record: dict[str, Any] = {"id": service_id, "organization_id": org_id or _text(raw.get("organization_id"))}
    for key in SERVICE_SCALARS:
        value = raw.get(key)
        record[key] = _number(value) if key in ("minimum_age", "maximum_age") else (
            value or None if key in ("assured_date", "last_modified") else _text(value))
    record["status"] = status
    for key in SERVICE_LISTS:
        record[key] = _items(raw.get(key), _text(service_id), key, ("service_id", "link_id"))
    if not collect.add("service", record, line, where):
        return False
    for i, sal in enumerate(_listed(collect, raw, "service_at_locations", where, line)):
        if not isinstance(sal, dict):
            continue
        sal_where = f"{where}.service_at_locations[{i}]"
        collect.check_fields("service_at_location", sal)
        location_id = sal.get("location_id")
        if isinstance(sal.get("location"), dict):
            location_id = _read_location(collect, sal["location"], None, f"{sal_where}.location") or location_id
        sal_record = {"id": sal.get("id"), "service_id": service_id, "location_id": _text(location_id),
                      "description": _text(sal.get("description"))}
        collect.add("service_at_location", sal_record, collect.line(sal.get("id")), sal_where)
    return True


def _read_location(collect: _Collector, raw: dict[str, Any], org_id: str | None, where: str) -> str | None:
    collect.check_fields("location", raw)
    location_id = raw.get("id")
    _listed(collect, raw, "addresses", where, collect.line(location_id))  # reports addresses that are no list
    record = _location_record(raw, org_id, collect.unknown)
    return location_id if collect.add("location", record, collect.line(location_id), where) else None


def _location_record(raw: dict[str, Any], org_id: str | None, not_kept: set[str] | None = None) -> dict[str, Any]:
    """The location as our row holds it. What the row has no column for is named in `not_kept`: a location type
    HSDS 3.0 does not have, addresses other than the first physical one, an address's attention and region."""
    not_kept = set() if not_kept is None else not_kept
    location_id = _text(raw.get("id"))
    record: dict[str, Any] = {"id": raw.get("id"),
                              "organization_id": org_id or raw.get("organization_id") or None}
    for key in LOCATION_SCALARS:
        value = raw.get(key)
        record[key] = _number(value) if key in ("latitude", "longitude") else _text(value)
    if record["location_type"] and record["location_type"] not in LOCATION_TYPES:
        not_kept.add(f"location.location_type {record['location_type'][:20]!r} (read as physical)")
        record["location_type"] = ""
    record["location_type"] = record["location_type"] or "physical"
    listed = raw.get("addresses")
    addresses = [a for a in listed if isinstance(a, dict)] if isinstance(listed, list) else []
    physical = [a for a in addresses if a.get("address_type") in (None, "", "physical")]
    for other in addresses:
        if other not in physical:
            not_kept.add(f"address.address_type {_text(other.get('address_type'))[:20]!r} (only a physical "
                         "address is kept)")
    if len(physical) > 1:
        not_kept.add("location.addresses (only the first physical address is kept)")
    first = physical[0] if physical else {}
    for key in ("attention", "region"):
        if _text(first.get(key)).strip():
            not_kept.add(f"address.{key}")
    for key in ADDRESS_FIELDS:
        record[key] = _text(first.get(key))
    record["country"] = record["country"][:2].upper()
    for key in LOCATION_LISTS:
        record[key] = _items(raw.get(key), location_id, key, ("location_id",))
    return record


# -- writing: JSON -------------------------------------------------------------------------------------------

def _compact(obj: dict[str, Any]) -> dict[str, Any]:
    keep = {"id", "name", "description", "status", "location_type"}
    return {k: _iso(v) for k, v in obj.items() if k in keep or v not in (None, "", [], {})}


def _address(location: dict[str, Any]) -> list[dict[str, Any]]:
    if not any(location.get(k) for k in ADDRESS_FIELDS):
        return []
    return [{"id": derived_id(location["id"], "address"), "location_id": location["id"],
             **{k: location.get(k, "") for k in ADDRESS_FIELDS}, "address_type": "physical"}]


def _location_json(location: dict[str, Any]) -> dict[str, Any]:
    out = {"id": location["id"], "location_type": location.get("location_type") or "physical",
           "organization_id": location.get("organization_id"),
           **{k: location.get(k) for k in LOCATION_SCALARS if k != "location_type"},
           "addresses": _address(location)}
    for key in LOCATION_LISTS:
        out[key] = exported_items(location.get(key, []), location["id"], key)
    return _compact(out)


def _service_json(service: dict[str, Any], sals: list[dict[str, Any]],
                  locations: dict[str, dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {"id": service["id"], "organization_id": service["organization_id"],
                           **{k: service.get(k) for k in SERVICE_SCALARS}}
    for key in SERVICE_LISTS:
        out[key] = exported_items(service.get(key, []), service["id"], key)
    out["attributes"] = exported_items(service_attributes(service), service["id"], "attributes")
    out["cost_options"] = exported_items(service_cost_options(service), service["id"], "cost_options")
    out["service_at_locations"] = [
        _compact({"id": sal["id"], "service_id": sal["service_id"], "location_id": sal["location_id"],
                  "description": sal.get("description", ""),
                  "location": _location_json(locations[sal["location_id"]])})
        for sal in sals if sal["location_id"] in locations]
    return _compact(out)


def consistent(records: ParsedDirectory) -> ParsedDirectory:
    """The records an export writes, with no link to a row that is not exported: a service whose organisation
    is not exported (a tombstoned organisation) and a service_at_location whose service or location is not
    are left out; a location's optional organisation link is dropped."""
    orgs = {o["id"] for o in records.organizations}
    services = [s for s in records.services if s.get("organization_id") in orgs]
    service_ids = {s["id"] for s in services}
    locations = [loc if not loc.get("organization_id") or loc["organization_id"] in orgs
                 else {**loc, "organization_id": None} for loc in records.locations]
    location_ids = {loc["id"] for loc in locations}
    sals = [s for s in records.service_at_locations
            if s.get("service_id") in service_ids and s.get("location_id") in location_ids]
    return ParsedDirectory(organizations=list(records.organizations), services=services, locations=locations,
                           service_at_locations=sals, file=records.file)


def to_json_documents(records: ParsedDirectory) -> list[dict[str, Any]]:
    records = consistent(records)
    locations = {loc["id"]: loc for loc in records.locations}
    sals: dict[str, list[dict[str, Any]]] = {}
    for sal in sorted(records.service_at_locations, key=lambda s: s["id"]):
        sals.setdefault(sal["service_id"], []).append(sal)
    documents = []
    for org in sorted(records.organizations, key=lambda o: o["id"]):
        doc = {"id": org["id"], **{k: org.get(k) for k in ORG_SCALARS}, "last_modified": org.get("last_modified"),
               "phones": exported_items(org.get("phones", []), org["id"], "phones"),
               "locations": [_location_json(loc) for loc in sorted(records.locations, key=lambda x: x["id"])
                             if loc.get("organization_id") == org["id"]],
               "services": [_service_json(s, sals.get(s["id"], []), locations)
                            for s in sorted(records.services, key=lambda x: x["id"])
                            if s["organization_id"] == org["id"]]}
        documents.append(_compact(doc))
    return documents


def write_json(records: ParsedDirectory, path: Path) -> None:
    text = json.dumps(to_json_documents(records), ensure_ascii=False, indent=2, sort_keys=False) + "\n"
    write_atomic(Path(path), text.encode("utf-8"), mode=0o644)
