"""Cold start: process start to the first painted participant list, against a bare PySide6 window.

    .venv/bin/python bench/cold_start.py [--participants 100000] [--runs 5] [--json]

Each run is a fresh Python process (offscreen Qt, so it works without a display; pass --platform xcb under
Xvfb for a real window). Three figures, medians over the runs:
  - bare:     process start → first paint of an empty QMainWindow (the floor for any Qt app here);
  - sign-in:  process start → first paint of ROSC Desktop's main window (the sign-in screen);
  - list:     process start → first paint of the participant list's rows, signing in as the demo admin
              with no typing delay (Argon2id key derivation, opening the encrypted file, the first search).
Ratios against the bare window are printed, since these machines are shared and noisy. --json adds one last line
of JSON with the three medians in seconds (read by bench/run_all.py).
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
import sys, time
started = float(sys.argv[1]); mode = sys.argv[2]; data = sys.argv[3]
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def __init__(self, then):
        super().__init__(); self.then = then; self.done = False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, self.then)
        return False

def report(label):
    print(f"{label} {time.time() - started:.6f}", flush=True)

if mode == "bare":
    app = QApplication([])
    window = QMainWindow(); window.resize(1000, 700)
    spy = FirstPaint(lambda: (report("bare"), app.quit())); window.installEventFilter(spy)
    window.show(); app.exec()
else:
    from pathlib import Path
    from rosc_desktop.paths import AppPaths
    from rosc_desktop.ui.app import make_application
    from rosc_desktop import i18n
    app = make_application([])
    i18n.install("en")
    from rosc_desktop.ui.main_window import MainWindow
    paths = AppPaths(Path(data))
    window = MainWindow(paths); window.resize(1000, 700)
    holder = {}

    def open_list():
        report("signin")
        from rosc_desktop.services.session import sign_in
        from rosc_desktop.ui.screens.participant_list import ParticipantListScreen
        from PySide6.QtWidgets import QTableView
        services = sign_in(paths, "admin", "demo")
        screen = ParticipantListScreen(services); screen.resize(1000, 700)
        view = screen.findChild(QTableView)
        spy2 = FirstPaint(lambda: (report("list"), app.quit()))
        view.viewport().installEventFilter(spy2)
        holder.update(services=services, screen=screen, spy=spy2)
        window.hide(); screen.show()

    spy = FirstPaint(open_list); window.installEventFilter(spy)
    window.show(); app.exec()
'''


def run_child(mode: str, data: Path, platform: str) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM=platform, PYTHONPATH=str(ROOT))
    started = time.time()
    out = subprocess.run([sys.executable, "-c", CHILD, repr(started), mode, str(data)], env=env,
                         capture_output=True, text=True, check=True, timeout=300)
    figures = {}
    for line in out.stdout.splitlines():
        label, value = line.split()
        figures[label] = float(value)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--platform", default="offscreen")
    parser.add_argument("--json", action="store_true", help="end with one JSON line of the figures")
    parser.add_argument("--data-dir", default=os.environ.get("ROSC_BENCH_DIR", "/tmp/rosc-bench"))
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT))
    from rosc_desktop.paths import AppPaths
    from rosc_desktop.services.demo import build_demo_database
    from rosc_desktop.services.session import database_exists
    from rosc_desktop.sync.sample_directory import load_sample_directory

    paths = AppPaths(Path(args.data_dir) / f"demo-{args.participants}").ensure()
    if not database_exists(paths):
        print(f"building a demo database of {args.participants} participants …", flush=True)
        build_demo_database(paths, participants=args.participants, seed=7,
                            load_directory=load_sample_directory)

    bare, signin, listed = [], [], []
    for _ in range(args.runs):
        bare.append(run_child("bare", paths.root, args.platform)["bare"])
        figures = run_child("app", paths.root, args.platform)
        signin.append(figures["signin"])
        listed.append(figures["list"])
    b, s, lst = statistics.median(bare), statistics.median(signin), statistics.median(listed)
    print(f"participants: {args.participants}, runs: {args.runs}, platform: {args.platform}")
    print(f"bare QMainWindow first paint   {b * 1000:7.0f} ms  (1.00x)")
    print(f"sign-in screen first paint     {s * 1000:7.0f} ms  ({s / b:.2f}x)")
    print(f"participant list first paint   {lst * 1000:7.0f} ms  ({lst / b:.2f}x)  (includes Argon2id sign-in)")
    if args.json:
        print(json.dumps({"bare": b, "signin": s, "list": lst, "runs": args.runs}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
