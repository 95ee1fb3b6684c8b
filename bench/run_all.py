"""Every speed benchmark in one run, and one table of where the app stands against its raw baselines (issue 19).

    .venv/bin/python bench/run_all.py [--quick] [--only NAME[,NAME]] [--json FILE]

Runs the benchmark scripts beside this file, each in its own process with --json, all on offscreen Qt and
in one temporary data folder that is removed at the end, then prints one table:
    measure | app | baseline | ratio | goal | met
where "baseline" is the raw floor for the same work measured in the same run (a bare window, a plain FTS5
query, executemany, `age` on a pipe), so the ratio is what to read on a shared, noisy machine. The eco-map's
goal and the demo build's memory goal are absolute (8 ms a frame, 200 MiB); their ratio is to the 16.7 ms frame
budget and to the baseline's peak.

Names for --only: demo, search, start, signin, memory, ecomap, bundle. The demo database the demo build makes
is reused by search, start, signin and memory (each builds one itself when run alone). --quick uses small
sizes (10,000 participants, 1,000 bundle people, fewer runs) for a smoke run of a few minutes.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
NAMES = ("demo", "search", "start", "signin", "memory", "ecomap", "bundle")
FRAME_BUDGET = 1 / 60
TYPING_MS = 4000


@dataclass
class Row:
    measure: str
    app: str
    baseline: str
    ratio: float | None
    goal: str
    met: bool | None


@dataclass
class Sizes:
    participants: int
    bundle_people: int
    start_runs: int
    signin_runs: int
    bundle_runs: int
    search_names: int


FULL = Sizes(participants=100_000, bundle_people=5000, start_runs=5, signin_runs=3, bundle_runs=3, search_names=200)
QUICK = Sizes(participants=10_000, bundle_people=1000, start_runs=2, signin_runs=1, bundle_runs=1, search_names=60)


def run_script(script: str, *args: object) -> dict[str, Any]:
    """Run bench/<script> with --json; its last stdout line is the figures. Its own report goes to stderr."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    command = [sys.executable, str(HERE / script), "--json", *map(str, args)]
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, cwd=ROOT)
    print(done.stdout.rstrip(), file=sys.stderr)
    if done.returncode != 0:
        raise RuntimeError(f"{script} failed (exit {done.returncode}):\n{done.stderr[-2000:]}")
    print(f"  [{script}: {time.perf_counter() - started:.0f} s]\n", file=sys.stderr, flush=True)
    figures: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def ratio_row(measure: str, app: float, base: float, limit: float, unit: Any = ms, base_note: str = "") -> Row:
    ratio = app / base
    return Row(measure, unit(app), unit(base) + base_note, ratio, f"<= {limit:g}x", ratio <= limit)


def mib(value: float) -> str:
    return f"{value:.0f} MiB"


def demo_rows(data: Path, sizes: Sizes) -> list[Row]:
    f = run_script("demo_build.py", "--participants", sizes.participants, "--data-dir", data)
    app, base = f["app"], f["base"]
    n = f"{sizes.participants:,}"
    return [ratio_row(f"demo build, {n} people: time", app["seconds"], base["seconds"], 4,
                      base_note=" (executemany)"),
            Row(f"demo build, {n} people: peak memory", mib(app["peak_mib"]), mib(base["peak_mib"]),
                app["peak_mib"] / base["peak_mib"], "<= 200 MiB", app["peak_mib"] <= 200)]


def search_rows(data: Path, sizes: Sizes) -> list[Row]:
    f = run_script("search_latency.py", "--participants", sizes.participants, "--data-dir", data,
                   "--names", sizes.search_names)
    rows = []
    for letters, figures in sorted(f["p95"].items()):
        word = "letter" if letters == "1" else "letters"
        rows.append(ratio_row(f"participant search, {letters} {word}, p95", figures["app"], figures["raw_top50"], 2,
                              base_note=" (FTS5 top 50)"))
    return rows


def start_rows(data: Path, sizes: Sizes) -> list[Row]:
    f = run_script("cold_start.py", "--participants", sizes.participants, "--data-dir", data,
                   "--runs", sizes.start_runs)
    return [ratio_row("process start -> sign-in painted", f["signin"], f["bare"], 1.3, base_note=" (bare window)"),
            floor_row("  floor: bare window + a six-widget form", f["form"], f["bare"], ms)]


def floor_row(measure: str, floor: float, base: float, unit: Any) -> Row:
    """What the design costs with none of the app's code (bench/cold_start.py): a goal below it cannot be met."""
    return Row(measure, unit(floor), unit(base), floor / base, "(floor)", None)


def signin_rows(data: Path, sizes: Sizes, want: set[str]) -> list[Row]:
    f = run_script("cold_start.py", "--participants", sizes.participants, "--data-dir", data,
                   "--runs", sizes.signin_runs)
    rows = []
    if "signin" in want:
        rows.append(ratio_row("sign-in -> Today painted, pressed at once", f["today"], f["raw"], 1.2,
                              base_note=" (Argon2id+open+query)"))
        rows.append(floor_row("  floor: the same + importing the database stack", f["raw"] + f["stack_import"],
                              f["raw"], ms))
        # A person takes a few seconds to type a name and a password: what the screen loads meanwhile is ready.
        typed = run_script("cold_start.py", "--participants", sizes.participants, "--data-dir", data,
                           "--runs", sizes.signin_runs, "--typing-ms", TYPING_MS)
        rows.append(ratio_row(f"sign-in -> Today painted, after {TYPING_MS / 1000:g} s of typing", typed["today"],
                              typed["raw"], 1.2, base_note=" (Argon2id+open+query)"))
    if "memory" in want:
        rows.append(ratio_row("GUI memory idle after sign-in", f["app_rss_mib"], f["bare_rss_mib"], 2.5, unit=mib,
                              base_note=" (bare window)"))
        rows.append(floor_row("  floor: bare window + the database stack", f["stack_rss_mib"], f["bare_rss_mib"],
                              mib))
    return rows


def ecomap_rows() -> list[Row]:
    f = run_script("ecomap.py", "--members", 300)
    zoom = f["zoom"]
    return [Row("eco-map zoom step + frame, 300 members", ms(zoom), "16.7 ms (60 Hz frame)", zoom / FRAME_BUDGET,
                "<= 8 ms", zoom <= 0.008)]


def bundle_rows(data: Path, sizes: Sizes) -> list[Row]:
    f = run_script("sync_bundle.py", "--participants", sizes.bundle_people, "--data-dir", data,
                   "--runs", sizes.bundle_runs, "--big-mb", 16)
    n = f"{sizes.bundle_people:,}"
    return [ratio_row(f"bundle export, {n} people ({f['rows']:,} rows)", f["export"], f["base_a"], 2,
                      base_note=" (JSONL piped to age)"),
            ratio_row("bundle import into an empty hub", f["import"], f["base_b"], 2,
                      base_note=" (executemany)")]


def failed(measure: str, error: Exception) -> Row:
    print(f"!! {measure}: {error}", file=sys.stderr, flush=True)
    return Row(measure, "FAILED", "", None, "", None)


def table(rows: list[Row]) -> str:
    header = ("measure", "app", "baseline", "ratio", "goal", "met")
    cells = [header] + [(r.measure, r.app, r.baseline, "" if r.ratio is None else f"{r.ratio:.2f}x", r.goal,
                         "" if r.met is None else ("yes" if r.met else "NO")) for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(row, widths)) + " |" for row in cells]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run of a few minutes")
    parser.add_argument("--only", default="", help="comma-separated: " + ", ".join(NAMES))
    parser.add_argument("--json", metavar="FILE", help="also save the table as JSON")
    args = parser.parse_args()
    want = set(filter(None, (n.strip() for n in args.only.split(",")))) or set(NAMES)
    unknown = want - set(NAMES)
    if unknown:
        parser.error(f"unknown names: {', '.join(sorted(unknown))} (choose from {', '.join(NAMES)})")
    sizes = QUICK if args.quick else FULL
    sys.path.insert(0, str(ROOT))
    from bench.installed import compile_app

    compile_app()  # every benchmark times the app from bytecode, as it is installed (bench/installed.py)

    started = time.perf_counter()
    data = Path(tempfile.mkdtemp(prefix="rosc-run-all-"))
    rows: list[Row] = []
    steps: list[tuple[str, Any]] = [
        ("demo", lambda: demo_rows(data, sizes)),
        ("search", lambda: search_rows(data, sizes)),
        ("start", lambda: start_rows(data, sizes)),
        ("signin+memory", lambda: signin_rows(data, sizes, want)),
        ("ecomap", ecomap_rows),
        ("bundle", lambda: bundle_rows(data, sizes)),
    ]
    try:
        for name, step in steps:
            if not want & set(name.split("+")):
                continue
            print(f"== {name} ==", file=sys.stderr, flush=True)
            try:
                rows += step()
            except Exception as error:  # one broken benchmark should not hide the others' figures
                rows.append(failed(name, error))
    finally:
        shutil.rmtree(data, ignore_errors=True)

    minutes = (time.perf_counter() - started) / 60
    print(f"\nROSC Desktop against its raw baselines ({'quick' if args.quick else 'full'} sizes: "
          f"{sizes.participants:,} participants, {sizes.bundle_people:,} bundle people; {minutes:.1f} min, "
          f"{os.cpu_count()} CPUs)")
    print(table(rows))
    met = [r.met for r in rows if r.met is not None]
    print(f"goals met: {sum(met)} of {len(met)}")
    if args.json:
        Path(args.json).write_text(json.dumps({"quick": args.quick, "sizes": asdict(sizes), "minutes": minutes,
                                               "rows": [asdict(r) for r in rows]}, indent=2) + "\n")
    return 0 if all(r.app != "FAILED" for r in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
