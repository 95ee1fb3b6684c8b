"""What a bundle carries (issue 7): the schema version and capability it declares, the names of its sections, and
how a section of JSON lines is written (gzip) and read back within bundle_limits' bounds.

The order of events (export, import) lives in sync/export.py and sync/importing.py; sync/exchange.py is the
public face both are reached through."""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import orjson

from rosc_desktop.errors import RoscError
from rosc_desktop.sync import bundle as bundle_file
from rosc_desktop.sync import bundle_limits
from rosc_desktop.sync.bundle_work import SealedSection


# The data format inside a bundle follows the database schema: the number of the newest migration.
SCHEMA_VERSION = 15
CAPABILITY_CHANGES = "changes-v1"
KNOWN_CAPABILITIES = frozenset({CAPABILITY_CHANGES})
CHANGES = "changes.jsonl.gz"
REFRESH = "refresh.jsonl.gz"
REDACT = "redact.json"
ACKS = "acks.json"
KEYS = "keys.json"
# The sending site's own public details (name, address, phone, hours, email, website): no participant data.
CENTER = "center.json"


# Level 1 deflates a changes section three times faster than level 6 for a file about a quarter larger (measured
# on bench/sync_bundle.py's center: 0.4 s against 1.2 s for 51 MiB of lines; 7.5 MiB against 5.8 MiB).
GZIP_LEVEL = 1
# orjson writes the same bytes as json.dumps(separators=(",", ":"), ensure_ascii=False, sort_keys=True) for the
# JSON values rows hold (tests/sync/test_bundle_streaming.py), several times faster.
_LINE_OPTIONS = orjson.OPT_SORT_KEYS | orjson.OPT_APPEND_NEWLINE


def encode_line(row: dict[str, Any]) -> bytes:
    """One row as a line of compact JSON, keys sorted, UTF-8 (no \\u escapes beyond control characters)."""
    try:
        return orjson.dumps(row, option=_LINE_OPTIONS)
    except orjson.JSONEncodeError as exc:  # a lone surrogate, an integer past 64 bits: json.dumps's ValueError
        raise ValueError(str(exc)) from None


def gzip_lines(rows: Iterable[dict[str, Any]], counter: list[int]) -> Iterator[bytes]:
    """The rows as gzip'd JSON lines, in pieces. zlib lets go of the GIL while it deflates, so each megabyte is
    deflated on a helper thread while the next is encoded here (one deflate at a time, in order)."""
    # gzip framing (wbits 31) so `zcat` reads a section taken out by the `age` tool.
    compressor = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, 31)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="gzip-lines") as deflater:
        pending: Future[bytes] | None = None
        for block in _line_blocks(rows, counter):
            following = deflater.submit(compressor.compress, block)
            if pending is not None:
                yield pending.result()
            pending = following
        if pending is not None:
            yield pending.result()
    yield compressor.flush()


def _line_blocks(rows: Iterable[dict[str, Any]], counter: list[int]) -> Iterator[bytes]:
    buffer: list[bytes] = []
    size = 0
    for row in rows:
        line = encode_line(row)
        buffer.append(line)
        size += len(line)
        counter[0] += 1
        if size >= 1 << 20:
            yield b"".join(buffer)
            buffer, size = [], 0
    if buffer:
        yield b"".join(buffer)


def read_lines(section: SealedSection) -> Iterator[dict[str, Any]]:
    # The section passed its signed hash, so the sender wrote it this way: a bug or a hostile sender. Inflated,
    # cut and parsed within bundle_limits' bounds.
    for row in bundle_limits.json_lines(section):
        if not isinstance(row, dict):
            raise RoscError("bundle_rows_invalid", section=section.name)
        yield row


def read_lines_plain(section: SealedSection) -> Iterator[tuple[bytes, dict[str, Any], bool]]:
    """As `read_lines`, each row with the line it was read from and whether all its text is plain: no escape and
    no character that `neutral_text` would drop (then no string in the row has any, and cleaning it can be
    skipped)."""
    for line, row in bundle_limits.json_lines_with_text(section):
        if not isinstance(row, dict):
            raise RoscError("bundle_rows_invalid", section=section.name)
        yield line, row, b"\\" not in line and line.decode("utf-8").isprintable()


def read_json(section: SealedSection) -> Any:
    return bundle_limits.json_document(section)


def bundle_id_of(manifest: bundle_file.Manifest) -> str:
    return hashlib.sha256(manifest.canonical()).hexdigest()


def count_lines_of(data: bytes) -> int:
    return sum(1 for line in data.splitlines() if line.strip())


def count_lines(section: SealedSection | None) -> int:
    if section is None:
        return 0
    return sum(1 for line in bundle_limits.lines(section) if line.strip())
