"""A small canvas to draw an image with the mouse (white strokes on black, digit-style)."""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPen
from PySide6.QtWidgets import QWidget

SIDE = 224  # drawing resolution; the network's input is resized from it


class DrawCanvas(QWidget):
    """Draw with the left button; ``drawn`` fires after each stroke; ``clear()`` wipes it."""

    drawn = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("inspect_draw_canvas")
        self.setFixedSize(SIDE, SIDE)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.picture = QImage(SIDE, SIDE, QImage.Format.Format_Grayscale8)
        self.picture.fill(0)
        self._last: QPoint | None = None

    def clear(self) -> None:
        self.picture.fill(0)
        self.update()
        self.drawn.emit()

    def pixels(self) -> np.ndarray:
        """The drawing as an (SIDE, SIDE) float array in [0, 1]."""
        ptr = self.picture.constBits()
        arr = np.frombuffer(ptr, np.uint8).reshape(SIDE, self.picture.bytesPerLine())[:, :SIDE]
        return arr.astype(np.float32) / 255.0

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._last = event.position().toPoint()
            self._line(self._last, self._last)

    def mouseMoveEvent(self, event) -> None:
        if self._last is not None:
            point = event.position().toPoint()
            self._line(self._last, point)
            self._last = point

    def mouseReleaseEvent(self, event) -> None:
        if self._last is not None:
            self._last = None
            self.drawn.emit()

    def _line(self, a: QPoint, b: QPoint) -> None:
        painter = QPainter(self.picture)
        pen = QPen(Qt.GlobalColor.white, SIDE / 12, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                   Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.drawLine(a, b)
        painter.end()
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.drawImage(0, 0, self.picture)
        painter.end()
