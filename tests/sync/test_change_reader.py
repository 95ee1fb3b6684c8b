"""The change reader (sync/change_reader.py): a large bundle's changes read, checked and validated in a second
process must import exactly as reading them in the importing process does, refusal for refusal.

Every test here runs with the reader for every import, whatever the bundle's size (`READER_FROM_BYTES` 0); the
engine's own tests of what an import must survive are run again that way below (the ones that read changes)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from bench.sync_center import build_center
from rosc_desktop.errors import RoscError
from rosc_desktop.model import Participant, SyncedRow
from rosc_desktop.sync import apply, change_reader, exchange
from tests.sync import kit
from tests.sync.sites import link, make_site
from tests.sync.test_exchange import (  # noqa: F401  (fixtures and tests run again here, through the reader)
    any_sites,
    forked,
    sites,
    test_a_center_cannot_overwrite_another_centers_records,
    test_a_center_two_years_ahead_is_applied_flagged_and_does_not_drag_the_hub,
    test_a_delete_after_an_update_wins_whatever_the_order_of_arrival,
    test_a_fork_editing_the_same_record_goes_to_review_with_both_versions,
    test_a_fork_edit_numbered_after_an_unrelated_change_still_goes_to_review,
    test_a_held_bundle_can_be_forced_and_the_rows_it_cannot_place_are_flagged,
    test_a_lower_range_after_higher_ones_changes_nothing,
    test_an_hlc_tie_with_different_content_is_not_silently_dropped,
    test_delete_versus_update_in_a_fork_is_flagged,
    test_dry_run_writes_nothing,
    test_duplicate_creates_from_a_fork_are_flagged,
    test_hostile_content_from_a_trusted_peer_is_refused_in_the_dry_run_and_the_import,
    test_identical_edits_on_both_sides_of_a_fork_are_unchanged,
    test_malformed_rows_from_a_trusted_peer_are_refused_cleanly,
    test_round_trip_carries_people_to_the_hub_and_the_partner_list_back,
    test_the_same_bundle_twice_and_renamed_is_a_receipt,
)

HUB, CENTER = "HUB-1", "HL-01"


class Spy:
    """Every reader started, and how the changes reached the importing process."""

    def __init__(self) -> None:
        self.readers: list[change_reader.ChangeReader] = []
        self.read_here = 0  # changes of a bundle the importing process read itself (no reader)
        self.left_by_the_child = 0  # changes the importing process read after its child stopped
        self.child_may_stop = False  # a test that stops it on purpose says so
        self.may_not_start = False  # and one that leaves it nothing to start


@pytest.fixture(autouse=True)
def every_import_through_the_reader(monkeypatch):  # type: ignore[no-untyped-def]
    spy = Spy()
    monkeypatch.setattr(change_reader, "READER_FROM_BYTES", 0)
    # Batches of three: even a small bundle crosses in many messages.
    monkeypatch.setattr(change_reader, "BATCH", 3)
    real_start = change_reader.ChangeReader.start
    real_changes_of = apply.changes_of

    def start() -> change_reader.ChangeReader | None:
        reader = real_start()
        assert reader is not None or spy.may_not_start, "the change reader's process did not start"
        if reader is not None:
            spy.readers.append(reader)
        return reader

    def read_here(section, limits):  # type: ignore[no-untyped-def]
        for change in real_changes_of(section, limits):
            spy.read_here += 1
            yield change

    def left_by_the_child(section, limits):  # type: ignore[no-untyped-def]
        for change in real_changes_of(section, limits):
            spy.left_by_the_child += 1
            yield change

    monkeypatch.setattr(change_reader.ChangeReader, "start", staticmethod(start))
    monkeypatch.setattr(change_reader, "changes_of", left_by_the_child)
    monkeypatch.setattr(apply, "changes_of", read_here)  # a bundle below the reader's size, or a PostgreSQL hub
    yield spy
    # Whatever happened (applied, refused, a receipt), no import leaves its reader running; and unless a test
    # stopped it, the child sent every change it was asked for (a child that fails quietly would still pass).
    assert all(reader._process.poll() is not None for reader in spy.readers)
    assert spy.child_may_stop or spy.left_by_the_child == 0


def _stored_rows(svc) -> dict[str, list[tuple[Any, ...]]]:  # type: ignore[no-untyped-def]
    """Every synchronised row as the database holds it (the text the driver was given), by table."""
    conn = svc.store.raw_connection()
    try:
        return {model.__tablename__: sorted(conn.execute(f"SELECT * FROM {model.__tablename__}").fetchall())
                for model in SyncedRow.__subclasses__()}  # type: ignore[attr-defined]
    finally:
        conn.close()


@pytest.fixture
def center_and_hubs(tmp_path: Path):  # type: ignore[no-untyped-def]
    """(center, hub, a copy of that empty hub, usb folder): the two hubs import one bundle two ways."""
    center = make_site(tmp_path / "sites", CENTER)
    hub = make_site(tmp_path / "sites", HUB, is_hub=True)
    link(center, hub)
    other = kit.copy_site(hub, tmp_path, "hub-copy")
    usb = tmp_path / "usb"
    usb.mkdir()
    yield center, hub, other, usb
    for svc in (center, hub, other):
        svc.close()


def _bundle_of(center, usb: Path, people: int, seed: int):  # type: ignore[no-untyped-def]
    """A bundle of `people` with intakes, goals, steps, check-ins, networks and consents: every kind of row."""
    build_center(center, people, seed)
    return exchange.export_bundle(center, HUB, usb)


def test_a_bundle_read_by_the_child_is_stored_byte_for_byte_as_one_read_here(tmp_path, monkeypatch, center_and_hubs,
                                                                              every_import_through_the_reader):
    spy = every_import_through_the_reader
    center, hub_a, hub_b, usb = center_and_hubs
    made = _bundle_of(center, usb, 40, 3)
    # A name with a character that turns text around: a row that is not plain, cleaned by the child as here.
    manifest, sections = kit.open_bundle(made.path, hub_a)
    rows = kit.lines(sections[exchange.CHANGES])
    first = next(i for i, r in enumerate(rows) if r["t"] == "participant")
    rows[first]["p"]["preferred_name"] = "Ana \u202eExample"
    sections[exchange.CHANGES] = kit.gz_lines(rows)
    bundle = kit.reseal(center, HUB, tmp_path / "one.age", manifest, sections)

    through_child = exchange.import_bundle(hub_a, bundle, backup=False)
    assert len(spy.readers) == 1 and spy.read_here == 0  # every change came from the child
    monkeypatch.setattr(change_reader, "READER_FROM_BYTES", 1 << 62)
    read_here = exchange.import_bundle(hub_b, bundle, backup=False)

    assert len(spy.readers) == 1 and spy.read_here == len(rows)  # the second import read them itself
    assert through_child.new == read_here.new == made.changes - through_child.unchanged
    assert through_child.by_table == read_here.by_table
    assert _stored_rows(hub_a) == _stored_rows(hub_b)
    assert kit.row(hub_a, Participant, rows[first]["r"]).preferred_name == "Ana Example"


def test_a_child_that_stops_half_way_leaves_the_rest_to_the_importing_process(monkeypatch, center_and_hubs,
                                                                             every_import_through_the_reader):
    spy = every_import_through_the_reader
    spy.child_may_stop = True
    monkeypatch.setattr(change_reader, "BATCH", 7)
    real_changes = change_reader.ChangeReader.changes

    def killed_after_the_first_batch(self, section, limits):  # type: ignore[no-untyped-def]
        for n, change in enumerate(real_changes(self, section, limits)):
            if n == 0:
                self._process.kill()  # as the system's memory killer would
                self._process.wait()
            yield change

    monkeypatch.setattr(change_reader.ChangeReader, "changes", killed_after_the_first_batch)
    center, hub_a, hub_b, usb = center_and_hubs
    made = _bundle_of(center, usb, 30, 5)

    report = exchange.import_bundle(hub_a, made.path, backup=False)

    assert spy.left_by_the_child > 0  # the rest was read here, after what the child had sent
    monkeypatch.setattr(change_reader, "READER_FROM_BYTES", 1 << 62)
    assert report.new == exchange.import_bundle(hub_b, made.path, backup=False).new
    assert _stored_rows(hub_a) == _stored_rows(hub_b)


def _damaged_bundle(site_pair, tmp_path: Path, people: tuple[str, ...],  # type: ignore[no-untyped-def]
                    damage) -> Path:
    """A bundle from the center for `people` (each consenting to the hub), its change lines passed through
    `damage` and sealed again with the center's real keys."""
    hub, center, usb = site_pair
    from tests.sync.sites import add_person, consent_to_hub

    for name in people:
        consent_to_hub(center, add_person(center, name).id)
    made = exchange.export_bundle(center, HUB, usb)
    manifest, sections = kit.open_bundle(made.path, hub)
    rows = kit.lines(sections[exchange.CHANGES])
    damage(rows)
    sections[exchange.CHANGES] = kit.gz_lines(rows)
    return kit.reseal(center, HUB, tmp_path / "bad.age", manifest, sections)


def _refusals_both_ways(hub, bad: Path, monkeypatch) -> list[tuple[str, dict[str, Any]]]:  # type: ignore[no-untyped-def]
    """The refusal of importing `bad` through the child, then read by the importing process itself."""
    refusals = []
    for reader_from in (0, 1 << 62):
        monkeypatch.setattr(change_reader, "READER_FROM_BYTES", reader_from)
        with pytest.raises(RoscError) as refused:
            exchange.import_bundle(hub, bad)
        refusals.append((refused.value.code, refused.value.params))
    return refusals


@pytest.mark.parametrize("through", ["the child", "this process"])
@pytest.mark.parametrize("field, value", [
    ("date_of_birth", "the fifth of never"),
    # Taken by the model, but the store keeps UTC and will not guess: this was a ValueError's traceback.
    ("created_at", "2026-01-05T10:00:00"),
    # Taken by the model, but it has no UTC: this was an OverflowError's traceback.
    ("created_at", "0001-01-01T00:00:00+05:00"),
])
def test_a_payload_its_model_refuses_refuses_the_bundle_naming_its_table(sites, tmp_path, monkeypatch,  # noqa: F811
                                                                          field, value, through):
    hub = sites[0]
    if through == "this process":
        monkeypatch.setattr(change_reader, "READER_FROM_BYTES", 1 << 62)

    def damage(rows: list[dict[str, Any]]) -> None:
        next(r for r in rows if r["t"] == "participant")["p"][field] = value

    bad = _damaged_bundle(sites, tmp_path, ("Dana Example",), damage)
    before = kit.counts(hub)

    for dry_run in (True, False):
        with pytest.raises(RoscError) as refused:
            exchange.import_bundle(hub, bad, dry_run=dry_run)
        assert (refused.value.code, refused.value.params) == ("bundle_rows_invalid", {"section": "participant"})
    assert kit.counts(hub) == before and kit.work_leftovers(hub) == []


def test_the_child_is_given_no_secret_on_its_command_line_or_in_its_environment(monkeypatch, center_and_hubs):
    monkeypatch.setenv("ROSC_PASSWORD", "a password typed for a script")
    monkeypatch.setenv("ROSC_RECOVERY_KEY", "a recovery key typed for a script")
    seen: list[bytes] = []
    secrets: list[bytes] = []
    real_changes = change_reader.ChangeReader.changes

    def looked_at(self, section, limits):  # type: ignore[no-untyped-def]
        secrets.append(section.handover()["key"].encode())  # the work file's key, which the child now holds
        for n, change in enumerate(real_changes(self, section, limits)):
            if n == 0:
                proc = Path("/proc") / str(self._process.pid)
                seen.append((proc / "cmdline").read_bytes() + (proc / "environ").read_bytes())
                assert os.getsid(self._process.pid) != os.getsid(0)  # its own session: Ctrl+C is ours to pass on
            yield change

    monkeypatch.setattr(change_reader.ChangeReader, "changes", looked_at)
    center, hub, _other, usb = center_and_hubs
    exchange.import_bundle(hub, _bundle_of(center, usb, 4, 1).path, backup=False)
    assert len(seen) == 1 and secrets and secrets[0].startswith(b"AGE-SECRET-KEY")
    assert secrets[0] not in seen[0] and b"a password typed" not in seen[0] and b"a recovery key" not in seen[0]


def test_a_reader_not_needed_ends_by_itself_without_a_word():
    reader = change_reader.ChangeReader.start()
    assert reader is not None and reader._process.stdin is not None
    reader._process.stdin.close()  # what an import refused before its changes were read leaves it with
    assert reader._process.wait(timeout=120) == 0
    reader.close()


def test_a_child_of_another_version_is_not_used_and_the_import_reads_the_changes_itself(
        monkeypatch, center_and_hubs, every_import_through_the_reader):
    spy = every_import_through_the_reader
    spy.child_may_stop = True
    # As after an upgrade under a running app: the importing process's tables are not the child's.
    layout = change_reader.table_layout()
    layout["participant"] = list(reversed(layout["participant"]))
    monkeypatch.setattr(change_reader, "table_layout", lambda: layout)
    center, hub, other, usb = center_and_hubs
    made = _bundle_of(center, usb, 6, 2)

    report = exchange.import_bundle(hub, made.path, backup=False)

    assert spy.left_by_the_child == made.changes and report.new + report.unchanged == made.changes
    monkeypatch.setattr(change_reader, "READER_FROM_BYTES", 1 << 62)
    exchange.import_bundle(other, made.path, backup=False)
    assert _stored_rows(hub) == _stored_rows(other)


def test_a_refused_line_comes_after_the_lines_before_it_whatever_the_batch_sizes(sites, tmp_path,  # noqa: F811
                                                                               monkeypatch):
    def damage(rows: list[dict[str, Any]]) -> None:
        assert rows[0]["t"] == "participant" and len(rows) > 4
        rows[0]["p"]["date_of_birth"] = "the fifth of never"  # refused when its batch is planned
        rows[4]["o"] = "SOMEONE-ELSE"  # refused when the line is read

    bad = _damaged_bundle(sites, tmp_path, ("Dana Example", "Eli Example", "Fay Example"), damage)
    monkeypatch.setattr(apply, "_BATCH", 2)  # the first batch is planned before the fifth line is read

    assert _refusals_both_ways(sites[0], bad, monkeypatch) == [("bundle_rows_invalid", {"section": "participant"})] * 2


@pytest.mark.parametrize("repeated_at", [2, 3], ids=["inside a batch", "first of the next batch"])
def test_a_seq_that_does_not_go_up_is_refused_inside_a_batch_and_across_two(sites, tmp_path, monkeypatch,  # noqa: F811
                                                                           repeated_at):
    # Batches of three lines: the repeat falls inside one message, or opens the next.
    hub = sites[0]

    def damage(rows: list[dict[str, Any]]) -> None:
        rows[repeated_at]["s"] = rows[repeated_at - 1]["s"]

    bad = _damaged_bundle(sites, tmp_path, ("Dana Example", "Eli Example", "Fay Example"), damage)
    before = kit.counts(hub)

    assert _refusals_both_ways(hub, bad, monkeypatch) == [("bundle_rows_invalid", {"section": exchange.CHANGES})] * 2
    assert kit.counts(hub) == before


def test_the_columns_the_plan_compares_cross_from_the_child_as_they_are():
    # Incoming.value gives the child's bound values to the plan's owner, link and uniqueness checks: those
    # compare with the store's own values, so a column they read must not change when bound (a UUID type would).
    from sqlalchemy import create_engine

    from rosc_desktop.sync.tables import synced_models

    dialect = create_engine("sqlite://").dialect
    for table, model in synced_models().items():
        for column in model.__table__.columns:  # type: ignore[attr-defined]
            if column.foreign_keys or (column.unique and not column.primary_key) or column.key == "owner_site":
                assert column.type.dialect_impl(dialect).bind_processor(dialect) is None, (table, column.key)


def test_the_child_served_the_rows_it_was_started_for(center_and_hubs, every_import_through_the_reader):
    spy = every_import_through_the_reader
    center, hub, _other, usb = center_and_hubs
    made = _bundle_of(center, usb, 10, 9)

    report = exchange.import_bundle(hub, made.path, backup=False)

    assert len(spy.readers) == 1 and spy.read_here == 0  # nothing read here: all came from the child
    assert report.new + report.unchanged == made.changes


def test_without_an_interpreter_to_start_the_import_reads_the_changes_itself(monkeypatch, center_and_hubs,
                                                                             every_import_through_the_reader):
    spy = every_import_through_the_reader
    spy.may_not_start = True
    monkeypatch.setattr(change_reader.sys, "executable", None)  # Python embedded in another program
    center, hub, _other, usb = center_and_hubs
    made = _bundle_of(center, usb, 3, 4)

    report = exchange.import_bundle(hub, made.path, backup=False)

    assert spy.readers == [] and spy.read_here == made.changes
    assert report.new + report.unchanged == made.changes
