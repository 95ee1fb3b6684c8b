"""The hub's store on PostgreSQL: same migrations and models, serialised writers, clear connection errors.

Each test gets a fresh database on a throw-away server (tests/conftest.py); without a server these tests fail
with the reason (no test in this suite may pass by skipping).
"""

from __future__ import annotations

import threading
from datetime import date, datetime, timedelta, timezone

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlmodel import SQLModel

import rosc_desktop.model  # noqa: F401  (registers the tables)
from rosc_desktop.errors import RoscError
from rosc_desktop.paths import AppPaths
from rosc_desktop.services.directory import ServiceInput
from rosc_desktop.services.intake import IntakeText
from rosc_desktop.services.participants import ParticipantInput
from rosc_desktop.services.session import create_center, sign_in
from rosc_desktop.store import backup as backups
from rosc_desktop.store import migrate
from rosc_desktop.store.database import Store
from rosc_desktop.store.search import SEARCH_TABLE_PREFIX
from tests.conftest import ADMIN_PASSWORD, PG_LOGIN_PASSWORD, PG_LOGIN_ROLE

KEY = bytes(range(32))


def _include_name(name, type_, parent_names):  # type: ignore[no-untyped-def]
    return not (type_ == "table" and name and name.startswith(SEARCH_TABLE_PREFIX))


@pytest.fixture
def pg_store(pg_database_url):  # type: ignore[no-untyped-def]
    store = Store.from_url(pg_database_url, KEY)
    yield store
    store.close()


def _outbox_seqs(store: Store) -> list[int]:
    with store.engine.connect() as conn:
        return [r[0] for r in conn.execute(text("SELECT seq FROM outbox ORDER BY seq"))]


def test_migrations_reach_head_on_an_empty_database_and_match_the_models(pg_store):  # type: ignore[no-untyped-def]
    assert migrate.current_revision(pg_store) is None
    migrate.upgrade(pg_store)
    assert migrate.current_revision(pg_store) == migrate.head_revision()
    assert not migrate.needs_upgrade(pg_store)
    with pg_store.engine.connect() as conn:
        assert conn.dialect.name == "postgresql"
        context = MigrationContext.configure(conn, opts={"include_name": _include_name, "compare_type": True})
        assert compare_metadata(context, SQLModel.metadata) == []
        # The comparison can fail: a stray column is noticed.
        conn.execute(text("ALTER TABLE participant ADD COLUMN stray TEXT"))
        context = MigrationContext.configure(conn, opts={"include_name": _include_name, "compare_type": True})
        assert compare_metadata(context, SQLModel.metadata) != []
        conn.rollback()


def test_downgrade_to_base_and_up_again_on_postgresql(pg_store):  # type: ignore[no-untyped-def]
    from alembic import command

    migrate.upgrade(pg_store)
    with pg_store.engine.begin() as conn:
        command.downgrade(migrate._config(conn), "base")
    assert migrate.current_revision(pg_store) is None
    with pg_store.engine.connect() as conn:
        left = conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).scalars().all()
    assert set(left) <= {"alembic_version"}
    migrate.upgrade(pg_store)
    assert migrate.current_revision(pg_store) == migrate.head_revision()


def test_upgrading_twice_at_once_is_safe(pg_store, pg_database_url):  # type: ignore[no-untyped-def]
    other = Store.from_url(pg_database_url, KEY)
    errors: list[BaseException] = []

    def run(store: Store) -> None:
        try:
            migrate.upgrade(store)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(s,)) for s in (pg_store, other)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    other.close()
    assert errors == []
    assert migrate.current_revision(pg_store) == migrate.head_revision()


def test_a_hub_on_postgresql_registers_writes_an_intake_and_numbers_its_outbox_without_gaps(
        hub_services_factory):  # type: ignore[no-untyped-def]
    hub = hub_services_factory("HUB", backend="postgresql")
    assert hub.store.is_postgres
    person = hub.participants.register(ParticipantInput("Zoë Krüger", phone="(555) 123-4567"))
    saved = hub.intake.save(person.id, IntakeText(strengths="Gardening, my sister"), 0)
    assert saved.version == 1
    assert hub.intake.get(person.id).text.strengths == "Gardening, my sister"
    hub.intake.record_barc10(person.id, date(2026, 11, 1), [4] * 10)
    assert hub.participants.open(person.id).preferred_name == "Zoë Krüger"
    seqs = _outbox_seqs(hub.store)
    assert seqs == list(range(1, len(seqs) + 1)) and len(seqs) >= 4
    assert hub.health.check().ok


def test_search_on_postgresql_finds_by_name_prefix_accents_folded_and_by_phone(
        hub_services_factory):  # type: ignore[no-untyped-def]
    hub = hub_services_factory("HUB", backend="postgresql")
    zoe = hub.participants.register(ParticipantInput("Zoë Krüger", phone="(555) 123-4567"))
    hub.participants.register(ParticipantInput("Amani Okafor", phone="555 987 0000"))
    assert hub.participants.search("zoe kr").ids == [zoe.id]
    assert hub.participants.search("4567").ids == [zoe.id]
    assert hub.participants.search("oe").ids == []  # words are matched from their start
    anne = hub.participants.register(ParticipantInput("Anne-Marie O'Brien"))
    ahmad = hub.participants.register(ParticipantInput("محمد أحمد"))
    wang = hub.participants.register(ParticipantInput("王小明"))
    assert hub.participants.search("marie brien").ids == [anne.id]
    assert hub.participants.search("أحمد").ids == [ahmad.id]
    assert hub.participants.search("小明").ids == [wang.id]
    assert hub.participants.search("明小").ids == []
    assert hub.participants.search("100%_").ids == []  # LIKE wildcards typed are taken literally
    assert len(hub.participants.search("").ids) == 5


def test_hand_written_report_outreach_and_directory_queries_run_on_postgresql(
        hub_services_factory):  # type: ignore[no-untyped-def]
    hub = hub_services_factory("HUB", backend="postgresql")
    person = hub.participants.register(ParticipantInput("Amani Okafor"))
    hub.intake.record_barc10(person.id, date(2026, 9, 1), [3] * 10)
    hub.intake.record_barc10(person.id, date(2026, 11, 2), [4] * 10)
    barc = hub.reports.center(date(2026, 11, 1), date(2026, 11, 30)).figures["barc10_change"]
    assert barc.rests_on == 1 and barc.value == 10
    later = datetime.now(timezone.utc) + timedelta(days=60)
    assert [row.participant_id for row in hub.checkins.outreach(days=30, now=later)] == [person.id]
    assert hub.checkins.outreach(days=90, now=later) == []
    food = hub.directory.add_local(ServiceInput(
        name="Café Esperanza Food Bank", organization_name="Esperanza Community Trust", categories=("food",),
        languages=("en", "es"), city="Millbrook"))
    hub.directory.add_local(ServiceInput(name="Harbor Clinic", organization_name="Harbor Health",
                                         categories=("health",), languages=("en",)))
    assert hub.directory.categories() == ["food", "health"]
    assert hub.directory.languages() == ["en", "es"]
    assert [s.id for s in hub.directory.search("cafe", category="food", language="es")] == [food.id]
    assert hub.directory.search(category="health", language="es") == []


def test_two_writers_at_once_get_unique_gap_free_outbox_seqs(
        hub_services_factory, tmp_path):  # type: ignore[no-untyped-def]
    hub = hub_services_factory("HUB", backend="postgresql")
    # A second process's view of the same hub: its own engine and connections on the same database.
    second = Store.from_url(hub.store.url.render_as_string(hide_password=False), KEY)
    second.load_local_state()
    before = len(_outbox_seqs(hub.store))
    per_writer = 15
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def write_many(store: Store) -> None:
        from rosc_desktop.model import Participant

        try:
            start.wait()
            for i in range(per_writer):
                with store.write() as session:
                    session.add(Participant(preferred_name=f"Writer {i}", sort_name=f"writer {i}"))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=write_many, args=(s,)) for s in (hub.store, second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    second.close()
    assert errors == []
    seqs = _outbox_seqs(hub.store)
    assert len(seqs) == before + 2 * per_writer
    assert seqs == list(range(1, len(seqs) + 1))


def test_the_writer_lock_makes_a_second_writer_wait(pg_store):  # type: ignore[no-untyped-def]
    migrate.upgrade(pg_store)
    with pg_store.write() as session:
        holder = session.connection().exec_driver_sql(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted").scalar()
        assert holder == 1
    with pg_store.read() as session:
        assert session.connection().exec_driver_sql(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()").scalar() == 0


def test_a_wrong_password_is_a_login_error_that_never_shows_the_password(postgres):  # type: ignore[no-untyped-def]
    url = postgres.url("postgres", user=PG_LOGIN_ROLE, password="not-the-S3cret")
    store = Store.from_url(url, KEY)
    with pytest.raises(RoscError) as caught:
        store.probe()
    store.close()
    assert caught.value.code == "database_login_failed"
    assert "not-the-S3cret" not in str(caught.value) and "not-the-S3cret" not in repr(caught.value.params)
    assert caught.value.__cause__ is None and caught.value.__context__ is None or \
        "not-the-S3cret" not in str(caught.value.__context__)
    # The right password connects.
    good = Store.from_url(postgres.url("postgres", user=PG_LOGIN_ROLE, password=PG_LOGIN_PASSWORD), KEY)
    good.probe()
    good.close()


def test_an_unreachable_server_and_a_missing_database_are_named(postgres, tmp_path):  # type: ignore[no-untyped-def]
    nowhere = Store.from_url(f"postgresql://rosc:pw-S3cret@/rosc?host={tmp_path}&port=1", KEY)
    with pytest.raises(RoscError) as caught:
        nowhere.probe()
    nowhere.close()
    assert caught.value.code == "database_server_unreachable"
    assert "pw-S3cret" not in str(caught.value)
    missing = Store.from_url(postgres.url("no_such_database"), KEY)
    with pytest.raises(RoscError) as caught:
        missing.probe()
    missing.close()
    assert caught.value.code == "database_not_found"


def test_a_url_that_is_not_postgresql_is_refused():  # type: ignore[no-untyped-def]
    with pytest.raises(RoscError) as caught:
        Store.from_url("mysql://root:pw@localhost/db", KEY)
    assert caught.value.code == "database_url_invalid"


def test_sign_in_on_a_postgresql_hub_from_the_environment(pg_database_url, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    paths = AppPaths(tmp_path / "hub").ensure()
    monkeypatch.setenv("ROSC_DATABASE_URL", pg_database_url)
    svc, _recovery = create_center(paths, center_name="Region Hub", site_code="HUB", admin_username="hana",
                                   admin_display_name="Hana Sato", password=ADMIN_PASSWORD, is_hub=True)
    person = svc.participants.register(ParticipantInput("Amani Okafor"))
    svc.close()
    assert not paths.database.exists()  # nothing went into a local file
    again = sign_in(paths, "hana", ADMIN_PASSWORD, make_backup=False)
    try:
        assert again.store.is_postgres
        assert again.participants.open(person.id).preferred_name == "Amani Okafor"
    finally:
        again.close()
    with pytest.raises(RoscError) as caught:
        sign_in(paths, "hana", "wrong password!", make_backup=False)
    assert caught.value.code == "signin_failed"
    # The same database cannot be set up twice.
    with pytest.raises(RoscError) as caught:
        create_center(AppPaths(tmp_path / "other").ensure(), center_name="Again", site_code="HUB2",
                      admin_username="x1", admin_display_name="X", password=ADMIN_PASSWORD)
    assert caught.value.code == "database_exists"


def test_backup_on_postgresql_writes_a_dump_file(hub_services_factory, tmp_path):  # type: ignore[no-untyped-def]
    if backups.pg_dump_path() is None:
        pytest.fail("pg_dump is not installed: install the postgresql client tools")
    hub = hub_services_factory("HUB", backend="postgresql")
    hub.participants.register(ParticipantInput("Zoë Krüger"))
    made = backups.backup(hub.store, tmp_path / "backups", reason="daily")
    assert made.exists() and made.suffix == ".pgdump"
    assert made.read_bytes()[:5] == b"PGDMP"  # pg_dump's custom format
    assert made.stat().st_mode & 0o077 == 0
    assert not list((tmp_path / "backups").glob("*.part"))
    assert backups.list_backups(tmp_path / "backups") == [made]


def test_backup_without_pg_dump_is_a_clear_error(hub_services_factory, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    hub = hub_services_factory("HUB", backend="postgresql")
    monkeypatch.setattr(backups, "pg_dump_path", lambda: None)
    with pytest.raises(RoscError) as caught:
        backups.backup(hub.store, tmp_path / "backups")
    assert caught.value.code == "backup_tool_missing"
    assert not list((tmp_path / "backups").iterdir())


def test_the_cli_signs_in_to_a_postgresql_hub_by_database_url(hub_services_factory, monkeypatch, capsys):  # type: ignore[no-untyped-def]
    from rosc_desktop import cli

    hub = hub_services_factory("HUB", backend="postgresql")
    url = hub.store.url.render_as_string(hide_password=False)
    root = str(hub.paths.root)
    hub.close()
    monkeypatch.setenv("ROSC_PASSWORD", ADMIN_PASSWORD)
    assert cli.main(["--data-dir", root, "--database-url", url, "check", "--user", "admin"]) == 0
    capsys.readouterr()
    monkeypatch.delenv("ROSC_DATABASE_URL")  # main() set it for this process
    assert cli.main(["--data-dir", root, "--database-url", "postgresql://admin:pw-S3cret@/hub?host=/nonexistent&port=1",
                     "check", "--user", "admin"]) == 2
    err = capsys.readouterr().err
    assert "cannot be reached" in err and "pw-S3cret" not in err


def test_a_demo_database_stays_local_whatever_url_is_configured(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    from rosc_desktop.services.session import DEMO_PASSWORD, DEMO_USERNAME

    paths = AppPaths(tmp_path / "demo").ensure()
    monkeypatch.setenv("ROSC_DATABASE_URL", "postgresql://hub:pw@/hub?host=/nonexistent&port=1")
    svc, _recovery = create_center(paths, center_name="Demo", site_code="DEMO", admin_username=DEMO_USERNAME,
                                   admin_display_name="Demo Admin", password=DEMO_PASSWORD, demo=True)
    svc.close()
    again = sign_in(paths, DEMO_USERNAME, DEMO_PASSWORD, make_backup=False)
    try:
        assert not again.store.is_postgres and paths.database.exists()
    finally:
        again.close()


def test_a_read_on_postgresql_sees_one_snapshot_while_a_writer_commits(hub_services_factory):  # type: ignore[no-untyped-def]
    from rosc_desktop.model import Participant

    hub = hub_services_factory("HUB", backend="postgresql")
    hub.participants.register(ParticipantInput("Amani Okafor"))
    with hub.store.read() as session:
        before = session.execute(text("SELECT count(*) FROM participant")).scalar()
        with hub.store.write() as writer:
            writer.add(Participant(preferred_name="Dana Example", sort_name="dana example"))
        during = session.execute(text("SELECT count(*) FROM participant")).scalar()
    with hub.store.read() as session:
        after = session.execute(text("SELECT count(*) FROM participant")).scalar()
    assert (before, during, after) == (1, 1, 2)
