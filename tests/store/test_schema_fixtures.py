"""Updates never lose data: a database left by any earlier schema opens in this release, and one from a newer
release is refused with a plain sentence.

tests/data/schemas/<revision>/ holds a small encrypted database per migration revision, made by
scripts/make-schema-fixture (see the README there). Signing in backs each one up, upgrades it to head, and
must keep every row, the search index, the audit chain and its keyring witness whole.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlmodel import select
from sqlmodel.main import default_registry

from rosc_desktop.cli import CLI_MESSAGES, main
from rosc_desktop.errors import RoscError
from rosc_desktop.paths import AppPaths
from rosc_desktop.services.participants import ParticipantInput
from rosc_desktop.services.session import sign_in
from rosc_desktop.store import migrate
from rosc_desktop.store.database import Store, connect_raw
from rosc_desktop.store.keyring import READABLE_FORMATS, KeyRing
from rosc_desktop.store.search import SEARCH_TABLE_PREFIX

FIXTURES = Path(__file__).resolve().parent.parent / "data" / "schemas"
USERNAME = "admin"
PASSWORD = "fixture password 1"  # as in tests/data/schemas/README.md
NAMES = {"Zoë Krüger", "Nguyễn Văn Minh", "王秀英"}
# Written by signing in, so one more row after the upgrade than in the old file.
GROWS_AT_SIGN_IN = {"audit_event"}


def _fixture_revisions() -> list[str]:
    return sorted(p.name for p in FIXTURES.iterdir() if p.is_dir())


def _known_revisions() -> list[str]:
    script = ScriptDirectory.from_config(migrate._config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def _copy(revision: str, tmp_path: Path) -> AppPaths:
    """The fixture in a data folder of its own: the checked-in files are never opened (opening writes)."""
    paths = AppPaths(tmp_path / "center").ensure()
    for name in ("rosc.db", "keyring.json"):
        shutil.copyfile(FIXTURES / revision / name, paths.root / name)
    return paths


def _key(paths: AppPaths) -> bytes:
    """The database key, read from a copy of the keyring: unlocking rewrites an older entry, which is for
    the sign-in under test to do."""
    trial = paths.root.parent / "key" / "keyring.json"
    trial.parent.mkdir(exist_ok=True)
    shutil.copyfile(paths.keyring, trial)
    return KeyRing.load(trial).unlock(USERNAME, PASSWORD)


def _contents(conn) -> dict[str, tuple[list[str], list[tuple]]]:  # type: ignore[no-untyped-def,type-arg]
    """Every table's columns and rows (sorted), but the search index (rebuilt from participant) and the
    schema's own version."""
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    found = {}
    for table in names:
        if table.startswith(SEARCH_TABLE_PREFIX) or table == "alembic_version":
            continue
        columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
        rows = sorted(conn.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
        found[table] = (columns, rows)
    return found


def _read(path: Path, key: bytes) -> tuple[str, dict[str, tuple[list[str], list[tuple]]]]:  # type: ignore[type-arg]
    conn = connect_raw(path, key)
    try:
        version = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        return version, _contents(conn)
    finally:
        conn.close()


def _assert_nothing_lost(before: dict, after: dict) -> None:  # type: ignore[type-arg]
    """Each old table is still there with each old column, holding the same values (a migration that drops or
    rewrites data on purpose must say so here)."""
    for table, (columns, rows) in before.items():
        assert table in after, f"the upgrade dropped the table {table}"
        new_columns, new_rows = after[table]
        lost = [c for c in columns if c not in new_columns]
        assert not lost, f"the upgrade dropped {table}.{lost}"
        picks = [new_columns.index(c) for c in columns]
        kept = sorted((tuple(row[i] for i in picks) for row in new_rows), key=repr)
        if table in GROWS_AT_SIGN_IN:
            assert len(kept) == len(rows) + 1, table
            assert [r for r in kept if r in rows] == rows, f"rows of {table} changed in the upgrade"
        else:
            assert kept == rows, f"rows of {table} changed in the upgrade"


def _every_model_reads(services) -> None:  # type: ignore[no-untyped-def]
    """Each row loads through today's models (dates, times and JSON in the form they expect)."""
    with services.store.read() as session:
        for mapper in default_registry.mappers:
            session.exec(select(mapper.class_)).all()


@pytest.mark.parametrize("revision", _fixture_revisions())
def test_a_database_from_an_earlier_schema_opens_upgraded_with_nothing_lost(revision, tmp_path):  # type: ignore[no-untyped-def]
    paths = _copy(revision, tmp_path)
    key = _key(paths)
    version, before = _read(paths.database, key)
    assert version == revision, "the fixture's folder name and its schema version differ"
    assert {row[before["participant"][0].index("preferred_name")] for row in before["participant"][1]} == NAMES
    upgrading = revision != migrate.head_revision()
    keyring_format = json.loads(paths.keyring.read_text("utf-8"))["format"]

    services = sign_in(paths, USERNAME, PASSWORD)
    try:
        assert migrate.current_revision(services.store) == migrate.head_revision()
        conn = services.store.raw_connection()
        try:
            after = _contents(conn)
        finally:
            conn.close()
        _assert_nothing_lost(before, after)
        _every_model_reads(services)

        report = services.health.check()  # the file, the search index, the outbox, the chain and its witness
        assert report.ok, report.problems
        assert report.audit_events == len(before["audit_event"][1]) + 1  # and the sign-in's own event
        assert report.participants == len(NAMES)

        people = services.participants.rows(services.participants.search("").ids)
        assert {p.preferred_name for p in people} == NAMES
        assert [p.preferred_name for p in services.participants.rows(services.participants.search("zoe").ids)] \
            == ["Zoë Krüger"]
        assert [p.preferred_name for p in services.participants.rows(services.participants.search("nguyen").ids)] \
            == ["Nguyễn Văn Minh"]

        added = services.participants.register(ParticipantInput("Ama Mensah-Ødegård", phone="555 010 2030"))
        assert services.participants.search("mensah").ids == [added.id]
        assert services.participants.count() == len(NAMES) + 1
    finally:
        services.close()

    # A keyring in the format of the fixture's release (1 up to 0011): the sign-in rewraps the entry it opened.
    assert keyring_format in READABLE_FORMATS
    assert KeyRing.load(paths.keyring).is_current_format(USERNAME)

    made = sorted(paths.backups.glob("rosc-*-before-upgrade.db"))
    if upgrading:
        assert len(made) == 1, "no backup was made before the upgrade"
        old_version, old_contents = _read(made[0], key)
        assert old_version == revision
        assert old_contents == before  # the file as it was, every row, taken before anything wrote to it
    else:
        assert made == []

    again = sign_in(paths, USERNAME, PASSWORD)  # the chain and the witness the sign-out left agree
    try:
        report = again.health.check()
        assert report.ok, report.problems
        assert report.participants == len(NAMES) + 1
    finally:
        again.close()
    assert len(sorted(paths.backups.glob("rosc-*-before-upgrade.db"))) == len(made)


def test_the_newest_migration_has_a_fixture() -> None:
    head = migrate.head_revision()
    assert (FIXTURES / head / "rosc.db").is_file() and (FIXTURES / head / "keyring.json").is_file(), (
        f"migration {head} has no database fixture: run scripts/make-schema-fixture {head} and add "
        f"tests/data/schemas/{head}/")
    known = _known_revisions()
    assert known[-1] == head
    folders = _fixture_revisions()
    assert [r for r in known if r not in folders] == [], "a revision without its fixture"
    assert [f for f in folders if f not in known] == [], "a fixture for a revision no migration has"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_database_from_a_newer_release_is_refused_with_a_plain_sentence(tmp_path, monkeypatch, capsys):  # type: ignore[no-untyped-def]
    paths = _copy(migrate.head_revision(), tmp_path)
    key = _key(paths)
    conn = connect_raw(paths.database, key)
    try:
        # What the next release's migration would leave: a revision this one has never heard of.
        conn.execute("UPDATE alembic_version SET version_num = 'f00dfeed0001'")
    finally:
        conn.close()
    before = _sha(paths.database)

    with pytest.raises(RoscError) as caught:
        sign_in(paths, USERNAME, PASSWORD)
    assert caught.value.code == "database_too_new"

    monkeypatch.setenv("ROSC_PASSWORD", PASSWORD)
    capsys.readouterr()
    assert main(["--data-dir", str(paths.root), "check", "--user", USERNAME]) == 2
    out, err = capsys.readouterr()
    sentence = CLI_MESSAGES["database_too_new"]
    assert "newer" in sentence and "update" in sentence
    assert err == f"rosc-desktop: {sentence}\n"
    assert out == ""

    # Left as it was: not upgraded, not "repaired", no backup taken of a file this release cannot read.
    assert _sha(paths.database) == before
    assert list(paths.backups.glob("rosc-*")) == []
    conn = connect_raw(paths.database, key)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "f00dfeed0001"
    finally:
        conn.close()


def test_foreign_keys_are_enforced_again_after_an_upgrade(tmp_path):  # type: ignore[no-untyped-def]
    # The upgrade runs with the keys off (SQLite copies a table to alter it): no connection may keep them off.
    paths = _copy(_known_revisions()[0], tmp_path)
    services = sign_in(paths, USERNAME, PASSWORD)
    try:
        connections = [services.store.engine.connect() for _ in range(8)]  # the whole pool, and its overflow
        try:
            assert [c.exec_driver_sql("PRAGMA foreign_keys").scalar() for c in connections] == [1] * 8
        finally:
            for c in connections:
                c.close()
    finally:
        services.close()


def test_an_upgrade_that_leaves_rows_pointing_at_nothing_is_rolled_back(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    revision = _known_revisions()[-2]
    paths = _copy(revision, tmp_path)
    store = Store(paths.database, _key(paths))
    real_upgrade = migrate.command.upgrade

    def careless_upgrade(config, target):  # type: ignore[no-untyped-def]
        real_upgrade(config, target)
        config.attributes["connection"].exec_driver_sql("UPDATE intake SET recorded_by = 'nobody'")

    monkeypatch.setattr(migrate.command, "upgrade", careless_upgrade)
    try:
        with pytest.raises(RoscError) as caught:
            migrate.upgrade(store)
        assert caught.value.code == "database_upgrade_failed"
        assert migrate.current_revision(store) == revision
        with store.read() as session:
            assert session.exec(text("SELECT count(*) FROM intake WHERE recorded_by = 'nobody'")).one()[0] == 0
    finally:
        store.close()
