"""Demo data: the people who get plans also get a support network that grew over time; the center has two years
of activities, with attendance."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from rosc_desktop.clock import center_today
from rosc_desktop.paths import resolve
from rosc_desktop.services.demo import DEMO_PLANS, DEMO_SITE, build_demo_database
from rosc_desktop.services.session import sign_in
from rosc_desktop.sync.sample_directory import load_sample_directory


def test_demo_people_with_plans_have_a_network_with_history(tmp_path: Path) -> None:
    paths = resolve(tmp_path, demo=True)
    paths.ensure()
    build_demo_database(paths, participants=DEMO_PLANS + 5, seed=3, load_directory=load_sample_directory)
    services = sign_in(paths, "admin", "demo")
    try:
        ids = services.participants.search("").ids
        with_plans, without = ids[:DEMO_PLANS], ids[DEMO_PLANS:]
        kinds: set[str] = set()
        domains: set[str] = set()
        removed = rated = linked = grown = 0
        for pid in with_plans:
            snapshot = services.network.snapshot(pid)
            assert 4 <= len(snapshot.members) <= 20  # 5–20 drawn, one of them may have left
            kinds |= {m.kind for m in snapshot.members}
            domains |= {m.domain for m in snapshot.members}
            linked += bool(snapshot.links)
            history = services.network.history_dates(pid)
            assert history[-1] <= date.today()
            every = [services.network.member(m.id) for m in snapshot.members]
            rated += sum(m.last_rating is not None and m.last_rating.check_in_id is not None for m in every)
            removed += len(services.network.metrics_over_time(pid)) > 0 and any(
                m.removed_on for m in _all_members(services, pid))
            change = services.network.change_since_intake(pid)
            assert change is not None
            grown += change.now.members > change.baseline.members
        assert kinds == {"person", "group", "organisation"}
        assert len(domains) >= 8
        assert removed >= DEMO_PLANS // 2 and linked >= DEMO_PLANS // 2
        assert rated >= 10 and grown >= DEMO_PLANS // 2
        assert all(services.network.change_since_intake(pid) is None for pid in without)
    finally:
        services.close()


def _all_members(services, pid):  # type: ignore[no-untyped-def]
    # Members who left are not on today's map; the member read still finds them.
    from rosc_desktop.model import NetworkMember

    with services.store.read() as session:
        from sqlmodel import select

        ids = session.exec(select(NetworkMember.id).where(NetworkMember.participant_id == pid)).all()
    return [services.network.member(i) for i in ids]


# -- activities ---------------------------------------------------------------------------------------------

SMALL = 60


@pytest.fixture(scope="module")
def small_demo(tmp_path_factory):  # type: ignore[no-untyped-def]
    paths = resolve(tmp_path_factory.mktemp("demo"), demo=True)
    paths.ensure()
    build_demo_database(paths, participants=SMALL, seed=5, load_directory=load_sample_directory)
    services = sign_in(paths, "admin", "demo")
    yield services
    services.close()


def test_demo_has_two_years_of_activities_with_attendance(small_demo) -> None:  # type: ignore[no-untyped-def]
    services = small_demo
    today = center_today()
    series = services.activities.series()
    assert len(series) >= 3 and len({s.weekday for s in series if s.ends_on is None}) >= 2
    held = [a for a in services.activities.between(today - timedelta(days=730), today - timedelta(days=1))
            if a.id is not None]
    kinds = {a.kind for a in held}
    assert {"drop_in", "group", "meeting", "event"} <= kinds
    assert held[0].held_on <= today - timedelta(days=700)  # two years back, not a few weeks
    assert sum(a.cancelled for a in held) > 0
    assert sum(a.attendees for a in held if not a.cancelled) > len(held)  # more than one a time on average
    assert sum(a.anonymous_count for a in held) > 0
    assert all(a.attendees == 0 and a.anonymous_count == 0 for a in held if a.cancelled)
    # A drop-in every weekday of the last four weeks; a community event every month.
    open_days = {d for d in (today - timedelta(days=n) for n in range(1, 29))
                 if d.weekday() < 5 and (d.month, d.day) not in ((12, 25), (1, 1), (7, 4))}
    assert open_days <= {a.held_on for a in held if a.kind == "drop_in"}
    assert len({(a.held_on.year, a.held_on.month) for a in held if a.kind == "event"}) >= 23
    # Today is left for staff to record: the series' meetings today are planned, not held.
    assert all(a.id is None for a in services.activities.on_day(today))
    # Regulars come often, most people rarely.
    visits = sorted((len(services.activities.for_person(pid, limit=5000))
                     for pid in services.participants.search("").ids), reverse=True)
    assert visits[0] > 100 and visits[len(visits) // 2] < visits[0] // 4
    month_last = today.replace(day=1) - timedelta(days=1)
    figures = services.reports.center(month_last.replace(day=1), month_last).figures
    assert figures["activities_held"].value > 10 and figures["attendance"].value > 20
    assert figures["people_served"].breakdown["anonymous_visits"] > 0


def test_demo_attendance_rows_are_whole_synchronised_rows(small_demo) -> None:  # type: ignore[no-untyped-def]
    """Written in bulk, outside the ORM: every row still names a person registered by then, and carries what
    change capture would give it (an outbox entry, version, hlc, owner site)."""
    from sqlalchemy import text

    with small_demo.store.read() as session:
        conn = session.connection()

        def one(sql: str) -> int:
            return int(conn.execute(text(sql)).scalar() or 0)

        assert one("SELECT count(*) FROM attendance") > 500
        assert one("SELECT count(*) FROM attendance a LEFT JOIN participant p ON p.id = a.participant_id "
                   "WHERE p.id IS NULL OR substr(p.created_at, 1, 10) > a.attended_on") == 0
        assert one("SELECT count(*) FROM attendance a JOIN activity act ON act.id = a.activity_id "
                   "WHERE act.held_on != a.attended_on OR act.cancelled") == 0
        for table in ("activity_series", "activity", "attendance"):
            rows = one(f"SELECT count(*) FROM {table}")
            assert rows > 0
            assert one(f"SELECT count(*) FROM {table} t JOIN outbox o ON o.row_id = t.id AND o.table_name = "
                       f"'{table}' AND o.version = t.version AND o.hlc = t.hlc AND o.op = 'insert' "
                       f"WHERE t.version = 1 AND t.owner_site = '{DEMO_SITE}'") == rows
        assert one("SELECT count(DISTINCT seq) FROM outbox") == one("SELECT count(*) FROM outbox")


def test_same_seed_same_activities(small_demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    def shape(services) -> list[tuple[object, ...]]:  # type: ignore[no-untyped-def]
        today = center_today()
        return [(a.held_on, a.name, a.kind, a.cancelled, a.anonymous_count, a.attendees)
                for a in services.activities.between(today - timedelta(days=730), today)]

    again = []
    for seed in (5, 6):
        paths = resolve(tmp_path / str(seed), demo=True)
        paths.ensure()
        build_demo_database(paths, participants=SMALL, seed=seed, load_directory=load_sample_directory)
        services = sign_in(paths, "admin", "demo")
        try:
            again.append(shape(services))
        finally:
            services.close()
    assert shape(small_demo) == again[0]
    assert again[1] != again[0]  # the seed, not a constant, decides


# -- written a chunk at a time ------------------------------------------------------------------------------


def _content(services) -> list[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    """Every bulk-written row, from its outbox entry in the order written, with what differs from build to build
    taken out: ids become the order they first appear in, clock stamps go. Checked against the tables too."""
    import json
    import re

    from sqlalchemy import text

    bulk = ("participant", "intake", "recovery_capital_assessment", "activity_series", "activity", "attendance")
    uuid = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
    names: dict[str, str] = {}

    def canonical(value: object) -> object:
        if isinstance(value, str) and uuid.match(value):
            return names.setdefault(value, f"#{len(names)}")
        return value

    with services.store.read() as session:
        conn = session.connection()
        entries = conn.execute(text(
            f"SELECT table_name, payload, row_id FROM outbox WHERE table_name IN {bulk} ORDER BY seq")).all()
        for table in bulk:
            stored = int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar() or 0)
            assert stored == sum(entry[0] == table for entry in entries)
        fts = conn.execute(text("SELECT p.id FROM participant_fts f JOIN participant p ON p.rowid = f.rowid "
                                "WHERE participant_fts MATCH 'ma*' ORDER BY p.sort_name, p.created_at")).all()
    content: list[tuple[object, ...]] = []
    for table, payload, _row_id in entries:
        row = json.loads(payload)
        row.pop("hlc")
        content.append((table, tuple((key, canonical(value)) for key, value in row.items())))
    content.append(("fts", tuple(sorted(str(canonical(pid)) for (pid,) in fts))))
    return content


def test_demo_is_written_a_chunk_at_a_time_with_the_same_content(small_demo, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Memory stays flat because the writer never holds more than a chunk of rows, whatever the number of
    people; and where the chunks end changes nothing in what is written for a seed."""
    from rosc_desktop.services import demo_rows

    writers: list[demo_rows.BulkRows] = []
    real_init = demo_rows.BulkRows.__init__

    def spy(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        real_init(self, *args, **kwargs)
        writers.append(self)

    monkeypatch.setattr(demo_rows, "CHUNK_ROWS", 40)
    monkeypatch.setattr(demo_rows.BulkRows, "__init__", spy)
    paths = resolve(tmp_path, demo=True)
    paths.ensure()
    build_demo_database(paths, participants=SMALL, seed=5, load_directory=load_sample_directory)
    people, activities = writers
    assert people.chunks >= SMALL * 2 // 40 and activities.chunks > 20
    # A chunk ends at the first person or activity past the limit: one person's rows, or one drop-in's crowd.
    assert max(people.largest_chunk, activities.largest_chunk) < 40 + 100
    services = sign_in(paths, "admin", "demo")
    try:
        small = _content(services)
    finally:
        services.close()
    whole = _content(small_demo)  # built with the default chunk, which holds all of a small demo at once
    assert len(whole) > 1000 and any(table == "attendance" for table, _ in whole)
    assert whole[-1][1]  # the search index found people
    assert small == whole


def test_plans_skip_the_disk_wait_only_while_the_demo_is_built(small_demo) -> None:  # type: ignore[no-untyped-def]
    """A half-built demo is built again from the start, so its many small commits need not wait for the disk;
    once the build is past them, every connection waits again (FULL), the final checkpoint included."""
    from sqlalchemy import text

    from rosc_desktop.services.demo import _unsynced

    def synchronous() -> int:
        with small_demo.store.read() as session:
            return int(session.connection().execute(text("PRAGMA synchronous")).scalar() or 0)

    assert synchronous() == 2
    with _unsynced(small_demo.store):
        assert synchronous() == 0
    assert synchronous() == 2


def test_demo_people_are_registered_on_their_own_day_west_of_utc(tmp_path: Path, set_zone) -> None:  # type: ignore[no-untyped-def]
    """The Overview's "Registered" date is the one the generator drew, on the center's calendar, even where
    midnight UTC is still the afternoon before (Honolulu)."""
    from sqlalchemy import select

    from rosc_desktop.clock import local_date
    from rosc_desktop.model import Participant
    from rosc_desktop.services.demo_rows import people

    set_zone("UTC-10")
    paths = resolve(tmp_path / "demo", demo=True)
    paths.ensure()
    build_demo_database(paths, participants=12, seed=9, load_directory=load_sample_directory)
    services = sign_in(paths, "admin", "demo")
    try:
        with services.store.read() as session:
            shown = sorted(local_date(at) for at in session.execute(select(Participant.created_at)).scalars())
    finally:
        services.close()
    assert shown == sorted(person["registered"] for person in people(12, 9))
