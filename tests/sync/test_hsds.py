"""HSDS 3.0 interchange: export then import gives the same directory (JSON and the tabular package), and
bad files are reported with their line and change nothing."""

from __future__ import annotations

import csv
import json
import shutil
import uuid
from pathlib import Path

import pytest
from sqlmodel import select

from rosc_desktop.enums import EntrySource
from rosc_desktop.errors import RoscError
from rosc_desktop.model import (
    AuditEvent,
    DirectoryLocation,
    DirectoryOrganization,
    DirectoryService,
    DirectoryServiceLocation,
    OutboxEntry,
    Referral,
)
from rosc_desktop.paths import AppPaths
from rosc_desktop.services import directory_import as di
from rosc_desktop.services.directory_text import search_text_for
from rosc_desktop.services.participants import ParticipantInput
from rosc_desktop.sync import hsds
from tests.conftest import ADMIN_PASSWORD
from tests.sync.hsds_validate import json_errors, package_errors

SAMPLE = Path(__file__).parent.parent / "data" / "hsds_sample.json"
PEER_COACHING = "8b0f3a0e-4c7e-4a51-9d7c-1f5a2b6c9d01"
FAMILY_MEDIATION = "8b0f3a0e-4c7e-4a51-9d7c-1f5a2b6c9d02"


@pytest.fixture
def other_center(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A second, empty center to import into."""
    from rosc_desktop.services.session import create_center

    svc, _ = create_center(AppPaths(tmp_path / "other").ensure(), center_name="Bay Bridge", site_code="BB-02",
                           admin_username="bo", admin_display_name="Bo Lee", password=ADMIN_PASSWORD)
    yield svc
    svc.close()


def add_local_entry(services) -> str:  # type: ignore[no-untyped-def]
    """A local entry typed at the center: filters set directly, no HSDS attributes or cost options."""
    with services.store.write() as session:
        org = DirectoryOrganization(name="Harbor Food Pantry", description="Food (synthetic)",
                                    source=EntrySource.LOCAL, owner_site="HL-01")
        session.add(org)
        session.flush()
        service = DirectoryService(
            organization_id=org.id, name="Weekly groceries", categories=["Food", "Basic needs"], is_free=True,
            walk_in=True, languages=[{"id": "l1", "name": "English", "code": "en"}], source=EntrySource.LOCAL,
            owner_site="HL-01", search_text=search_text_for(["Weekly groceries", "Harbor Food Pantry", "Food"]))
        session.add(service)
        return service.id


def rows(services, model):  # type: ignore[no-untyped-def]
    with services.store.read() as session:
        return list(session.exec(select(model)).all())


def test_json_export_then_import_gives_the_same_directory(services, other_center, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    hsds.import_file(services, SAMPLE, "hsds-json")
    local_id = add_local_entry(services)
    first = tmp_path / "first.json"
    hsds.export_file(services, first, "hsds-json")

    plan = hsds.preview_file(other_center, first, "hsds-json")
    assert plan.ok and plan.total("new") == 3 + 4 + 2 + 2, plan.counts
    hsds.import_file(other_center, first, "hsds-json")
    second = tmp_path / "second.json"
    hsds.export_file(other_center, second, "hsds-json")

    assert first.read_bytes() == second.read_bytes()
    assert json_errors(first) == []  # local entries too (short nested ids, filters without attributes)
    copied = {s.id: s for s in rows(other_center, DirectoryService)}
    assert copied[local_id].categories == ["Food", "Basic needs"]
    assert copied[local_id].is_free and copied[local_id].walk_in
    assert copied[PEER_COACHING].walk_in and copied[PEER_COACHING].is_free
    assert not copied[FAMILY_MEDIATION].is_free and copied[FAMILY_MEDIATION].minimum_age == 16
    assert "seaview" in copied[PEER_COACHING].search_text  # the location's city is searchable


def test_the_shipped_sample_directory_round_trips(services, other_center, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.services.directory import SAMPLE_RESOURCE

    shipped = Path(hsds.__file__).parent.parent / "resources" / SAMPLE_RESOURCE
    plan = hsds.preview_file(services, shipped, "hsds-json", "hub")
    assert plan.ok and plan.counts["service"]["new"] >= 20
    hsds.import_file(services, shipped, "hsds-json", "hub")
    first, second = tmp_path / "first.zip", tmp_path / "second.zip"
    hsds.export_file(services, first, "hsds-package")
    # The package of what the JSON gave is the same directory: nothing to update, hours and categories in order.
    again = hsds.preview_file(services, first, "hsds-package", "hub")
    assert again.ok and again.total("new") == again.total("updated") == 0
    hsds.import_file(other_center, first, "hsds-package", "hub")
    hsds.export_file(other_center, second, "hsds-package")
    assert first.read_bytes() == second.read_bytes()
    assert package_errors(first) == []
    walk_in = {s.name for s in rows(other_center, DirectoryService) if s.walk_in}
    assert walk_in and walk_in == {s.name for s in rows(services, DirectoryService) if s.walk_in}


@pytest.mark.parametrize("name", ["package", "package.zip"])
def test_package_export_then_import_gives_the_same_directory(services, other_center, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                              name: str) -> None:
    hsds.import_file(services, SAMPLE, "hsds-json")
    add_local_entry(services)
    first, second = tmp_path / "a" / name, tmp_path / "b" / name
    first.parent.mkdir()
    second.parent.mkdir()
    hsds.export_file(services, first, "hsds-package")
    hsds.import_file(other_center, first, "hsds-package")
    hsds.export_file(other_center, second, "hsds-package")

    assert package_errors(first) == []
    if name.endswith(".zip"):
        assert first.read_bytes() == second.read_bytes()
    else:
        files = sorted(p.name for p in first.iterdir())
        assert "datapackage.json" in files and "service_at_location.csv" in files
        assert files == sorted(p.name for p in second.iterdir())
        for file in files:
            assert (first / file).read_bytes() == (second / file).read_bytes(), file
    assert {s.name for s in rows(services, DirectoryService)} == {s.name for s in rows(other_center, DirectoryService)}
    package = json.loads((first / "datapackage.json").read_text()) if first.is_dir() else None
    if package:
        services_resource = next(r for r in package["resources"] if r["name"] == "service")
        assert services_resource["path"] == "services.csv" and services_resource["schema"]["primaryKey"] == "id"
        assert services_resource["schema"]["foreignKeys"][0]["reference"] == {"resource": "organization",
                                                                              "fields": "id"}


def test_malformed_json_reports_its_line_and_imports_nothing(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.json"
    bad.write_text('[\n  {"id": "2f1d6c3e-5b7a-4e8f-9a0b-1c2d3e4f5a60",\n   "name": "X"\n   "description": ""}\n]')
    plan = hsds.preview_file(services, bad, "hsds-json")
    assert plan.blocked and [(p.code, p.file, p.line) for p in plan.problems] == [("malformed_file", "bad.json", 4)]
    with pytest.raises(RoscError) as caught:
        hsds.import_file(services, bad, "hsds-json", skip_unreadable=True)
    assert caught.value.code == "import_blocked"
    assert rows(services, DirectoryOrganization) == []


def test_unknown_fields_are_reported_and_the_rest_imported(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(SAMPLE.read_text())
    data[0]["services"][0]["favourite_colour"] = "teal"
    data[1]["tax_id"] = "12-345"  # HSDS, but deprecated and not kept here
    file = tmp_path / "extra.json"
    file.write_text(json.dumps(data))
    plan = hsds.preview_file(services, file, "hsds-json")
    assert plan.ok
    assert {"service.favourite_colour", "organization.tax_id"} <= plan.unknown_fields
    hsds.import_file(services, file, "hsds-json")
    assert len(rows(services, DirectoryService)) == 3


def test_duplicate_ids_with_different_content_refuse_the_whole_file(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(SAMPLE.read_text())
    data[1]["id"] = data[0]["id"]  # a second, different organisation with the first one's id
    file = tmp_path / "dup.json"
    file.write_text(json.dumps(data, indent=1))
    plan = hsds.preview_file(services, file, "hsds-json")
    assert plan.blocked and {p.code for p in plan.problems} == {"duplicate_id"}
    assert all(p.line for p in plan.problems)
    with pytest.raises(RoscError):
        hsds.import_file(services, file, "hsds-json", skip_unreadable=True)
    assert rows(services, DirectoryOrganization) == [] and rows(services, DirectoryService) == []


def _package(services, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    hsds.import_file(services, SAMPLE, "hsds-json")
    folder = tmp_path / "pkg"
    hsds.export_file(services, folder, "hsds-package")
    return folder


def _edit_csv(file: Path, row_index: int, column: str, value: str) -> None:
    with file.open(newline="", encoding="utf-8") as handle:
        table = list(csv.reader(handle))
    table[row_index + 1][table[0].index(column)] = value
    with file.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(table)


def test_service_with_a_missing_organisation_is_reported_with_file_and_line(services, other_center,  # type: ignore[no-untyped-def]
                                                                            tmp_path: Path) -> None:
    folder = _package(services, tmp_path)
    _edit_csv(folder / "services.csv", 1, "organization_id", str(uuid.uuid4()))  # the second data row: line 3
    plan = hsds.preview_file(other_center, folder, "hsds-package")
    broken = [p for p in plan.problems if p.code == "broken_link" and p.file == "services.csv"]
    assert [p.line for p in broken] == [3]
    assert not plan.blocked and not plan.can_apply()
    with pytest.raises(RoscError):
        hsds.import_file(other_center, folder, "hsds-package")
    assert rows(other_center, DirectoryService) == []

    result = hsds.import_file(other_center, folder, "hsds-package", skip_unreadable=True)
    assert result.skipped >= 1
    assert len(rows(other_center, DirectoryService)) == 2


def test_bad_uuid_and_missing_required_field_in_csv_are_reported_by_line(services, other_center,  # type: ignore[no-untyped-def]
                                                                         tmp_path: Path) -> None:
    folder = _package(services, tmp_path)
    _edit_csv(folder / "organizations.csv", 0, "id", "not-a-uuid")
    _edit_csv(folder / "phones.csv", 0, "number", "")
    plan = hsds.preview_file(other_center, folder, "hsds-package")
    found = {(p.code, p.file, p.line) for p in plan.problems}
    assert ("bad_id", "organizations.csv", 2) in found
    assert ("missing_field", "phones.csv", 2) in found


def test_duplicate_ids_in_csv_refuse_the_package(services, other_center, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = _package(services, tmp_path)
    with (folder / "organizations.csv").open(newline="", encoding="utf-8") as handle:
        table = list(csv.reader(handle))
    table[2][0] = table[1][0]
    with (folder / "organizations.csv").open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(table)
    plan = hsds.preview_file(other_center, folder, "hsds-package")
    assert plan.blocked
    assert ("duplicate_id", "organizations.csv", 3) in {(p.code, p.file, p.line) for p in plan.problems}


def test_a_file_over_50_mb_is_refused_before_it_is_read(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    huge = tmp_path / "huge.json"
    with huge.open("wb") as handle:
        handle.truncate(di.MAX_FILE_BYTES + 1)  # sparse: costs no disk
    plan = hsds.preview_file(services, huge, "hsds-json")
    assert [p.code for p in plan.problems] == ["file_too_large"] and plan.blocked
    zipped = tmp_path / "huge.zip"
    import zipfile

    with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("datapackage.json", "{}")
        archive.writestr("services.csv", b"\0" * (di.MAX_FILE_BYTES + 1))  # a small zip that unpacks huge
    assert [p.code for p in hsds.preview_file(services, zipped, "hsds-package").problems] == ["file_too_large"]


def test_importing_the_same_file_again_changes_nothing(services) -> None:  # type: ignore[no-untyped-def]
    first = hsds.import_file(services, SAMPLE, "hsds-json")
    assert first.total("new") == 3 + 2 + 2 + 2
    with services.store.read() as session:
        outbox_before = len(session.exec(select(OutboxEntry)).all())
    plan = hsds.preview_file(services, SAMPLE, "hsds-json")
    assert plan.total("new") == plan.total("updated") == 0 and plan.total("unchanged") == 9
    hsds.import_file(services, SAMPLE, "hsds-json")
    with services.store.read() as session:
        assert len(session.exec(select(OutboxEntry)).all()) == outbox_before
    imports = [e for e in rows(services, AuditEvent) if e.action == "directory_import"]
    assert len(imports) == 2
    assert imports[0].details["service_new"] == 3 and "Peer" not in json.dumps(imports[0].details)


def test_a_referred_service_survives_a_reimport_that_leaves_it_out(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    hsds.import_file(services, SAMPLE, "hsds-json")
    person = services.participants.register(ParticipantInput("Dee Walker"))
    referral = services.referrals.refer(person.id, FAMILY_MEDIATION, "wants help talking with her son")
    data = json.loads(SAMPLE.read_text())
    data[0]["services"] = [s for s in data[0]["services"] if s["id"] != FAMILY_MEDIATION]
    data[0]["services"][0]["name"] = "Peer Recovery Coaching (renamed)"
    file = tmp_path / "newer.json"
    file.write_text(json.dumps(data))
    plan = hsds.preview_file(services, file, "hsds-json")
    assert plan.counts["service"] == {"new": 0, "updated": 1, "unchanged": 1}
    hsds.import_file(services, file, "hsds-json")
    kept = {s.id: s for s in rows(services, DirectoryService)}
    assert FAMILY_MEDIATION in kept and kept[FAMILY_MEDIATION].deleted_at is None
    assert kept[PEER_COACHING].name == "Peer Recovery Coaching (renamed)"
    assert [(r.id, r.service_id, r.reason) for r in rows(services, Referral)] == [
        (referral.id, FAMILY_MEDIATION, "wants help talking with her son")]


def test_hub_import_writes_read_only_hub_rows_without_claiming_them(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    hsds.import_file(services, SAMPLE, "hsds-json", "hub")
    services_rows = rows(services, DirectoryService)
    assert {(s.owner_site, s.source, s.version) for s in services_rows} == {("HUB", "hub", 1)}
    with services.store.read() as session:
        assert not session.exec(select(OutboxEntry).where(OutboxEntry.table_name == "directory_service")).all()

    data = json.loads(SAMPLE.read_text())
    data[1]["services"][0]["description"] = "Help finding and keeping a place to live."
    newer = tmp_path / "hub-newer.json"
    newer.write_text(json.dumps(data))
    hsds.import_file(services, newer, "hsds-json", "hub")
    updated = {s.id: s for s in rows(services, DirectoryService)}["5c4a9f6b-8e0d-4b12-8d3e-4f5a6b7c8d93"]
    assert updated.version == 2 and updated.description.startswith("Help finding and keeping")

    # A local import may not overwrite what the hub owns.
    plan = hsds.preview_file(services, SAMPLE, "hsds-json", "local")
    assert {p.code for p in plan.problems} == {"entry_from_hub"}
    assert plan.counts["service"]["updated"] == 0


def test_a_centers_own_export_imports_again_as_unchanged(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A center's export holds the hub's entries beside its own: reading it back locally changes nothing and is
    no problem (it was refused row by row as "entry_from_hub", exit 1); changing a hub entry still is refused."""
    hsds.import_file(services, SAMPLE, "hsds-json", "hub")
    exported = tmp_path / "ours.json"
    hsds.export_file(services, exported, "hsds-json")

    plan = hsds.preview_file(services, exported, "hsds-json", "local")
    assert plan.ok and plan.problems == [], plan.problems
    assert plan.total("new") == 0 and plan.total("updated") == 0
    assert plan.total("unchanged") == 9  # every row of the sample, as it is

    data = json.loads(exported.read_text())
    hub_service = next(s for org in data for s in org["services"] if s["id"] == PEER_COACHING)
    hub_service["description"] = "Changed at the center"
    exported.write_text(json.dumps(data))
    plan = hsds.preview_file(services, exported, "hsds-json", "local")
    assert [(p.code, p.detail) for p in plan.problems] == [("entry_from_hub", f"service {PEER_COACHING}")]


def test_service_view_and_page_are_read(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    org = json.loads(SAMPLE.read_text())[1]
    service = dict(org["services"][0])
    service["organization"] = {k: v for k, v in org.items() if k != "services"}
    page = tmp_path / "page.json"
    page.write_text(json.dumps({"total_items": 1, "contents": [service]}))
    plan = hsds.preview_file(services, page, "hsds-json")
    assert plan.ok and plan.counts["service"]["new"] == 1 and plan.counts["organization"]["new"] == 1
    single = tmp_path / "one.json"
    single.write_text(json.dumps(service))
    assert hsds.preview_file(services, single, "hsds-json").counts == plan.counts


def test_import_needs_the_directory_permission(staff_services) -> None:  # type: ignore[no-untyped-def]
    peer = staff_services("peer_specialist")
    with pytest.raises(RoscError) as caught:
        hsds.preview_file(peer, SAMPLE, "hsds-json")
    assert caught.value.code == "permission_denied"


def test_package_resolves_files_through_the_descriptor(services, other_center, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = _package(services, tmp_path)
    descriptor = json.loads((folder / "datapackage.json").read_text())
    for resource in descriptor["resources"]:
        if resource["name"] == "service":
            resource["path"] = "data/svc.csv"
    (folder / "data").mkdir()
    shutil.move(folder / "services.csv", folder / "data" / "svc.csv")
    (folder / "datapackage.json").write_text(json.dumps(descriptor))
    plan = hsds.preview_file(other_center, folder / "datapackage.json", "hsds-package")
    assert plan.ok and plan.counts["service"]["new"] == 3
    assert {(s.id, s.name) for s in rows(services, DirectoryService)} >= {(PEER_COACHING, "Peer Recovery Coaching")}
    assert rows(other_center, DirectoryLocation) == [] and rows(other_center, DirectoryServiceLocation) == []


def test_a_language_given_by_name_alone_is_shown_and_found(hub_services_factory, store_backend,  # type: ignore[no-untyped-def]
                                                             tmp_path: Path) -> None:
    """HSDS's language has a name and an optional code: {"name": "Vietnamese"} was kept in the file but shown
    nowhere (the Directory read codes only), so the service seemed to offer only Spanish."""
    hub = hub_services_factory("HUB", is_hub=True)
    data = json.loads(SAMPLE.read_text())
    service = data[1]["services"][0]
    service["languages"] = [{"id": str(uuid.uuid4()), "name": "Spanish", "code": "es"},
                            {"id": str(uuid.uuid4()), "name": " vietnamese"},  # a name we know: its code
                            {"id": str(uuid.uuid4()), "name": "Mixtec"}]  # one we do not: as written
    named = tmp_path / "named.json"
    named.write_text(json.dumps(data))
    hsds.import_file(hub, named, "hsds-json")

    assert set(hub.directory.get(service["id"]).languages) == {"es", "vi", "Mixtec"}
    assert {"vi", "Mixtec"} <= set(hub.directory.languages()) and "Vietnamese" not in hub.directory.languages()
    assert service["id"] in {s.id for s in hub.directory.search(language="Mixtec")}
    assert service["id"] in {s.id for s in hub.directory.search(language="vi")}
