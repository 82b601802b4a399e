"""Links on the canvas: a smooth curve from an output port down to an input port, labelled with
the tensor shape it carries; and the temporary wire drawn while the user drags a new link.

A link that jumps straight down past other layers (a residual shortcut in the main column)
bows out to the right so it does not run underneath the cards it skips.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem

from gui.canvas.style import ERROR_COLOR, LEGAL_COLOR

_SELECTABLE = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable  # enum lookups are slow: once
_DEVICE_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache


def curve(p1: QPointF, p2: QPointF, bow: float = 0.0, drop: float = 0.0) -> QPainterPath:
    """A vertical S-curve from ``p1`` (an output) down to ``p2`` (an input).

    ``bow`` > 0 routes it through a lane that far to the right (a shortcut skipping the cards
    of its own column); ``drop`` > 0 keeps it straight down in the source's column until
    ``drop`` above the target before it bends over (a side branch joining the main path far
    below); ``drop`` < 0 bends over first and runs down the target's column.
    """
    path = QPainterPath(p1)
    dy = max(abs(p2.y() - p1.y()), 30.0)
    if bow:
        lane = max(p1.x(), p2.x()) + bow
        turn = min(40.0, dy / 4)
        path.cubicTo(QPointF(p1.x(), p1.y() + turn), QPointF(lane, p1.y() + turn / 2),
                     QPointF(lane, p1.y() + 2 * turn))
        path.lineTo(QPointF(lane, p2.y() - 2 * turn))
        path.cubicTo(QPointF(lane, p2.y() - turn / 2), QPointF(p2.x(), p2.y() - turn), p2)
        return path
    if drop and dy > 2 * drop:  # straight down the source's column, bend in at the end
        path.lineTo(QPointF(p1.x(), p2.y() - drop))
        path.cubicTo(QPointF(p1.x(), p2.y() - drop / 2), QPointF(p2.x(), p2.y() - drop / 2), p2)
        return path
    if drop < 0 and dy > -2 * drop:  # bend over at the start, straight down the target's
        path.cubicTo(QPointF(p1.x(), p1.y() - drop / 2), QPointF(p2.x(), p1.y() - drop / 2),
                     QPointF(p2.x(), p1.y() - drop))
        path.lineTo(p2)
        return path
    k = dy * 0.5
    path.cubicTo(QPointF(p1.x(), p1.y() + k), QPointF(p2.x(), p2.y() - k), p2)
    return path


_CUBIC_LENGTHS: dict[tuple, float] = {}


def _cubic_length(c1: tuple, c2: tuple, end: tuple) -> float:
    """The length of a cubic from (0, 0), measured by Qt once per shape (links between the
    columns of a layout repeat a handful of shapes)."""
    key = (c1, c2, end)
    length = _CUBIC_LENGTHS.get(key)
    if length is None:
        if len(_CUBIC_LENGTHS) > 4096:
            _CUBIC_LENGTHS.clear()
        path = QPainterPath(QPointF(0, 0))
        path.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*end))
        length = _CUBIC_LENGTHS[key] = path.length()
    return length


def label_point(path: QPainterPath, p1: QPointF, p2: QPointF, bow: float,
                drop: float) -> QPointF:
    """The point half way along ``curve(p1, p2, bow, drop)`` (``path``), where its label sits.

    The plain S-curve is point-symmetric: its centre. A bowed or dropped link is cubic - line
    - cubic: when the half-way point falls on its straight run it is found from the cubics'
    lengths (cached by shape); otherwise Qt measures the whole path (pointAtPercent: 10 us a
    link, a fifth of building a DenseNet scene when every long link paid it).
    """
    x1, y1, x2, y2 = p1.x(), p1.y(), p2.x(), p2.y()
    dy = max(abs(y2 - y1), 30.0)
    if bow:
        lane = max(x1, x2) + bow
        turn = min(40.0, dy / 4)
        head = _cubic_length((0, turn), (lane - x1, turn / 2), (lane - x1, 2 * turn))
        tail = _cubic_length((0, 1.5 * turn), (x2 - lane, turn), (x2 - lane, 2 * turn))
        run = (y2 - 2 * turn) - (y1 + 2 * turn)
        half = (head + run + tail) / 2
        if head <= half <= head + run:
            return QPointF(lane, y1 + 2 * turn + half - head)
    elif drop and dy > 2 * drop:
        run = (y2 - drop) - y1
        half = (run + _cubic_length((0, drop / 2), (x2 - x1, drop / 2), (x2 - x1, drop))) / 2
        if half <= run:
            return QPointF(x1, y1 + half)
    elif drop < 0 and dy > -2 * drop:
        head = _cubic_length((0, -drop / 2), (x2 - x1, -drop / 2), (x2 - x1, -drop))
        run = y2 - (y1 - drop)
        half = (head + run) / 2
        if head <= half:
            return QPointF(x2, y1 - drop + half - head)
    else:
        return (p1 + p2) / 2
    return path.pointAtPercent(0.5)


class LinkItem(QGraphicsItem):
    """One engine Link between two NodeItems."""

    def __init__(self, canvas, link, src_item, dst_item):
        super().__init__()
        self.canvas, self.style, self.link = canvas, canvas.style, link
        self.src_item, self.dst_item = src_item, dst_item
        self.label = ""
        self.shown = True
        self.broken = False
        self.drop_target = False
        self._path = QPainterPath()
        self._hit: QPainterPath | None = None
        self._label_pos = QPointF()
        self._rect = QRectF()
        self._path_rect = QRectF()
        self.setFlag(_SELECTABLE)
        self.setCacheMode(_DEVICE_CACHE)
        self.setZValue(-1)
        src_item.links.add(self)
        dst_item.links.add(self)
        self.adjust()

    def detach(self) -> None:
        self.src_item.links.discard(self)
        self.dst_item.links.discard(self)

    def adjust(self) -> None:
        """Recompute the curve after an end moved."""
        p1 = self.src_item.output_anchor()
        p2 = self.dst_item.input_anchor(self.link.port)
        m = self.style.m
        long = p2.y() - p1.y() > m.height * 2.6
        side = abs(p2.x() - p1.x()) >= m.width * 0.6
        bow = 0.0
        if long and not side and self.canvas.column_blocked(p1.x(), p1.y(), p2.y(), self):
            bow = m.width / 2 + 13  # around the cards it skips
        drop = 0.0
        if long and side:  # run down whichever column has no cards in the way
            drop = m.height * 0.9
            if self.canvas.column_blocked(p1.x(), p1.y(), p2.y(), self) and \
                    not self.canvas.column_blocked(p2.x(), p1.y(), p2.y(), self):
                drop = -drop
        self.prepareGeometryChange()
        self._path = curve(p1, p2, bow, drop)
        self._path_rect = self._path.boundingRect().adjusted(-6, -6, 6, 6)
        self._hit = None  # the wide hit area is made on demand (hover, clicks, drops)
        mid = label_point(self._path, p1, p2, bow, drop)
        self._label_pos = QPointF(mid.x() + 6, mid.y())
        self._update_rect()

    def _update_rect(self) -> None:
        if not (self.shown and self.label):
            self._rect = self._path_rect
            return
        lw = self.style.label_width(self.label) + 10
        self._rect = self._path_rect.united(
            QRectF(self._label_pos.x(), self._label_pos.y() - 10, lw, 20))

    def set_label(self, text: str, broken: bool, shown: bool = True) -> None:
        """The tensor shape it carries; ``shown`` False keeps it to the tooltip (a fan-out
        labels only one of its links, all carry the same tensor)."""
        if (text, broken, shown) != (self.label, self.broken, self.shown):
            self.prepareGeometryChange()
            self.label, self.broken, self.shown = text, broken, shown
            self.setToolTip(text)
            self._update_rect()
            self.update()

    def path_in_scene(self) -> QPainterPath:
        """The drawn curve in scene coordinates (drop zones measure the distance to it)."""
        return self.mapToScene(self._path)

    def set_drop_target(self, on: bool) -> None:
        if on != self.drop_target:
            self.drop_target = on
            self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def shape(self) -> QPainterPath:
        if self._hit is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(10)
            self._hit = stroker.createStroke(self._path)
        return self._hit

    def paint(self, painter, option, widget=None) -> None:
        st = self.style
        color = (LEGAL_COLOR if self.drop_target else st.highlight if self.isSelected()
                 else ERROR_COLOR if self.broken else st.link)
        width = st.m.link_width * (2.2 if self.drop_target or self.isSelected() else 1.0)
        painter.setPen(QPen(color, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        if not (self.label and self.shown) or \
                option.levelOfDetailFromTransform(painter.worldTransform()) < 0.5:
            return
        painter.setFont(st.link_font)
        fm = st.link_metrics
        box = QRectF(self._label_pos.x(), self._label_pos.y() - fm.height() / 2 - 1,
                     fm.horizontalAdvance(self.label) + 8, fm.height() + 2)
        fill = st.background
        fill.setAlphaF(0.85)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(box, 3, 3)
        painter.setPen(ERROR_COLOR if self.broken else st.muted)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.label)


class WireItem(QGraphicsPathItem):
    """The dashed curve following the mouse while a new link is dragged."""

    def __init__(self, style, start: QPointF):
        super().__init__()
        self.style, self.start = style, start
        self.setZValue(20)
        self.set_state(None)
        self.move_to(start)

    def set_state(self, state: str | None) -> None:
        color = {"legal": LEGAL_COLOR, "illegal": ERROR_COLOR}.get(state, self.style.highlight)
        self.setPen(QPen(color, self.style.m.link_width * 1.6, Qt.PenStyle.DashLine,
                         Qt.PenCapStyle.RoundCap))

    def move_to(self, end: QPointF) -> None:
        self.setPath(curve(self.start, end))
