"""Hostile inputs for the directory readers, and the loop that feeds them through reading, planning and importing.

bench/fuzz_directory.py runs it at full size (100,000 inputs and more); tests/sync/test_fuzz_directory.py runs a
few hundred. Inputs are seeded mutations of tests/data/hsds_sample.json, tests/data/meeting_guide_sample.json and
an HSDS package zip exported from the first, plus HSDS and Meeting Guide documents that Hypothesis generates
(any Unicode text, lone surrogates included, any number, any type where a field is expected).

Counted, per input: a traceback (any exception from reading, planning, importing or the CLI that is not a
RoscError), a partial write (a refused import that changed the directory tables or the outbox), and a name
stored with control or direction characters. `lying_zip` and `bomb_member` are also used by the unit tests.
One module, longer than most, so that the bench script and the test run exactly the same inputs and checks.
"""

from __future__ import annotations

import contextlib
import copy
import csv
import hashlib
import io
import json
import os
import random
import struct
import tempfile
import time
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import text as sql

from rosc_desktop.errors import RoscError
from rosc_desktop.paths import AppPaths
from rosc_desktop.services.validation import neutral_text
from rosc_desktop.store.keyring import KdfParams
from rosc_desktop.sync import hsds

DATA = Path(__file__).resolve().parent.parent / "data"
READERS = ("hsds-json", "hsds-package", "meeting-guide")
PASSWORD = "fuzz password 1"
_TABLES = ("directory_organization", "directory_service", "directory_location", "directory_service_at_location",
           "outbox")

# Text meant to hurt: terminal escapes, every kind of direction override, C0/C1 controls, invisible marks.
NASTY_TEXT = ["\x1b[31mred\x1b[0m", "\u202eevil\u202c", "a\u2066b\u2069c", "\u202a\u202b\u202d", "\x00", "\x85\x9b",
              "tab\there", "line\nbreak", "\u200b\u2060\ufeff", "\ue000", "\U000e0041", "\u061c", "\r", "\x7f",
              "Caf\u00e9", "\u0301", "\U0001F3F4\U000E0067\U000E0062\U000E007F", "\u200d", "x" * 5000]
NASTY_VALUES: list[Any] = [None, True, False, 0, -1, 1.5, -0.0, 2 ** 63, 2 ** 70, 10 ** 300, 1e308, float("inf"),
                           float("nan"), "", " ", "2024-13-45", "not-a-uuid", "00000000-0000-0000-0000-000000000000",
                           [], {}, [[]], {"a": {"b": [1]}}, ["x", 1, None], "active", "defunct", "12:99",
                           "https://x", *NASTY_TEXT]
RAW_NUMBERS = [b"1" * 5000, b"1e999", b"-1e999", b"NaN", b"Infinity", b"-Infinity", b"1" * 400, b"0.1e-99999",
               b"-0", b"1E400"]
SURROGATES = [b"\\ud800", b"\\udfff", b"\\ud83d", b"\\ude00x", b"\\ud83d\\ude00", b"\xed\xa0\x80", b"\\\\ud800",
              b"\\uDBFF\\uDBFF"]


# -- zips built by hand: sizes, checksums and methods that lie -------------------------------------------------

@dataclass
class Member:
    name: str
    data: bytes  # what the member really holds, compressed as `method` says
    method: int = zipfile.ZIP_DEFLATED
    declared_size: int | None = None  # the uncompressed size the zip claims (default: the truth)
    crc: int | None = None  # the checksum the zip claims (default: the truth)
    flags: int = 0
    raw: bytes | None = None  # already-compressed bytes, for bombs too large to compress on each call
    real_size: int | None = None


_DEFLATED_ZEROS: dict[int, tuple[bytes, int]] = {}  # MiB -> (deflated zeros, their CRC)


def bomb_member(name: str, real_mb: int, declared_size: int | None = None) -> Member:
    """A member that expands to `real_mb` MiB of zeros while declaring `declared_size` bytes (the truth if None)."""
    if real_mb not in _DEFLATED_ZEROS:
        packer = zlib.compressobj(9, zlib.DEFLATED, -15)
        block = bytes(1 << 20)
        packed, crc = [], 0
        for _ in range(real_mb):
            packed.append(packer.compress(block))
            crc = zlib.crc32(block, crc)
        _DEFLATED_ZEROS[real_mb] = b"".join(packed) + packer.flush(), crc
    raw, crc = _DEFLATED_ZEROS[real_mb]
    size = real_mb << 20
    return Member(name, b"", zipfile.ZIP_DEFLATED, declared_size if declared_size is not None else size, crc,
                  raw=raw, real_size=size)


def lying_zip(members: list[Member]) -> bytes:
    """A zip written byte by byte, so that every declared field can be a lie the standard writer would refuse."""
    out = io.BytesIO()
    central = []
    for m in members:
        if m.raw is not None:
            packed = m.raw
            real_size = m.real_size or 0
        elif m.method == zipfile.ZIP_DEFLATED:
            packer = zlib.compressobj(6, zlib.DEFLATED, -15)
            packed = packer.compress(m.data) + packer.flush()
            real_size = len(m.data)
        else:
            packed = m.data
            real_size = len(m.data)
        crc = m.crc if m.crc is not None else zlib.crc32(m.data)
        size = m.declared_size if m.declared_size is not None else real_size
        name = m.name.encode("utf-8")
        offset = out.tell()
        out.write(struct.pack("<4s2B4HL2L2H", b"PK\x03\x04", 20, 0, m.flags, m.method, 0, 0x21, crc & 0xFFFFFFFF,
                              len(packed), size & 0xFFFFFFFF, len(name), 0))
        out.write(name)
        out.write(packed)
        central.append(struct.pack("<4s4B4HL2L5H2L", b"PK\x01\x02", 20, 3, 20, 0, m.flags, m.method, 0, 0x21,
                                   crc & 0xFFFFFFFF, len(packed), size & 0xFFFFFFFF, len(name), 0, 0, 0, 0, 0,
                                   offset) + name)
    start = out.tell()
    for entry in central:
        out.write(entry)
    out.write(struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(central), len(central), out.tell() - start, start, 0))
    return out.getvalue()


def package_members() -> dict[str, bytes]:
    """The HSDS package of the sample directory, file name -> bytes."""
    return hsds.package_files(hsds.read_json(DATA / "hsds_sample.json"))


# -- mutations ---------------------------------------------------------------------------------------------------

def _flip(rng: random.Random, data: bytes) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if buf:
            buf[rng.randrange(len(buf))] = rng.randrange(256)
    return bytes(buf)


def _truncate(rng: random.Random, data: bytes) -> bytes:
    return data[:rng.randrange(len(data) + 1)] if data else data


def _splice(rng: random.Random, data: bytes) -> bytes:
    if len(data) < 2:
        return data + data
    a, b = sorted(rng.sample(range(len(data)), 2))
    at = rng.randrange(len(data))
    return data[:at] + data[a:b] + data[at:]


def _depth(rng: random.Random, data: bytes) -> bytes:
    n = rng.choice([39, 41, 60, 1000, 100_000])
    opener = rng.choice([b"[", b'{"a":'])
    closer = b"]" if opener == b"[" else b"}"
    bomb = opener * n + (closer * n if rng.random() < 0.7 else b"")
    if rng.random() < 0.3:
        return bomb
    colons = [i for i, ch in enumerate(data) if ch == ord(":")]
    if not colons:
        return bomb + data
    at = rng.choice(colons) + 1
    end = at
    while end < len(data) and data[end] not in b",}]":
        end += 1
    return data[:at] + bomb + data[end:]


def _string_spans(data: bytes) -> list[tuple[int, int]]:
    import re

    return [(m.start() + 1, m.end() - 1) for m in re.finditer(rb'"[^"\\\n]*"', data)]


def _surrogate(rng: random.Random, data: bytes) -> bytes:
    spans = _string_spans(data)
    if not spans:
        return data + rng.choice(SURROGATES)
    start, end = rng.choice(spans)
    at = rng.randint(start, end)
    return data[:at] + rng.choice(SURROGATES) + data[at:]


def _raw_number(rng: random.Random, data: bytes) -> bytes:
    import re

    numbers = [m.span() for m in re.finditer(rb"(?<=[:\[,\s])-?\d+(\.\d+)?", data)]
    spans = numbers or _string_spans(data)
    if not spans:
        return rng.choice(RAW_NUMBERS)
    a, b = rng.choice(spans)
    if not numbers:
        a, b = a - 1, b + 1  # the quotes too
    return data[:a] + rng.choice(RAW_NUMBERS) + data[b:]


def _nodes(document: Any) -> list[tuple[Any, Any]]:
    """Every (container, key or index) in a JSON document."""
    found = []
    stack = [document]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            for key, value in item.items():
                found.append((item, key))
                stack.append(value)
        elif isinstance(item, list):
            for index, value in enumerate(item):
                found.append((item, index))
                stack.append(value)
    return found


def _nasty(rng: random.Random) -> Any:
    # A copy: the lists and objects in NASTY_VALUES are shared, and a later mutation may insert into the
    # value it was given (once it inserted a list into itself, and the walk of the document never ended).
    value = copy.deepcopy(rng.choice(NASTY_VALUES))
    if isinstance(value, str) and rng.random() < 0.5:
        return "Name " + value + " end"
    return value


def _tree(rng: random.Random, data: bytes) -> bytes:
    """Parse, change one to five nodes (a wrong type, a deleted key, a duplicated item, hostile text), dump."""
    try:
        document = json.loads(data)
    except (ValueError, RecursionError):
        return _flip(rng, data)
    for _ in range(rng.randint(1, 5)):
        nodes = _nodes(document)
        if not nodes:
            break
        container, key = rng.choice(nodes)
        roll = rng.random()
        if roll < 0.55:
            container[key] = _nasty(rng)
        elif roll < 0.7 and isinstance(container, dict):
            del container[key]
        elif roll < 0.85 and isinstance(container, list):
            copy = json.loads(json.dumps(container[key], allow_nan=True))
            if isinstance(copy, dict) and rng.random() < 0.5:
                copy["name"] = _nasty(rng)  # same id, other content: a duplicate id
            container.append(copy)
        elif isinstance(container[key], str):
            container[key] = container[key] + rng.choice(NASTY_TEXT)
        else:
            container[key] = [container[key]]
    try:
        return json.dumps(document, ensure_ascii=rng.random() < 0.5, allow_nan=True).encode("utf-8", "surrogatepass")
    except ValueError:  # an integer too long for str(): write something else hostile
        return b"[" + b"9" * 5000 + b"]"


def _names(rng: random.Random, data: bytes) -> bytes:
    """Every name in the document carries control and direction characters: they must never be stored."""
    try:
        document = json.loads(data)
    except (ValueError, RecursionError):
        return data
    for container, key in _nodes(document):
        if key in ("name", "location", "group", "city", "description") and isinstance(container[key], str):
            container[key] = rng.choice(NASTY_TEXT[:14]) + container[key] + rng.choice(NASTY_TEXT[:14])
    return json.dumps(document, ensure_ascii=rng.random() < 0.5, allow_nan=True).encode("utf-8", "surrogatepass")


def _encoding(rng: random.Random, data: bytes) -> bytes:
    choice = rng.randrange(4)
    if choice == 0:
        return b"\xef\xbb\xbf" + data
    if choice == 1:
        return data.decode("utf-8", "replace").encode("utf-16")
    if choice == 2:
        return data.replace(b"e", b"\xe9", rng.randint(1, 3))  # Latin-1 where UTF-8 is expected
    return rng.choice([b"", b"null", b"[]", b"{}", b'"text"', b"42", b"[null]", b'{"contents": 5}', b"\x00" * 10])


JSON_MUTATIONS: dict[str, Callable[[random.Random, bytes], bytes]] = {
    "flip": _flip, "truncate": _truncate, "splice": _splice, "depth": _depth, "surrogate": _surrogate,
    "number": _raw_number, "tree": _tree, "names": _names, "encoding": _encoding,
}
_JSON_WEIGHTS = {"flip": 3, "truncate": 1, "splice": 1, "depth": 1, "surrogate": 2, "number": 1, "tree": 6,
                 "names": 2, "encoding": 1}


def mutate_json(rng: random.Random, data: bytes) -> tuple[str, bytes]:
    names = rng.choices(list(_JSON_WEIGHTS), weights=list(_JSON_WEIGHTS.values()), k=rng.choice([1, 1, 1, 2, 3]))
    for name in names:
        data = JSON_MUTATIONS[name](rng, data)
    return "+".join(names), data


CSV_CELLS = ["", "1e400", "nan", "inf", "-inf", "9" * 30, "-1", "abc", "\x00", "\"unbalanced", "a\r\nb",
             "2024-02-30", "99:99", "x" * 200_000, "00000000-0000-0000-0000-000000000000", *NASTY_TEXT[:14]]


def _mutate_csv(rng: random.Random, data: bytes) -> tuple[str, bytes]:
    roll = rng.random()
    if roll < 0.25:
        return "csv-flip", _flip(rng, data)
    if roll < 0.35:
        return "csv-truncate", _truncate(rng, data)
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    if not rows:
        return "csv-empty", data
    if roll < 0.75 or len(rows) < 2:
        row = rng.choice(rows)
        if row:
            row[rng.randrange(len(row))] = rng.choice(CSV_CELLS) + (rng.choice(["", "Name"]))
        label = "csv-cell"
    elif roll < 0.85:
        rows.append(list(rng.choice(rows[1:])))
        label = "csv-duplicate-row"
    elif roll < 0.93:
        drop = rng.random() < 0.5
        for row in rows:
            if row and drop:
                del row[rng.randrange(len(row))]
            else:
                row.append("extra")
        label = "csv-columns"
    else:
        rows = rows[:1]
        label = "csv-header-only"
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    raw = buffer.getvalue().encode("utf-8", "surrogateescape")
    if rng.random() < 0.1:
        raw = raw.replace(b"a", b"\xed\xa0\x80", 1)  # an encoded surrogate: not UTF-8
    return label, raw


def mutate_package(rng: random.Random, files: dict[str, bytes]) -> tuple[str, bytes]:
    """A mutated package as zip bytes."""
    files = dict(files)
    roll = rng.random()
    if roll < 0.4:
        name = rng.choice([n for n in files if n.endswith(".csv")])
        label, files[name] = _mutate_csv(rng, files[name])
        return label, _standard_zip(files)
    if roll < 0.55:
        label, files["datapackage.json"] = mutate_json(rng, files["datapackage.json"])
        return "datapackage-" + label, _standard_zip(files)
    if roll < 0.62:
        descriptor = json.loads(files["datapackage.json"])
        target = rng.choice(descriptor["resources"])
        target["path"] = rng.choice(["../../etc/passwd", "/etc/passwd", "a\x00b.csv", "", "datapackage.json",
                                     "sub/dir/x.csv", "x" * 5000, "organizations.csv"])
        files["datapackage.json"] = json.dumps(descriptor).encode("utf-8")
        return "datapackage-path", _standard_zip(files)
    if roll < 0.72:
        return "zip-flip", _flip(rng, _standard_zip(files))
    if roll < 0.77:
        return "zip-truncate", _truncate(rng, _standard_zip(files))
    members = [Member(name, data) for name, data in files.items()]
    roll = rng.random()
    victim = rng.randrange(len(members))
    if roll < 0.2:
        members[victim].declared_size = rng.choice([0, 1, 10, len(members[victim].data) // 2])
        label = "zip-size-smaller"
    elif roll < 0.3:
        members[victim].declared_size = rng.choice([len(members[victim].data) + 1, 2 ** 31, 2 ** 32 - 1])
        label = "zip-size-larger"
    elif roll < 0.45:
        members[victim].crc = rng.randrange(2 ** 32)
        label = "zip-bad-crc"
    elif roll < 0.55:
        real = rng.choice([51, 60, 64])
        members[victim] = bomb_member(members[victim].name, real,
                                      rng.choice([None, 100, len(members[victim].data)]))
        label = "zip-bomb"
    elif roll < 0.62:
        members += [Member(f"extra/{i}.csv", b"id\r\n") for i in range(rng.choice([10, 499, 600]))]
        label = "zip-many-members"
    elif roll < 0.72:
        members[victim].method = rng.choice([zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA, 9, 99, 12])
        label = "zip-method"
    elif roll < 0.78:
        members[victim].flags |= 0x1
        label = "zip-encrypted"
    elif roll < 0.86:
        members = [Member("pkg/" + m.name, m.data) for m in members]
        label = "zip-folder-inside"
    elif roll < 0.93:
        members.append(Member(members[victim].name, rng.choice([b"", b"id\r\nx\r\n", b"\x00" * 100])))
        label = "zip-same-name-twice"
    else:
        return "not-a-zip", rng.choice([b"", b"PK\x03\x04", os.urandom(200), b"PK\x05\x06" + bytes(18)])
    return label, lying_zip(members)


def _standard_zip(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


# -- documents generated by Hypothesis -----------------------------------------------------------------------------

def _document_strategy() -> Any:
    """HSDS organisations and Meeting Guide meetings whose every field may be any JSON value, any Unicode words
    (lone surrogates included) or a hostile number."""
    from hypothesis import strategies as st

    words = st.text(st.characters(exclude_categories=()), max_size=30) | st.sampled_from(NASTY_TEXT)
    scalar = (st.none() | st.booleans() | st.integers() | st.integers(min_value=2 ** 53, max_value=2 ** 80)
              | st.floats() | words)
    anything = st.recursive(scalar, lambda inner: st.lists(inner, max_size=3)
                            | st.dictionaries(words, inner, max_size=3), max_leaves=8)
    uuid_or_junk = st.uuids().map(str) | anything
    phone = st.fixed_dictionaries({"id": uuid_or_junk, "number": words | anything})
    attribute = st.fixed_dictionaries({"id": uuid_or_junk, "taxonomy_term": st.fixed_dictionaries(
        {"id": uuid_or_junk, "name": words, "taxonomy": st.sampled_from(["", "Meeting Guide types"]) | words,
         "code": words})})
    location = st.fixed_dictionaries({"id": uuid_or_junk, "name": words | anything, "latitude": scalar,
                                      "longitude": scalar, "addresses": st.lists(st.fixed_dictionaries(
                                          {"address_1": words, "city": words | anything, "country": words}), max_size=2)})
    service = st.fixed_dictionaries({
        "id": uuid_or_junk, "name": words | anything, "status": st.sampled_from(["active", "inactive"]) | anything,
        "minimum_age": scalar, "assured_date": st.dates().map(str) | scalar,
        "last_modified": st.datetimes().map(lambda d: d.isoformat()) | scalar,
        "phones": st.lists(phone, max_size=2) | anything, "attributes": st.lists(attribute, max_size=2),
        "cost_options": st.lists(st.fixed_dictionaries({"id": uuid_or_junk, "amount": scalar}), max_size=2),
        "service_at_locations": st.lists(st.fixed_dictionaries({"id": uuid_or_junk, "location": location}),
                                         max_size=2)})
    organization = st.fixed_dictionaries({"id": uuid_or_junk, "name": words | anything,
                                          "services": st.lists(service, max_size=2),
                                          "locations": st.lists(location, max_size=2)},
                                         optional={"extra": anything})
    meeting = st.fixed_dictionaries({"name": words | anything, "slug": words | st.integers() | anything,
                                     "day": scalar | st.lists(scalar, max_size=3), "time": words | scalar,
                                     "end_time": words | scalar, "types": st.lists(words, max_size=4) | anything,
                                     "address": words, "city": words, "latitude": scalar, "conference_url": words,
                                     "group": words | anything, "updated": words | scalar},
                                    optional={"formatted_address": words, "approximate": words})
    return st.one_of(st.tuples(st.just("hsds-json"), st.lists(organization, max_size=3)),
                     st.tuples(st.just("meeting-guide"), st.lists(meeting, max_size=4)))


_GENERATED_BATCH = 500


def run_generated(count: int, seed: int, handle: Callable[[str, str, bytes], None]) -> None:
    """Call `handle(reader, label, file bytes)` on `count` documents Hypothesis generates (seeded).

    In runs of 500 examples, each with its own seed: one run of 30,000 makes Hypothesis keep a record of every
    choice it made (so as not to repeat itself), which grew past 20 GB."""
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as with_seed
    from hypothesis import strategies as st

    strategy = st.tuples(_document_strategy(), st.booleans())
    for batch, start in enumerate(range(0, count, _GENERATED_BATCH)):

        @with_seed(seed * 100_003 + batch)
        @settings(max_examples=min(_GENERATED_BATCH, count - start), database=None, deadline=None,
                  phases=[Phase.generate], suppress_health_check=list(HealthCheck))
        @given(strategy)
        def feed(drawn: tuple[tuple[str, Any], bool]) -> None:
            (reader, document), ascii_only = drawn
            try:
                raw = json.dumps(document, ensure_ascii=ascii_only, allow_nan=True).encode("utf-8", "surrogatepass")
            except ValueError:  # an integer too long for str()
                raw = b"[" + b"9" * 5000 + b"]"
            handle(reader, "generated", raw)

        feed()


# -- the loop --------------------------------------------------------------------------------------------------

@dataclass
class Figures:
    inputs: Counter[str] = field(default_factory=Counter)  # reader -> inputs run
    mutations: Counter[str] = field(default_factory=Counter)  # mutation label -> inputs
    refusals: Counter[str] = field(default_factory=Counter)  # blocking problem code -> inputs
    imports_tried: int = 0
    imports_applied: int = 0
    imports_refused: int = 0
    cli_runs: int = 0
    tracebacks: int = 0
    partial_writes: int = 0
    unsafe_names: int = 0
    failures: list[str] = field(default_factory=list)  # the first few: reader, mutation, exception type, seed
    seconds: float = 0.0

    @property
    def total(self) -> int:
        return sum(self.inputs.values())


class Fuzzer:
    """Feeds inputs through the readers; a sample through plan + apply on a real (encrypted) store, and through the
    CLI. Any exception other than RoscError is a traceback; a refused import must leave the tables as they were."""

    def __init__(self, folder: Path, *, seed: int, import_fraction: float, cli_fraction: float) -> None:
        from rosc_desktop.services.session import create_center

        self.folder = folder
        self.rng = random.Random(seed)
        self.seed = seed
        self.import_fraction = import_fraction
        self.cli_fraction = cli_fraction
        self.figures = Figures()
        self.paths = AppPaths(folder / "data").ensure()
        self.services, _ = create_center(self.paths, center_name="Fuzz Center", site_code="FZ-01",
                                         admin_username="fuzz", admin_display_name="Fuzz", password=PASSWORD,
                                         kdf=KdfParams(iterations=1, lanes=1, memory_kib=8))
        self.work = folder / "inputs"
        self.work.mkdir()
        self.package = package_members()
        self.seeds = {"hsds-json": (DATA / "hsds_sample.json").read_bytes(),
                      "meeting-guide": (DATA / "meeting_guide_sample.json").read_bytes()}
        self._counter = 0
        self.progress: Callable[[Figures], None] | None = None  # told every 10,000 inputs

    def close(self) -> None:
        self.services.close()

    # -- inputs --------------------------------------------------------------------------------------------------

    def mutated(self, reader: str) -> tuple[str, bytes]:
        if reader == "hsds-package":
            return mutate_package(self.rng, self.package)
        return mutate_json(self.rng, self.seeds[reader])

    def run_mutations(self, count: int) -> None:
        for index in range(count):
            reader = READERS[index % len(READERS)]
            label, data = self.mutated(reader)
            self.feed(reader, label, data)

    def run_generated(self, count: int) -> None:
        run_generated(count, self.seed, self.feed)

    # -- one input -----------------------------------------------------------------------------------------------

    def feed(self, reader: str, label: str, data: bytes) -> None:
        self._counter += 1
        if self.progress is not None and self._counter % 10_000 == 0:
            self.progress(self.figures)
        self.figures.inputs[reader] += 1
        self.figures.mutations[label] += 1
        suffix = ".zip" if reader == "hsds-package" else ".json"
        path = self.work / f"input-{self._counter % 2}{suffix}"
        path.write_bytes(data)
        try:
            parsed = hsds.read_file(path, reader)
        except RoscError:
            return
        except Exception as error:  # noqa: BLE001 - what the fuzz counts
            self._traceback(reader, label, "read", error)
            return
        for problem in parsed.problems:
            if problem.blocking:
                self.figures.refusals[problem.code] += 1
                break
        roll = self.rng.random()
        if roll < self.cli_fraction:
            self._through_cli(reader, label, path)
        elif roll < self.cli_fraction + self.import_fraction:
            self._import(reader, label, parsed)

    def _import(self, reader: str, label: str, parsed: Any) -> None:
        importer = self.services.directory_import
        self.figures.imports_tried += 1
        before = self.snapshot()
        source = self.rng.choice(["local", "hub", hsds.default_source(reader)])
        try:
            plan = importer.plan(parsed, source)
            # Sometimes without --skip-unreadable on purpose: a refusal must then leave everything unchanged.
            importer.apply(plan, skip_unreadable=self.rng.random() < 0.8)
        except RoscError:
            self.figures.imports_refused += 1
            if self.snapshot() != before:
                self.figures.partial_writes += 1
                self._note(reader, label, "partial write")
            return
        except Exception as error:  # noqa: BLE001
            self._traceback(reader, label, "import", error)
            if self.snapshot() != before:
                self.figures.partial_writes += 1
            return
        self.figures.imports_applied += 1
        if not self.names_are_clean():
            self.figures.unsafe_names += 1
            self._note(reader, label, "name stored with control or direction characters")

    def _through_cli(self, reader: str, label: str, path: Path) -> None:
        from rosc_desktop.cli import main

        self.figures.cli_runs += 1
        args = ["--data-dir", str(self.paths.root), "directory", "import", str(path), "--user", "fuzz",
                "--format", reader, *self.rng.choice([[], ["--dry-run"], ["--skip-unreadable"]])]
        # A strict UTF-8 terminal: text the CLI cannot encode (a lone surrogate) would be an error here too.
        out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
        os.environ["ROSC_PASSWORD"] = PASSWORD
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
                code = main(args)
                out.flush()
        except SystemExit as stop:
            code = stop.code if isinstance(stop.code, int) else 2
        except Exception as error:  # noqa: BLE001
            self._traceback(reader, label, "cli", error)
            return
        if code not in (0, 1, 2):
            self._traceback(reader, label, f"cli exit {code}", None)

    # -- checks --------------------------------------------------------------------------------------------------

    def snapshot(self) -> str:
        digest = hashlib.sha256()
        with self.services.store.read() as session:
            for table in _TABLES:
                for row in session.execute(sql(f"SELECT * FROM {table} ORDER BY 1")):  # noqa: S608 - our names
                    digest.update(repr(tuple(row)).encode("utf-8", "backslashreplace"))
        return digest.hexdigest()

    def names_are_clean(self) -> bool:
        with self.services.store.read() as session:
            for table in _TABLES[:3]:
                for (name,) in session.execute(sql(f"SELECT name FROM {table}")):  # noqa: S608
                    if name != neutral_text(name) or "\n" in name:
                        return False
        return True

    def _traceback(self, reader: str, label: str, stage: str, error: BaseException | None) -> None:
        self.figures.tracebacks += 1
        self._note(reader, label, f"{stage}: {type(error).__name__ if error else ''} {str(error)[:120]!r}")

    def _note(self, reader: str, label: str, what: str) -> None:
        if len(self.figures.failures) < 20:
            self.figures.failures.append(f"input {self._counter} ({reader}, {label}): {what}")


def fuzz(count: int, *, seed: int = 1, generated_share: float = 0.3, import_fraction: float = 0.02,
         cli_fraction: float = 0.002, folder: Path | None = None,
         progress: Callable[[Figures], None] | None = None) -> Figures:
    """Run `count` inputs (a `generated_share` of them from Hypothesis, the rest seeded mutations)."""
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="rosc-fuzz-") as temporary:
        fuzzer = Fuzzer(folder or Path(temporary), seed=seed, import_fraction=import_fraction,
                        cli_fraction=cli_fraction)
        fuzzer.progress = progress
        try:
            generated = int(count * generated_share)
            fuzzer.run_mutations(count - generated)
            fuzzer.run_generated(generated)
        finally:
            fuzzer.close()
    fuzzer.figures.seconds = time.perf_counter() - started
    return fuzzer.figures
