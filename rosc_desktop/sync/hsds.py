"""Open Referral HSDS 3.0 interchange: JSON and the tabular data package (CSV files + datapackage.json).

Reading turns a file into a `ParsedDirectory` (services/directory_import.py), which the import service
compares with the database; writing serialises the directory the export service hands over.

JSON read: a single object, an array, or a Page (`{"contents": [...]}`) of organization-view objects (with
`services[]`) or service-view objects (with `organization`). The same object repeated in several places
(a location under the organization and under a service_at_location) is read once; the same id with
different content is a "duplicate_id" and stops the import. Fields this app does not keep are listed in
`unknown_fields` and ignored.

JSON write: an array of organization-view objects, ordered by id: each with its `locations[]` and
`services[]`, every service with its `service_at_locations[]` and each of those with its `location`
embedded. A location that belongs to no organisation and serves no service is not written.

Tabular package write: a folder, or a .zip when the path ends in ".zip", holding datapackage.json and one
CSV per object (file names as the HSDS 3.0 datapackage: organizations.csv, services.csv,
service_at_location.csv, ...). Lists nested inside a nested item (a phone's languages, a contact's phones)
have no table here and are left out of the package. Read: files are found through datapackage.json's
`resources[].path`; problems carry the CSV file name and line.

Our filters come from HSDS content: `categories` from the names of the service's attribute taxonomy terms,
`walk_in` from a term named walk-in, `is_free` from cost options (none with an amount above 0) or "free" in
the fee text, `meeting_types` from terms of the "Meeting Guide types" taxonomy. An export writes attributes
or a cost option for filters that local entries set without them, with ids derived from the service id, so
export -> import -> export gives the same file.

Reading is bounded by sync/bounded.py (bytes really read, JSON depth, zip members). This module is longer than
most because JSON and the package share one mapping (field lists, the collector, derived ids and filters):
split, each half would need the other's private rules.
"""

from __future__ import annotations

import csv
import io
import json
import re
import uuid
import zipfile
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

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
        write_package(records, Path(path))
    else:
        raise RoscError("unsupported_format", format=fmt)


# -- shared helpers ------------------------------------------------------------------------------------------

def derived_id(*parts: str) -> str:
    return str(uuid.uuid5(NAMESPACE, ":".join(parts)))


def is_uuid(value: Any) -> bool:
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
        if value in (None, "", [], {}):
            continue
        out[key] = value
    return out


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
    from rosc_desktop.sync.meeting_guide import TYPE_NAMES

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
    return di.blocked(error.code, str(error.params.get("file") or file), str(error.params.get("detail") or ""),
                      line=error.params.get("line"))  # type: ignore[arg-type]


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
    for index, obj in enumerate(objects):
        where = f"[{index}]"
        if not isinstance(obj, dict):
            collect.problem(None, "not_a_directory_file", f"{where}: not an object")
            continue
        if "organization" in obj or "status" in obj or "service_at_locations" in obj:
            _read_service(collect, obj, None, where)
        else:
            _read_organization(collect, obj, where)
    parsed = collect.parsed()
    for record in parsed.services:
        derive_filters(record)
    return parsed


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


def _read_service(collect: _Collector, raw: dict[str, Any], org_id: str | None, where: str) -> None:
    collect.check_fields("service", raw)
    if isinstance(raw.get("organization"), dict):
        org_id = _read_organization(collect, raw["organization"], f"{where}.organization")
        if org_id is None:
            return
    service_id = raw.get("id")
    line = collect.line(service_id)
    if not _text(raw.get("name")).strip():
        collect.problem(line, "missing_field", f"{where}: service name")
        return
    status = _text(raw.get("status") or "active")
    if status not in _STATUSES:
        collect.problem(line, "bad_value", f"{where}: service status {status[:30]!r}")
        return
    record: dict[str, Any] = {"id": service_id, "organization_id": org_id or _text(raw.get("organization_id"))}
    for key in SERVICE_SCALARS:
        value = raw.get(key)
        record[key] = _number(value) if key in ("minimum_age", "maximum_age") else (
            value or None if key in ("assured_date", "last_modified") else _text(value))
    record["status"] = status
    for key in SERVICE_LISTS:
        record[key] = _items(raw.get(key), _text(service_id), key, ("service_id", "link_id"))
    if not collect.add("service", record, line, where):
        return
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


def _read_location(collect: _Collector, raw: dict[str, Any], org_id: str | None, where: str) -> str | None:
    collect.check_fields("location", raw)
    location_id = raw.get("id")
    record = _location_record(raw, org_id)
    addresses = [a for a in _listed(collect, raw, "addresses", where, collect.line(location_id))
                 if isinstance(a, dict)]
    if len(addresses) > 1:
        collect.unknown.add("location.addresses (only the first is kept)")
    return location_id if collect.add("location", record, collect.line(location_id), where) else None


def _location_record(raw: dict[str, Any], org_id: str | None) -> dict[str, Any]:
    location_id = _text(raw.get("id"))
    record: dict[str, Any] = {"id": raw.get("id"),
                              "organization_id": org_id or raw.get("organization_id") or None}
    for key in LOCATION_SCALARS:
        value = raw.get(key)
        record[key] = _number(value) if key in ("latitude", "longitude") else _text(value)
    record["location_type"] = record["location_type"] or "physical"
    listed = raw.get("addresses")
    addresses = [a for a in listed if isinstance(a, dict)] if isinstance(listed, list) else []
    addresses.sort(key=lambda a: a.get("address_type") not in (None, "", "physical"))
    first = addresses[0] if addresses else {}
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


def to_json_documents(records: ParsedDirectory) -> list[dict[str, Any]]:
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


# -- the tabular package -------------------------------------------------------------------------------------

def _f(name: str, kind: str = "string", required: bool = False) -> dict[str, Any]:
    field: dict[str, Any] = {"name": name, "type": kind}
    if name == "id" or name.endswith("_id"):
        field["format"] = "uuid"
    if required or name == "id":
        field["constraints"] = {"required": True, **({"unique": True} if name == "id" else {})}
    return field


def _fk(column: str, resource: str) -> dict[str, Any]:
    return {"fields": column, "reference": {"resource": resource, "fields": "id"}}


# (resource name, file, fields, foreign keys): file names and order as the HSDS 3.0 datapackage.
RESOURCES: list[tuple[str, str, list[dict[str, Any]], list[dict[str, Any]]]] = [
    ("organization", "organizations.csv",
     [_f("id"), _f("name", required=True), _f("alternate_name"), _f("description", required=True), _f("email"),
      _f("website")], []),
    ("service", "services.csv",
     [_f("id"), _f("organization_id", required=True), _f("name", required=True), _f("alternate_name"),
      _f("description"), _f("url"), _f("email"), _f("status", required=True), _f("interpretation_services"),
      _f("application_process"), _f("fees_description"), _f("eligibility_description"),
      _f("minimum_age", "number"), _f("maximum_age", "number"), _f("accreditations"), _f("assured_date", "date"),
      _f("last_modified", "datetime")], [_fk("organization_id", "organization")]),
    ("attribute", "attributes.csv",
     [_f("id"), _f("link_id", required=True), _f("taxonomy_term_id", required=True), _f("link_type"),
      _f("link_entity", required=True), _f("value"), _f("label")], [_fk("taxonomy_term_id", "taxonomy_term")]),
    ("service_at_location", "service_at_location.csv",
     [_f("id"), _f("service_id", required=True), _f("location_id", required=True), _f("description")],
     [_fk("service_id", "service"), _fk("location_id", "location")]),
    ("location", "locations.csv",
     [_f("id"), _f("location_type", required=True), _f("url"), _f("organization_id"), _f("name"),
      _f("description"), _f("transportation"), _f("latitude", "number"), _f("longitude", "number")],
     [_fk("organization_id", "organization")]),
    ("phone", "phones.csv",
     [_f("id"), _f("location_id"), _f("service_id"), _f("organization_id"), _f("contact_id"),
      _f("service_at_location_id"), _f("number", required=True), _f("extension", "number"), _f("type"),
      _f("description")],
     [_fk("location_id", "location"), _fk("organization_id", "organization"), _fk("service_id", "service")]),
    ("contact", "contacts.csv",
     [_f("id"), _f("organization_id"), _f("service_id"), _f("service_at_location_id"), _f("location_id"),
      _f("name"), _f("title"), _f("department"), _f("email")], [_fk("service_id", "service")]),
    ("address", "addresses.csv",
     [_f("id"), _f("location_id"), _f("attention"), _f("address_1", required=True), _f("address_2"),
      _f("city", required=True), _f("region"), _f("state_province", required=True),
      _f("postal_code", required=True), _f("country", required=True), _f("address_type", required=True)],
     [_fk("location_id", "location")]),
    ("schedule", "schedules.csv",
     [_f("id"), _f("service_id"), _f("location_id"), _f("service_at_location_id"), _f("valid_from", "date"),
      _f("valid_to", "date"), _f("dtstart", "date"), _f("timezone", "number"), _f("until", "date"),
      _f("count", "number"), _f("wkst"), _f("freq"), _f("interval", "number"), _f("byday"), _f("byweekno"),
      _f("bymonthday"), _f("byyearday"), _f("description"), _f("opens_at", "time"), _f("closes_at", "time"),
      _f("schedule_link"), _f("attending_type"), _f("notes")],
     [_fk("location_id", "location"), _fk("service_id", "service")]),
    ("language", "languages.csv",
     [_f("id"), _f("service_id"), _f("location_id"), _f("phone_id"), _f("name"), _f("code"), _f("note")],
     [_fk("location_id", "location"), _fk("service_id", "service")]),
    ("accessibility", "accessibility.csv",
     [_f("id"), _f("location_id"), _f("description"), _f("details"), _f("url")], [_fk("location_id", "location")]),
    ("taxonomy_term", "taxonomy_terms.csv",
     [_f("id"), _f("code"), _f("name", required=True), _f("description", required=True), _f("parent_id"),
      _f("taxonomy"), _f("language"), _f("taxonomy_id"), _f("term_uri")], []),
    ("cost_option", "cost_options.csv",
     [_f("id"), _f("service_id", required=True), _f("valid_from", "date"), _f("valid_to", "date"), _f("option"),
      _f("currency"), _f("amount", "number"), _f("amount_description")], [_fk("service_id", "service")]),
]
_COLUMNS = {name: [f["name"] for f in fields] for name, _p, fields, _k in RESOURCES}
_REQUIRED = {name: [f["name"] for f in fields if f.get("constraints", {}).get("required")]
             for name, _p, fields, _k in RESOURCES}


def datapackage() -> dict[str, Any]:
    return {
        "name": "human_services_data", "title": "Human Services Data Specification",
        "profile": "tabular-data-package", "version": "3.0.0", "homepage": "http://docs.openreferral.org",
        "resources": [
            {"name": name, "path": file, "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
             "profile": "tabular-data-resource",
             "schema": {"primaryKey": "id", "fields": fields, **({"foreignKeys": keys} if keys else {})}}
            for name, file, fields, keys in RESOURCES],
    }


def _csv_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return _text(_iso(value))


def package_tables(records: ParsedDirectory) -> dict[str, list[dict[str, Any]]]:
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in _COLUMNS}
    terms: dict[str, dict[str, Any]] = {}
    rows["organization"] = [dict(o) for o in records.organizations]
    for org in sorted(records.organizations, key=lambda o: o["id"]):
        rows["phone"] += [{**p, "organization_id": org["id"]}
                          for p in exported_items(org.get("phones", []), org["id"], "phones")]
    for service in sorted(records.services, key=lambda x: x["id"]):
        sid = service["id"]
        rows["service"].append(dict(service))
        for key, table in (("phones", "phone"), ("schedules", "schedule"), ("languages", "language"),
                           ("contacts", "contact")):
            rows[table] += [{**item, "service_id": sid} for item in exported_items(service.get(key, []), sid, key)]
        rows["cost_option"] += [{**item, "service_id": sid}
                                for item in exported_items(service_cost_options(service), sid, "cost_options")]
        for attribute in exported_items(service_attributes(service), sid, "attributes"):
            term = _term(attribute)
            if term.get("id"):
                terms.setdefault(term["id"], term)
            rows["attribute"].append({**attribute, "link_id": sid, "link_entity": attribute.get("link_entity")
                                      or "service", "taxonomy_term_id": attribute.get("taxonomy_term_id")
                                      or term.get("id")})
    for location in sorted(records.locations, key=lambda x: x["id"]):
        lid = location["id"]
        rows["location"].append(dict(location))
        rows["address"] += _address(location)
        for key, table in (("phones", "phone"), ("schedules", "schedule"), ("languages", "language"),
                           ("accessibility", "accessibility")):
            rows[table] += [{**item, "location_id": lid} for item in exported_items(location.get(key, []), lid, key)]
    rows["service_at_location"] = [dict(s) for s in records.service_at_locations]
    rows["taxonomy_term"] = list(terms.values())
    # Main tables by id; nested items stay in their parent's order (services and locations are already in id
    # order), so a package gives hours, languages and categories back in the order they had.
    for name in di.KINDS:
        rows[name].sort(key=lambda r: _text(r.get("id")))
    return rows


def package_files(records: ParsedDirectory) -> dict[str, bytes]:
    files = {"datapackage.json": (json.dumps(datapackage(), indent=2) + "\n").encode("utf-8")}
    tables = package_tables(records)
    for name, file, _fields, _keys in RESOURCES:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(_COLUMNS[name])
        for row in tables[name]:
            writer.writerow([_csv_value(row.get(c)) for c in _COLUMNS[name]])
        files[file] = buffer.getvalue().encode("utf-8")
    return files


def write_package(records: ParsedDirectory, path: Path) -> None:
    """A folder of CSV files, or one .zip file when `path` ends in .zip."""
    path = Path(path)
    files = package_files(records)
    if path.suffix.lower() == ".zip":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in files.items():
                info = zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0))  # same bytes for the same data
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, data)
        write_atomic(path, buffer.getvalue(), mode=0o644)
        return
    path.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        write_atomic(path / name, data, mode=0o644)


class _PackageSource:
    """The files of a package: a folder, a folder's datapackage.json, or a .zip."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.archive: zipfile.ZipFile | None = None
        # One budget for every file of the package: what is really read, not what the zip declares.
        self.budget = bounded.Budget(path.name)
        if path.is_file() and path.suffix.lower() == ".zip":
            self.archive = bounded.open_zip(path)
            self.folder = ""
            names = self.archive.namelist()
            # A zip of the folder holds "name/datapackage.json".
            nested = [n for n in names if n.endswith("/datapackage.json")]
            if "datapackage.json" not in names and nested:
                self.folder = nested[0][: -len("datapackage.json")]
        elif path.is_file():
            self.path = path.parent

    def size(self) -> int:
        if self.archive is not None:
            return sum(i.file_size for i in self.archive.infolist())
        return sum(p.stat().st_size for p in self.path.iterdir() if p.is_file())

    def read(self, name: str) -> bytes | None:
        if ".." in Path(name).parts or Path(name).is_absolute():
            return None
        if self.archive is not None:
            return bounded.read_member(self.archive, self.folder + name, self.budget)
        try:
            return bounded.read_file(self.path / name, self.budget)
        except (OSError, ValueError):  # ValueError: a NUL in the name the descriptor gives
            return None

    def close(self) -> None:
        if self.archive is not None:
            self.archive.close()


def read_package(path: Path) -> ParsedDirectory:
    path = Path(path)
    try:
        source = _PackageSource(path)
    except RoscError as error:
        return refused(error, path.name)
    except OSError as error:
        return di.blocked("file_unreadable", path.name, error.strerror or type(error).__name__)
    try:
        too_large = _size_problem(path, source.size())
        if too_large:
            return too_large
        return _read_package(source)
    except RoscError as error:
        return refused(error, path.name)
    except OSError as error:
        return di.blocked("file_unreadable", path.name, error.strerror or type(error).__name__)
    finally:
        source.close()


def _read_package(source: _PackageSource) -> ParsedDirectory:
    raw = source.read("datapackage.json")
    if raw is None:
        return di.blocked("not_a_directory_file", "datapackage.json", "missing")
    try:
        descriptor, _text_of = bounded.load_json(raw, "datapackage.json")
        paths = {r["name"]: r["path"] for r in descriptor["resources"] if isinstance(r.get("path"), str)}
    except RoscError as error:
        return refused(error, "datapackage.json")
    except (KeyError, TypeError, AttributeError):
        return di.blocked("malformed_file", "datapackage.json", "no resources")
    collect = _Collector("datapackage.json", {})
    tables: dict[str, list[tuple[int, dict[str, Any]]]] = {}
    for name in _COLUMNS:
        file = paths.get(name)
        data = source.read(file) if file else None
        if data is None:
            tables[name] = []
            continue
        try:
            reader = csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline=""))
            rows = []
            for row in reader:
                rows.append((reader.line_num, {k: (v or "").strip() for k, v in row.items()
                                                if k is not None and v not in (None, "")}))
                if None in row:
                    collect.problem(reader.line_num, "malformed_file", "more values than columns", file)
            tables[name] = rows
            extra = set(reader.fieldnames or []) - set(_COLUMNS[name])
            collect.unknown |= {f"{name}.{c}" for c in extra}
        except UnicodeDecodeError:
            collect.problem(None, "malformed_file", "not UTF-8 text", file)
        except csv.Error as error:
            collect.problem(None, "malformed_file", str(error)[:100], file)
    if collect.problems:
        return collect.parsed()
    return _assemble(collect, paths, tables)


def _checked(collect: _Collector, name: str, file: str, rows: list[tuple[int, dict[str, Any]]]
             ) -> list[tuple[int, dict[str, Any]]]:
    """Rows with a uuid id and their required columns; the others reported with their line."""
    good = []
    main_table = name in di.KINDS
    for line, row in rows:
        # Nested items are kept as they come (local entries may carry short ids); the four tables we key
        # rows by must have real UUIDs.
        if not (is_uuid(row.get("id")) if main_table else row.get("id")):
            collect.problem(line, "bad_id", f"{name} id {row.get('id', '')[:40]!r}", file)
            continue
        missing = [c for c in _REQUIRED[name] if c != "id" and not row.get(c)]
        if missing and name != "organization":
            collect.problem(line, "missing_field", f"{name} {', '.join(missing)}", file)
            continue
        if name == "organization" and not row.get("name"):
            collect.problem(line, "missing_field", "organization name", file)
            continue
        good.append((line, {k: (_number(v) if k in _NUMBER_FIELDS else v) for k, v in row.items()}))
    return good


def _assemble(collect: _Collector, paths: dict[str, str], tables: dict[str, list[tuple[int, dict[str, Any]]]]
              ) -> ParsedDirectory:
    rows = {name: _checked(collect, name, paths.get(name, ""), tables[name]) for name in _COLUMNS}

    def add(kind: str, record: dict[str, Any], line: int) -> None:
        collect.file = paths.get(kind, "")
        record["_file"] = collect.file
        collect.add(kind, record, line, f"line {line}")

    for line, row in rows["organization"]:
        add("organization", {"id": row["id"], **{k: row.get(k, "") for k in ORG_SCALARS},
                             "last_modified": None, "phones": []}, line)
    for line, row in rows["service"]:
        record = {"id": row["id"], "organization_id": row["organization_id"]}
        for key in SERVICE_SCALARS:
            record[key] = row.get(key) if key in ("minimum_age", "maximum_age", "assured_date", "last_modified") \
                else row.get(key, "")
        if record["status"] not in _STATUSES:
            collect.problem(line, "bad_value", f"service status {record['status'][:30]!r}", paths["service"])
            continue
        add("service", {**record, **{k: [] for k in SERVICE_LISTS}}, line)
    for line, row in rows["location"]:
        add("location", _location_record(row, None), line)
    for line, row in rows["service_at_location"]:
        add("service_at_location", {"id": row["id"], "service_id": row["service_id"],
                                    "location_id": row["location_id"], "description": row.get("description", "")},
            line)
    orgs, services, locations = (collect.records[k] for k in ("organization", "service", "location"))
    terms = {row["id"]: row for _line, row in rows["taxonomy_term"]}

    def attach(table: str, line: int, item: dict[str, Any], targets: list[tuple[str, dict[str, Any], str]]) -> None:
        for column, records, list_name in targets:
            parent = item.get(column)
            if not parent:
                continue
            if parent not in records:
                collect.problem(line, "broken_link", f"{table} {item['id']}: {column} {parent}", paths.get(table))
                return
            records[parent][list_name].append(_clean_item(item, (column,)))
            return

    address_rows: dict[str, list[dict[str, Any]]] = {}
    for line, row in rows["address"]:
        if row.get("location_id") not in locations:
            collect.problem(line, "broken_link", f"address {row['id']}: location_id {row.get('location_id', '')}",
                            paths.get("address"))
            continue
        address_rows.setdefault(row["location_id"], []).append(row)
    for location_id, addresses in address_rows.items():
        flat = _location_record({"id": location_id, "addresses": addresses}, None)
        locations[location_id].update({k: flat[k] for k in ADDRESS_FIELDS})
    for line, row in rows["phone"]:
        attach("phone", line, row, [("service_id", services, "phones"), ("location_id", locations, "phones"),
                                    ("organization_id", orgs, "phones")])
    for table, list_name in (("schedule", "schedules"), ("language", "languages")):
        for line, row in rows[table]:
            attach(table, line, row, [("service_id", services, list_name), ("location_id", locations, list_name)])
    for line, row in rows["contact"]:
        attach("contact", line, row, [("service_id", services, "contacts")])
    for line, row in rows["cost_option"]:
        attach("cost_option", line, row, [("service_id", services, "cost_options")])
    for line, row in rows["accessibility"]:
        attach("accessibility", line, row, [("location_id", locations, "accessibility")])
    for line, row in rows["attribute"]:
        if row.get("link_entity") != "service":
            collect.unknown.add(f"attribute.link_entity {row.get('link_entity', '')[:20]}")
            continue
        term = terms.get(row["taxonomy_term_id"])
        if term is None:
            collect.problem(line, "broken_link", f"attribute {row['id']}: taxonomy_term_id {row['taxonomy_term_id']}",
                            paths.get("attribute"))
            continue
        attach("attribute", line, {**row, "service_id": row["link_id"], "taxonomy_term": term},
               [("service_id", services, "attributes")])
    for records_by_id in (services, locations, orgs):
        for record in records_by_id.values():
            for key in ("phones", "schedules", "languages", "cost_options", "attributes", "contacts",
                        "accessibility"):
                if key in record:
                    record[key] = [i for i in record[key] if i is not None]
    for record in services.values():
        for attribute in record["attributes"]:
            attribute.pop("link_id", None)
    parsed = collect.parsed()
    parsed.file = "datapackage.json"
    for record in parsed.services:
        derive_filters(record)
    return parsed
