"""Directory search over 5,000 services: the app's search (text, filters, open now) against one raw SQLite
query that only finds the matching ids, on the same encrypted file in the same run.

    .venv/bin/python bench/directory_search.py [--services 5000]

Ratios travel between these shared machines; milliseconds do not.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rosc_desktop.paths import AppPaths  # noqa: E402
from rosc_desktop.services.directory_text import search_text_for  # noqa: E402
from rosc_desktop.services.session import create_center  # noqa: E402
from rosc_desktop.store.keyring import KdfParams  # noqa: E402

WORDS = ["housing", "food", "clinic", "legal", "work", "family", "meeting", "faith", "benefits", "youth"]
MONDAY_10 = datetime(2026, 11, 23, 10, 0)


def median_ms(work, runs: int = 15) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--services", type=int, default=5000)
    args = parser.parse_args()
    from rosc_desktop.model import DirectoryOrganization, DirectoryService

    folder = Path(tempfile.mkdtemp(prefix="rosc-bench-directory-"))
    services, _ = create_center(AppPaths(folder / "data").ensure(), center_name="Bench", site_code="BN-01",
                                admin_username="bench", admin_display_name="Bench", password="bench password",
                                kdf=KdfParams(iterations=1, lanes=1, memory_kib=8))
    schedule = {"id": "s", "freq": "WEEKLY", "byday": "MO,TU,WE", "opens_at": "09:00", "closes_at": "17:00"}
    with services.store.write() as session:
        orgs = [DirectoryOrganization(name=f"Organisation {i}") for i in range(200)]
        session.add_all(orgs)
        session.flush()
        for i in range(args.services):
            word = WORDS[i % len(WORDS)]
            name = f"{word.title()} service {i}"
            session.add(DirectoryService(
                organization_id=orgs[i % 200].id, name=name, categories=[word], is_free=bool(i % 3),
                walk_in=bool(i % 4), schedules=[schedule] if i % 2 else [],
                search_text=search_text_for([name, orgs[i % 200].name, f"note{i % 97}"])))
    raw = services.store.raw_connection()

    cases = [
        ("no text, first page", lambda: services.directory.search(""),
         "SELECT id FROM directory_service WHERE status = 'active' ORDER BY search_text LIMIT 200", ()),
        ("two words", lambda: services.directory.search("clinic service"),
         "SELECT id FROM directory_service WHERE search_text LIKE ? AND search_text LIKE ? LIMIT 200",
         ("%clinic%", "%service%")),
        ("category + free + walk-in", lambda: services.directory.search("", category="food", free=True, walk_in=True),
         "SELECT id FROM directory_service WHERE categories LIKE ? AND is_free AND walk_in LIMIT 200", ('%"food"%',)),
        ("open now", lambda: services.directory.search("", open_now=True, at=MONDAY_10),
         "SELECT id, schedules FROM directory_service WHERE status = 'active'", ()),
        ("a word found nowhere", lambda: services.directory.search("zzzz"),
         "SELECT id FROM directory_service WHERE search_text LIKE ? LIMIT 200", ("%zzzz%",)),
    ]
    print(f"directory search over {args.services} services (median of 15)")
    print(f"{'case':28} {'app ms':>8} {'raw ms':>8} {'ratio':>7}")
    for label, app, sql, params in cases:
        app_ms = median_ms(app)
        raw_ms = median_ms(lambda: raw.execute(sql, params).fetchall())
        print(f"{label:28} {app_ms:8.2f} {raw_ms:8.2f} {app_ms / max(raw_ms, 1e-6):6.1f}x")
    services.close()


if __name__ == "__main__":
    main()
