"""Switching an account off: the database rekey against a plain sqlcipher3 rekey of the same file, in one run.

    .venv/bin/python bench/staff_rekey.py [--participants 100000] [--seed 7]

Builds (or reuses) a demo database of that size in a scratch folder, copies it twice, then times:
  - raw:    sqlcipher3 alone on copy A: open with the key, checkpoint, PRAGMA rekey;
  - app:    services.staff.deactivate() on copy B: backup first, seal the new key for every account and the
            recovery key, rekey the file, re-encrypt the backups, mark the account off (audited).
The ratio app/raw is printed (these machines are shared and noisy; only the ratio means anything), with the
backup's share of the app's time.
"""

from __future__ import annotations

import argparse
import os
import secrets
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--participants", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, default=None, help="a folder to build the demo in once and reuse")
    args = parser.parse_args()

    from rosc_desktop.paths import AppPaths
    from rosc_desktop.services.demo import build_demo_database
    from rosc_desktop.services.session import DEMO_PASSWORD, DEMO_USERNAME, sign_in
    from rosc_desktop.store.database import connect_raw
    from rosc_desktop.store.keyring import KeyRing
    from rosc_desktop.sync.sample_directory import load_sample_directory

    scratch = Path(tempfile.mkdtemp(prefix="rekey-bench-"))
    source = args.keep or scratch / "demo"
    if not (source / "rosc.db").exists():
        started = time.perf_counter()
        build_demo_database(AppPaths(source), participants=args.participants, seed=args.seed, force=True,
                            load_directory=load_sample_directory)
        print(f"demo database of {args.participants} people built in {time.perf_counter() - started:.1f} s")
    copies = {}
    for name in ("raw", "app"):
        copies[name] = scratch / name
        shutil.copytree(source, copies[name], ignore=shutil.ignore_patterns("backups", "logs"))
    size = (copies["raw"] / "rosc.db").stat().st_size

    key = KeyRing.load(copies["raw"] / "keyring.json").unlock(DEMO_USERNAME, DEMO_PASSWORD)
    started = time.perf_counter()
    conn = connect_raw(copies["raw"] / "rosc.db", key)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute(f"PRAGMA rekey = \"x'{secrets.token_bytes(32).hex()}'\"")
    conn.close()
    raw = time.perf_counter() - started

    paths = AppPaths(copies["app"])
    services = sign_in(paths, DEMO_USERNAME, DEMO_PASSWORD, make_backup=False)
    try:
        services.staff.add("leaving", "Someone Leaving", "peer_specialist", "Harbor-Night-9")
        marks: dict[str, float] = {}
        started = time.perf_counter()
        services.staff.deactivate("leaving", lambda step: marks.__setitem__(step, time.perf_counter()))
        app = time.perf_counter() - started
    finally:
        services.close()
    backup_share = (marks["rekey"] - marks["backup"]) / app if "rekey" in marks else 0.0
    print(f"file {size / 2**20:.1f} MiB, {os.cpu_count()} cores")
    print(f"raw sqlcipher3 rekey:   {raw:7.2f} s   1.0x")
    print(f"staff.deactivate():     {app:7.2f} s   {app / raw:.1f}x  (backup first: {backup_share:.0%} of it)")
    shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
