"""Site identity and trust (issue 7, part 1): this site's keys, its trust card, and enrolled peers.

Each site holds an age X25519 identity (bundles are encrypted to it) and an Ed25519 key (bundle manifests are
signed with it). Private keys live only in `SiteIdentity`, encrypted at rest: a center's SQLCipher file is
encrypted whole, and on a PostgreSQL hub (whose server stores rows in the clear) each secret is sealed with
AES-GCM under a key derived from the store key that only signed-in staff can unwrap. Nothing here writes them
to another file, a log, an error or the audit trail, except `export_identity`: an admin's explicit request for
the age identities in the standard tool's format, so a person can still open this site's bundles with `age -d`
if the app is gone (DESIGN.md §4 promises that).

Trust is set up out of band: each side prints or shows a trust card, the other side pastes (or scans) its
`card_text`, and enrolment succeeds only when the fingerprint read back over the phone matches the one
computed from the card, so a swapped card cannot slip in a stranger's key.

Rotation: `rotate` makes a "next" identity; `announce_rotation` signs its public keys with the current
Ed25519 key for a bundle to carry; the receiver's `accept_rotation` checks that signature against the key it
already trusts before adding the next recipient, and senders then encrypt to both (`recipients_for`) until
`finish_rotation` retires the old identity.

Every entry point needs Action.MANAGE_SYNC (admins). Audit events carry site codes and fingerprints only.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import quote, unquote

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pyrage import x25519
from sqlmodel import Session, col, select

from rosc_desktop.errors import RoscError
from rosc_desktop.model.site import Site
from rosc_desktop.model.site_keys import SiteIdentity, TrustedPeer
from rosc_desktop.model.types import utc_now
from rosc_desktop.services.permissions import Action
from rosc_desktop.services.validation import neutral_text
from rosc_desktop.services.changes import Kind, record_change

if TYPE_CHECKING:
    from rosc_desktop.services.core import Services

CARD_PREFIX = "ROSC1"
MAX_CARD_FILE = 64 * 1024  # a card is a few hundred characters; anything far larger is not a card
ROLES = ("hub", "center")
VERIFIED_BY_PHONE = "read back by phone"
ANNOUNCEMENT_KIND = "rosc-key-rotation"
# Domain separation: a fingerprint or announcement signature can never be mistaken for another hash/signature.
_FINGERPRINT_DOMAIN = b"ROSC site key fingerprint v1\x00"
_ANNOUNCE_DOMAIN = b"ROSC key rotation v1\x00"
_SITE_CODE = re.compile(r"^[A-Za-z0-9_.-]{1,16}$")
_AGE_RECIPIENT = re.compile(r"^age1[02-9ac-hj-np-z]{58}$")


# ---------------------------------------------------------------------------------------------- views


@dataclass(frozen=True)
class IdentityView:
    """Public half of one of our identities: safe to show, print or log."""

    site_code: str
    status: str
    age_recipient: str
    ed25519_public_b64: str
    fingerprint: str
    created_at: datetime


@dataclass(frozen=True)
class CardData:
    site_code: str
    role: str
    age_recipients: list[str]
    ed25519_public: bytes
    name: str
    fingerprint: str


@dataclass(frozen=True)
class TrustCard:
    site_name: str
    site_code: str
    role: str
    age_recipients: list[str]
    ed25519_public_b64: str
    fingerprint: str
    card_text: str
    contact: str = ""  # the site's phone and address, for the call that reads the fingerprint back


@dataclass(frozen=True)
class PeerView:
    site_code: str
    name: str
    role: str
    age_recipients: list[str]
    ed25519_public: str
    next_ed25519_public: str | None
    fingerprint: str
    enrolled_at: datetime
    verified_by: str
    verified_how: str


class _PeerKeys(Protocol):
    # Read-only, so a frozen PeerView passes as well as a TrustedPeer row.
    @property
    def ed25519_public(self) -> str: ...
    @property
    def next_ed25519_public(self) -> str | None: ...
    @property
    def age_recipients(self) -> list[str]: ...


# ---------------------------------------------------------------------------------------------- pure helpers


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def fingerprint(ed25519_public: bytes | str, age_recipient: str) -> str:
    """SHA-256 over a length-prefixed encoding of both public keys, first 160 bits in base32: 32 characters
    in 8 groups of 4 ("K7QF 2M9D …"). Base32 avoids 0/O and 1/l confusion when read aloud."""
    raw = bytes.fromhex(ed25519_public) if isinstance(ed25519_public, str) else ed25519_public
    age = age_recipient.encode("ascii")
    digest = hashlib.sha256(_FINGERPRINT_DOMAIN + len(raw).to_bytes(2, "big") + raw
                            + len(age).to_bytes(2, "big") + age).digest()
    text = base64.b32encode(digest[:20]).decode("ascii")
    return " ".join(text[i:i + 4] for i in range(0, 32, 4))


def normalise_fingerprint(text: str) -> str:
    """What a person typed after hearing it: spaces, dashes and case do not matter."""
    return re.sub(r"[\s-]", "", text).upper()


def card_text_from_bytes(raw: bytes) -> str:
    """The card from a file's bytes: its line that starts with ROSC1:, else all its text. A PDF (the printed
    card is for people), a picture, anything with NUL or control bytes, not UTF-8 or larger than a card file
    could be is RoscError "card_not_text", never an error from decoding it."""
    if len(raw) > MAX_CARD_FILE or raw.startswith(b"%PDF") or b"\x00" in raw:
        raise RoscError("card_not_text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise RoscError("card_not_text") from None
    if any(ch < " " and ch not in "\t\r\n" for ch in text):
        raise RoscError("card_not_text")
    return next((line.strip() for line in text.splitlines() if line.strip().startswith(CARD_PREFIX + ":")),
                text.strip())


def read_card_file(path: Path) -> str:
    """`card_text_from_bytes` of a file, reading no more than a card file could hold (OSError if unreadable)."""
    with open(path, "rb") as handle:
        return card_text_from_bytes(handle.read(MAX_CARD_FILE + 1))


def parse_card(text: str) -> CardData:
    """`ROSC1:<site code>:<role>:<age recipient>[,<next age recipient>]:<ed25519 base64url>[:<name, %-encoded>]`"""
    parts = (text or "").strip().split(":")
    if len(parts) not in (5, 6) or parts[0] != CARD_PREFIX:
        raise RoscError("card_malformed", reason="format")
    _, code, role, ages, ed_b64, *rest = parts
    if not _SITE_CODE.match(code):
        raise RoscError("card_malformed", reason="site_code")
    if role not in ROLES:
        raise RoscError("card_malformed", reason="role")
    recipients = ages.split(",")
    if not 1 <= len(recipients) <= 2 or not all(_AGE_RECIPIENT.match(r) for r in recipients):
        raise RoscError("card_malformed", reason="age_recipient")
    for r in recipients:
        try:
            x25519.Recipient.from_str(r)
        except Exception as exc:  # pyrage raises its own RecipientError; the bech32 checksum is checked here
            raise RoscError("card_malformed", reason="age_recipient") from exc
    try:
        ed = _unb64(ed_b64)
        Ed25519PublicKey.from_public_bytes(ed)
    except (binascii.Error, ValueError) as exc:
        raise RoscError("card_malformed", reason="ed25519_public") from exc
    # The name is shown on screen and on paper as the other site typed it: without control or direction
    # characters, which could make it read as another site's name.
    name = neutral_text(unquote(rest[0])).strip() if rest else ""
    return CardData(site_code=code, role=role, age_recipients=recipients, ed25519_public=ed, name=name,
                    fingerprint=fingerprint(ed, recipients[0]))


def card_text(site_code: str, role: str, age_recipients: list[str], ed25519_public: bytes, name: str = "") -> str:
    text = f"{CARD_PREFIX}:{site_code}:{role}:{','.join(age_recipients)}:{_b64(ed25519_public)}"
    return f"{text}:{quote(name, safe='')}" if name else text


def verify(peer: _PeerKeys, data: bytes, signature: bytes) -> bool:
    """True when `signature` over `data` is by the peer's current key or its announced next key."""
    for key_hex in (peer.ed25519_public, peer.next_ed25519_public):
        if not key_hex:
            continue
        try:
            Ed25519PublicKey.from_public_bytes(bytes.fromhex(key_hex)).verify(signature, data)
            return True
        except (InvalidSignature, ValueError):
            continue
    return False


def recipients_for(peer: _PeerKeys) -> list[x25519.Recipient]:
    """Current first, then the announced next key: during a rotation either identity opens the bundle."""
    return [x25519.Recipient.from_str(r) for r in peer.age_recipients]


# ---------------------------------------------------------------------------------------------- our identity


def _view(row: SiteIdentity) -> IdentityView:
    return IdentityView(site_code=row.site_code, status=row.status, age_recipient=row.age_recipient,
                        ed25519_public_b64=_b64(bytes.fromhex(row.ed25519_public)),
                        fingerprint=fingerprint(row.ed25519_public, row.age_recipient), created_at=row.created_at)


_SEALED = "sealed1:"


def _seal_key(store: Any) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"ROSC site key seal v1").derive(store.key)


def _seal(store: Any, secret: str) -> str:
    if not getattr(store, "is_postgres", False):
        return secret  # the SQLCipher file is encrypted already
    nonce = os.urandom(12)
    sealed = AESGCM(_seal_key(store)).encrypt(nonce, secret.encode(), b"site_identity")
    return _SEALED + _b64(nonce + sealed)


def _unseal(store: Any, stored: str) -> str:
    if not stored.startswith(_SEALED):
        return stored
    raw = _unb64(stored[len(_SEALED):])
    try:
        return AESGCM(_seal_key(store)).decrypt(raw[:12], raw[12:], b"site_identity").decode()
    except InvalidTag:
        raise RoscError("site_keys_unreadable") from None


def _generate(site_code: str, status: str, store: Any = None) -> SiteIdentity:
    age = x25519.Identity.generate()
    ed = Ed25519PrivateKey.generate()
    ed_public = ed.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    ed_private = ed.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                  serialization.NoEncryption())
    return SiteIdentity(site_code=site_code, status=status, age_recipient=str(age.to_public()),
                        age_identity=_seal(store, str(age)), ed25519_public=ed_public.hex(),
                        ed25519_private=_seal(store, ed_private.hex()))


def _identity(session: Session, status: str) -> SiteIdentity | None:
    return session.exec(select(SiteIdentity).where(SiteIdentity.status == status)
                        .order_by(col(SiteIdentity.created_at).desc())).first()


def ensure_identity(services: Services) -> IdentityView:
    """This site's current identity, created on first use and the same ever after."""
    services.require(Action.MANAGE_SYNC)
    return _identity_or_new(services, "current", "site_identity_created")


def _identity_or_new(services: Services, status: str, audit_action: str) -> IdentityView:
    with services.store.write() as session:
        row = _identity(session, status)
        if row is None:
            row = _generate(services.actor.site_code, status, services.store)
            session.add(row)
            view = _view(row)
            services.audit(session, audit_action, "site_identity", row.id, {"fingerprint": view.fingerprint})
            record_change(Kind.SITE_KEYS)
            return view
        return _view(row)


def identities(services: Services) -> list[IdentityView]:
    """Current and next (during a rotation), for the trust card and the settings page."""
    services.require(Action.MANAGE_SYNC)
    with services.store.read() as session:
        rows = [r for r in (_identity(session, "current"), _identity(session, "next")) if r is not None]
        return [_view(r) for r in rows]


def age_identities(services: Services) -> list[x25519.Identity]:
    """Secret age identities (current, next, then retired) for decrypting bundles. Keep them in memory only."""
    services.require(Action.MANAGE_SYNC)
    with services.store.read() as session:
        rows = session.exec(select(SiteIdentity)).all()
        order = {"current": 0, "next": 1, "retired": 2}
        return [x25519.Identity.from_str(_unseal(services.store, r.age_identity))
                for r in sorted(rows, key=lambda r: order[r.status])]


def trust_card(services: Services) -> TrustCard:
    current = ensure_identity(services)
    with services.store.read() as session:
        site = session.exec(select(Site).where(Site.is_local == True)).first()  # noqa: E712
        nxt = _identity(session, "next")
    name = site.name if site else ""
    role = "hub" if site is not None and site.is_hub else "center"
    recipients = [current.age_recipient] + ([nxt.age_recipient] if nxt else [])
    ed = _unb64(current.ed25519_public_b64)
    return TrustCard(site_name=name, site_code=current.site_code, role=role, age_recipients=recipients,
                     ed25519_public_b64=current.ed25519_public_b64, fingerprint=current.fingerprint,
                     card_text=card_text(current.site_code, role, recipients, ed, name),
                     contact=" · ".join(part for part in (
                         site.phone if site else "",
                         ", ".join(x.strip() for x in (site.address if site else "").splitlines() if x.strip()))
                         if part))


def export_identity(services: Services, path: Path) -> int:
    """Write this site's secret age identities (current, next, retired: every key a bundle sent here may be
    encrypted to) to `path` in the format `age -i` reads, owner-only. Never overwrites: the file appears whole
    or not at all. Returns how many identities it holds."""
    services.require(Action.MANAGE_SYNC)
    current = ensure_identity(services)
    path = Path(path)
    if not path.parent.is_dir():
        raise RoscError("identity_folder_missing", folder=str(path.parent))
    if os.path.lexists(path):
        raise RoscError("identity_file_exists", path=str(path))
    secrets = age_identities(services)
    lines = [f"# ROSC Desktop age identity of site {current.site_code}, written {utc_now():%Y-%m-%dT%H:%M:%SZ}.",
             "# Whoever holds this file can open every bundle sent to this site. Keep it offline; delete it after use.",
             "# Open a bundle with: age -d -i THIS_FILE -o bundle.out BUNDLE.age"]
    for secret in secrets:
        lines += [f"# public key: {secret.to_public()}", str(secret)]
    _write_new_file(path, ("\n".join(lines) + "\n").encode())
    try:
        with services.store.write() as session:
            services.audit(session, "site_identity_exported", "site", current.site_code,
                           {"fingerprint": current.fingerprint, "identities": len(secrets)})
    except BaseException:
        path.unlink(missing_ok=True)  # not audited, so not left behind either
        raise
    return len(secrets)


def _write_new_file(path: Path, data: bytes) -> None:
    """`data` into a new owner-only file at `path`, refused when a file is there already. Written beside it first
    and hard-linked into place, which fails rather than replaces and never shows a half-written file; a file
    system without hard links (FAT on a USB stick) gets an exclusive create instead."""
    fd, part = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)  # 0600 from the start
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(part, path)
        except FileExistsError:
            raise RoscError("identity_file_exists", path=str(path)) from None
        except OSError:
            _write_exclusive(path, data)
    except OSError as error:
        raise RoscError("identity_write_failed", reason=error.strerror or type(error).__name__) from None
    finally:
        Path(part).unlink(missing_ok=True)


def _write_exclusive(path: Path, data: bytes) -> None:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise RoscError("identity_file_exists", path=str(path)) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def sign(services: Services, data: bytes) -> bytes:
    """Ed25519 signature with the current key (64 bytes)."""
    services.require(Action.MANAGE_SYNC)
    ensure_identity(services)
    with services.store.read() as session:
        row = _identity(session, "current")
        assert row is not None
        key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(_unseal(services.store, row.ed25519_private)))
    return key.sign(data)


# ---------------------------------------------------------------------------------------------- peers


def _peer_view(row: TrustedPeer) -> PeerView:
    return PeerView(site_code=row.site_code, name=row.name, role=row.role, age_recipients=list(row.age_recipients),
                    ed25519_public=row.ed25519_public, next_ed25519_public=row.next_ed25519_public,
                    fingerprint=row.fingerprint, enrolled_at=row.enrolled_at, verified_by=row.verified_by,
                    verified_how=row.verified_how)


def _peer(session: Session, site_code: str) -> TrustedPeer | None:
    return session.exec(select(TrustedPeer).where(TrustedPeer.site_code == site_code)).first()


def _known_peer(session: Session, site_code: str) -> TrustedPeer:
    row = _peer(session, site_code)
    if row is None:
        raise RoscError("peer_unknown", site_code=site_code)
    return row


def peers(services: Services) -> list[PeerView]:
    services.require(Action.MANAGE_SYNC)
    with services.store.read() as session:
        return [_peer_view(r) for r in session.exec(select(TrustedPeer).order_by(TrustedPeer.site_code)).all()]


def peer(services: Services, site_code: str) -> PeerView:
    services.require(Action.MANAGE_SYNC)
    with services.store.read() as session:
        row = _known_peer(session, site_code)
        return _peer_view(row)


def enrol(services: Services, card: str, fingerprint_read_back: str, role: str, *,
          replace: bool = False) -> PeerView:
    """Trust the site on `card` once the fingerprint the other side read aloud matches the card's keys.

    `role` is what the admin expects the other site to be; a card claiming otherwise is refused. A known
    site code with a different key is refused unless `replace` (a lost machine, re-enrolled on purpose)."""
    services.require(Action.MANAGE_SYNC)
    data = parse_card(card)
    if role not in ROLES:
        raise RoscError("peer_role_invalid", role=role)
    if data.role != role:
        raise RoscError("peer_role_mismatch", expected=role, card=data.role)
    if data.site_code == services.actor.site_code:
        raise RoscError("peer_is_self", site_code=data.site_code)
    if normalise_fingerprint(fingerprint_read_back) != normalise_fingerprint(data.fingerprint):
        raise RoscError("fingerprint_mismatch", site_code=data.site_code)
    with services.store.write() as session:
        row = _peer(session, data.site_code)
        ed_hex = data.ed25519_public.hex()
        if row is not None and not replace and (row.ed25519_public != ed_hex
                                                 or row.age_recipients[0] != data.age_recipients[0]):
            raise RoscError("peer_key_changed", site_code=data.site_code)
        action = "peer_enrolled" if row is None else "peer_re_enrolled"
        if row is None:
            row = TrustedPeer(site_code=data.site_code, role=role, ed25519_public=ed_hex, fingerprint="",
                              verified_by="")
        row.name = data.name
        row.role = role
        row.age_recipients = list(data.age_recipients)
        row.ed25519_public = ed_hex
        row.next_ed25519_public = None
        row.fingerprint = data.fingerprint
        row.enrolled_at = utc_now()
        row.verified_by = services.actor.username
        row.verified_how = VERIFIED_BY_PHONE
        session.add(row)
        services.audit(session, action, "trusted_peer", row.id,
                       {"site_code": data.site_code, "role": role, "fingerprint": data.fingerprint})
        record_change(Kind.SITE_KEYS)
        session.flush()
        return _peer_view(row)


# ---------------------------------------------------------------------------------------------- rotation


def rotate(services: Services) -> IdentityView:
    """Create the next identity (or return the one already waiting): announce it, then finish later."""
    services.require(Action.MANAGE_SYNC)
    ensure_identity(services)
    return _identity_or_new(services, "next", "site_key_rotation_started")


def _announcement_body(announcement: dict[str, Any]) -> bytes:
    body = {k: v for k, v in announcement.items() if k != "signature"}
    return _ANNOUNCE_DOMAIN + json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")


def announce_rotation(services: Services) -> dict[str, Any]:
    """The next identity's public keys, signed by the current Ed25519 key, for a bundle to carry."""
    services.require(Action.MANAGE_SYNC)
    with services.store.read() as session:
        old, new = _identity(session, "current"), _identity(session, "next")
    if old is None or new is None:
        raise RoscError("rotation_not_started")
    announcement: dict[str, Any] = {
        "kind": ANNOUNCEMENT_KIND,
        "version": 1,
        "site_code": old.site_code,
        "old_ed25519_public": old.ed25519_public,
        "new_age_recipient": new.age_recipient,
        "new_ed25519_public": new.ed25519_public,
        "issued_at": utc_now().isoformat(timespec="seconds"),
    }
    announcement["signature"] = _b64(sign(services, _announcement_body(announcement)))
    return announcement


def accept_rotation(services: Services, peer_code: str, announcement: dict[str, Any]) -> PeerView:
    """Add the peer's next keys, but only if the announcement is signed by the key we already trust."""
    services.require(Action.MANAGE_SYNC)
    try:
        if announcement.get("kind") != ANNOUNCEMENT_KIND or announcement.get("version") != 1:
            raise RoscError("rotation_invalid", reason="kind")
        signature = _unb64(str(announcement["signature"]))
        new_age = str(announcement["new_age_recipient"])
        new_ed = str(announcement["new_ed25519_public"])
        x25519.Recipient.from_str(new_age)
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(new_ed))
    except RoscError:
        raise
    except Exception as exc:  # missing fields, bad base64 or hex, a key that does not parse
        raise RoscError("rotation_invalid", reason="malformed") from exc
    with services.store.write() as session:
        row = _known_peer(session, peer_code)
        if announcement.get("site_code") != row.site_code or announcement.get("old_ed25519_public") != row.ed25519_public:
            raise RoscError("rotation_invalid", reason="not_current_key")
        try:
            Ed25519PublicKey.from_public_bytes(bytes.fromhex(row.ed25519_public)).verify(
                signature, _announcement_body(announcement))
        except InvalidSignature as exc:
            raise RoscError("rotation_bad_signature", site_code=peer_code) from exc
        row.age_recipients = [row.age_recipients[0], new_age]
        row.next_ed25519_public = new_ed
        session.add(row)
        services.audit(session, "peer_key_rotation_accepted", "trusted_peer", row.id,
                       {"site_code": peer_code, "next_fingerprint": fingerprint(new_ed, new_age)})
        record_change(Kind.SITE_KEYS)
        session.flush()
        return _peer_view(row)


def finish_rotation(services: Services) -> IdentityView:
    """Retire the current identity and make the next one current (after peers have accepted it). The retired
    age identity is kept so bundles still in transit can be opened."""
    services.require(Action.MANAGE_SYNC)
    with services.store.write() as session:
        old, new = _identity(session, "current"), _identity(session, "next")
        if old is None or new is None:
            raise RoscError("rotation_not_started")
        old.status, old.retired_at = "retired", utc_now()
        new.status = "current"
        session.add(old)
        session.add(new)
        view = _view(new)
        services.audit(session, "site_key_rotation_finished", "site_identity", new.id,
                       {"fingerprint": view.fingerprint})
        record_change(Kind.SITE_KEYS)
        return view


def promote_peer_rotation(services: Services, peer_code: str) -> PeerView:
    """The peer finished its rotation: its next keys become its only keys."""
    services.require(Action.MANAGE_SYNC)
    with services.store.write() as session:
        row = _known_peer(session, peer_code)
        if not row.next_ed25519_public or len(row.age_recipients) < 2:
            raise RoscError("rotation_not_started", site_code=peer_code)
        row.ed25519_public, row.next_ed25519_public = row.next_ed25519_public, None
        row.age_recipients = [row.age_recipients[1]]
        row.fingerprint = fingerprint(row.ed25519_public, row.age_recipients[0])
        session.add(row)
        services.audit(session, "peer_key_rotation_finished", "trusted_peer", row.id,
                       {"site_code": peer_code, "fingerprint": row.fingerprint})
        record_change(Kind.SITE_KEYS)
        session.flush()
        return _peer_view(row)
