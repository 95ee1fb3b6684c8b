"""Schema upgrades: head equals the models, downgrade works, a newer file is refused, a backup comes first."""

from __future__ import annotations

import hashlib
import secrets
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlmodel import SQLModel

import rosc_desktop.model  # noqa: F401  (registers the tables)
from tests.conftest import ADMIN_PASSWORD
from rosc_desktop.errors import RoscError
from rosc_desktop.services.participants import ParticipantInput
from rosc_desktop.services.session import sign_in
from rosc_desktop.store import migrate
from rosc_desktop.store.database import Store, connect_raw
from rosc_desktop.store.search import SEARCH_TABLE_PREFIX


def _include_name(name, type_, parent_names):  # type: ignore[no-untyped-def]
    # The same rule as migrations/env.py: the hand-made FTS5 tables are not described by the models.
    return not (type_ == "table" and name and name.startswith(SEARCH_TABLE_PREFIX))


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    s = Store(tmp_path / "schema.db", secrets.token_bytes(32))
    yield s
    s.close()


def _diff(store: Store) -> list:  # type: ignore[type-arg]
    with store.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_name": _include_name, "compare_type": True, "render_as_batch": True}
        )
        return compare_metadata(context, SQLModel.metadata)


def _tables(store: Store) -> set[str]:
    with store.engine.connect() as conn:
        return {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _downgrade(store: Store, target: str) -> None:
    with store.engine.begin() as conn:
        command.downgrade(migrate._config(conn), target)


def test_upgrade_to_head_gives_exactly_the_models_schema(store):  # type: ignore[no-untyped-def]
    migrate.upgrade(store)
    assert migrate.current_revision(store) == migrate.head_revision()
    assert not migrate.needs_upgrade(store)
    assert _diff(store) == []
    assert {"participant_fts", "participant", "outbox", "audit_event"} <= _tables(store)


def test_the_comparison_would_notice_a_difference(store):  # type: ignore[no-untyped-def]
    migrate.upgrade(store)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE participant ADD COLUMN stray TEXT")
    assert _diff(store) != []
    with store.engine.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE participant DROP COLUMN stray")
    assert _diff(store) == []
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DROP INDEX ix_participant_date_of_birth")
    assert _diff(store) != []


def test_downgrade_to_base_then_upgrade_again(store):  # type: ignore[no-untyped-def]
    migrate.upgrade(store)
    _downgrade(store, "base")
    assert migrate.current_revision(store) is None
    assert _tables(store) <= {"alembic_version"}
    migrate.upgrade(store)
    assert migrate.current_revision(store) == migrate.head_revision()
    assert _diff(store) == []
    # The search triggers came back with the tables.
    with store.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO participant (id, owner_site, version, hlc, created_at, updated_at, preferred_name, "
            "sort_name, search_names, search_phone, pronouns, legal_name, phone, email, preferred_language, pathways, pathway_other) "
            "VALUES ('p1', 'HL-01', 1, '', '2026-01-01', '2026-01-01', 'Zoë Krüger', 'zoe kruger', 'Zoë Krüger', '5551234567', '', '', "
            "'(555) 123-4567', '', 'en', '[]', '')"
        )
        found = conn.exec_driver_sql(
            "SELECT count(*) FROM participant_fts WHERE participant_fts MATCH '\"zoe\"* AND phone : \"55512\"*'"
        ).scalar()
    assert found == 1


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_database_from_a_newer_app_is_refused_and_left_alone(services, paths):  # type: ignore[no-untyped-def]
    with services.store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    services.store.checkpoint()
    key = services.store.key
    services.close()
    before = _sha(paths.database)
    backups_before = sorted(p.name for p in paths.backups.iterdir())
    with pytest.raises(RoscError) as caught:
        sign_in(paths, "ana", ADMIN_PASSWORD)
    assert caught.value.code == "database_too_new"
    assert _sha(paths.database) == before
    assert sorted(p.name for p in paths.backups.iterdir()) == backups_before
    conn = connect_raw(paths.database, key)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "9999_from_the_future"
    finally:
        conn.close()


def test_sign_in_backs_up_before_upgrading(services, paths, monkeypatch):  # type: ignore[no-untyped-def]
    person = services.participants.register(ParticipantInput("Zoë Krüger"))
    key = services.store.key
    services.close()
    for old in paths.backups.iterdir():
        old.unlink()
    seen: list[Path] = []
    real_upgrade = migrate.upgrade

    def upgrade_spy(store, target="head"):  # type: ignore[no-untyped-def]
        backups = sorted(paths.backups.glob("rosc-*.db"))
        assert backups, "no backup was made before the upgrade"
        seen.extend(backups)
        real_upgrade(store, target)

    # Simulate a file written by an older release: the app believes an upgrade is due.
    monkeypatch.setattr(migrate, "needs_upgrade", lambda store: True)
    monkeypatch.setattr(migrate, "upgrade", upgrade_spy)
    svc = sign_in(paths, "ana", ADMIN_PASSWORD)
    svc.close()
    assert seen
    backup = seen[-1]
    conn = connect_raw(backup, key)  # the backup opens with the same key
    try:
        names = [r[0] for r in conn.execute("SELECT preferred_name FROM participant WHERE id = ?", (person.id,))]
        assert names == ["Zoë Krüger"]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    assert not Path(f"{backup}-wal").exists()


def test_a_failed_upgrade_leaves_a_backup_that_holds_the_data(services, paths, monkeypatch):  # type: ignore[no-untyped-def]
    person = services.participants.register(ParticipantInput("Amani Okafor"))
    key = services.store.key
    services.close()
    for old in paths.backups.iterdir():
        old.unlink()

    def broken_upgrade(store, target="head"):  # type: ignore[no-untyped-def]
        raise RuntimeError("migration failed half-way")

    monkeypatch.setattr(migrate, "needs_upgrade", lambda store: True)
    monkeypatch.setattr(migrate, "upgrade", broken_upgrade)
    with pytest.raises(RoscError) as caught:  # a sentence for the person, the details in the log
        sign_in(paths, "ana", ADMIN_PASSWORD)
    assert caught.value.code == "database_upgrade_failed"
    backups = sorted(paths.backups.glob("rosc-*.db"))
    assert len(backups) == 1
    conn = connect_raw(backups[0], key)
    try:
        assert conn.execute("SELECT count(*) FROM participant WHERE id = ?", (person.id,)).fetchone()[0] == 1
    finally:
        conn.close()
