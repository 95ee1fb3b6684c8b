"""Reading directory files from outside within bounds: how deep JSON may nest, how many bytes a zip may
unpack to, how many files it may hold. The directory readers (hsds.py, meeting_guide.py) take their bytes
and JSON from here; bundles have their own rules in bundle_limits.py.

A file from outside decides nothing about how much we read: a zip entry's declared size, a JSON file's shape
and a folder's listing can all lie. So bytes are counted as they really come out of the decompressor, in
small chunks, against one budget for the whole file; JSON nesting is measured on the raw bytes before the
parser (whose C code recurses once per level) sees them; and every refusal is a RoscError whose code has a
sentence in ui/messages.py, with the file name and, where it helps, the line, never the file's content.
"""

from __future__ import annotations

import itertools
import json
import operator
import re
import struct
import zipfile
import zlib
from pathlib import Path
from typing import Any

from rosc_desktop.errors import RoscError
from rosc_desktop.services.directory_import import MAX_FILE_BYTES
from rosc_desktop.services.validation import has_lone_surrogate

# An HSDS organisation nests about eight levels (organization > services > service_at_locations > location >
# schedules > ...); forty leaves room for any real file and stays far below the parser's recursion limit.
MAX_JSON_DEPTH = 40
# Arrays and objects in one file. A real 50 MB HSDS file holds a few hundred thousand; a file of nothing but
# "{}" would hold millions, each a Python dict of about a hundred bytes.
MAX_JSON_CONTAINERS = 2_000_000
# An HSDS package has about fifteen CSV files; a zip with thousands of entries is not one.
MAX_ARCHIVE_MEMBERS = 500
_CHUNK = 64 * 1024
_COMPRESSIONS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)  # what HSDS tools write; bzip2/lzma expand unbounded
# What a damaged or hostile zip makes the standard library raise, besides BadZipFile (a bad CRC, a truncated
# member, a header that disagrees with the directory): a corrupt deflate stream, an early end, odd fields.
_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, ValueError,
               struct.error, NotImplementedError, RuntimeError)

_JSON_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
_STEPS = bytes.maketrans(b"[]{}", b"\x02\x00\x02\x00")
_LONE_ESCAPE = re.compile(rb"(?<!\\)(?:\\\\)*\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_ANY_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")  # a quick first look: no match, no surrogate


def _refuse(code: str, file: str, detail: str = "", line: int | None = None) -> RoscError:
    return RoscError(code, file=file, detail=detail, line=line)


# -- JSON -----------------------------------------------------------------------------------------------------

def _deepest(data: bytes) -> tuple[int, int]:
    """(deepest nesting, number of arrays and objects), strings left out so brackets in text do not count."""
    brackets = _JSON_STRING.sub(b'""', data).translate(None, _NOT_BRACKETS)
    opened = brackets.count(b"[") + brackets.count(b"{")
    if opened <= MAX_JSON_DEPTH:
        return opened, opened
    # Depth after the k-th bracket is (2 * openings so far) - k; all in C iterators, a 50 MB file in a second.
    steps = itertools.accumulate(brackets.translate(_STEPS))
    return max(map(operator.sub, steps, itertools.count(1))), opened


def _line_of_depth(data: bytes) -> int:
    depth = 0
    stripped = _JSON_STRING.sub(b'""', data)
    for match in re.finditer(rb"[\[\]{}]", stripped):
        depth += 1 if match.group() in (b"[", b"{") else -1
        if depth > MAX_JSON_DEPTH:
            # Valid JSON has no raw line break inside a string, so replacing strings keeps line numbers.
            return stripped.count(b"\n", 0, match.start()) + 1
    return 1


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _lone_surrogate_in(document: Any) -> bool:
    # Iterative: nesting is bounded by now, but a walk that cannot recurse needs no such argument.
    stack = [document]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if has_lone_surrogate(item):
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def _surrogate_line(data: bytes) -> int | None:
    """Line of the first \\uD800-\\uDFFF escape that is not half of a pair (best effort, for the message)."""
    matches = list(itertools.islice(_LONE_ESCAPE.finditer(data), 100_000))
    for index, match in enumerate(matches):
        unit = int(match.group()[-4:], 16)
        nxt = matches[index + 1] if index + 1 < len(matches) else None
        previous = matches[index - 1] if index else None
        if unit < 0xDC00:
            if nxt is not None and nxt.start() == match.end() and int(nxt.group()[-4:], 16) >= 0xDC00:
                continue
        elif previous is not None and previous.end() == match.start() and int(previous.group()[-4:], 16) < 0xDC00:
            continue
        return data.count(b"\n", 0, match.start()) + 1
    return None


def load_json(data: bytes | str, file: str) -> tuple[Any, str]:
    """The JSON document in `data` and its text, or RoscError: "malformed_file" (not UTF-8, not JSON, NaN or
    Infinity, a number too long to read), "nesting_too_deep", "file_too_large" (too many arrays and objects)
    or "text_not_unicode" (a lone surrogate escape such as "\\ud800", which no database or PDF can hold)."""
    if isinstance(data, str) and has_lone_surrogate(data):
        raise _refuse("text_not_unicode", file)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    depth, containers = _deepest(raw)
    if depth > MAX_JSON_DEPTH:
        raise _refuse("nesting_too_deep", file, f"more than {MAX_JSON_DEPTH} levels", _line_of_depth(raw))
    if containers > MAX_JSON_CONTAINERS:
        raise _refuse("file_too_large", file, f"more than {MAX_JSON_CONTAINERS} objects and arrays")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise _refuse("malformed_file", file, "not UTF-8 text", raw.count(b"\n", 0, error.start) + 1) from None
    try:
        document = json.loads(text, parse_constant=_no_constants)
    except json.JSONDecodeError as error:
        raise _refuse("malformed_file", file, error.msg, error.lineno) from None
    except (ValueError, RecursionError):
        # A number of more than 4,300 digits (Python's guard against slow conversions), NaN or Infinity.
        raise _refuse("malformed_file", file, "a number that cannot be read") from None
    # UTF-8 bytes cannot hold a surrogate: only a \uD8xx-\uDFxx escape makes one, so most files skip the walk.
    if _ANY_SURROGATE_ESCAPE.search(raw) and _lone_surrogate_in(document):
        raise _refuse("text_not_unicode", file, "", _surrogate_line(raw))
    return document, text


# -- bytes from files, folders and zips -----------------------------------------------------------------------

class Budget:
    """Bytes a reader may still take in from one file, counted as they are really read."""

    def __init__(self, file: str, limit: int = MAX_FILE_BYTES) -> None:
        self.file = file
        self.left = limit
        self.limit = limit

    def take(self, n: int) -> None:
        self.left -= n
        if self.left < 0:
            raise _refuse("archive_too_large" if self.file.lower().endswith(".zip") else "file_too_large",
                          self.file, f"more than {self.limit // (1024 * 1024)} MB")


def _drain(handle: Any, budget: Budget) -> bytes:
    chunks: list[bytes] = []
    while True:
        chunk = handle.read(_CHUNK)
        if not chunk:
            return b"".join(chunks)
        budget.take(len(chunk))
        chunks.append(chunk)


def read_file(path: Path, budget: Budget | None = None) -> bytes:
    """A regular file's bytes, never more than the budget (a file that grows, or /dev/zero, cannot flood us)."""
    budget = budget or Budget(path.name)
    if not path.is_file():
        raise OSError(2, "not a regular file")
    with open(path, "rb") as handle:
        return _drain(handle, budget)


def open_zip(path: Path) -> zipfile.ZipFile:
    """A zip whose listing was read and checked: not too many members, none encrypted or packed in a way we
    do not read. Its contents are read later, member by member, with `read_member`."""
    if path.stat().st_size > MAX_FILE_BYTES:
        raise _refuse("file_too_large", path.name, f"{path.stat().st_size // (1024 * 1024)} MB")
    try:
        archive = zipfile.ZipFile(path)
    except _ZIP_ERRORS:
        raise _refuse("archive_unreadable", path.name, "not a zip file, or its listing is damaged") from None
    try:
        members = archive.infolist()
        if len(members) > MAX_ARCHIVE_MEMBERS:
            raise _refuse("archive_too_large", path.name, f"more than {MAX_ARCHIVE_MEMBERS} files")
        for info in members:
            if info.flag_bits & 0x1:
                raise _refuse("archive_unreadable", path.name, "encrypted")
            if info.compress_type not in _COMPRESSIONS:
                raise _refuse("archive_unreadable", path.name, "packed with a method this app does not read")
    except BaseException:
        archive.close()
        raise
    return archive


def read_member(archive: zipfile.ZipFile, name: str, budget: Budget) -> bytes | None:
    """A member's bytes (None when there is no such member), read in chunks against the budget: the size the
    zip declares is not trusted. A bad checksum, a truncated member or a damaged stream is "archive_unreadable"."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    try:
        with archive.open(info) as handle:
            return _drain(handle, budget)
    except RoscError:
        raise
    except _ZIP_ERRORS:
        raise _refuse("archive_unreadable", budget.file, "a file in it is damaged or incomplete") from None
