"""The signed manifest of a sync bundle (sync/bundle.py): what it says, how it is written as canonical JSON and
signed, and how one read from a bundle is checked field by field before anything in it is trusted.

Like sync/bundle.py, this module knows nothing about the database or key storage."""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import secrets
from dataclasses import dataclass, field
from typing import Any, Protocol

from rosc_desktop import __version__
from rosc_desktop.errors import RoscError
from rosc_desktop.sync import bundle_limits

FORMAT_VERSION = 1
# Domain separation: a signature made for a manifest can never be replayed as a signature over anything else
# the same Ed25519 key signs (key certificates, trust cards).
SIGNATURE_CONTEXT = b"ROSC-BUNDLE-MANIFEST-v1\x00"
# Section names: lowercase, no separators, cannot start with a dot (the suffix says what bundle_limits checks).
SECTION_NAME_RE = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}$")
MAX_SECTIONS = 32
APP_VERSION_RE = re.compile(r"^[0-9A-Za-z][0-9A-Za-z.+-]{0,31}$")
# Numbers in a manifest end up in the database: SQLite's INTEGER is 64-bit, and seq_to + 1 must fit too.
_MAX_COUNT = (1 << 63) - 1


# ---------------------------------------------------------------------------------------------------------------
# Canonical JSON


def canonical_json(obj: Any) -> bytes:
    """RFC 8785-style canonical JSON for the types a manifest uses: dict (str keys), list, str, int, bool, None.

    Keys sorted by UTF-16 code units (as RFC 8785), no whitespace, UTF-8, only the escapes JSON requires.
    Floats are refused, not just NaN/Infinity: their shortest-form printing differs between implementations,
    and a signature over bytes that another implementation would print differently is a signature no one can
    re-check. Lone surrogates are refused by the UTF-8 encoding.
    """
    out: list[str] = []
    _canon(obj, out)
    try:
        return "".join(out).encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError("canonical_json: string is not valid Unicode") from exc


def _canon(obj: Any, out: list[str]) -> None:
    if obj is None or obj is True or obj is False:
        out.append(json.dumps(obj))
    elif isinstance(obj, int):
        out.append(str(int(obj)))
    elif isinstance(obj, float):
        reason = "NaN/Infinity" if not math.isfinite(obj) else "floats"
        raise ValueError(f"canonical_json: {reason} not allowed")
    elif isinstance(obj, str):
        out.append(json.dumps(obj, ensure_ascii=False))
    elif isinstance(obj, (list, tuple)):
        out.append("[")
        for i, item in enumerate(obj):
            if i:
                out.append(",")
            _canon(item, out)
        out.append("]")
    elif isinstance(obj, dict):
        for key in obj:
            if not isinstance(key, str):
                raise ValueError("canonical_json: object keys must be strings")
        out.append("{")
        for i, key in enumerate(sorted(obj, key=lambda k: k.encode("utf-16-be", "surrogatepass"))):
            if i:
                out.append(",")
            out.append(json.dumps(key, ensure_ascii=False))
            out.append(":")
            _canon(obj[key], out)
        out.append("}")
    else:
        raise ValueError(f"canonical_json: unsupported type {type(obj).__name__}")


def strict_json_loads(data: bytes) -> Any:
    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(pairs)
        if len(result) != len(pairs):
            raise ValueError("duplicate key")
        return result

    # Read before the signature is checked, so from anyone holding our public key: depth, surrogates and
    # number sizes are bounded like every other JSON in a bundle.
    return bundle_limits.parse(data, object_pairs_hook=no_duplicates)


# ---------------------------------------------------------------------------------------------------------------
# Manifest


@dataclass(frozen=True)
class SectionInfo:
    name: str
    sha256: str  # lowercase hex of the section's bytes exactly as stored (e.g. still gzip-compressed)
    rows: int
    bytes: int


@dataclass(frozen=True)
class Manifest:
    format_version: int
    origin: str
    recipient: str
    schema_version: int
    seq_from: int
    seq_to: int
    profile: str
    created_at: str  # ISO 8601 UTC, "YYYY-MM-DDTHH:MM:SSZ"
    sections: list[SectionInfo] = field(default_factory=list)
    # Capabilities a reader must have to apply the bundle safely ("update the app" otherwise). Optional features
    # need no entry: they travel as sections, and a reader skips a section it does not know.
    requires: list[str] = field(default_factory=list)
    # The sender's app version, so "update the app" can name the version to update to.
    app_version: str = __version__

    def to_dict(self) -> dict[str, Any]:
        return {
            "format_version": self.format_version,
            "origin": self.origin,
            "recipient": self.recipient,
            "schema_version": self.schema_version,
            "seq_from": self.seq_from,
            "seq_to": self.seq_to,
            "profile": self.profile,
            "created_at": self.created_at,
            "sections": [{"name": s.name, "sha256": s.sha256, "rows": s.rows, "bytes": s.bytes} for s in self.sections],
            "requires": list(self.requires),
            "app_version": self.app_version,
        }

    def canonical(self) -> bytes:
        return canonical_json(self.to_dict())

    def section(self, name: str) -> SectionInfo:
        for s in self.sections:
            if s.name == name:
                return s
        raise KeyError(name)

    @classmethod
    def from_dict(cls, d: Any) -> Manifest:
        """Strict: exact keys and types, so two readers can never disagree about what was signed."""
        if not isinstance(d, dict):
            raise ValueError("manifest is not an object")
        # The version is checked before anything else so a newer sender gets "update the app", not "damaged".
        if d.get("format_version") != FORMAT_VERSION or type(d.get("format_version")) is not int:
            raise RoscError("bundle_format_unsupported")
        expected = {f for f in cls.__dataclass_fields__}
        if set(d) != expected:
            raise ValueError("manifest keys")
        for key in ("origin", "recipient", "profile", "created_at"):
            if not isinstance(d[key], str) or not d[key]:
                raise ValueError(key)
        for key in ("schema_version", "seq_from", "seq_to"):
            if type(d[key]) is not int or not 0 <= d[key] < _MAX_COUNT:
                raise ValueError(key)
        # seq_from == seq_to + 1 is an empty range: a bundle that only carries acknowledgements or keys.
        if d["seq_from"] > d["seq_to"] + 1:
            raise ValueError("seq range")
        requires = d["requires"]
        if not isinstance(requires, list) or len(requires) > 64 or not all(
                isinstance(r, str) and SECTION_NAME_RE.match(r) for r in requires):
            raise ValueError("requires")
        if not isinstance(d["app_version"], str) or not APP_VERSION_RE.match(d["app_version"]):
            raise ValueError("app_version")
        parse_created_at(d["created_at"])
        raw_sections = d["sections"]
        if not isinstance(raw_sections, list) or len(raw_sections) > MAX_SECTIONS:
            raise ValueError("sections")
        sections: list[SectionInfo] = []
        for s in raw_sections:
            if not isinstance(s, dict) or set(s) != {"name", "sha256", "rows", "bytes"}:
                raise ValueError("section keys")
            if not isinstance(s["name"], str) or not SECTION_NAME_RE.match(s["name"]):
                raise ValueError("section name")
            if not isinstance(s["sha256"], str) or not re.fullmatch(r"[0-9a-f]{64}", s["sha256"]):
                raise ValueError("section hash")
            if type(s["rows"]) is not int or type(s["bytes"]) is not int or not 0 <= s["rows"] < _MAX_COUNT or \
                    not 0 <= s["bytes"] < _MAX_COUNT:
                raise ValueError("section counts")
            sections.append(SectionInfo(s["name"], s["sha256"], s["rows"], s["bytes"]))
        if len({s.name for s in sections}) != len(sections):
            raise ValueError("duplicate section")
        return cls(
            format_version=d["format_version"], origin=d["origin"], recipient=d["recipient"],
            schema_version=d["schema_version"], seq_from=d["seq_from"], seq_to=d["seq_to"], profile=d["profile"],
            created_at=d["created_at"], sections=sections, requires=list(requires), app_version=d["app_version"],
        )


def format_created_at(value: dt.datetime | str | None) -> str:
    if value is None:
        value = dt.datetime.now(dt.timezone.utc)
    if isinstance(value, str):
        parse_created_at(value)
        return value
    if value.tzinfo is None:
        raise ValueError("created_at must be timezone-aware")
    return value.astimezone(dt.timezone.utc).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_created_at(value: str) -> dt.datetime:
    return dt.datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)


class Signer(Protocol):
    """This site's signing key as the writer uses it: an Ed25519 private key, or something that signs with it
    without handing it over (keys.sign opens the sealed key for each signature)."""

    def sign(self, data: bytes, /) -> bytes: ...


def sign_manifest(manifest: Manifest, signing_key: Signer) -> bytes:
    return signing_key.sign(SIGNATURE_CONTEXT + manifest.canonical())


class SignatureCheck(Protocol):
    """A sender's key as the reader uses it: an Ed25519 public key, or a verifier that also tries the next key a
    peer announced while it rotates. Raises InvalidSignature when the signature is not theirs."""

    def verify(self, signature: bytes, data: bytes, /) -> None: ...


def bundle_file_name(origin: str, recipient: str, seq_to: int, created: dt.datetime) -> str:
    """A name that says "ROSC bundle, made on this day" and nothing else.

    Origin, recipient and sequence number are deliberately not used: a stick found in a car park must not tell
    which center sent how much to whom, and a hash of them would not hide them either (there are only a few
    sites to try). The random part keeps two bundles made in the same second apart. The parameters stay so
    callers do not change if a future format decides otherwise.
    """
    stamp = created.astimezone(dt.timezone.utc).strftime("%Y%m%d-%H%M%S") if created.tzinfo else \
        created.strftime("%Y%m%d-%H%M%S")
    return f"rosc-{stamp}-{secrets.token_hex(6)}.age"
