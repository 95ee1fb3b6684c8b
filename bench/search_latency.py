"""Search latency at 100,000 participants: the app's search service against a raw FTS5 query, same file.

    .venv/bin/python bench/search_latency.py [--participants 100000] [--data-dir DIR] [--json]

Builds (or reuses) a demo database, then replays what a person typing names does: every prefix of a few
hundred real names from the file ("m", "ma", "mar", … "maria l"). For each prefix it times
  - app:  services.participants.search(prefix) plus the first page of rows the list shows (50), and
  - raw:  one sqlcipher3 FTS5 MATCH with ORDER BY rank on a plain connection to the same file.
It reports p50/p95 for both and their ratio, since these machines are shared and only ratios travel.
--json adds one last line of JSON with, per prefix length 1/2/3, the app's p95 and that of the raw FTS5 prefix
query for the top 50 (the baseline bench/run_all.py compares against).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rosc_desktop.paths import AppPaths  # noqa: E402
from rosc_desktop.services.demo import build_demo_database  # noqa: E402
from rosc_desktop.services.session import DEMO_PASSWORD, DEMO_USERNAME, database_exists, sign_in  # noqa: E402
from rosc_desktop.store.search import match_expression  # noqa: E402
from rosc_desktop.sync.sample_directory import load_sample_directory  # noqa: E402

PAGE = 50


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def typed_prefixes(names: list[str]) -> list[str]:
    prefixes: list[str] = []
    for name in names:
        for end in range(1, min(len(name), 12) + 1):
            prefix = name[:end]
            if prefix.strip():
                prefixes.append(prefix)
    return prefixes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=100_000)
    parser.add_argument("--data-dir", default=os.environ.get("ROSC_BENCH_DIR", "/tmp/rosc-bench"))
    parser.add_argument("--names", type=int, default=200)
    parser.add_argument("--json", action="store_true", help="end with one JSON line of the figures")
    args = parser.parse_args()
    paths = AppPaths(Path(args.data_dir) / f"demo-{args.participants}").ensure()
    if not database_exists(paths):
        print(f"building a demo database of {args.participants} participants …", flush=True)
        report = build_demo_database(paths, participants=args.participants, seed=7,
                                     load_directory=load_sample_directory)
        print(f"  built in {report.seconds:.1f} s")
    services = sign_in(paths, DEMO_USERNAME, DEMO_PASSWORD)
    rng = random.Random(11)
    all_ids = services.participants.search("").ids
    sample = services.participants.rows(rng.sample(all_ids, min(args.names, len(all_ids))))
    prefixes = typed_prefixes([row.preferred_name for row in sample])
    prefixes += typed_prefixes([row.phone for row in sample if row.phone][:40])

    raw = services.store.raw_connection()
    app_times, raw_times = [], []
    by_length: dict[int, tuple[list[float], list[float]]] = {n: ([], []) for n in (1, 2, 3)}
    for prefix in prefixes:
        expression = match_expression(prefix)
        started = time.perf_counter()
        result = services.participants.search(prefix)
        services.participants.rows(result.ids[:PAGE])
        app_times.append(time.perf_counter() - started)
        if expression is None:
            continue
        started = time.perf_counter()
        raw.execute(
            "SELECT rowid FROM participant_fts WHERE participant_fts MATCH ? ORDER BY rank LIMIT 5001",
            (expression,),
        ).fetchall()
        raw_times.append(time.perf_counter() - started)
        if len(prefix) in by_length:
            app_n, raw_n = by_length[len(prefix)]
            app_n.append(app_times[-1])
            started = time.perf_counter()
            raw.execute("SELECT rowid FROM participant_fts WHERE participant_fts MATCH ? ORDER BY rank LIMIT 50",
                        (expression,)).fetchall()
            raw_n.append(time.perf_counter() - started)

    started = time.perf_counter()
    everyone = services.participants.search("")
    services.participants.rows(everyone.ids[:PAGE])
    full_list = time.perf_counter() - started
    raw.close()
    services.close()

    def ms(x: float) -> str:
        return f"{x * 1000:.2f} ms"

    a50, a95 = percentile(app_times, 0.5), percentile(app_times, 0.95)
    r50, r95 = percentile(raw_times, 0.5), percentile(raw_times, 0.95)
    print(f"participants: {len(all_ids)}, prefixes typed: {len(prefixes)}")
    print(f"app search + first page   p50 {ms(a50)}  p95 {ms(a95)}  mean {ms(statistics.mean(app_times))}")
    print(f"raw FTS5 MATCH (baseline) p50 {ms(r50)}  p95 {ms(r95)}")
    print(f"ratio app/raw             p50 {a50 / r50:.2f}x  p95 {a95 / r95:.2f}x")
    print(f"empty query (everyone by name) + first page: {ms(full_list)}")
    if args.json:
        print(json.dumps({"participants": len(all_ids), "prefixes": len(prefixes),
                          "p95": {n: {"app": percentile(a, 0.95), "raw_top50": percentile(r, 0.95), "count": len(a)}
                                  for n, (a, r) in by_length.items() if a}}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
