"""Drawing documents/ecomap.py's primitives with QPainter: the one translation the screen, the PNG and SVG
exports and the legend share (`paint_primitives`, `compile_primitives`), and the legend widget beside the map.

Split from ecomap_view.py, which keeps the interactive view (items, selection, dragging, zoom, keyboard).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QWidget,
)

from rosc_desktop.documents import ecomap
from rosc_desktop.documents.ecomap import Drawing, Labels, Primitive
from rosc_desktop.enums import MemberKind, NetworkDomain, SupportDirection, TieNature, TieStrength


def _plain_lines(primitives: Sequence[Primitive]) -> list[Primitive]:
    """A tie or link without its fine detail: solid (a dashed line at half width, about the same ink), straight,
    and without the thin zigzag a mixed tie carries on its straight line."""
    lines = [p for p in primitives if isinstance(p, ecomap.Line)]
    out: list[Primitive] = []
    for p in primitives:
        if isinstance(p, ecomap.Line):
            if len(p.points) > 2 and len(lines) > 1:
                continue
            p = replace(p, points=(p.points[0], p.points[-1]), dash=None,
                        width=p.width / 2 if p.dash else p.width)
        out.append(p)
    return out



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
