"""What a bundle carries (issue 7): the schema version and capability it declares, the names of its sections, and
how a section of JSON lines is written (gzip) and read back within bundle_limits' bounds.

The order of events (export, import) lives in sync/export.py and sync/importing.py; sync/exchange.py is the
public face both are reached through."""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any


from rosc_desktop.errors import RoscError
from rosc_desktop.sync import bundle as bundle_file
from rosc_desktop.sync import bundle_limits
from rosc_desktop.sync.bundle_work import SealedSection

if TYPE_CHECKING:
    pass


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


def gzip_lines(rows: Iterable[dict[str, Any]], counter: list[int]) -> Iterator[bytes]:
    # gzip framing (wbits 31) so `zcat` reads a section taken out by the `age` tool.
    compressor = zlib.compressobj(6, zlib.DEFLATED, 31)
    buffer: list[bytes] = []
    size = 0
    for row in rows:
        line = json.dumps(row, separators=(",", ":"), ensure_ascii=False, sort_keys=True).encode() + b"\n"
        buffer.append(line)
        size += len(line)
        counter[0] += 1
        if size >= 1 << 20:
            yield compressor.compress(b"".join(buffer))
            buffer, size = [], 0
    if buffer:
        yield compressor.compress(b"".join(buffer))
    yield compressor.flush()


def read_lines(section: SealedSection) -> Iterator[dict[str, Any]]:
    # The section passed its signed hash, so the sender wrote it this way: a bug or a hostile sender. Inflated,
    # cut and parsed within bundle_limits' bounds.
    for row in bundle_limits.json_lines(section):
        if not isinstance(row, dict):
            raise RoscError("bundle_rows_invalid", section=section.name)
        yield row


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
