"""The inputs of bench/fuzz_bundle.py: hostile JSON, byte mutations, and bundles re-made around them.

Kept apart from the runner so each file reads on its own: this one says what is thrown at the reader and the
import, fuzz_bundle.py how it is thrown and what is counted.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import os
import random
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from rosc_desktop.sync import bundle as bundle_file
from rosc_desktop.sync import exchange, keys, transfer

HUB, CENTER = "FZ-HUB", "FZ-C1"
MARK = "@@fuzz@@"

# ---------------------------------------------------------------------------------------------------------------
# Hostile JSON


def _deep(n: int, kind: str = "[") -> str:
    return "[" * n + "1" + "]" * n if kind == "[" else '{"a":' * n + "1" + "}" * n


# Raw JSON texts by what they attack, picked class first so the rare classes are not drowned by the many.
TEXT_VALUES = {
    "surrogates": ['"\\ud800"', '"x\\udfff"', '"\\ud83d"', '"\\udc00\\ud800"', '"\\ud83d\\ude00"', '"\\\\ud800"'],
    "depth": [_deep(63), _deep(64), _deep(65), _deep(1000), _deep(5000), _deep(50_000, "{"), _deep(70, "{"),
              '"' + "[" * 1000 + '"', '["]", ' * 80 + "1" + "]" * 80],
    "numbers": ["9223372036854775807", "9223372036854775808", "-9223372036854775809", "-9223372036854775808",
                "1" + "0" * 400, "1" * 5000, "1e400", "-1e400", "1e-400", "NaN", "Infinity", "-Infinity", "-0",
                "0.5", "1E308", "0", "-1"],
    "types": ["true", "false", "null", "[]", "{}", '[null]', '{"": null}', '["x", 1, {"y": []}]'],
    "strings": ['"\\u0000"', '"\\u202e\\u2066x"', '"\\n\\r\\t\\b"', '""', '" "', '"2026-13-45"',
                '"9999-12-31T23:59:59Z"', '"0000-01-01"', '"2026-02-30"', '"1999-01-01T00:00:00+25:00"',
                '"not-a-stamp"', '"9999999999999-9999"', '"0000000000000-0000"', '"' + "x" * 70_000 + '"',
                '"' + "é" * 5000 + '"'],
}
RARE_VALUES = [_deep(200_000), '"' + "x" * (9 << 20) + '"']  # memory and time: used seldom


def random_json(rng: random.Random, depth: int = 0) -> Any:
    roll = rng.random()
    if depth > 3 or roll < 0.4:
        return rng.choice([0, -1, 1, 2 ** 62, 1.5, True, False, None, "", "x", "HUB", CENTER, HUB, "participant",
                           "2026-01-01", "é\u200f", [], {}])
    if roll < 0.7:
        return [random_json(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    keys_ = ["id", "name", "applied", "rotation", "participants", "ids", "sites", "code", "age_recipients",
             "declined", "refused", "cancelled", "version", CENTER, HUB, "x"]
    return {rng.choice(keys_): random_json(rng, depth + 1) for _ in range(rng.randint(0, 4))}


def hostile_text(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.002:
        return rng.choice(RARE_VALUES)
    if roll < 0.8:
        return rng.choice(TEXT_VALUES[rng.choice(list(TEXT_VALUES))])
    return json.dumps(random_json(rng))


def with_text(obj: dict[str, Any], path: list[str], fragment: str) -> str:
    """`obj` as JSON with the value at `path` replaced by raw JSON text (which json.dumps could not write)."""
    target = json.loads(json.dumps(obj))
    node = target
    for key in path[:-1]:
        node = node.setdefault(key, {}) if isinstance(node, dict) else node
    if isinstance(node, dict):
        node[path[-1]] = MARK
    return json.dumps(target, ensure_ascii=False).replace(json.dumps(MARK), fragment, 1)


def gz(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=1, mtime=0)


def bomb(rng: random.Random) -> bytes:
    megabytes = rng.choice([1, 8, 70, 300])
    line = rng.choice([b"\n", b"{}\n", b"x", b" "])
    z = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = line * ((1 << 20) // len(line))
    return b"".join(z.compress(block) for _ in range(megabytes)) + z.flush()


# ---------------------------------------------------------------------------------------------------------------
# Byte mutations


def mutate_bytes(rng: random.Random, data: bytes, other: bytes) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        if not buf:
            buf += os.urandom(rng.randint(1, 16))
            continue
        op = rng.randrange(8)
        at = rng.randrange(len(buf))
        if op == 0:
            buf[at] ^= 1 << rng.randrange(8)
        elif op == 1:
            buf[at] = rng.choice([0, 0xFF, 0x7F, 0x80, 0x0A, 0x22, 0x5B, 0x5C])
        elif op == 2:
            del buf[at:]
        elif op == 3:
            buf[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 64)))
        elif op == 4:
            del buf[at:at + rng.randint(1, 600)]
        elif op == 5:
            piece = buf[at:at + rng.randint(1, 600)]
            buf[at:at] = piece
        elif op == 6:
            cut = rng.randrange(len(other) + 1)
            buf = buf[:at] + other[cut:]
        else:
            start = rng.randrange(len(buf))
            piece = buf[start:start + rng.randint(1, 64)]
            buf[at:at + len(piece)] = piece
    return bytes(buf)


# ---------------------------------------------------------------------------------------------------------------
# Making hostile bundles


@dataclass
class Seed:
    """A real bundle and what it is made of, for one direction (sender -> importer); fuzz_bundle.make_seed."""
    sender: Any
    importer: Any
    path: Path
    data: bytes
    inner: bytes
    manifest: bundle_file.Manifest
    sections: dict[str, bytes]
    rows: dict[str, list[dict[str, Any]]]
    recipients: list[Any]
    identities: list[Any]
    local_code: str
    signing_key: Any  # the sender's Ed25519 key
    verify_key_for: Callable[[str], Any]  # the importer's lookup of the sender's public key


def inner_payload(manifest_bytes: bytes, signature: bytes, sections: list[tuple[str, bytes]]) -> bytes:
    out = [bundle_file.MAGIC]
    for name, data in [(bundle_file.MANIFEST_MEMBER, manifest_bytes), (bundle_file.SIGNATURE_MEMBER, signature)] + [
            (bundle_file.SECTION_PREFIX + n, d) for n, d in sections]:
        out += [bundle_file._tar_header(name, len(data), 0), data, bundle_file._padding(len(data))]
    out.append(b"\0" * 1024)
    return b"".join(out)


def signed_bundle(seed: Seed, manifest: dict[str, Any], sections: list[tuple[str, bytes]],
                  rows: dict[str, int] | None = None) -> bytes:
    """A bundle signed with the sender's real key: the manifest lists these sections with their true hashes."""
    d = dict(manifest)
    d["sections"] = [{"name": n, "sha256": hashlib.sha256(x).hexdigest(), "rows": (rows or {}).get(n, 1),
                      "bytes": len(x)} for n, x in sections]
    try:
        manifest_bytes = bundle_file.canonical_json(d)
    except ValueError:
        manifest_bytes = json.dumps(d).encode()  # not canonical: the reader must say "damaged"
    signature = seed.signing_key.sign(bundle_file.SIGNATURE_CONTEXT + manifest_bytes)
    return pyrage.encrypt(inner_payload(manifest_bytes, signature, sections), seed.recipients)


def mutate_rows(rng: random.Random, rows: list[dict[str, Any]], seq_to: int) -> bytes:
    """JSON lines (uncompressed) with one to three hostile changes."""
    lines: list[str | bytes] = [json.dumps(r, ensure_ascii=False) for r in rows]
    for _ in range(rng.choice([1, 1, 2, 3])):
        if not lines:
            lines.append(hostile_text(rng))
            continue
        i = rng.randrange(len(lines))
        row = rows[i % len(rows)] if rows else {}
        op = rng.randrange(12)
        if op <= 2:  # a top-level value
            lines[i] = with_text(row, [rng.choice(list(row) + ["x"])], hostile_text(rng))
        elif op <= 5 and isinstance(row.get("p"), dict):  # a payload field
            lines[i] = with_text(row, ["p", rng.choice(list(row["p"]) + ["x"])], hostile_text(rng))
        elif op == 6:  # a key dropped, or the row's identity or owner changed
            changed = json.loads(json.dumps(row))
            what = rng.randrange(5)
            if what == 0 and changed:
                changed.pop(rng.choice(list(changed)))
            elif what == 1 and isinstance(changed.get("p"), dict) and changed["p"]:
                changed["p"].pop(rng.choice(list(changed["p"])))
            elif what == 2:
                changed["t"] = rng.choice(["staff", "site", "sync_bundle", "audit_event", "partner", "participant",
                                           "consent", "goal", "nope", ""])
            elif what == 3:
                other = rows[rng.randrange(len(rows))]
                changed["r"] = other.get("r")
                if isinstance(changed.get("p"), dict):
                    changed["p"]["id"] = other.get("r")
            elif isinstance(changed.get("p"), dict):
                changed["p"]["owner_site"] = rng.choice([HUB, CENTER, "HUB", "ZZ-9", ""])
            lines[i] = json.dumps(changed)
        elif op == 7:  # seq out of order, repeated or out of range
            changed = dict(row, s=rng.choice([0, -1, seq_to, seq_to + 1, row.get("s", 1), 2 ** 63 - 1]))
            lines[i] = json.dumps(changed)
        elif op == 8:  # version and stamp out of step with the payload
            changed = json.loads(json.dumps(row))
            v = rng.choice([0, -1, 2, 10 ** 6, 2 ** 63 - 1])
            changed["v"] = v
            if isinstance(changed.get("p"), dict) and rng.random() < 0.7:
                changed["p"]["version"] = v
            lines[i] = json.dumps(changed)
        elif op == 9:  # the line as bytes: not UTF-8, NUL, BOM, CRLF, cut
            raw = lines[i].encode() if isinstance(lines[i], str) else lines[i]
            cut = rng.randrange(len(raw) + 1)
            lines[i] = rng.choice([raw[:cut] + b"\xff\xfe" + raw[cut:], raw[:cut] + b"\0" + raw[cut:],
                                   b"\xef\xbb\xbf" + raw, raw + b"\r", raw[:cut], raw[:cut] + b"\xed\xa0\x80"])
        elif op == 10:  # a line that is not an object, or repeated
            lines.insert(i, rng.choice(['[]', '1', '"x"', 'null', '', '   ', lines[i]]))
        else:
            del lines[i]
    return b"".join((x.encode() if isinstance(x, str) else x) + b"\n" for x in lines)


def hostile_section(rng: random.Random, seed: Seed, name: str) -> bytes:
    """New content for one section, hostile in one of many ways."""
    is_gz = name.endswith(".gz")
    if is_gz and rng.random() < 0.12:
        good = seed.sections.get(name) or gz(b"")
        kind = rng.randrange(6)
        if kind == 0:
            return bomb(rng) if rng.random() < 0.1 else gz(b"\n" * rng.randint(1, 5000))
        if kind == 1 and len(good) > 8:
            return good[:-8] + bytes([good[-8] ^ 0xFF]) + good[-7:]
        if kind == 2:
            return good[:rng.randrange(len(good) + 1)]
        if kind == 3:
            return good + rng.choice([good, b"junk", b"\0" * 8])
        if kind == 4:
            return zlib.compress(gzip.decompress(good) if good else b"")
        return gzip.decompress(good) if good else b"{}"
    if name in seed.rows or name.endswith((".jsonl", ".jsonl.gz")):
        base = seed.rows.get(name) or seed.rows.get(exchange.CHANGES, [])
        data = mutate_rows(rng, base, seed.manifest.seq_to)
    elif name == exchange.KEYS and rng.random() < 0.5:
        data = json.dumps({"rotation": rotation_announcement(rng, seed)}).encode()
    else:
        try:
            original = json.loads(seed.sections[name]) if name in seed.sections else random_json(rng)
        except ValueError:
            original = random_json(rng)
        if rng.random() < 0.15:  # not JSON any more: cut, a byte changed, bytes inserted
            data = mutate_bytes(rng, json.dumps(original).encode(), b"{}")
        elif isinstance(original, dict) and original and rng.random() < 0.7:
            path = [rng.choice(list(original) + ["x"])]
            data = with_text(original, path, hostile_text(rng)).encode()
        else:
            data = hostile_text(rng).encode()
    return gz(data) if is_gz else data


def rotation_announcement(rng: random.Random, seed: Seed) -> dict[str, Any]:
    """A key change announced by the sender: well formed and signed with its real key, or one field off."""
    next_key = Ed25519PrivateKey.generate().public_key().public_bytes_raw().hex()
    current = seed.signing_key.public_key().public_bytes_raw().hex()
    body: dict[str, Any] = {"kind": keys.ANNOUNCEMENT_KIND, "version": 1, "site_code": seed.manifest.origin,
                            "old_ed25519_public": current, "new_ed25519_public": next_key,
                            "new_age_recipient": str(pyrage.x25519.Identity.generate().to_public())}
    if rng.random() < 0.7:
        key = rng.choice(list(body) + ["extra"])
        body[key] = random_json(rng) if rng.random() < 0.5 else rng.choice(["", "x", current, next_key, 1, None])
    try:
        message = keys._announcement_body(body)  # what keys.accept_rotation checks the signature against
        signature = seed.signing_key.sign(message) if rng.random() < 0.8 else os.urandom(64)
    except (TypeError, ValueError):
        signature = os.urandom(64)
    body["signature"] = keys._b64(signature) if rng.random() < 0.9 else random_json(rng)
    return body


_RELAY_KEY = Ed25519PrivateKey.generate()  # a center the hub vouches for in the bundle's list of centers
_RELAY_SITE = {"code": "FZ-C9", "name": "Far Center",
               "age_recipients": [str(pyrage.x25519.Identity.generate().to_public())],
               "ed25519_public": _RELAY_KEY.public_key().public_bytes_raw().hex()}


def transfer_sections(rng: random.Random, seed: Seed) -> dict[str, bytes]:
    """A person's record on its way: from the sending center to the hub (to be relayed), or from the hub to the
    importing center, relayed from a center the hub's list names with keys we hold. Sealed and signed, so what is
    hostile is the package, or one field of the line that carries it."""
    rows = seed.rows.get(exchange.CHANGES) or [{"t": "participant", "p": {"id": "x"}}]
    package_rows = [json.dumps({"t": rng.choice(["participant", "consent", "goal", "x"]),
                                "p": dict(r.get("p") or {}, id=f"id-{i}")}) for i, r in enumerate(rows[:3])]
    if rng.random() < 0.8:
        i = rng.randrange(len(package_rows))
        package_rows[i] = with_text(json.loads(package_rows[i]), ["p", rng.choice(["id", "preferred_name", "x"])],
                                    hostile_text(rng))
    package = '{"consent_id": "c", "notice": "n", "rows": [' + ", ".join(package_rows) + "]}"
    if rng.random() < 0.2:
        package = hostile_text(rng)
    sealed = "" if rng.random() < 0.05 else base64.b64encode(pyrage.encrypt(package.encode(), seed.recipients)).decode()
    to_hub = seed.manifest.profile == "center-to-hub-v1"
    line = {"id": f"t-{rng.randrange(10 ** 9)}", "from": seed.manifest.origin if to_hub else _RELAY_SITE["code"],
            "to": _RELAY_SITE["code"] if to_hub else seed.local_code, "sealed": sealed,
            "signature": base64.b64encode(os.urandom(64)).decode()}  # replaced by a real one below if it can be
    text = json.dumps(line)
    if rng.random() < 0.5:
        text = with_text(line, [rng.choice(["id", "from", "to", "sealed", "x"])], hostile_text(rng))
    try:
        line = json.loads(text)
        line["signature"] = base64.b64encode(_RELAY_KEY.sign(transfer._signed_body(line))).decode()
        text = json.dumps(line)
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError):
        pass  # a line no one could sign: the reader must refuse it all the same
    sections = {"transfers.jsonl": text.encode() + b"\n"}
    if not to_hub:
        sections["sites.json"] = json.dumps({"sites": [_RELAY_SITE]}).encode()
    return sections


def hostile_signed(rng: random.Random, seed: Seed) -> bytes:
    manifest = seed.manifest.to_dict()
    sections = dict(seed.sections)
    if rng.random() < 0.2:
        sections.update(transfer_sections(rng, seed))
        if rng.random() < 0.5:
            return signed_bundle(seed, manifest, list(sections.items()))
    names = list(sections) + [exchange.REFRESH, exchange.REDACT, exchange.KEYS, "transfers.jsonl",
                              "transfer_acks.json", "sites.json", "notes.json", "later.jsonl.gz", "blob.bin"]
    for _ in range(rng.choice([1, 1, 1, 2])):
        roll = rng.random()
        if roll < 0.8:
            name = rng.choice(names)
            sections[name] = hostile_section(rng, seed, name)
        elif roll < 0.9 and sections:
            sections.pop(rng.choice(list(sections)))
        else:  # the manifest itself, signed: odd ranges, profiles, versions, dates, capabilities
            key = rng.choice(["seq_from", "seq_to", "schema_version", "profile", "created_at", "requires",
                              "recipient", "app_version"])
            manifest[key] = rng.choice({
                "seq_from": [0, 1, 2, seed.manifest.seq_to + 1, seed.manifest.seq_to + 5, 2 ** 62],
                "seq_to": [0, seed.manifest.seq_from - 1, seed.manifest.seq_to + 3, 2 ** 62],
                "schema_version": [0, 1, 10 ** 6, 2 ** 63 - 1],
                "profile": ["center-to-hub-v1", "hub-to-center-v1", "", "x" * 300],
                "created_at": ["2999-01-01T00:00:00Z", "1970-01-01T00:00:00Z", "2026-02-30T00:00:00Z"],
                "requires": [["changes-v1"], ["changes-v9"], [], ["a"] * 64],
                "recipient": [HUB, CENTER, "", "FZ-OTHER"],
                "app_version": ["9.9.9", "0", "x" * 32],
            }[key])
    items = list(sections.items())
    if rng.random() < 0.05:
        rng.shuffle(items)  # sections in another order than the sender writes them
    return signed_bundle(seed, manifest, items)


def hostile_inner(rng: random.Random, seed: Seed, other: Seed) -> bytes:
    if rng.random() < 0.3:  # a manifest no one signed, hostile as JSON
        manifest = with_text(seed.manifest.to_dict(), [rng.choice(["origin", "recipient", "sections", "seq_to",
                                                                   "format_version", "x"])],
                             hostile_text(rng)).encode() if rng.random() < 0.7 else hostile_text(rng).encode()
        inner = inner_payload(manifest, os.urandom(64), list(seed.sections.items()))
    else:
        inner = mutate_bytes(rng, seed.inner, other.inner)
    return pyrage.encrypt(inner, seed.recipients)
