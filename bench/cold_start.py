"""Start and sign-in against their raw baselines: process start to the sign-in screen, sign-in to Today, memory.

    .venv/bin/python bench/cold_start.py [--participants 100000] [--runs 5] [--typing-ms 0] [--idle-ms 2000] [--json]

Each run is three fresh Python processes (offscreen Qt, so it works without a display; pass --platform xcb under
Xvfb for a real window). Figures, medians over the runs:
  - bare:     process start → first paint of an empty QMainWindow (the floor for any Qt app here), and its
              resident memory (VmRSS) once idle for --idle-ms;
  - sign-in:  process start → first paint of ROSC Desktop's main window (the sign-in screen), started through the
              app's own entry point (`rosc_desktop.cli.main`), as a center starts it;
  - today:    "Sign in" pressed on that screen (demo admin) → first paint of the Today screen. --typing-ms is how
              long after the screen painted the button is pressed: 0 presses at once, so nothing the screen
              loads in the background while a person types has had time to load (the worst case); a person
              typing a name and a password takes a few seconds;
  - raw:      the same work done bare: load keyring.json, unwrap the key with Argon2id, open the SQLCipher file,
              read a first page of 50 participants (modules imported before the clock starts);
  - app RSS:  the app's resident memory once Today painted and the event loop idled --idle-ms;
  - floors, what the design itself costs before any of the app's own code (each a fresh process too):
      form:   process start → first paint of the bare window holding the sign-in screen's six widgets made with
              plain PySide6 (a title, two labelled fields, a button): the least any screen with text costs here;
      stack:  the bare window, then SQLAlchemy, SQLModel, SQLCipher and the models imported and mapped (what
              DESIGN.md prescribes), with PySide6's import hook keeping no source text (as in the app), its
              resident memory once idle and how long the imports took;
  - quick_check: SQLite's quick check of the whole file (a failing disk shows there), which the app's sign-in
              starts once Today has painted, writes waiting for it (store/disk_check.py); timed apart, after the raw work,
              since it grows with the file.
Ratios are what travel: these machines are shared and noisy. --json ends with one JSON line: the medians
(bare, signin, today, raw, app_rss_mib, bare_rss_mib, in seconds and MiB) and `measures`, one
{measure, app, baseline, ratio, goal} per row (read by bench/run_all.py).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r'''
import json, sys, time
started = float(sys.argv[1]); mode = sys.argv[2]; data = sys.argv[3]
typing_ms, idle_ms = int(sys.argv[4]), int(sys.argv[5])
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
    clock = time.perf_counter()
    key = KeyRing.load(paths.keyring).unlock("admin", "demo")
    conn = sqlcipher3.connect(str(paths.database), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("SELECT id, preferred_name FROM participant WHERE deleted_at IS NULL LIMIT 50").fetchall()
    raw = time.perf_counter() - clock
    clock = time.perf_counter()
    conn.execute("PRAGMA quick_check").fetchall()  # what sign-in adds to check the disk: reported apart
    print(json.dumps({"raw": raw, "quick_check": time.perf_counter() - clock}), flush=True)
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
        figures.update(rss=status_mib("VmRSS"))
        print(json.dumps(figures), flush=True)
        QApplication.instance().quit()
    QTimer.singleShot(idle_ms, measure)

if mode in ("bare", "form", "stack"):
    app = QApplication([])
    window = QMainWindow(); window.resize(1000, 700)
    if mode == "form":
        from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout
        form = QWidget(); column = QVBoxLayout(form)
        for widget in (QLabel("Sign in"), QLabel("User name"), QLineEdit("admin"), QLabel("Password"),
                       QLineEdit(), QPushButton("Sign in")):
            column.addWidget(widget)
        window.setCentralWidget(form)
    def painted():
        figures[mode] = time.time() - started
        if mode == "stack":
            # PySide6's import hook would keep the source text of every module imported below (25 MiB): the app
            # turns that off (rosc_desktop/pyside_sources.py), and so does the floor, or it would not be one.
            from rosc_desktop.pyside_sources import keep_no_sources
            keep_no_sources()
            clock = time.perf_counter()
            import sqlalchemy, sqlmodel, sqlcipher3, rosc_desktop.model
            from sqlalchemy.orm import configure_mappers
            configure_mappers()
            figures["stack_import"] = time.perf_counter() - clock
        settle_and_quit()
    watch = Watch(lambda w: w is window, painted); app.installEventFilter(watch)
    window.show(); app.exec()
else:
    # Through the app's own entry point (the command line's parser, the GUI's start), as a center starts it: only
    # the paint is watched, from the moment make_application has made the QApplication.
    import rosc_desktop.ui.app as ui_app
    clock = {}
    window = None

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
        QApplication.instance().installEventFilter(clock["watch"])
        clock["pressed"] = time.perf_counter()
        screen.submit()

    def signin_painted():
        figures["signin"] = time.time() - started
        QTimer.singleShot(typing_ms, press_sign_in)

    def is_main_window(w):
        global window
        if type(w).__name__ == "MainWindow":
            window = w
            return True
        return False

    class SameSize(QObject):
        """The window at the bare window's size when it is first shown, so both paint the same area."""
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Show and type(obj).__name__ == "MainWindow":
                obj.resize(1000, 700)
            return False

    first, same_size = Watch(is_main_window, signin_painted), SameSize()
    make_application = ui_app.make_application

    def make_and_watch(argv=None):
        app = make_application(argv)
        app.installEventFilter(same_size)
        app.installEventFilter(first)
        return app

    ui_app.make_application = make_and_watch
    from rosc_desktop.cli import main
    main(["--data-dir", data, "--lang", "en"])
'''


def run_child(mode: str, data: Path, platform: str, typing_ms: int, idle_ms: int) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM=platform, PYTHONPATH=str(ROOT))
    started = time.time()
    out = subprocess.run([sys.executable, "-c", CHILD, repr(started), mode, str(data), str(typing_ms), str(idle_ms)],
                         env=env, capture_output=True, text=True, check=True, timeout=300)
    figures: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return figures


def measure(data: Path, runs: int, platform: str = "offscreen", typing_ms: int = 0,
            idle_ms: int = 2000) -> dict[str, float]:
    """Medians over `runs` fresh processes of each kind, against the demo database in `data`."""
    seen: dict[str, list[float]] = {k: [] for k in ("bare", "bare_rss_mib", "signin", "today", "app_rss_mib", "raw",
                                                    "quick_check", "form", "stack_rss_mib", "stack_import")}
    for _ in range(runs):
        bare = run_child("bare", data, platform, typing_ms, idle_ms)
        seen["bare"].append(bare["bare"])
        seen["bare_rss_mib"].append(bare["rss"])
        seen["form"].append(run_child("form", data, platform, typing_ms, idle_ms)["form"])
        stack = run_child("stack", data, platform, typing_ms, idle_ms)
        seen["stack_rss_mib"].append(stack["rss"])
        seen["stack_import"].append(stack["stack_import"])
        raw = run_child("raw", data, platform, typing_ms, idle_ms)
        seen["raw"].append(raw["raw"])
        seen["quick_check"].append(raw["quick_check"])
        app = run_child("app", data, platform, typing_ms, idle_ms)
        seen["signin"].append(app["signin"])
        seen["today"].append(app["today"])
        seen["app_rss_mib"].append(app["rss"])
    return {key: statistics.median(values) for key, values in seen.items()}


def measures(f: dict[str, float]) -> list[dict[str, object]]:
    def row(name: str, app: float, baseline: float, goal: float) -> dict[str, object]:
        return {"measure": name, "app": app, "baseline": baseline, "ratio": app / baseline, "goal": goal}

    return [row("process start -> sign-in painted (s)", f["signin"], f["bare"], 1.3),
            row("sign-in -> Today painted (s)", f["today"], f["raw"], 1.2),
            row("GUI memory idle after sign-in (MiB)", f["app_rss_mib"], f["bare_rss_mib"], 2.5)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--platform", default="offscreen")
    parser.add_argument("--typing-ms", type=int, default=0, help="from the sign-in screen painted to Sign in pressed")
    parser.add_argument("--idle-ms", type=int, default=2000, help="idle time before memory is read")
    parser.add_argument("--json", action="store_true", help="end with one JSON line of the figures")
    parser.add_argument("--data-dir", default=os.environ.get("ROSC_BENCH_DIR", "/tmp/rosc-bench"))
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT))
    from bench.installed import compile_app

    compile_app()  # timed as a center runs it: from bytecode, not compiling the app's modules in every process
    from rosc_desktop.paths import AppPaths
    from rosc_desktop.services.demo import build_demo_database
    from rosc_desktop.services.session import database_exists
    from rosc_desktop.sync.sample_directory import load_sample_directory

    paths = AppPaths(Path(args.data_dir) / f"demo-{args.participants}").ensure()
    if not database_exists(paths):
        print(f"building a demo database of {args.participants} participants …", flush=True)
        build_demo_database(paths, participants=args.participants, seed=7,
                            load_directory=load_sample_directory)

    f = measure(paths.root, args.runs, args.platform, args.typing_ms, args.idle_ms)
    print(f"participants: {args.participants}, runs: {args.runs}, platform: {args.platform}, "
          f"typing {args.typing_ms} ms, idle {args.idle_ms} ms")
    for m in measures(f):
        print(f"{m['measure']:<40} app {m['app']:9.3f}  baseline {m['baseline']:9.3f}  "
              f"ratio {m['ratio']:5.2f}x  (goal <= {m['goal']}x)")
    print(f"floors: bare window + the sign-in form's six widgets {f['form']:.3f} s "
          f"({f['form'] / f['bare']:.2f}x the bare window); bare window + the database stack "
          f"{f['stack_rss_mib']:.0f} MiB ({f['stack_rss_mib'] / f['bare_rss_mib']:.2f}x), its imports "
          f"{f['stack_import']:.3f} s (raw work + imports {(f['raw'] + f['stack_import']) / f['raw']:.2f}x the raw work)")
    print(f"PRAGMA quick_check of the whole file, started once Today has painted: {f['quick_check']:.3f} s")
    if args.json:
        print(json.dumps({**f, "runs": args.runs, "typing_ms": args.typing_ms, "measures": measures(f)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
