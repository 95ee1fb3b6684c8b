"""The support-network eco-map on screen: a QGraphicsView over the primitives of documents/ecomap.py.

Every width, colour, dash and arrowhead is decided in documents/ecomap.py; this module only translates its
primitives 1:1 to QPainter (`paint_primitives`), so the screen, the PNG export and the printed plan show one
drawing. What is added here is interaction only: selection, dragging, zoom, pan and the keyboard.

Performance (300 members): each member is one cached item painted in its own coordinates; moving it
recomputes only its own tie and the links that touch it; the sector guides are one cached item.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPaintEvent,
    QPen,
    QPixmapCache,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from rosc_desktop.documents import ecomap
from rosc_desktop.documents.ecomap import Drawing, Labels, MapLink, MapNode, Primitive
from rosc_desktop.enums import MemberKind, NetworkDomain, SupportDirection, TieNature, TieStrength

MIN_ZOOM = 0.15
MAX_ZOOM = 5.0
ZOOM_STEP = 1.25
MOVE_STEP = 10.0
MOVE_STEP_LARGE = 50.0
# A keyboard move is saved once the keys have rested this long, so a burst of presses is one save.
MOVE_SETTLE_MS = 600
Z_SECTORS, Z_LINKS, Z_TIES, Z_CENTRE, Z_NODES, Z_CURRENT = 0, 1, 2, 3, 4, 5



# ------------------------------------------------------------------------------------------ the Qt backend

_FAMILIES = [f.strip() for f in ecomap.FONT_FAMILY.split(",") if f.strip()]


@lru_cache(maxsize=256)
def _font(size: float, bold: bool, dpi: float) -> QFont:
    """A font whose em is `size` device-independent pixels, as `font-size` is in the SVG (user units)."""
    font = QFont()
    font.setFamilies(_FAMILIES)
    font.setPointSizeF(size * 72.0 / dpi)
    font.setBold(bold)
    # Unhinted, so a label keeps its proportions at every zoom and matches the exported SVG's widths.
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


@lru_cache(maxsize=4096)
def _advance(text: str, size: float, bold: bool, dpi: float) -> float:
    return QFontMetricsF(_font(size, bold, dpi)).horizontalAdvance(text)


@lru_cache(maxsize=128)
def _colour(name: str) -> QColor:
    return QColor(name)


def _pen(colour: str | None, width: float, dash: tuple[float, ...] | None, cap: Qt.PenCapStyle,
         join: Qt.PenJoinStyle) -> QPen:
    if not colour or width <= 0:
        return QPen(Qt.PenStyle.NoPen)
    pen = QPen(QBrush(_colour(colour)), width, Qt.PenStyle.SolidLine, cap, join)
    if dash:
        # QPen counts dashes in pen widths, SVG and the primitives in user units; SVG repeats an odd list.
        pattern = list(dash) * (2 if len(dash) % 2 else 1)
        pen.setDashPattern([max(d, 1e-3) / width for d in pattern])
    return pen


def _brush(colour: str | None) -> QBrush:
    return QBrush(_colour(colour)) if colour else QBrush(Qt.BrushStyle.NoBrush)


# Compiled primitives: the Qt objects built once per item and replayed on every paint.
_Op = tuple


def compile_primitives(primitives: Iterable[Primitive]) -> list[_Op]:
    """Qt pens, brushes and geometry for the primitives, in order. Caps and joins follow the SVG: round for
    lines and polygons (as ecomap.to_svg writes them), SVG's defaults (butt, miter) for circles and rects."""
    ops: list[_Op] = []
    flat, miter = Qt.PenCapStyle.FlatCap, Qt.PenJoinStyle.MiterJoin
    round_cap, round_join = Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin
    for p in primitives:
        if isinstance(p, ecomap.Line):
            pen = _pen(p.colour, p.width, p.dash, round_cap, round_join)
            polygon = QPolygonF([QPointF(x, y) for x, y in p.points])
            if len(p.points) > 2 and pen.style() != Qt.PenStyle.NoPen and p.width > 1.25:
                # A zigzag's round joins are stroked anew on every paint, and cost ten times a straight tie:
                # stroke it once here and fill the outline on each paint (the same shape, the same pen).
                path = QPainterPath()
                path.addPolygon(polygon)
                ops.append(("fill", QBrush(_colour(p.colour)), QPainterPathStroker(pen).createStroke(path)))
            else:
                ops.append(("line", pen, polygon))
        elif isinstance(p, ecomap.Polygon):
            polygon = QPolygonF([QPointF(x, y) for x, y in p.points])
            ops.append(("polygon", _pen(p.stroke, p.width, None, flat, round_join), _brush(p.fill), polygon))
        elif isinstance(p, ecomap.Circle):
            ops.append(("circle", _pen(p.stroke, p.width, p.dash, flat, miter), _brush(p.fill),
                        QPointF(p.cx, p.cy), p.r))
        elif isinstance(p, ecomap.Rect):
            ops.append(("rect", _pen(p.stroke, p.width, None, flat, miter), _brush(p.fill),
                        QRectF(p.x, p.y, p.w, p.h)))
        elif isinstance(p, ecomap.Text):
            if p.text:
                ops.append(("text", QPen(_colour(p.colour)), p))
    return ops


def paint_compiled(painter: QPainter, ops: Sequence[_Op]) -> None:
    device = painter.device()
    dpi = float(device.logicalDpiY()) if device is not None else 96.0
    no_brush = QBrush(Qt.BrushStyle.NoBrush)
    for op in ops:
        kind = op[0]
        if kind == "fill":
            painter.fillPath(op[2], op[1])
        elif kind == "line":
            painter.setPen(op[1])
            painter.setBrush(no_brush)
            painter.drawPolyline(op[2])
        elif kind == "polygon":
            painter.setPen(op[1])
            painter.setBrush(op[2])
            painter.drawPolygon(op[3])
        elif kind == "circle":
            painter.setPen(op[1])
            painter.setBrush(op[2])
            painter.drawEllipse(op[3], op[4], op[4])
        elif kind == "rect":
            painter.setPen(op[1])
            painter.setBrush(op[2])
            painter.drawRect(op[3])
        else:
            t: ecomap.Text = op[2]
            painter.setPen(op[1])
            painter.setFont(_font(t.size, t.bold, dpi))
            x = t.x
            if t.anchor in ("middle", "end"):
                width = _advance(t.text, t.size, t.bold, dpi)
                x -= width / 2 if t.anchor == "middle" else width
            painter.drawText(QPointF(x, t.y), t.text)


def paint_primitives(painter: QPainter, primitives: Iterable[Primitive]) -> None:
    """Paint ecomap primitives with `painter` in its current coordinates (one unit = one map unit)."""
    paint_compiled(painter, compile_primitives(primitives))


def _text_rect(t: ecomap.Text) -> QRectF:
    """The box Qt really paints the text in (ecomap's estimate runs short for bold DejaVu Sans)."""
    width = _advance(t.text, t.size, t.bold, 96.0)
    left = t.x - (width / 2 if t.anchor == "middle" else width if t.anchor == "end" else 0.0)
    return QRectF(left, t.y - t.size * 1.0, width, t.size * 1.3)


def _bounds_rect(primitives: Sequence[Primitive], pad: float = 2.0) -> QRectF:
    """Everything the primitives paint, so a cached item is never clipped."""
    if not primitives:
        return QRectF()
    x0, y0, x1, y1 = ecomap.bounds_of(primitives)
    rect = QRectF(x0, y0, x1 - x0, y1 - y0)
    for p in primitives:
        if isinstance(p, ecomap.Text) and p.text:
            rect = rect.united(_text_rect(p))
    return rect.adjusted(-pad, -pad, pad, pad)


# ----------------------------------------------------------------------------------------------- export

def drawing_png(drawing: Drawing, scale: float = 2.0) -> bytes:
    """PNG bytes of the drawing on white, `scale` pixels per map unit (needs a running QGuiApplication)."""
    width = max(1, math.ceil(drawing.width * scale))
    height = max(1, math.ceil(drawing.height * scale))
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(_colour(ecomap.PAPER))
    # 96 dpi at scale 1: a viewer that honours the PNG's resolution shows it at the map's natural size.
    dots_per_metre = round(96 / 0.0254 * scale)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    painter.scale(scale, scale)
    painter.translate(*drawing.origin)
    paint_primitives(painter, drawing.primitives)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def drawing_svg(drawing: Drawing) -> bytes:
    return ecomap.to_svg(drawing).encode("utf-8")


# ------------------------------------------------------------------------------------------------- items

class _PrimitivesItem(QGraphicsItem):
    """Paints a list of primitives given in this item's coordinates; not interactive."""

    def __init__(self, primitives: Sequence[Primitive] = (), z: float = 0.0,
                 layer: _LineLayer | None = None) -> None:
        super().__init__()
        self._ops: list[_Op] = []
        self._rect = QRectF()
        self.layer = layer
        self.setZValue(z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        if layer is not None:
            self.setVisible(False)  # drawn by the layer until its member moves
        self.set_primitives(primitives)

    def set_primitives(self, primitives: Sequence[Primitive]) -> None:
        old = self._rect
        rect = _bounds_rect(primitives)
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
        self._ops = compile_primitives(primitives)
        if self.layer is not None and not self.isVisible():
            self.layer.update(old.united(rect))
        else:
            self.update()

    def set_live(self, live: bool) -> None:
        """Live: painted by itself while its member moves; otherwise part of the cached layer."""
        if self.layer is None or live == self.isVisible():
            return
        self.setVisible(live)
        self.layer.update(self._rect)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        paint_compiled(painter, self._ops)


class _LineLayer(QGraphicsItem):
    """Every tie and link whose member is not moving, in one cached pixmap: 300 antialiased ties cost ~20 ms
    a frame to stroke, a cached layer costs a blit. The few lines of a member being moved paint themselves."""

    def __init__(self, rect: QRectF) -> None:
        super().__init__()
        self.lines: list[_PrimitivesItem] = []
        self.draft = False  # while zooming: without antialiasing, a quarter of the cost; redone when still
        self._rect = rect
        self.setZValue(Z_TIES)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        exposed = option.exposedRect
        antialiased = painter.testRenderHint(QPainter.RenderHint.Antialiasing)
        if self.draft:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for line in self.lines:
            if not line.isVisible() and line._rect.intersects(exposed):
                paint_compiled(painter, line._ops)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, antialiased)


class _TieItem(_PrimitivesItem):
    def __init__(self, node: MapNode, xy: tuple[float, float], layer: _LineLayer) -> None:
        self.node = node
        super().__init__(ecomap.tie_drawing(node, xy), Z_TIES, layer)

    def follow(self, xy: tuple[float, float]) -> None:
        self.set_primitives(ecomap.tie_drawing(self.node, xy))


class _LinkItem(_PrimitivesItem):
    def __init__(self, a: _NodeItem, b: _NodeItem, layer: _LineLayer) -> None:
        self.a, self.b = a, b
        super().__init__(ecomap.link_drawing(a.xy(), b.xy()), Z_LINKS, layer)

    def follow(self) -> None:
        self.set_primitives(ecomap.link_drawing(self.a.xy(), self.b.xy()))


class _NodeItem(QGraphicsItem):
    """One member, painted in its own coordinates (origin = the member's centre)."""

    RING = 4.0  # how far the current-member ring sits outside the shape

    def __init__(self, view: EcoMapView, node: MapNode, labels: Labels, xy: tuple[float, float],
                 editable: bool) -> None:
        super().__init__()
        self.view = view
        self.node = node
        self.labels = labels
        self.tie: _TieItem | None = None
        self.links: list[_LinkItem] = []
        self._primitives: list[Primitive] = []
        self._ops: list[_Op] = []
        self._rect = QRectF()
        self._press_xy: tuple[float, float] | None = None
        self._placing = True
        flags = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
        if editable:
            flags |= (QGraphicsItem.GraphicsItemFlag.ItemIsMovable | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
                      | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
        self.setFlags(flags)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(Z_NODES)
        self.setCursor(Qt.CursorShape.SizeAllCursor if editable else Qt.CursorShape.PointingHandCursor)
        self.setToolTip("\n".join(part for part in (node.label, node.sublabel) if part))
        self.setPos(QPointF(*xy))
        self._placing = False
        self._redraw()

    def xy(self) -> tuple[float, float]:
        return self.pos().x(), self.pos().y()

    def _redraw(self) -> None:
        x, y = self.xy()
        placed = replace(self.node, x=x, y=y)
        # The label side follows the position: only a changed drawing throws the cached pixmap away.
        primitives = ecomap.node_drawing(placed, self.labels)
        if primitives == self._primitives:
            return
        self._primitives = primitives
        self._ops = compile_primitives(primitives)
        # While zooming, names are left out: re-rasterising 300 labels at every step cost ~40 ms a frame. They
        # come back, sharp, the moment the wheel rests.
        self._shape_ops = [op for op in self._ops if op[0] != "text"
                           and not (op[0] == "rect" and op[1].style() == Qt.PenStyle.NoPen)]
        bx, by, bw, bh = ecomap.node_bounds(placed)
        ring = ecomap.NODE_RADIUS * 1.15 + self.RING + 2.0
        rect = QRectF(bx, by, bw, bh).united(QRectF(-ring, -ring, 2 * ring, 2 * ring))
        rect = rect.united(_bounds_rect(primitives))
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def shape(self) -> QPainterPath:
        # Only the member's mark and name are "the member": clicks in the padding pan the map instead.
        path = QPainterPath()
        r = ecomap.NODE_RADIUS * 1.15
        path.addEllipse(QPointF(0, 0), r, r)
        for p in self._primitives:
            if isinstance(p, ecomap.Rect) and p.stroke is None:  # the white halo behind the name
                path.addRect(QRectF(p.x, p.y, p.w, p.h))
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if self.isSelected():
            # Under the drawing, so the name's white halo keeps the ring off the letters.
            r = ecomap.NODE_RADIUS * 1.15 + self.RING
            colour = self.view.palette().color(self.view.palette().ColorRole.Highlight)
            painter.setPen(QPen(colour, 3.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), r, r)
        paint_compiled(painter, self._shape_ops if self.view._zoom_draft else self._ops)

    def itemChange(self, change, value):  # type: ignore[no-untyped-def]
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange and not self._placing:
            x, y, _ = ecomap.clamp_to_map(float(value.x()), float(value.y()))
            return QPointF(x, y)
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            xy = self.xy()
            if not self._placing and not self.view._rebuilding:
                self.view._moving(self)
            if self.tie is not None:
                self.tie.follow(xy)
            for link in self.links:
                link.follow()
            self._redraw()
        elif change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self.setZValue(Z_CURRENT if value else Z_NODES)
        return super().itemChange(change, value)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        # One current member at a time: Ctrl+click would otherwise gather several, and drag them together.
        event.setModifiers(event.modifiers() & ~Qt.KeyboardModifier.ControlModifier)
        self._press_xy = self.xy()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self._press_xy is not None and self._press_xy != self.xy():
            self.view._member_dropped(self)
        self._press_xy = None


# -------------------------------------------------------------------------------------------------- view

class EcoMapView(QGraphicsView):
    """The participant at the centre, members in sectors by domain; drag, zoom, pan and keyboard."""

    memberMoved = Signal(str, float, float)
    memberActivated = Signal(str)
    currentMemberChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Node pixmaps at a few zoom levels outgrow Qt's default 10 MB cache; a thrashing cache repaints all.
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), 64 * 1024))
        self._scene = QGraphicsScene(self)
        self._scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self._scene.selectionChanged.connect(self._selection_changed)
        self.setScene(self._scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlags(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing
                                  | QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        # The map is paper: white whatever the theme, as on the printed plan and the export.
        self.setBackgroundBrush(QBrush(_colour(ecomap.PAPER)))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Support network map"))
        self.setAccessibleDescription(self.tr(
            "A drawing of the participant's support network. The list of members beside it holds the same "
            "members and their details."))
        keys = self.tr(
            "Keys: Alt+Right or Alt+Down selects the next member, Alt+Left or Alt+Up the previous one "
            "(plain arrows do the same when nothing is selected or the map cannot be changed); Home and End "
            "select the first and last. When the map can be changed, the arrow keys move the selected member "
            "(with Shift, further). Enter opens the selected member, Escape clears the selection, + and - "
            "zoom, 0 fits the whole map. Mouse: drag a member to move it, drag the background to pan, use "
            "the wheel to zoom. Tab moves on to the rest of the screen.")
        self.setToolTip(keys)
        self.setWhatsThis(keys)

        self._nodes: dict[str, _NodeItem] = {}
        self._order: list[str] = []
        self._links: list[_LinkItem] = []
        self._sectors: _PrimitivesItem | None = None
        self._centre: _PrimitivesItem | None = None
        self._map_rect = QRectF()
        self._labels = Labels.english()
        self._editable = False
        self._centre_label: str | None = None
        self._auto_placed: dict[str, tuple[float, float]] = {}
        self._current = ""
        self._rebuilding = False
        self._zoom_draft = False
        self._fit_pending = True
        self._fitted = True
        self._pending_moves: dict[str, None] = {}
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(MOVE_SETTLE_MS)
        self._settle.timeout.connect(self._flush_moves)
        self._live: set[_NodeItem] = set()
        self._layer: _LineLayer | None = None
        # Lines of a moved member rejoin the cached layer once it has been still for a moment.
        self._rest = QTimer(self)
        self._rest.setSingleShot(True)
        self._rest.setInterval(400)
        self._rest.timeout.connect(self._settle_lines)
        self._zoom_rest = QTimer(self)
        self._zoom_rest.setSingleShot(True)
        self._zoom_rest.setInterval(250)
        self._zoom_rest.timeout.connect(self._finish_zoom)

    # ------------------------------------------------------------------------------------------- content

    def set_network(self, centre_label: str, nodes: Sequence[MapNode], links: Sequence[MapLink], *,
                    editable: bool, labels: Labels) -> None:
        """Draw this network. Nodes without x/y are placed by auto_layout (see auto_placed())."""
        self._flush_moves()
        nodes = list(nodes)
        same_person = centre_label == self._centre_label or bool(set(self._nodes) & {n.id for n in nodes})
        keep_current = self._current
        positions = ecomap.auto_layout(nodes, keep_existing=True)
        self._auto_placed = {n.id: positions[n.id] for n in nodes
                             if n.x is None or n.y is None or not (math.isfinite(n.x) and math.isfinite(n.y))}

        self._rebuilding = True
        try:
            self._scene.clear()
            self._nodes.clear()
            self._links.clear()
            self._labels = labels
            self._editable = editable
            self._centre_label = centre_label
            self._order = [n.id for n in nodes]
            self._live.clear()
            self._rest.stop()
            self._sectors = _PrimitivesItem(ecomap.sector_drawing(nodes, labels), Z_SECTORS)
            self._sectors.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
            self._scene.addItem(self._sectors)
            self._centre = _PrimitivesItem(ecomap.centre_drawing(centre_label), Z_CENTRE)
            self._centre.setToolTip(centre_label)
            self._scene.addItem(self._centre)
            self._layer = _LineLayer(QRectF())
            self._scene.addItem(self._layer)
            for node in nodes:
                item = _NodeItem(self, node, labels, positions[node.id], editable)
                item.tie = _TieItem(node, positions[node.id], self._layer)
                self._layer.lines.append(item.tie)
                self._scene.addItem(item.tie)
                self._scene.addItem(item)
                self._nodes[node.id] = item
            for link in links:
                a, b = self._nodes.get(link.a_id), self._nodes.get(link.b_id)
                if a is None or b is None or a is b:
                    continue
                link_item = _LinkItem(a, b, self._layer)
                self._layer.lines.append(link_item)
                a.links.append(link_item)
                b.links.append(link_item)
                self._links.append(link_item)
                self._scene.addItem(link_item)
            self._update_scene_rect()
            if keep_current in self._nodes:
                self._nodes[keep_current].setSelected(True)
        finally:
            self._rebuilding = False
        self._selection_changed()
        if not same_person or self._fitted:
            self._fit_pending = True
            if self.isVisible():
                self.fit()

    def _update_scene_rect(self) -> None:
        rect = QRectF(-ecomap.MAP_RADIUS, -ecomap.MAP_RADIUS, 2 * ecomap.MAP_RADIUS, 2 * ecomap.MAP_RADIUS)
        for item in (self._sectors, *self._nodes.values()):
            if item is not None:
                rect = rect.united(item.sceneBoundingRect())
        self._map_rect = rect.adjusted(-12, -12, 12, 12)
        if self._layer is not None:
            self._layer.prepareGeometryChange()
            self._layer._rect = QRectF(self._map_rect)
            self._layer.update()
        # Fixed, so the scene need not grow (and re-index) while a member is dragged.
        self._scene.setSceneRect(self._map_rect)

    def auto_placed(self) -> dict[str, tuple[float, float]]:
        """Positions computed for members that had none stored (and not moved since), for the screen to save."""
        return dict(self._auto_placed)

    def positions(self) -> dict[str, tuple[float, float]]:
        return {member_id: item.xy() for member_id, item in self._nodes.items()}

    def rearrange(self) -> dict[str, tuple[float, float]]:
        """Lay every member out afresh (as for a new map) and return the positions for saving."""
        self._flush_moves()
        nodes = [replace(item.node, x=None, y=None) for item in self._nodes.values()]
        positions = ecomap.auto_layout(nodes, keep_existing=False)
        self._rebuilding = True
        try:
            for member_id, item in self._nodes.items():
                item.setPos(QPointF(*positions[member_id]))
        finally:
            self._rebuilding = False
        self._auto_placed = {}
        self._update_scene_rect()
        return {member_id: positions[member_id] for member_id in self._nodes}

    # ------------------------------------------------------------------------------------------ selection

    def current_member(self) -> str | None:
        return self._current or None

    def select_member(self, member_id: str | None) -> None:
        item = self._nodes.get(member_id or "")
        if item is not None and item.isSelected() and len(self._scene.selectedItems()) == 1:
            return
        # One change for listeners, not "none" and then the new member.
        self._rebuilding = True
        try:
            self._scene.clearSelection()
            if item is not None:
                item.setSelected(True)
        finally:
            self._rebuilding = False
        self._selection_changed()
        if item is not None:
            self.ensureVisible(item, 40, 40)

    def _selection_changed(self) -> None:
        if self._rebuilding:
            return
        selected = [i for i in self._scene.selectedItems() if isinstance(i, _NodeItem)]
        current = selected[0].node.id if selected else ""
        if current != self._current:
            self._flush_moves()
            self._current = current
            self.currentMemberChanged.emit(current)

    def _step(self, delta: int) -> None:
        if not self._order:
            return
        if self._current in self._nodes:
            index = (self._order.index(self._current) + delta) % len(self._order)
        else:
            index = 0 if delta > 0 else len(self._order) - 1
        self.select_member(self._order[index])

    # ----------------------------------------------------------------------------------------------- moves

    def _member_dropped(self, item: _NodeItem) -> None:
        self._auto_placed.pop(item.node.id, None)
        x, y = item.xy()
        self.memberMoved.emit(item.node.id, x, y)

    def _nudge(self, dx: float, dy: float) -> None:
        item = self._nodes.get(self._current)
        if item is None:
            return
        item.setPos(item.pos() + QPointF(dx, dy))
        self.ensureVisible(item, 20, 20)
        self._pending_moves[item.node.id] = None
        self._auto_placed.pop(item.node.id, None)
        self._settle.start()

    def _moving(self, item: _NodeItem) -> None:
        if item not in self._live:
            self._live.add(item)
            for line in (item.tie, *item.links):
                if line is not None:
                    line.set_live(True)
        self._rest.start()

    def _settle_lines(self) -> None:
        if QApplication.mouseButtons() != Qt.MouseButton.NoButton and self._live:
            self._rest.start()  # still held: a drag that pauses is still a drag
            return
        live, self._live = self._live, set()
        for item in live:
            for line in (item.tie, *item.links):
                if line is not None:
                    line.set_live(False)

    def _flush_moves(self) -> None:
        self._settle.stop()
        pending, self._pending_moves = list(self._pending_moves), {}
        for member_id in pending:
            item = self._nodes.get(member_id)
            if item is not None:
                x, y = item.xy()
                self.memberMoved.emit(member_id, x, y)

    # ------------------------------------------------------------------------------------------------ zoom

    def zoom_factor(self) -> float:
        return self.transform().m11()

    def _zoom_to(self, factor: float, anchor: QGraphicsView.ViewportAnchor) -> None:
        factor = min(MAX_ZOOM, max(MIN_ZOOM, factor))
        current = self.zoom_factor()
        if current <= 0 or abs(factor - current) < 1e-9:
            return
        if self._layer is not None:
            self._layer.draft = True
            self._zoom_rest.start()
        self._zoom_rest.start()
        if not self._zoom_draft:
            self._zoom_draft = True
            for node in self._nodes.values():
                node.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        self.setTransformationAnchor(anchor)
        self.scale(factor / current, factor / current)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)

    def _finish_zoom(self) -> None:
        if self._layer is not None and self._layer.draft:
            self._layer.draft = False
            self._layer.update()
        if self._zoom_draft:
            self._zoom_draft = False
            for node in self._nodes.values():
                node.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
                node.update()

    def zoom_in(self) -> None:
        self._fitted = False
        self._zoom_to(self.zoom_factor() * ZOOM_STEP, QGraphicsView.ViewportAnchor.AnchorViewCenter)

    def zoom_out(self) -> None:
        self._fitted = False
        self._zoom_to(self.zoom_factor() / ZOOM_STEP, QGraphicsView.ViewportAnchor.AnchorViewCenter)

    def fit(self) -> None:
        """The whole map in view (within the zoom limits); it stays fitted as the view is resized."""
        self._fit_pending = False
        self._fitted = True
        rect = self._map_rect if not self._map_rect.isEmpty() else self.sceneRect()
        view = self.viewport().rect()
        if rect.isEmpty() or view.width() < 2 or view.height() < 2:
            return
        factor = min(view.width() / rect.width(), view.height() / rect.height())
        factor = min(MAX_ZOOM, max(MIN_ZOOM, factor))
        self.resetTransform()
        self.scale(factor, factor)
        self.centerOn(rect.center())

    # ------------------------------------------------------------------------------------------- events

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if self._fit_pending:
            self.fit()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        if self._fitted or self._fit_pending:
            self.fit()

    def wheelEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        steps = event.angleDelta().y() / 120.0
        if not steps:
            super().wheelEvent(event)
            return
        self._fitted = False
        self._zoom_to(self.zoom_factor() * ZOOM_STEP ** steps, QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        event.accept()

    def mouseDoubleClickEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().mouseDoubleClickEvent(event)
        item = self.itemAt(event.position().toPoint())
        while item is not None and not isinstance(item, _NodeItem):
            item = item.parentItem()
        if isinstance(item, _NodeItem):
            self.memberActivated.emit(item.node.id)

    def event(self, event) -> bool:  # type: ignore[no-untyped-def]
        # Tab leaves the map for the rest of the screen, as everywhere else; QGraphicsView would otherwise
        # hand it to the scene, which cycles the members and never lets go.
        if isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            return QWidget.event(self, event)
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers()
        alt = bool(mods & Qt.KeyboardModifier.AltModifier)
        arrows = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1),
                  Qt.Key.Key_Down: (0, 1)}
        if key in arrows:
            dx, dy = arrows[key]
            if alt or not self._editable or self._current not in self._nodes:
                self._step(1 if dx + dy > 0 else -1)
            else:
                step = MOVE_STEP_LARGE if mods & Qt.KeyboardModifier.ShiftModifier else MOVE_STEP
                self._nudge(dx * step, dy * step)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_out()
        elif key == Qt.Key.Key_0:
            self.fit()
        elif key == Qt.Key.Key_Home:
            self._step_to(0)
        elif key == Qt.Key.Key_End:
            self._step_to(len(self._order) - 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._current:
            self.memberActivated.emit(self._current)
        elif key == Qt.Key.Key_Escape and self._current:
            self.select_member(None)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _step_to(self, index: int) -> None:
        if self._order:
            self.select_member(self._order[index])

    def focusOutEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self._flush_moves()
        super().focusOutEvent(event)

    # -------------------------------------------------------------------------------------- for the bench

    def node_item(self, member_id: str) -> QGraphicsItem | None:
        return self._nodes.get(member_id)

    def tie_item(self, member_id: str) -> QGraphicsItem | None:
        item = self._nodes.get(member_id)
        return item.tie if item is not None else None


# ------------------------------------------------------------------------------------------------ legend

class LegendWidget(QWidget):
    """The map's key at its natural size, drawn by the same code as the map."""

    def __init__(self, labels: Labels | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops: list[_Op] = []
        self._size = QSize(0, 0)
        self.setAccessibleName(self.tr("Map legend"))
        self.set_labels(labels or Labels.english())

    def set_labels(self, labels: Labels, domains: Iterable[NetworkDomain] | None = None) -> None:
        """Show the key for these words; `domains` limits the sector colours to those on the map."""
        domains = list(domains) if domains is not None else None
        primitives, width, height = ecomap.legend_drawing(labels, 0.0, 0.0, domains)
        self._ops = compile_primitives(primitives)
        self._size = QSize(math.ceil(width) + 1, math.ceil(height) + 1)
        self.setMinimumSize(self._size)
        self.setAccessibleDescription(self._describe(labels, domains))
        self.updateGeometry()
        self.update()

    def _describe(self, labels: Labels, domains: list[NetworkDomain] | None) -> str:
        shown = [d for d in ecomap.SECTOR_ORDER if domains is None or d in {NetworkDomain(v) for v in domains}]
        sectors = "; ".join(self.tr("colour marked {abbreviation}: {domain}").format(
            abbreviation=labels.domain_abbreviations.get(d, ""), domain=labels.domains.get(d, str(d)))
            for d in shown)
        widths = sorted({ecomap.TIE_WIDTH[s] for s in TieStrength}, reverse=True)
        line_words = {0: self.tr("thick line"), 1: self.tr("medium line"), 2: self.tr("thin line")}
        ties = []
        for strength in TieStrength:
            words = line_words.get(widths.index(ecomap.TIE_WIDTH[strength]), self.tr("line"))
            if ecomap.TIE_DASH[strength]:
                words = self.tr("dashed {line}").format(line=words)
            ties.append(f"{words}: {labels.strengths.get(strength, str(strength))}")
        ties.append(self.tr("zigzag line: {meaning}").format(meaning=labels.natures.get(TieNature.STRESSFUL, "")))
        ties.append(self.tr("line with a zigzag on it: {meaning}").format(
            meaning=labels.natures.get(TieNature.MIXED, "")))
        ties.append(self.tr("grey dotted line: {meaning}").format(meaning=labels.link))
        arrows = {SupportDirection.RECEIVES: self.tr("arrow towards the participant"),
                  SupportDirection.GIVES: self.tr("arrow towards the member"),
                  SupportDirection.BOTH: self.tr("arrows at both ends")}
        shapes = {MemberKind.PERSON: self.tr("circle"), MemberKind.GROUP: self.tr("hexagon"),
                  MemberKind.ORGANISATION: self.tr("square")}
        parts = [
            f"{labels.sectors_heading}: {sectors}" if sectors else "",
            f"{labels.ties_heading}: " + "; ".join(ties),
            f"{labels.directions_heading}: " + "; ".join(
                f"{arrows[d]}: {labels.directions.get(d, str(d))}" for d in SupportDirection),
            f"{labels.kinds_heading}: " + "; ".join(
                f"{shapes[k]}: {labels.kinds.get(k, str(k))}" for k in MemberKind),
            self.tr("The participant is the double circle in the middle."),
        ]
        return ". ".join(part for part in parts if part)

    def sizeHint(self) -> QSize:
        return self._size

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        paint_compiled(painter, self._ops)
        painter.end()
