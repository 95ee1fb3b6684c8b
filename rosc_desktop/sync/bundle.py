"""The sync bundle file: signed, then encrypted, so a lost USB stick reveals nothing and a forged one is refused.

Layout (DESIGN.md §4): the file is a standard age v1 file (X25519 recipients, 64 KiB authenticated STREAM chunks)
so the `age` command-line tool can open it too. Its plaintext ("inner payload") is

    b"ROSC-BUNDLE\\n1\\n" + a POSIX ustar archive holding, in this exact order:
        manifest.json        canonical JSON (see `canonical_json`)
        manifest.sig         64-byte Ed25519 signature over SIGNATURE_CONTEXT + manifest.json
        sections/<name>      one per manifest section, in manifest order

The manifest comes first so a reader verifies the sender, the recipient and the format before keeping a single
section byte; each section is then hashed as it arrives and checked against the signed hash, and its content is
checked against the limits of `bundle_limits` (gzip inflated and counted, JSON depth, strict UTF-8, no lone
surrogates), so a section no reader could take refuses the bundle before anything is planned or written.
Nothing else is allowed in the archive (no directories, links, PAX headers or extra members), which also
rules out path traversal: member names are compared with the names we expect, never used as given.

Both directions stream through pyrage's `encrypt_io` / `decrypt_io`, so memory stays flat whatever the size.
age releases plaintext chunk by chunk before it has seen the end of the file, so `read_bundle` keeps the
sections in the caller's private work folder, sealed with a key that exists only in memory (`bundle_work`): no
decrypted byte is ever on disk in the clear, even if the process dies mid-way. It removes everything it wrote on
any failure; readers get each section as a plaintext stream (`SealedSection`), never as a path.

This module knows nothing about the database or key storage: keys come in as parameters.

The manifest itself (its fields, canonical JSON, signing and checking) is in sync/bundle_manifest.py; its names
are re-exported here, where callers have always found them.
"""

from __future__ import annotations

import hashlib
import os
import stat
import tarfile
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage
from cryptography.exceptions import InvalidSignature

from rosc_desktop import __version__
from rosc_desktop.errors import RoscError
from rosc_desktop.sync import bundle_limits
from rosc_desktop.sync.bundle_manifest import (
    APP_VERSION_RE,
    FORMAT_VERSION,
    MAX_SECTIONS,
    SECTION_NAME_RE,
    SIGNATURE_CONTEXT,
    Manifest,
    SectionInfo,
    SignatureCheck,
    Signer,
    bundle_file_name,
    canonical_json,
    format_created_at,
    parse_created_at,
    sign_manifest,
    strict_json_loads,
)
from rosc_desktop.sync.bundle_work import SealedSection, SealedWriter, SealKey

MAGIC_PREFIX = b"ROSC-BUNDLE\n"
MAGIC = MAGIC_PREFIX + b"%d\n" % FORMAT_VERSION
MANIFEST_MEMBER = "manifest.json"
SIGNATURE_MEMBER = "manifest.sig"
SECTION_PREFIX = "sections/"
MAX_MANIFEST_BYTES = 1 << 20  # a manifest is a few hundred bytes; the cap stops a memory bomb before verification
_BLOCK = 512
_SPOOL_IN_MEMORY = 8 << 20  # sections from iterables above this spill to an anonymous (already unlinked) temp file
_COPY_CHUNK = 1 << 20


# ---------------------------------------------------------------------------------------------------------------
# Writing


def _tar_header(name: str, size: int, mtime: int) -> bytes:
    info = tarfile.TarInfo(name)
    info.size = size
    info.mtime = mtime
    info.mode = 0o600
    info.type = tarfile.REGTYPE
    info.uname = info.gname = ""  # the sender's account name is none of the recipient's business
    return info.tobuf(format=tarfile.USTAR_FORMAT, encoding="utf-8", errors="strict")


def _padding(size: int) -> bytes:
    return b"\0" * (-size % _BLOCK)


class _SpooledSection:
    """A section's bytes, its hash and size; iterables are spooled because the archive header needs the size
    (and the manifest the hash) before the data. Spill files are anonymous (unlinked at creation), so a crash
    leaves no plaintext behind."""

    def __init__(self, name: str, data: Iterable[bytes] | bytes) -> None:
        self.name = name
        digest = hashlib.sha256()
        if isinstance(data, (bytes, bytearray, memoryview)):
            self._bytes: memoryview | None = memoryview(data).cast("B")
            self._file: tempfile.SpooledTemporaryFile[bytes] | None = None
            digest.update(self._bytes)
            self.size = len(self._bytes)
        else:
            self._bytes = None
            self._file = spool = tempfile.SpooledTemporaryFile(max_size=_SPOOL_IN_MEMORY)
            self.size = 0
            for chunk in data:
                digest.update(chunk)
                spool.write(chunk)
                self.size += len(chunk)
        self.sha256 = digest.hexdigest()

    def chunks(self) -> Iterator[bytes | memoryview]:
        if self._bytes is not None:
            for start in range(0, len(self._bytes), _COPY_CHUNK):
                yield self._bytes[start:start + _COPY_CHUNK]
            return
        assert self._file is not None
        self._file.seek(0)
        while chunk := self._file.read(_COPY_CHUNK):
            yield chunk

    def close(self) -> None:
        if self._file is not None:
            self._file.close()


class _ChunkReader:
    """File-like `read(n)` over an iterator of chunks, so pyrage.encrypt_io pulls the payload as it goes."""

    def __init__(self, chunks: Iterable[bytes | memoryview]) -> None:
        self._it = iter(chunks)
        self._cur: bytes | memoryview = b""
        self._pos = 0

    def read(self, n: int = -1) -> bytes:
        out = bytearray()
        while n is None or n < 0 or len(out) < n:
            if self._pos >= len(self._cur):
                try:
                    self._cur, self._pos = next(self._it), 0
                except StopIteration:
                    break
                continue
            take = len(self._cur) - self._pos if n is None or n < 0 else min(n - len(out), len(self._cur) - self._pos)
            out += self._cur[self._pos:self._pos + take]
            self._pos += take
        return bytes(out)


def _inner_payload(manifest_bytes: bytes, signature: bytes, sections: list[_SpooledSection],
                   mtime: int) -> Iterator[bytes | memoryview]:
    yield MAGIC
    for name, data in ((MANIFEST_MEMBER, manifest_bytes), (SIGNATURE_MEMBER, signature)):
        yield _tar_header(name, len(data), mtime)
        yield data
        yield _padding(len(data))
    for section in sections:
        yield _tar_header(SECTION_PREFIX + section.name, section.size, mtime)
        yield from section.chunks()
        yield _padding(section.size)
    yield b"\0" * (2 * _BLOCK)  # end-of-archive marker


def write_bundle(
    path: str | os.PathLike[str],
    manifest_fields: Mapping[str, Any],
    sections: Mapping[str, Iterable[bytes] | bytes],
    signing_key: Signer,
    recipients: list[pyrage.x25519.Recipient],
    *,
    rows: Mapping[str, int | Callable[[], int]] | None = None,
) -> Manifest:
    """Write a signed, encrypted bundle at `path` atomically and return its manifest.

    `manifest_fields`: origin, recipient, schema_version, seq_from, seq_to, profile and optionally created_at
    (aware datetime or "YYYY-MM-DDTHH:MM:SSZ"; default now). `rows` gives each section's row count (default 0),
    or a function read after the section's iterable is consumed, for rows counted while they stream.
    The file appears under its final name only complete and fsynced (`<path>.part`, fsync, rename, fsync dir),
    so a crash mid-export never leaves a valid-looking partial bundle.
    """
    if not recipients:
        raise ValueError("write_bundle: at least one recipient")
    if len(sections) > MAX_SECTIONS:
        raise ValueError("write_bundle: too many sections")
    for name in sections:
        if not SECTION_NAME_RE.match(name):
            raise ValueError(f"write_bundle: bad section name {name!r}")
    allowed = {"origin", "recipient", "schema_version", "seq_from", "seq_to", "profile", "created_at", "requires",
               "app_version"}
    unknown = set(manifest_fields) - allowed
    if unknown:
        raise ValueError(f"write_bundle: unknown manifest fields {sorted(unknown)}")
    rows = rows or {}
    path = Path(path)
    part = path.with_name(path.name + ".part")
    spooled: list[_SpooledSection] = []
    try:
        for name, data in sections.items():
            spooled.append(_SpooledSection(name, data))
        created_at = format_created_at(manifest_fields.get("created_at"))
        manifest = Manifest.from_dict({
            "format_version": FORMAT_VERSION,
            "origin": manifest_fields["origin"],
            "recipient": manifest_fields["recipient"],
            "schema_version": manifest_fields["schema_version"],
            "seq_from": manifest_fields["seq_from"],
            "seq_to": manifest_fields["seq_to"],
            "profile": manifest_fields["profile"],
            "created_at": created_at,
            "sections": [{"name": s.name, "sha256": s.sha256, "rows": _count(rows.get(s.name, 0)), "bytes": s.size}
                         for s in spooled],
            "requires": list(manifest_fields.get("requires", [])),
            "app_version": manifest_fields.get("app_version", __version__),
        })
        manifest_bytes = manifest.canonical()
        signature = sign_manifest(manifest, signing_key)
        mtime = int(parse_created_at(created_at).timestamp())
        # A .part left by a crashed export is ours and incomplete; O_EXCL afterwards keeps a concurrent export
        # (or a symlink planted under that name) from being written through.
        try:
            os.unlink(part)
        except FileNotFoundError:
            pass
        fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        try:
            with os.fdopen(fd, "wb") as out:
                pyrage.encrypt_io(_ChunkReader(_inner_payload(manifest_bytes, signature, spooled, mtime)),
                                  out, recipients)
                out.flush()
                os.fsync(out.fileno())
            os.replace(part, path)
        except BaseException:
            try:
                os.unlink(part)
            except FileNotFoundError:
                pass
            raise
        _fsync_dir(path.parent)
        return manifest
    finally:
        for s in spooled:
            s.close()


def _count(value: int | Callable[[], int]) -> int:
    return int(value() if callable(value) else value)


def _fsync_dir(directory: Path) -> None:
    if os.name != "posix":  # Windows cannot open a directory for fsync; NTFS journals the rename itself
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# ---------------------------------------------------------------------------------------------------------------
# Reading


@dataclass(frozen=True)
class OpenedBundle:
    manifest: Manifest
    # Section name -> the verified section, read back as plaintext (chunks(), open(), read_bytes()) from a sealed
    # file in the caller's work folder; only this object holds the key, so only this import can read it.
    sections: dict[str, SealedSection]


class _Stop(Exception):
    """Raised from the parser to end decryption early once `inspect_bundle` has what it needs."""


class _InnerParser:
    """Receives decrypted bytes from pyrage.decrypt_io (a file-like `write`) and checks them as they come.

    States: magic -> member header -> member data -> padding -> ... -> end (zeros only). Member names must be
    exactly manifest.json, manifest.sig, then sections/<name> in manifest order; nothing else is accepted.
    """

    def __init__(self, expected_recipient: str | None, verify_key_for: Callable[[str], SignatureCheck | None],
                 workdir: Path | None) -> None:
        self._expected_recipient = expected_recipient
        self._verify_key_for = verify_key_for
        self._workdir = workdir  # None: inspect only, stop after the manifest
        self._key = SealKey() if workdir is not None else None
        self._buf = bytearray()
        self._state = "magic"
        self._member_index = 0
        self._remaining = 0
        self._pad = 0
        self._manifest_bytes = b""
        self._small = bytearray()
        self._current: SectionInfo | None = None
        self._out: SealedWriter | None = None
        self._hash = hashlib.sha256()
        self._guard: bundle_limits.SectionGuard | None = None
        self._refusal: RoscError | None = None  # the section's content broke a limit: raised once its hash is in
        self.manifest: Manifest | None = None
        self.created: list[Path] = []
        self.sections: dict[str, SealedSection] = {}

    # pyrage calls write() with slices of plaintext; it expects the number of bytes taken.
    def write(self, data: bytes) -> int:
        view = memoryview(data)
        pos = 0
        try:
            while pos < len(view):
                pos += self._step(view[pos:])
        except OSError as exc:
            # Our own disk (full, quota, permissions), not the bundle: say so, or the person copies the stick
            # again for nothing.
            raise RoscError("bundle_workdir_write_failed", errno=exc.errno) from None
        return len(data)

    def flush(self) -> None:
        pass

    def _step(self, view: memoryview) -> int:
        if self._state == "magic":
            take = min(len(MAGIC) - len(self._buf), len(view))
            self._buf += view[:take]
            if len(self._buf) == len(MAGIC):
                if bytes(self._buf) != MAGIC:
                    if bytes(self._buf).startswith(MAGIC_PREFIX):
                        raise RoscError("bundle_format_unsupported")
                    raise RoscError("bundle_unreadable")
                self._buf.clear()
                self._state = "header"
            return take
        if self._state == "header":
            take = min(_BLOCK - len(self._buf), len(view))
            self._buf += view[:take]
            if len(self._buf) == _BLOCK:
                block = bytes(self._buf)
                self._buf.clear()
                self._header(block)
            return take
        if self._state == "data":
            take = min(self._remaining, len(view))
            self._data(view[:take])
            self._remaining -= take
            if self._remaining == 0:
                self._member_done()
            return take
        if self._state == "pad":
            take = min(self._pad, len(view))
            if any(view[:take]):
                raise RoscError("bundle_damaged", reason="padding")
            self._pad -= take
            if self._pad == 0:
                self._state = "header"
            return take
        # "end": only zero blocks may follow the end-of-archive marker
        if any(view):
            raise RoscError("bundle_damaged", reason="trailing_data")
        return len(view)

    def _expected_member(self) -> tuple[str, SectionInfo | None] | None:
        if self._member_index == 0:
            return MANIFEST_MEMBER, None
        if self._member_index == 1:
            return SIGNATURE_MEMBER, None
        assert self.manifest is not None
        i = self._member_index - 2
        if i < len(self.manifest.sections):
            s = self.manifest.sections[i]
            return SECTION_PREFIX + s.name, s
        return None

    def _header(self, block: bytes) -> None:
        if not any(block):
            if self.manifest is None or self._expected_member() is not None:
                raise RoscError("bundle_damaged", reason="missing_member")
            self._state = "end"
            return
        try:
            info = tarfile.TarInfo.frombuf(block, "utf-8", "strict")
        except (tarfile.HeaderError, UnicodeDecodeError, ValueError):
            raise RoscError("bundle_damaged", reason="container") from None
        expected = self._expected_member()
        # Compared with what we expect, never interpreted: "../x", "/etc/x", links and PAX headers all fail here.
        if expected is None or info.name != expected[0] or info.type != tarfile.REGTYPE:
            raise RoscError("bundle_damaged", reason="unexpected_member")
        name, section = expected
        if info.size < 0:  # base-256 size fields can encode negatives; one would stall the state machine
            raise RoscError("bundle_damaged", reason="container")
        self._current = section
        self._remaining = info.size
        self._pad = -info.size % _BLOCK
        if section is None:
            limit = MAX_MANIFEST_BYTES if name == MANIFEST_MEMBER else 64
            if info.size > limit:
                raise RoscError("bundle_damaged", reason="container")
            self._small.clear()
        else:
            if info.size != section.bytes:
                raise RoscError("bundle_damaged", section=section.name)
            if self._workdir is not None and self._key is not None:
                # Named by position: the folder says nothing of what the bundle holds.
                target = self._workdir / f"section-{self._member_index - 2:02d}"
                self.created.append(target)
                self._out = SealedWriter(self._key, target, section.name)
                self._guard = bundle_limits.SectionGuard.for_section(section.name, section.bytes)
            self._hash = hashlib.sha256()
            self._refusal = None
        self._state = "data"
        if self._remaining == 0:
            self._member_done()

    def _data(self, chunk: memoryview) -> None:
        if self._current is None:
            self._small += chunk
        else:
            self._hash.update(chunk)
            if self._out is not None:
                self._out.write(chunk)
            if self._guard is not None and self._refusal is None:
                try:
                    self._guard.feed(chunk)
                except RoscError as exc:
                    # Not raised yet: if the bytes also fail their signed hash, the bundle was altered on the way,
                    # and "damaged" is the true message. The guard stops here, so a bomb costs no more.
                    self._refusal = exc

    def _member_done(self) -> None:
        self._state = "pad" if self._pad else "header"
        if self._current is None:
            if self._member_index == 0:
                self._manifest_bytes = bytes(self._small)
            else:
                self._verify_manifest(bytes(self._small))
                if self._workdir is None:
                    raise _Stop
        else:
            section = self._current
            if self._out is not None:
                self.sections[section.name] = self._out.close()
                self._out = None
            if self._hash.hexdigest() != section.sha256:
                raise RoscError("bundle_damaged", section=section.name)
            if self._guard is not None:
                guard, self._guard = self._guard, None
                if self._refusal is None:
                    guard.finish()
                else:
                    raise self._refusal
        self._member_index += 1

    def _verify_manifest(self, signature: bytes) -> None:
        try:
            raw = strict_json_loads(self._manifest_bytes)
        except (ValueError, UnicodeDecodeError):
            raise RoscError("bundle_damaged", reason="manifest") from None
        if isinstance(raw, dict) and raw.get("format_version") != FORMAT_VERSION:
            # Not verified yet: the version is only echoed in "update the app", and only if it looks like one.
            version = raw.get("app_version")
            if isinstance(version, str) and APP_VERSION_RE.match(version):
                raise RoscError("bundle_format_unsupported", app_version=version)
            raise RoscError("bundle_format_unsupported")
        origin = raw.get("origin") if isinstance(raw, dict) else None
        if not isinstance(origin, str):
            raise RoscError("bundle_damaged", reason="manifest")
        public_key = self._verify_key_for(origin)
        if public_key is None:
            raise RoscError("bundle_unknown_sender")
        # The signature covers the exact bytes received; re-encoding below only refuses a non-canonical
        # manifest, so no two readers can parse the same signed bytes differently.
        try:
            public_key.verify(signature, SIGNATURE_CONTEXT + self._manifest_bytes)
        except InvalidSignature:
            raise RoscError("bundle_signature_invalid") from None
        try:
            manifest = Manifest.from_dict(raw)
        except ValueError:
            raise RoscError("bundle_damaged", reason="manifest") from None
        if manifest.canonical() != self._manifest_bytes:
            raise RoscError("bundle_damaged", reason="manifest")
        if self._expected_recipient is not None and manifest.recipient != self._expected_recipient:
            raise RoscError("bundle_not_for_us")
        self.manifest = manifest

    def finish(self) -> None:
        if self._state != "end":
            raise RoscError("bundle_damaged", reason="incomplete")

    def discard(self) -> None:
        if self._out is not None:
            self._out.abort()
            self._out = None
        for target in self.created:
            try:
                os.unlink(target)
            except FileNotFoundError:
                pass
        self.created.clear()
        self.sections.clear()


def _check_workdir(workdir: Path) -> None:
    st = os.lstat(workdir)
    if not stat.S_ISDIR(st.st_mode):
        raise RoscError("bundle_workdir_unsafe")
    # Sealed sections go here, and a sealed file could still be removed or swapped under us (then reading it
    # fails): it must be ours and closed to other accounts (the caller creates it 0700).
    if os.name == "posix" and (st.st_mode & 0o077 or st.st_uid != os.getuid()):
        raise RoscError("bundle_workdir_unsafe")
    # Empty, so "remove everything on failure" means the folder is as the caller gave it, and no name clashes.
    if any(workdir.iterdir()):
        raise RoscError("bundle_workdir_unsafe")


def _decrypt(path: str | os.PathLike[str], identity: pyrage.x25519.Identity | list[pyrage.x25519.Identity],
             parser: _InnerParser) -> None:
    # Several identities during a key rotation: a bundle made before the other side learnt our next key
    # opens with the current one, a later one with either.
    identities = identity if isinstance(identity, list) else [identity]
    try:
        with open(path, "rb") as f:
            pyrage.decrypt_io(f, parser, identities)
    except (RoscError, _Stop):
        raise
    except pyrage.DecryptError as exc:
        # pyrage gives one exception type for everything; the message is the only way to tell "not our key"
        # from "not an age file / damaged header".
        if "no matching keys" in str(exc).lower():
            raise RoscError("bundle_wrong_key") from None
        raise RoscError("bundle_unreadable") from None
    except OSError as exc:
        if isinstance(exc, FileNotFoundError | PermissionError | IsADirectoryError):
            raise RoscError("bundle_unreadable", reason=type(exc).__name__) from None
        raise RoscError("bundle_unreadable") from None  # age chunk authentication failed: tampered or truncated
    except Exception:
        raise RoscError("bundle_unreadable") from None


def read_bundle(
    path: str | os.PathLike[str],
    identity: pyrage.x25519.Identity | list[pyrage.x25519.Identity],
    expected_recipient: str,
    verify_key_for: Callable[[str], SignatureCheck | None],
    workdir: Path,
) -> OpenedBundle:
    """Decrypt, verify everything and keep the sections, sealed, in `workdir` (the caller's private 0700 folder).

    Raises RoscError: bundle_wrong_key, bundle_unreadable (not age / tampered / truncated), bundle_format_unsupported,
    bundle_unknown_sender, bundle_signature_invalid, bundle_not_for_us, bundle_damaged (section=... when a section
    fails its hash or size), bundle_rows_invalid / bundle_too_large (section=...: content no reader may take, see
    bundle_limits), bundle_workdir_unsafe (not a private empty folder of ours), bundle_workdir_write_failed (our
    disk). On any failure everything written to `workdir` is removed. The sections stay readable, through the
    returned object only, until the caller removes the folder.
    """
    workdir = Path(workdir)
    _check_workdir(workdir)
    parser = _InnerParser(expected_recipient, verify_key_for, workdir)
    try:
        _decrypt(path, identity, parser)
        parser.finish()
    except BaseException:
        parser.discard()
        raise
    assert parser.manifest is not None
    return OpenedBundle(parser.manifest, dict(parser.sections))


def inspect_bundle(
    path: str | os.PathLike[str],
    identity: pyrage.x25519.Identity | list[pyrage.x25519.Identity],
    verify_key_for: Callable[[str], SignatureCheck | None],
    expected_recipient: str | None = None,
) -> Manifest:
    """Decrypt only as far as the signed manifest and return it; no section byte touches the disk.

    The sections are not checked here (that needs the whole file): use it to show "from X, changes 12-40"
    before importing, never as proof that the bundle is whole. One thing is checked, since it costs nothing and is
    the usual fault of a copy to a USB stick that was pulled out too soon: a file shorter than the sections its
    manifest lists (the encrypted file is never smaller than what it holds) is cut short, and damaged.
    """
    parser = _InnerParser(expected_recipient, verify_key_for, None)
    try:
        _decrypt(path, identity, parser)
    except _Stop:
        pass
    if parser.manifest is None:
        raise RoscError("bundle_damaged", reason="incomplete")
    try:
        size = os.path.getsize(path)
    except OSError:
        raise RoscError("bundle_unreadable") from None
    if size < sum(section.bytes for section in parser.manifest.sections):
        raise RoscError("bundle_damaged", reason="incomplete")
    return parser.manifest


__all__ = ["APP_VERSION_RE", "FORMAT_VERSION", "MAGIC", "MANIFEST_MEMBER", "MAX_MANIFEST_BYTES", "MAX_SECTIONS",
           "SECTION_NAME_RE", "SECTION_PREFIX", "SIGNATURE_CONTEXT", "SIGNATURE_MEMBER", "Manifest", "OpenedBundle",
           "SectionInfo", "bundle_file_name", "canonical_json", "inspect_bundle", "read_bundle", "sign_manifest",
           "write_bundle"]
