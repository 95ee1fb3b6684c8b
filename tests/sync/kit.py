"""Tools for the sync engine tests: what a site holds, copies of a site, and bundles opened or re-made by hand.

Crafted bundles are signed with the sending site's real key (through sync.keys) and encrypted to the real
recipient, so the engine's own checks, not the file format's, decide what happens to them.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from rosc_desktop.model import SyncedRow
from rosc_desktop.sync import bundle as bundle_file
from rosc_desktop.sync import exchange, keys
from tests.conftest import ADMIN_PASSWORD

SYNC_TABLES = ("sync_received", "sync_conflict", "sync_peer_state", "sync_share", "outbox")


def synced_models() -> dict[str, type[SyncedRow]]:
    return {cls.__tablename__: cls for cls in SyncedRow.__subclasses__()}  # type: ignore[misc]


def counts(svc) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Rows per synchronised table and per sync bookkeeping table (not the bundle log or the audit trail, which
    record refusals on purpose)."""
    from sqlalchemy import MetaData, Table

    out: dict[str, int] = {}
    with svc.store.read() as session:
        for name, model in synced_models().items():
            out[name] = session.execute(select(func.count()).select_from(model)).scalar_one()
        meta = MetaData()
        for name in SYNC_TABLES:
            table = Table(name, meta, autoload_with=session.connection())
            out[name] = session.execute(select(func.count()).select_from(table)).scalar_one()
    return out


def state(svc) -> dict[str, dict[str, tuple[int, str, bool]]]:  # type: ignore[no-untyped-def]
    """Every synchronised row as (version, hlc, tombstoned), by table and id."""
    out: dict[str, dict[str, tuple[int, str, bool]]] = {}
    with svc.store.read() as session:
        for name, model in synced_models().items():
            rows = session.execute(select(model.id, model.version, model.hlc, model.deleted_at)).all()
            out[name] = {r[0]: (r[1], r[2], r[3] is not None) for r in rows}
    return out


def row(svc, model: type[SyncedRow], row_id: str):  # type: ignore[no-untyped-def]
    with svc.store.read() as session:
        return session.get(model, row_id)


def received(svc, origin: str) -> set[int]:  # type: ignore[no-untyped-def]
    from rosc_desktop.model import SyncReceived

    with svc.store.read() as session:
        return set(session.execute(select(SyncReceived.seq).where(SyncReceived.origin == origin)).scalars())


def work_leftovers(svc) -> list[Path]:  # type: ignore[no-untyped-def]
    folder = svc.paths.root / "sync-work"
    return sorted(folder.rglob("*")) if folder.exists() else []


def log_statuses(svc) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    """(direction, status, reason), oldest first."""
    return [(e.direction, e.status, e.reason) for e in reversed(exchange.bundle_log(svc))]


def copy_site(svc, root: Path, name: str):  # type: ignore[no-untyped-def]
    """A second, independent copy of a site's data folder (a restored backup, a cloned laptop), signed in."""
    from rosc_desktop.paths import AppPaths
    from rosc_desktop.services.session import sign_in

    svc.store.checkpoint()
    target = root / name
    shutil.copytree(svc.paths.root, target)
    return sign_in(AppPaths(target).ensure(), "admin", ADMIN_PASSWORD, make_backup=False)


# ------------------------------------------------------------------------------------------------ bundles


class SiteSigner:
    def __init__(self, svc) -> None:  # type: ignore[no-untyped-def]
        self._svc = svc

    def sign(self, data: bytes) -> bytes:
        return keys.sign(self._svc, data)


def open_bundle(path: Path, reader) -> tuple[bundle_file.Manifest, dict[str, bytes]]:  # type: ignore[no-untyped-def]
    """Decrypt with the recipient's identities into a private temp folder; return the manifest and the raw
    sections. The folder is removed before returning."""
    folder = Path(tempfile.mkdtemp(prefix="open-"))
    os.chmod(folder, 0o700)
    try:
        def verify_for(origin: str) -> Any:
            try:
                return exchange._PeerVerifier(keys.peer(reader, origin))
            except Exception:
                return None

        local = exchange._local_site(reader).code
        opened = bundle_file.read_bundle(path, keys.age_identities(reader), local, verify_for, folder)
        return opened.manifest, {name: p.read_bytes() for name, p in opened.sections.items()}
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def lines(section: bytes) -> list[dict[str, Any]]:
    return [json.loads(x) for x in gzip.decompress(section).splitlines() if x.strip()]


def gz_lines(rows: list[dict[str, Any]]) -> bytes:
    return gzip.compress(b"".join(json.dumps(r, sort_keys=True).encode() + b"\n" for r in rows))


def reseal(sender, recipient_code: str, path: Path, manifest: bundle_file.Manifest,  # type: ignore[no-untyped-def]
           sections: dict[str, bytes], **fields: Any) -> Path:
    """Write `sections` as a bundle from `sender` with `manifest`'s fields, some replaced by `fields`."""
    base = {"origin": manifest.origin, "recipient": manifest.recipient, "schema_version": manifest.schema_version,
            "seq_from": manifest.seq_from, "seq_to": manifest.seq_to, "profile": manifest.profile,
            "created_at": manifest.created_at, "requires": list(manifest.requires)}
    base.update(fields)
    peer = keys.peer(sender, recipient_code)
    bundle_file.write_bundle(path, base, sections, SiteSigner(sender), keys.recipients_for(peer))
    return path


def sent_seqs(path: Path, reader) -> set[int]:  # type: ignore[no-untyped-def]
    """The (origin's) seq numbers a bundle's changes section carries: tables that stay home have none here."""
    _, sections = open_bundle(path, reader)
    return {line["s"] for line in lines(sections["changes.jsonl.gz"])}


def last_seq(svc) -> int:  # type: ignore[no-untyped-def]
    from rosc_desktop.model import OutboxEntry

    with svc.store.read() as session:
        return session.execute(select(func.max(OutboxEntry.seq))).scalar() or 0


def raw_pages(path: Path, key: bytes, page_size: int = 4096, reserve: int = 80) -> bytes:
    """Every page of an SQLCipher 4 file decrypted as stored, free space included (what SQL cannot show). Only
    for tests that look for leftovers: a raw 32-byte key is the AES key, each page ends in its IV and HMAC."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    data = Path(path).read_bytes()
    plain = []
    for i in range(len(data) // page_size):
        page = data[i * page_size:(i + 1) * page_size]
        iv = page[page_size - reserve:page_size - reserve + 16]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        plain.append(decryptor.update(page[16 if i == 0 else 0:page_size - reserve]) + decryptor.finalize())
    return b"".join(plain)
