"""The support-network eco-map as a list of drawing primitives, computed once for every backend.

The screen (a Qt scene), PNG/SVG export and the printed plan (reportlab) each translate these primitives 1:1,
so a style decision made here (line width, zigzag, arrowhead, colour, label place) cannot drift between them.
Nothing here imports Qt or reportlab at import time: the module is safe below the `ui` layer.

Coordinates are abstract map units with y growing downward (as in Qt and SVG). The map is a disc of
`MAP_RADIUS` around the participant at (0, 0). Notation follows Hartman's eco-map (INSTRUMENTS.md): line weight
is strength, a dash is a tenuous tie, a zigzag is a stressful one, arrowheads show which way support flows.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass, field, replace
from typing import Callable, Iterable, Union

from rosc_desktop.enums import MemberKind, NetworkDomain, SupportDirection, TieNature, TieStrength
from rosc_desktop.map_geometry import CENTRE_RADIUS, MAP_RADIUS, NODE_RADIUS, clamp_to_map  # noqa: F401  (re-exported)

# ----------------------------------------------------------------------------------------------- primitives

Point = tuple[float, float]


@dataclass(frozen=True)
class Line:
    """An open polyline; `dash` is on/off lengths in map units (None = solid). Ends and joins are round."""

    points: tuple[Point, ...]
    width: float
    colour: str
    dash: tuple[float, ...] | None = None


@dataclass(frozen=True)
class Polygon:
    points: tuple[Point, ...]
    fill: str | None
    stroke: str | None
    width: float = 1.0


@dataclass(frozen=True)
class Circle:
    cx: float
    cy: float
    r: float
    fill: str | None
    stroke: str | None
    width: float = 1.0
    dash: tuple[float, ...] | None = None


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float
    fill: str | None
    stroke: str | None
    width: float = 1.0


@dataclass(frozen=True)
class Text:
    """(x, y) is the baseline point; `anchor` says which end of the text sits on it."""

    x: float
    y: float
    text: str
    size: float
    colour: str
    anchor: str = "start"
    bold: bool = False


Primitive = Union[Line, Polygon, Circle, Rect, Text]

# ------------------------------------------------------------------------------------------ geometry/colour

# Room kept between two node discs for the label edge of a crowded map; roomy maps get far more (auto_layout).
LABEL_ROOM = 12.0
MIN_NODE_SPACING = 2 * NODE_RADIUS + LABEL_ROOM

# Paul Tol's "muted" scheme (colour-blind safe). Neighbouring sectors alternate light and dark so that the
# sectors stay apart in grey print too.
DOMAIN_COLOURS: dict[NetworkDomain, str] = {
    NetworkDomain.FAMILY: "#cc6677",          # rose
    NetworkDomain.FRIENDS: "#ddcc77",         # sand
    NetworkDomain.PEER_RECOVERY: "#44aa99",   # teal
    NetworkDomain.MUTUAL_AID: "#117733",      # green
    NetworkDomain.FAITH: "#aa4499",           # purple
    NetworkDomain.COMMUNITY: "#88ccee",       # cyan
    NetworkDomain.CLINICAL: "#332288",        # indigo
    NetworkDomain.HOUSING: "#999933",         # olive
    NetworkDomain.WORK_EDUCATION: "#882255",  # wine
    NetworkDomain.LEGAL_BENEFITS: "#dddddd",  # pale grey
}
# The fixed clockwise order of sectors from twelve o'clock, so that every person's map reads the same way.
SECTOR_ORDER: tuple[NetworkDomain, ...] = tuple(NetworkDomain)

INK = "#222222"          # ties and outlines: dark enough to survive any printer
OUTLINE = "#333333"
SUBTLE = "#888888"       # links between members, subordinate to ties
GUIDE = "#bbbbbb"        # sector boundaries
PAPER = "#ffffff"
BLACK = "#000000"
GREYS = frozenset({INK, OUTLINE, SUBTLE, GUIDE, PAPER, BLACK, "#555555", "#dddddd", "#f2f2f2"})
PALETTE = frozenset(DOMAIN_COLOURS.values()) | GREYS

TIE_WIDTH = {TieStrength.STRONG: 5.0, TieStrength.MODERATE: 2.0, TieStrength.WEAK: 1.5}
TIE_DASH = {TieStrength.STRONG: None, TieStrength.MODERATE: None, TieStrength.WEAK: (7.0, 5.0)}
LINK_DASH = (0.5, 5.0)

NAME_SIZE = 16.0
SUBLABEL_SIZE = 12.5
NAME_MAX_CHARS = 14
SUBLABEL_MAX_CHARS = 18
FONT_FAMILY = "DejaVu Sans, Noto Sans, sans-serif"


# ----------------------------------------------------------------------------------------------- inputs

@dataclass(frozen=True)
class MapNode:
    id: str
    label: str
    sublabel: str
    kind: MemberKind
    domain: NetworkDomain
    strength: TieStrength
    nature: TieNature
    direction: SupportDirection
    x: float | None = None
    y: float | None = None


@dataclass(frozen=True)
class MapLink:
    a_id: str
    b_id: str


@dataclass(frozen=True)
class Labels:
    """Every word the map shows, already translated by the caller (this layer does not translate)."""

    domains: dict[str, str]
    domain_abbreviations: dict[str, str]
    strengths: dict[str, str]
    natures: dict[str, str]
    directions: dict[str, str]
    kinds: dict[str, str]
    legend_title: str = "Key"
    sectors_heading: str = "Sectors"
    ties_heading: str = "Ties"
    directions_heading: str = "Support flows"
    kinds_heading: str = "Shapes"
    link: str = "Members who know each other"
    participant: str = "Participant"
    member: str = "Member"

    @classmethod
    def english(cls) -> Labels:
        return cls(
            domains={
                NetworkDomain.FAMILY: "Family", NetworkDomain.FRIENDS: "Friends",
                NetworkDomain.PEER_RECOVERY: "Peer recovery", NetworkDomain.MUTUAL_AID: "Mutual aid",
                NetworkDomain.FAITH: "Faith", NetworkDomain.COMMUNITY: "Community",
                NetworkDomain.CLINICAL: "Clinical", NetworkDomain.HOUSING: "Housing",
                NetworkDomain.WORK_EDUCATION: "Work & education",
                NetworkDomain.LEGAL_BENEFITS: "Legal & benefits",
            },
            domain_abbreviations={
                NetworkDomain.FAMILY: "FAM", NetworkDomain.FRIENDS: "FR", NetworkDomain.PEER_RECOVERY: "PR",
                NetworkDomain.MUTUAL_AID: "MA", NetworkDomain.FAITH: "FTH", NetworkDomain.COMMUNITY: "COM",
                NetworkDomain.CLINICAL: "CLN", NetworkDomain.HOUSING: "HSG",
                NetworkDomain.WORK_EDUCATION: "W/E", NetworkDomain.LEGAL_BENEFITS: "L/B",
            },
            strengths={TieStrength.STRONG: "Strong", TieStrength.MODERATE: "Moderate",
                       TieStrength.WEAK: "Weak / tenuous"},
            natures={TieNature.SUPPORTIVE: "Supportive", TieNature.STRESSFUL: "Stressful",
                     TieNature.MIXED: "Mixed: supportive and stressful"},
            directions={SupportDirection.RECEIVES: "Member supports the participant",
                        SupportDirection.GIVES: "Participant supports the member",
                        SupportDirection.BOTH: "Support both ways"},
            kinds={MemberKind.PERSON: "Person", MemberKind.GROUP: "Group",
                   MemberKind.ORGANISATION: "Organisation"},
        )


@dataclass(frozen=True)
class Drawing:
    """A finished map: add `origin` to a primitive's map coordinates to get drawing coordinates in
    [0, width] x [0, height]."""

    width: float
    height: float
    origin: Point
    primitives: tuple[Primitive, ...] = field(default_factory=tuple)


# ----------------------------------------------------------------------------------------------- helpers

def _luminance(colour: str) -> float:
    def channel(hex2: str) -> float:
        c = int(hex2, 16) / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(colour[i:i + 2]) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def text_colour_on(fill: str) -> str:
    """Black or white, whichever contrasts more with `fill` (WCAG luminance; the cross-over is ~0.18)."""
    return BLACK if _luminance(fill) > 0.18 else PAPER


def text_width(text: str, size: float, bold: bool = False) -> float:
    """A font-independent estimate, generous enough for DejaVu Sans (the widest of the fonts we name); its
    bold face runs about an eighth wider, and under-estimating clips names behind their white halo."""
    width = 0.0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        if unicodedata.east_asian_width(ch) in ("W", "F") or ord(ch) >= 0x1F000:
            width += 1.0
        elif ch in "il.,:;'|!":
            width += 0.34
        elif ch in "mwMW@%":
            width += 1.0
        elif ch.isupper():
            width += 0.76
        elif ch == " ":
            width += 0.33
        else:
            width += 0.62
    return width * size * (1.13 if bold else 1.0)


def _shorten(text: str, max_chars: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= max_chars else text[:max_chars - 1].rstrip() + "…"


def _text_box(t: Text) -> tuple[float, float, float, float]:
    w = text_width(t.text, t.size, t.bold)
    left = t.x - (w / 2 if t.anchor == "middle" else w if t.anchor == "end" else 0.0)
    return left, t.y - t.size * 0.95, w, t.size * 1.2


def primitive_bounds(p: Primitive) -> tuple[float, float, float, float]:
    """(min_x, min_y, max_x, max_y) including stroke width."""
    if isinstance(p, (Line, Polygon)):
        xs = [q[0] for q in p.points]
        ys = [q[1] for q in p.points]
        pad = p.width / 2
        return min(xs) - pad, min(ys) - pad, max(xs) + pad, max(ys) + pad
    if isinstance(p, Circle):
        r = p.r + p.width / 2
        return p.cx - r, p.cy - r, p.cx + r, p.cy + r
    if isinstance(p, Rect):
        pad = p.width / 2 if p.stroke else 0.0
        return p.x - pad, p.y - pad, p.x + p.w + pad, p.y + p.h + pad
    x, y, w, h = _text_box(p)
    return x, y, x + w, y + h


def bounds_of(primitives: Iterable[Primitive]) -> tuple[float, float, float, float]:
    boxes = [primitive_bounds(p) for p in primitives]
    if not boxes:
        return 0.0, 0.0, 0.0, 0.0
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def translated(primitives: Iterable[Primitive], dx: float, dy: float) -> list[Primitive]:
    """The same primitives moved by (dx, dy): how node-local drawings are placed on the map."""
    out: list[Primitive] = []
    for p in primitives:
        if isinstance(p, (Line, Polygon)):
            out.append(replace(p, points=tuple((x + dx, y + dy) for x, y in p.points)))
        elif isinstance(p, Circle):
            out.append(replace(p, cx=p.cx + dx, cy=p.cy + dy))
        else:
            out.append(replace(p, x=p.x + dx, y=p.y + dy))
    return out


def _hexagon(cx: float, cy: float, r: float) -> tuple[Point, ...]:
    return tuple((cx + r * math.cos(math.pi / 6 + k * math.pi / 3), cy + r * math.sin(math.pi / 6 + k * math.pi / 3))
                 for k in range(6))


def _shape(kind: MemberKind, cx: float, cy: float, r: float, fill: str | None, stroke: str, width: float
           ) -> Primitive:
    """Kind is told by shape so it survives grey print: person disc, group hexagon, organisation square."""
    if kind == MemberKind.GROUP:
        return Polygon(_hexagon(cx, cy, r * 1.1), fill, stroke, width)
    if kind == MemberKind.ORGANISATION:
        half = r * 0.9
        return Rect(cx - half, cy - half, 2 * half, 2 * half, fill, stroke, width)
    return Circle(cx, cy, r, fill, stroke, width)


# ---------------------------------------------------------------------------------------------- positions

def _has_position(node: MapNode) -> bool:
    return node.x is not None and node.y is not None and math.isfinite(node.x) and math.isfinite(node.y)


def sector_angles(domains: Iterable[NetworkDomain]) -> dict[NetworkDomain, tuple[float, float]]:
    """Angular range (radians, clockwise on screen from twelve o'clock) of each domain present.

    Width follows the number of members with a floor, so a lone clinician still gets a readable sector."""
    counts: dict[NetworkDomain, int] = {}
    for d in domains:
        counts[NetworkDomain(d)] = counts.get(NetworkDomain(d), 0) + 1
    if not counts:
        return {}
    total = sum(counts.values())
    floor = max(1.0, 0.07 * total)
    weights = {d: max(float(counts[d]), floor) for d in SECTOR_ORDER if d in counts}
    whole = sum(weights.values())
    angle = -math.pi / 2
    out = {}
    for d, w in weights.items():
        span = 2 * math.pi * w / whole
        out[d] = (angle, angle + span)
        angle += span
    return out


# Strongest first: the layout places these members first, the screen names them first on a small map.
STRENGTH_RANK = {TieStrength.STRONG: 0, TieStrength.MODERATE: 1, TieStrength.WEAK: 2}
# Where each strength starts looking for a ring, as a fraction of MAP_RADIUS: closeness is read as radius.
_PREFERRED_RADIUS = {TieStrength.STRONG: 0.0, TieStrength.MODERATE: 0.47, TieStrength.WEAK: 0.7}
_INNER_RING = CENTRE_RADIUS + NODE_RADIUS + 70
_OUTER_RING = MAP_RADIUS - NODE_RADIUS - 4
_SPACINGS = (130.0, 118.0, 106.0, 96.0, 88.0, 80.0, 72.0, 64.0, 58.0, 52.0, 48.0, MIN_NODE_SPACING + 0.5)


def _ring_slots(start: float, end: float, r: float, spacing: float) -> list[float]:
    """Angles of as many nodes as fit on a ring within a sector, each `spacing` from the next and from the
    sector edges by half of it (so neighbours across an edge are a full spacing apart too)."""
    step = 2 * math.asin(min(1.0, spacing / (2 * r)))
    span = end - start
    if span >= 2 * math.pi - 1e-9:
        n = int(2 * math.pi / step)
        return [start + k * 2 * math.pi / n for k in range(n)] if n else []
    usable = span - step
    if usable < 0:
        return []
    n = int(usable / step + 1e-9) + 1
    if n == 1:
        return [start + span / 2]
    return [start + step / 2 + k * usable / (n - 1) for k in range(n)]


def _try_layout(sectors: dict[NetworkDomain, tuple[float, float]], to_place: list[MapNode],
                obstacles: list[Point], spacing: float, allow_overflow: bool) -> dict[str, Point] | None:
    # A roomy map keeps its outer ring back from the rim, where the sector names are.
    outer = _OUTER_RING - min(90.0, max(0.0, (spacing - MIN_NODE_SPACING) * 1.2))
    radii = []
    r = _INNER_RING
    while r <= outer + 1e-9:
        radii.append(r)
        r += spacing
    result: dict[str, Point] = {}
    for domain, (start, end) in sectors.items():
        members = sorted((n for n in to_place if n.domain == domain),
                         key=lambda n: (STRENGTH_RANK[TieStrength(n.strength)], n.label.casefold(), n.id))
        if not members:
            continue
        ring_radii = list(radii)
        while allow_overflow:
            free = _free_slots(start, end, ring_radii, spacing, obstacles)
            if sum(len(s) for s in free) >= len(members):
                break
            ring_radii.append(ring_radii[-1] + spacing)
        free = _free_slots(start, end, ring_radii, spacing, obstacles)
        if sum(len(s) for s in free) < len(members):
            return None
        taken = [0] * len(ring_radii)
        assigned: list[list[MapNode]] = [[] for _ in ring_radii]
        for node in members:
            preferred = _PREFERRED_RADIUS[TieStrength(node.strength)] * MAP_RADIUS
            first = next((i for i, rr in enumerate(ring_radii) if rr >= preferred), len(ring_radii) - 1)
            order = list(range(first, len(ring_radii))) + list(range(first - 1, -1, -1))
            ring = next(i for i in order if taken[i] < len(free[i]))
            taken[ring] += 1
            assigned[ring].append(node)
        used = [i for i, ring_nodes in enumerate(assigned) if ring_nodes]
        if not obstacles and len(used) > 1 and ring_radii[-1] <= outer + 1e-9:
            # Fewer rings used than fit: open the gaps between them (outward only, so every ring still holds
            # what it was given) to give the labels, which reach out radially at the sides, more room.
            gap = max(spacing, min((outer - ring_radii[used[0]]) / (len(used) - 1), spacing * 1.6))
            base = ring_radii[used[0]]
            for rank, i in enumerate(used):
                ring_radii[i] = max(ring_radii[i], base + rank * gap)
        inner: list[Point] = [o for o in obstacles if start <= _angle_in(o, start) <= end]
        for i, ring_nodes in enumerate(assigned):
            if not ring_nodes:
                continue
            angles = _spread(start, end, ring_radii[i], spacing, free[i], len(ring_nodes), obstacles, inner)
            for node, a in zip(ring_nodes, angles):
                result[node.id] = (ring_radii[i] * math.cos(a), ring_radii[i] * math.sin(a))
                inner.append(result[node.id])
    return result


def _angle_in(p: Point, start: float) -> float:
    """The angle of p, unwrapped into [start, start + 2pi)."""
    return start + (math.atan2(p[1], p[0]) - start) % (2 * math.pi)


def _free_slots(start: float, end: float, radii: list[float], spacing: float, obstacles: list[Point]
                ) -> list[list[float]]:
    out = []
    for r in radii:
        slots = _ring_slots(start, end, r, spacing)
        if obstacles:
            slots = [a for a in slots
                     if all(math.hypot(r * math.cos(a) - ox, r * math.sin(a) - oy) >= spacing for ox, oy in obstacles)]
        out.append(slots)
    return out


def _spread(start: float, end: float, r: float, spacing: float, free: list[float], k: int,
            obstacles: list[Point], inner: list[Point]) -> list[float]:
    """k angles on one ring, each near its even share of the sector but nudged (within that share) so the
    tie to it clears the members already placed nearer the centre: a tie must not run through a node or
    under its label. Crowded rings, or ones with kept nodes in the way, fall back to the free slots."""
    step = 2 * math.asin(min(1.0, spacing / (2 * r)))
    full_circle = end - start >= 2 * math.pi - 1e-9
    if full_circle:
        lo, usable = start, 2 * math.pi - step
        cell = 2 * math.pi / k
        ideal = [start + (j + 0.5) * cell for j in range(k)]
    else:
        lo, usable = start + step / 2, end - start - step
        cell = usable / k if k else 0.0
        ideal = [lo + (j + 0.5) * cell for j in range(k)] if k > 1 else [(start + end) / 2]
    hi = lo + usable

    def clearance(a: float) -> float:
        best = 60.0  # beyond this a tie is far enough from a node and its label
        for ix, iy in inner:
            ri = math.hypot(ix, iy)
            delta = math.atan2(iy, ix) - a
            if math.cos(delta) > 0 and ri < r:
                best = min(best, ri * abs(math.sin(delta)))
        return best

    def free_of_obstacles(a: float) -> bool:
        px, py = r * math.cos(a), r * math.sin(a)
        return all(math.hypot(px - ox, py - oy) >= spacing for ox, oy in obstacles)

    chosen: list[float] = []
    for j, target in enumerate(ideal):
        low = max(target - cell / 2, chosen[-1] + step if chosen else lo)
        high = min(target + cell / 2, hi - (k - 1 - j) * step)
        if full_circle and chosen:
            high = min(high, chosen[0] + 2 * math.pi - (k - j) * step)
        if high < low - 1e-9:
            break
        candidates = [low + (high - low) * t / 24 for t in range(25)] if high > low else [low]
        candidates = [a for a in candidates if free_of_obstacles(a)]
        if not candidates:
            break
        chosen.append(max(candidates, key=lambda a: (round(clearance(a), 1), -abs(a - target))))
    if len(chosen) == k:
        return chosen
    return [free[int((j + 0.5) * len(free) / k)] for j in range(k)]


def auto_layout(nodes: Iterable[MapNode], keep_existing: bool = True) -> dict[str, Point]:
    """Positions for every node: kept (clamped) where it has one and `keep_existing`, else placed.

    Placed nodes go to their domain's sector, strong ties nearest the participant and weak ones furthest out,
    on as many rings as the sector needs, at least MIN_NODE_SPACING apart (and apart from kept nodes); the
    spacing is the roomiest that fits, so a small map gets room for its labels. Deterministic."""
    nodes = list(nodes)
    result: dict[str, Point] = {}
    obstacles: list[Point] = []
    to_place: list[MapNode] = []
    for node in nodes:
        if keep_existing and node.x is not None and node.y is not None and _has_position(node):
            x, y, _ = clamp_to_map(float(node.x), float(node.y))
            result[node.id] = (x, y)
            obstacles.append((x, y))
        else:
            to_place.append(node)
    if not to_place:
        return result
    sectors = sector_angles(n.domain for n in nodes)
    placed = None
    for spacing in _SPACINGS:
        placed = _try_layout(sectors, to_place, obstacles, spacing, allow_overflow=False)
        if placed is not None:
            break
    if placed is None:
        # More members than the disc holds: rings continue past the rim rather than overlap.
        placed = _try_layout(sectors, to_place, obstacles, _SPACINGS[-1], allow_overflow=True)
    result.update(placed or {})
    return result


# ------------------------------------------------------------------------------------------------- pieces

def centre_drawing(label: str) -> list[Primitive]:
    """The participant: larger than any member and double-ringed, name inside, shrunk to fit."""
    out: list[Primitive] = [
        Circle(0.0, 0.0, CENTRE_RADIUS, PAPER, INK, 3.0),
        Circle(0.0, 0.0, CENTRE_RADIUS - 6, None, INK, 1.2),
    ]
    room = 2 * (CENTRE_RADIUS - 9)
    # Two short lines fit the disc at a readable size better than one long line shrunk to fit.
    lines = _wrap(label, 9, 2)
    size = 17.0
    while size > 8.0 and max(text_width(line, size, True) for line in lines) > room:
        size -= 0.5
    first_baseline = size * 0.35 - (len(lines) - 1) * size * 0.6
    for i, line in enumerate(lines):
        while len(line) > 1 and text_width(line, size, True) > room:
            line = line[:-2].rstrip() + "…"
        out.append(Text(0.0, first_baseline + i * size * 1.2, line, size, BLACK, "middle", True))
    return out


def _label_side(node: MapNode) -> str:
    """Which side of the node its name goes on: away from the participant, so the node's own tie (which
    arrives from the centre) never runs under it. Unplaced nodes label below."""
    if node.x is None or node.y is None or not _has_position(node) or (node.x == 0 and node.y == 0):
        return "below"
    x, y = float(node.x), float(node.y)
    if abs(y) >= abs(x) * 0.75:
        return "below" if y > 0 else "above"
    return "right" if x > 0 else "left"


def _greedy_lines(text: str, fits: Callable[[str], bool]) -> list[str]:
    """Words onto lines, each as long as `fits` allows; a word longer than a line gets a line of its own."""
    lines: list[str] = []
    current = ""
    for word in " ".join((text or "").split()).split(" "):
        candidate = f"{current} {word}".strip()
        if not current or fits(candidate):
            current = candidate
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines


def _wrap(text: str, max_chars: int, max_lines: int) -> list[str]:
    """Words onto at most max_lines lines of max_chars, the last shortened with an ellipsis: a long name
    grows a line rather than reaching into the next node's room."""
    lines = _greedy_lines(text, lambda candidate: len(candidate) <= max_chars)
    if len(lines) > max_lines:
        lines = lines[:max_lines - 1] + [" ".join(lines[max_lines - 1:])]
    return [_shorten(line, max_chars) for line in lines]


def _label_texts(node: MapNode) -> list[Text]:
    lines = [(line, NAME_SIZE, True) for line in _wrap(node.label, NAME_MAX_CHARS, 2)]
    sub = _shorten(node.sublabel, SUBLABEL_MAX_CHARS)
    lines += [(sub, SUBLABEL_SIZE, False)] if sub else []
    side = _label_side(node)
    gap = NODE_RADIUS + 4
    height = sum(s * 1.2 for _, s, _ in lines)
    if side == "below":
        x, top, anchor = 0.0, gap, "middle"
    elif side == "above":
        x, top, anchor = 0.0, -gap - height, "middle"
    elif side == "right":
        x, top, anchor = gap, -height / 2, "start"
    else:
        x, top, anchor = -gap, -height / 2, "end"
    out = []
    y = top
    for text, size, bold in lines:
        y += size * 1.0
        out.append(Text(x, y, text, size, BLACK if bold else "#555555", anchor, bold))
        y += size * 0.2
    return out


def node_drawing(node: MapNode, labels: Labels) -> list[Primitive]:
    """A member in node-local coordinates (origin = node centre): shape filled with the domain colour, the
    domain's abbreviation inside (for grey print), name and relationship on a white halo outside."""
    fill = DOMAIN_COLOURS[NetworkDomain(node.domain)]
    out: list[Primitive] = [_shape(MemberKind(node.kind), 0.0, 0.0, NODE_RADIUS, fill, OUTLINE, 1.5)]
    abbreviation = labels.domain_abbreviations.get(NetworkDomain(node.domain), "")
    if abbreviation:
        size = 8.5
        while size > 5.5 and text_width(abbreviation, size, True) > NODE_RADIUS * 1.6:
            size -= 0.5
        out.append(Text(0.0, size * 0.36, abbreviation, size, text_colour_on(fill), "middle", True))
    texts = _label_texts(node)
    for t in texts:
        x, y, w, h = _text_box(t)
        out.append(Rect(x - 2, y - 0.5, w + 4, h + 1, PAPER, None, 0.0))
    out.extend(texts)
    return out


def node_bounds(node: MapNode) -> tuple[float, float, float, float]:
    """(x, y, w, h) of everything node_drawing paints, in node-local coordinates."""
    boxes = [(-NODE_RADIUS * 1.15, -NODE_RADIUS * 1.15, NODE_RADIUS * 1.15, NODE_RADIUS * 1.15)]
    for t in _label_texts(node):
        x, y, w, h = _text_box(t)
        boxes.append((x - 2, y - 0.5, x + w + 2, y + h + 0.5))
    x0, y0 = min(b[0] for b in boxes), min(b[1] for b in boxes)
    x1, y1 = max(b[2] for b in boxes), max(b[3] for b in boxes)
    return x0, y0, x1 - x0, y1 - y0


def _arrowhead(tip: Point, ux: float, uy: float, width: float) -> tuple[Polygon, float]:
    """A filled head pointing along (ux, uy) at `tip`; also how far back the line should stop under it."""
    length = 10.0 + 1.6 * width
    half = 4.5 + 0.9 * width
    bx, by = tip[0] - ux * length, tip[1] - uy * length
    return Polygon(((tip[0], tip[1]), (bx - uy * half, by + ux * half), (bx + uy * half, by - ux * half)),
                   INK, INK, 1.0), length * 0.8


def _zigzag(a: Point, b: Point, amplitude: float, wavelength: float, lead: float) -> tuple[Point, ...]:
    """A zigzag from a to b with straight lead-ins, so arrowheads and node borders stay clean."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = math.hypot(dx, dy)
    if length <= 2 * lead + wavelength / 2:
        return (a, b)
    ux, uy = dx / length, dy / length
    px, py = -uy, ux
    body = length - 2 * lead
    half_waves = max(2, round(body / (wavelength / 2)))
    step = body / half_waves
    points = [a, (a[0] + ux * lead, a[1] + uy * lead)]
    for k in range(half_waves):
        t = lead + (k + 0.5) * step
        sign = 1.0 if k % 2 == 0 else -1.0
        points.append((a[0] + ux * t + px * amplitude * sign, a[1] + uy * t + py * amplitude * sign))
    points.append((a[0] + ux * (length - lead), a[1] + uy * (length - lead)))
    points.append(b)
    return tuple(points)


def _tie_between(a: Point, b: Point, strength: TieStrength, nature: TieNature, arrow_at_a: bool,
                 arrow_at_b: bool) -> list[Primitive]:
    """The tie style, used by the map and by the legend samples alike."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = math.hypot(dx, dy)
    if length < 1.0:
        return []
    ux, uy = dx / length, dy / length
    width = TIE_WIDTH[strength]
    dash = TIE_DASH[strength]
    heads: list[Primitive] = []
    start, end = a, b
    if arrow_at_a:
        head, back = _arrowhead(a, -ux, -uy, width)
        heads.append(head)
        start = (a[0] + ux * back, a[1] + uy * back)
    if arrow_at_b:
        head, back = _arrowhead(b, ux, uy, width)
        heads.append(head)
        end = (b[0] - ux * back, b[1] - uy * back)
    out: list[Primitive] = []
    if nature == TieNature.STRESSFUL:
        zig_width = max(1.5, width * 0.7)
        points = _zigzag(start, end, 4.0 + zig_width, 10.0 + 2.5 * zig_width, 4.0)
        out.append(Line(points, zig_width, INK, dash))
    else:
        out.append(Line((start, end), width, INK, dash))
        if nature == TieNature.MIXED:
            # Mixed = the supportive line with a thin zigzag riding on it: reads as "both" in any print.
            out.append(Line(_zigzag(start, end, 4.0 + width * 0.8, 12.0, 6.0), 1.2, INK, None))
    out.extend(heads)
    return out


def tie_drawing(node: MapNode, node_xy: Point) -> list[Primitive]:
    """The tie from the participant to a member at node_xy, border to border, in map coordinates."""
    nx, ny = node_xy
    distance = math.hypot(nx, ny)
    near, far = CENTRE_RADIUS + 3.0, NODE_RADIUS + 4.0
    if distance <= near + far + 4.0:
        return []
    ux, uy = nx / distance, ny / distance
    a = (ux * near, uy * near)
    b = (nx - ux * far, ny - uy * far)
    direction = SupportDirection(node.direction)
    return _tie_between(a, b, TieStrength(node.strength), TieNature(node.nature),
                        arrow_at_a=direction in (SupportDirection.RECEIVES, SupportDirection.BOTH),
                        arrow_at_b=direction in (SupportDirection.GIVES, SupportDirection.BOTH))


def link_drawing(a_xy: Point, b_xy: Point) -> list[Primitive]:
    """Two members who know each other: a thin grey dotted line, quieter than any tie."""
    dx, dy = b_xy[0] - a_xy[0], b_xy[1] - a_xy[1]
    distance = math.hypot(dx, dy)
    trim = NODE_RADIUS + 4.0
    if distance <= 2 * trim + 2:
        return []
    ux, uy = dx / distance, dy / distance
    return [Line(((a_xy[0] + ux * trim, a_xy[1] + uy * trim), (b_xy[0] - ux * trim, b_xy[1] - uy * trim)),
                 1.6, SUBTLE, LINK_DASH)]


def _arc(r: float, start: float, end: float) -> tuple[Point, ...]:
    steps = max(2, int(abs(end - start) / (math.pi / 90)) + 1)
    return tuple((r * math.cos(start + (end - start) * k / steps), r * math.sin(start + (end - start) * k / steps))
                 for k in range(steps + 1))


def sector_drawing(nodes: Iterable[MapNode], labels: Labels) -> list[Primitive]:
    """Faint boundaries between the sectors of the domains present, a band of the domain colour on the rim
    and the sector's name outside it, so the domain reads even in grey print."""
    sectors = sector_angles(n.domain for n in nodes)
    out: list[Primitive] = [Circle(0.0, 0.0, MAP_RADIUS, None, GUIDE, 1.0, (2.0, 6.0))]
    if len(sectors) > 1:
        for start, _ in sectors.values():
            c, s = math.cos(start), math.sin(start)
            out.append(Line(((c * (CENTRE_RADIUS + 12), s * (CENTRE_RADIUS + 12)), (c * MAP_RADIUS, s * MAP_RADIUS)),
                            1.0, GUIDE, (2.0, 6.0)))
    for domain, (start, end) in sectors.items():
        gap = min(0.02, (end - start) / 8) if len(sectors) > 1 else 0.0
        out.append(Line(_arc(MAP_RADIUS + 6, start + gap, end - gap), 8.0, DOMAIN_COLOURS[domain], None))
        mid = (start + end) / 2
        c, s = math.cos(mid), math.sin(mid)
        anchor = "middle" if abs(c) < 0.3 else ("start" if c > 0 else "end")
        r = MAP_RADIUS + 18
        size = 17.0
        y = s * r + (size if s > 0.3 else 0.0 if s < -0.3 else size * 0.35)
        name = labels.domains.get(domain, str(domain))
        out.append(Text(c * r, y, name, size, OUTLINE, anchor, True))
    return out


LEGEND_PARTS = ("sectors", "ties", "directions", "kinds")


def legend_drawing(labels: Labels, x: float, y: float, domains: Iterable[NetworkDomain] | None = None,
                   parts: Iterable[str] = LEGEND_PARTS) -> tuple[list[Primitive], float, float]:
    """The key, top-left at (x, y): sector colours (the `domains` given, default all), line styles, arrow
    meaning, shapes (or only the `parts` named). The samples are drawn by the same code as the map, so the key
    cannot disagree with it."""
    pad, row, sample_w, text_size = 12.0, 22.0, 56.0, 11.0
    shown = [d for d in SECTOR_ORDER if domains is None or d in set(NetworkDomain(v) for v in domains)]
    body: list[Primitive] = []
    widths: list[float] = []
    cy = y + pad

    def heading(text: str, size: float = 12.0) -> None:
        nonlocal cy
        cy += size + 6
        body.append(Text(x + pad, cy, text, size, BLACK, "start", True))
        widths.append(text_width(text, size, True))
        cy += 6

    def entry(sample: list[Primitive], text: str) -> None:
        nonlocal cy
        mid = cy + row / 2
        body.extend(translated(sample, x + pad, mid))
        body.append(Text(x + pad + sample_w + 10, mid + text_size * 0.35, text, text_size, BLACK, "start"))
        widths.append(sample_w + 10 + text_width(text, text_size))
        cy += row

    parts = set(parts)
    if "sectors" in parts:  # a key printed in pieces has its title once, over the first
        heading(labels.legend_title, 14.0)
    if shown and "sectors" in parts:
        heading(labels.sectors_heading)
        for d in shown:
            fill = DOMAIN_COLOURS[d]
            abbreviation = labels.domain_abbreviations.get(d, "")
            sample: list[Primitive] = [Circle(sample_w / 2, 0.0, 9.5, fill, OUTLINE, 1.2)]
            if abbreviation:
                sample.append(Text(sample_w / 2, 2.3, abbreviation, 6.5, text_colour_on(fill), "middle", True))
            entry(sample, labels.domains.get(d, str(d)))
    for strength in TieStrength if "ties" in parts else ():
        if strength == TieStrength.STRONG:
            heading(labels.ties_heading)
        entry(_tie_between((0.0, 0.0), (sample_w, 0.0), strength, TieNature.SUPPORTIVE, False, False),
              labels.strengths.get(strength, str(strength)))
    for nature in (TieNature.STRESSFUL, TieNature.MIXED) if "ties" in parts else ():
        entry(_tie_between((0.0, 0.0), (sample_w, 0.0), TieStrength.MODERATE, nature, False, False),
              labels.natures.get(nature, str(nature)))
    if "ties" in parts:
        entry([Line(((0.0, 0.0), (sample_w, 0.0)), 1.6, SUBTLE, LINK_DASH)], labels.link)
    for direction in SupportDirection if "directions" in parts else ():
        if direction == next(iter(SupportDirection)):
            heading(labels.directions_heading)
        # Participant on the left (double ring, as on the map), member on the right.
        sample = [Circle(5.0, 0.0, 5.0, PAPER, INK, 1.5), Circle(sample_w - 5.0, 0.0, 5.0, "#dddddd", OUTLINE, 1.2)]
        sample += _tie_between((12.0, 0.0), (sample_w - 12.0, 0.0), TieStrength.MODERATE, TieNature.SUPPORTIVE,
                               arrow_at_a=direction in (SupportDirection.RECEIVES, SupportDirection.BOTH),
                               arrow_at_b=direction in (SupportDirection.GIVES, SupportDirection.BOTH))
        entry(sample, labels.directions.get(direction, str(direction)))
    for kind in MemberKind if "kinds" in parts else ():
        if kind == next(iter(MemberKind)):
            heading(labels.kinds_heading)
        entry([_shape(kind, sample_w / 2, 0.0, 8.5, "#dddddd", OUTLINE, 1.2)], labels.kinds.get(kind, str(kind)))
    width = pad * 2 + max(widths)
    height = cy - y + pad
    frame = Rect(x, y, width, height, PAPER, "#555555", 1.0)
    return [frame] + body, width, height


def full_drawing(centre_label: str, nodes: Iterable[MapNode], links: Iterable[MapLink], labels: Labels,
                 legend: bool = True) -> Drawing:
    """The whole map for export and print: sectors, links, ties, participant, members, then the key to the
    right. Nodes without a position are placed by auto_layout."""
    nodes = list(nodes)
    positions = auto_layout(nodes, keep_existing=True)
    placed = [replace(n, x=positions[n.id][0], y=positions[n.id][1]) for n in nodes]
    primitives: list[Primitive] = list(sector_drawing(placed, labels))
    for link in links:
        if link.a_id in positions and link.b_id in positions and link.a_id != link.b_id:
            primitives += link_drawing(positions[link.a_id], positions[link.b_id])
    for node in placed:
        primitives += tie_drawing(node, positions[node.id])
    primitives += centre_drawing(centre_label)
    for node in placed:
        primitives += translated(node_drawing(node, labels), *positions[node.id])
    min_x, min_y, max_x, max_y = bounds_of(primitives)
    if legend:
        items, w, h = legend_drawing(labels, max_x + 40.0, min_y, domains=[n.domain for n in placed] or None)
        primitives += items
        max_x = max(max_x, max_x + 40.0 + w)
        max_y = max(max_y, min_y + h)
    margin = 16.0
    return Drawing(max_x - min_x + 2 * margin, max_y - min_y + 2 * margin, (margin - min_x, margin - min_y),
                   tuple(primitives))


def legend_only(labels: Labels, domains: Iterable[NetworkDomain] | None = None,
                parts: Iterable[str] = LEGEND_PARTS) -> Drawing:
    """The key on its own, for print: set below the map rather than beside it, the map can use the page's
    whole width and both come out larger."""
    items, w, h = legend_drawing(labels, 0.0, 0.0, domains=list(domains) if domains is not None else None,
                                 parts=parts)
    min_x, min_y, max_x, max_y = bounds_of(items)
    margin = 4.0
    return Drawing(max_x - min_x + 2 * margin, max_y - min_y + 2 * margin, (margin - min_x, margin - min_y),
                   tuple(items))


# ----------------------------------------------------------------------------------------------- backends

def _xml_safe(text: str) -> str:
    """XML 1.0 cannot carry most control characters at all; everything else (any script, emoji) passes."""
    return "".join(ch for ch in text if ch in "\t\n\r" or (ord(ch) >= 0x20 and not 0xD800 <= ord(ch) <= 0xDFFF
                                                             and ch not in "\ufffe\uffff"))


def _num(v: float) -> str:
    return f"{v:.2f}".rstrip("0").rstrip(".")


def to_svg(drawing: Drawing) -> str:
    """SVG 1.1 text of the drawing."""
    import xml.etree.ElementTree as ET

    svg = ET.Element("svg", {
        "xmlns": "http://www.w3.org/2000/svg", "version": "1.1",
        "width": _num(drawing.width), "height": _num(drawing.height),
        "viewBox": f"0 0 {_num(drawing.width)} {_num(drawing.height)}",
        "font-family": FONT_FAMILY,
    })
    ET.SubElement(svg, "rect", {"x": "0", "y": "0", "width": _num(drawing.width), "height": _num(drawing.height),
                                "fill": PAPER})
    group = ET.SubElement(svg, "g", {"transform": f"translate({_num(drawing.origin[0])},{_num(drawing.origin[1])})"})

    def paint(attrs: dict[str, str], fill: str | None, stroke: str | None, width: float,
              dash: tuple[float, ...] | None = None) -> dict[str, str]:
        attrs["fill"] = fill or "none"
        if stroke and width > 0:
            attrs.update({"stroke": stroke, "stroke-width": _num(width)})
            if dash:
                attrs["stroke-dasharray"] = ",".join(_num(d) for d in dash)
        return attrs

    for p in drawing.primitives:
        if isinstance(p, Line):
            attrs = paint({"points": " ".join(f"{_num(x)},{_num(y)}" for x, y in p.points),
                           "stroke-linecap": "round", "stroke-linejoin": "round"}, None, p.colour, p.width, p.dash)
            ET.SubElement(group, "polyline", attrs)
        elif isinstance(p, Polygon):
            attrs = paint({"points": " ".join(f"{_num(x)},{_num(y)}" for x, y in p.points),
                           "stroke-linejoin": "round"}, p.fill, p.stroke, p.width)
            ET.SubElement(group, "polygon", attrs)
        elif isinstance(p, Circle):
            ET.SubElement(group, "circle", paint({"cx": _num(p.cx), "cy": _num(p.cy), "r": _num(p.r)},
                                                 p.fill, p.stroke, p.width, p.dash))
        elif isinstance(p, Rect):
            ET.SubElement(group, "rect", paint({"x": _num(p.x), "y": _num(p.y), "width": _num(p.w),
                                                "height": _num(p.h)}, p.fill, p.stroke, p.width))
        else:
            attrs = {"x": _num(p.x), "y": _num(p.y), "font-size": _num(p.size), "fill": p.colour,
                     "text-anchor": p.anchor}
            if p.bold:
                attrs["font-weight"] = "bold"
            ET.SubElement(group, "text", attrs).text = _xml_safe(p.text)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(svg, encoding="unicode")


def _rgb(colour: str) -> tuple[float, float, float]:
    r, g, b = (int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return r, g, b


def draw_reportlab(canvas, drawing: Drawing, x: float, y: float, width: float, height: float,
                   font_name: str = "Helvetica") -> None:
    """Paint the drawing into the box (x, y, width, height) of a reportlab canvas (points, y up), scaled to
    fit and centred. The font must cover the names' scripts; the caller registers one (e.g. DejaVu Sans)."""
    from reportlab.pdfbase.pdfmetrics import getFont

    if drawing.width <= 0 or drawing.height <= 0:
        return
    scale = min(width / drawing.width, height / drawing.height)
    left = x + (width - drawing.width * scale) / 2
    top = y + height - (height - drawing.height * scale) / 2
    ox, oy = drawing.origin
    bold_name = font_name + "-Bold"
    try:
        getFont(bold_name)
    except (KeyError, Exception):
        bold_name = font_name

    def at(px: float, py: float) -> tuple[float, float]:
        return left + (px + ox) * scale, top - (py + oy) * scale

    canvas.saveState()
    canvas.setLineCap(1)
    canvas.setLineJoin(1)
    for p in drawing.primitives:
        if isinstance(p, Text):
            tx, ty = at(p.x, p.y)
            canvas.setFillColorRGB(*_rgb(p.colour))
            canvas.setFont(bold_name if p.bold else font_name, p.size * scale)
            draw = {"middle": canvas.drawCentredString, "end": canvas.drawRightString}.get(p.anchor,
                                                                                            canvas.drawString)
            draw(tx, ty, p.text)
            continue
        fill = getattr(p, "fill", None)
        stroke = p.colour if isinstance(p, Line) else p.stroke
        if stroke and p.width > 0:
            canvas.setStrokeColorRGB(*_rgb(stroke))
            canvas.setLineWidth(p.width * scale)
            dash = getattr(p, "dash", None)
            canvas.setDash([d * scale for d in dash] if dash else [])
        if fill:
            canvas.setFillColorRGB(*_rgb(fill))
        do_stroke = 1 if stroke and p.width > 0 else 0
        do_fill = 1 if fill else 0
        if isinstance(p, Circle):
            cx, cy = at(p.cx, p.cy)
            canvas.circle(cx, cy, p.r * scale, stroke=do_stroke, fill=do_fill)
        elif isinstance(p, Rect):
            rx, ry = at(p.x, p.y + p.h)
            canvas.rect(rx, ry, p.w * scale, p.h * scale, stroke=do_stroke, fill=do_fill)
        else:
            path = canvas.beginPath()
            path.moveTo(*at(*p.points[0]))
            for q in p.points[1:]:
                path.lineTo(*at(*q))
            if isinstance(p, Polygon):
                path.close()
            canvas.drawPath(path, stroke=do_stroke, fill=do_fill if isinstance(p, Polygon) else 0)
    canvas.restoreState()


# ------------------------------------------------------------------------------------------ the printed map

def _wrap_whole(text: str, max_width: float, size: float, bold: bool) -> list[str]:
    """Words onto as many lines as they need, each at most max_width wide where a word allows: never cut short."""
    return _greedy_lines(text, lambda candidate: text_width(candidate, size, bold) <= max_width)


def print_numbering(nodes: Iterable[MapNode]) -> list[MapNode]:
    """The members in the order the printed map numbers them: clockwise from twelve o'clock, as the sectors
    run, nearest the participant first within a direction. Nodes come back placed (x, y set)."""
    nodes = list(nodes)
    positions = auto_layout(nodes, keep_existing=True)
    placed = [replace(n, x=positions[n.id][0], y=positions[n.id][1]) for n in nodes]

    def clockwise(node: MapNode) -> tuple[float, float, str]:
        x, y = positions[node.id]  # where `placed` put it
        return round((math.atan2(y, x) + math.pi / 2) % (2 * math.pi), 3), math.hypot(x, y), node.id
    return sorted(placed, key=clockwise)


def print_map(centre_label: str, numbered: list[MapNode], links: Iterable[MapLink], *, text_size: float,
              max_width: float, max_height: float, line_scale: float = 0.45) -> Drawing:
    """The map for paper, in points (drawn at scale 1): each member a numbered shape in its area's colour, the
    numbers explained by a key printed beside it, so every word on the map is at `text_size` whatever the
    size of the network. `numbered` comes from print_numbering (member n is numbered[n - 1]).

    Lines never cross a word: ties and links end at the shapes' borders, the numbers sit inside opaque shapes
    and the participant's name inside the centre disc. A small network is drawn small, around the centre,
    rather than as a page-wide circle holding a dot."""
    size = text_size
    widest = max((text_width(str(n), size, True) for n in range(1, len(numbered) + 1)), default=0.0)
    node_r = max(widest / 2 + size * 0.35, size * 0.8)
    lines = _wrap_whole(centre_label, size * 6.5, size, True) or [""]
    name_w = max(text_width(line, size, True) for line in lines)
    centre_r = max(math.hypot(name_w / 2, len(lines) * size * 0.6) + 4.0, size * 2.0)
    need = 2 * node_r + 4.0  # centre to centre between two members
    limit = max(60.0, min(max_width, max_height) / 2 - 8.0)  # the disc's largest radius on the page
    # Where the map's innermost allowed position lands: far enough out for a tie with an arrowhead at each end.
    base = centre_r + node_r + 2.6 * size * line_scale / 0.45
    inner_map = CENTRE_RADIUS + NODE_RADIUS + 8

    def radius_of(xy: Point) -> float:
        return math.hypot(*xy)

    positions: dict[str, Point] = {n.id: (float(n.x), float(n.y)) for n in numbered}  # type: ignore[arg-type]
    nodes_by_id = {n.id: n for n in numbered}

    def fit(pos: dict[str, Point]) -> tuple[float, float]:
        """(k, rim_map): map units beyond the innermost ring to points, and the map radius the rim stands at."""
        far = max((radius_of(p) for p in pos.values()), default=inner_map)
        rim_map = max(far + NODE_RADIUS + 30.0, inner_map + 140.0) if len(pos) <= 3 else max(MAP_RADIUS, far + NODE_RADIUS)
        k_room = (limit - base - node_r) / max(1.0, rim_map - inner_map)
        k_pref = 0.30 if len(pos) > 3 else 0.2  # a few members sit near the participant, the map stays small
        k = min(k_pref, k_room)
        return max(k, 0.05), rim_map

    def to_pt(p: Point, k: float) -> Point:
        r = radius_of(p)
        if r < 1e-9:
            return (0.0, -base)
        rr = base + max(0.0, r - inner_map) * k
        return (p[0] / r * rr, p[1] / r * rr)

    def crowded(pos: dict[str, Point], k: float) -> bool:
        pts = [to_pt(p, k) for p in pos.values()]
        return any(math.hypot(a[0] - b[0], a[1] - b[1]) < need - 0.5
                   for i, a in enumerate(pts) for b in pts[i + 1:])

    k, rim_map = fit(positions)
    spacing = need / k
    for _ in range(6):
        if not crowded(positions, k):
            break
        # Too close for numbers this size: lay the unsaved members out again, further apart.
        movable = [n for n in numbered if not _has_position(n)]
        if not movable:
            break
        kept = [positions[n.id] for n in numbered if _has_position(n)]
        sectors = sector_angles(n.domain for n in numbered)
        again = _try_layout(sectors, [replace(n, x=None, y=None) for n in movable], kept, spacing, False) \
            or _try_layout(sectors, [replace(n, x=None, y=None) for n in movable], kept, spacing, True)
        if again:
            positions.update(again)
        k, rim_map = fit(positions)
        spacing *= 1.15
    pt = {nid: to_pt(p, k) for nid, p in positions.items()}
    rim = base + (rim_map - inner_map) * k + node_r * 0.5

    s = line_scale

    def scaled(primitives: Iterable[Primitive]) -> list[Primitive]:
        out: list[Primitive] = []
        for p in primitives:
            if isinstance(p, Line):
                out.append(replace(p, points=tuple((x * s, y * s) for x, y in p.points), width=p.width * s,
                                   dash=tuple(d * s for d in p.dash) if p.dash else p.dash))
            elif isinstance(p, Polygon):
                out.append(replace(p, points=tuple((x * s, y * s) for x, y in p.points), width=p.width * s))
            else:
                out.append(p)
        return out

    out: list[Primitive] = [Circle(0.0, 0.0, rim, None, GUIDE, 1.0, (2.0, 4.0))]
    sectors = sector_angles(n.domain for n in numbered)
    for domain, (start, end) in sectors.items():
        if len(sectors) > 1:
            c, si = math.cos(start), math.sin(start)
            out.append(Line(((c * (centre_r + 6), si * (centre_r + 6)), (c * rim, si * rim)), 0.8, GUIDE, (2.0, 4.0)))
        gap = min(0.02, (end - start) / 8) if len(sectors) > 1 else 0.0
        band = _arc(rim + 3.5, start + gap, end - gap)
        out.append(Line(band, 5.0, DOMAIN_COLOURS[NetworkDomain(domain)], None))
    for link in links:
        if link.a_id in pt and link.b_id in pt and link.a_id != link.b_id:
            a, b = pt[link.a_id], pt[link.b_id]
            d = math.hypot(b[0] - a[0], b[1] - a[1])
            trim = node_r + 3.0
            if d > 2 * trim + 2:
                ux, uy = (b[0] - a[0]) / d, (b[1] - a[1]) / d
                out.append(Line(((a[0] + ux * trim, a[1] + uy * trim), (b[0] - ux * trim, b[1] - uy * trim)),
                                1.0, SUBTLE, (0.4, 3.0)))
    for nid, (x, y) in pt.items():
        node = nodes_by_id[nid]
        d = math.hypot(x, y)
        near, far = centre_r + 2.0, node_r * 1.15 + 2.0
        if d <= near + far + 4.0:
            continue
        ux, uy = x / d, y / d
        a, b = (ux * near / s, uy * near / s), ((x - ux * far) / s, (y - uy * far) / s)
        direction = SupportDirection(node.direction)
        out += scaled(_tie_between(a, b, TieStrength(node.strength), TieNature(node.nature),
                                   arrow_at_a=direction in (SupportDirection.RECEIVES, SupportDirection.BOTH),
                                   arrow_at_b=direction in (SupportDirection.GIVES, SupportDirection.BOTH)))
    out += [Circle(0.0, 0.0, centre_r, PAPER, INK, 2.0), Circle(0.0, 0.0, centre_r - 4, None, INK, 0.8)]
    first = size * 0.35 - (len(lines) - 1) * size * 0.6
    out += [Text(0.0, first + i * size * 1.2, line, size, BLACK, "middle", True) for i, line in enumerate(lines)]
    for number, node in enumerate(numbered, start=1):
        x, y = pt[node.id]
        fill = DOMAIN_COLOURS[NetworkDomain(node.domain)]
        out.append(_shape(MemberKind(node.kind), x, y, node_r, fill, OUTLINE, 1.0))
        out.append(Text(x, y + size * 0.36, str(number), size, text_colour_on(fill), "middle", True))
    min_x, min_y, max_x, max_y = bounds_of(out)
    margin = 4.0
    return Drawing(max_x - min_x + 2 * margin, max_y - min_y + 2 * margin, (margin - min_x, margin - min_y),
                   tuple(out))
