"""The eco-map view driven as a person would: dragging members, the keyboard, zoom; and its export pixels."""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from rosc_desktop.documents import ecomap
from rosc_desktop.documents.ecomap import Labels, MapLink, MapNode
from rosc_desktop.enums import MemberKind, NetworkDomain, SupportDirection, TieNature, TieStrength
from rosc_desktop.ui.ecomap_paint import LegendWidget, drawing_png, drawing_svg, paint_primitives
from rosc_desktop.ui.ecomap_view import MAX_ZOOM, MIN_ZOOM, EcoMapView

LABELS = Labels.english()


def member(member_id: str, label: str, xy: tuple[float, float] | None = None, *,
           domain: NetworkDomain = NetworkDomain.FAMILY, strength: TieStrength = TieStrength.STRONG,
           nature: TieNature = TieNature.SUPPORTIVE,
           direction: SupportDirection = SupportDirection.BOTH) -> MapNode:
    x, y = xy if xy is not None else (None, None)
    return MapNode(member_id, label, "", MemberKind.PERSON, domain, strength, nature, direction, x, y)


NODES = [member("a", "Ana", (200.0, 0.0)), member("b", "Bea", (-200.0, 0.0)), member("c", "Cruz", (0.0, 300.0))]


def make_view(qtbot, nodes=NODES, links=(), editable: bool = True, size: int = 700) -> EcoMapView:  # type: ignore[no-untyped-def]
    view = EcoMapView()
    qtbot.addWidget(view)
    view.resize(size, size)
    view.set_network("Marisol", nodes, list(links), editable=editable, labels=LABELS)
    view.show()
    qtbot.waitExposed(view)
    return view


def viewport_point(view: EcoMapView, x: float, y: float) -> QPoint:
    return view.mapFromScene(QPointF(x, y))


def drag(view: EcoMapView, start: QPoint, end: QPoint) -> None:
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    middle = QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2)
    QTest.mouseMove(viewport, middle)
    QTest.mouseMove(viewport, end)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def is_dark_near(image: QImage, point: QPoint, radius: int = 2) -> bool:
    for dx in range(-radius, radius + 1):
        for dy in range(-radius, radius + 1):
            x, y = point.x() + dx, point.y() + dy
            if 0 <= x < image.width() and 0 <= y < image.height() and QColor(image.pixel(x, y)).lightness() < 100:
                return True
    return False


def test_dragging_a_member_moves_it_reports_the_drop_and_its_tie_follows(qtbot) -> None:
    view = make_view(qtbot)
    zoom = view.zoom_factor()
    start = viewport_point(view, 200, 0)
    end = start + QPoint(0, round(150 * zoom))
    old_mid, new_mid = (120.0, 0.0), (96.0, 72.0)  # halfway along the tie before and after, at r = 120
    before = view.viewport().grab().toImage()
    assert is_dark_near(before, viewport_point(view, *old_mid))
    assert not is_dark_near(before, viewport_point(view, *new_mid))

    with qtbot.waitSignal(view.memberMoved, timeout=1000) as moved:
        drag(view, start, end)

    member_id, x, y = moved.args
    assert member_id == "a"
    assert x == pytest.approx(200, abs=2 / zoom)
    assert y == pytest.approx(150, abs=2 / zoom)
    assert view.positions()["a"] == pytest.approx((x, y))
    after = view.viewport().grab().toImage()
    assert is_dark_near(after, viewport_point(view, *new_mid))
    assert not is_dark_near(after, viewport_point(view, *old_mid))
    # Once still, the tie rejoins the cached layer of lines: it must stay where it went.
    qtbot.waitUntil(lambda: not view._live and not view._rest.isActive(), timeout=2000)
    settled = view.viewport().grab().toImage()
    assert is_dark_near(settled, viewport_point(view, *new_mid))
    assert not is_dark_near(settled, viewport_point(view, *old_mid))


def test_a_member_dragged_far_off_the_map_stays_inside_its_rim(qtbot) -> None:
    view = make_view(qtbot, size=400)
    start = viewport_point(view, 200, 0)
    with qtbot.waitSignal(view.memberMoved, timeout=1000) as moved:
        drag(view, start, start + QPoint(2000, 900))
    _, x, y = moved.args
    assert math.hypot(x, y) <= ecomap.MAP_RADIUS - ecomap.NODE_RADIUS + 1e-6
    assert x > 300  # it went the way it was dragged, as far as the rim allows


def test_a_map_that_cannot_be_changed_does_not_move_when_dragged(qtbot) -> None:
    view = make_view(qtbot, editable=False)
    start = viewport_point(view, 200, 0)
    with qtbot.assertNotEmitted(view.memberMoved, wait=100):
        drag(view, start, start + QPoint(60, 60))
    assert view.positions()["a"] == (200.0, 0.0)


def test_alt_arrows_walk_the_members_in_order_and_enter_opens_one(qtbot) -> None:
    view = make_view(qtbot)
    view.setFocus()
    changes: list[str] = []
    view.currentMemberChanged.connect(changes.append)
    QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert changes == ["a", "b"]
    QTest.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert view.current_member() == "a"
    with qtbot.waitSignal(view.memberActivated, timeout=500) as activated:
        QTest.keyClick(view, Qt.Key.Key_Return)
    assert activated.args == ["a"]
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert view.current_member() is None and changes[-1] == ""


def test_arrow_keys_move_the_selected_member_and_report_once(qtbot) -> None:
    view = make_view(qtbot)
    view.setFocus()
    view.select_member("c")
    moves: list[tuple[str, float, float]] = []
    view.memberMoved.connect(lambda *args: moves.append(args))
    QTest.keyClick(view, Qt.Key.Key_Right)
    QTest.keyClick(view, Qt.Key.Key_Right)
    QTest.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
    assert view.positions()["c"] == pytest.approx((20.0, 250.0))
    assert moves == []  # still moving: nothing saved yet
    qtbot.waitUntil(lambda: len(moves) == 1, timeout=2000)
    # Reported once: nothing is left pending and no report is scheduled, so no second one can follow.
    assert not view._pending_moves and not view._settle.isActive()
    assert moves == [("c", pytest.approx(20.0), pytest.approx(250.0))]


def test_tab_leaves_the_map_for_the_rest_of_the_screen(qtbot) -> None:
    screen = QWidget()
    qtbot.addWidget(screen)
    layout = QVBoxLayout(screen)
    view = EcoMapView()
    after = QLineEdit()
    layout.addWidget(view)
    layout.addWidget(after)
    view.set_network("Marisol", NODES, [], editable=True, labels=LABELS)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     viewport_point(view, 200, 0))
    assert view.current_member() == "a"
    QTest.keyClick(view, Qt.Key.Key_Tab)
    assert after.hasFocus()


def test_zoom_steps_stay_within_limits_and_fit_shows_the_whole_map(qtbot) -> None:
    view = make_view(qtbot)
    fitted = view.zoom_factor()
    view.zoom_in()
    assert view.zoom_factor() > fitted
    for _ in range(40):
        view.zoom_in()
    assert view.zoom_factor() == pytest.approx(MAX_ZOOM)
    for _ in range(60):
        view.zoom_out()
    assert view.zoom_factor() == pytest.approx(MIN_ZOOM)
    QTest.keyClick(view, Qt.Key.Key_0)
    assert view.zoom_factor() == pytest.approx(fitted)
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    disc = QRectF(-ecomap.MAP_RADIUS, -ecomap.MAP_RADIUS, 2 * ecomap.MAP_RADIUS, 2 * ecomap.MAP_RADIUS)
    assert visible.contains(disc)


def test_redrawing_the_same_person_keeps_zoom_and_selection(qtbot) -> None:
    view = make_view(qtbot)
    view.zoom_in()
    view.select_member("b")
    zoom = view.zoom_factor()
    view.set_network("Marisol", NODES[:2] + [member("d", "Dee")], [], editable=True, labels=LABELS)
    assert view.current_member() == "b"
    assert view.zoom_factor() == pytest.approx(zoom)
    view.set_network("Marisol", NODES[:1], [], editable=True, labels=LABELS)
    assert view.current_member() is None


def test_only_members_without_a_stored_place_are_reported_as_auto_placed(qtbot) -> None:
    nodes = NODES[:2] + [member("new1", "Noor"), member("new2", "Omar", domain=NetworkDomain.CLINICAL)]
    view = make_view(qtbot, nodes)
    placed = view.auto_placed()
    assert set(placed) == {"new1", "new2"}
    assert view.positions()["a"] == (200.0, 0.0)
    for x, y in placed.values():
        assert math.hypot(x, y) <= ecomap.MAP_RADIUS
    assert view.positions()["new1"] == pytest.approx(placed["new1"])
    everything = view.rearrange()
    assert set(everything) == {"a", "b", "new1", "new2"}
    for member_id, xy in view.positions().items():
        assert xy == pytest.approx(everything[member_id])


def has_grey_ink_near(image: QImage, point: QPoint, radius: int = 4) -> bool:
    return any(QColor(image.pixel(point.x() + dx, point.y() + dy)).lightness() < 230
               for dx in range(-radius, radius + 1) for dy in range(-radius, radius + 1))


def test_a_link_between_members_follows_either_end(qtbot) -> None:
    view = make_view(qtbot, links=[MapLink("a", "c")])
    # The dotted grey link runs from Ana (200, 0) to Cruz (0, 300); nothing else is drawn near its middle.
    old_mid, new_mid = viewport_point(view, 100.0, 150.0), viewport_point(view, 100.0, -150.0)
    before = view.viewport().grab().toImage()
    assert has_grey_ink_near(before, old_mid) and not has_grey_ink_near(before, new_mid)
    view.node_item("c").setPos(QPointF(0.0, -300.0))
    after = view.viewport().grab().toImage()
    assert has_grey_ink_near(after, new_mid) and not has_grey_ink_near(after, old_mid)


def test_png_export_has_the_drawing_size_times_scale_and_ink(qtbot) -> None:
    drawing = ecomap.full_drawing("Marisol", NODES, [MapLink("a", "b")], LABELS)
    image = QImage.fromData(drawing_png(drawing, scale=1.5))
    assert (image.width(), image.height()) == (math.ceil(drawing.width * 1.5), math.ceil(drawing.height * 1.5))
    centre = QPoint(round(drawing.origin[0] * 1.5), round(drawing.origin[1] * 1.5))
    assert is_dark_near(image, centre + QPoint(round(ecomap.CENTRE_RADIUS * 1.5), 0), 3)
    assert QColor(image.pixel(1, 1)).name() == "#ffffff"


def test_svg_export_carries_names_in_several_scripts() -> None:
    names = ["Zoë Krüger", "Иван Петров", "李小龍", "محمد علي"]
    nodes = [member(f"m{i}", name) for i, name in enumerate(names)]
    svg = drawing_svg(ecomap.full_drawing("Δημήτρης", nodes, [], LABELS))
    texts = {element.text for element in ET.fromstring(svg).iter("{http://www.w3.org/2000/svg}text")}
    for name in names + ["Δημήτρης"]:
        assert name in texts


def paint_row(primitives, width: int = 320, height: int = 40) -> QImage:  # type: ignore[no-untyped-def]
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.translate(0, height / 2)
    paint_primitives(painter, primitives)
    painter.end()
    return image


def gaps_along_row(image: QImage, x0: int, x1: int) -> int:
    y = image.height() // 2
    dark = [QColor(image.pixel(x, y)).lightness() < 128 for x in range(x0, x1)]
    return sum(1 for before, now in zip(dark, dark[1:]) if before and not now)


def test_a_weak_tie_is_painted_dashed_and_a_strong_one_solid(qtbot) -> None:
    weak = ecomap.tie_drawing(member("w", "W", strength=TieStrength.WEAK), (310.0, 0.0))
    strong = ecomap.tie_drawing(member("s", "S", strength=TieStrength.STRONG), (310.0, 0.0))
    dash_period = sum(ecomap.TIE_DASH[TieStrength.WEAK])
    weak_gaps = gaps_along_row(paint_row(weak), 100, 240)
    assert abs(weak_gaps - 140 / dash_period) <= 2
    assert gaps_along_row(paint_row(strong), 100, 240) == 0


def test_text_anchors_put_the_end_of_a_label_on_its_point(qtbot) -> None:
    image = paint_row([ecomap.Text(200.0, 5.0, "Ending here", 14.0, "#000000", "end")])
    ink = [x for x in range(image.width()) for y in range(image.height())
           if QColor(image.pixel(x, y)).lightness() < 128]
    assert 196 <= max(ink) <= 201
    assert min(ink) < 150


def test_legend_has_its_natural_size_and_says_what_it_shows(qtbot) -> None:
    legend = LegendWidget(LABELS)
    qtbot.addWidget(legend)
    _, width, height = ecomap.legend_drawing(LABELS, 0.0, 0.0)
    assert abs(legend.sizeHint().width() - width) <= 2 and abs(legend.sizeHint().height() - height) <= 2
    assert legend.accessibleName() == "Map legend"
    description = legend.accessibleDescription()
    for words in ("Family", "dashed", "Weak / tenuous", "hexagon", "Group", "Member supports the participant"):
        assert words in description
    legend.set_labels(LABELS, [NetworkDomain.CLINICAL])
    assert "Family" not in legend.accessibleDescription()
    assert legend.sizeHint().height() < height


def test_the_map_names_itself_for_screen_readers(qtbot) -> None:
    view = make_view(qtbot)
    assert view.accessibleName() == "Support network map"
    assert "list" in view.accessibleDescription()
    assert "Alt" in view.toolTip()


def test_the_map_shows_when_it_has_the_keyboard(qtbot) -> None:  # type: ignore[no-untyped-def]
    """White paper with no frame: nothing showed that the arrow keys would now move a member."""
    from PySide6.QtGui import QColor

    view = EcoMapView()
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    qtbot.waitExposed(view)
    corner = view.viewport().rect().topLeft() + QPoint(2, 2)
    highlight = view.palette().color(view.palette().ColorRole.Highlight)
    assert QColor(view.viewport().grab().toImage().pixel(corner)) != highlight
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    assert QColor(view.viewport().grab().toImage().pixel(corner)) == highlight
