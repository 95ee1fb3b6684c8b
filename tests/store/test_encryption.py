"""Data at rest: the database, its WAL and its backups are unreadable without the key; the keyring holds."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import ADMIN_PASSWORD
from rosc_desktop.errors import RoscError
from rosc_desktop.services.intake import IntakeText
from rosc_desktop.services.participants import ParticipantInput
from rosc_desktop.services.session import reset_password_with_recovery_key, sign_in
from rosc_desktop.store.keyring import MAX_DELAY_SECONDS, KdfParams, KeyRing

NAME = "Zoë Krüger"
INTAKE = "Gardening with my sister Maëlle on Sundays"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _files_at_rest(paths) -> list[Path]:  # type: ignore[no-untyped-def]
    files = [p for p in (paths.database, Path(f"{paths.database}-wal")) if p.exists()]
    files += [p for p in paths.backups.iterdir() if p.is_file()]
    return files


def _assert_no_plaintext(files: list[Path]) -> None:
    needles = [NAME.encode("utf-8"), "Krüger".encode("utf-8"), b"Kruger", INTAKE.encode("utf-8"),
               INTAKE.encode("utf-16-le"), b"Gardening"]
    for path in files:
        data = path.read_bytes()
        assert data, path
        for needle in needles:
            assert needle not in data, f"{needle!r} found in {path.name}"


@pytest.fixture
def zoe(services):  # type: ignore[no-untyped-def]
    person = services.participants.register(ParticipantInput(NAME, legal_name="Zoë Anna Krüger",
                                                             date_of_birth=date(1990, 4, 2)))
    services.intake.save(person.id, IntakeText(strengths=INTAKE), 0)
    return person


def test_name_and_intake_are_not_in_the_wal_before_checkpoint(services, paths, zoe):  # type: ignore[no-untyped-def]
    wal = Path(f"{paths.database}-wal")
    assert wal.exists() and wal.stat().st_size > 0, "the test must look at a WAL that holds the changes"
    _assert_no_plaintext(_files_at_rest(paths))


def test_name_and_intake_are_not_in_db_or_backups_after_checkpoint(services, paths, zoe):  # type: ignore[no-untyped-def]
    services.store.checkpoint()
    # A second sign-in makes a backup that holds Zoë's record.
    other = sign_in(paths, "ana", ADMIN_PASSWORD)
    other.close()
    assert list(paths.backups.glob("rosc-*.db"))
    _assert_no_plaintext(_files_at_rest(paths))
    # The backup holds the data, under the same key (so the check above is meaningful).
    backup = sorted(paths.backups.glob("rosc-*.db"))[-1]
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(backup).execute("SELECT count(*) FROM sqlite_master").fetchone()


def test_wrong_password_is_refused_and_writes_nothing(services, paths):  # type: ignore[no-untyped-def]
    services.close()
    before = _sha(paths.database)
    backups_before = sorted(paths.backups.iterdir())
    with pytest.raises(RoscError) as caught:
        sign_in(paths, "ana", "wrong password!")
    assert caught.value.code == "signin_failed"
    assert _sha(paths.database) == before
    assert sorted(paths.backups.iterdir()) == backups_before


def test_unknown_user_fails_like_a_wrong_password(services, paths):  # type: ignore[no-untyped-def]
    with pytest.raises(RoscError) as caught:
        sign_in(paths, "nobody", ADMIN_PASSWORD)
    assert caught.value.code == "signin_failed"


@pytest.mark.parametrize("kind", ["random", "plain_sqlite", "empty"])
def test_a_file_that_is_not_our_database_is_unreadable(services, paths, kind):  # type: ignore[no-untyped-def]
    services.close()
    for extra in (Path(f"{paths.database}-wal"), Path(f"{paths.database}-shm")):
        extra.unlink(missing_ok=True)
    paths.database.unlink()
    if kind == "random":
        paths.database.write_bytes(os.urandom(64 * 1024))
    elif kind == "plain_sqlite":
        conn = sqlite3.connect(paths.database)
        conn.execute("CREATE TABLE participant (id TEXT, preferred_name TEXT)")
        conn.execute("INSERT INTO participant VALUES ('1', 'Plain Text')")
        conn.commit()
        conn.close()
    else:
        paths.database.write_bytes(b"")
    with pytest.raises(RoscError) as caught:
        sign_in(paths, "ana", ADMIN_PASSWORD)
    assert caught.value.code == "database_unreadable"


def _damaged_database(services, paths):  # type: ignore[no-untyped-def]
    for i in range(120):
        services.participants.register(ParticipantInput(f"Person {i}", legal_name="Somebody " * 15))
    services.store.checkpoint()
    services.close()
    return bytearray(paths.database.read_bytes())


def test_a_truncated_database_is_reported(services, paths):  # type: ignore[no-untyped-def]
    data = _damaged_database(services, paths)
    paths.database.write_bytes(bytes(data[: len(data) // 2]))
    with pytest.raises(RoscError) as caught:
        sign_in(paths, "ana", ADMIN_PASSWORD)
    assert caught.value.code == "database_unreadable"


@pytest.mark.parametrize("page", [1, 2, 3, 10, 30])
def test_a_corrupted_page_is_reported_not_crashed_on(services, paths, page):  # type: ignore[no-untyped-def]
    data = _damaged_database(services, paths)
    page_size = 4096
    assert len(data) > (page + 1) * page_size
    data[page * page_size + 64 : page * page_size + 512] = os.urandom(448)
    paths.database.write_bytes(bytes(data))
    try:
        svc = sign_in(paths, "ana", ADMIN_PASSWORD)
    except RoscError as error:
        # The first page unreadable: not opened at all; a later one: caught by the quick check at sign-in.
        assert error.code in ("database_unreadable", "database_damaged")
        return
    try:
        try:
            report = svc.health.check()
        except RoscError as error:
            assert error.code == "database_unreadable"
        else:
            assert not report.ok
    finally:
        svc.close()


def test_a_wrapped_key_cannot_be_moved_to_another_account(services, paths):  # type: ignore[no-untyped-def]
    services.accounts.create_staff("ben", "Ben Ode", "peer_specialist", "bens password")
    doc = json.loads(paths.keyring.read_text("utf-8"))
    doc["entries"]["ben"] = doc["entries"]["ana"]  # Ana's entry under Ben's name: Ana's password must not work
    paths.keyring.write_text(json.dumps(doc), "utf-8")
    with pytest.raises(RoscError) as caught:
        sign_in(paths, "ben", ADMIN_PASSWORD)
    assert caught.value.code == "signin_failed"
    sign_in(paths, "ana", ADMIN_PASSWORD).close()  # Ana's own entry still works


def test_a_keyring_from_another_database_does_not_unlock(services, paths):  # type: ignore[no-untyped-def]
    doc = json.loads(paths.keyring.read_text("utf-8"))
    doc["database_id"] = "0" * 32
    paths.keyring.write_text(json.dumps(doc), "utf-8")
    with pytest.raises(RoscError) as caught:
        sign_in(paths, "ana", ADMIN_PASSWORD)
    assert caught.value.code == "signin_failed"


def test_recovery_key_resets_a_password(paths):  # type: ignore[no-untyped-def]
    from rosc_desktop.services.session import create_center

    svc, recovery = create_center(paths, center_name="Harbor Light", site_code="HL-01", admin_username="ana",
                                  admin_display_name="Ana Ruiz", password=ADMIN_PASSWORD)
    person = svc.participants.register(ParticipantInput(NAME))
    svc.close()
    with pytest.raises(RoscError) as caught:
        reset_password_with_recovery_key(paths, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF", "ana", "new password 1",
                                         "new password 1")
    assert caught.value.code == "recovery_key_wrong"
    # Typed back by hand: lower case, spaces instead of dashes.
    typed = recovery.lower().replace("-", " ")
    reset_password_with_recovery_key(paths, typed, "ana", "new password 1", "new password 1")
    with pytest.raises(RoscError):
        sign_in(paths, "ana", ADMIN_PASSWORD)
    again = sign_in(paths, "ana", "new password 1")
    try:
        assert again.participants.open(person.id).preferred_name == NAME
    finally:
        again.close()


def test_throttle_grows_caps_at_a_minute_and_the_right_password_then_works(services, paths):  # type: ignore[no-untyped-def]
    ring = KeyRing.load(paths.keyring)
    now = 1_000_000.0
    waits = []
    for _ in range(10):
        wait = ring.wait_seconds("ana", now)
        now += wait  # the person waits as told, then tries again
        with pytest.raises(RoscError) as caught:
            ring.unlock("ana", "wrong password", now=now)
        assert caught.value.code == "signin_failed"
        waits.append(caught.value.params["wait"])
    assert waits[:3] == [0, 0, 1]
    assert all(b >= a for a, b in zip(waits, waits[1:]))
    assert waits[-1] == MAX_DELAY_SECONDS
    assert max(waits) <= MAX_DELAY_SECONDS
    # Trying again too soon is refused without even checking the password.
    with pytest.raises(RoscError) as caught:
        ring.unlock("ana", ADMIN_PASSWORD, now=now + 1)
    assert caught.value.code == "signin_wait"
    assert 0 < caught.value.params["seconds"] <= MAX_DELAY_SECONDS
    # The throttle survives reloading the file (a restart does not reset it).
    reloaded = KeyRing.load(paths.keyring)
    assert reloaded.wait_seconds("ana", now + 1) > 0
    key = reloaded.unlock("ana", ADMIN_PASSWORD, now=now + MAX_DELAY_SECONDS)
    assert key == services.store.key
    assert reloaded.wait_seconds("ana", now + MAX_DELAY_SECONDS) == 0
    assert KeyRing.load(paths.keyring).throttles.get("ana") is None


def test_real_default_kdf_cost_wraps_and_unwraps(tmp_path):  # type: ignore[no-untyped-def]
    ring, db_key = KeyRing.create(tmp_path / "keyring.json")
    ring.add_account("ana", ADMIN_PASSWORD, db_key, KdfParams())
    ring.save()
    entry = json.loads((tmp_path / "keyring.json").read_text())["entries"]["ana"]
    assert entry["kdf"] == {"name": "argon2id", "iterations": 3, "lanes": 4, "memory_kib": 65536}
    assert KeyRing.load(tmp_path / "keyring.json").unlock("ana", ADMIN_PASSWORD) == db_key
    with pytest.raises(RoscError):
        KeyRing.load(tmp_path / "keyring.json").unlock("ana", "not the password")


@pytest.mark.parametrize(
    "content",
    [b"", b"{not json", b"[]", b"null", b'{"format": 1}', b'{"format": 1, "database_id": "x", "entries": []}',
     b'\xff\xfe\x00garbage'],
)
def test_a_damaged_keyring_is_reported(services, paths, content):  # type: ignore[no-untyped-def]
    paths.keyring.write_bytes(content)
    with pytest.raises(RoscError) as caught:
        sign_in(paths, "ana", ADMIN_PASSWORD)
    assert caught.value.code == "keyring_unreadable"


def test_a_damaged_keyring_entry_is_reported(services, paths):  # type: ignore[no-untyped-def]
    doc = json.loads(paths.keyring.read_text("utf-8"))
    doc["entries"]["ana"]["salt"] = "***not base64***"
    paths.keyring.write_text(json.dumps(doc), "utf-8")
    with pytest.raises(RoscError) as caught:
        sign_in(paths, "ana", ADMIN_PASSWORD)
    assert caught.value.code in {"keyring_unreadable", "signin_failed"}


def test_two_copies_of_the_keyring_do_not_undo_each_others_accounts(services, paths) -> None:  # type: ignore[no-untyped-def]
    """A second window (or the CLI) adding an account must survive this window's later save."""
    from rosc_desktop.store.keyring import KeyRing

    other_window = KeyRing.load(paths.keyring)
    other_window.add_account("bea", "bea-password-1", services.store.key)
    other_window.save()
    services.accounts.create_staff("carl", "Carl Ng", "peer_specialist", "carl-password-1")
    on_disk = KeyRing.load(paths.keyring)
    assert on_disk.has_account("bea") and on_disk.has_account("carl") and on_disk.has_account("ana")
    assert on_disk.unlock("bea", "bea-password-1") == services.store.key


def test_recovery_key_guessing_is_slowed_down(services, paths) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.errors import RoscError
    from rosc_desktop.store.keyring import KeyRing

    ring = KeyRing.load(paths.keyring)
    codes = []
    for _ in range(5):
        try:
            ring.unlock_with_recovery_key("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF", now=1000.0)
        except RoscError as error:
            codes.append(error.code)
    assert codes[:3] == ["recovery_key_wrong"] * 3
    assert "signin_wait" in codes[3:]


def test_a_clock_that_was_ahead_never_locks_anyone_out_for_long(services, paths) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.store.keyring import MAX_DELAY_SECONDS, KeyRing, Throttle

    ring = KeyRing.load(paths.keyring)
    ring.throttles["ana"] = Throttle(failures=12, last_failure=10_000_000.0 + 7 * 86_400)  # stamped a week ahead
    assert 0 < ring.wait_seconds("ana", now=10_000_000.0) <= MAX_DELAY_SECONDS


def test_failures_in_another_process_count_here_too(services, paths) -> None:  # type: ignore[no-untyped-def]
    from rosc_desktop.errors import RoscError
    from rosc_desktop.store.keyring import KeyRing

    this_window, other_process = KeyRing.load(paths.keyring), KeyRing.load(paths.keyring)
    for ring in (other_process, other_process, this_window):
        with pytest.raises(RoscError):
            ring.unlock("ana", "wrong guess", now=5_000.0)
    assert KeyRing.load(paths.keyring).throttles["ana"].failures == 3
    with pytest.raises(RoscError) as caught:
        other_process.unlock("ana", "another guess", now=5_000.0)
    assert caught.value.code == "signin_wait"
