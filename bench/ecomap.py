"""Eco-map with 300 members: layout, scene build, paint, pan, zoom and drag, against an empty scene's paint.

    .venv/bin/python bench/ecomap.py [--members 300] [--links 40] [--width 1280 --height 800] [--json]

Builds a synthetic network (every domain, mixed strengths, natures, directions and shapes), then times
  - layout:  ecomap.auto_layout for members with no stored place;
  - build:   EcoMapView.set_network (items for sectors, centre, members, ties, links);
  - paint:   one full frame of the viewport (viewport().grab()), first and then median;
  - pan:     scroll 100 px, then a full frame (median over 50);
  - zoom:    one zoom step, then a full frame: 12 gestures of 5 steps (in, then out), median and p95 of the 60,
             in wall-clock and in CPU time (all threads), against one frame at 60 Hz (16.7 ms; the goal is
             8 ms); after each gesture the zoom rests and the pictures are redrawn at the new scale (the
             "settle" frame, once a gesture);
  - drag:    move one member by 5 units through item.setPos (its tie and links follow), then a full frame
             (median over 100).
The baseline is a full frame of an EMPTY scene with the same scene rect in the same view size, measured in the
same run: these machines are shared and only ratios travel. A full frame is the worst case; on screen Qt
repaints only what changed. Offscreen Qt (set QT_QPA_PLATFORM=xcb under Xvfb for a real window). --json adds one
last line of JSON (read by bench/run_all.py): measure, app (the zoom step's median, seconds), baseline (the
16.7 ms frame budget), ratio, goal, and every other median in seconds. On a busy machine the wall-clock
figures include waiting for a core; the CPU figures do not.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest
from PySide6.QtCore import QEvent, QObject, QPointF  # noqa: E402
from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView, QWidget  # noqa: E402

from rosc_desktop.documents import ecomap  # noqa: E402
from rosc_desktop.documents.ecomap import Labels, MapLink, MapNode  # noqa: E402
from rosc_desktop.enums import MemberKind, NetworkDomain, SupportDirection, TieNature, TieStrength  # noqa: E402
from rosc_desktop.ui.ecomap_view import EcoMapView  # noqa: E402

FIRST = ["Ana", "Bea", "Cruz", "Dmitri", "Zoë", "Иван", "李", "محمد", "Noor", "Tomás", "Grace", "Kwame"]
LAST = ["Ruiz", "Krüger", "Петров", "Okafor", "Nguyễn", "Whitfield", "Lee", "Haddad"]
SUB = ["sister", "sponsor", "friend from work", "case manager", "neighbour", "therapist", "", "coach"]
FRAME_BUDGET = 1 / 60  # one frame at 60 Hz


def network(members: int, links: int, seed: int = 7) -> tuple[list[MapNode], list[MapLink]]:
    rng = random.Random(seed)
    nodes = [MapNode(f"m{i}", f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(SUB),
                     rng.choices(list(MemberKind), weights=(8, 1, 1))[0], rng.choice(list(NetworkDomain)),
                     rng.choice(list(TieStrength)), rng.choices(list(TieNature), weights=(6, 2, 2))[0],
                     rng.choice(list(SupportDirection)))
             for i in range(members)]
    pairs = set()
    while len(pairs) < min(links, members * (members - 1) // 2):
        a, b = rng.sample(range(members), 2)
        pairs.add((min(a, b), max(a, b)))
    return nodes, [MapLink(f"m{a}", f"m{b}") for a, b in sorted(pairs)]


class PaintCounter(QObject):
    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def timed(action) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def timed_both(action) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Wall-clock and CPU seconds (every thread: Qt scales large images on a pool)."""
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    return time.perf_counter() - wall, time.process_time() - cpu


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=300)
    parser.add_argument("--links", type=int, default=40)
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=800)
    parser.add_argument("--json", action="store_true", help="end with one JSON line of the figures")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    labels = Labels.english()
    nodes, links = network(args.members, args.links)

    layout_times = [timed(lambda: ecomap.auto_layout(nodes, keep_existing=True)) for _ in range(5)]

    view = EcoMapView()
    view.resize(args.width, args.height)
    view.show()
    app.processEvents()
    build = timed(lambda: view.set_network("Marisol Ortega", nodes, links, editable=True, labels=labels))
    app.processEvents()
    view.fit()
    fitted_zoom = view.zoom_factor()
    first_paint = timed(lambda: view.viewport().grab())
    paints = [timed(lambda: view.viewport().grab()) for _ in range(20)]

    # The baseline: the same view size and scene rect, nothing in it.
    empty_view = QGraphicsView()
    empty_scene = QGraphicsScene(view.sceneRect(), empty_view)
    empty_view.setScene(empty_scene)
    empty_view.setRenderHints(view.renderHints())
    empty_view.setBackgroundBrush(view.backgroundBrush())
    empty_view.resize(args.width, args.height)
    empty_view.show()
    app.processEvents()
    empty_view.setTransform(view.transform())
    empty_first = timed(lambda: empty_view.viewport().grab())
    empty = statistics.median(timed(lambda: empty_view.viewport().grab()) for _ in range(50))

    # Pan and drag at a working zoom (the whole map does not fit the scroll range at "fit").
    view.zoom_in()
    view.zoom_in()
    QTest.qWait(400)  # let the zoom come to rest (sharp names and cached members again), as a person would
    bar = view.horizontalScrollBar()
    bar.setValue(bar.minimum())
    app.processEvents()
    pans = []
    for k in range(50):
        def pan() -> None:
            bar.setValue(bar.value() + (100 if (k // 10) % 2 == 0 else -100))
            view.viewport().grab()
        pans.append(timed(pan))

    view.fit()
    QTest.qWait(700)  # the map as it is seen before the wheel turns: painted, and still for a moment
    zooms, zoom_cpus, settles = [], [], []
    for gesture in range(12):
        step = view.zoom_in if gesture % 2 == 0 else view.zoom_out
        for _ in range(5):
            def zoom() -> None:
                step()
                view.viewport().grab()
            wall, cpu = timed_both(zoom)
            zooms.append(wall)
            zoom_cpus.append(cpu)

        def settle() -> None:
            view.settle_zoom()
            view.viewport().grab()
        settles.append(timed(settle))

    view.fit()
    view.zoom_in()
    QTest.qWait(400)
    dragged = next(n for n in nodes if n.strength == TieStrength.STRONG)
    item = view.node_item(dragged.id)
    view.centerOn(item)
    view.viewport().grab()
    drags = []
    for k in range(100):
        step = 5.0 if (k // 20) % 2 == 0 else -5.0

        def drag() -> None:
            item.setPos(item.pos() + QPointF(step, step * 0.5))
            view.viewport().grab()
        drags.append(timed(drag))
    # What the screen really repaints: Qt's own update of the changed region only, delivered by the event loop.
    painted = PaintCounter(view.viewport())
    app.processEvents()
    updates = []
    for k in range(100):
        step = 5.0 if (k // 20) % 2 == 0 else -5.0

        def move_and_update() -> None:
            item.setPos(item.pos() + QPointF(step, step * 0.5))
            app.processEvents()
        updates.append(timed(move_and_update))
    assert painted.count >= 90, f"the view painted only {painted.count} times in 100 moves"
    view.zoom_in()
    view.zoom_in()
    QTest.qWait(400)
    pan_updates = []
    for k in range(50):
        def pan_and_update() -> None:
            bar.setValue(bar.value() + (100 if (k // 10) % 2 == 0 else -100))
            app.processEvents()
        pan_updates.append(timed(pan_and_update))

    def ms(x: float) -> str:
        return f"{x * 1000:8.2f}"

    print(f"members: {len(nodes)}, links: {len(links)}, view {args.width}x{args.height}, "
          f"scene rect {view.sceneRect().width():.0f}x{view.sceneRect().height():.0f} map units, "
          f"fitted zoom {fitted_zoom:.2f}")
    print(f"{'':34} {'median ms':>9}  {'× empty paint':>13}")
    rows = [
        ("empty scene, full frame (baseline)", empty),
        ("empty scene, first frame", empty_first),
        ("auto_layout (300, no stored place)", statistics.median(layout_times)),
        ("set_network (scene build)", build),
        ("first full frame", first_paint),
        ("full frame", statistics.median(paints)),
        ("pan 100 px + frame", statistics.median(pans)),
        ("zoom step + frame", statistics.median(zooms)),
        ("zoom step + frame, CPU", statistics.median(zoom_cpus)),
        ("zoom at rest: redraw + frame", statistics.median(settles)),
        ("drag 5 units + frame", statistics.median(drags)),
        ("drag 5 units, on-screen update", statistics.median(updates)),
        ("pan 100 px, on-screen update", statistics.median(pan_updates)),
    ]
    for label, value in rows:
        print(f"{label:34} {ms(value)}  {value / empty:12.1f}x")
    zoom = statistics.median(zooms)
    print(f"p95 drag + frame {ms(p95(drags)).strip()} ms; zoom step + frame: median {ms(zoom).strip()} ms, "
          f"p95 {ms(p95(zooms)).strip()} ms (CPU {ms(statistics.median(zoom_cpus)).strip()} / "
          f"{ms(p95(zoom_cpus)).strip()} ms), {zoom / FRAME_BUDGET:.2f}x one frame at 60 Hz (16.7 ms; goal "
          f"<= 8 ms), {zoom / empty:.1f}x the empty scene's frame")
    if args.json:
        print(json.dumps({"measure": f"eco-map zoom step + frame, {len(nodes)} members", "app": zoom,
                          "baseline": FRAME_BUDGET, "ratio": zoom / FRAME_BUDGET, "goal": "<= 8 ms",
                          "members": len(nodes), "empty_frame": empty, "zoom": zoom, "zoom_p95": p95(zooms),
                          "zoom_cpu": statistics.median(zoom_cpus), "zoom_cpu_p95": p95(zoom_cpus),
                          "zoom_settle": statistics.median(settles), "pan": statistics.median(pans),
                          "drag": statistics.median(drags), "frame": statistics.median(paints)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
