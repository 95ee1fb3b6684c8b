"""The sync engine at the service level: a center and a hub in separate data folders exchanging bundle files.

Each test plays one line of /work/shared/sync-tests.md: replay, loss, reordering, gaps, schema skew, forks,
clock skew, wrong keys, damaged files and key rotation, and asserts what the hub holds afterwards.
"""

from __future__ import annotations

import base64
import gzip
import json
import shutil
import zlib
from typing import Any

import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlmodel import select

from rosc_desktop.errors import RoscError
from rosc_desktop.model import Intake, Participant, Partner, SyncPeerState
from rosc_desktop.model.types import utc_now
from rosc_desktop.services.checkins import CheckInInput
from rosc_desktop.services.directory import PartnerInput
from rosc_desktop.services.intake import IntakeText
from rosc_desktop.services.participants import ParticipantInput
from rosc_desktop.sync import exchange, keys, transfer
from tests.sync import kit
from tests.sync.sites import add_person, consent_to_hub, link, make_site

HUB, CENTER = "HUB-1", "HL-01"


@pytest.fixture
def sites(tmp_path):
    """(hub, center, usb folder), enrolled with each other."""
    opened = []
    hub = make_site(tmp_path / "sites", HUB, is_hub=True)
    center = make_site(tmp_path / "sites", CENTER)
    opened += [hub, center]
    link(center, hub)
    usb = tmp_path / "usb"
    usb.mkdir()
    yield hub, center, usb
    for svc in opened:
        svc.close()


@pytest.fixture
def any_sites(hub_services_factory, store_backend, tmp_path):
    """(hub, center, usb) with the hub's store on SQLite, then on PostgreSQL (a big hub)."""
    hub = hub_services_factory(HUB, is_hub=True)
    center = hub_services_factory(CENTER, is_hub=False)
    assert hub.store.is_postgres == (store_backend == "postgresql")
    link(center, hub)
    usb = tmp_path / "usb"
    usb.mkdir()
    return hub, center, usb


def person(center, name="Dana Example", consent=True, **fields):  # type: ignore[no-untyped-def]
    p = add_person(center, name, **fields)
    if consent:
        consent_to_hub(center, p.id)
    return p


def edit(center, pid: str, **changes):  # type: ignore[no-untyped-def]
    view = center.participants.open(pid)
    data = view.as_input().__dict__ | changes
    return center.participants.update(pid, ParticipantInput(**data), view.version)


def hub_row(hub, pid: str) -> Participant | None:
    return kit.row(hub, Participant, pid)


def deliver(src, dst, usb):  # type: ignore[no-untyped-def]
    """One export from `src` to `dst` and its import there."""
    peer = exchange._local_site(dst).code
    result = exchange.export_bundle(src, peer, usb)
    return result, exchange.import_bundle(dst, result.path)


# ------------------------------------------------------------------------------------------------ round trip


def test_round_trip_carries_people_to_the_hub_and_the_partner_list_back(any_sites):
    hub, center, usb = any_sites
    dana = person(center, "Dana Secretname", phone="555 0100")
    eli = person(center, "Eli Othername", consent=False)
    hub.directory.save_partner(PartnerInput(name="Harbor Housing"))

    out, report = deliver(center, hub, usb)

    assert report.status == "applied"
    assert report.new == out.changes == 3 and report.conflicts == 0
    at_hub = hub_row(hub, dana.id)
    assert at_hub is not None and at_hub.preferred_name == "Dana Secretname" and at_hub.phone == "555 0100"
    assert (at_hub.version, at_hub.hlc) == (kit.row(center, Participant, dana.id).version,
                                           kit.row(center, Participant, dana.id).hlc)
    assert hub_row(hub, eli.id).preferred_name == ""  # no consent: de-identified
    assert kit.received(hub, CENTER) == kit.sent_seqs(out.path, hub)

    back, center_report = deliver(hub, center, usb)
    assert center_report.status == "applied"
    assert [p.name for p in center.directory.partners()] == ["Harbor Housing"]
    status = {s.site_code: s for s in exchange.peer_statuses(center)}[HUB]
    assert status.acked_by_peer == out.seq_to and status.unacknowledged == 0


def test_dry_run_writes_nothing(sites):
    hub, center, usb = sites
    person(center)
    out = exchange.export_bundle(center, HUB, usb)
    before, log_before = kit.counts(hub), kit.log_statuses(hub)

    report = exchange.import_bundle(hub, out.path, dry_run=True)

    assert report.status == "would_apply" and report.new == 2
    assert kit.counts(hub) == before and kit.log_statuses(hub) == log_before
    assert exchange.import_bundle(hub, out.path).new == 2  # the dry run did not mark anything as seen


def test_the_tables_lines_add_up_to_the_total(sites):
    """A row edited twice between two exports travels three times in one bundle; its older versions change nothing
    and were counted in the total only ("Total: ... 38 unchanged" under tables that each said 0)."""
    hub, center, usb = sites
    dana = person(center)
    edit(center, dana.id, phone="555 0101")
    edit(center, dana.id, phone="555 0102")

    report = exchange.import_bundle(hub, exchange.export_bundle(center, HUB, usb).path)

    assert report.by_table["participant"]["unchanged"] >= 2  # the two older versions of Dana's row
    for what in ("new", "updated", "unchanged", "conflicts"):
        assert sum(line[what] for line in report.by_table.values()) == getattr(report, what), what
    assert hub_row(hub, dana.id).phone == "555 0102"


# ------------------------------------------------------------------------------------------------ replay


def test_the_same_bundle_twice_and_renamed_is_a_receipt(any_sites):
    hub, center, usb = any_sites
    person(center)
    out = exchange.export_bundle(center, HUB, usb)
    first = exchange.import_bundle(hub, out.path)
    after_first = kit.state(hub), kit.counts(hub)

    again = exchange.import_bundle(hub, out.path)
    renamed = out.path.with_name("monthly-export.age")
    shutil.copyfile(out.path, renamed)
    renamed_report = exchange.import_bundle(hub, renamed)

    for r in (again, renamed_report):
        assert r.status == "replay" and r.new == r.updated == 0
        assert r.already_imported_on is not None
    assert (kit.state(hub), kit.counts(hub)) == after_first
    assert first.log_id is not None
    assert [s for _, s, _ in kit.log_statuses(hub)] == ["applied", "replay", "replay"]


def test_a_lower_range_after_higher_ones_changes_nothing(any_sites):
    hub, center, usb = any_sites
    dana = person(center)
    b1 = exchange.export_bundle(center, HUB, usb)
    edit(center, dana.id, phone="555 0123")
    b2 = exchange.export_bundle(center, HUB, usb)
    assert (b1.seq_from, b2.seq_from) == (1, 1) and b2.seq_to > b1.seq_to  # cumulative: nothing acknowledged

    exchange.import_bundle(hub, b2.path)
    after = kit.state(hub), kit.counts(hub)
    late = exchange.import_bundle(hub, b1.path)

    assert late.new == late.updated == late.conflicts == 0
    assert (kit.state(hub), kit.counts(hub)) == after
    assert hub_row(hub, dana.id).phone == "555 0123"


# ------------------------------------------------------------------------------------------------ order


def test_out_of_order_and_a_lost_bundle_healed_by_the_next(sites):
    hub, center, usb = sites
    dana = person(center)
    bundles, center_states = [], []
    for phone in ("555 0101", "555 0102", "555 0103", "555 0104"):
        edit(center, dana.id, phone=phone)
        bundles.append(exchange.export_bundle(center, HUB, usb))
        center_states.append(kit.row(center, Participant, dana.id).version)
    b1, b2, b3, b4 = bundles

    exchange.import_bundle(hub, b1.path)
    assert hub_row(hub, dana.id).phone == "555 0101"
    exchange.import_bundle(hub, b3.path)  # 3 before 2
    assert hub_row(hub, dana.id).phone == "555 0103"
    after_b3 = kit.state(hub)
    late = exchange.import_bundle(hub, b2.path)
    assert late.new == late.conflicts == 0 and kit.state(hub) == after_b3
    assert hub_row(hub, dana.id).phone == "555 0103"
    # b2's loss never mattered and b4 carries everything since the last acknowledgement.
    healed = exchange.import_bundle(hub, b4.path)
    assert healed.status == "applied"
    assert hub_row(hub, dana.id).phone == "555 0104" and hub_row(hub, dana.id).version == center_states[-1]
    assert kit.received(hub, CENTER) == kit.sent_seqs(b4.path, hub)
    assert exchange.conflicts(hub) == []


# ------------------------------------------------------------------------------------------------ gaps


def _claim_acked(center, seq: int) -> None:  # type: ignore[no-untyped-def]
    """The center believes the hub acknowledged `seq` (a hub restored from an older copy of its data)."""
    with center.store.write() as session:
        st = session.get(SyncPeerState, HUB) or SyncPeerState(site_code=HUB)
        st.acked_by_peer = seq
        session.add(st)


def test_a_gap_is_held_naming_the_missing_range_and_released_when_filled(any_sites):
    hub, center, usb = any_sites
    dana = person(center)
    person(center, "Eli Example")
    _claim_acked(center, 2)
    gapped = exchange.export_bundle(center, HUB, usb)
    assert gapped.seq_from == 3
    before = kit.counts(hub)

    assert exchange.import_bundle(hub, gapped.path, dry_run=True).status == "would_hold"
    held = exchange.import_bundle(hub, gapped.path)

    assert held.status == "held" and held.missing == (1, 2)
    assert kit.counts(hub) == before
    assert kit.log_statuses(hub)[-1][1:] == ("held", "gap")
    assert not list((hub.paths.root / "sync-held").glob("*.part"))
    assert [s.held for s in exchange.peer_statuses(hub)] == [1]

    _claim_acked(center, 0)  # the hub's next bundle would say so; the next export starts from 1
    full = exchange.export_bundle(center, HUB, usb)
    assert exchange.import_bundle(hub, full.path).status == "applied"

    statuses = [s for _, s, _ in kit.log_statuses(hub)]
    assert statuses.count("released") == 1 and "held" not in statuses
    assert hub_row(hub, dana.id) is not None
    assert kit.received(hub, CENTER) == kit.sent_seqs(full.path, hub)
    assert list((hub.paths.root / "sync-held").iterdir()) == []


def test_a_held_bundle_can_be_forced_and_the_rows_it_cannot_place_are_flagged(any_sites):
    hub, center, usb = any_sites
    dana = add_person(center, "Dana Example")  # the hub will miss this; no consent, so no refresh heals it
    _claim_acked(center, kit.last_seq(center))
    center.checkins.record(dana.id, CheckInInput(occurred_at=utc_now()))  # points at the missing person
    gapped = exchange.export_bundle(center, HUB, usb)
    held = exchange.import_bundle(hub, gapped.path)
    log_id = [e.id for e in exchange.bundle_log(hub) if e.status == "held"][0]

    forced = exchange.apply_held(hub, log_id, force_gap=True)

    assert forced.status == "applied" and "gap_forced" in forced.notices and held.missing[0] == 1
    [conflict] = exchange.conflicts(hub)
    assert conflict.kind == "missing_link" and conflict.table_name == "check_in"
    assert [e.status for e in exchange.bundle_log(hub) if e.id == log_id] == ["released"]

    # The missing range arrives later: the person lands, and the flagged consent can now be taken.
    _claim_acked(center, 0)
    exchange.import_bundle(hub, exchange.export_bundle(center, HUB, usb).path)
    assert hub_row(hub, dana.id) is not None
    exchange.resolve_conflict(hub, conflict.id, "take_remote")
    assert exchange.conflicts(hub) == []


# ------------------------------------------------------------------------------------------------ schema skew


def _opened(center, hub, usb):  # type: ignore[no-untyped-def]
    out = exchange.export_bundle(center, HUB, usb)
    manifest, sections = kit.open_bundle(out.path, hub)
    return out, manifest, sections


def test_a_newer_schema_is_refused_and_nothing_is_written(sites, tmp_path):
    hub, center, usb = sites
    person(center)
    _, manifest, sections = _opened(center, hub, usb)
    newer = kit.reseal(center, HUB, tmp_path / "newer.age", manifest, sections,
                       schema_version=exchange.SCHEMA_VERSION + 1, app_version="0.9.0")
    before = kit.counts(hub)

    with pytest.raises(RoscError) as info:
        exchange.import_bundle(hub, newer)

    assert info.value.code == "bundle_schema_newer"
    assert info.value.params["app_version"] == "0.9.0"  # "update this app to 0.9.0 or later"
    assert kit.counts(hub) == before
    assert kit.log_statuses(hub)[-1] == ("in", "refused", "bundle_schema_newer")
    assert kit.work_leftovers(hub) == []


def test_an_older_schema_without_a_newer_field_is_applied_with_its_default(sites, tmp_path):
    hub, center, usb = sites
    dana = person(center, pronouns="she/her")
    _, manifest, sections = _opened(center, hub, usb)
    rows = kit.lines(sections[exchange.CHANGES])
    for line in rows:
        if line["t"] == "participant":
            del line["p"]["pronouns"]
    sections[exchange.CHANGES] = kit.gz_lines(rows)
    older = kit.reseal(center, HUB, tmp_path / "older.age", manifest, sections,
                       schema_version=exchange.SCHEMA_VERSION - 1)

    report = exchange.import_bundle(hub, older)

    assert report.status == "applied" and report.new == 2
    assert hub_row(hub, dana.id).pronouns == "" and hub_row(hub, dana.id).preferred_name == "Dana Example"


def test_an_unknown_required_capability_is_refused_and_an_unknown_section_ignored(sites, tmp_path):
    hub, center, usb = sites
    dana = person(center)
    _, manifest, sections = _opened(center, hub, usb)
    needs = kit.reseal(center, HUB, tmp_path / "needs.age", manifest, sections,
                       requires=[exchange.CAPABILITY_CHANGES, "teleport-v9"])
    before = kit.counts(hub)
    with pytest.raises(RoscError) as info:
        exchange.import_bundle(hub, needs)
    assert info.value.code == "bundle_needs_capability" and kit.counts(hub) == before

    extra = kit.reseal(center, HUB, tmp_path / "extra.age", manifest,
                       {**sections, "future-notes.jsonl.gz": kit.gz_lines([{"x": 1}])})
    assert exchange.import_bundle(hub, extra).status == "applied"
    assert hub_row(hub, dana.id) is not None


# ------------------------------------------------------------------------------------------------ acks


def test_acknowledgements_move_the_next_export_and_mark_the_log(sites):
    hub, center, usb = sites
    dana = person(center)
    b1 = exchange.export_bundle(center, HUB, usb)
    b2 = exchange.export_bundle(center, HUB, usb)
    exchange.import_bundle(hub, b2.path)
    deliver(hub, center, usb)

    assert [e.status for e in exchange.bundle_log(center) if e.direction == "out"] == ["acknowledged"] * 2
    edit(center, dana.id, phone="555 0199")
    b3 = exchange.export_bundle(center, HUB, usb)
    assert (b3.seq_from, b3.changes) == (b2.seq_to + 1, 1)
    assert b1.seq_to == b2.seq_to
    assert exchange.import_bundle(hub, b3.path).updated == 1


# ------------------------------------------------------------------------------------------------ forks


@pytest.fixture
def forked(any_sites, tmp_path):
    """The center and a clone of its data folder (a restored laptop), both going on after the hub caught up."""
    hub, center, usb = any_sites
    dana = person(center, "Dana Example", phone="555 0100")
    deliver(center, hub, usb)
    deliver(hub, center, usb)
    clone = kit.copy_site(center, tmp_path, "clone")
    yield hub, center, clone, usb, dana
    clone.close()


def test_a_fork_editing_the_same_record_goes_to_review_with_both_versions(forked):
    hub, center, clone, usb, dana = forked
    edit(center, dana.id, phone="555 0111")
    edit(clone, dana.id, phone="555 0222")

    first = exchange.import_bundle(hub, exchange.export_bundle(center, HUB, usb).path)
    second = exchange.import_bundle(hub, exchange.export_bundle(clone, HUB, usb).path)

    assert first.updated == 1 and second.conflicts == 1
    assert hub_row(hub, dana.id).phone == "555 0111"
    [conflict] = exchange.conflicts(hub)
    assert conflict.kind == "fork" and conflict.row_id == dana.id and "phone" in conflict.fields
    assert (conflict.local["phone"], conflict.remote["phone"]) == ("555 0111", "555 0222")

    exchange.resolve_conflict(hub, conflict.id, "take_remote")
    assert hub_row(hub, dana.id).phone == "555 0222" and exchange.conflicts(hub) == []


def test_a_fork_edit_numbered_after_an_unrelated_change_still_goes_to_review(forked):
    hub, center, clone, usb, dana = forked
    edit(center, dana.id, phone="555 0111")
    add_person(clone, "Someone Else")  # the clone's seq numbers now differ from the center's
    edit(clone, dana.id, email="dana@example.org")

    exchange.import_bundle(hub, exchange.export_bundle(center, HUB, usb).path)
    exchange.import_bundle(hub, exchange.export_bundle(clone, HUB, usb).path)

    # The clone's new person shares a seq number with the center's edit: it must still arrive.
    with hub.store.read() as session:
        names = sorted(p.preferred_name for p in session.exec(select(Participant)).all())
    assert "Someone Else" not in names and len(names) == 2  # de-identified (no consent), but there
    [edit_conflict] = exchange.conflicts(hub)
    assert edit_conflict.kind == "fork" and edit_conflict.row_id == dana.id
    assert {"phone", "email"} <= set(edit_conflict.fields)
    exchange.resolve_conflict(hub, edit_conflict.id, "keep_local")
    assert hub_row(hub, dana.id).phone == "555 0111"


def test_identical_edits_on_both_sides_of_a_fork_are_unchanged(forked):
    hub, center, clone, usb, dana = forked
    add_person(clone, "Someone Else")  # the clone's edit gets another seq number than the center's
    edit(center, dana.id, phone="555 0333")
    edit(clone, dana.id, phone="555 0333")

    exchange.import_bundle(hub, exchange.export_bundle(center, HUB, usb).path)
    second = exchange.import_bundle(hub, exchange.export_bundle(clone, HUB, usb).path)

    assert [c for c in exchange.conflicts(hub) if c.row_id == dana.id] == []
    assert second.by_table.get("participant", {}).get("unchanged", 0) >= 1
    assert hub_row(hub, dana.id).phone == "555 0333"


def test_duplicate_creates_from_a_fork_are_flagged(forked):
    hub, center, clone, usb, dana = forked
    center.intake.save(dana.id, IntakeText(strengths="guitar"), 0)
    clone.intake.save(dana.id, IntakeText(strengths="cooking"), 0)

    exchange.import_bundle(hub, exchange.export_bundle(center, HUB, usb).path)
    report = exchange.import_bundle(hub, exchange.export_bundle(clone, HUB, usb).path)

    assert report.conflicts == 1
    [conflict] = exchange.conflicts(hub)
    assert conflict.kind == "duplicate" and conflict.table_name == "intake"
    with hub.store.read() as session:
        assert [i.strengths for i in session.exec(select(Intake)).all()] == ["guitar"]
    with pytest.raises(RoscError) as info:
        exchange.resolve_conflict(hub, conflict.id, "take_remote")
    assert info.value.code == "conflict_cannot_take_remote"


def test_delete_versus_update_in_a_fork_is_flagged(forked):
    hub, center, clone, usb, dana = forked
    center.participants.void(dana.id)
    edit(clone, dana.id, phone="555 0444")

    exchange.import_bundle(hub, exchange.export_bundle(center, HUB, usb).path)
    exchange.import_bundle(hub, exchange.export_bundle(clone, HUB, usb).path)

    assert hub_row(hub, dana.id).deleted_at is not None
    [conflict] = exchange.conflicts(hub)
    assert conflict.kind == "fork" and "deleted_at" in conflict.fields


def test_a_delete_after_an_update_wins_whatever_the_order_of_arrival(sites):
    hub, center, usb = sites
    dana = person(center)
    edit(center, dana.id, phone="555 0555")
    with_update = exchange.export_bundle(center, HUB, usb)
    center.participants.void(dana.id)
    with_delete = exchange.export_bundle(center, HUB, usb)

    exchange.import_bundle(hub, with_delete.path)
    exchange.import_bundle(hub, with_update.path)

    assert hub_row(hub, dana.id).deleted_at is not None and exchange.conflicts(hub) == []


def test_an_hlc_tie_with_different_content_is_not_silently_dropped(forked, monkeypatch):
    hub, center, clone, usb, dana = forked
    add_person(clone, "Someone Else")  # different seq numbers, so only the stamps can tell the edits apart
    tie = "9999999999999-0000"
    for svc in (center, clone):
        monkeypatch.setattr(svc.store.clock, "now", lambda: tie)
    edit(center, dana.id, phone="555 0666")
    edit(clone, dana.id, phone="555 0777")
    assert kit.row(center, Participant, dana.id).hlc == kit.row(clone, Participant, dana.id).hlc == tie

    exchange.import_bundle(hub, exchange.export_bundle(center, HUB, usb).path)
    exchange.import_bundle(hub, exchange.export_bundle(clone, HUB, usb).path)

    assert [c.kind for c in exchange.conflicts(hub) if c.row_id == dana.id] == ["fork"]


# ------------------------------------------------------------------------------------------------ clocks


def test_a_center_two_years_ahead_is_applied_flagged_and_does_not_drag_the_hub(sites, monkeypatch):
    hub, center, usb = sites
    import time as time_module

    real = time_module.time
    ahead = 2 * 365 * 24 * 3600
    monkeypatch.setattr(center.store.clock, "_wall_millis", lambda: int((real() + ahead) * 1000))
    dana = person(center)
    out = exchange.export_bundle(center, HUB, usb)

    report = exchange.import_bundle(hub, out.path)

    assert report.status == "applied" and "clock_ahead" in report.notices
    assert kit.log_statuses(hub)[-1] == ("in", "applied", "clock_ahead")
    assert hub_row(hub, dana.id).hlc == kit.row(center, Participant, dana.id).hlc
    hub.directory.save_partner(PartnerInput(name="Harbor Housing"))
    with hub.store.read() as session:
        partner = session.exec(select(Partner)).one()
    from rosc_desktop.store.clock import parse_stamp

    assert parse_stamp(partner.hlc)[0] <= int((real() + 60) * 1000)


# ------------------------------------------------------------------------------------------------ keys


def test_a_bundle_for_another_hub_is_refused_with_nothing_written(sites, tmp_path):
    hub, center, usb = sites
    other = make_site(tmp_path / "sites", "HUB-2", is_hub=True)
    try:
        link(center, other)
        person(center)
        out = exchange.export_bundle(center, "HUB-2", usb)
        before = kit.counts(hub)
        with pytest.raises(RoscError) as info:
            exchange.import_bundle(hub, out.path)
        assert info.value.code == "bundle_wrong_key"
        assert kit.counts(hub) == before and kit.work_leftovers(hub) == []
        assert kit.log_statuses(hub)[-1] == ("in", "refused", "bundle_wrong_key")
    finally:
        other.close()


def _center_bundle_bytes(center, hub, usb) -> bytes:  # type: ignore[no-untyped-def]
    """A ~200 KiB bundle: people with long intake text that does not compress."""
    import os as os_module

    import base64

    for i in range(9):
        p = person(center, f"Person {i}")
        text = base64.b64encode(os_module.urandom(24_000)).decode()[:30_000]
        center.intake.save(p.id, IntakeText(strengths=text[:10_000], hopes=text[10_000:20_000],
                                            what_matters=text[20_000:]), 0)
    out = exchange.export_bundle(center, HUB, usb)
    return out.path.read_bytes()


def test_tampered_and_truncated_bundles_write_nothing_and_leave_no_plaintext(sites, tmp_path):
    hub, center, usb = sites
    data = _center_bundle_bytes(center, hub, usb)
    assert 150_000 < len(data) < 400_000
    chunk = 64 * 1024 + 16  # one age STREAM chunk of ciphertext
    header_end = data.index(b"\n---") + 1 + data[data.index(b"\n---") + 1:].index(b"\n") + 1
    cuts = {0, header_end, header_end + 16, len(data) - 1}
    for k in range(1, len(data) // chunk + 1):
        boundary = header_end + 16 + k * chunk
        cuts |= {boundary - 1, boundary, boundary + 1}
    flips = {10, header_end - 5, header_end + 20, header_end + 16 + chunk + 7, len(data) // 2, len(data) - 3}
    cases = {f"cut{c}": data[:c] for c in sorted(cuts) if c < len(data)}
    cases |= {f"flip{o}": data[:o] + bytes([data[o] ^ 0x01]) + data[o + 1:] for o in sorted(flips)}
    cases["junk"] = data + b"trailing junk"
    before = kit.counts(hub)
    bad = tmp_path / "bad"
    bad.mkdir()

    for name, blob in cases.items():
        path = bad / f"{name}.age"
        path.write_bytes(blob)
        with pytest.raises(RoscError) as info:
            exchange.import_bundle(hub, path)
        assert info.value.code in {"bundle_unreadable", "bundle_damaged"}, name
        assert kit.counts(hub) == before, name
        assert kit.work_leftovers(hub) == [], name

    good = usb / "good.age"
    good.write_bytes(data)
    assert exchange.import_bundle(hub, good).status == "applied"


def test_bad_signature_unknown_sender_and_wrong_recipient_are_quarantined(sites, tmp_path):
    hub, center, usb = sites
    person(center)
    out, manifest, sections = _opened(center, hub, usb)
    before = kit.counts(hub)

    # Signed by a key the hub does not know for this center: a clone re-keyed, or a forger.
    stranger = make_site(tmp_path / "strangers", CENTER)
    try:
        keys.enrol(stranger, keys.trust_card(hub).card_text, keys.trust_card(hub).fingerprint, "hub")
        forged = kit.reseal(stranger, HUB, tmp_path / "forged.age", manifest, sections)
        unknown = make_site(tmp_path / "strangers", "XX-09")
        try:
            keys.enrol(unknown, keys.trust_card(hub).card_text, keys.trust_card(hub).fingerprint, "hub")
            add_person(unknown, "Zed Example")
            from_unknown = exchange.export_bundle(unknown, HUB, usb).path
        finally:
            unknown.close()
    finally:
        stranger.close()
    wrong_recipient = kit.reseal(center, HUB, tmp_path / "other.age", manifest, sections, recipient="HUB-2")

    expected = {forged: "bundle_signature_invalid", from_unknown: "bundle_unknown_sender",
                wrong_recipient: "bundle_not_for_us"}
    for path, code in expected.items():
        with pytest.raises(RoscError) as info:
            exchange.import_bundle(hub, path)
        assert info.value.code == code
        assert kit.log_statuses(hub)[-1] == ("in", "quarantined", code)
    assert kit.counts(hub) == before and kit.work_leftovers(hub) == []
    assert len(list((hub.paths.root / "sync-quarantine").iterdir())) == 3


def test_key_rotation_end_to_end(sites):
    hub, center, usb = sites
    dana = person(center)
    deliver(center, hub, usb)
    old_fp = keys.peer(hub, CENTER).fingerprint

    keys.rotate(center)
    edit(center, dana.id, phone="555 0800")
    _, announced = deliver(center, hub, usb)
    assert "peer_rotation_accepted" in announced.notices
    assert keys.peer(hub, CENTER).next_ed25519_public
    deliver(hub, center, usb)  # encrypted to the center's old and new keys

    keys.finish_rotation(center)
    edit(center, dana.id, phone="555 0801")
    _, signed_new = deliver(center, hub, usb)

    assert signed_new.status == "applied" and "peer_rotation_finished" in signed_new.notices
    promoted = keys.peer(hub, CENTER)
    assert promoted.next_ed25519_public is None and promoted.fingerprint != old_fp
    assert promoted.fingerprint == keys.trust_card(center).fingerprint
    assert hub_row(hub, dana.id).phone == "555 0801"
    _, back = deliver(hub, center, usb)  # now encrypted to the new key only
    assert back.status == "applied"


def test_a_retired_identity_still_opens_a_bundle_in_transit(sites):
    hub, center, usb = sites
    dana = person(center)
    in_transit = exchange.export_bundle(center, HUB, usb)  # encrypted to the hub's current key

    keys.rotate(hub)
    deliver(hub, center, usb)  # the center learns the hub's next key
    keys.finish_rotation(hub)
    assert len(keys.age_identities(hub)) == 2

    report = exchange.import_bundle(hub, in_transit.path)
    assert report.status == "applied" and hub_row(hub, dana.id) is not None
    _, back = deliver(hub, center, usb)
    assert "peer_rotation_finished" in back.notices


# ------------------------------------------------------------------------------------------------ PostgreSQL


def test_two_imports_at_once_into_one_postgresql_hub_apply_each_change_once(hub_services_factory,
                                                                           pg_database_url, tmp_path):
    import threading

    from rosc_desktop.services.session import sign_in
    from tests.conftest import ADMIN_PASSWORD

    hub = hub_services_factory(HUB, is_hub=True, backend="postgresql")
    assert hub.store.is_postgres
    centers = [hub_services_factory(code, is_hub=False) for code in (CENTER, "HL-02")]
    usb = tmp_path / "usb"
    usb.mkdir()
    bundles = []
    for n, center in enumerate(centers):
        link(center, hub)
        for i in range(30):
            person(center, f"Person {n}-{i}", consent=i % 2 == 0)
        bundles.append(exchange.export_bundle(center, HUB, usb))
    # Each thread its own Services on the same database, as two admins' machines would have.
    sessions = [sign_in(hub.paths, "admin", ADMIN_PASSWORD, make_backup=False, database_url=pg_database_url)
                for _ in range(4)]
    work = [bundles[0].path, bundles[1].path, bundles[0].path, bundles[1].path]
    results: list[object] = [None] * 4
    start = threading.Barrier(4)

    def run(k: int) -> None:
        start.wait()
        for attempt in range(3):
            try:
                results[k] = exchange.import_bundle(sessions[k], work[k], backup=False).status
                return
            except RoscError as exc:
                if exc.code != "bundle_import_raced":
                    results[k] = exc.code
                    return
                results[k] = "raced"
            except Exception as exc:  # noqa: BLE001 - reported in the assertion below, not lost in a thread
                results[k] = f"{type(exc).__name__}: {exc}"[:300]
                return
        results[k] = "raced three times"

    try:
        threads = [threading.Thread(target=run, args=(k,)) for k in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
    finally:
        for svc in sessions:
            svc.close()

    assert sorted(map(str, results)) == ["applied", "applied", "replay", "replay"], results
    for code, out in zip((CENTER, "HL-02"), bundles):
        assert kit.received(hub, code) == kit.sent_seqs(out.path, hub)
    counts = kit.counts(hub)
    assert counts["participant"] == 60 and counts["consent"] == 30 and counts["sync_conflict"] == 0
    assert [s for _, s, _ in kit.log_statuses(hub)].count("applied") == 2


# ------------------------------------------------------------------------------------------------ hostile peers


@pytest.mark.parametrize("claims_the_row", [False, True])
def test_a_center_cannot_overwrite_another_centers_records(sites, tmp_path, claims_the_row):
    hub, center, usb = sites
    dana = person(center, "Dana Example")
    exchange.import_bundle(hub, exchange.export_bundle(center, HUB, usb).path)
    rogue = make_site(tmp_path / "sites", "HL-66")
    try:
        link(rogue, hub)
        add_person(rogue, "Rogue Example")
        out = exchange.export_bundle(rogue, HUB, usb)
        manifest, sections = kit.open_bundle(out.path, hub)
        rows = kit.lines(sections[exchange.CHANGES])
        taken = kit.row(hub, Participant, dana.id).model_dump(mode="json")
        victim = dict(rows[0], r=dana.id, v=99, t="participant",
                      p={**taken, "preferred_name": "Overwritten", "version": 99, "hlc": rows[0]["h"]})
        claimed = dict(victim, p={**victim["p"], "owner_site": "HL-66"})
        sections[exchange.CHANGES] = kit.gz_lines([claimed if claims_the_row else victim])
        forged = kit.reseal(rogue, HUB, tmp_path / "forged.age", manifest, sections)

        report = exchange.import_bundle(hub, forged)

        assert report.conflicts == 1 and report.updated == 0
        assert kit.row(hub, Participant, dana.id).preferred_name == "Dana Example"
        assert {c.kind for c in exchange.conflicts(hub)} == {"not_owner"}
    finally:
        rogue.close()


@pytest.mark.parametrize("damage", ["hlc", "hlc_other_digits", "version", "refresh_version", "payload_id",
                                    "payload_version"])
def test_malformed_rows_from_a_trusted_peer_are_refused_cleanly(sites, tmp_path, damage):
    hub, center, usb = sites
    dana = person(center, "Dana Example")
    _, manifest, sections = _opened(center, hub, usb)
    rows = kit.lines(sections[exchange.CHANGES])
    if damage == "hlc":
        rows[0]["h"] = "not-a-stamp"
    elif damage == "hlc_other_digits":  # stamps are compared as text: digits of another script order apart
        rows[0]["h"] = rows[0]["p"]["hlc"] = rows[0]["h"].translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    elif damage == "version":
        rows[0]["v"] = "2"
    elif damage == "payload_id":
        rows[0]["p"]["id"] = dana.id if rows[0]["r"] != dana.id else "other"
    elif damage == "payload_version":  # the plan would compare one version and write another
        rows[0]["v"] += 5
    sections[exchange.CHANGES] = kit.gz_lines(rows)
    if damage == "refresh_version":
        row = kit.row(center, Participant, dana.id)
        sections[exchange.REFRESH] = kit.gz_lines([{"o": CENTER, "t": "participant", "r": dana.id, "v": "x",
                                                    "h": row.hlc, "p": row.model_dump(mode="json")}])
    bad = kit.reseal(center, HUB, tmp_path / "bad.age", manifest, sections)
    before = kit.counts(hub)

    with pytest.raises(RoscError) as info:
        exchange.import_bundle(hub, bad)

    assert info.value.code == "bundle_rows_invalid"
    assert kit.counts(hub) == before and kit.work_leftovers(hub) == []


def _deep(n: int) -> str:
    return "[" * n + "1" + "]" * n


def _with_text(rows: list[dict[str, Any]], field: str, text: str) -> bytes:
    """The changes section with `field` of the first row's payload replaced by raw JSON `text` (which json.dumps
    could not write: too deep for it)."""
    first = json.dumps(dict(rows[0], p={**rows[0]["p"], field: "@@"}), sort_keys=True).replace('"@@"', text)
    return gzip.compress((first + "\n").encode() + b"".join(json.dumps(r).encode() + b"\n" for r in rows[1:]))


# Content the format allows but no reader may take, signed by the real sender. Before the limits, a lone surrogate in
# a transfer passed the dry run and crashed the real import's write (elsewhere it was stored as is), deep nesting
# was a RecursionError, a version past 64 bits an OverflowError in SQLite, and a gzip bomb was inflated whole.
HOSTILE = {
    "surrogate_in_center_details": (exchange.CENTER, lambda rows, s: json.dumps(
        {"name": "Harbor \ud800 Light"}).encode(), "bundle_rows_invalid"),
    "surrogate_in_a_row": (exchange.CHANGES, lambda rows, s: kit.gz_lines(
        [dict(rows[0], p={**rows[0]["p"], "preferred_name": "Dana \udfff"})] + rows[1:]), "bundle_rows_invalid"),
    "surrogate_in_a_transfer": (transfer.TRANSFERS, lambda rows, s: json.dumps(
        {"id": "\ud800", "from": CENTER, "to": "AAA-1", "sealed": "x", "signature": "y"}).encode() + b"\n",
        "bundle_rows_invalid"),
    "deep_row": (exchange.CHANGES, lambda rows, s: _with_text(rows, "pathways", _deep(5000)), "bundle_rows_invalid"),
    "deep_acks": (exchange.ACKS, lambda rows, s: ('{"applied": ' + _deep(100_000) + "}").encode(),
                  "bundle_rows_invalid"),
    "huge_version": (exchange.CHANGES, lambda rows, s: kit.gz_lines(
        [dict(rows[0], v=1 << 70, p={**rows[0]["p"], "version": 1 << 70})] + rows[1:]), "bundle_rows_invalid"),
    "gzip_bomb": (exchange.CHANGES, lambda rows, s: _bomb(), "bundle_too_large"),
    "bad_gzip_crc": (exchange.CHANGES, lambda rows, s: s[:-8] + bytes([s[-8] ^ 0xFF]) + s[-7:],
                     "bundle_rows_invalid"),
}


def _bomb() -> bytes:
    z = zlib.compressobj(9, zlib.DEFLATED, 31)
    return b"".join(z.compress(b"\n" * (1 << 20)) for _ in range(256)) + z.flush()


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_content_from_a_trusted_peer_is_refused_in_the_dry_run_and_the_import(sites, tmp_path, case):
    hub, center, usb = sites
    person(center, "Dana Example")
    _, manifest, sections = _opened(center, hub, usb)
    name, make, code = HOSTILE[case]
    sections[name] = make(kit.lines(sections[exchange.CHANGES]), sections[exchange.CHANGES])
    bad = kit.reseal(center, HUB, tmp_path / "bad.age", manifest, sections)
    before, state = kit.counts(hub), kit.state(hub)

    for dry_run in (True, False):
        with pytest.raises(RoscError) as info:
            exchange.import_bundle(hub, bad, dry_run=dry_run)
        assert (info.value.code, info.value.params) == (code, {"section": name})

    assert kit.counts(hub) == before and kit.state(hub) == state and kit.work_leftovers(hub) == []
    if case != "huge_version":  # refused while the bundle is opened, before any planning, and logged as such:
        # by the import only, since a dry run changes nothing, not even the log
        assert [(s, r) for d, s, r in kit.log_statuses(hub)] == [("refused", code)]


def test_a_keys_section_that_does_not_parse_refuses_the_bundle_before_anything_is_written(sites, tmp_path):
    # It used to be read after the commit: the data was applied and the import still reported as refused.
    hub, center, usb = sites
    person(center, "Dana Example")
    _, manifest, sections = _opened(center, hub, usb)
    sections[exchange.KEYS] = b'{"rotation": '
    bad = kit.reseal(center, HUB, tmp_path / "bad.age", manifest, sections)
    before = kit.counts(hub)

    with pytest.raises(RoscError) as info:
        exchange.import_bundle(hub, bad)

    assert (info.value.code, info.value.params) == ("bundle_rows_invalid", {"section": exchange.KEYS})
    assert kit.counts(hub) == before and kit.work_leftovers(hub) == []


@pytest.mark.parametrize("package", [b'{"rows": ' + b"[" * 50_000 + b"]" * 50_000 + b"}",
                                     b'{"rows": [{"t": "participant", "p": {"id": "\\ud800"}}]}'])
def test_a_relayed_package_too_deep_or_not_unicode_is_refused_not_a_crash(sites, tmp_path, package):
    # Sealed to the center and signed by a center the hub vouches for: only the package's content is hostile. It
    # is opened after the commit, where a RecursionError used to end the import in a traceback.
    hub, center, usb = sites
    manifest, sections = kit.open_bundle(exchange.export_bundle(hub, CENTER, usb).path, center)
    far = Ed25519PrivateKey.generate()
    far_site = {"code": "FAR-9", "name": "Far Center", "age_recipients": [keys.trust_card(hub).age_recipients[0]],
                "ed25519_public": far.public_key().public_bytes_raw().hex()}
    line = {"id": "t-1", "from": "FAR-9", "to": CENTER, "sealed": base64.b64encode(
        pyrage.encrypt(package, keys.recipients_for(keys.peer(hub, CENTER)))).decode()}
    line["signature"] = base64.b64encode(far.sign(transfer._signed_body(line))).decode()
    sections[transfer.SITES] = json.dumps({"sites": [far_site]}).encode()
    sections[transfer.TRANSFERS] = json.dumps(line).encode() + b"\n"
    relayed = kit.reseal(hub, CENTER, tmp_path / "relay.age", manifest, sections)

    report = exchange.import_bundle(center, relayed)

    assert report.status == "applied" and (report.transfers, report.transfers_refused) == (1, 1)
    assert [t.status for t in transfer.transfers(center)] == ["refused"]


def test_a_key_change_that_does_not_check_out_is_left_out_with_a_notice_and_the_data_applied(sites, tmp_path):
    hub, center, usb = sites
    dana = person(center, "Dana Example")
    _, manifest, sections = _opened(center, hub, usb)
    sections[exchange.KEYS] = json.dumps({"rotation": {"kind": "not-a-rotation", "new_ed25519_public": "ab"}}).encode()
    odd = kit.reseal(center, HUB, tmp_path / "odd.age", manifest, sections)
    trusted = keys.peer(hub, CENTER)

    report = exchange.import_bundle(hub, odd)

    assert report.status == "applied" and "peer_rotation_refused" in report.notices
    assert hub_row(hub, dana.id) is not None
    assert keys.peer(hub, CENTER) == trusted


# ------------------------------------------------------------------------------------------------ restores


def test_an_old_directory_snapshot_does_not_roll_a_center_back(sites):
    hub, center, usb = sites
    partner = hub.directory.save_partner(PartnerInput(name="Harbor Housing"))
    old = exchange.export_bundle(hub, CENTER, usb)
    hub.directory.save_partner(PartnerInput(name="Harbor Housing Inc."), partner.id, partner.version)
    new = exchange.export_bundle(hub, CENTER, usb)

    exchange.import_bundle(center, new.path)
    late = exchange.import_bundle(center, old.path)

    assert late.new == late.updated == late.conflicts == 0
    assert [(p.name, p.version) for p in center.directory.partners()] == [("Harbor Housing Inc.", 2)]


def test_a_hub_restored_from_an_older_copy_gets_the_missing_range_again(sites, tmp_path):
    hub, center, usb = sites
    dana = person(center, "Dana Example")
    restored = kit.copy_site(hub, tmp_path, "hub-backup")  # the hub's data before it took the next bundle
    try:
        deliver(center, hub, usb)
        deliver(hub, center, usb)  # the center now believes the hub has everything
        edit(center, dana.id, phone="555 0900")

        # The hub's disk dies; it comes back from the older copy and gets this month's bundle: a gap.
        held = exchange.import_bundle(restored, exchange.export_bundle(center, HUB, usb).path)
        assert held.status == "held" and held.missing is not None and held.missing[0] == 1

        # One ordinary round (the restored hub's bundle tells the center what it really has) heals it.
        deliver(restored, center, usb)
        _, healed = deliver(center, restored, usb)
        assert healed.status == "applied"
        assert kit.row(restored, Participant, dana.id).phone == "555 0900"
        assert [e.status for e in exchange.bundle_log(restored) if e.status in ("held", "released")] == ["released"]
        assert exchange.conflicts(restored) == []
    finally:
        restored.close()


# ------------------------------------------------------------------------------------------------ cancel, holds


@pytest.mark.parametrize("stop_at", ["start", "end"])
def test_a_cancelled_export_leaves_no_file_and_no_log(sites, stop_at):
    hub, center, usb = sites
    person(center)
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return not (stop_at == "start" or done == total)

    with pytest.raises(RoscError) as info:
        exchange.export_bundle(center, HUB, usb, progress=progress)

    assert info.value.code == "cancelled" and seen
    assert list(usb.iterdir()) == []
    assert [e for e in exchange.bundle_log(center) if e.direction == "out"] == []
    assert exchange.export_bundle(center, HUB, usb).seq_from == 1


def test_the_same_gapped_bundle_twice_is_held_once_and_released_once(sites):
    hub, center, usb = sites
    person(center)
    _claim_acked(center, kit.last_seq(center))
    person(center, "Eli Example")
    gapped = exchange.export_bundle(center, HUB, usb)
    copy = usb / "copy.age"
    shutil.copyfile(gapped.path, copy)

    assert exchange.import_bundle(hub, gapped.path).status == "held"
    assert exchange.import_bundle(hub, copy).status == "held"
    assert [s for _, s, _ in kit.log_statuses(hub)] == ["held"]

    _claim_acked(center, 0)
    exchange.import_bundle(hub, exchange.export_bundle(center, HUB, usb).path)
    statuses = [s for _, s, _ in kit.log_statuses(hub)]
    assert statuses.count("released") == 1 and "held" not in statuses
    assert exchange.conflicts(hub) == []


def test_a_bundle_signed_with_a_key_retired_since_is_refused_and_nothing_is_lost(sites):
    """Made during the overlap, signed with the old key, carried on a slower stick: the newer bundle (new key)
    arrives first and completes the rotation at the hub. From then on the old key is not trusted (a site may
    rotate because a key leaked), so the slow bundle is quarantined; its content is already applied, because
    the newer bundle carried everything since the last acknowledgement."""
    hub, center, usb = sites
    dana = person(center)
    deliver(center, hub, usb)
    keys.rotate(center)
    _, announced = deliver(center, hub, usb)
    assert "peer_rotation_accepted" in announced.notices
    edit(center, dana.id, phone="555 0700")
    slow = exchange.export_bundle(center, HUB, usb)  # old key
    keys.finish_rotation(center)
    fast = exchange.export_bundle(center, HUB, usb)  # new key
    exchange.import_bundle(hub, fast.path)

    with pytest.raises(RoscError) as refused:
        exchange.import_bundle(hub, slow.path)

    assert refused.value.code == "bundle_signature_invalid"
    assert exchange.bundle_log(hub)[0].status == "quarantined"
    assert hub_row(hub, dana.id).phone == "555 0700"
