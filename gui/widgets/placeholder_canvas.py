"""A stand-in for gui.canvas.CanvasView while the canvas package is not installed: a plain
view that accepts palette drops (adding the layer) so the window stays usable."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView

from gui.commands import AddNodeCommand

LAYER_MIME = "application/x-convstudio-layer"


class PlaceholderCanvas(QGraphicsView):
    message = Signal(str, str)

    def __init__(self, document, parent=None):
        super().__init__(QGraphicsScene(), parent)
        self.setObjectName("canvas")
        self.document = document
        self.setAcceptDrops(True)

    def actions_by_name(self) -> dict:
        return {}

    def set_presentation(self, enabled: bool) -> None:
        pass

    def dragEnterEvent(self, event):
        if event.mimeData().hasFormat(LAYER_MIME):
            event.acceptProposedAction()

    dragMoveEvent = dragEnterEvent

    def dropEvent(self, event):
        layer = bytes(event.mimeData().data(LAYER_MIME)).decode("utf-8")
        pos = self.mapToScene(event.position().toPoint())
        self.document.undo_stack.push(AddNodeCommand(self.document, layer,
                                                     pos=(pos.x(), pos.y())))
        event.acceptProposedAction()
