"""Staff administration: temporary passwords, roles, the last admin, and switching an account off for good.

The key test copies the keyring aside before an account is switched off, then shows that the old entry opens
nothing any more (neither the database nor its backups), while every remaining account and the recovery key do.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlmodel import select

from rosc_desktop.errors import RoscError, ValidationError
from rosc_desktop.model import AuditEvent, Role
from rosc_desktop.services.session import reset_password_with_recovery_key, sign_in
from rosc_desktop.store import backup as backups
from rosc_desktop.store.database import probe
from rosc_desktop.store.keyring import KeyRing
from tests.conftest import ADMIN_PASSWORD

TEMP = "Ocean-Lantern-42"


def test_a_new_account_signs_in_with_its_temporary_password_and_must_replace_it(services, paths) -> None:  # type: ignore[no-untyped-def]
    services.staff.add("Maria", "María José Ortega", "peer_specialist", TEMP)
    listed = {m.username: m for m in services.staff.members()}
    assert listed["maria"].must_change_password and listed["maria"].last_sign_in_at is None

    maria = sign_in(paths, "maria", TEMP)
    try:
        assert maria.actor.must_change_password
        maria.accounts.replace_temporary_password("my own secret words", "my own secret words")
        assert not maria.actor.must_change_password
    finally:
        maria.close()
    again = sign_in(paths, "MARIA", "my own secret words")
    try:
        assert not again.actor.must_change_password and again.actor.role == Role.PEER_SPECIALIST
    finally:
        again.close()
    with pytest.raises(RoscError):
        sign_in(paths, "maria", TEMP)
    assert {m.username: m for m in services.staff.members()}["maria"].last_sign_in_at is not None


@pytest.mark.parametrize("username, password, code", [
    ("ana", "another-pass", "username_taken"),  # the first admin's name, whatever the case
    ("ANA", "another-pass", "username_taken"),
    ("lee", "short", "password_too_short"),
    ("lee", "lee-lee-lee-1", "password_is_username"),
    ("lee", "password1", "password_too_common"),
    ("lee", "aaaaaaaaaaaa", "password_too_common"),
    ("Lé e", "another-pass", "username_invalid"),
])
def test_bad_accounts_are_refused_saying_why(services, username, password, code) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as e:
        services.staff.add(username, "Someone", "coordinator", password)
    assert e.value.code == code
    assert [m.username for m in services.staff.members()] == ["ana"]


def test_roles_change_but_the_last_admin_stays_an_admin(services) -> None:  # type: ignore[no-untyped-def]
    services.staff.add("lee", "Lee Park", "coordinator", TEMP)
    with pytest.raises(ValidationError) as e:
        services.staff.set_role("ana", "peer_specialist")
    assert e.value.code == "last_admin"
    with pytest.raises(ValidationError) as e:
        services.staff.set_role("lee", "superuser")
    assert e.value.code == "role_unknown"
    services.staff.set_role("lee", "admin")
    services.staff.set_role("ana", "coordinator")  # another admin exists now
    assert {m.username: m.role for m in services.staff.members()} == {"ana": Role.COORDINATOR, "lee": Role.ADMIN}
    with services.store.read() as session:
        actions = [e.action for e in session.exec(select(AuditEvent)).all()]
    assert actions.count("staff_role_changed") == 2


def test_a_peer_specialist_cannot_administer_staff(staff_services) -> None:  # type: ignore[no-untyped-def]
    peer = staff_services("peer_specialist")
    with pytest.raises(RoscError):
        peer.staff.add("x1", "X", "admin", TEMP)
    with pytest.raises(RoscError):
        peer.staff.members()


def test_a_reset_password_is_temporary_again_and_clears_the_wait(services, paths) -> None:  # type: ignore[no-untyped-def]
    services.staff.add("lee", "Lee Park", "coordinator", TEMP)
    for _ in range(4):
        with pytest.raises(RoscError):
            sign_in(paths, "lee", "not the password")
    services.staff.reset_password("lee", "Fresh-Start-2027")
    lee = sign_in(paths, "lee", "Fresh-Start-2027")
    try:
        assert lee.actor.must_change_password
    finally:
        lee.close()


def test_switching_an_account_off_changes_the_key_so_its_old_entry_opens_nothing(services, paths, tmp_path) -> None:  # type: ignore[no-untyped-def]
    recovery = _recovery_key_of(paths, services)
    services.staff.add("lee", "Lee Park", "coordinator", TEMP)
    services.staff.add("kim", "Kim Ode", "peer_specialist", TEMP)
    kim = sign_in(paths, "kim", TEMP)
    kim.accounts.replace_temporary_password("kims own password", "kims own password")
    kim.close()
    aside = tmp_path / "aside"
    aside.mkdir()
    shutil.copy(paths.keyring, aside / "keyring.json")  # what a leaving employee might have kept
    old_key = KeyRing.load(aside / "keyring.json").unlock("lee", TEMP)

    with pytest.raises(ValidationError) as e:
        services.staff.deactivate("ana")
    assert e.value.code == "deactivate_self"
    steps: list[str] = []
    done = services.staff.deactivate("lee", steps.append)
    assert steps == ["backup", "rekey", "backups", "done"] and done.rekeyed_backups >= 1

    # The copied entry still unwraps the old key, but that key opens neither the database nor any backup.
    assert KeyRing.load(aside / "keyring.json").unlock("lee", TEMP) == old_key
    with pytest.raises(RoscError):
        probe(paths.database, old_key)
    for copy in backups.list_backups(paths.backups):
        assert not backups.opens(_with_key(services.store, old_key), copy)
        assert backups.opens(services.store, copy)
    with pytest.raises(RoscError) as e:
        sign_in(paths, "lee", TEMP)
    assert e.value.code == "signin_failed"

    # Everyone else, and the recovery key, still get in; the work goes on in the open window too.
    services.participants.search("")
    for name, password in (("ana", ADMIN_PASSWORD), ("kim", "kims own password")):
        sign_in(paths, name, password).close()
    reset_password_with_recovery_key(paths, recovery, "ana", "after the rekey", "after the rekey")
    sign_in(paths, "ana", "after the rekey").close()
    assert {m.username: m.active for m in services.staff.members()}["lee"] is False
    with services.store.read() as session:
        assert session.exec(select(AuditEvent).where(AuditEvent.action == "staff_deactivated")).one()


def test_the_last_admin_cannot_be_switched_off(services, paths) -> None:  # type: ignore[no-untyped-def]
    services.staff.add("lee", "Lee Park", "admin", TEMP)
    lee = sign_in(paths, "lee", TEMP)
    try:
        lee.staff.deactivate("ana")  # two admins: allowed
        with pytest.raises(ValidationError):
            lee.staff.deactivate("lee")
    finally:
        lee.close()


def test_a_keyring_written_by_the_previous_version_is_upgraded_at_each_sign_in(services, paths) -> None:  # type: ignore[no-untyped-def]
    """Format 1 entries (the database key wrapped directly) open, and become format 2 at that person's next sign-in.
    One still in format 1 when an account is switched off cannot be resealed: it needs a new temporary password."""
    services.staff.add("lee", "Lee Park", "coordinator", TEMP)
    services.staff.add("kim", "Kim Ode", "coordinator", TEMP)
    _downgrade_to_format_1(paths, services.store.key, {"ana": ADMIN_PASSWORD, "lee": TEMP, "kim": TEMP})
    assert json.loads(paths.keyring.read_text())["entries"]["lee"].get("v") is None

    sign_in(paths, "lee", TEMP).close()
    assert json.loads(paths.keyring.read_text())["entries"]["lee"]["v"] == 2
    services.keyring = KeyRing.load(paths.keyring)
    admin = sign_in(paths, "ana", ADMIN_PASSWORD)
    try:
        done = admin.staff.deactivate("lee")
    finally:
        admin.close()
    assert done.need_new_password == ("kim",) and done.new_recovery_key
    with pytest.raises(RoscError):
        sign_in(paths, "kim", TEMP)
    admin = sign_in(paths, "ana", ADMIN_PASSWORD)  # the fixture's window still holds the old key
    try:
        member = {m.username: m for m in admin.staff.members()}["kim"]
    finally:
        admin.close()
    assert not member.can_sign_in and member.must_change_password


KILL_REKEY = textwrap.dedent("""
    import os, sys
    sys.path.insert(0, {root!r})
    from rosc_desktop.store import keyring
    from rosc_desktop.store.keyring import KdfParams
    keyring.DEFAULT_KDF = KdfParams(iterations=1, lanes=1, memory_kib=8)
    from rosc_desktop.paths import AppPaths
    from rosc_desktop.services.session import sign_in
    from rosc_desktop.store import database
    point = {point!r}
    real_rekey, real_save = database.rekey_file, keyring.KeyRing.save
    saves = []
    def save(self):
        real_save(self)
        saves.append(1)
        if point == "after-keyring" and len(saves) == 1:
            os._exit(9)
    def rekey(path, key, new_key):
        real_rekey(path, key, new_key)
        if point == "after-rekey":
            os._exit(9)
    keyring.KeyRing.save = save
    database.rekey_file = rekey
    from pathlib import Path
    services = sign_in(AppPaths(Path({data!r})), "ana", {password!r}, make_backup=False)
    saves.clear()
    services.staff.deactivate("lee")
    os._exit(0)
""")


@pytest.mark.parametrize("point", ["after-keyring", "after-rekey"])
def test_a_rekey_killed_at_any_point_leaves_a_database_that_opens(services, paths, point) -> None:  # type: ignore[no-untyped-def]
    """A real process killed (os._exit) after the keyring holds both keys, and after the file is rekeyed but before
    the keyring says so: the database opens with the old or the new key, never neither."""
    services.staff.add("lee", "Lee Park", "coordinator", TEMP)
    services.staff.add("kim", "Kim Ode", "coordinator", TEMP)
    from rosc_desktop.services.participants import ParticipantInput

    services.participants.register(ParticipantInput("Ruth Kept"))
    services.close()
    script = KILL_REKEY.format(root=str(Path(__file__).resolve().parents[2]), point=point, data=str(paths.root),
                               password=ADMIN_PASSWORD)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 9, done.stderr[-2000:]
    for name, password in (("ana", ADMIN_PASSWORD), ("kim", TEMP)):
        svc = sign_in(paths, name, password)
        try:
            assert len(svc.participants.search("").ids) == 1  # nothing committed is lost
        finally:
            svc.close()
    assert not KeyRing.load(paths.keyring).rekey_pending() or point == "after-keyring"


def _recovery_key_of(paths, services) -> str:  # type: ignore[no-untyped-def]
    """A recovery key we know: set a new one (create_center's was not kept by the fixture)."""
    ring = KeyRing.load(paths.keyring)
    key = ring.set_recovery_key(services.store.key)
    ring.save()
    services.keyring = KeyRing.load(paths.keyring)
    return key


def _with_key(store, key: bytes):  # type: ignore[no-untyped-def]
    class _Keyed:
        pass

    keyed = _Keyed()
    keyed.key = key  # type: ignore[attr-defined]
    return keyed


def _downgrade_to_format_1(paths, db_key: bytes, passwords: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    """Rewrite the keyring as the previous version wrote it: one AES-GCM-wrapped database key per account."""
    import base64
    import os

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from rosc_desktop.store import keyring as keyring_module

    doc = json.loads(paths.keyring.read_text())
    doc["format"] = 1
    kdf = keyring_module.DEFAULT_KDF
    for name, password in passwords.items():
        salt, nonce = os.urandom(16), os.urandom(12)
        kek = kdf.derive(password, salt)
        wrapped = AESGCM(kek).encrypt(nonce, db_key, f"rosc-keyring-v1:{doc['database_id']}:{name}".encode())
        doc["entries"][name] = {"kdf": {"name": "argon2id", "iterations": kdf.iterations, "lanes": kdf.lanes,
                                        "memory_kib": kdf.memory_kib},
                                "salt": base64.b64encode(salt).decode(), "nonce": base64.b64encode(nonce).decode(),
                                "wrapped_key": base64.b64encode(wrapped).decode()}
    recovery = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    salt, nonce = os.urandom(16), os.urandom(12)
    wrapped = AESGCM(kdf.derive(recovery, salt)).encrypt(
        nonce, db_key, f"rosc-keyring-v1:{doc['database_id']}:*recovery*".encode())
    doc["entries"]["*recovery*"] = {"kdf": doc["entries"]["ana"]["kdf"], "salt": base64.b64encode(salt).decode(),
                                    "nonce": base64.b64encode(nonce).decode(),
                                    "wrapped_key": base64.b64encode(wrapped).decode()}
    paths.keyring.write_text(json.dumps(doc))


def test_a_damaged_entry_is_said_plainly_and_never_blocks_switching_someone_else_off(services, paths) -> None:  # type: ignore[no-untyped-def]
    services.staff.add("lee", "Lee Park", "coordinator", TEMP)
    services.staff.add("kim", "Kim Ode", "coordinator", TEMP)
    doc = json.loads(paths.keyring.read_text())
    doc["entries"]["kim"]["recipient"] = "age1-not-a-key"
    doc["entries"]["kim"]["wrapped_identity"] = "%%%"
    paths.keyring.write_text(json.dumps(doc))
    with pytest.raises(RoscError) as e:
        sign_in(paths, "kim", TEMP)
    assert e.value.code == "keyring_unreadable"

    admin = sign_in(paths, "ana", ADMIN_PASSWORD)
    try:
        done = admin.staff.deactivate("lee")
        assert done.need_new_password == ("kim",)
        admin.staff.reset_password("kim", "Fresh-Start-2027")
    finally:
        admin.close()
    sign_in(paths, "kim", "Fresh-Start-2027").close()
