"""A block (a group of nodes) drawn as a labelled frame behind its nodes.

The label runs up a tab on the frame's left edge, so stacked blocks (a ResNet's) fit in the
gaps between rows without overlapping. Only the tab takes clicks (selecting the block), so a
rubber band can start inside the frame. A block expanded from a composite layer shows a
collapse button at the top of its tab.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem

from gui.canvas.style import mix

PAD = 7.0


class BlockItem(QGraphicsItem):
    def __init__(self, canvas, block_id: str, name: str, template: str):
        super().__init__()
        self.canvas, self.style = canvas, canvas.style
        self.block_id, self.name, self.template = block_id, name, template
        self.members: list = []  # NodeItems
        self._rect = QRectF()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)  # exposedRect
        self.setZValue(-5)
        self.setAcceptHoverEvents(True)

    @property
    def collapsible(self) -> bool:
        return bool(self.template)

    def tab_width(self) -> float:
        return self.style.detail_metrics.height() + 8

    def set_members(self, items) -> None:
        self.members = list(items)
        self.adjust()

    def adjust(self) -> None:
        rect = QRectF()
        for item in self.members:
            rect = rect.united(item.mapRectToScene(item.card_rect()))
        if rect.isNull():
            rect = QRectF(0, 0, 1, 1)
        rect = rect.adjusted(-PAD - self.tab_width(), -PAD, PAD + 12, PAD)  # room for a bow
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect

    def boundingRect(self) -> QRectF:
        return self._rect

    def tab_rect(self) -> QRectF:
        return QRectF(self._rect.left(), self._rect.top(), self.tab_width(),
                      self._rect.height())

    def button_rect(self) -> QRectF:
        w = self.tab_width() - 6
        return QRectF(self._rect.left() + 3, self._rect.top() + 3, w, w)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.tab_rect())
        return path

    def paint(self, painter, option, widget=None) -> None:
        st = self.style
        accent = st.accent("Blocks")
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
        if option.levelOfDetailFromTransform(painter.worldTransform()) < 0.3:
            return
        tab = self.tab_rect()
        painter.setPen(Qt.PenStyle.NoPen)
        tab_fill = mix(st.background, accent, 0.24 if st.dark else 0.14)
        painter.fillRect(tab.adjusted(1, 1, 0, -1), tab_fill)
        label = self.name if not self.template or self.template in self.name else \
            f"{self.name}  \u00b7  {self.template}"
        top = self.button_rect().bottom() + 6 if self.collapsible else tab.top() + 8
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
        if self.collapsible:
            box = self.button_rect()
            painter.setPen(QPen(accent, 1.4))
            painter.setBrush(st.card)
            painter.drawRoundedRect(box, 3, 3)
            c = box.center()
            painter.drawLine(QPointF(c.x() - box.width() / 4, c.y()),
                             QPointF(c.x() + box.width() / 4, c.y()))

    def mousePressEvent(self, event) -> None:
        if self.collapsible and self.button_rect().contains(event.scenePos()):
            event.accept()
            self.canvas.request_collapse(self.block_id)
            return
        super().mousePressEvent(event)

    def hoverEnterEvent(self, event) -> None:
        tip = _tr("Block %1").replace("%1", self.name)
        if self.collapsible:
            tip += "\n" + _tr("Click \u2212 to collapse it back into one %1 layer.").replace(
                "%1", self.template)
        self.setToolTip(tip)
        super().hoverEnterEvent(event)


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication
    return QCoreApplication.translate("Canvas", text)
