"""Zooming the eco-map: what is drawn at each size, and which pictures survive a zoom (counted, never timed)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect
from PySide6.QtGui import QColor, QFontMetrics, QImage

from rosc_desktop.documents import ecomap
from rosc_desktop.documents.ecomap import Labels, MapNode
from rosc_desktop.enums import MemberKind, NetworkDomain, SupportDirection, TieNature, TieStrength
from rosc_desktop.ui import ecomap_paint, ecomap_view
from rosc_desktop.ui.ecomap_view import LABEL_MIN_SCALE, TIE_DETAIL_MIN_SCALE, EcoMapView

LABELS = Labels.english()


def member(member_id: str, label: str, xy: tuple[float, float], strength: TieStrength = TieStrength.STRONG,
           nature: TieNature = TieNature.SUPPORTIVE) -> MapNode:
    return MapNode(member_id, label, "", MemberKind.PERSON, NetworkDomain.FAMILY, strength, nature,
                   SupportDirection.BOTH, *xy)


NODES = [member("a", "Ana", (200.0, 0.0)), member("b", "Bea", (-200.0, 0.0)), member("c", "Cruz", (0.0, 300.0))]


def make_view(qtbot, nodes: list[MapNode] = NODES, editable: bool = True) -> EcoMapView:  # type: ignore[no-untyped-def]
    view = EcoMapView()
    qtbot.addWidget(view)
    view.resize(700, 700)
    view.set_network("Marisol", nodes, [], editable=editable, labels=LABELS)
    view.show()
    qtbot.waitExposed(view)
    return view


def at_rest(qtbot, view: EcoMapView) -> QImage:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not view._zooming, timeout=2000)
    return view.viewport().grab().toImage()


def name_box(view: EcoMapView, node: MapNode) -> QRect:
    """Where the member's name is painted, in viewport pixels (from the drawing the map is made of)."""
    name = next(p for p in ecomap.node_drawing(node, LABELS) if isinstance(p, ecomap.Text) and p.text == node.label)
    assert node.x is not None and node.y is not None
    half = len(name.text) * name.size * 0.3
    top_left = view.mapFromScene(QPointF(node.x - half, node.y + name.y - name.size * 0.7))
    bottom_right = view.mapFromScene(QPointF(node.x + half, node.y + name.y))
    return QRect(top_left, bottom_right)


def has_ink(image: QImage, box: QRect) -> bool:
    return any(QColor(image.pixel(x, y)).lightness() < 160
               for x in range(box.left(), box.right() + 1) for y in range(box.top(), box.bottom() + 1))


def test_small_members_are_named_in_the_window_s_type_and_the_drawing_s_names_come_back_when_larger(qtbot) -> None:
    """Fitted into a laptop's window a map is drawn at a third of its size, where the drawing's names would be five
    pixels high: they are left out, and the view writes each name in the window's own type instead (the map at
    1280x720 showed no names at all)."""
    view = make_view(qtbot)
    while view.zoom_factor() >= LABEL_MIN_SCALE:
        view.zoom_out()
    small = at_rest(qtbot, view)
    written = {name.text: name.rect for name in view.small_map_names()}
    assert set(written) == {"Ana", "Bea", "Cruz"}
    cruz = written["Cruz"]
    assert cruz.height() >= QFontMetrics(view.font()).height()  # the size of the window's text, whatever the zoom
    assert has_ink(small, cruz.toAlignedRect().adjusted(2, 2, -2, -2))
    centre = view.mapFromScene(QPointF(0.0, 300.0))
    assert cruz.top() > centre.y()  # below its member
    assert QColor(small.pixel(centre)).name() == ecomap.DOMAIN_COLOURS[NetworkDomain.FAMILY]  # the shape stays

    while view.zoom_factor() < 0.8:
        view.zoom_in()
    large = at_rest(qtbot, view)
    assert view.small_map_names() == []
    assert has_ink(large, name_box(view, NODES[2]))


def test_a_crowded_small_map_names_the_selected_member_first_and_never_writes_a_name_over_another(qtbot) -> None:
    crowd = [member(f"m{i}", f"Member {i}", (400.0, 40.0 * i - 200.0), TieStrength.WEAK) for i in range(11)]
    view = make_view(qtbot, crowd, editable=False)
    while view.zoom_factor() >= LABEL_MIN_SCALE:
        view.zoom_out()
    qtbot.waitUntil(lambda: not view._zooming, timeout=2000)
    view.select_member("m5")
    names = view.small_map_names()
    assert names[0].text == "Member 5"  # the selected member's name is placed first
    assert 0 < len(names) < len(crowd)  # members 40 units apart: not every name fits at this size
    assert not any(a.rect.intersects(b.rect) for i, a in enumerate(names) for b in names[i + 1:])


def test_small_ties_are_plain_straight_lines() -> None:
    weak = ecomap.tie_drawing(member("w", "W", (300.0, 0.0), TieStrength.WEAK, TieNature.STRESSFUL), (300.0, 0.0))
    mixed = ecomap.tie_drawing(member("m", "M", (300.0, 0.0), TieStrength.STRONG, TieNature.MIXED), (300.0, 0.0))
    plain_weak = ecomap_paint._plain_lines(weak)
    plain_mixed = ecomap_paint._plain_lines(mixed)
    weak_lines = [p for p in plain_weak if isinstance(p, ecomap.Line)]
    assert len(weak_lines) == 1 and weak_lines[0].dash is None and len(weak_lines[0].points) == 2
    zigzag = next(p for p in weak if isinstance(p, ecomap.Line))
    assert weak_lines[0].points == (zigzag.points[0], zigzag.points[-1])
    # The mixed tie keeps its straight line and loses the thin zigzag riding on it; the arrowheads stay.
    assert [p for p in plain_mixed if isinstance(p, ecomap.Line)] == [mixed[0]]
    assert [p for p in plain_mixed if isinstance(p, ecomap.Polygon)] == [p for p in mixed
                                                                           if isinstance(p, ecomap.Polygon)]
    assert TIE_DETAIL_MIN_SCALE <= LABEL_MIN_SCALE + 1e-9


@pytest.fixture
def counted(monkeypatch):  # type: ignore[no-untyped-def]
    """How often members are painted, and how often a member's picture is drawn anew from its shapes."""
    counts = {"paint": 0, "render": 0}
    paint, render = ecomap_view._NodeItem.paint, ecomap_view._NodeItem._render

    def counting_paint(self, *args):  # type: ignore[no-untyped-def]
        counts["paint"] += 1
        return paint(self, *args)

    def counting_render(self, *args):  # type: ignore[no-untyped-def]
        counts["render"] += 1
        return render(self, *args)

    monkeypatch.setattr(ecomap_view._NodeItem, "paint", counting_paint)
    monkeypatch.setattr(ecomap_view._NodeItem, "_render", counting_render)
    return counts


def test_zoom_steps_scale_the_pictures_already_made_and_a_zoom_back_finds_them(qtbot, counted) -> None:
    view = make_view(qtbot)
    qtbot.waitUntil(lambda: view._snapshot is not None and not view._snapshot_stale, timeout=3000)
    fitted = view.zoom_factor()
    counted.update(paint=0, render=0)

    view.zoom_in()
    view.viewport().grab()
    view.zoom_in()
    view.viewport().grab()
    assert counted == {"paint": 0, "render": 0}  # while the wheel turns, nothing is drawn again

    at_rest(qtbot, view)
    assert counted["render"] == len(NODES)  # at rest: each member drawn once, sharp, at the new size

    counted.update(paint=0, render=0)
    view.zoom_out()
    view.zoom_out()
    at_rest(qtbot, view)
    assert view.zoom_factor() == pytest.approx(fitted)
    assert counted["paint"] > 0 and counted["render"] == 0  # back at a size seen before: its pictures serve


def test_a_member_moved_just_before_a_zoom_is_shown_where_it_went(qtbot) -> None:
    view = make_view(qtbot)
    qtbot.waitUntil(lambda: view._snapshot is not None and not view._snapshot_stale, timeout=3000)
    view.node_item("c").setPos(QPointF(0.0, -300.0))
    view.zoom_in()
    zooming = view.viewport().grab().toImage()
    family = QColor(ecomap.DOMAIN_COLOURS[NetworkDomain.FAMILY])

    def is_family(point: QPoint) -> bool:
        colour = QColor(zooming.pixel(point))
        return max(abs(colour.red() - family.red()), abs(colour.green() - family.green()),
                   abs(colour.blue() - family.blue())) < 40

    # Inside the shape, above the domain's abbreviation in its middle.
    assert is_family(view.mapFromScene(QPointF(0.0, -310.0)))
    assert not is_family(view.mapFromScene(QPointF(0.0, 290.0)))


def test_the_names_over_a_small_map_follow_the_windows_font(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = make_view(qtbot)
    while view.zoom_factor() >= LABEL_MIN_SCALE:
        view.zoom_out()
    qtbot.waitUntil(lambda: not view._zooming, timeout=2000)
    before = {name.text: name.rect.height() for name in view.small_map_names()}
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    view.setFont(font)
    after = {name.text: name.rect.height() for name in view.small_map_names()}
    assert after and all(after[text] > before[text] for text in after)
