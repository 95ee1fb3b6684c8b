"""Members' names at a size a person can read, when the map on screen is too small for the drawing's own.

Fitted into a laptop's window, a map of a dozen members or more is drawn at about a third of its size: its names
(documents/ecomap.py's, made for paper) would be five or six pixels high, so the view draws each member as its
shape alone (ecomap_view.LABEL_MIN_SCALE). Over those shapes the view writes the names again in the screen's own
type, the size of the rest of the window, below each member (above it where below is taken). A name that would
cover another name or another member is left out rather than drawn over it: the most important go first (the
selected member, named even over its neighbours' marks, then the strongest ties), and the list beside the map
and each member's tooltip still name every one. Zoomed in past that scale, the drawing's own names are back and these are not drawn.

Placement only: no painting, no Qt widgets, so it can be tested as geometry.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSizeF

# Room between a member's mark and its name, and around the name's white backing, in pixels.
GAP_PX = 2.0
PAD_PX = 2.0


@dataclass(frozen=True)
class Candidate:
    """A member to name: its name, its centre and the radius of its mark on the screen, the name's size."""

    text: str
    centre: QPointF
    radius: float
    size: QSizeF
    chosen: bool = False  # the member the person selected: named even over the marks of members beside it


@dataclass(frozen=True)
class PlacedLabel:
    text: str
    rect: QRectF  # the name's white backing, in the viewport's pixels; the text is centred in it


def place_labels(candidates: Sequence[Candidate], bounds: QRectF,
                 obstacles: Sequence[QRectF] = ()) -> list[PlacedLabel]:
    """Labels for `candidates`, taken in the order given (the most important first): each below its member, else
    above it, inside `bounds`, never over a label already placed, another member's mark or an obstacle (the
    person at the centre). A grid of cells keeps each test to the neighbours: 300 members are placed in a few
    milliseconds, every frame a pan draws."""
    taken = _Grid()
    marks = [_mark(c) for c in candidates]
    for index, mark in enumerate(marks):
        taken.add(mark, index)
    for obstacle in obstacles:
        taken.add(obstacle, -2)
    placed: list[PlacedLabel] = []
    for index, candidate in enumerate(candidates):
        width, height = candidate.size.width() + 2 * PAD_PX, candidate.size.height() + 2 * PAD_PX
        left = candidate.centre.x() - width / 2
        below = QRectF(left, candidate.centre.y() + candidate.radius + GAP_PX, width, height)
        above = QRectF(left, candidate.centre.y() - candidate.radius - GAP_PX - height, width, height)
        for rect in (below, above):
            if bounds.contains(rect) and not taken.covers(rect, besides=index, labels_only=candidate.chosen):
                placed.append(PlacedLabel(candidate.text, rect))
                taken.add(rect, -1)
                break
    return placed


def _mark(candidate: Candidate) -> QRectF:
    r = candidate.radius
    return QRectF(candidate.centre.x() - r, candidate.centre.y() - r, 2 * r, 2 * r)


class _Grid:
    """Rectangles by the cells of a grid they touch: which of them a new rectangle would overlap."""

    CELL = 64.0

    def __init__(self) -> None:
        self._cells: dict[tuple[int, int], list[tuple[QRectF, int]]] = {}

    def _keys(self, rect: QRectF) -> list[tuple[int, int]]:
        x0, x1 = int(rect.left() // self.CELL), int(rect.right() // self.CELL)
        y0, y1 = int(rect.top() // self.CELL), int(rect.bottom() // self.CELL)
        return [(x, y) for x in range(x0, x1 + 1) for y in range(y0, y1 + 1)]

    def add(self, rect: QRectF, owner: int) -> None:
        for key in self._keys(rect):
            self._cells.setdefault(key, []).append((rect, owner))

    def covers(self, rect: QRectF, *, besides: int, labels_only: bool = False) -> bool:
        """Whether `rect` overlaps any rectangle here but those of `besides` (a member's own mark); with
        `labels_only`, any label (owner -1) or obstacle (-2): a chosen member's name may cover other marks."""
        return any(other.intersects(rect) and owner != besides and (owner < 0 or not labels_only)
                   for key in self._keys(rect) for other, owner in self._cells.get(key, ()))
