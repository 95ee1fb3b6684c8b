"""Bounded reading of what a bundle carries: hostile content ends as a RoscError, never as a crash or a full memory.

A bundle is signed by an enrolled site, but "enrolled" is not "harmless": a site running a broken or altered app,
or a stolen signing key, can send anything the format allows. And before the signature is checked (the manifest),
anyone holding our public key can. Everything parsed from a bundle goes through here:

- gzip sections are inflated in pieces and the bytes really produced are counted against a budget that follows
  the compressed size (never a size the sender declares), so a gzip bomb stops early with flat memory;
- lines are capped in length, whole JSON documents in size;
- JSON nesting is capped (MAX_DEPTH) before `json.loads` runs, so `[[[[…` never reaches Python's recursion limit
  here, nor later in anything that walks the value (validation, json.dumps into a JSON column);
- text must be strict UTF-8, and lone surrogates (the JSON escapes "\\ud800" and the like) are refused: they decode
  to a str that SQLite and every UTF-8 encoder refuse, so one would pass a dry run and crash the real import;
- numbers must fit SQLite's 64-bit integers, floats must be finite, NaN and Infinity are refused.

`SectionGuard` applies the size, depth, UTF-8 and surrogate rules to each section while the bundle is decrypted
(bundle.py), so a section that would crash or flood any reader, or reach the database as a string it cannot
store, refuses the whole bundle before anything is planned or written, whoever reads it later. `json_lines`,
`json_document` and `parse` are what readers use; they also check numbers and that the JSON is well-formed.
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Protocol

import orjson

from rosc_desktop.errors import RoscError

MAX_DEPTH = 64  # our rows nest 4 or 5 deep; this leaves room for any later format and far below the stack
MAX_LINE_BYTES = 8 << 20  # one change row; a line is held whole in memory to be parsed
MAX_DOCUMENT_BYTES = 64 << 20  # a whole *.json section (acks, keys, the list of centers): a few KiB in practice
# Decompressed bytes allowed per gzip section: JSON lines shrink 5-10 times under gzip; a deflate bomb shrinks
# about 1000 times. The floor keeps tiny sections from being refused for compressing well.
EXPANSION_RATIO = 100
EXPANSION_FLOOR = 64 << 20
_PIECE = 1 << 20  # inflated at most this much at a time
_INT_RANGE = (-(1 << 63), (1 << 63) - 1)  # SQLite's INTEGER; Python's json would return any size

_BRACKETS = b"[]{}"
_NOT_BRACKET_OR_NEWLINE = bytes(b for b in range(256) if b not in _BRACKETS + b"\n")
# A JSON string; raw newlines cannot be in one, so no match crosses a line.
_STRING = re.compile(rb'"[^"\\\n]*(?:\\.[^"\\\n]*)*"')
_NOT_BRACKET = re.compile(rb"[^\[\]{}]+")
_PAIR = re.compile(rb"\[\]|\{\}")
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
# A run of 19 digits anywhere (in a string too) is the cheap sign that a number may not fit 64 bits: digits made
# all alike by a translate, then one substring search, where a regex costs ten times the parse.
_DIGITS_ALIKE = bytes.maketrans(b"123456789", b"000000000")
_LONG_RUN = b"0" * 19


class Section(Protocol):
    name: str
    size: int

    def chunks(self) -> Iterator[bytes]: ...


def is_gzip(name: str) -> bool:
    return name.endswith(".gz")


def _kind(name: str) -> str:
    base = name[:-3] if is_gzip(name) else name
    return "lines" if base.endswith(".jsonl") else "document" if base.endswith(".json") else ""


def expansion_budget(compressed: int) -> int:
    return max(EXPANSION_FLOOR, EXPANSION_RATIO * compressed)


def _invalid(section: str) -> RoscError:
    return RoscError("bundle_rows_invalid", section=section)


def _too_large(section: str) -> RoscError:
    return RoscError("bundle_too_large", section=section)


# ---------------------------------------------------------------------------------------------------------------
# Parsing one JSON text


def depth_within(text: bytes, limit: int = MAX_DEPTH) -> bool:
    """True when no array or object in `text` nests deeper than `limit` (for valid JSON; text that is not JSON
    may be refused too, which is as good, since no reader would take it).

    Strings are removed first (a "]" in a name is not structure), then every other byte but brackets; each pass
    of `_PAIR` then removes the innermost level, so what survives `limit` passes is nested too deeply (or does
    not pair up). All of it runs in the regex engine: no Python loop per byte, no recursion."""
    if text.count(b"[") + text.count(b"{") <= limit:
        return True  # cannot nest deeper than the number of openers
    brackets = _NOT_BRACKET.sub(b"", _STRING.sub(b"", text))
    for _ in range(limit):
        if not brackets:
            return True
        brackets, removed = _PAIR.subn(b"", brackets)
        if not removed:
            return False
    return not brackets


def _no_constant(name: str) -> Any:
    raise ValueError(f"constant {name}")


def _finite_float(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise ValueError("number out of range")
    return value


def _bounded_int(text: str) -> int:
    value = int(text)  # Python refuses more than 4,300 digits itself (ValueError)
    if not _INT_RANGE[0] <= value <= _INT_RANGE[1]:
        raise ValueError("number out of range")
    return value


def _long_run(text: bytes) -> bool:
    """Whether `text` has a run of 19 digits: only such a number can overflow 64 bits."""
    return _LONG_RUN in text.translate(_DIGITS_ALIKE)


_HOOKS: dict[str, Any] = {"parse_constant": _no_constant, "parse_float": _finite_float}
# Made once: json.loads with hooks builds a decoder per call, which cost a third of reading a changes section. The
# int hook costs a call per number, so it is only used for text that has a long run of digits.
_DECODER = json.JSONDecoder(**_HOOKS)
_BOUNDED_INTS = json.JSONDecoder(parse_int=_bounded_int, **_HOOKS)


def parse(data: bytes | bytearray | memoryview, *,
          object_pairs_hook: Callable[[list[tuple[str, Any]]], Any] | None = None,
          long_run_possible: bool = True) -> Any:
    """`json.loads` under this module's rules. Raises ValueError (UnicodeDecodeError and JSONDecodeError are
    ValueErrors) for anything refused; callers turn it into the RoscError that fits where the text came from.
    `long_run_possible=False` says the caller has looked: no run of 19 digits in the text (see `_long_run`)."""
    raw = data if isinstance(data, bytes) else bytes(data)
    if not depth_within(raw):
        raise ValueError("nested too deeply")
    long_run = long_run_possible and _long_run(raw)
    if object_pairs_hook is None and not long_run:
        # orjson refuses all that the rules below refuse (malformed or overlong UTF-8, encoded or escaped lone
        # surrogates, NaN, Infinity, floats that overflow to infinity) and parses the same values, several
        # times faster; numbers that might not fit 64 bits take the checked path below.
        return orjson.loads(raw)  # its JSONDecodeError is a ValueError
    text = raw.decode("utf-8")  # strict: encoded surrogates and overlong forms are refused here
    if object_pairs_hook is not None:
        decoder = json.JSONDecoder(object_pairs_hook=object_pairs_hook, **_HOOKS,
                                   parse_int=_bounded_int if long_run else None)
    else:
        decoder = _BOUNDED_INTS if long_run else _DECODER
    try:
        value = decoder.decode(text)
    except RecursionError:  # cannot happen below MAX_DEPTH; kept so no stack depth can turn into a traceback
        raise ValueError("nested too deeply") from None
    if _SURROGATE_ESCAPE.search(raw):
        # A surrogate pair is a character; a lone half is not, and no UTF-8 encoder takes it.
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    return value


# ---------------------------------------------------------------------------------------------------------------
# Streams: inflate, cut into lines


class _Inflater:
    """gzip (one or more members, as `zcat` reads) inflated in pieces of at most _PIECE bytes, counted."""

    def __init__(self, section: str, budget: int) -> None:
        self._section = section
        self._left = budget
        self._z = zlib.decompressobj(31)
        self._started = False
        self._full = False  # the last call filled its piece: zlib may hold more output for input it already took

    def feed(self, data: bytes | memoryview) -> Iterator[bytes]:
        pending = bytes(data)
        try:
            while True:
                if self._z.eof:  # the next member; anything else after a member is damage
                    pending = self._z.unused_data + pending
                    if not pending:
                        return
                    self._z = zlib.decompressobj(31)
                if not pending and not self._full:
                    return
                self._started = True
                out = self._z.decompress(pending, _PIECE)
                pending = self._z.unconsumed_tail
                self._full = len(out) == _PIECE
                self._left -= len(out)
                if self._left < 0:
                    raise _too_large(self._section)
                if out:
                    yield out
        except zlib.error:  # a bad CRC or length, a damaged stream, trailing bytes that are not gzip
            raise _invalid(self._section) from None

    def finish(self) -> None:
        if self._started and not self._z.eof:
            raise _invalid(self._section)  # cut short


class _LineCutter:
    """Bytes in, blocks of whole lines out (newline-separated, without the last newline); the last line of a
    section may lack its newline. A line may not outgrow MAX_LINE_BYTES: it has to be held whole to be parsed."""

    def __init__(self, section: str) -> None:
        self._section = section
        self._tail = bytearray()

    def feed(self, piece: bytes) -> bytes | None:
        cut = piece.rfind(b"\n")
        if cut < 0:
            self._tail += piece
            block = None
        else:
            block = bytes(self._tail) + piece[:cut]
            self._tail = bytearray(piece[cut + 1:])
        if len(self._tail) > MAX_LINE_BYTES:
            raise _too_large(self._section)
        return block

    def finish(self) -> bytes | None:
        return bytes(self._tail) if self._tail else None


def _plain_pieces(section: Section) -> Iterator[bytes]:
    if not is_gzip(section.name):
        yield from section.chunks()
        return
    inflater = _Inflater(section.name, expansion_budget(section.size))
    for chunk in section.chunks():
        yield from inflater.feed(chunk)
    inflater.finish()


def lines(section: Section) -> Iterator[bytes]:
    """The section's lines (inflated when it is gzip), bounded; blank lines included."""
    for block in line_blocks(section):
        yield from block.split(b"\n")


def line_blocks(section: Section) -> Iterator[bytes]:
    """The section's lines in blocks of whole lines joined by newlines (inflated, bounded), as they are cut."""
    cutter = _LineCutter(section.name)
    for piece in _plain_pieces(section):
        block = cutter.feed(piece)
        if block is not None:
            yield block
    last = cutter.finish()
    if last is not None:
        yield last


def json_lines(section: Section) -> Iterator[Any]:
    """One JSON value per non-blank line. Raises RoscError bundle_rows_invalid / bundle_too_large."""
    for _line, value in json_lines_with_text(section):
        yield value


def json_lines_with_text(section: Section) -> Iterator[tuple[bytes, Any]]:
    """As `json_lines`, each value with the line it was parsed from. The look for long runs of digits is made once
    a block of lines, not per line (per line it was a tenth of reading a large changes section,
    bench/sync_bundle.py)."""
    for block in line_blocks(section):
        long_run = _long_run(block)
        for line in block.split(b"\n"):
            if not line.strip():
                continue
            try:
                yield line, parse(line, long_run_possible=long_run)
            except ValueError:
                raise _invalid(section.name) from None


def json_document(section: Section) -> Any:
    """The whole section as one JSON value."""
    data = bytearray()
    for piece in _plain_pieces(section):
        data += piece
        if len(data) > MAX_DOCUMENT_BYTES:
            raise _too_large(section.name)
    try:
        return parse(data)
    except ValueError:
        raise _invalid(section.name) from None


# ---------------------------------------------------------------------------------------------------------------
# The check made while a bundle is decrypted


def _check_lines(block: bytes, section: str) -> None:
    """Whole lines at once: strict UTF-8, depth and surrogates, with the per-line work only where a cheap look
    at the whole block says it is needed (most blocks: one decode, one translate, one regex search)."""
    try:
        block.decode("utf-8")
    except UnicodeDecodeError:
        raise _invalid(section) from None
    brackets = block.translate(None, _NOT_BRACKET_OR_NEWLINE)
    rows: list[bytes] | None = None
    if len(brackets) - brackets.count(b"\n") > MAX_DEPTH:
        for i, row_brackets in enumerate(brackets.split(b"\n")):
            if len(row_brackets) > MAX_DEPTH:
                rows = rows if rows is not None else block.split(b"\n")
                if not depth_within(rows[i]):
                    raise _invalid(section)
    if _SURROGATE_ESCAPE.search(block):
        for row in rows if rows is not None else block.split(b"\n"):
            if _SURROGATE_ESCAPE.search(row):
                try:
                    parse(row)
                except ValueError:
                    raise _invalid(section) from None


def _check_document(data: bytes, section: str) -> None:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        raise _invalid(section) from None
    if not depth_within(data):  # across lines: a document may be spread over many
        raise _invalid(section)
    if _SURROGATE_ESCAPE.search(data):
        try:
            parse(data)
        except ValueError:
            raise _invalid(section) from None


class SectionGuard:
    """Fed a section's bytes as they are decrypted; raises RoscError as soon as they break a rule above.

    Sections are recognised by name: *.gz is inflated (and counted), *.jsonl checked line by line, *.json as one
    document. Whether the JSON is well-formed, and its numbers in range, is left to the reader that knows what it
    should hold (through `parse`); the guard makes sure that no reader at all, even a plain `json.loads`, can be
    crashed, flooded or handed a string the database cannot store."""

    def __init__(self, name: str, size: int) -> None:
        self._name = name
        self._inflater = _Inflater(name, expansion_budget(size)) if is_gzip(name) else None
        self._kind = _kind(name)
        self._lines = _LineCutter(name) if self._kind == "lines" else None
        self._document = bytearray()

    @classmethod
    def for_section(cls, name: str, size: int) -> SectionGuard | None:
        if not is_gzip(name) and not _kind(name):
            return None  # not ours to read (a future kind of section, binary data): only hashed
        return cls(name, size)

    def feed(self, data: bytes | memoryview) -> None:
        pieces: Iterable[bytes | memoryview] = self._inflater.feed(data) if self._inflater else (data,)
        for piece in pieces:
            if self._lines is not None:
                block = self._lines.feed(bytes(piece))
                if block is not None:
                    _check_lines(block, self._name)
            elif self._kind == "document":
                self._document += piece
                if len(self._document) > MAX_DOCUMENT_BYTES:
                    raise _too_large(self._name)

    def finish(self) -> None:
        if self._inflater is not None:
            self._inflater.finish()
        if self._lines is not None:
            last = self._lines.finish()
            if last is not None:
                _check_lines(last, self._name)
        elif self._kind == "document":
            _check_document(bytes(self._document), self._name)
            self._document = bytearray()
