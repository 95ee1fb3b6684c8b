"""The keyring file: the database key, sealed once per staff account and once for the recovery key.

The database key is 32 random bytes. Each account has an age X25519 identity of its own. Argon2id turns the
account's password into a key-encryption key, and AES-256-GCM wraps the identity with it (the account name is
bound in as associated data, so an entry cannot be moved to another name). The database key is sealed to the
identity's public half with age. So whoever holds the database key (an admin, signed in) can seal a new key
to every account without knowing their passwords: switching an account off changes the database key (SQLCipher
rekey) and reseals the new key for everyone else, and the old password then opens nothing. The recovery key
works the same way. Nothing in this file is a secret without a password.

During a rekey each entry holds the key sealed twice (`sealed_key`, the current one, and `sealed_next`), so
whatever moment a crash strikes, the database opens with one of the two; the sign-in that finds the database on
the next key promotes it everywhere.

Format 1 keyrings (one AES-wrapped database key per account, no identity) still open: each account's entry is
upgraded in place the first time that person signs in. An entry still in format 1 when a key change happens
cannot be resealed (its public half does not exist yet): it is dropped, and the account needs a new temporary
password from an admin; a format 1 recovery entry is replaced by a new recovery key, shown once.

Wrong passwords slow down, never lock out for good: after three failures in a row each further attempt
must wait twice as long as the last, up to a minute. A success resets the count.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rosc_desktop.errors import RoscError
from rosc_desktop.util_files import write_atomic

# The cryptography is imported where it is used, not with this module: reading the keyring (is there a center,
# is it a demo, how long must a name wait) comes before the sign-in screen paints, and loading cryptography's and
# age's libraries there cost about 8 ms of the ~190 ms of imports before it (median of 15 paired runs).
# `load_crypto` brings them in once the screen is up.

FORMAT = 2
READABLE_FORMATS = (1, 2)
RECOVERY_ENTRY = "*recovery*"
UNKNOWN_ACCOUNT_BUCKET = "*unknown*"
FREE_ATTEMPTS = 3
MAX_DELAY_SECONDS = 60
RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud and typed back by hand


@dataclass(frozen=True)
class KdfParams:
    iterations: int = 3
    lanes: int = 4
    memory_kib: int = 64 * 1024

    def derive(self, secret: str, salt: bytes) -> bytes:
        from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

        kdf = Argon2id(
            salt=salt, length=32, iterations=self.iterations, lanes=self.lanes, memory_cost=self.memory_kib
        )
        return kdf.derive(secret.encode("utf-8"))


# Tests swap in cheap parameters through this module attribute; real keyrings keep the strong default.
DEFAULT_KDF = KdfParams()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)  # damage is an error, not fewer bytes


@dataclass
class Throttle:
    failures: int = 0
    last_failure: float = 0.0

    def wait_seconds(self, now: float) -> int:
        if self.failures < FREE_ATTEMPTS:
            return 0
        delay = min(2 ** (self.failures - FREE_ATTEMPTS), MAX_DELAY_SECONDS)
        # A failure stamped in the future (the clock was ahead, then corrected) counts as now: the wait is
        # never longer than the delay itself, so nobody is locked out for good.
        remaining = min(self.last_failure, now) + delay - now
        return max(0, min(delay, int(remaining + 0.999)))


@dataclass
class KeyRing:
    path: Path
    database_id: str
    is_demo: bool = False
    entries: dict[str, dict[str, Any]] = field(default_factory=dict)
    throttles: dict[str, Throttle] = field(default_factory=dict)
    # The newest audit event seen when the database was last closed: deleting events from the end of the
    # chain leaves no broken link inside it, so `check` compares the chain with this outside witness.
    audit_head: tuple[int, str] | None = None
    # What this copy last read or wrote: save() merges only the names that differ from it into the file as
    # it is on disk, so a second window or the CLI saving meanwhile does not lose its accounts or passwords.
    _base_entries: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    _base_throttles: dict[str, tuple[int, float]] = field(default_factory=dict, repr=False, compare=False)
    _cleared: set[str] = field(default_factory=set, repr=False, compare=False)
    _head_follows_restore: bool = field(default=False, repr=False, compare=False)

    # -- file ------------------------------------------------------------------------------------------

    @classmethod
    def exists(cls, path: Path) -> bool:
        return Path(path).is_file()

    @classmethod
    def load(cls, path: Path) -> "KeyRing":
        try:
            doc = json.loads(Path(path).read_text("utf-8"))
            if not isinstance(doc, dict) or not isinstance(doc.get("entries", {}), dict):
                raise ValueError("not a keyring")
            if doc.get("format") not in READABLE_FORMATS:
                raise RoscError("keyring_unsupported", format=doc.get("format"))
            ring = cls(
                path=Path(path),
                database_id=str(doc["database_id"]),
                is_demo=bool(doc.get("demo", False)),
                entries=dict(doc["entries"]),
            )
            for name, raw in doc.get("throttles", {}).items():
                ring.throttles[name] = Throttle(int(raw["failures"]), float(raw["last_failure"]))
            head = doc.get("audit_head")
            if head is not None:
                ring.audit_head = (int(head["seq"]), str(head["hash"]))
            ring._remember_base()
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise RoscError("keyring_unreadable") from exc
        return ring

    def save(self) -> None:
        self._merge_with_disk()
        doc = {
            "format": FORMAT,
            "database_id": self.database_id,
            "demo": self.is_demo,
            "entries": self.entries,
            "audit_head": {"seq": self.audit_head[0], "hash": self.audit_head[1]} if self.audit_head else None,
            "throttles": {
                name: {"failures": t.failures, "last_failure": t.last_failure}
                for name, t in self.throttles.items()
                if t.failures
            },
        }
        write_atomic(self.path, json.dumps(doc, indent=2, sort_keys=True).encode("utf-8"))
        self._remember_base()

    def _remember_base(self) -> None:
        self._base_entries = json.loads(json.dumps(self.entries))
        self._base_throttles = {n: (t.failures, t.last_failure) for n, t in self.throttles.items() if t.failures}

    def _throttle_state(self) -> dict[str, tuple[int, float]]:
        return {n: (t.failures, t.last_failure) for n, t in self.throttles.items() if t.failures}

    def _merge_with_disk(self) -> None:
        if not self.path.is_file():
            return
        try:
            disk = KeyRing.load(self.path)
        except RoscError:
            return  # a damaged file is replaced by this copy rather than kept
        if disk.database_id != self.database_id:
            return
        for name in set(self.entries) | set(self._base_entries):
            if self.entries.get(name) != self._base_entries.get(name):
                if name in self.entries:
                    disk.entries[name] = self.entries[name]
                else:
                    disk.entries.pop(name, None)
        mine = self._throttle_state()
        for name in set(mine) | set(self._base_throttles):
            if mine.get(name) != self._base_throttles.get(name):
                if name in mine:
                    disk.throttles[name] = self.throttles[name]
                else:
                    disk.throttles.pop(name, None)
        for name in self._cleared:
            if name not in mine:
                disk.throttles.pop(name, None)
        self._cleared = set()
        self.entries, self.throttles = disk.entries, disk.throttles
        if self._head_follows_restore:
            self._head_follows_restore = False
        elif disk.audit_head and (not self.audit_head or disk.audit_head[0] > self.audit_head[0]):
            self.audit_head = disk.audit_head

    def follow_restored_chain(self, head: tuple[int, str] | None) -> None:
        """A backup was restored: its chain is shorter than the one the witness saw, and that is no tampering.
        The next save writes this head even where the file's is further along."""
        self.audit_head = head
        self._head_follows_restore = True

    def refresh(self) -> None:
        """Read the file again: another window or a script may have changed an entry (a new password) since this
        copy was loaded, and a key change must seal for what is on disk now, not for what was."""
        disk = KeyRing.load(self.path)
        if disk.database_id != self.database_id:
            raise RoscError("keyring_unreadable")
        self.entries, self.throttles = disk.entries, disk.throttles
        if disk.audit_head and (not self.audit_head or disk.audit_head[0] > self.audit_head[0]):
            self.audit_head = disk.audit_head
        self._remember_base()

    def clear_throttle(self, username: str) -> None:
        """Forget the failures (a new password was set): also in the file at the next save, whoever counted them."""
        name = normalise_username(username)
        self.throttles.pop(name, None)
        self._cleared.add(name)

    @classmethod
    def create(cls, path: Path, *, is_demo: bool = False) -> tuple["KeyRing", bytes]:
        """A new keyring and a fresh random database key (returned, never stored in the clear)."""
        ring = cls(path=Path(path), database_id=secrets.token_hex(16), is_demo=is_demo)
        return ring, secrets.token_bytes(32)

    # -- wrapping and sealing ---------------------------------------------------------------------------

    def _new_entry(self, name: str, secret: str, keys: list[bytes], kdf: KdfParams) -> dict[str, Any]:
        """A format 2 entry: a new identity wrapped by `secret`, and `keys` (current, then next) sealed to it."""
        import pyrage
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        identity = pyrage.x25519.Identity.generate()
        salt = os.urandom(16)
        nonce = os.urandom(12)
        kek = kdf.derive(secret, salt)
        entry: dict[str, Any] = {
            "v": 2,
            "kdf": {"name": "argon2id", "iterations": kdf.iterations, "lanes": kdf.lanes,
                    "memory_kib": kdf.memory_kib},
            "salt": _b64(salt),
            "nonce": _b64(nonce),
            "wrapped_identity": _b64(AESGCM(kek).encrypt(nonce, str(identity).encode("ascii"), self._aad(name, 2))),
            "recipient": str(identity.to_public()),
            "sealed_key": _seal(keys[0], str(identity.to_public())),
        }
        if len(keys) > 1:
            entry["sealed_next"] = _seal(keys[1], entry["recipient"])
        return entry

    def _unwrap(self, name: str, secret: str) -> list[bytes] | None:
        """The database keys an entry holds for `secret` (the current one first, then one a key change has
        sealed but not finished); None for a wrong secret. RoscError for a damaged entry."""
        import pyrage
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        entry = self.entries.get(name)
        if entry is None:
            return None
        try:
            kek = self._kdf_of(name).derive(secret, _unb64(entry["salt"]))
            if entry.get("v") != 2:
                return [AESGCM(kek).decrypt(_unb64(entry["nonce"]), _unb64(entry["wrapped_key"]), self._aad(name, 1))]
            identity = pyrage.x25519.Identity.from_str(AESGCM(kek).decrypt(
                _unb64(entry["nonce"]), _unb64(entry["wrapped_identity"]), self._aad(name, 2)).decode("ascii"))
            keys = [pyrage.decrypt(_unb64(entry["sealed_key"]), [identity])]
            if entry.get("sealed_next"):
                keys.append(pyrage.decrypt(_unb64(entry["sealed_next"]), [identity]))
            return keys
        except InvalidTag:
            return None
        except (KeyError, TypeError, ValueError, UnicodeError, pyrage.DecryptError, pyrage.IdentityError) as exc:
            raise RoscError("keyring_unreadable") from exc

    def _aad(self, name: str, version: int = FORMAT) -> bytes:
        return f"rosc-keyring-v{version}:{self.database_id}:{name}".encode("utf-8")

    def add_account(self, username: str, password: str, db_key: bytes, kdf: KdfParams | None = None,
                    *, next_key: bytes | None = None) -> None:
        name = normalise_username(username)
        keys = [db_key, next_key] if next_key is not None else [db_key]
        self.entries[name] = self._new_entry(name, password, keys, kdf or DEFAULT_KDF)

    def remove_account(self, username: str) -> None:
        name = normalise_username(username)
        self.entries.pop(name, None)
        self.throttles.pop(name, None)

    def has_account(self, username: str) -> bool:
        return normalise_username(username) in self.entries

    def set_recovery_key(self, db_key: bytes, kdf: KdfParams | None = None, *, next_key: bytes | None = None) -> str:
        """Seal the database key for a new recovery key and return it, formatted to be written down."""
        recovery = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(24))
        keys = [db_key, next_key] if next_key is not None else [db_key]
        self.entries[RECOVERY_ENTRY] = self._new_entry(RECOVERY_ENTRY, recovery, keys, kdf or DEFAULT_KDF)
        return format_recovery_key(recovery)

    # -- changing the database key -------------------------------------------------------------------------

    def begin_rekey(self, new_key: bytes, *, dropping: str) -> tuple[list[str], bool]:
        """Seal `new_key` beside the current key in every entry but `dropping`'s, which is removed. Entries still
        in format 1, or damaged, cannot be resealed and are removed too: returns their account names, and whether
        the recovery entry was among them (a new recovery key is then needed). Save, rekey, then `finish_rekey`."""
        import pyrage

        self.remove_account(dropping)
        lost: list[str] = []
        recovery_lost = False
        for name in list(self.entries):
            entry = self.entries[name]
            sealed = None
            if entry.get("v") == 2 and isinstance(entry.get("recipient"), str):
                try:
                    sealed = _seal(new_key, entry["recipient"])
                except (pyrage.RecipientError, ValueError):
                    sealed = None  # a damaged entry: like an old one, it cannot be resealed
            if sealed is not None:
                entry["sealed_next"] = sealed
            else:
                del self.entries[name]
                if name == RECOVERY_ENTRY:
                    recovery_lost = True
                else:
                    lost.append(name)
        return sorted(lost), recovery_lost

    def finish_rekey(self) -> bool:
        """The database is on the next key: make it the current key in every entry. True when anything changed."""
        changed = False
        for entry in self.entries.values():
            if entry.get("sealed_next"):
                entry["sealed_key"] = entry.pop("sealed_next")
                changed = True
        return changed

    def abandon_rekey(self) -> None:
        """The rekey did not happen: forget the next key (the database is still on the current one)."""
        for entry in self.entries.values():
            entry.pop("sealed_next", None)

    def rekey_pending(self) -> bool:
        return any(entry.get("sealed_next") for entry in self.entries.values())

    def is_current_format(self, username: str) -> bool:
        return self.entries.get(normalise_username(username), {}).get("v") == 2

    # -- unlocking -------------------------------------------------------------------------------------

    def wait_seconds(self, username: str, now: float | None = None) -> int:
        bucket = self._bucket(username)
        return self.throttles.get(bucket, Throttle()).wait_seconds(time.time() if now is None else now)

    def unlock(self, username: str, password: str, now: float | None = None) -> bytes:
        """The database key, or RoscError: 'signin_wait' (with seconds) or 'signin_failed'. While a key change is
        unfinished this is the current key; `unlock_keys` also gives the next one."""
        return self.unlock_keys(username, password, now)[0]

    def unlock_keys(self, username: str, password: str, now: float | None = None) -> list[bytes]:
        """The keys the account's entry holds, current first. A format 1 entry is upgraded in place on success."""
        with self._one_attempt_at_a_time():
            return self._unlock_keys(username, password, now)

    def _one_attempt_at_a_time(self) -> _AttemptLock:
        """Held from reading the failure count to writing it back: twelve processes guessing at once are checked one
        after another, and each sees the failures before it, so parallel guessing is slowed like serial guessing."""
        return _AttemptLock(self.path)

    def _unlock_keys(self, username: str, password: str, now: float | None) -> list[bytes]:
        now = time.time() if now is None else now
        bucket = self._bucket(username)
        throttle = self._current_throttle(bucket)
        wait = throttle.wait_seconds(now)
        if wait:
            raise RoscError("signin_wait", seconds=wait)
        if bucket == UNKNOWN_ACCOUNT_BUCKET:
            # Same work as for a real account, so the time taken does not tell which user names exist.
            DEFAULT_KDF.derive(password, b"\0" * 16)
            keys = None
        else:
            keys = self._unwrap(bucket, password)
        if keys is None:
            throttle.failures += 1
            throttle.last_failure = now
            self._save_throttles()
            raise RoscError("signin_failed", wait=throttle.wait_seconds(now))
        upgrade = not self.is_current_format(bucket)
        if upgrade:
            self.entries[bucket] = self._new_entry(bucket, password, keys, self._kdf_of(bucket))
        if throttle.failures or upgrade:
            throttle.failures = 0
            self._save_throttles()
        return keys

    def _kdf_of(self, name: str) -> KdfParams:
        params = self.entries[name]["kdf"]
        return KdfParams(int(params["iterations"]), int(params["lanes"]), int(params["memory_kib"]))

    def _current_throttle(self, bucket: str) -> Throttle:
        """This copy's throttle for `bucket`, caught up with the file when another process failed more."""
        throttle = self.throttles.setdefault(bucket, Throttle())
        try:
            on_disk = KeyRing.load(self.path).throttles.get(bucket) if self.path.is_file() else None
        except RoscError:
            on_disk = None
        if on_disk is not None and on_disk.failures > throttle.failures:
            throttle.failures, throttle.last_failure = on_disk.failures, on_disk.last_failure
        return throttle

    def _save_throttles(self) -> None:
        # The count also lives in memory for this run; a full disk must not turn a sign-in into a crash.
        try:
            self.save()
        except OSError:
            pass

    def unlock_with_recovery_key(self, recovery_key: str, now: float | None = None) -> bytes:
        """The current database key from the recovery key (see `recovery_keys`)."""
        return self.recovery_keys(recovery_key, now)[0]

    def recovery_keys(self, recovery_key: str, now: float | None = None) -> list[bytes]:
        """The database keys from the recovery key, current first; throttled like passwords, in a bucket of its
        own. A format 1 recovery entry is upgraded in place on success."""
        with self._one_attempt_at_a_time():
            return self._recovery_keys(recovery_key, now)

    def _recovery_keys(self, recovery_key: str, now: float | None) -> list[bytes]:
        now = time.time() if now is None else now
        throttle = self._current_throttle(RECOVERY_ENTRY)
        wait = throttle.wait_seconds(now)
        if wait:
            raise RoscError("signin_wait", seconds=wait)
        cleaned = "".join(ch for ch in recovery_key.upper() if ch in RECOVERY_ALPHABET)
        keys = self._unwrap(RECOVERY_ENTRY, cleaned)
        if keys is None:
            throttle.failures += 1
            throttle.last_failure = now
            self._save_throttles()
            raise RoscError("recovery_key_wrong")
        upgrade = self.entries[RECOVERY_ENTRY].get("v") != 2
        if upgrade:
            self.entries[RECOVERY_ENTRY] = self._new_entry(RECOVERY_ENTRY, cleaned, keys, self._kdf_of(RECOVERY_ENTRY))
        if throttle.failures or upgrade:
            throttle.failures = 0
            self._save_throttles()
        return keys

    def _bucket(self, username: str) -> str:
        name = normalise_username(username)
        return name if name in self.entries and name != RECOVERY_ENTRY else UNKNOWN_ACCOUNT_BUCKET


class _AttemptLock:
    """`keyring.json.lock` beside the keyring. A lock that cannot be had within a minute (a process stuck while
    holding it) is reported as a wait, never as a hang or a traceback; a folder where no lock file can be made
    (read-only media) is checked without one."""

    def __init__(self, keyring_path: Path) -> None:
        # Imported here: filelock brings asyncio (20 ms), and the sign-in screen paints before anyone signs in.
        from filelock import FileLock

        self._lock = FileLock(str(keyring_path) + ".lock", timeout=60)

    @property
    def is_locked(self) -> bool:
        return bool(self._lock.is_locked)

    def __enter__(self) -> "_AttemptLock":
        from filelock import Timeout

        try:
            self._lock.acquire()
        except Timeout:
            raise RoscError("signin_wait", seconds=5) from None
        except OSError:
            pass
        return self

    def __exit__(self, *exc: object) -> None:
        if self._lock.is_locked:
            self._lock.release()


def _seal(db_key: bytes, recipient: str) -> str:
    import pyrage

    return _b64(pyrage.encrypt(db_key, [pyrage.x25519.Recipient.from_str(recipient)]))


def load_crypto() -> None:
    """Import what unlocking needs (Argon2id, AES-GCM, age), so that it is loaded before anything else can import
    it beside the sign-in: called on the GUI thread once the sign-in screen has painted (ui/preload.py)."""
    import pyrage  # noqa: F401
    from cryptography.exceptions import InvalidTag  # noqa: F401
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # noqa: F401
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id  # noqa: F401


def normalise_username(username: str) -> str:
    return username.strip().casefold()


def format_recovery_key(raw: str) -> str:
    return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))
