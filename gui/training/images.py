"""A grid of small images with a caption under each, some marked with a red frame.

Used for the data set preview (samples and their labels) and for the validation images the
network got wrong (true and predicted label, confidence).
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

MISTAKE_COLOUR = "#D32F2F"


def to_qimage(image) -> QImage:
    """(C, H, W) or (H, W) floats in [0, 1] (tensor or array) -> an 8-bit QImage (a copy)."""
    if hasattr(image, "detach"):
        image = image.detach().cpu().numpy()
    arr = np.asarray(image, dtype=np.float32)
    if arr.ndim == 3 and arr.shape[0] in (1, 3):
        arr = arr[0] if arr.shape[0] == 1 else np.moveaxis(arr, 0, -1)
    data = np.ascontiguousarray(np.clip(arr * 255 + 0.5, 0, 255).astype(np.uint8))
    h, w = data.shape[:2]
    if data.ndim == 2:
        return QImage(data.data, w, h, w, QImage.Format.Format_Grayscale8).copy()
    return QImage(data.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()


class ImageTile(QWidget):
    """One image (scaled up without blurring) with a caption; ``marked`` draws a red frame."""

    def __init__(self, image, caption: str, marked: bool, size: int, parent=None):
        super().__init__(parent)
        self.caption, self.marked = caption, marked
        self.values = np.asarray(image.detach().cpu().numpy() if hasattr(image, "detach")
                                 else image)  # what the tile shows, as numbers
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(1)
        self.picture = QLabel(self)
        pixmap = QPixmap.fromImage(to_qimage(image)).scaled(
            size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation)
        self.picture.setPixmap(pixmap)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        border = f"3px solid {MISTAKE_COLOUR}" if marked else "3px solid transparent"
        self.picture.setStyleSheet(f"border: {border};")
        self.text = QLabel(caption, self)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # the caption's own lines, never wrapped inside a word pair ("circle → square"): the
        # tile is as wide as its widest line (wrapped labels in a grid overlapped their tiles)
        if marked:
            self.text.setStyleSheet(f"color: {MISTAKE_COLOUR}; font-weight: bold;")
        layout.addWidget(self.picture)
        layout.addWidget(self.text)


class ImageGrid(QWidget):
    """``set_images(images, captions, marked)`` lays the tiles out in rows: at most ``columns``
    wide, fewer when the grid is narrower than that (its tiles never leave the view sideways)."""

    def __init__(self, columns: int = 6, tile: int = 64, parent: QWidget | None = None):
        super().__init__(parent)
        self.columns, self.tile = columns, tile
        self._grid = QGridLayout(self)
        self._grid.setSpacing(4)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.tiles: list[ImageTile] = []
        self._shown_columns = 0

    def set_tile_size(self, tile: int) -> None:
        self.tile = tile

    def set_images(self, images, captions, marked=None) -> None:
        for tile in self.tiles:
            self._grid.removeWidget(tile)
            tile.deleteLater()
        marked = list(marked) if marked is not None else [False] * len(captions)
        self.tiles = []
        for i, (image, caption) in enumerate(zip(images, captions)):
            self.tiles.append(ImageTile(image, caption, marked[i], self.tile, self))
        self._shown_columns = 0
        self._reflow()

    def fitting_columns(self, width: int | None = None) -> int:
        """How many tiles fit side by side in ``width`` (the grid's width), 1 to ``columns``."""
        width = self.width() if width is None else width
        if not self.tiles or width <= 0:
            return self.columns
        tile = max(t.sizeHint().width() for t in self.tiles) + self._grid.horizontalSpacing()
        return max(1, min(self.columns, (width + self._grid.horizontalSpacing()) // tile))

    def _reflow(self) -> None:
        columns = self.fitting_columns()
        if columns == self._shown_columns:
            return
        self._shown_columns = columns
        for tile in self.tiles:
            self._grid.removeWidget(tile)
        for i, tile in enumerate(self.tiles):
            self._grid.addWidget(tile, i // columns, i % columns)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._reflow()

    def minimumSizeHint(self):  # noqa: N802 - one tile wide (the rows grow downwards)
        hint = super().minimumSizeHint()
        if self.tiles:
            hint.setWidth(max(t.sizeHint().width() for t in self.tiles))
        return hint
