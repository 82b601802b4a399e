"""A block (a group of nodes) drawn as a labelled frame behind its nodes.

The label runs up a tab on the frame's left edge, so stacked blocks (a ResNet's) fit in the
gaps between rows without overlapping. Only the tab takes clicks (selecting the block), so a
rubber band can start inside the frame. The button at the top of the tab collapses the block:
a block expanded from a composite layer turns back into that one layer (a model edit, via the
zoo); a plain group folds into one card on the canvas (a view state: its links attach to the
card, nothing in the network changes) and the button unfolds it again.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem

from gui.canvas.style import ERROR_COLOR, mix

PAD = 7.0


class BlockItem(QGraphicsItem):
    def __init__(self, canvas, block_id: str, name: str, template: str):
        super().__init__()
        self.canvas, self.style = canvas, canvas.style
        self.block_id, self.name, self.template = block_id, name, template
        self.members: list = []  # NodeItems
        self.folded = False
        self.summary = ""        # folded: "12 layers -> 256x56x56"
        self.broken = False      # folded: a member cannot work
        self._rect = QRectF()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)  # exposedRect
        self.setZValue(-5)
        self.setAcceptHoverEvents(True)

    @property
    def collapsible(self) -> bool:
        """A composite block's layers, which collapse back into one layer."""
        return bool(self.template)

    def tab_width(self) -> float:
        return self.style.detail_metrics.height() + 8

    def set_members(self, items) -> None:
        self.members = list(items)
        self.adjust()

    # ------------------------------------------------------------ geometry
    def card_rect(self) -> QRectF:
        """The folded card: a node-sized card where the block's first member was."""
        m = self.style.m
        top = min(self.members, key=lambda i: (i.pos().y(), i.pos().x()), default=None)
        c = top.pos() if top is not None else QPointF()
        return QRectF(c.x() - m.width / 2, c.y() - m.height / 2, m.width, m.height)

    def adjust(self) -> None:
        if self.folded:
            rect = self.card_rect().adjusted(-self.tab_width(), 0, 0, 0)
        else:
            rect = QRectF()
            for item in self.members:
                rect = rect.united(item.mapRectToScene(item.card_rect()))
            if rect.isNull():
                rect = QRectF(0, 0, 1, 1)
            rect = rect.adjusted(-PAD - self.tab_width(), -PAD, PAD + 12, PAD)  # room for a bow
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect

    def output_anchor(self) -> QPointF:
        card = self.card_rect()
        return QPointF(card.center().x(), card.bottom())

    def input_anchor(self) -> QPointF:
        card = self.card_rect()
        return QPointF(card.center().x(), card.top())

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-2, -2, 2, 2)

    def tab_rect(self) -> QRectF:
        return QRectF(self._rect.left(), self._rect.top(), self.tab_width(),
                      self._rect.height())

    def button_rect(self) -> QRectF:
        w = self.tab_width() - 6
        return QRectF(self._rect.left() + 3, self._rect.top() + 3, w, w)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self._rect if self.folded else self.tab_rect())
        return path

    # ------------------------------------------------------------ painting
    def paint(self, painter, option, widget=None) -> None:
        st = self.style
        accent = st.accent("Blocks")
        if self.folded:
            self._paint_card(painter, accent)
        else:
            self._paint_frame(painter, option, accent)
        if option.levelOfDetailFromTransform(painter.worldTransform()) >= 0.3:
            self._paint_tab_label(painter, accent)
            self._paint_button(painter, accent)

    def _paint_frame(self, painter, option, accent) -> None:
        st = self.style
        # opaque tints of the background: much faster to fill than translucent ones
        fill = mix(st.background, accent, 0.13 if st.dark else 0.06)
        edge = QColor(accent)
        edge.setAlphaF(0.55)
        # a solid pen: a dashed one is dashed along the whole (mostly off-screen) frame
        pen = QPen(st.highlight if self.isSelected() else edge, 2.0 if self.isSelected() else 1.2)
        # the large fill without antialiasing (it is axis-aligned), only the outline smoothed:
        # filling a tall frame with antialiasing dominated the cost of panning
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.fillRect(self._rect.adjusted(2, 2, -2, -2).intersected(option.exposedRect), fill)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(self._rect, 4, 4)

    def _paint_card(self, painter, accent) -> None:
        st, m = self.style, self.style.m
        border = st.highlight if self.isSelected() else ERROR_COLOR if self.broken else accent
        painter.setPen(QPen(border, 2.4 if self.isSelected() or self.broken else 1.4))
        painter.setBrush(st.card_fill("Blocks"))
        painter.drawRoundedRect(self._rect, m.radius, m.radius)
        # a second edge behind: a stack of cards
        painter.setPen(QPen(accent, 1.0))
        painter.drawLine(QPointF(self._rect.left() + 6, self._rect.bottom() + 3),
                         QPointF(self._rect.right() - 6, self._rect.bottom() + 3))
        card = self.card_rect().adjusted(8, 3, -8, -4)
        half = card.height() / 2
        painter.setPen(st.text)
        painter.setFont(st.title_font)
        title = st.title_metrics.elidedText(self.name, Qt.TextElideMode.ElideRight, card.width())
        painter.drawText(QRectF(card.left(), card.top(), card.width(), half),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, title)
        painter.setPen(ERROR_COLOR if self.broken else st.muted)
        painter.setFont(st.detail_font)
        detail = st.detail_metrics.elidedText(self.summary, Qt.TextElideMode.ElideRight,
                                              card.width())
        painter.drawText(QRectF(card.left(), card.top() + half + 1, card.width(), half),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, detail)

    def _paint_tab_label(self, painter, accent) -> None:
        st, tab = self.style, self.tab_rect()
        painter.fillRect(tab.adjusted(1, 1, 0, -1),
                         mix(st.background, accent, 0.24 if st.dark else 0.14))
        if self.folded:
            return
        label = self.name if not self.template or self.template in self.name else \
            f"{self.name}  \u00b7  {self.template}"
        top = self.button_rect().bottom() + 6
        length = tab.bottom() - top - 8
        label = st.detail_metrics.elidedText(label, Qt.TextElideMode.ElideRight, length)
        painter.save()
        painter.translate(tab.left(), top)
        painter.rotate(90)  # reads top to bottom along the left edge
        painter.setFont(st.block_font)
        painter.setPen(accent.lighter(150) if st.dark else accent.darker(125))
        painter.drawText(QRectF(0, -tab.width(), length, tab.width()),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label)
        painter.restore()

    def _paint_button(self, painter, accent) -> None:
        box = self.button_rect()
        painter.setPen(QPen(accent, 1.4))
        painter.setBrush(self.style.card)
        painter.drawRoundedRect(box, 3, 3)
        c, r = box.center(), box.width() / 4
        painter.drawLine(QPointF(c.x() - r, c.y()), QPointF(c.x() + r, c.y()))
        if self.folded:  # "+": unfold
            painter.drawLine(QPointF(c.x(), c.y() - r), QPointF(c.x(), c.y() + r))

    # ------------------------------------------------------------ events
    def mousePressEvent(self, event) -> None:
        if self.button_rect().contains(event.scenePos()):
            event.accept()
            if self.collapsible:
                self.canvas.request_collapse(self.block_id)
            else:
                self.canvas.toggle_fold(self.block_id)
            return
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:
        if self.folded:
            self.canvas.toggle_fold(self.block_id)
            return
        super().mouseDoubleClickEvent(event)

    def hoverEnterEvent(self, event) -> None:
        tip = _tr("Block %1").replace("%1", self.name)
        if self.collapsible:
            tip += "\n" + _tr("Click \u2212 to collapse it back into one %1 layer.").replace(
                "%1", self.template)
        elif self.folded:
            tip += "\n" + _tr("Click + (or double-click) to show its layers again.")
        else:
            tip += "\n" + _tr("Click \u2212 to fold it into one card.")
        self.setToolTip(tip)
        super().hoverEnterEvent(event)


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication
    return QCoreApplication.translate("Canvas", text)
