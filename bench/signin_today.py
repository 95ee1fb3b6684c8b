"""Sign-in to Today painted, and the GUI's memory idle after sign-in, against their raw baselines.

    .venv/bin/python bench/signin_today.py [--participants 100000] [--runs 3] [--idle-ms 2000] [--json]

Each run is a fresh Python process (offscreen Qt). Figures, medians over the runs:
  - today:    from "Sign in" pressed on ROSC Desktop's sign-in screen (demo admin, no typing delay) to the first
              paint of the Today screen;
  - raw:      the same work done bare: load keyring.json, unwrap the key with Argon2id, open the SQLCipher file
              and read a first page of 50 participants (modules imported before the clock starts, as the
              sign-in screen has them already);
  - app RSS:  the process's resident memory after Today painted and the event loop idled --idle-ms;
  - bare RSS: the same for a bare QMainWindow painted and idled as long.
Ratios are what travel: these machines are shared and noisy.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r'''
import json, sys, time
mode, data, idle_ms = sys.argv[1], sys.argv[2], int(sys.argv[3])
from pathlib import Path

def status_mib(key):
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")

if mode == "raw":
    import sqlcipher3
    from rosc_desktop.paths import AppPaths
    from rosc_desktop.store.keyring import KeyRing
    paths = AppPaths(Path(data))
    started = time.perf_counter()
    key = KeyRing.load(paths.keyring).unlock("admin", "demo")
    conn = sqlcipher3.connect(str(paths.database), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("SELECT id, preferred_name FROM participant WHERE deleted_at IS NULL LIMIT 50").fetchall()
    print(json.dumps({"raw": time.perf_counter() - started}), flush=True)
    sys.exit(0)

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

class Watch(QObject):
    """Calls `then` once, at the first paint of a widget that `wanted` accepts."""
    def __init__(self, wanted, then):
        super().__init__(); self.wanted = wanted; self.then = then; self.done = False
    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint and isinstance(obj, QWidget) and self.wanted(obj):
            self.done = True
            QTimer.singleShot(0, self.then)
        return False

figures = {}

def settle_and_quit():
    def measure():
        figures.update(rss=status_mib("VmRSS"), hwm=status_mib("VmHWM"))
        print(json.dumps(figures), flush=True)
        QApplication.instance().quit()
    QTimer.singleShot(idle_ms, measure)

if mode == "bare":
    app = QApplication([])
    window = QMainWindow(); window.resize(1000, 700)
    watch = Watch(lambda w: w is window, settle_and_quit); app.installEventFilter(watch)
    window.show(); app.exec()
else:
    from rosc_desktop import i18n
    from rosc_desktop.paths import AppPaths
    from rosc_desktop.ui.app import make_application
    app = make_application([])
    i18n.install("en")
    from rosc_desktop.ui.main_window import MainWindow
    window = MainWindow(AppPaths(Path(data))); window.resize(1000, 700)
    clock = {}

    def today_painted():
        figures["today"] = time.perf_counter() - clock["pressed"]
        settle_and_quit()

    def is_today(w):
        today = getattr(window, "today_screen", None)
        return today is not None and (w is today or today.isAncestorOf(w))

    def press_sign_in():
        screen = window.start_screen
        screen.username.setText("admin"); screen.password.setText("demo")
        clock["watch"] = Watch(is_today, today_painted)  # held: an unreferenced filter is collected
        app.installEventFilter(clock["watch"])
        clock["pressed"] = time.perf_counter()
        screen.submit()

    first = Watch(lambda w: w is window, press_sign_in); app.installEventFilter(first)
    window.show(); app.exec()
'''


def run_child(mode: str, data: Path, idle_ms: int) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", CHILD, mode, str(data), str(idle_ms)], env=env,
                         capture_output=True, text=True, check=True, timeout=300)
    figures: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return figures


def measure(data: Path, runs: int, idle_ms: int) -> dict[str, float]:
    """Medians over `runs` fresh processes of each kind, against the demo database in `data`."""
    raw, today, app_rss, bare_rss = [], [], [], []
    for _ in range(runs):
        raw.append(run_child("raw", data, idle_ms)["raw"])
        app = run_child("app", data, idle_ms)
        today.append(app["today"])
        app_rss.append(app["rss"])
        bare_rss.append(run_child("bare", data, idle_ms)["rss"])
    return {"today": statistics.median(today), "raw": statistics.median(raw),
            "app_rss_mib": statistics.median(app_rss), "bare_rss_mib": statistics.median(bare_rss), "runs": runs}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--idle-ms", type=int, default=2000)
    parser.add_argument("--data-dir", default=os.environ.get("ROSC_BENCH_DIR", "/tmp/rosc-bench"))
    parser.add_argument("--json", action="store_true", help="end with one JSON line of the figures")
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT))
    from rosc_desktop.paths import AppPaths
    from rosc_desktop.services.demo import build_demo_database
    from rosc_desktop.services.session import database_exists
    from rosc_desktop.sync.sample_directory import load_sample_directory

    paths = AppPaths(Path(args.data_dir) / f"demo-{args.participants}").ensure()
    if not database_exists(paths):
        print(f"building a demo database of {args.participants} participants …", flush=True)
        build_demo_database(paths, participants=args.participants, seed=7, load_directory=load_sample_directory)
    f = measure(paths.root, args.runs, args.idle_ms)
    print(f"participants: {args.participants}, runs: {args.runs}, idle {args.idle_ms} ms")
    print(f"raw: Argon2id + open + first query  {f['raw'] * 1000:7.0f} ms  (1.00x)")
    print(f"sign-in pressed -> Today painted    {f['today'] * 1000:7.0f} ms  ({f['today'] / f['raw']:.2f}x)")
    print(f"bare window idle RSS                {f['bare_rss_mib']:7.0f} MiB (1.00x)")
    print(f"signed in, Today idle RSS           {f['app_rss_mib']:7.0f} MiB "
          f"({f['app_rss_mib'] / f['bare_rss_mib']:.2f}x)")
    if args.json:
        print(json.dumps(f))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
