"""The month's report at 100,000 participants and two years of activity: the app against one raw SQL script.

    .venv/bin/python bench/report.py [--participants 100000] [--data-dir DIR] [--repeat 5]

Builds (or reuses) a demo database, then, for the latest full calendar month, times
  - app:  services.reports.center(first, last), every measure of services.measures, through the ORM session;
  - raw:  one hand-written SELECT computing the same aggregates (one scalar subquery each), run on the DB-API
          connection under the store's own engine, so the cipher, cache and file are the same;
best of --repeat runs each, and prints their ratio, since these machines are shared and only ratios travel.
Then each measure's statement alone (to show which one dominates, with its EXPLAIN QUERY PLAN), the slowest
again with CANDIDATE_INDEXES (dropped again after, so the cached database stays as the migrations made it),
and services.reports.trend over 12 months against the statements its two figures need. The raw script's
counts are checked against the app's figures.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rosc_desktop.clock import center_today  # noqa: E402
from rosc_desktop.paths import AppPaths  # noqa: E402
from rosc_desktop.services import measures  # noqa: E402
from rosc_desktop.services.demo import build_demo_database  # noqa: E402
from rosc_desktop.services.session import DEMO_PASSWORD, DEMO_USERNAME, database_exists, sign_in  # noqa: E402
from rosc_desktop.sync.sample_directory import load_sample_directory  # noqa: E402

# The same aggregates as services.measures, written plainly for this one database (every site, live rows).
RAW_SCRIPT = """
SELECT
  (SELECT count(*) FROM (
      SELECT c.participant_id FROM check_in c JOIN participant p ON p.id = c.participant_id AND p.deleted_at IS NULL
      WHERE c.deleted_at IS NULL AND c.occurred_at BETWEEN :since AND :until
      UNION
      SELECT a.participant_id FROM attendance a JOIN participant p ON p.id = a.participant_id AND p.deleted_at IS NULL
      JOIN activity act ON act.id = a.activity_id AND act.deleted_at IS NULL AND NOT act.cancelled
      WHERE a.deleted_at IS NULL AND a.attended_on BETWEEN :first AND :last)) AS enrolled,
  (SELECT coalesce(sum(anonymous_count), 0) FROM activity
   WHERE deleted_at IS NULL AND NOT cancelled AND held_on BETWEEN :first AND :last) AS anonymous,
  (SELECT count(*) FROM activity
   WHERE deleted_at IS NULL AND NOT cancelled AND held_on BETWEEN :first AND :last) AS activities,
  (SELECT count(*) FROM attendance a JOIN participant p ON p.id = a.participant_id AND p.deleted_at IS NULL
   JOIN activity act ON act.id = a.activity_id AND act.deleted_at IS NULL AND NOT act.cancelled
   WHERE a.deleted_at IS NULL AND act.held_on BETWEEN :first AND :last) AS named_attendance,
  (SELECT count(*) FROM participant WHERE deleted_at IS NULL AND created_at BETWEEN :since AND :until) AS new,
  (SELECT count(*) FROM check_in c JOIN participant p ON p.id = c.participant_id AND p.deleted_at IS NULL
   WHERE c.deleted_at IS NULL AND c.occurred_at BETWEEN :since AND :until) AS contacts,
  (SELECT count(*) FROM referral r JOIN participant p ON p.id = r.participant_id AND p.deleted_at IS NULL
   WHERE r.deleted_at IS NULL AND r.made_on BETWEEN :first AND :last) AS referrals,
  (SELECT count(*) FROM (SELECT r.id FROM referral r JOIN participant p ON p.id = r.participant_id
                         AND p.deleted_at IS NULL
                         JOIN referral_event e ON e.referral_id = r.id AND e.deleted_at IS NULL
                         AND e.status = 'connected'
                         WHERE r.deleted_at IS NULL GROUP BY r.id
                         HAVING min(e.occurred_on) BETWEEN :first AND :last)) AS connected,
  (SELECT count(*) FROM (
      SELECT r.participant_id FROM recovery_capital_assessment r
      JOIN participant p ON p.id = r.participant_id AND p.deleted_at IS NULL
      WHERE r.deleted_at IS NULL AND r.assessed_on <= :last
      GROUP BY r.participant_id HAVING count(*) >= 2 AND max(r.assessed_on) >= :first)) AS barc_paired,
  (SELECT count(*) FROM gas_review v JOIN goal g ON g.id = v.goal_id AND g.deleted_at IS NULL
   WHERE v.deleted_at IS NULL AND v.reviewed_on <= :last AND g.participant_id IN (
       SELECT g2.participant_id FROM gas_review v2 JOIN goal g2 ON g2.id = v2.goal_id
       WHERE v2.deleted_at IS NULL AND v2.reviewed_on BETWEEN :first AND :last)) AS gas_rows,
  (SELECT count(*) FROM network_member m JOIN participant p ON p.id = m.participant_id AND p.deleted_at IS NULL
   WHERE m.deleted_at IS NULL AND m.added_on BETWEEN :first AND :last
     AND (m.removed_on IS NULL OR m.removed_on > :last)) AS members_added,
  (SELECT count(*) FROM (SELECT m.participant_id FROM network_member m
                         JOIN participant p ON p.id = m.participant_id AND p.deleted_at IS NULL
                         WHERE m.deleted_at IS NULL GROUP BY m.participant_id, m.domain
                         HAVING min(m.added_on) BETWEEN :first AND :last)) AS life_areas,
  (SELECT count(*) FROM setback_event s JOIN participant p ON p.id = s.participant_id AND p.deleted_at IS NULL
   WHERE s.deleted_at IS NULL AND s.occurred_on BETWEEN :first AND :last) AS reconvenings,
  (SELECT count(*) FROM consent c JOIN participant p ON p.id = c.participant_id AND p.deleted_at IS NULL
   WHERE c.deleted_at IS NULL AND c.effective_on <= :last AND (c.expires_on IS NULL OR c.expires_on >= :last)
     AND (c.revoked_on IS NULL OR c.revoked_on > :last)) AS consents
"""

# Each measure's own statement, timed alone to find the one that dominates.
STATEMENTS = {
    "people_served (enrolled seen)": f"SELECT count(*) FROM ({measures.ENROLLED_SEEN_SQL}) AS seen",
    "activities_held + attendance": measures.ACTIVITIES_SQL,
    "new_participants": measures.NEW_PARTICIPANTS_SQL,
    "contacts": measures.CONTACTS_SQL,
    "referrals_made": measures.REFERRALS_MADE_SQL,
    "referrals_connected": measures.CONNECTED_SQL,
    "barc10_change": measures.BARC_CHANGE_SQL,
    "gas_change (rows)": measures.GAS_ROWS_SQL,
    "network_members_added": measures.MEMBERS_ADDED_SQL,
    "life_areas_gained": measures.LIFE_AREAS_SQL,
    "reconvenings": measures.RECONVENINGS_SQL,
    "consents_active": measures.CONSENTS_SQL,
}


# What bench/report.py found to make the slow statements quick (the migration is the store's owner's to write).
CANDIDATE_INDEXES = [
    "CREATE INDEX bench_participant_created ON participant (created_at, owner_site) WHERE deleted_at IS NULL",
    "CREATE INDEX bench_rca_day ON recovery_capital_assessment (assessed_on, participant_id) "
    "WHERE deleted_at IS NULL",
    "CREATE INDEX bench_rca_person ON recovery_capital_assessment (participant_id, assessed_on, created_at, total) "
    "WHERE deleted_at IS NULL",
]


def drop_candidate_indexes(raw) -> None:  # type: ignore[no-untyped-def]
    for ddl in CANDIDATE_INDEXES:
        raw.execute(f"DROP INDEX IF EXISTS {ddl.split()[2]}")
    raw.commit()


def trend_months(last: date, months: int) -> list[tuple[date, date]]:
    periods = []
    end = last
    for _ in range(months):
        periods.append((end.replace(day=1), end))
        end = end.replace(day=1) - timedelta(days=1)
    return list(reversed(periods))


def best_of(repeat: int, work: Callable[[], object]) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeat):
        started = time.perf_counter()
        result = work()
        best = min(best, time.perf_counter() - started)
    return best, result


def latest_full_month(today: date) -> tuple[date, date]:
    last = today.replace(day=1) - timedelta(days=1)
    return last.replace(day=1), last


def open_demo(participants: int, data_dir: str):  # type: ignore[no-untyped-def]
    paths = AppPaths(Path(data_dir) / f"report-demo-{participants}").ensure()
    if database_exists(paths):
        services = sign_in(paths, DEMO_USERNAME, DEMO_PASSWORD)
        with services.store.engine.connect() as conn:
            has_activities = conn.exec_driver_sql("SELECT count(*) FROM activity").scalar()
        if has_activities:
            return services
        services.close()  # built before the demo had activities: build it again
    print(f"building a demo database of {participants} participants with two years of activity …", flush=True)
    report = build_demo_database(paths, participants=participants, seed=7, force=database_exists(paths),
                                 load_directory=load_sample_directory)
    print(f"  built in {report.seconds:.1f} s")
    return sign_in(paths, DEMO_USERNAME, DEMO_PASSWORD)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=100_000)
    parser.add_argument("--data-dir", default=os.environ.get("ROSC_BENCH_DIR", "/tmp/rosc-bench"))
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    services = open_demo(args.participants, args.data_dir)
    first, last = latest_full_month(center_today())
    params = measures.Period(first, last).params("")
    engine_conn = services.store.engine.connect()
    raw = engine_conn.connection.driver_connection  # the store's own sqlcipher3 connection
    try:
        drop_candidate_indexes(raw)  # left behind by a run that was killed
        with services.store.engine.connect() as conn:
            sizes = {table: conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() for table in
                     ("participant", "activity", "attendance", "check_in", "recovery_capital_assessment")}
        print(f"period {first} – {last}; rows: " + ", ".join(f"{t} {n}" for t, n in sizes.items()))

        app_time, report = best_of(args.repeat, lambda: services.reports.center(first, last))
        raw_time, row = best_of(args.repeat, lambda: raw.execute(RAW_SCRIPT, params).fetchone())
        print(f"app services.reports.center   {app_time * 1000:8.1f} ms")
        print(f"raw one SQL script (baseline) {raw_time * 1000:8.1f} ms")
        print(f"ratio app/raw                 {app_time / raw_time:8.2f}x")
        check(report.figures, row)  # type: ignore[union-attr, arg-type]

        print("each measure's statement alone (best of runs), slowest first:")
        timed = sorted(((best_of(args.repeat, lambda sql=sql: raw.execute(sql, params).fetchall())[0], name, sql)
                        for name, sql in STATEMENTS.items()), reverse=True)
        for seconds, name, _sql in timed:
            print(f"  {name:32} {seconds * 1000:8.1f} ms  {seconds / app_time:5.0%} of the app's report")
        seconds, name, sql = timed[0]
        print(f"query plan of the slowest ({name}):")
        for plan_row in raw.execute(f"EXPLAIN QUERY PLAN {sql}", params).fetchall():
            print(f"    {plan_row[-1]}")

        print("with the candidate indexes (dropped again after):")
        try:
            for ddl in CANDIDATE_INDEXES:
                raw.execute(ddl)
            raw.commit()
            for seconds, name, sql in timed[:3]:
                after = best_of(args.repeat, lambda sql=sql: raw.execute(sql, params).fetchall())[0]
                print(f"  {name:32} {seconds * 1000:8.1f} ms -> {after * 1000:8.1f} ms")
            indexed = best_of(args.repeat, lambda: services.reports.center(first, last))[0]
            print(f"  app services.reports.center    {app_time * 1000:8.1f} ms -> {indexed * 1000:8.1f} ms")
        finally:
            drop_candidate_indexes(raw)

        trend_time, points = best_of(max(1, args.repeat // 2), lambda: services.reports.trend(last, 12))
        print(f"app services.reports.trend(12 months) {trend_time * 1000:8.1f} ms "
              f"({trend_time / 12 / app_time:.2f}x one month's report per month; "
              f"people served {[p.people_served for p in points]})")  # type: ignore[union-attr]
        # The trend shows two figures; computing only the statements behind them is what it needs.
        months = trend_months(last, 12)
        own = [f"SELECT count(*) FROM ({measures.ENROLLED_SEEN_SQL}) AS seen", measures.ACTIVITIES_SQL,
               measures.CONTACTS_SQL]
        two_time = best_of(args.repeat, lambda: [raw.execute(sql, measures.Period(s, e).params("")).fetchall()
                                                 for s, e in months for sql in own])[0]
        print(f"raw: only people served + contacts for 12 months {two_time * 1000:8.1f} ms")
    finally:
        engine_conn.close()
        services.close()
    return 0


def check(figures: dict[str, measures.Figure], row: tuple[int, ...]) -> None:
    """The baseline must count what the app counts, or the ratio means nothing."""
    (enrolled, anonymous, activities, named, new, contacts, referrals, connected, barc_paired, _gas_rows,
     members_added, life_areas, reconvenings, consents) = row
    expected = {
        "people_served": enrolled + anonymous, "new_participants": new, "contacts": contacts,
        "activities_held": activities, "attendance": named + anonymous, "referrals_made": referrals,
        "referrals_connected": connected, "network_members_added": members_added,
        "life_areas_gained": life_areas, "reconvenings": reconvenings, "consents_active": consents,
    }
    wrong = {code: (figures[code].value, value) for code, value in expected.items() if figures[code].value != value}
    if figures["barc10_change"].rests_on != barc_paired:
        wrong["barc10_change people"] = (figures["barc10_change"].rests_on, barc_paired)
    if wrong:
        print(f"MISMATCH app vs raw: {wrong}")
    else:
        print("raw script's counts equal the app's figures: " + ", ".join(f"{k} {v}" for k, v in expected.items()))


if __name__ == "__main__":
    raise SystemExit(main())
