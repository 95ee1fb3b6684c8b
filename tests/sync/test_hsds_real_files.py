"""HSDS files as others publish them (issue 17): each kind of file read as what it is, optional links that point
nowhere kept as warnings, addresses not silently changed, and every export valid: JSON against the official HSDS
3.0 schemas (tests/data/hsds-schema-3.0), the tabular package with the Frictionless validator."""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path

import pytest
from sqlmodel import select

from rosc_desktop.model import DirectoryLocation, DirectoryService, DirectoryServiceLocation
from rosc_desktop.sync.sample_directory import load_sample_directory
from rosc_desktop.sync import hsds, hsds_package
from tests.sync.hsds_validate import DATA, SCHEMA, json_errors, package_errors

FILES = DATA / "hsds"
# The one column this app writes that the vendored 3.0 snapshot lacks: the HSDS changelog lists it under v3.0.
NOT_IN_SNAPSHOT = {("service", "last_modified")}
# HSDS 3.0 gives schedule.count the datapackage type "date": an RFC 5545 COUNT is a number of occurrences, so the
# package keeps it a number (a date column would refuse every real value).
OWN_TYPE = {("schedule", "count")}
def export_both(services, tmp_path: Path) -> tuple[Path, Path]:  # type: ignore[no-untyped-def]
    out_json, out_package = tmp_path / "export.json", tmp_path / "export-package"
    hsds.export_file(services, out_json, "hsds-json")
    hsds.export_file(services, out_package, "hsds-package")
    return out_json, out_package


def rows(services, model):  # type: ignore[no-untyped-def]
    with services.store.read() as session:
        return list(session.exec(select(model)).all())


# -- each kind of file read as what it is ---------------------------------------------------------------------

@pytest.mark.parametrize(("name", "counts"), [
    ("location.json", {"location": 1}),
    ("locations.json", {"location": 2}),
    ("service_at_location.json", {"organization": 1, "service": 1, "location": 1, "service_at_location": 1}),
    ("service_at_locations.json", {"organization": 1, "service": 1, "location": 2, "service_at_location": 2}),
    ("taxonomy.json", {}),
    ("taxonomy_terms.json", {}),
])
def test_each_kind_of_json_file_is_read_as_what_it_is(services, name: str, counts: dict[str, int]) -> None:  # type: ignore[no-untyped-def]
    plan = hsds.preview_file(services, FILES / name, "hsds-json")
    assert plan.ok and not plan.blocked, plan.problems
    assert {k: c["new"] for k, c in plan.counts.items() if c["new"]} == counts
    if name.startswith("taxonom"):  # no organisation named after the taxonomy: what has no table here is listed
        kind = "taxonomy_term (" if "terms" in name else "taxonomy ("
        assert any(f.startswith(kind) for f in plan.unknown_fields), plan.unknown_fields


def test_a_service_at_location_view_imports_the_service_with_its_place(services) -> None:  # type: ignore[no-untyped-def]
    hsds.import_file(services, FILES / "service_at_location.json", "hsds-json")
    (link,) = rows(services, DirectoryServiceLocation)
    (service,) = rows(services, DirectoryService)
    (place,) = rows(services, DirectoryLocation)
    assert (link.service_id, link.location_id) == (service.id, place.id)
    assert service.name == "Family recovery group" and place.address_1 == "40 Mill Street"
    assert link.description == "Evenings only at this site"


def test_terms_listed_in_the_file_give_a_service_its_categories(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    org = {"id": "0b6c1c2e-7d0a-4f57-9a1e-3c4d5e6f7a10", "name": "Pantry", "description": "Food",
           "services": [{"id": "0b6c1c2e-7d0a-4f57-9a1e-3c4d5e6f7a11", "name": "Groceries", "status": "active",
                         "attributes": [{"id": "0b6c1c2e-7d0a-4f57-9a1e-3c4d5e6f7a12",
                                         "taxonomy_term_id": "0b6c1c2e-7d0a-4f57-9a1e-3c4d5e6f7e02"}]}]}
    terms = json.loads((FILES / "taxonomy_terms.json").read_text())
    path = tmp_path / "page.json"
    path.write_text(json.dumps({"contents": [org, *terms]}))
    hsds.import_file(services, path, "hsds-json")
    (service,) = rows(services, DirectoryService)
    assert service.categories == ["Food"]


@pytest.mark.parametrize(("name", "words"), [
    ("meetings.json", "Meeting Guide meeting"),
    ("package.json", "fields: dependencies, name, version"),
])
def test_what_is_not_directory_data_is_refused_naming_what_it_is(services, name: str, words: str) -> None:  # type: ignore[no-untyped-def]
    plan = hsds.preview_file(services, FILES / name, "hsds-json")
    assert plan.blocked and plan.total("new") == 0
    (problem,) = plan.problems
    assert problem.code == "not_a_directory_file" and words in problem.detail
    assert not rows(services, DirectoryService)


# -- optional links that point nowhere ----------------------------------------------------------------------

def test_a_location_whose_organisation_is_missing_is_kept_with_a_warning(services) -> None:  # type: ignore[no-untyped-def]
    plan = hsds.preview_file(services, FILES / "locations.json", "hsds-json")
    (warning,) = plan.problems
    assert warning.warning and warning.code == "broken_link" and warning.where() == "locations.json:9"
    assert plan.ok and plan.can_apply() and not plan.blocked
    result = services.directory_import.apply(plan)  # no --skip-unreadable needed
    assert result.total("new") == 2 and result.skipped == 0
    hall = next(p for p in rows(services, DirectoryLocation) if p.name == "Church hall")
    assert hall.organization_id is None and hall.address_1 == "3 Chapel Row"


def test_in_a_package_only_the_missing_required_link_refuses_its_row(services) -> None:  # type: ignore[no-untyped-def]
    plan = hsds.preview_file(services, FILES / "package-broken-link", "hsds-package")
    refusal, warning = sorted(plan.problems, key=lambda p: p.warning)
    assert (refusal.where(), refusal.warning) == ("services.csv:3", False)  # a service's organisation is required
    assert (warning.where(), warning.warning) == ("locations.csv:2", True)  # a location's is not
    services.directory_import.apply(plan, skip_unreadable=True)
    # The service keeps its place: the location (and the link to it) came in, without the broken link.
    (service,) = rows(services, DirectoryService)
    (link,) = rows(services, DirectoryServiceLocation)
    hall = next(p for p in rows(services, DirectoryLocation) if p.id == link.location_id)
    assert link.service_id == service.id and hall.organization_id is None and hall.address_1 == "5 Chapel Row"
    assert [(s["opens_at"], s["closes_at"]) for s in service.schedules] == [("19:00", "20:30")]
    assert "phone.contact_id (only the first parent is kept)" in plan.unknown_fields


# -- addresses: kept, or listed as not kept -------------------------------------------------------------------

def test_a_postal_address_is_not_turned_into_a_street_address(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    plan = hsds.preview_file(services, FILES / "location.json", "hsds-json")
    assert {"address.attention", "address.region"} <= plan.unknown_fields
    assert any(f.startswith("address.address_type 'postal'") for f in plan.unknown_fields)
    hsds.import_file(services, FILES / "location.json", "hsds-json")
    (place,) = rows(services, DirectoryLocation)
    assert place.address_1 == "12 Orchard Lane"  # the physical one, though the postal one came first
    package = tmp_path / "package"
    hsds.export_file(services, package, "hsds-package")
    with (package / "addresses.csv").open(newline="", encoding="utf-8") as f:
        (address,) = list(csv.DictReader(f))
    assert (address["address_1"], address["address_type"]) == ("12 Orchard Lane", "physical")


def test_a_location_with_only_a_postal_address_keeps_no_street_address(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    raw = json.loads((FILES / "location.json").read_text())
    raw["addresses"] = raw["addresses"][:1]
    path = tmp_path / "postal.json"
    path.write_text(json.dumps(raw))
    hsds.import_file(services, path, "hsds-json")
    (place,) = rows(services, DirectoryLocation)
    assert place.address_1 == "" and place.city == ""


# -- every export validates -----------------------------------------------------------------------------------

def test_the_demo_directory_exports_valid_json_and_a_valid_package(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    load_sample_directory(services)
    out_json, out_package = export_both(services, tmp_path)
    assert json_errors(out_json) == []
    assert package_errors(out_package) == []
    zipped = tmp_path / "export.zip"
    hsds.export_file(services, zipped, "hsds-package")
    assert package_errors(zipped) == []
    # Times written as the declared type (HH:MM:SS) read back as the HH:MM the directory holds: nothing changes.
    plan = hsds.preview_file(services, out_package, "hsds-package", "hub")
    assert plan.ok and plan.total("new") == plan.total("updated") == 0, plan.counts


@pytest.mark.parametrize("names", [
    ["shared_items.json"],
    ["location.json", "locations.json", "service_at_location.json", "service_at_locations.json"],
    ["package-broken-link"],
])
def test_imported_awkward_files_export_valid_json_and_a_valid_package(services, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                       names: list[str]) -> None:
    for name in names:
        fmt = "hsds-json" if name.endswith(".json") else "hsds-package"
        hsds.import_file(services, FILES / name, fmt, skip_unreadable=True)
    out_json, out_package = export_both(services, tmp_path)
    assert json_errors(out_json) == []
    assert package_errors(out_package) == []


def test_copies_of_a_shared_phone_or_schedule_get_their_own_ids(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    hsds.import_file(services, FILES / "shared_items.json", "hsds-json")
    _json, package = export_both(services, tmp_path)

    def table(name: str) -> list[dict[str, str]]:
        with (package / name).open(newline="", encoding="utf-8") as f:
            return list(csv.DictReader(f))

    phones, schedules = table("phones.csv"), table("schedules.csv")
    assert len(phones) == 3 and len(schedules) == 2
    assert max(Counter(r["id"] for r in phones + schedules).values()) == 1
    assert "0b6c1c2e-7d0a-4f57-9a1e-3c4d5e6f7f10" in {r["id"] for r in phones}  # the first keeps its id
    # Links to rows the package does not hold are not written.
    assert {r["contact_id"] for r in phones} == {""} and {r["service_at_location_id"] for r in schedules} == {""}
    assert {(r["opens_at"], r["closes_at"]) for r in schedules} == {("09:00:00", "17:00:00")}
    assert {r["parent_id"] for r in table("taxonomy_terms.csv")} == {""}
    # The same directory gives the same ids: export, import elsewhere and export again changes nothing.
    again = tmp_path / "again"
    hsds.export_file(services, again, "hsds-package")
    assert (again / "phones.csv").read_bytes() == (package / "phones.csv").read_bytes()


def test_the_package_declares_hsds_3_0_and_only_its_columns() -> None:
    descriptor = hsds_package.datapackage()
    assert descriptor["version"].startswith("3.0")
    for resource in descriptor["resources"]:
        official = SCHEMA[resource["name"]]["items"]
        assert resource["path"] == official["path"]
        for field in resource["schema"]["fields"]:
            if (resource["name"], field["name"]) in NOT_IN_SNAPSHOT:
                continue
            spec = official["properties"].get(field["name"])
            assert spec is not None, f"{resource['name']}.{field['name']} is not an HSDS 3.0 column"
            if spec.get("datapackage_type") in ("time", "date", "datetime") and \
                    (resource["name"], field["name"]) not in OWN_TYPE:
                assert field["type"] == spec["datapackage_type"], (resource["name"], field["name"])
