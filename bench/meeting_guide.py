"""A large Meeting Guide feed, read, planned and imported the way `directory import --format meeting-guide` does.

    .venv/bin/python bench/meeting_guide.py [--meetings 2000] [--data-dir DIR]

The feed is generated from tests/data/meeting_guide/online_and_hybrid.json (in person, hybrid, online and
phone-only meetings), every meeting with its own slug and street address and 150 groups between them, so
nothing is shared and every row is new. Prints the time of each step: the reader (parse), the plan (compare
with the database: what the dry run pays), the write, and a second plan over the imported feed (all unchanged:
what re-importing next month's feed pays). Wall-clock times, and the CPU time of read + plan + write, which
a shared machine's load changes least.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rosc_desktop.paths import AppPaths  # noqa: E402
from rosc_desktop.services.session import create_center  # noqa: E402
from rosc_desktop.sync.meeting_guide import parse_meeting_guide  # noqa: E402

TEMPLATE = Path(__file__).resolve().parents[1] / "tests" / "data" / "meeting_guide" / "online_and_hybrid.json"


def feed(meetings: int) -> str:
    template = json.loads(TEMPLATE.read_text())
    out = []
    for n in range(meetings):
        meeting = dict(template[n % len(template)])
        meeting.update(slug=f"meeting-{n}", group=f"Group {n % 150}", name=f"{meeting['name']} {n}")
        if meeting.get("location"):
            meeting["formatted_address"] = f"{n} Main St, Easton, PA 18042, USA"
        out.append(meeting)
    return json.dumps(out, indent=2)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=2000)
    parser.add_argument("--data-dir", help="an empty folder to build the database in (default: a temporary one)")
    args = parser.parse_args()
    text = feed(args.meetings)
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(args.data_dir or scratch)
        services, _ = create_center(AppPaths(root).ensure(), center_name="Bench Center", site_code="BN-01",
                                    admin_username="admin", admin_display_name="Bench Admin",
                                    password="bench password 1")
        try:
            cpu = time.process_time()
            start = time.perf_counter()
            parsed = parse_meeting_guide(text, "bench.json", "bench")
            read = time.perf_counter()
            plan = services.directory_import.plan(parsed, "meeting_guide")
            planned = time.perf_counter()
            result = services.directory_import.apply(plan)
            applied = time.perf_counter()
            cpu = time.process_time() - cpu
            again = services.directory_import.plan(parse_meeting_guide(text, "bench.json", "bench"), "meeting_guide")
            replanned = time.perf_counter()
        finally:
            services.close()
    assert not plan.problems and again.total("new") == 0
    print(f"{args.meetings} meetings, {len(text) // 1024} KiB: {result.total('new')} rows written")
    print(f"  read   {read - start:6.2f} s")
    print(f"  plan   {planned - read:6.2f} s   (the dry run: read + plan)")
    print(f"  write  {applied - planned:6.2f} s   (apply compares again inside the write, then writes)")
    print(f"  total  {applied - start:6.2f} s   ({cpu:.2f} s of CPU: the figure a busy machine changes least)")
    print(f"  again  {replanned - applied:6.2f} s   (read + plan of the same feed, all unchanged)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
