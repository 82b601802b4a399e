"""A layer on the canvas: a rounded card with its title, output shape, ports and badges.

``NodeItem`` paints everything itself (no child text items, no effects) and is cached by the
device, so a 500-node network builds and pans quickly. Its ``pos()`` is the card's centre.
Its ``Port``s (inputs on the top edge, the output on the bottom edge) are painted and
hit-tested by the card itself; pressing on the output starts a wire (the scene does the rest).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem

from gui.canvas.style import ERROR_COLOR, LEGAL_COLOR, WARNING_COLOR

FROZEN_COLOR = QColor("#3d8fd1")  # frozen layers: an icy blue


def _icy(color: QColor) -> QColor:
    """The card's fill mixed a third of the way towards ice blue."""
    ice = QColor("#cfe6fa") if color.lightness() > 128 else QColor("#1d3b57")
    return QColor((2 * color.red() + ice.red()) // 3, (2 * color.green() + ice.green()) // 3,
                  (2 * color.blue() + ice.blue()) // 3)

MAX_DRAWN_PORTS = 4  # layers with more (Add, Concat) show connected + one free port
# Qt enum members looked up once: each attribute access goes through Python's enum machinery,
# which made creating the 2,400 ports of a DenseNet scene the largest cost of its build
_CROSS_CURSOR = Qt.CursorShape.CrossCursor
_LEFT = Qt.MouseButton.LeftButton
_CARD_FLAGS = (QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
               | QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
_DEVICE_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache


class Port:
    """One input port (``index`` 0, 1, ...) or the output port (``index`` None) of a card.

    Not a QGraphicsItem: its card paints it, hit-tests it and starts a wire from it. (Ports as
    child items were 2,400 extra items in a DenseNet scene: a third of its build, and Qt's
    clearing of child items grew slower with every rebuild of the same scene.)
    """
    __slots__ = ("node", "index", "highlight", "visible", "_pos")

    def __init__(self, node: "NodeItem", index: int | None):
        self.node, self.index = node, index
        self.highlight: str | None = None  # None, "legal", "hover" (while wiring)
        self.visible = True
        self._pos = QPointF()

    @property
    def is_output(self) -> bool:
        return self.index is None

    def pos(self) -> QPointF:
        """Where it sits in its card's coordinates."""
        return self._pos

    def setPos(self, x: float, y: float) -> None:
        self._pos = QPointF(x, y)

    def scenePos(self) -> QPointF:
        return self.node.pos() + self._pos  # cards are top-level items, never transformed

    def isVisible(self) -> bool:
        return self.visible

    def update(self) -> None:
        self.node.update()

    def reach(self) -> float:
        """The radius the mouse may be off and still be on it (a generous target)."""
        return self.node.style.m.port * 1.8

    def hit(self, local: QPointF) -> bool:
        d = local - self._pos
        r = self.reach()
        return self.visible and d.x() * d.x() + d.y() * d.y() <= r * r

    def paint_plain(self, painter, accent, card) -> None:
        """The port as its card paints it (in the card's coordinates)."""
        r = self.node.style.m.port
        if self.is_output:
            painter.setPen(QPen(accent.darker(130), 1.2))
            painter.setBrush(accent)
        else:
            painter.setPen(QPen(accent, 1.6))
            painter.setBrush(card)
        painter.drawEllipse(self._pos, r, r)

    def paint_highlight(self, painter) -> None:
        """While wiring: a legal input port glows; the one under the wire is filled."""
        r = self.node.style.m.port * 1.35
        painter.setPen(QPen(LEGAL_COLOR, 2.0))
        painter.setBrush(LEGAL_COLOR.lighter(150) if self.highlight == "legal" else LEGAL_COLOR)
        painter.drawEllipse(self._pos, r, r)


class NodeItem(QGraphicsItem):
    """The card of one node; state comes from the graph (title) and the analysis (shape,
    problem)."""

    def __init__(self, canvas, node_id: str, category: str, title: str, composite: bool,
                 has_output: bool = True, ports: int = 1):
        super().__init__()
        self.canvas, self.style = canvas, canvas.style
        self.node_id, self.category, self.title = node_id, category, title
        self.composite = composite
        self.shape_str = ""
        self.severity: str | None = None  # "error", "warning" or None
        self.problem = ""
        self.blocked = False
        self.frozen = False  # transfer learning: drawn icy, dashed, with a snowflake
        self.wire_state: str | None = None  # while wiring: "legal", "illegal" or None
        self.links: set = set()
        self.proxy = None  # the BlockItem standing in for this card while its block is folded
        self.in_ports: list[Port] = []
        self.out_port = Port(self, None)
        self._wiring = False   # a wire is being dragged from this card's output port
        self._on_output = False  # the mouse hovers the output port
        # no ItemSendsScenePositionChanges/itemChange: a Python round trip for every change
        # costs more than the scene's explicit follow-up after a drag or a model move
        self.setFlags(_CARD_FLAGS)
        self.setAcceptHoverEvents(True)
        self.setCacheMode(_DEVICE_CACHE)
        self.setZValue(1)
        self.out_port.visible = has_output
        self.place_ports(ports)

    # ------------------------------------------------------------ geometry
    def card_rect(self) -> QRectF:
        m = self.style.m
        return QRectF(-m.width / 2, -m.height / 2, m.width, m.height)

    def boundingRect(self) -> QRectF:
        m = self.style.m
        pad = m.port + 8  # badges overhang the corner
        return self.card_rect().adjusted(-3, -pad, pad, m.port * 1.8 + 1)  # + the output port

    def shape(self) -> QPainterPath:
        """The card and a generous circle around each port (what the mouse can hit)."""
        path = QPainterPath()
        path.addRoundedRect(self.card_rect(), self.style.m.radius, self.style.m.radius)
        spots = QPainterPath()
        for port in self.in_ports + [self.out_port]:
            if port.visible:
                r = port.reach()
                spots.addEllipse(port.pos(), r, r)
        return path.united(spots)

    def place_ports(self, count: int, source_x: dict | None = None) -> None:
        """Show ``count`` input ports spread over the top edge (none for an Input); with
        ``source_x`` ({port: x of its source}) connected ports sit in the order of their
        sources from left to right, so links into a merge do not cross."""
        del self.in_ports[count:]
        while len(self.in_ports) < count:
            self.in_ports.append(Port(self, len(self.in_ports)))
        rect = self.card_rect()
        xs = source_x or {}
        slots = sorted(range(count), key=lambda i: (i not in xs, xs.get(i, 0.0), i))
        for slot, i in enumerate(slots):
            self.in_ports[i].setPos(rect.left() + rect.width() * (slot + 1) / (count + 1),
                                    rect.top())
        self.out_port.setPos(0, rect.bottom())
        self.update()

    def input_anchor(self, port: int) -> QPointF:
        if self.proxy is not None:  # folded into its block's card
            return self.proxy.input_anchor()
        if port < len(self.in_ports):
            return self.in_ports[port].scenePos()
        return self.mapToScene(QPointF(0, self.card_rect().top()))

    def output_anchor(self) -> QPointF:
        if self.proxy is not None:
            return self.proxy.output_anchor()
        return self.out_port.scenePos()

    def port_near(self, scene_pos: QPointF) -> int | None:
        """The input port under ``scene_pos`` (within a comfortable radius), or None."""
        reach = self.style.m.port * 2.6
        best, best_d = None, None
        for port in self.in_ports:  # the nearest, where neighbouring ports' reaches overlap
            d = port.scenePos() - scene_pos
            if abs(d.x()) <= reach and abs(d.y()) <= reach:
                dist = d.x() * d.x() + d.y() * d.y()
                if best_d is None or dist < best_d:
                    best, best_d = port.index, dist
        return best

    # ------------------------------------------------------------ state
    def set_title(self, title: str) -> None:
        if title != self.title:
            self.title = title
            self.update()

    def set_state(self, shape: str, severity: str | None, problem: str, blocked: bool) -> bool:
        state = (shape, severity, problem, blocked)
        if state == (self.shape_str, self.severity, self.problem, self.blocked):
            return False
        self.shape_str, self.severity, self.problem, self.blocked = state
        self.setToolTip(problem or "")
        self.update()
        return True

    def set_frozen(self, frozen: bool) -> None:
        if frozen != self.frozen:
            self.frozen = frozen
            self.update()

    def set_wire_state(self, state: str | None) -> None:
        if state != self.wire_state:
            self.wire_state = state
            self.setOpacity(0.35 if state == "illegal" else 1.0)
            for port in self.in_ports:
                port.highlight = "legal" if state == "legal" else None
            self.update()

    def text(self) -> str:
        """What the card says, as one line: ``Conv 5x5/1, 6 -> 6x28x28``."""
        return f"{self.title} -> {self.shape_str}" if self.shape_str else self.title

    # ------------------------------------------------------------ painting
    def paint(self, painter, option, widget=None) -> None:
        st, m, rect = self.style, self.style.m, self.card_rect()
        accent = st.accent(self.category)
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        selected = self.isSelected()
        border = (st.highlight if selected else ERROR_COLOR if self.severity == "error"
                  else LEGAL_COLOR if self.wire_state == "legal" else accent.darker(110))
        pen = QPen(border, 2.6 if selected or self.severity == "error" else 1.2)
        fill = st.card_fill(self.category)
        if self.frozen:
            if not selected and self.severity != "error":
                pen = QPen(FROZEN_COLOR, 2.0)
            pen.setStyle(Qt.PenStyle.DashLine)
            fill = _icy(fill)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, m.radius, m.radius)
        stripe = QRectF(rect.left() + 1, rect.top() + 1, 6 * (m.width / 172), rect.height() - 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        painter.drawRoundedRect(stripe, m.radius / 2, m.radius / 2)
        for port in self.in_ports + ([self.out_port] if self.out_port.visible else []):
            port.paint_plain(painter, accent, st.card)
            if port.highlight:
                port.paint_highlight(painter)
        if lod < 0.3:
            return
        self._paint_text(painter, rect)
        if self.severity:
            self._paint_badge(painter, rect)
        if self.composite:
            self._paint_expand_mark(painter, rect)
        if self.frozen:
            self._paint_frozen_mark(painter, rect)

    def _paint_frozen_mark(self, painter, rect: QRectF) -> None:
        """A snowflake in the lower right corner: this layer's weights are frozen."""
        painter.setPen(FROZEN_COLOR.darker(130))
        painter.setFont(self.style.title_font)
        size = self.style.title_metrics.height()
        painter.drawText(QRectF(rect.right() - size - 4, rect.bottom() - size - 2, size, size),
                         Qt.AlignmentFlag.AlignCenter, "\u2744")

    def _paint_text(self, painter, rect: QRectF) -> None:
        st, m = self.style, self.style.m
        left = rect.left() + 12 * (m.width / 172)
        width = rect.right() - left - 8
        title = st.title_metrics.elidedText(self.title, Qt.TextElideMode.ElideRight, width)
        half = rect.height() / 2
        painter.setPen(st.text)
        painter.setFont(st.title_font)
        painter.drawText(QRectF(left, rect.top() + 3, width, half - 1),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, title)
        if self.severity == "error" and not self.shape_str:
            detail, color = _tr("cannot work (see !)"), ERROR_COLOR
        elif self.blocked:
            detail, color = _tr("waiting for the layer above"), st.muted
        else:
            detail, color = ("\u2192 " + self.shape_str) if self.shape_str else "", st.muted
        painter.setPen(color)
        painter.setFont(st.detail_font)
        detail = st.detail_metrics.elidedText(detail, Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRectF(left, rect.top() + half + 1, width, half - 4),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, detail)

    def _paint_badge(self, painter, rect: QRectF) -> None:
        r = self.style.m.port + 3
        center = QPointF(rect.right() - 2, rect.top() + 2)
        color = ERROR_COLOR if self.severity == "error" else WARNING_COLOR
        painter.setPen(QPen(QColor("white"), 1.5))
        painter.setBrush(QBrush(color))
        painter.drawEllipse(center, r, r)
        painter.setFont(self.style.title_font)
        painter.setPen(QColor("white") if self.severity == "error" else QColor("#3a2a00"))
        painter.drawText(QRectF(center.x() - r, center.y() - r, 2 * r, 2 * r),
                         Qt.AlignmentFlag.AlignCenter, "!")

    def _paint_expand_mark(self, painter, rect: QRectF) -> None:
        s = self.style.m.port + 1
        box = QRectF(rect.right() - 2 * s - 6, rect.bottom() - 2 * s - 5, 2 * s, 2 * s)
        painter.setPen(QPen(self.style.muted, 1.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(box, 2, 2)
        c = box.center()
        painter.drawLine(QPointF(c.x() - s / 2, c.y()), QPointF(c.x() + s / 2, c.y()))
        painter.drawLine(QPointF(c.x(), c.y() - s / 2), QPointF(c.x(), c.y() + s / 2))

    # ------------------------------------------------------------ events
    def follow(self) -> None:
        """Bring this card's links along after it moved."""
        for link in self.links:
            link.adjust()

    def hoverEnterEvent(self, event) -> None:
        if self.severity and self.problem:
            self.canvas.say(self.severity, self.problem)
        self._card_tooltip()
        self._hover_output(self.out_port.hit(event.pos()))
        super().hoverEnterEvent(event)

    def hoverMoveEvent(self, event) -> None:
        self._hover_output(self.out_port.hit(event.pos()))
        super().hoverMoveEvent(event)

    def hoverLeaveEvent(self, event) -> None:
        self._hover_output(False)
        super().hoverLeaveEvent(event)

    def _card_tooltip(self) -> None:
        if self.severity and self.problem:
            self.setToolTip(self.problem)
        else:  # made when needed: costs nothing while the analysis updates 500 cards
            self.setToolTip(self.canvas.describe(self.node_id))

    def _hover_output(self, on: bool) -> None:
        """Over the output port the cursor is a cross and the tooltip says what to do."""
        if on == self._on_output:
            return
        self._on_output = on
        if on:
            self.setCursor(_CROSS_CURSOR)
            self.setToolTip(_tr("Drag from here to an input port to connect"))
        else:
            self.unsetCursor()
            self._card_tooltip()

    def mousePressEvent(self, event) -> None:
        if event.button() == _LEFT and self.out_port.hit(event.pos()):
            self._wiring = True  # a wire, not a move: the card is neither selected nor moved
            self.canvas.wiring.begin(self.node_id, event.scenePos())
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._wiring:
            self.canvas.wiring.move(event.scenePos())
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if self._wiring:
            self._wiring = False
            self.canvas.wiring.end(event.scenePos())
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:
        if self.composite:
            self.canvas.request_expand(self.node_id)
        else:
            super().mouseDoubleClickEvent(event)


def _tr(text: str) -> str:  # a function-level import here cost 0.15 ms per card
    return QCoreApplication.translate("Canvas", text)
