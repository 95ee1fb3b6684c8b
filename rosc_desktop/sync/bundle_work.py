"""An import's work files: each bundle section sealed, as it streams in, with a key that exists only in memory.

A bundle's sections are checked before any of them is used (the whole file must pass its signed hashes), so they
have to be kept somewhere between decryption and use, and a big center's changes do not fit in memory. They are
kept on disk, but never in the clear: each import makes a fresh age X25519 identity (`SealKey`) that is never
written anywhere, and every piece of up to CHUNK bytes is encrypted to it before it reaches the file. A power cut
or `kill -9` therefore leaves only ciphertext whose key died with the process; the sweep of leftover work
folders (work_folders.sweep_work_folders) removes it later, as a second line of defence.

Why one age file per piece rather than one per section: pyrage's streaming `encrypt_io` pulls its input from a
reader, while the bundle's plaintext is pushed to us by `decrypt_io`; bridging the two would need a thread per
section. Each piece is a complete, standard age encryption instead, and the order and completeness of the
pieces are held in memory (length and SHA-256 of each sealed piece), so a work file cannot be cut, reordered or
spliced without the reader noticing. No cryptography is done here beyond calling age.
"""

from __future__ import annotations

import hashlib
import io
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyrage

from rosc_desktop.errors import RoscError

CHUNK = 1 << 20  # plaintext per sealed piece: the memory an open section costs; age adds about 200 bytes to each


class SealKey:
    """The import's own key pair, in memory only. Its repr says nothing, so it cannot end up in a log."""

    __slots__ = ("_identity", "_recipient")

    def __init__(self, identity: pyrage.x25519.Identity | None = None) -> None:
        self._identity = identity if identity is not None else pyrage.x25519.Identity.generate()
        self._recipient = self._identity.to_public()

    def secret(self) -> str:
        """The key as text, for the change reader's pipe (sync/change_reader.py) and nothing else."""
        return str(self._identity)

    @classmethod
    def from_secret(cls, text: str) -> SealKey:
        return cls(pyrage.x25519.Identity.from_str(text))

    def seal(self, plain: bytes) -> bytes:
        return pyrage.encrypt(plain, [self._recipient])

    def open(self, sealed: bytes) -> bytes:
        return pyrage.decrypt(sealed, [self._identity])

    def __repr__(self) -> str:
        return "SealKey(<in memory>)"


class SealedWriter:
    """Receives a section's plaintext in slices, writes it sealed; `close()` gives the readable `SealedSection`.

    OSError (our own disk) is left to the caller, which knows what to call it."""

    def __init__(self, key: SealKey, path: Path, name: str) -> None:
        self._key = key
        self._path = path
        self._name = name
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
        self._file = os.fdopen(os.open(path, flags, 0o600), "wb")
        self._buffer = bytearray()
        self._pieces: list[tuple[int, bytes]] = []
        self._size = 0

    def write(self, data: bytes | memoryview) -> None:
        self._buffer += data
        self._size += len(data)
        while len(self._buffer) >= CHUNK:
            self._seal(bytes(self._buffer[:CHUNK]))
            del self._buffer[:CHUNK]

    def _seal(self, plain: bytes) -> None:
        sealed = self._key.seal(plain)
        self._file.write(sealed)
        self._pieces.append((len(sealed), hashlib.sha256(sealed).digest()))

    def close(self) -> SealedSection:
        if self._buffer:
            self._seal(bytes(self._buffer))
            self._buffer = bytearray()
        self._file.close()
        return SealedSection(self._name, self._size, self._path, self._key, self._pieces)

    def abort(self) -> None:
        self._buffer = bytearray()
        try:
            self._file.close()
        except OSError:
            pass  # the file is removed next; a full disk must not hide why we stopped


class SealedSection:
    """One verified section of an opened bundle, readable as plaintext only through this object.

    `chunks()` and `open()` stream it (memory: one CHUNK); `read_bytes()` is for the small sections. Each piece is
    checked against the length and hash recorded when it was written before it is opened."""

    __slots__ = ("name", "size", "_path", "_key", "_pieces")

    def __init__(self, name: str, size: int, path: Path, key: SealKey, pieces: list[tuple[int, bytes]]) -> None:
        self.name = name
        self.size = size  # plaintext bytes, as in the bundle (a gzip section still compressed)
        self._path = path
        self._key = key
        self._pieces = list(pieces)

    def __repr__(self) -> str:
        return f"SealedSection({self.name!r}, {self.size} bytes)"

    def handover(self) -> dict[str, Any]:
        """What another process needs to read this section (`received`): it holds the key, so it goes down a
        pipe to a process of ours, never into a file, an argument or a log."""
        return {"name": self.name, "size": self.size, "path": str(self._path), "key": self._key.secret(),
                "pieces": self._pieces}

    @classmethod
    def received(cls, handover: dict[str, Any]) -> SealedSection:
        return cls(handover["name"], handover["size"], Path(handover["path"]), SealKey.from_secret(handover["key"]),
                   handover["pieces"])

    def chunks(self) -> Iterator[bytes]:
        offset = 0
        for length, digest in self._pieces:
            # Opened per piece, so a reader that stops early (a refused row) leaves no open handle behind to keep
            # the work folder from being removed (Windows).
            try:
                with open(self._path, "rb") as f:
                    f.seek(offset)
                    sealed = f.read(length)
            except OSError:
                raise RoscError("bundle_workdir_unsafe") from None
            if len(sealed) != length or hashlib.sha256(sealed).digest() != digest:
                raise RoscError("bundle_workdir_unsafe")  # changed under us: someone else writes in our folder
            offset += length
            yield self._key.open(sealed)

    def read_bytes(self) -> bytes:
        return b"".join(self.chunks())

    def open(self) -> io.BufferedReader:
        """A read-only binary stream of the plaintext (e.g. for gzip.open)."""
        return io.BufferedReader(_ChunkStream(self.chunks()), buffer_size=64 << 10)


class _ChunkStream(io.RawIOBase):
    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._current = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        while not self._current:
            piece = next(self._chunks, None)
            if piece is None:
                return 0
            self._current = memoryview(piece)
        n = min(len(buffer), len(self._current))
        buffer[:n] = self._current[:n]
        self._current = self._current[n:]
        return n
