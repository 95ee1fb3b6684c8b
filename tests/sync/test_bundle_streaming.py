"""The fast paths of export and import (issue 19): lines encoded by orjson, payloads shaped per table, changes
applied in batches with rows handed to the driver directly. Each must give what the generic path gave."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rosc_desktop.errors import RoscError
from rosc_desktop.model import Participant
from rosc_desktop.sync import apply, exchange
from rosc_desktop.sync.profiles import PARTICIPANT_TABLES, deidentify, outgoing_shape, without_staff
from rosc_desktop.sync.sections import CHANGES, encode_line, read_lines_plain
from rosc_desktop.sync.tables import synced_models
from tests.sync import kit
from tests.sync.sites import HUB, add_person, consent_to_hub, open_pair


@pytest.fixture
def pair(tmp_path: Path):  # type: ignore[no-untyped-def]
    yield from open_pair(tmp_path)


def test_lines_are_the_bytes_json_dumps_wrote() -> None:
    rows = [
        {"b": 1, "a": [1.5, 1e16, -0.25, None, True, False], "c": {"z": "\"\\/", "y": []}},
        {"name": "Zoë Ñúñez \u2028 \x7f \x01 \t\n", "emoji": "\U0001F3F4\U000E0067", "n": -(1 << 63)},
        {"p": {"nested": [{"k": "v"}, [], {}]}, "big": (1 << 63) - 1, "f": 0.1 + 0.2},
    ]
    for row in rows:
        expected = json.dumps(row, separators=(",", ":"), ensure_ascii=False, sort_keys=True).encode() + b"\n"
        assert encode_line(row) == expected


def test_a_lone_surrogate_is_refused_as_before() -> None:
    with pytest.raises(ValueError):
        encode_line({"name": "\ud800"})


@pytest.mark.parametrize("table", sorted(PARTICIPANT_TABLES))
def test_outgoing_shape_matches_the_generic_functions(table: str) -> None:
    model = synced_models()[table]
    payload = {name: f"value of {name}" for name in model.model_fields}
    payload["recorded_by"] = "staff-1"
    shape = outgoing_shape(model, table)
    generic = deidentify(model, table, without_staff(dict(payload)))
    fast = shape.deidentify(shape.without_staff(dict(payload)))
    assert fast == generic
    assert shape.without_staff(dict(payload)) == without_staff(payload)


def _people(center, count: int) -> list[str]:  # type: ignore[no-untyped-def]
    ids = []
    for i in range(count):
        person = add_person(center, f"Person {i:02d}", phone=f"555-01{i:02d}")
        if i % 2 == 0:
            consent_to_hub(center, person.id)
        ids.append(person.id)
    return ids


def test_tables_larger_than_a_batch_round_trip_exactly(pair, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    hub, center, usb = pair
    ids = _people(center, 7)
    monkeypatch.setattr(apply, "_BATCH", 3)  # the participant table alone spans three batches
    result = exchange.export_bundle(center, HUB, usb)
    report = exchange.import_bundle(hub, result.path, backup=False)
    assert report.status == "applied"
    here, there = kit.state(center), kit.state(hub)
    for table in ("participant", "consent"):
        assert there[table] == here[table]
    for pid in ids[::2]:  # identified: every field as at the center
        mine, theirs = kit.row(center, Participant, pid), kit.row(hub, Participant, pid)
        assert theirs.model_dump() == mine.model_dump()
    for pid in ids[1::2]:  # de-identified: the name stays home
        assert kit.row(hub, Participant, pid).preferred_name == ""
    assert kit.received(hub, center.store.site_code) == kit.sent_seqs(result.path, hub)


def _rebuilt(center, hub, path: Path, tmp_path: Path, edit) -> Path:  # type: ignore[no-untyped-def]
    manifest, sections = kit.open_bundle(path, hub)
    rows = kit.lines(sections[CHANGES])
    edit(rows)
    sections[CHANGES] = kit.gz_lines(rows)
    return kit.reseal(center, HUB, tmp_path / "edited.age", manifest, sections)


def test_a_bad_row_in_the_second_batch_refuses_everything(pair, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    hub, center, usb = pair
    _people(center, 6)
    monkeypatch.setattr(apply, "_BATCH", 3)
    result = exchange.export_bundle(center, HUB, usb)

    def break_fifth_participant(rows: list[dict]) -> None:  # type: ignore[type-arg]
        people = [r for r in rows if r["t"] == "participant"]
        assert rows.index(people[4]) >= 3  # past the first batch
        people[4]["p"]["date_of_birth"] = "not a date"

    bad = _rebuilt(center, hub, result.path, tmp_path, break_fifth_participant)
    before = kit.counts(hub)
    with pytest.raises(RoscError) as caught:
        exchange.import_bundle(hub, bad, backup=False)
    assert caught.value.code == "bundle_rows_invalid"
    assert kit.counts(hub) == before


def test_hidden_characters_are_dropped_whether_escaped_or_raw(pair, tmp_path) -> None:  # type: ignore[no-untyped-def]
    hub, center, usb = pair
    first, second = (add_person(center, name) for name in ("Ann Example", "Bea Example"))
    for person in (first, second):
        consent_to_hub(center, person.id)
    result = exchange.export_bundle(center, HUB, usb)

    def hide(rows: list[dict]) -> None:  # type: ignore[type-arg]
        for r in rows:
            if r["t"] == "participant":
                r["p"]["preferred_name"] = r["p"]["preferred_name"].replace(" ", "\u202e ")

    manifest, sections = kit.open_bundle(result.path, hub)
    rows = kit.lines(sections[CHANGES])
    hide(rows)
    import gzip

    # One line with the character escaped (\u202e), the rest written raw in UTF-8.
    text = [json.dumps(r, sort_keys=True, ensure_ascii=r["r"] == first.id).encode() + b"\n" for r in rows]
    sections[CHANGES] = gzip.compress(b"".join(text))
    edited = kit.reseal(center, HUB, tmp_path / "hidden.age", manifest, sections)
    assert exchange.import_bundle(hub, edited, backup=False).status == "applied"
    assert kit.row(hub, Participant, first.id).preferred_name == "Ann Example"
    assert kit.row(hub, Participant, second.id).preferred_name == "Bea Example"


def test_select_in_finds_exactly_the_rows_named(pair) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.sync.tables import select_in

    _hub, center, _usb = pair
    people = [add_person(center, f"Person {i}") for i in range(3)]
    table = Participant.__table__  # type: ignore[attr-defined]
    wanted = [people[0].id, people[2].id, "not-an-id", None, people[0].id.upper()]
    with center.store.read() as session:
        found = select_in(session, [table.c.id, table.c.preferred_name], table.c.id, wanted)
        assert sorted(found) == sorted([(people[0].id, "Person 0"), (people[2].id, "Person 2")])
        assert select_in(session, [table.c.id], table.c.id, [None]) == []


class _Section:
    """A section as the readers see it, here in the clear and cut into pieces wherever the test says."""

    def __init__(self, name: str, data: bytes, piece: int) -> None:
        self.name, self.size, self._data, self._piece = name, len(data), data, piece

    def chunks(self):  # type: ignore[no-untyped-def]
        return (self._data[i:i + self._piece] for i in range(0, len(self._data), self._piece))


_ORDINARY = [b'{"t":"participant","p":{"name":"Ann %d"}}' % i for i in range(40)]
_HOSTILE = [
    b'{"v": 9223372036854775808}',  # past 64 bits, among lines with no long number
    b'{"v": 1e400}',
    b'{"name": "Dana \\ud800"}',  # a lone surrogate, escaped
    b'{"name": "Dana \xed\xa0\x80"}',  # and encoded
    b'{"a": "\xff"}',  # not UTF-8
    b"[" * 100 + b"]" * 100,
    b'{"a": 1',
]


@pytest.mark.parametrize("gz", [False, True])
@pytest.mark.parametrize("piece", [7, 1 << 20])
@pytest.mark.parametrize("bad", _HOSTILE)
def test_the_block_reader_refuses_a_bad_line_among_good_ones_as_the_line_reader_does(  # type: ignore[no-untyped-def]
        gz, piece, bad) -> None:
    import gzip

    from rosc_desktop.sync import bundle_limits

    text = b"\n".join(_ORDINARY[:20] + [bad] + _ORDINARY[20:]) + b"\n"
    name = "changes.jsonl.gz" if gz else "changes.jsonl"
    section = _Section(name, gzip.compress(text) if gz else text, piece)
    for reader in (bundle_limits.json_lines, read_lines_plain):
        with pytest.raises(RoscError) as caught:
            list(reader(section))
        assert (caught.value.code, caught.value.params) == ("bundle_rows_invalid", {"section": name})


@pytest.mark.parametrize("piece", [5, 64, 1 << 20])
def test_only_lines_with_an_escape_or_a_hidden_character_are_not_plain(piece) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.sync import bundle_limits

    lines = list(_ORDINARY)
    lines[3] = b'{"name": "Ann \\u202e Example"}'  # escaped
    lines[17] = '{"name": "Bea \u202e Example"}'.encode()  # raw
    lines[30] = b'{"path": "C:\\\\folder"}'  # an escaped backslash: not plain either (it says so cheaply)
    text = b"\n".join(lines) + b"\n\n   \n"  # blank lines are skipped, as before
    read = list(read_lines_plain(_Section("changes.jsonl", text, piece)))
    assert [value for _line, value, _plain in read] == list(
        bundle_limits.json_lines(_Section("changes.jsonl", text, piece)))
    assert [line for line, _value, _plain in read] == [line for line in lines if line.strip()]
    assert [i for i, (_line, _value, plain) in enumerate(read) if not plain] == [3, 17, 30]


def test_the_collector_pause_counts_overlapping_holders_and_restores_what_was_there() -> None:
    import gc

    from rosc_desktop.gc_pause import collector_paused

    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer holder still runs
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # it was off before: left off
    finally:
        gc.enable()


def test_an_import_turns_the_collector_back_on_even_when_it_fails(  # type: ignore[no-untyped-def]
        pair, monkeypatch, tmp_path) -> None:
    import gc

    hub, center, usb = pair
    _people(center, 4)
    result = exchange.export_bundle(center, HUB, usb)
    seen = []
    real_plan = apply.plan_changes

    def plan_and_look(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(gc.isenabled())
        return real_plan(*args, **kwargs)

    def broken(rows: list[dict]) -> None:  # type: ignore[type-arg]
        next(r for r in rows if r["t"] == "participant")["p"]["date_of_birth"] = "not a date"

    monkeypatch.setattr(apply, "plan_changes", plan_and_look)
    with pytest.raises(RoscError):
        exchange.import_bundle(hub, _rebuilt(center, hub, result.path, tmp_path, broken), backup=False)
    assert seen == [False] and gc.isenabled()
    assert exchange.import_bundle(hub, result.path, backup=False).status == "applied"
    assert len(seen) > 1 and not any(seen) and gc.isenabled()
