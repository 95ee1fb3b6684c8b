"""The HSDS 3.0 tabular data package: a folder, or a .zip when the path ends in ".zip", holding datapackage.json
and one CSV per object (file names as the HSDS 3.0 datapackage: organizations.csv, services.csv,
service_at_location.csv, ...). Split from hsds.py, whose mapping (field lists, the collector, derived ids,
filters) it shares.

Writing: the package says what it holds, and holds what it says, so the Frictionless validator passes it:
- columns are HSDS 3.0's (the version declared), each with the type HSDS gives it: times are written as `time`
  (HH:MM:SS), dates as `date`; a stored value that is not of its column's type is left blank, not written wrong;
- a row's id is unique in its table: a phone or schedule a source shared between several parents (nested JSON
  allows it) is written once per parent, each copy after the first with an id derived from the parent's id
  and the original id, so the same directory always gives the same ids;
- no key points at a row the package does not hold: a nested item's link columns other than its parent are
  left blank (this app keeps each nested item under one parent), links to tombstoned rows are not written
  (hsds.consistent), an attribute whose term is unknown is left out, a term's parent only when exported;
- fields HSDS 3.0 requires but real directories leave empty (an organisation's description, parts of an
  address) are not declared required here: an empty CSV cell is a missing value, and JSON allows "".
Lists nested inside a nested item (a phone's languages, a contact's phones) have no table here and are left
out of the package.

Reading: files are found through datapackage.json's `resources[].path`; problems carry the CSV file name and
line. A row whose required link points nowhere (a service's organization, an address's location, an
attribute's term) is refused; a location whose optional organization is missing keeps its row and loses the
link, with a warning (services/directory_import.py). Link columns a nested row has besides its parent are not
kept and are listed.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

from rosc_desktop.errors import RoscError
from rosc_desktop.services import directory_import as di
from rosc_desktop.services.directory_import import ParsedDirectory
from rosc_desktop.sync import bounded
from rosc_desktop.sync.hsds import (
    ADDRESS_FIELDS,
    ORG_SCALARS,
    SERVICE_LISTS,
    SERVICE_SCALARS,
    _NUMBER_FIELDS,
    _STATUSES,
    _address,
    _clean_item,
    _Collector,
    _location_record,
    _number,
    _size_problem,
    _term,
    _text,
    consistent,
    derive_filters,
    derived_id,
    exported_items,
    is_uuid,
    parse_time,
    refused,
    service_attributes,
    service_cost_options,
)
from rosc_desktop.util_files import write_atomic


def _f(name: str, kind: str = "string", required: bool = False) -> dict[str, Any]:
    field: dict[str, Any] = {"name": name, "type": kind}
    if name == "id" or name.endswith("_id"):
        field["format"] = "uuid"
    if required or name == "id":
        field["constraints"] = {"required": True, **({"unique": True} if name == "id" else {})}
    return field


def _fk(column: str, resource: str) -> dict[str, Any]:
    return {"fields": column, "reference": {"resource": resource, "fields": "id"}}


# (resource name, file, fields, foreign keys): file names, order and columns as the HSDS 3.0 datapackage.
RESOURCES: list[tuple[str, str, list[dict[str, Any]], list[dict[str, Any]]]] = [
    ("organization", "organizations.csv",
     [_f("id"), _f("name", required=True), _f("alternate_name"), _f("description"), _f("email"), _f("website")],
     []),
    ("service", "services.csv",
     [_f("id"), _f("organization_id", required=True), _f("name", required=True), _f("alternate_name"),
      _f("description"), _f("url"), _f("email"), _f("status", required=True), _f("interpretation_services"),
      _f("application_process"), _f("fees_description"), _f("eligibility_description"),
      _f("minimum_age", "number"), _f("maximum_age", "number"), _f("accreditations"), _f("assured_date", "date"),
      _f("last_modified", "datetime")], [_fk("organization_id", "organization")]),
    ("attribute", "attributes.csv",
     [_f("id"), _f("link_id", required=True), _f("taxonomy_term_id", required=True), _f("link_type"),
      _f("link_entity", required=True), _f("value")],
     [_fk("link_id", "service"), _fk("taxonomy_term_id", "taxonomy_term")]),
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
     [_f("id"), _f("location_id", required=True), _f("attention"), _f("address_1"), _f("address_2"), _f("city"),
      _f("region"), _f("state_province"), _f("postal_code"), _f("country"), _f("address_type", required=True)],
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
     [_f("id"), _f("code"), _f("name", required=True), _f("description"), _f("parent_id"), _f("taxonomy"),
      _f("language"), _f("taxonomy_id"), _f("term_uri")], [_fk("parent_id", "taxonomy_term")]),
    ("cost_option", "cost_options.csv",
     [_f("id"), _f("service_id", required=True), _f("valid_from", "date"), _f("valid_to", "date"), _f("option"),
      _f("currency"), _f("amount", "number"), _f("amount_description")], [_fk("service_id", "service")]),
]
_COLUMNS = {name: [f["name"] for f in fields] for name, _p, fields, _k in RESOURCES}
_TYPES = {name: {f["name"]: f["type"] for f in fields} for name, _p, fields, _k in RESOURCES}
_REQUIRED = {name: [f["name"] for f in fields if f.get("constraints", {}).get("required")]
             for name, _p, fields, _k in RESOURCES}
# The columns of a nested table that name a parent. This app keeps a nested item under one parent: the others
# are not kept on reading and left blank on writing (they could point at rows the package does not hold).
_LINKS = {
    "phone": ("location_id", "service_id", "organization_id", "contact_id", "service_at_location_id"),
    "schedule": ("service_id", "location_id", "service_at_location_id"),
    "language": ("service_id", "location_id", "phone_id"),
    "contact": ("organization_id", "service_id", "service_at_location_id", "location_id"),
    "accessibility": ("location_id",),
    "cost_option": ("service_id",),
    "address": ("location_id",),
}


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


def _cell(value: Any, kind: str) -> str:
    """A value as its column's type writes it; blank when it is not of that type (never written wrong)."""
    if value is None or value == "":
        return ""
    if kind == "time":
        parsed = parse_time(value)
        return parsed.isoformat() if parsed else ""
    if kind == "date":
        if isinstance(value, date):
            return value.isoformat()[:10]
        try:
            return date.fromisoformat(_text(value)).isoformat()
        except ValueError:
            return ""
    if kind == "datetime":
        if isinstance(value, datetime):
            return value.isoformat()
        try:
            return datetime.fromisoformat(_text(value).replace("Z", "+00:00")).isoformat()
        except ValueError:
            return ""
    if kind == "number":
        number = _number(value)
        return _text(number) if isinstance(number, (int, float)) and not isinstance(number, bool) else ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return _text(value)


class _Tables:
    """The rows of each CSV, with the ids already used per table so that copies get their own."""

    def __init__(self) -> None:
        self.rows: dict[str, list[dict[str, Any]]] = {name: [] for name in _COLUMNS}
        self.used: dict[str, set[str]] = {name: set() for name in _COLUMNS}

    def unique_id(self, table: str, item_id: str, parent_id: str, key: str) -> str:
        candidate, copy = item_id, 0
        while candidate in self.used[table]:
            copy += 1
            candidate = derived_id(parent_id, key, item_id, *([str(copy)] if copy > 1 else []))
        self.used[table].add(candidate)
        return candidate

    def nested(self, table: str, items: list[dict[str, Any]], parent_column: str, parent_id: str, key: str) -> None:
        links = _LINKS.get(table, ())
        for item in exported_items(items, parent_id, key):
            row = {k: v for k, v in item.items() if k not in links}
            row["id"] = self.unique_id(table, item["id"], parent_id, key)
            row[parent_column] = parent_id
            self.rows[table].append(row)


def package_tables(records: ParsedDirectory) -> dict[str, list[dict[str, Any]]]:
    records = consistent(records)
    tables = _Tables()
    rows = tables.rows
    terms: dict[str, dict[str, Any]] = {}
    rows["organization"] = [dict(o) for o in records.organizations]
    for org in sorted(records.organizations, key=lambda o: o["id"]):
        tables.nested("phone", org.get("phones", []), "organization_id", org["id"], "phones")
    for service in sorted(records.services, key=lambda x: x["id"]):
        sid = service["id"]
        rows["service"].append(dict(service))
        for key, table in (("phones", "phone"), ("schedules", "schedule"), ("languages", "language"),
                           ("contacts", "contact")):
            tables.nested(table, service.get(key, []), "service_id", sid, key)
        tables.nested("cost_option", service_cost_options(service), "service_id", sid, "cost_options")
        for attribute in exported_items(service_attributes(service), sid, "attributes"):
            term = _term(attribute)
            term_id = _text(attribute.get("taxonomy_term_id") or term.get("id"))
            if not term_id or not _text(term.get("name")).strip():
                continue  # a term known by id only: it would be a key to a row the package cannot hold
            term_id = term_id if is_uuid(term_id) else derived_id("term", term_id)
            terms.setdefault(term_id, {**term, "id": term_id})
            rows["attribute"].append({**attribute, "id": tables.unique_id("attribute", attribute["id"], sid,
                                                                          "attributes"),
                                      "link_id": sid, "link_entity": "service", "taxonomy_term_id": term_id})
    for location in sorted(records.locations, key=lambda x: x["id"]):
        lid = location["id"]
        rows["location"].append(dict(location))
        rows["address"] += _address(location)
        for key, table in (("phones", "phone"), ("schedules", "schedule"), ("languages", "language"),
                           ("accessibility", "accessibility")):
            tables.nested(table, location.get(key, []), "location_id", lid, key)
    rows["service_at_location"] = [dict(s) for s in records.service_at_locations]
    # No taxonomy table here: a term's taxonomy_id would point nowhere. Its parent only when exported too.
    rows["taxonomy_term"] = [{**t, "taxonomy_id": None, "parent_id": t.get("parent_id") if t.get("parent_id")
                              in terms else None} for t in terms.values()]
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
        types = _TYPES[name]
        for row in tables[name]:
            writer.writerow([_cell(row.get(c), types[c]) for c in _COLUMNS[name]])
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
        # An address without a type is read as the physical address it nearly always is.
        missing = [c for c in _REQUIRED[name] if c != "id" and not row.get(c) and c != "address_type"]
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
        links = _LINKS.get(table, ())
        for column, records, list_name in targets:
            parent = item.get(column)
            if not parent:
                continue
            if parent not in records:
                collect.problem(line, "broken_link", f"{table} {item['id']}: {column} {parent}", paths.get(table))
                return
            collect.unknown.update(f"{table}.{other} (only the first parent is kept)" for other in links
                                   if other != column and item.get(other))
            records[parent][list_name].append(_clean_item(item, (column, *links)))
            return

    address_rows: dict[str, list[dict[str, Any]]] = {}
    for line, row in rows["address"]:
        if row.get("location_id") not in locations:
            collect.problem(line, "broken_link", f"address {row['id']}: location_id {row.get('location_id', '')}",
                            paths.get("address"))
            continue
        address_rows.setdefault(row["location_id"], []).append(row)
    for location_id, addresses in address_rows.items():
        flat = _location_record({"id": location_id, "addresses": addresses}, None, collect.unknown)
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
