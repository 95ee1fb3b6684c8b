"""The support-network eco-map on screen: a QGraphicsView over the primitives of documents/ecomap.py.

Every width, colour, dash and arrowhead is decided in documents/ecomap.py; this module only translates its
primitives 1:1 to QPainter (`paint_primitives`), so the screen, the PNG export and the printed plan show one
drawing. What is added here is interaction only: selection, dragging, zoom, pan and the keyboard.

Performance (300 members): each member is one cached item painted in its own coordinates; moving it
recomputes only its own tie and the links that touch it; the sector guides are one cached item. A member's
picture is kept per scale (QPixmapCache), so a zoom back to a size seen before redraws nothing. While the view
zooms it shows one picture of the whole map, made while the map was still, scaled: a zoom step is one blit, and
the map is drawn sharp again when the zoom rests. Small members are drawn as shapes alone and small ties as
plain lines (`LABEL_MIN_SCALE`, `TIE_DETAIL_MIN_SCALE`); their names are then written over the map in the window's
own type, as many as fit without covering each other (ecomap_labels.py).

Painting primitives, the exports and the legend live in ecomap_paint.py. This module stays over ~600 lines
because the view and its three item classes share the zoom, cache and selection state; split further, each
piece would reach into the others' privates.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QFontMetricsF,
    QImage,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPaintEngine,
    QPaintEvent,
    QPen,
    QPixmap,
    QPixmapCache,
    QTransform,
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
from rosc_desktop.documents.ecomap import Labels, MapLink, MapNode, Primitive
from rosc_desktop.enums import TieStrength
from rosc_desktop.ui.ecomap_labels import Candidate, PlacedLabel, place_labels
from rosc_desktop.ui.ecomap_paint import (
    _bounds_rect,
    _colour,
    _Op,
    _plain_lines,
    compile_primitives,
    paint_compiled,
)

MIN_ZOOM = 0.15
MAX_ZOOM = 5.0
ZOOM_STEP = 1.25
MOVE_STEP = 10.0
MOVE_STEP_LARGE = 50.0
# A keyboard move is saved once the keys have rested this long, so a burst of presses is one save.
MOVE_SETTLE_MS = 600
Z_SECTORS, Z_LINKS, Z_TIES, Z_CENTRE, Z_NODES, Z_CURRENT = 0, 1, 2, 3, 4, 5
# Below LABEL_MIN_SCALE (pixels per map unit) the drawing's names would be under 8 px (6 px on a 1366x768 laptop's
# fitted map, which a person across the table cannot read): members are drawn as their shapes alone and the view
# writes their names in the window's type. Below TIE_DETAIL_MIN_SCALE a dash or zigzag is under ~2 px: ties are
# plain straight lines, which read the same at that size.
LABEL_MIN_SCALE = 0.5
TIE_DETAIL_MIN_SCALE = 0.35
# Below LABEL_MIN_SCALE the view writes the names itself, in the window's type (ecomap_labels.py), no wider than
# this many pixels (a longer name ends in "…"; the list beside the map has it whole).
SMALL_MAP_NAME_PX = 130.0
# While the view zooms it shows one picture of the whole map, scaled, at most this many pixels a side; the map is
# drawn sharp again when the zoom rests.
MAX_SNAPSHOT_PX = 1600
_serials = itertools.count()


class _PrimitivesItem(QGraphicsItem):
    """Paints a list of primitives given in this item's coordinates; not interactive."""

    def __init__(self, primitives: Sequence[Primitive] = (), z: float = 0.0,
                 layer: _LineLayer | None = None) -> None:
        super().__init__()
        self._ops: list[_Op] = []
        self._primitives: Sequence[Primitive] = ()
        self._plain_ops: list[_Op] | None = None
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
        self._primitives, self._plain_ops = primitives, None
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

    def ops_at(self, scale: float) -> list[_Op]:
        if scale >= TIE_DETAIL_MIN_SCALE or self.layer is None:
            return self._ops
        if self._plain_ops is None:
            self._plain_ops = compile_primitives(_plain_lines(self._primitives))
        return self._plain_ops

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        paint_compiled(painter, self.ops_at(option.levelOfDetailFromTransform(painter.worldTransform())))


class _LineLayer(QGraphicsItem):
    """Every tie and link whose member is not moving, in one cached pixmap: 300 antialiased ties cost ~20 ms
    a frame to stroke, a cached layer costs a blit. The few lines of a member being moved paint themselves."""

    def __init__(self, rect: QRectF) -> None:
        super().__init__()
        self.lines: list[_PrimitivesItem] = []
        self._rect = rect
        self.setZValue(Z_TIES)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        exposed = option.exposedRect
        scale = option.levelOfDetailFromTransform(painter.worldTransform())
        for line in self.lines:
            if not line.isVisible() and line._rect.intersects(exposed):
                paint_compiled(painter, line.ops_at(scale))


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
        self._serial = 0
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
        self._serial = next(_serials)  # earlier pictures are of another drawing
        self.view._map_changed()
        self._ops = compile_primitives(primitives)
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
        transform = painter.worldTransform()
        engine = painter.paintEngine()
        if transform.type().value > QTransform.TransformationType.TxScale.value or engine is None \
                or engine.type() != QPaintEngine.Type.Raster:
            paint_compiled(painter, self.ops_at(option.levelOfDetailFromTransform(transform)))
            return
        # A picture per member and scale, made in device pixels and copied as it is; a zoom back to a scale seen
        # before finds its pictures again.
        scale = transform.m11()
        corner = transform.map(self._rect.topLeft())
        x, y = math.floor(corner.x()), math.floor(corner.y())
        fx, fy = round(corner.x() - x, 2), round(corner.y() - y, 2)
        key = f"ecomap-member:{self._serial}:{scale:.9g}:{fx:.2f}:{fy:.2f}"
        picture = QPixmap()
        if not QPixmapCache.find(key, picture):
            picture = self._render(scale, fx, fy, painter.device())
            if self not in self.view._live:  # a member being dragged lands on a new fraction of a pixel each time
                QPixmapCache.insert(key, picture)
        painter.setWorldTransform(QTransform())
        painter.drawPixmap(x, y, picture)
        painter.setWorldTransform(transform)

    def ops_at(self, scale: float) -> list[_Op]:
        """Small on screen, a member is its shape alone: names and the abbreviation would be a grey smudge."""
        return self._shape_ops if scale < LABEL_MIN_SCALE else self._ops

    def _render(self, scale: float, fx: float, fy: float, device: object) -> QPixmap:
        """The member at `scale`, its rect's corner `fx`, `fy` into the first pixel (as on the device)."""
        dpr = device.devicePixelRatioF() if isinstance(device, (QWidget, QPixmap, QImage)) else 1.0
        picture = QPixmap(math.ceil((self._rect.width() * scale + fx + 1) * dpr),
                          math.ceil((self._rect.height() * scale + fy + 1) * dpr))
        picture.setDevicePixelRatio(dpr)
        picture.fill(Qt.GlobalColor.transparent)
        painter = QPainter(picture)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        painter.translate(fx, fy)
        painter.scale(scale, scale)
        painter.translate(-self._rect.topLeft())
        paint_compiled(painter, self.ops_at(scale))
        painter.end()
        return picture

    def itemChange(self, change, value):  # type: ignore[no-untyped-def]
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange and not self._placing:
            x, y, _ = ecomap.clamp_to_map(float(value.x()), float(value.y()))
            return QPointF(x, y)
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            self.view._map_changed()
            xy = self.xy()
            if not self._placing and not self.view._rebuilding:
                self.view._moving(self)
            if self.tie is not None:
                self.tie.follow(xy)
            for link in self.links:
                link.follow()
            self._redraw()
        elif change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self.view._map_changed()
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
        self._zooming = False
        # The names written over a small map, and what they were placed for (small_map_names).
        self._names_version = 0
        self._names_cache: tuple[tuple[object, ...], list[PlacedLabel]] | None = None
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
        # The picture of the whole map shown while zooming, made once the map has been still for a moment.
        self._snapshot: QPixmap | None = None
        self._snapshot_rect = QRectF()
        self._snapshot_source = QRectF()
        self._snapshot_of: tuple[QRectF, float] | None = None
        self._snapshot_stale = True
        self._prepare = QTimer(self)
        self._prepare.setSingleShot(True)
        self._prepare.setInterval(500)
        self._prepare.timeout.connect(self._prepare_snapshot)

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
        self._map_changed()
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
        self._names_follow()  # the selected member's name comes first
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
        self._prepare.start()

    def _flush_moves(self) -> None:
        self._settle.stop()
        pending, self._pending_moves = list(self._pending_moves), {}
        for member_id in pending:
            item = self._nodes.get(member_id)
            if item is not None:
                x, y = item.xy()
                self.memberMoved.emit(member_id, x, y)

    # ------------------------------------------------------------------------------------------------ zoom

    def small_map_names(self) -> list[PlacedLabel]:
        """The names the view writes over a map drawn too small for its own (ecomap_labels.py), in the viewport's
        pixels; none when the drawing's names are shown, or while a zoom is under way."""
        scale = self.transform().m11()
        if scale >= LABEL_MIN_SCALE or self._zooming or not self._nodes:
            return []
        to_view = self.viewportTransform()
        key = (to_view.m11(), to_view.m22(), to_view.dx(), to_view.dy(), self.viewport().size().toTuple(),
               self.font().key(), self._names_version)
        if self._names_cache is not None and self._names_cache[0] == key:
            return self._names_cache[1]  # each paint asks: a pan's frame, a tooltip, a repaint behind a dialog
        metrics = QFontMetricsF(self.font())
        radius = ecomap.NODE_RADIUS * 1.15 * scale
        candidates = []
        for item in sorted(self._nodes.values(), key=lambda i: (not i.isSelected(),
                                                                ecomap.STRENGTH_RANK.get(TieStrength(i.node.strength), 3), i.node.label)):
            text = metrics.elidedText(" ".join(item.node.label.split()), Qt.TextElideMode.ElideRight,
                                      SMALL_MAP_NAME_PX)
            if text:
                size = QSizeF(metrics.horizontalAdvance(text), metrics.height())
                candidates.append(Candidate(text, to_view.map(item.pos()), radius, size, item.isSelected()))
        centre, r = to_view.map(QPointF(0.0, 0.0)), ecomap.CENTRE_RADIUS * scale
        names = place_labels(candidates, QRectF(self.viewport().rect()),
                             obstacles=[QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r)])  # the person
        self._names_cache = (key, names)
        return names

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802 (Qt's name)
        super().drawForeground(painter, rect)
        names = self.small_map_names()
        if not names:
            return
        painter.save()
        painter.resetTransform()  # the viewport's pixels: the names keep their size whatever the zoom
        painter.setFont(self.font())
        for name in names:
            painter.fillRect(name.rect, _colour(ecomap.PAPER))
            painter.setPen(_colour(ecomap.BLACK))
            painter.drawText(name.rect, int(Qt.AlignmentFlag.AlignCenter), name.text)
        painter.restore()

    def zoom_factor(self) -> float:
        return self.transform().m11()

    def _zoom_to(self, factor: float, anchor: QGraphicsView.ViewportAnchor) -> None:
        factor = min(MAX_ZOOM, max(MIN_ZOOM, factor))
        current = self.zoom_factor()
        if current <= 0 or abs(factor - current) < 1e-9:
            return
        self._zoom_rest.start()
        if not self._zooming:
            # Redrawing 300 members and 350 ties at every step cost more than a frame: the steps show the
            # picture of the whole map made while it was still (made now if something has changed since).
            self._prepare.stop()
            if self._snapshot is None or self._snapshot_stale:
                self._prepare_snapshot()
            self._zooming = True
        self.setTransformationAnchor(anchor)
        self.scale(factor / current, factor / current)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)

    def _finish_zoom(self) -> None:
        self._zooming = False
        self.viewport().update()
        self._prepare.start()

    def _map_changed(self) -> None:
        """Something on the map changed: the zoom picture is remade once the map is still again."""
        self._snapshot_stale = True
        if not self._zooming:
            self._prepare.start()
        self._names_follow()

    def _names_follow(self) -> None:
        """The names written over a small map may all move when one member does (one gives way to another): the
        whole view is painted again, not only the member's own patch, or a name would stay where it was."""
        self._names_version += 1
        if self.transform().m11() < LABEL_MIN_SCALE:
            self.viewport().update()

    def _prepare_snapshot(self) -> None:
        """Picture the whole map for the next zoom while nothing moves, so that even its first step is quick."""
        if self._zooming or self._live or self._map_rect.isEmpty():
            return
        rect = QRectF(self._map_rect)
        dpr = self.viewport().devicePixelRatioF()
        scale = min(self.zoom_factor() * dpr, MAX_SNAPSHOT_PX / max(rect.width(), rect.height()))
        if self._snapshot is not None and not self._snapshot_stale and self._snapshot_of == (rect, scale):
            return
        self._snapshot_of = (QRectF(rect), scale)
        if scale == self.zoom_factor() and dpr == 1.0:
            # On the view's pixel grid, so the members' pictures made for the view serve the snapshot as they are.
            shift = (scale * rect.left() + self.viewportTransform().dx()) % 1.0
            rect.adjust(-shift / scale, 0, 0, 0)
            shift = (scale * rect.top() + self.viewportTransform().dy()) % 1.0
            rect.adjust(0, -shift / scale, 0, 0)
        source = QRectF(0.0, 0.0, rect.width() * scale, rect.height() * scale)
        snapshot = QPixmap(max(1, math.ceil(source.width())), max(1, math.ceil(source.height())))
        snapshot.fill(self.backgroundBrush().color())
        painter = QPainter(snapshot)
        painter.setRenderHints(self.renderHints())
        self._scene.render(painter, source, rect, Qt.AspectRatioMode.IgnoreAspectRatio)
        painter.end()
        self._snapshot, self._snapshot_rect, self._snapshot_source = snapshot, rect, source
        self._snapshot_stale = False

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
        self._prepare.start()

    # ------------------------------------------------------------------------------------------- events

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._zooming or self._snapshot is None or self._snapshot_stale:
            super().paintEvent(event)
            self._paint_focus()
            return
        # While zooming: the picture of the whole map, scaled (the map is drawn sharp again at rest).
        painter = QPainter(self.viewport())
        painter.fillRect(event.rect(), self.backgroundBrush())
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setTransform(self.viewportTransform())
        painter.drawPixmap(self._snapshot_rect, self._snapshot, self._snapshot_source)
        painter.end()
        self._paint_focus()

    def _paint_focus(self) -> None:
        """A frame in the highlight colour while the map has the keyboard: on white paper with no frame of its own,
        nothing showed that the arrow keys would now move a member."""
        if not self.hasFocus():
            return
        painter = QPainter(self.viewport())
        painter.setPen(QPen(self.palette().color(self.palette().ColorRole.Highlight), 3.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self.viewport().rect().adjusted(1, 1, -2, -2))
        painter.end()

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
        self.viewport().update()  # the focus frame goes

    def focusInEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().focusInEvent(event)
        self.viewport().update()  # the focus frame comes

    # -------------------------------------------------------------------------------------- for the bench

    def settle_zoom(self) -> None:
        """End a zoom now, as the rest after the last step would: pictures redrawn at the new scale."""
        self._zoom_rest.stop()
        self._finish_zoom()

    def node_item(self, member_id: str) -> QGraphicsItem | None:
        return self._nodes.get(member_id)

    def tie_item(self, member_id: str) -> QGraphicsItem | None:
        item = self._nodes.get(member_id)
        return item.tie if item is not None else None


# ------------------------------------------------------------------------------------------------ legend
