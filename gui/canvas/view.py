"""``CanvasView``: the network editor's canvas widget.

Zoom with Ctrl+wheel (plain wheel scrolls, Shift+wheel scrolls sideways, as in most desktop
editors), a trackpad pinch, or the + / - / 0 keys; pan with the middle button, Space+drag or the scroll bars;
rubber-band selection with the left button on empty canvas. Layers dropped from the palette
(MIME ``application/x-convstudio-layer``) are added at the drop point, inserted when dropped on
a link, or appended and connected when dropped below the single selected layer.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPainterPathStroker
from PySide6.QtWidgets import QFrame, QGraphicsItem, QGraphicsView, QMenu

from engine import layers
from engine.graph.layout import ROW
from gui.canvas.editing import PLAIN_KEYS, CanvasEditor
from gui.canvas.labels import refusal_sentence, tr
from gui.canvas.scene import CanvasScene
from gui.canvas.style import CanvasStyle
from gui.canvas.link_item import LinkItem
from gui.canvas.node_item import NodeItem
from gui.commands import AddNodeCommand, InsertOnLinkCommand, MoveNodesCommand

LAYER_MIME = "application/x-convstudio-layer"
MIN_ZOOM, MAX_ZOOM = 0.04, 4.0
READABLE_ZOOM = 0.7  # a freshly opened tall network starts here, at its input
DROP_ZONE_PX = 18  # a layer dropped this close to a link (on screen) is inserted into it


class CanvasView(QGraphicsView):
    message = Signal(str, str)  # severity ("info", "warning", "error"), text

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.setObjectName("canvas")
        self.setAccessibleName(tr("Network canvas"))
        self.doc = document
        self.presentation = False
        self.canvas_scene = CanvasScene(document, CanvasStyle(palette=self.palette()), self)
        self.canvas_scene.message.connect(self.message)
        self.setScene(self.canvas_scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._pan_from: QPointF | None = None
        self._space = False
        self._drop_link = None
        self._fit_pending = True
        self.paste_anchor: QPointF | None = None
        self.editor = CanvasEditor(self)
        document.opened.connect(self._on_opened)

    def actions_by_name(self) -> dict:
        """The canvas's QActions by stable name, for the window's menus and toolbar."""
        return dict(self.editor.actions)

    # ------------------------------------------------------------ appearance
    def set_presentation(self, on: bool) -> None:
        """Bigger cards, fonts and lines for a projector."""
        if on == self.presentation:
            return
        center = self.canvas_scene.to_model(self.mapToScene(self.viewport().rect().center()))
        self.presentation = on
        self.canvas_scene.restyle(CanvasStyle(on, self.palette()))
        self.centerOn(self.canvas_scene.to_scene(center))

    def changeEvent(self, event) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.canvas_scene.refresh_palette(self.palette())
        super().changeEvent(event)

    def contextMenuEvent(self, event) -> None:
        """Right click: the edit actions that apply here (selecting what is under the mouse
        first, as desktop programs do)."""
        item = self.itemAt(event.pos())
        if item is not None and not item.isSelected() and item.flags() & \
                QGraphicsItem.GraphicsItemFlag.ItemIsSelectable:
            self.canvas_scene.clearSelection()
            item.setSelected(True)
        self.paste_anchor = self.mapToScene(event.pos())  # "Paste" lands where clicked
        menu = QMenu(self)
        menu.setObjectName("canvas_context_menu")
        a = self.editor.actions
        for group in (("cut", "copy", "paste", "duplicate", "delete"),
                      ("group", "ungroup", "expand_block", "collapse_block"),
                      ("freeze", "unfreeze", "freeze_up_to", "replace_classifier"),
                      ("select_all", "auto_layout", "zoom_fit")):
            menu.addActions([a[n] for n in group if a[n].isEnabled()])
            menu.addSeparator()
        menu.exec(event.globalPos())
        self.paste_anchor = None

    # ------------------------------------------------------------ zoom and pan
    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        target = min(MAX_ZOOM, max(MIN_ZOOM, self.zoom() * factor))
        factor = target / self.zoom()
        if abs(factor - 1.0) > 1e-6:
            self.scale(factor, factor)

    def fit_all(self, min_zoom: float = MIN_ZOOM) -> None:
        """Show the whole network (never enlarged past 100%); with ``min_zoom`` a tall network
        stays readable and starts at its input instead."""
        rect = self.canvas_scene.content_rect()
        if rect.isNull():
            return
        rect = rect.adjusted(-30, -30, 30, 30)
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > 1.0:
            self.resetTransform()
            self.centerOn(rect.center())
        elif self.zoom() < min_zoom:
            self.resetTransform()
            self.scale(min_zoom, min_zoom)
            half = self.viewport().height() / (2 * min_zoom)
            self.centerOn(QPointF(rect.center().x(), rect.top() + half))
        self.zoom_by(1.0)

    def fit_width(self) -> None:
        """Fit to View: the whole network when it fits, else its full width from its input
        down (scroll for the rest) - a tall network stays readable instead of becoming a
        column a few pixels wide."""
        rect = self.canvas_scene.content_rect()
        if rect.isNull():
            return
        rect = rect.adjusted(-30, -30, 30, 30)
        port = self.viewport().rect()
        whole = min(port.width() / rect.width(), port.height() / rect.height(), 1.0)
        if whole >= READABLE_ZOOM:
            return self.fit_all()
        scale = max(MIN_ZOOM, min(port.width() / rect.width(), 1.0))
        self.resetTransform()
        self.scale(scale, scale)
        half = port.height() / (2 * scale)
        self.centerOn(QPointF(rect.center().x(), rect.top() + half))

    def fit_readable(self) -> None:
        self.fit_all(READABLE_ZOOM)

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.0015 ** event.angleDelta().y())
            event.accept()
            return
        super().wheelEvent(event)

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.NativeGesture and \
                event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
            self.zoom_by(1.0 + event.value())  # a trackpad pinch
            return True
        return super().viewportEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._fit_pending:
            self._fit_pending = False
            QTimer.singleShot(0, self.fit_readable)

    def _on_opened(self) -> None:
        QTimer.singleShot(0, self.fit_readable)  # a freshly opened network fits the view

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.MiddleButton or (
                self._space and event.button() == Qt.MouseButton.LeftButton):
            self._pan_from = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._pan_from is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor if self._space
                                      else Qt.CursorShape.ArrowCursor)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.canvas_scene.clearSelection()
        name = PLAIN_KEYS.get(event.key())
        mods = event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier
                                     | Qt.KeyboardModifier.ShiftModifier)
        if name and mods == Qt.KeyboardModifier.NoModifier:
            self.editor.actions[name].trigger()
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
            event.accept()
            return
        super().keyReleaseEvent(event)

    # ------------------------------------------------------------ drops from the palette
    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasFormat(LAYER_MIME):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:
        if not event.mimeData().hasFormat(LAYER_MIME):
            super().dragMoveEvent(event)
            return
        layer_type = _layer_type(event.mimeData())
        point = self.mapToScene(event.position().toPoint())
        link = self.link_near(point) if _insertable(layer_type) else None
        self._set_drop_link(link)
        event.acceptProposedAction()

    def dragLeaveEvent(self, event) -> None:
        self._set_drop_link(None)
        super().dragLeaveEvent(event)

    def dropEvent(self, event) -> None:
        if not event.mimeData().hasFormat(LAYER_MIME):
            super().dropEvent(event)
            return
        self._set_drop_link(None)
        point = self.mapToScene(event.position().toPoint())
        if self.drop_layer(_layer_type(event.mimeData()), point):
            event.acceptProposedAction()
        else:
            event.ignore()
        self.setFocus()

    def _set_drop_link(self, link_item) -> None:
        if self._drop_link is not None and self._drop_link is not link_item:
            self._drop_link.set_drop_target(False)
        self._drop_link = link_item
        if link_item is not None:
            link_item.set_drop_target(True)

    def drop_layer(self, layer_type: str, point: QPointF) -> str | None:
        """Add ``layer_type`` at scene ``point`` (insert on a link, append below the selected
        layer, or place alone); returns the new node's id, or None when refused."""
        scene, doc = self.canvas_scene, self.doc
        try:
            spec = layers.get(layer_type)
        except ValueError as exc:
            self.message.emit("warning", refusal_sentence(exc))
            return None
        pos = scene.to_model(point)
        link_item = self.link_near(point) if _insertable(layer_type) else None
        anchor = self._append_anchor(point) if spec.max_inputs != 0 else None
        if link_item is not None:
            return self._insert_with_room(link_item.link, layer_type)
        elif anchor is not None:
            x = doc.graph.nodes[anchor].pos[0]
            y = max(pos[1], doc.graph.nodes[anchor].pos[1] + ROW)
            command = AddNodeCommand(doc, layer_type, pos=(x, y), connect_from=anchor)
        else:
            command = AddNodeCommand(doc, layer_type, pos=pos)
        doc.undo_stack.push(command)
        scene.clearSelection()
        doc.select([command.node_id])
        return command.node_id

    def link_near(self, point: QPointF) -> LinkItem | None:
        """The link a drop at scene ``point`` inserts into: the nearest one within
        ``DROP_ZONE_PX`` screen pixels (whatever the zoom), not over a card."""
        items = self.canvas_scene.items(point)
        if any(isinstance(i, NodeItem) for i in items):
            return None
        reach = DROP_ZONE_PX / max(self.zoom(), 1e-6)
        box = QRectF(point.x() - reach, point.y() - reach, 2 * reach, 2 * reach)
        best, best_width = None, None
        for item in self.canvas_scene.items(box):
            if not isinstance(item, LinkItem) or not item.isVisible():
                continue
            for width in (reach * 0.5, reach, 2 * reach):  # the nearest link wins
                stroker = QPainterPathStroker()
                stroker.setWidth(width)
                if stroker.createStroke(item.path_in_scene()).contains(point):
                    if best_width is None or width < best_width:
                        best, best_width = item, width
                    break
        return best

    def _insert_with_room(self, link, layer_type: str) -> str:
        """Insert ``layer_type`` into ``link`` between its two cards; when they are closer than
        two rows, the cards below the source move down so nothing overlaps (one undo step)."""
        doc = self.doc
        graph = doc.graph
        src, dst = graph.nodes[link.src].pos, graph.nodes[link.dst].pos
        gap = dst[1] - src[1]
        shift = max(0.0, 2 * ROW - gap)
        moves = {n.id: (tuple(n.pos), (n.pos[0], n.pos[1] + shift))
                 for n in graph.nodes.values() if shift and n.pos[1] > src[1] + 1}
        y = src[1] + (gap + shift) / 2 if gap > 0 else src[1] + ROW
        doc.undo_stack.beginMacro(tr("Insert %1").replace("%1", layer_type))
        if moves:
            doc.undo_stack.push(MoveNodesCommand(doc, moves))
        command = InsertOnLinkCommand(doc, link, layer_type, pos=(dst[0], y))
        doc.undo_stack.push(command)
        doc.undo_stack.endMacro()
        self.canvas_scene.clearSelection()
        doc.select([command.node_id])
        return command.node_id

    def _append_anchor(self, point: QPointF) -> str | None:
        """The single selected layer when ``point`` lies just below it."""
        selected = self.canvas_scene.selected_node_ids()
        if len(selected) != 1:
            return None
        item = self.canvas_scene.nodes[selected[0]]
        card = item.mapRectToScene(item.card_rect())
        below = QRectF(card.left() - card.width() * 0.4, card.bottom(),
                       card.width() * 1.8, card.height() * 3.5)
        return selected[0] if below.contains(point) else None


def _layer_type(mime) -> str:
    return bytes(mime.data(LAYER_MIME).data()).decode("utf-8").strip()


def _insertable(layer_type: str) -> bool:
    try:
        spec = layers.get(layer_type)
    except ValueError:
        return False
    return spec.min_inputs == 1 or spec.max_inputs == 1
