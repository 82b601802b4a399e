"""A pyqtgraph image with square pixels, row 0 at the top, hover and click in pixel
coordinates, and an optional outlined box (a receptive field)."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QPen, QColor


class ImageView(pg.GraphicsLayoutWidget):
    """``set_rgb(array)`` shows an (H, W, 3) uint8 image; ``hovered(row, col)`` and
    ``clicked(row, col)`` report pixels; ``outline(top, left, bottom, right)`` draws a box."""

    hovered = Signal(int, int)
    clicked = Signal(int, int)

    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setBackground(None)
        self.setMinimumSize(120, 120)
        self.view = self.addViewBox(lockAspect=True, invertY=True, enableMouse=False)
        self.view.setMenuEnabled(False)
        self.item = pg.ImageItem(axisOrder="row-major")
        self.view.addItem(self.item)
        self.box = None
        self.shape = (0, 0)
        self.scene().sigMouseMoved.connect(self._moved)
        self.scene().sigMouseClicked.connect(self._clicked)

    def set_rgb(self, rgb: np.ndarray) -> None:
        rgb = np.ascontiguousarray(rgb)
        self.item.setImage(rgb, autoLevels=False, levels=(0, 255))
        if rgb.shape[:2] != self.shape:
            self.shape = rgb.shape[:2]
            self.view.setRange(QRectF(0, 0, rgb.shape[1], rgb.shape[0]), padding=0.01)

    def image(self) -> np.ndarray | None:
        return self.item.image

    def outline(self, top: int, left: int, bottom: int, right: int, scale: float = 1.0) -> None:
        """Outline pixels top..bottom x left..right (inclusive), in units of ``scale`` pixels."""
        if self.box is None:
            self.box = pg.QtWidgets.QGraphicsRectItem()
            pen = QPen(QColor("#FF1744"))
            pen.setWidthF(2.0)
            pen.setCosmetic(True)
            self.box.setPen(pen)
            self.view.addItem(self.box)
        self.box.setRect(QRectF(left * scale, top * scale, (right - left + 1) * scale,
                                (bottom - top + 1) * scale))
        self.box.setVisible(True)

    def clear_outline(self) -> None:
        if self.box is not None:
            self.box.setVisible(False)

    def pixel_at(self, scene_pos) -> tuple | None:
        if self.item.image is None:
            return None
        p = self.item.mapFromScene(scene_pos)
        row, col = int(np.floor(p.y())), int(np.floor(p.x()))
        h, w = self.item.image.shape[:2]
        return (row, col) if 0 <= row < h and 0 <= col < w else None

    def _moved(self, pos) -> None:
        hit = self.pixel_at(pos)
        if hit is not None:
            self.hovered.emit(*hit)

    def _clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        hit = self.pixel_at(event.scenePos())
        if hit is not None:
            self.clicked.emit(*hit)
