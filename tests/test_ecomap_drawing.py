"""The eco-map drawing: notation, layout and the two file backends, without Qt."""

from __future__ import annotations

import io
import math
import random
import xml.etree.ElementTree as ET

import pytest

from rosc_desktop.documents import ecomap
from rosc_desktop.documents.ecomap import (
    MAP_RADIUS, MIN_NODE_SPACING, NODE_RADIUS, PALETTE, Circle, Labels, Line, MapLink, MapNode, Polygon, Rect,
    Text, auto_layout, clamp_to_map, full_drawing, link_drawing, node_bounds, node_drawing, sector_angles,
    tie_drawing, to_svg,
)
from rosc_desktop.enums import MemberKind, NetworkDomain, SupportDirection, TieNature, TieStrength

LABELS = Labels.english()


def member(id_="m", strength=TieStrength.MODERATE, nature=TieNature.SUPPORTIVE,
           direction=SupportDirection.RECEIVES, domain=NetworkDomain.FAMILY, kind=MemberKind.PERSON,
           label="Ana", sublabel="sister", x=None, y=None) -> MapNode:
    return MapNode(id_, label, sublabel, kind, domain, strength, nature, direction, x, y)


def lines(primitives) -> list[Line]:
    return [p for p in primitives if isinstance(p, Line)]


def heads(primitives) -> list[Polygon]:
    return [p for p in primitives if isinstance(p, Polygon)]


def random_nodes(count: int, seed: int) -> list[MapNode]:
    rnd = random.Random(seed)
    return [member(f"n{i}", rnd.choice(list(TieStrength)), rnd.choice(list(TieNature)),
                   rnd.choice(list(SupportDirection)), rnd.choice(list(NetworkDomain)), rnd.choice(list(MemberKind)),
                   label=f"Member {i}") for i in range(count)]


def min_distance(points) -> float:
    pts = list(points)
    return min(math.dist(a, b) for i, a in enumerate(pts) for b in pts[i + 1:])


# ---------------------------------------------------------------------------------------------- ties

def test_strengths_differ_in_width_and_dash():
    at = (0.0, -300.0)
    strong, moderate, weak = (lines(tie_drawing(member(strength=s), at))[0]
                              for s in (TieStrength.STRONG, TieStrength.MODERATE, TieStrength.WEAK))
    assert strong.width > moderate.width
    assert strong.dash is None and moderate.dash is None
    assert weak.dash is not None and weak.width <= moderate.width


def test_stressful_tie_is_a_zigzag_and_mixed_adds_one_to_a_straight_line():
    at = (250.0, 0.0)
    supportive = lines(tie_drawing(member(nature=TieNature.SUPPORTIVE), at))
    stressful = lines(tie_drawing(member(nature=TieNature.STRESSFUL), at))
    mixed = lines(tie_drawing(member(nature=TieNature.MIXED), at))
    assert len(supportive) == 1 and len(supportive[0].points) == 2
    assert len(stressful) == 1 and len(stressful[0].points) > 10
    # the zigzag leaves the straight line on both sides
    offsets = [y for _, y in stressful[0].points]
    assert max(offsets) > 3 and min(offsets) < -3
    assert sorted(len(line.points) for line in mixed)[0] == 2 and max(len(line.points) for line in mixed) > 10


def _head_distance_from_centre(head: Polygon) -> float:
    return math.hypot(*head.points[0])


@pytest.mark.parametrize("direction, at_participant, at_member", [
    (SupportDirection.RECEIVES, True, False),
    (SupportDirection.GIVES, False, True),
    (SupportDirection.BOTH, True, True),
])
def test_arrowheads_sit_at_the_end_support_flows_to(direction, at_participant, at_member):
    at = (0.0, 400.0)
    found = heads(tie_drawing(member(direction=direction), at))
    tips = [_head_distance_from_centre(h) for h in found]
    assert any(t < ecomap.CENTRE_RADIUS + 10 for t in tips) == at_participant
    assert any(t > 400 - NODE_RADIUS - 10 for t in tips) == at_member
    assert len(found) == at_participant + at_member


def test_tie_ends_at_borders_not_centres():
    drawn = lines(tie_drawing(member(direction=SupportDirection.BOTH), (300.0, 0.0)))[0]
    xs = [x for x, _ in drawn.points]
    assert min(xs) > ecomap.CENTRE_RADIUS and max(xs) < 300.0 - NODE_RADIUS


def test_every_tie_of_a_crowded_map_stays_inside_it():
    # How fast ties are recomputed is measured in bench/ecomap.py, not asserted here.
    nodes = random_nodes(300, 1)
    positions = auto_layout(nodes)
    for node in nodes:
        for line in lines(tie_drawing(node, positions[node.id])):
            assert all(math.hypot(x, y) <= ecomap.MAP_RADIUS for x, y in line.points)


def test_the_key_alone_is_a_drawing_of_its_own_for_print():
    labels = Labels.english()
    key = ecomap.legend_only(labels, [NetworkDomain.FAMILY, NetworkDomain.CLINICAL])
    texts = [p.text for p in key.primitives if isinstance(p, ecomap.Text)]
    assert labels.legend_title in texts and labels.domains[NetworkDomain.FAMILY] in texts
    assert labels.domains[NetworkDomain.HOUSING] not in texts  # only the areas on the map
    assert 0 < key.width < key.height  # a tall column, set under the map


def test_links_are_subordinate_to_ties():
    link = lines(link_drawing((100.0, 0.0), (0.0, 100.0)))[0]
    weakest = min(line.width for line in lines(tie_drawing(member(strength=TieStrength.WEAK), (0.0, 200.0))))
    assert link.dash is not None and link.width <= weakest + 0.5 and link.colour != "#222222"
    assert link_drawing((0.0, 0.0), (1.0, 1.0)) == []


# ---------------------------------------------------------------------------------------------- layout

@pytest.mark.parametrize("seed", [1, 2])
def test_three_hundred_nodes_fit_without_overlap_and_deterministically(seed):
    nodes = random_nodes(300, seed)
    first = auto_layout(nodes)
    assert first == auto_layout(list(nodes))
    assert set(first) == {n.id for n in nodes}
    assert all(math.hypot(x, y) <= MAP_RADIUS - NODE_RADIUS + 1e-6 for x, y in first.values())
    assert min_distance(first.values()) > MIN_NODE_SPACING - 1e-6


def test_three_hundred_in_one_domain_also_fit():
    nodes = [member(f"n{i}", domain=NetworkDomain.FRIENDS) for i in range(300)]
    placed = auto_layout(nodes)
    assert all(math.hypot(x, y) <= MAP_RADIUS for x, y in placed.values())
    assert min_distance(placed.values()) > MIN_NODE_SPACING - 1e-6


def test_same_domain_nodes_share_their_sector():
    nodes = random_nodes(80, 3)
    placed = auto_layout(nodes)
    sectors = sector_angles(n.domain for n in nodes)
    for node in nodes:
        start, end = sectors[node.domain]
        angle = start + (math.atan2(placed[node.id][1], placed[node.id][0]) - start) % (2 * math.pi)
        assert start <= angle <= end, node


def test_strong_ties_sit_closer_than_weak_ones():
    nodes = [member(f"s{i}", TieStrength.STRONG) for i in range(3)] + \
            [member(f"w{i}", TieStrength.WEAK) for i in range(3)]
    placed = auto_layout(nodes)
    strong = max(math.hypot(*placed[f"s{i}"]) for i in range(3))
    weak = min(math.hypot(*placed[f"w{i}"]) for i in range(3))
    assert strong < weak


def test_kept_positions_stay_and_new_nodes_avoid_them():
    kept = member("kept", x=0.0, y=-300.0)
    new = [member(f"n{i}") for i in range(10)]
    placed = auto_layout([kept] + new)
    assert placed["kept"] == (0.0, -300.0)
    assert min(math.dist(placed["kept"], placed[n.id]) for n in new) >= MIN_NODE_SPACING
    unplaced = MapNode(**{**kept.__dict__, "x": None, "y": None})
    assert auto_layout([kept] + new, keep_existing=False) == auto_layout([unplaced] + new)


@pytest.mark.parametrize("x, y", [(5000.0, 0.0), (-1e9, 1e9), (float("nan"), 10.0), (float("inf"), float("nan")),
                                  (0.0, 0.0)])
def test_clamp_brings_far_off_and_broken_positions_inside(x, y):
    cx, cy, moved = clamp_to_map(x, y)
    assert moved
    assert math.isfinite(cx) and math.isfinite(cy)
    assert ecomap.CENTRE_RADIUS < math.hypot(cx, cy) <= MAP_RADIUS


def test_clamp_leaves_a_good_position_alone():
    assert clamp_to_map(120.0, -200.0) == (120.0, -200.0, False)
    assert clamp_to_map(float("inf"), 0.0)[0] > 0


# ---------------------------------------------------------------------------------------------- nodes

def test_kinds_have_different_shapes():
    shapes = {kind: type(node_drawing(member(kind=kind), LABELS)[0]) for kind in MemberKind}
    assert len(set(shapes.values())) == 3


def test_node_drawing_is_local_and_inside_its_bounds():
    node = member(label="Aunt Rosalind Featherstonehaugh", x=400.0, y=10.0)
    x, y, w, h = node_bounds(node)
    for p in node_drawing(node, LABELS):
        bx0, by0, bx1, by1 = ecomap.primitive_bounds(p)
        assert x - 1 <= bx0 and bx1 <= x + w + 1 and y - 1 <= by0 and by1 <= y + h + 1
    assert x < 0 < x + w  # local: the node centre is the origin


def test_label_faces_away_from_the_participant():
    right = [t for t in node_drawing(member(x=400.0, y=0.0), LABELS) if isinstance(t, Text) and t.text == "Ana"][0]
    above = [t for t in node_drawing(member(x=0.0, y=-400.0), LABELS) if isinstance(t, Text) and t.text == "Ana"][0]
    assert right.x > 0 and right.anchor == "start"
    assert above.y < 0 and above.anchor == "middle"


def test_domain_reads_without_colour():
    texts = {t.text for t in node_drawing(member(domain=NetworkDomain.CLINICAL), LABELS) if isinstance(t, Text)}
    assert LABELS.domain_abbreviations[NetworkDomain.CLINICAL] in texts
    sector_texts = {p.text for p in ecomap.sector_drawing([member(domain=NetworkDomain.CLINICAL)], LABELS)
                    if isinstance(p, Text)}
    assert LABELS.domains[NetworkDomain.CLINICAL] in sector_texts


def test_text_on_a_fill_is_the_contrasting_one():
    assert ecomap.text_colour_on("#332288") == "#ffffff"
    assert ecomap.text_colour_on("#ddcc77") == "#000000"


# ---------------------------------------------------------------------------------------------- whole map

NAMES = ["李小龙", "Zoë", "محمد", "Ana 👩‍👧", "<O'Brien & Co>"]


def sample_drawing(**kwargs):
    nodes = [member(f"n{i}", list(TieStrength)[i % 3], list(TieNature)[i % 3], list(SupportDirection)[i % 3],
                    list(NetworkDomain)[i % 10], list(MemberKind)[i % 3], label=name, sublabel="friend")
             for i, name in enumerate(NAMES)]
    return full_drawing("Jordan", nodes, [MapLink("n0", "n1"), MapLink("n0", "missing")], LABELS, **kwargs)


def test_every_colour_is_from_the_palette_or_grey():
    drawing = sample_drawing()
    colours = set()
    for p in drawing.primitives:
        for attr in ("colour", "fill", "stroke"):
            value = getattr(p, attr, None)
            if value is not None:
                colours.add(value)
    assert colours <= PALETTE
    assert {ecomap.DOMAIN_COLOURS[NetworkDomain.FAMILY], "#222222"} <= colours


def test_full_drawing_fits_its_box():
    drawing = sample_drawing()
    x0, y0, x1, y1 = ecomap.bounds_of(drawing.primitives)
    ox, oy = drawing.origin
    assert x0 + ox >= 0 and y0 + oy >= 0
    assert x1 + ox <= drawing.width + 1e-6 and y1 + oy <= drawing.height + 1e-6
    assert sample_drawing(legend=False).width < drawing.width


def test_svg_parses_and_keeps_every_name():
    svg = to_svg(sample_drawing())
    root = ET.fromstring(svg.encode("utf-8"))
    texts = [el.text or "" for el in root.iter("{http://www.w3.org/2000/svg}text")]
    for name in NAMES + ["Jordan"]:
        assert name in texts
    assert "DejaVu Sans" in root.get("font-family")


def test_svg_survives_control_characters():
    nodes = [member(label="bad\x01name\x1f")]
    root = ET.fromstring(to_svg(full_drawing("x\x00y", nodes, [], LABELS)).encode("utf-8"))
    assert "badname" in [el.text for el in root.iter("{http://www.w3.org/2000/svg}text")]


def test_reportlab_renders_a_pdf():
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    ecomap.draw_reportlab(canvas, sample_drawing(), 36, 36, 520, 760)
    canvas.save()
    data = buffer.getvalue()
    assert data.startswith(b"%PDF") and len(data) > 2000


def test_legend_shows_every_tie_style_and_the_domains_asked_for():
    items, width, height = ecomap.legend_drawing(LABELS, 0.0, 0.0, domains=[NetworkDomain.FAITH])
    texts = {p.text for p in items if isinstance(p, Text)}
    assert LABELS.domains[NetworkDomain.FAITH] in texts and LABELS.domains[NetworkDomain.FAMILY] not in texts
    for word in list(LABELS.strengths.values()) + [LABELS.natures[TieNature.STRESSFUL],
                                                    LABELS.natures[TieNature.MIXED]]:
        assert word in texts
    assert width > 0 and height > 0
    assert isinstance(items[0], Rect)
    assert any(isinstance(p, Circle) for p in items)


def test_module_needs_no_qt_or_reportlab():
    import subprocess
    import sys

    code = ("import sys, rosc_desktop.documents.ecomap; "
            "assert not any(m.startswith(('PySide6', 'reportlab')) for m in sys.modules)")
    subprocess.run([sys.executable, "-c", code], check=True)
