"""Sync bundle throughput: export and import of a 5,000-person center against raw serialise+encrypt and insert.

    .venv/bin/python bench/sync_bundle.py [--participants 5000] [--runs 3] [--big-mb auto] [--profile] [--json]

Builds a center (about 50 synchronised rows a person, with outbox entries like real edits; half the people
consented to the hub, half leave de-identified; see bench/sync_center.py) and an empty hub enrolled with it, then
times, median of --runs (each run printed):
  - export:   exchange.export_bundle center -> hub from a fresh copy of the center (and the file's size); a second
              export before the hub acknowledges, which also re-sends consented people's rows, is timed once apart;
  - base A:   the same outbox rows (one SELECT) written as JSON lines into `age -r <hub> -o out.age` by a pipe,
              the raw cost of "serialise + encrypt" (payload text copied as stored, no gzip); A+gz adds gzip
              level 6 in-process, to show what compression alone costs (the export deflates at level 1);
  - import:   exchange.import_bundle at a fresh copy of the empty hub, backup=False and backup=True (a bundle this
              large is read by a second process, sync/change_reader.py: its peak RSS is printed too);
  - base B:   the bundle's rows (newest version of each) inserted into a fresh copy of the same empty hub store
              with plain executemany, one INSERT per table, in one transaction.
Peak RSS of each export and import is read from /proc (Linux). Then, in child processes, a --big-mb section (default 1 GiB, 256 MiB when /tmp has under 5 GB free) is written
with bundle.write_bundle from a generator of 1 MiB chunks and read back with bundle.read_bundle; each phase's
peak RSS is compared with the same process's RSS before it. Ratios are printed because these machines are shared.
--profile adds cProfile's top costs of one export and one import. --json adds one last line of JSON with the
medians in seconds (read by bench/run_all.py).
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import io
import json
import os
import pstats
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey  # noqa: E402
from sqlmodel import SQLModel  # noqa: E402

from bench.installed import compile_app  # noqa: E402
from bench.sync_center import build_center  # noqa: E402
from rosc_desktop.paths import AppPaths  # noqa: E402
from rosc_desktop.services.session import create_center, sign_in  # noqa: E402
from rosc_desktop.sync import bundle as bundle_file  # noqa: E402
from rosc_desktop.sync import exchange, keys  # noqa: E402

CENTER, HUB = "BENCH-C1", "BENCH-HUB"
PASSWORD = "correct horse battery"
GIB = 1 << 30


def median_of(label: str, runs: list[float], extra: str = "") -> float:
    print(f"  {label:<26} " + "  ".join(f"{r:7.2f} s" for r in runs) + f"   median {statistics.median(runs):.2f} s"
          + (f"  {extra}" if extra else ""), flush=True)
    return statistics.median(runs)


def make_sites(root: Path, participants: int, seed: int) -> tuple[AppPaths, AppPaths, Any]:
    """The center with its data, and an enrolled empty hub closed on disk as a template to copy per run."""
    center_paths, hub_paths = AppPaths(root / "center").ensure(), AppPaths(root / "hub-template").ensure()
    center, _ = create_center(center_paths, center_name="Bench Center", site_code=CENTER, admin_username="admin",
                              admin_display_name="Bench Admin", password=PASSWORD)
    hub, _ = create_center(hub_paths, center_name="Bench Hub", site_code=HUB, admin_username="admin",
                           admin_display_name="Bench Admin", password=PASSWORD, is_hub=True)
    hub_card, center_card = keys.trust_card(hub), keys.trust_card(center)
    keys.enrol(center, hub_card.card_text, hub_card.fingerprint, "hub")
    keys.enrol(hub, center_card.card_text, center_card.fingerprint, "center")
    hub.close()
    started = time.perf_counter()
    counts = build_center(center, participants, seed)
    print(f"built {sum(counts.values()):,} rows for {participants:,} people in {time.perf_counter() - started:.1f} s: "
          + ", ".join(f"{t} {n:,}" for t, n in counts.most_common()), flush=True)
    consented = len(exchange.shareable_kinds(center))
    assert consented == (participants + 1) // 2, consented  # the bench measures the mix it claims to
    return center_paths, hub_paths, center


def fresh_copy(template: AppPaths, target: Path) -> Any:
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(template.root, target)
    return sign_in(AppPaths(target), "admin", PASSWORD, make_backup=False)


def outbox_range(center: Any) -> tuple[int, int]:
    conn = center.store.raw_connection()
    try:
        return conn.execute("SELECT min(seq), max(seq) FROM outbox WHERE origin = ?", (CENTER,)).fetchone()
    finally:
        conn.close()


def baseline_a(center: Any, out: Path, recipient: str, *, gz: bool) -> float:
    """SELECT the outbox rows, one JSON line each, piped into the age tool (optionally gzipped first)."""
    out.unlink(missing_ok=True)
    started = time.perf_counter()
    conn = center.store.raw_connection()
    age = subprocess.Popen(["age", "-r", recipient, "-o", str(out)], stdin=subprocess.PIPE)
    assert age.stdin is not None
    compressor = zlib.compressobj(6, zlib.DEFLATED, 31) if gz else None
    try:
        cursor = conn.execute("SELECT origin, seq, table_name, row_id, version, hlc, op, payload FROM outbox "
                              "WHERE origin = ? ORDER BY seq", (CENTER,))
        while batch := cursor.fetchmany(2000):
            text = "".join(f'{{"o":{json.dumps(o)},"s":{s},"t":{json.dumps(t)},"r":{json.dumps(r)},"v":{v},'
                           f'"h":{json.dumps(h)},"op":{json.dumps(op)},"p":{p}}}\n'
                           for o, s, t, r, v, h, op, p in batch).encode()
            age.stdin.write(compressor.compress(text) if compressor else text)
        if compressor:
            age.stdin.write(compressor.flush())
        age.stdin.close()
        if age.wait() != 0:
            raise RuntimeError("age failed")
    finally:
        conn.close()
    return time.perf_counter() - started


def bundle_rows(hub_template: AppPaths, bundle: Path, work: Path) -> dict[str, list[dict[str, Any]]]:
    """The rows an import applies (newest version of each), read from the bundle outside any timing."""
    hub = sign_in(hub_template, "admin", PASSWORD, make_backup=False)
    try:
        peer = keys.peer(hub, CENTER)
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(peer.ed25519_public))
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(mode=0o700)
        opened = bundle_file.read_bundle(bundle, keys.age_identities(hub), HUB, lambda _origin: key, work)
        newest: dict[tuple[str, str], dict[str, Any]] = {}
        with gzip.open(opened.sections[exchange.CHANGES].open(), "rb") as f:
            for line in f:
                change = json.loads(line)
                key_ = (change["t"], change["r"])
                if key_ not in newest or change["v"] > newest[key_]["v"]:
                    newest[key_] = change
    finally:
        hub.close()
        shutil.rmtree(work, ignore_errors=True)
    by_table: dict[str, list[dict[str, Any]]] = {}
    for change in newest.values():
        by_table.setdefault(change["t"], []).append(change["p"])
    return by_table


def baseline_b(hub: Any, rows: dict[str, list[dict[str, Any]]]) -> float:
    """Plain executemany of the payload values, one INSERT per table, parents first, one transaction."""
    order = [t for t in SQLModel.metadata.sorted_tables if t.name in rows]
    conn = hub.store.raw_connection()
    try:
        started = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        for table in order:
            columns = [c.key for c in table.columns]
            conn.executemany(
                f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                [tuple(json.dumps(v) if isinstance(v, (list, dict)) else v for v in (p[c] for c in columns))
                 for p in rows[table.name]])
        conn.execute("COMMIT")
        return time.perf_counter() - started
    finally:
        conn.close()


# ---------------------------------------------------------------------------------------------------- memory

CHILD = r'''
import json, resource, sys, time
from pathlib import Path
import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from rosc_desktop.sync import bundle as b

phase, size_mb, folder = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
secrets = json.loads((folder / "keys.json").read_text())
identity = pyrage.x25519.Identity.from_str(secrets["age"])
sign = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(secrets["ed25519"]))

def rss_mib():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux

before = rss_mib()
started = time.perf_counter()
if phase == "write":
    def chunks():
        block = bytearray(1 << 20)
        for i in range(size_mb):
            block[:8] = i.to_bytes(8, "little")
            yield bytes(block)
    fields = {"origin": "BIG-C", "recipient": "BIG-HUB", "schema_version": 7, "seq_from": 1, "seq_to": 1,
              "profile": "center-to-hub-v1"}
    b.write_bundle(folder / "big.age", fields, {"big.bin": chunks()}, sign, [identity.to_public()],
                   rows={"big.bin": 1})
    size = (folder / "big.age").stat().st_size
else:
    work = folder / "work"
    work.mkdir(mode=0o700)
    opened = b.read_bundle(folder / "big.age", identity, "BIG-HUB", lambda _o: sign.public_key(), work)
    size = opened.sections["big.bin"].size
print(json.dumps({"before": before, "peak": rss_mib(), "seconds": time.perf_counter() - started, "bytes": size}))
'''


# Linux folds the pre-exec copy of the parent's memory into the child's ru_maxrss: a child of this (large)
# process would start at this process's size. A small launcher in between gives the child an honest baseline.
LAUNCHER = "import subprocess, sys; sys.exit(subprocess.call(sys.argv[1:]))"


def big_bundle_memory(size_mb: int, folder: Path) -> dict[str, dict[str, float]]:
    import pyrage
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(mode=0o700, parents=True)
    sign = Ed25519PrivateKey.generate()
    raw = sign.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                             serialization.NoEncryption())
    secrets_file = folder / "keys.json"
    secrets_file.write_text(json.dumps({"age": str(pyrage.x25519.Identity.generate()), "ed25519": raw.hex()}))
    secrets_file.chmod(0o600)
    env = dict(os.environ, PYTHONPATH=str(ROOT), TMPDIR=str(folder))  # the spill file lands beside the bundle
    out = {}
    try:
        for phase in ("write", "read"):
            done = subprocess.run([sys.executable, "-c", LAUNCHER, sys.executable, "-c", CHILD, phase,
                                   str(size_mb), str(folder)], env=env, capture_output=True, text=True, check=True)
            out[phase] = json.loads(done.stdout.strip().splitlines()[-1])
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return out


def default_big_mb(folder: Path) -> tuple[int, str]:
    free = shutil.disk_usage(folder).free
    # The spill file, the bundle and the extracted section are on disk together: about three times the size.
    if free < 5 * 10**9:
        return 256, f"only {free / 10**9:.1f} GB free under {folder}: using 256 MiB instead of 1 GiB"
    return 1024, f"{free / 10**9:.0f} GB free under {folder}"


def profile_top(label: str, call: Any, n: int = 5) -> None:
    profiler = cProfile.Profile()
    profiler.runcall(call)
    text = io.StringIO()
    pstats.Stats(profiler, stream=text).sort_stats("tottime").print_stats(n)
    print(f"\ncProfile, {label} (top {n} by own time):")
    lines = text.getvalue().splitlines()
    start = next(i for i, line in enumerate(lines) if line.lstrip().startswith("ncalls"))
    print("\n".join(lines[start:start + n + 1]))


# ---------------------------------------------------------------------------------------------------- main


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--big-mb", default="auto", help="size of the memory test's section in MiB, or auto")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--json", action="store_true", help="end with one JSON line of the figures")
    parser.add_argument("--data-dir", default=os.environ.get("ROSC_BENCH_DIR", "/tmp/rosc-bench"))
    args = parser.parse_args()
    compile_app()  # the import's second process starts from bytecode, as an installed app's does
    base = Path(args.data_dir)
    base.mkdir(parents=True, exist_ok=True)
    root = Path(tempfile.mkdtemp(prefix="sync-bundle-", dir=base))
    try:
        return run(args, root)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def peak_reset() -> int | None:
    """Reset this process's peak RSS (Linux clear_refs 5) and give the current RSS in MiB; None elsewhere."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return _status_mib("VmRSS")
    except OSError:
        return None


def peak_since(before: int | None) -> int | None:
    return None if before is None else _status_mib("VmHWM") - before


def peak_text(peaks: list[int | None]) -> str:
    # Later runs reuse memory the allocator kept from the first, so the largest growth is the honest figure.
    known = [p for p in peaks if p is not None]
    return f"peak RSS +{max(known)} MiB" if known else "peak RSS not measured (no /proc)"


def watch_reader_peaks() -> list[int]:
    """The change reader's (sync/change_reader.py) peak RSS in MiB, sampled from /proc every 5,000 rows it sends:
    its ru_maxrss would start at this (large) process's size, as the LAUNCHER note above says."""
    from rosc_desktop.sync import change_reader

    peaks: list[int] = []
    real = change_reader.ChangeReader.changes

    def changes(self: Any, section: Any, limits: Any) -> Any:
        status = Path(f"/proc/{self._process.pid}/status")
        for n, change in enumerate(real(self, section, limits)):
            if n % 5000 == 0:
                try:
                    peaks.extend(int(line.split()[1]) // 1024 for line in status.read_text().splitlines()
                                 if line.startswith("VmHWM:"))
                except OSError:
                    pass  # not Linux, or it has just ended
            yield change

    change_reader.ChangeReader.changes = changes  # type: ignore[method-assign]
    return peaks


def _status_mib(key: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) // 1024
    raise OSError(key)


def run(args: argparse.Namespace, root: Path) -> int:
    center_paths, hub_template, center = make_sites(root, args.participants, args.seed)
    seq_from, seq_to = outbox_range(center)
    changes = seq_to - seq_from + 1
    recipient = str(keys.recipients_for(keys.peer(center, HUB))[0])
    center.close()
    print(f"outbox: seq {seq_from}..{seq_to} ({changes:,} changes)\n", flush=True)

    # Each run exports from a fresh copy of the center: a second export before the hub acknowledges also re-sends
    # every consented person's current rows (the refresh section), which is measured once, apart. The baselines
    # run right after each export so that load from other work on the machine falls on both alike.
    print("export center -> hub (each run: export, then A, then A+gz)")
    exports, a_runs, agz_runs, bundles = [], [], [], []
    peaks: list[int | None] = []
    for run_no in range(args.runs):
        center = fresh_copy(center_paths, root / "center-run")
        try:
            folder = root / f"usb-{run_no}"
            folder.mkdir()
            before = peak_reset()
            started = time.perf_counter()
            result = exchange.export_bundle(center, HUB, folder)
            exports.append(time.perf_counter() - started)
            peaks.append(peak_since(before))
            bundles.append(result.path)
            a_runs.append(baseline_a(center, root / "a.age", recipient, gz=False))
            a_size = (root / "a.age").stat().st_size
            agz_runs.append(baseline_a(center, root / "a.age", recipient, gz=True))
            agz_size = (root / "a.age").stat().st_size
            if run_no == args.runs - 1:
                folder = root / "usb-again"
                folder.mkdir()
                started = time.perf_counter()
                again = exchange.export_bundle(center, HUB, folder)
                again_s = time.perf_counter() - started
                again_size = again.path.stat().st_size
            if args.profile and run_no == 0:
                profile_top("export_bundle, second export (unacknowledged)",
                            lambda: exchange.export_bundle(center, HUB, root / "usb-0"))
        finally:
            center.close()
    size = bundles[0].stat().st_size
    export_s = median_of("export_bundle", exports, f"{size / 2**20:.1f} MiB, {result.changes:,} changes, "
                         f"{result.identified_people:,} identified / {result.deidentified_people:,} de-identified; "
                         + peak_text(peaks))
    a_s = median_of("base A: SELECT|JSONL|age", a_runs, f"{a_size / 2**20:.1f} MiB")
    agz_s = median_of("base A+gz", agz_runs, f"{agz_size / 2**20:.1f} MiB")
    print(f"  export again before the hub acknowledged: {again_s:.2f} s, {again_size / 2**20:.1f} MiB, "
          f"{again.refreshed:,} rows re-sent in the refresh section", flush=True)

    print("\nimport at a fresh copy of the empty hub (each run: backup=False, backup=True, then B)")
    # Base B's rows (the whole bundle as dicts, millions of objects) are held only while B runs: held through the
    # imports, every full garbage collection of the import walked them too (about a second of its time), a cost
    # that no center's import pays.
    rows = bundle_rows(hub_template, bundles[0], root / "work")
    applied = sum(len(v) for v in rows.values())
    del rows
    reader_peaks = watch_reader_peaks()
    imports: dict[bool, list[float]] = {False: [], True: []}
    import_peaks: list[int | None] = []
    b_runs = []
    for run_no in range(args.runs):
        for backup in (False, True):
            hub = fresh_copy(hub_template, root / "hub-run")
            try:
                before = peak_reset()
                started = time.perf_counter()
                report = exchange.import_bundle(hub, bundles[run_no], backup=backup)
                imports[backup].append(time.perf_counter() - started)
                if not backup:
                    import_peaks.append(peak_since(before))
            finally:
                hub.close()
            assert report.status == "applied" and report.new == applied, (report.status, report.new, applied)
        hub = fresh_copy(hub_template, root / "hub-run")
        rows = bundle_rows(hub_template, bundles[0], root / "work")
        try:
            b_runs.append(baseline_b(hub, rows))
        finally:
            hub.close()
            del rows
    import_s = median_of("import_bundle backup=False", imports[False], f"{applied:,} rows new; "
                         + peak_text(import_peaks) + "; the change reader's process "
                         + (f"peak RSS {max(reader_peaks)} MiB" if reader_peaks else "not seen"))
    import_b_s = median_of("import_bundle backup=True", imports[True])
    b_s = median_of("base B: executemany", b_runs, f"{applied:,} rows")
    if args.profile:
        hub = fresh_copy(hub_template, root / "hub-run")
        try:
            profile_top("import_bundle backup=False", lambda: exchange.import_bundle(hub, bundles[0], backup=False))
        finally:
            hub.close()
    shutil.rmtree(root / "hub-run", ignore_errors=True)
    shutil.rmtree(root / "center-run", ignore_errors=True)

    big_mb = args.big_mb
    if big_mb == "auto":
        big_mb, why = default_big_mb(root)
        print(f"\nmemory test: {big_mb} MiB section ({why})", flush=True)
    else:
        big_mb = int(big_mb)
    memory = big_bundle_memory(big_mb, root / "big")

    print(f"\n| {args.participants:,} people, {applied:,} rows, {changes:,} changes | median of {args.runs} | ratio |")
    print("|---|---:|---:|")
    print(f"| export_bundle ({size / 2**20:.1f} MiB file; {peak_text(peaks)}) | {export_s:.2f} s | "
          f"{export_s / a_s:.1f}x A, {export_s / agz_s:.1f}x A+gz |")
    print(f"| base A: SELECT + JSONL + `age` pipe ({a_size / 2**20:.1f} MiB) | {a_s:.2f} s | 1.0 |")
    print(f"| base A+gz: same, gzip -6 first ({agz_size / 2**20:.1f} MiB) | {agz_s:.2f} s | {agz_s / a_s:.1f}x A |")
    print(f"| export again, unacknowledged (+{again.refreshed:,} refresh rows) | {again_s:.2f} s (1 run) | "
          f"{again_s / export_s:.1f}x export |")
    print(f"| import_bundle, backup=False ({peak_text(import_peaks)}) | {import_s:.2f} s | {import_s / b_s:.1f}x B |")
    print(f"| import_bundle, backup=True | {import_b_s:.2f} s | {import_b_s / b_s:.1f}x B |")
    print(f"| base B: executemany, one transaction | {b_s:.2f} s | 1.0 |")
    for phase in ("write", "read"):
        m = memory[phase]
        growth = m["peak"] - m["before"]
        verdict = "flat" if growth < 64 else "GROWS WITH THE FILE"  # the spool keeps up to 8 MiB in memory
        print(f"| {phase}_bundle {m['bytes'] / 2**20:,.0f} MiB: peak RSS {m['peak']:.0f} MiB "
              f"(before {m['before']:.0f}) | {m['seconds']:.1f} s | +{growth:.0f} MiB, {verdict} |")
    if args.json:
        # run_all.py reads the named figures; "measures" gives each as measure/app/baseline/ratio/goal, and the
        # top-level measure/app/... are the export's, for readers that take one measure a line.
        measures = [{"measure": "bundle export", "app": export_s, "baseline": a_s, "ratio": export_s / a_s,
                     "goal": 2.0},
                    {"measure": "bundle import into an empty hub", "app": import_s, "baseline": b_s,
                     "ratio": import_s / b_s, "goal": 2.0}]
        print(json.dumps({**measures[0], "measures": measures, "participants": args.participants, "rows": applied,
                          "changes": changes, "export": export_s, "base_a": a_s, "base_a_gz": agz_s,
                          "import": import_s, "import_backup": import_b_s, "base_b": b_s}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
