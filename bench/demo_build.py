"""Demo build: time and peak memory of build_demo_database against executemany of the same rows.

    .venv/bin/python bench/demo_build.py [--people 100000] [--runs 1] [--data-dir DIR] [--json]

Two fresh Python processes, each reporting its own peak RSS (VmHWM, Linux: the ru_maxrss getrusage would
give its parent, read by the child itself so the app's and the baseline's peaks are never mixed):
  - app:   services.demo.build_demo_database into DIR/demo-N (which the other benchmarks then reuse; an
           existing one is built again);
  - base:  a new empty center (made beforehand, in its own process), then every row of the built demo inserted
           into it table by table with executemany, in one transaction (FTS triggers fire as in the app). The
           rows are read from the demo a chunk at a time with the clock stopped, so the baseline's time is the
           inserts alone and its peak is that of a streamed copy, not of the largest table held at once.
With --runs N each side runs N times and the medians are reported. Ratios are printed, since these machines
are shared; the memory goal (200 MiB) is absolute. --participants is the older spelling of --people.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r'''
import json, sys, time
from pathlib import Path
mode, folder, participants = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
CHUNK = 5000
from rosc_desktop.paths import AppPaths

def hwm_mib():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")

demo = AppPaths(folder / f"demo-{participants}")
if mode == "app":
    from rosc_desktop.services.demo import build_demo_database
    from rosc_desktop.sync.sample_directory import load_sample_directory
    demo.ensure()
    before = hwm_mib()
    started = time.perf_counter()
    build_demo_database(demo, participants=participants, seed=7, force=True, load_directory=load_sample_directory)
    seconds = time.perf_counter() - started
elif mode == "empty":
    from rosc_desktop.services.session import create_center
    services, _ = create_center(AppPaths(folder / "demo-baseline").ensure(), center_name="Baseline",
                                site_code="BASE-01", admin_username="admin", admin_display_name="Baseline Admin",
                                password="correct horse battery")
    services.close()
    sys.exit(0)
else:
    import sqlcipher3
    from rosc_desktop.store.keyring import KeyRing

    def open_raw(paths, username, password):
        key = KeyRing.load(paths.keyring).unlock(username, password)
        conn = sqlcipher3.connect(str(paths.database), isolation_level=None)
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        return conn

    source = open_raw(demo, "admin", "demo")  # the demo's sign-in (services.session.DEMO_*)
    target = open_raw(AppPaths(folder / "demo-baseline"), "admin", "correct horse battery")
    tables = [name for (name,) in source.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
        "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' AND name != 'alembic_version' ORDER BY rootpage")]
    target.execute("PRAGMA foreign_keys = OFF")  # parents and children arrive table by table, as stored
    before = hwm_mib()
    seconds = 0.0
    target.execute("BEGIN IMMEDIATE")
    for table in tables:
        # Read outside the clock: the baseline is the cost of inserting rows already in hand, as the build has them.
        cursor = source.execute(f"SELECT * FROM {table}")
        columns = [d[0] for d in cursor.description]
        insert = f"INSERT OR IGNORE INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        while rows := cursor.fetchmany(CHUNK):
            started = time.perf_counter()
            target.executemany(insert, rows)
            seconds += time.perf_counter() - started
        del rows
    started = time.perf_counter()
    target.execute("COMMIT")
    seconds += time.perf_counter() - started
    target.close(); source.close()
print(json.dumps({"seconds": seconds, "peak_mib": hwm_mib(), "before_mib": before}))
'''


def run_child(mode: str, folder: Path, participants: int) -> dict[str, float]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    # cwd too: `python -c` puts the current folder first on sys.path, before PYTHONPATH.
    out = subprocess.run([sys.executable, "-c", CHILD, mode, str(folder), str(participants)], env=env, cwd=ROOT,
                         capture_output=True, text=True, timeout=3600)
    if out.returncode != 0:
        raise RuntimeError(f"demo_build {mode} failed:\n{out.stderr[-3000:]}")
    figures: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1]) if mode != "empty" else {}
    return figures


def measure(folder: Path, participants: int) -> dict[str, dict[str, float]]:
    """Build the demo in folder/demo-N, then time the raw copy of its rows; the copy is removed afterwards."""
    app = run_child("app", folder, participants)
    try:
        run_child("empty", folder, participants)
        base = run_child("base", folder, participants)
    finally:
        shutil.rmtree(folder / "demo-baseline", ignore_errors=True)
    return {"app": app, "base": base}


def median_of(runs: list[dict[str, dict[str, float]]]) -> dict[str, dict[str, float]]:
    """Each figure's median over the runs (app and baseline alternate, so both see the same machine load)."""
    return {side: {key: statistics.median(run[side][key] for run in runs) for key in runs[0][side]}
            for side in ("app", "base")}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", "--participants", dest="participants", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=1, help="runs of each side; medians are reported")
    parser.add_argument("--data-dir", default=os.environ.get("ROSC_BENCH_DIR", "/tmp/rosc-bench"))
    parser.add_argument("--json", action="store_true", help="end with one JSON line of the figures")
    args = parser.parse_args()
    folder = Path(args.data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    f = median_of([measure(folder, args.participants) for _ in range(max(1, args.runs))])
    app, base = f["app"], f["base"]
    print(f"participants: {args.participants}" + (f" (median of {args.runs} runs)" if args.runs > 1 else ""))
    print(f"build_demo_database        {app['seconds']:7.1f} s  peak RSS {app['peak_mib']:5.0f} MiB")
    print(f"executemany of the rows    {base['seconds']:7.1f} s  peak RSS {base['peak_mib']:5.0f} MiB")
    print(f"ratio                      {app['seconds'] / base['seconds']:7.1f}x  memory "
          f"{app['peak_mib'] / base['peak_mib']:.1f}x")
    if args.json:
        # "app" and "base" (seconds, peak_mib) are what run_all.py reads; the rest is the common benchmark line.
        print(json.dumps({**f, "measure": f"demo build, {args.participants} people", "baseline": f["base"],
                          "ratio": {"time": app["seconds"] / base["seconds"],
                                    "memory": app["peak_mib"] / base["peak_mib"]},
                          "goal": {"time": "<= 4x", "peak_mib": "<= 200 MiB"}, "runs": args.runs}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
