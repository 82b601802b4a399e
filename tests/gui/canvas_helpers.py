"""Shared set-up for the canvas tests: a shown CanvasView at 100% zoom, and real mouse and
drag-and-drop events sent to its viewport."""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from engine.graph import NetworkGraph, sequential
from gui.canvas import LAYER_MIME, CanvasView
from gui.document import Document

LEFT = Qt.MouseButton.LeftButton
NOMOD = Qt.KeyboardModifier.NoModifier


def lenet_like() -> NetworkGraph:
    """LeNet-5's first layers, laid out top to bottom (x = 0, y = 0, 90, 180, ...)."""
    return sequential((1, 32, 32), [("conv1", "Conv2d", {"out_channels": 6, "kernel_size": 5}),
                                    ("tanh1", "Tanh", {}),
                                    ("pool1", "AvgPool2d", {}),
                                    ("flat", "Flatten", {}),
                                    ("fc", "Linear", {"out_features": 10})])


def make_view(qtbot, graph: NetworkGraph | None = None, center=(0.0, 150.0)) -> CanvasView:
    view = CanvasView(Document(graph if graph is not None else NetworkGraph()))
    view.resize(900, 700)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(5)  # let the first fit run, then use 100% for predictable geometry
    view.resetTransform()
    view.centerOn(QPointF(*center))
    return view


def vp_point(view, scene_point: QPointF) -> QPoint:
    return view.mapFromScene(scene_point)


def mouse_drag(view, start: QPoint, end: QPoint, steps: int = 6, modifier=NOMOD) -> None:
    """Press, move in steps with the button held, release: a real drag on the viewport."""
    vp = view.viewport()
    QTest.mousePress(vp, LEFT, modifier, start)
    for i in range(1, steps + 1):
        QTest.mouseMove(vp, start + (end - start) * i / steps)
    QTest.mouseRelease(vp, LEFT, modifier, end)


def click(view, point: QPoint, modifier=NOMOD) -> None:
    QTest.mouseClick(view.viewport(), LEFT, modifier, point)


def layer_mime(layer_type: str) -> QMimeData:
    data = QMimeData()
    data.setData(LAYER_MIME, QByteArray(layer_type.encode("utf-8")))
    data.setText(layer_type)
    return data


def drop_layer(view, layer_type: str, point: QPoint) -> bool:
    """Drag-enter, drag-move and drop a palette layer at ``point`` (viewport coordinates), as
    the window system delivers them; True when the canvas accepted the drop."""
    data = layer_mime(layer_type)
    vp = view.viewport()
    pos = QPoint(point)  # QDragEnter/MoveEvent take QPoint (QPointF only from PySide6 6.12)
    action = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(pos, action, data, Qt.MouseButton.NoButton, NOMOD)
    QApplication.sendEvent(vp, enter)
    move = QDragMoveEvent(pos, action, data, Qt.MouseButton.NoButton, NOMOD)
    QApplication.sendEvent(vp, move)
    drop = QDropEvent(QPointF(point), action, data, Qt.MouseButton.NoButton, NOMOD)
    QApplication.sendEvent(vp, drop)
    return drop.isAccepted()
