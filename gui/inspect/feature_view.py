"""The feature maps of one layer: a labelled grid of every channel in a colour map; a click
enlarges one channel, whose values show on hover; a click on the enlarged map asks for that
cell's receptive field (``cell_clicked``)."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from engine.inspect import apply_colormap, tile_grid
from gui.inspect.image_view import ImageView

TILE = 32  # pixels per tile side in the grid
MAX_LABELS = 256


def tr(text: str) -> str:
    return QCoreApplication.translate("FeatureMapView", text)


class FeatureMapView(QWidget):
    cell_clicked = Signal(int, int)  # (row, col) of the enlarged map

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("inspect_feature_view")
        self.values = None  # (C, h, w) of one image
        self.stats = None
        self.channel = 0
        self.colormap = "viridis"
        self.origins: list = []
        self.tile = (TILE, TILE)
        self.grid = ImageView("inspect_feature_grid", self)
        self.big = ImageView("inspect_feature_big", self)
        self.caption = QLabel(self, objectName="inspect_feature_caption")
        self.hover = QLabel(self, objectName="inspect_feature_hover")
        self._labels: list = []
        split = QSplitter(self)
        split.addWidget(self.grid)
        right = QWidget(split)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.caption)
        column.addWidget(self.big, 1)
        column.addWidget(self.hover)
        split.addWidget(right)
        split.setSizes([600, 300])
        QVBoxLayout(self).addWidget(split)
        self.grid.clicked.connect(self._grid_clicked)
        self.big.hovered.connect(self._big_hovered)
        self.big.clicked.connect(self.cell_clicked)

    def show_maps(self, values: np.ndarray, stats=None) -> None:
        """``values`` (C, h, w) for one image; ``stats`` optional per-channel arrays (C,)."""
        self.values, self.stats = np.asarray(values), stats
        c, h, w = self.values.shape
        scale = max(1, TILE // max(h, w))
        self.tile = (h * scale, w * scale)
        tiles = np.stack([np.kron(apply_colormap(m, self.colormap),
                                  np.ones((scale, scale, 1), np.uint8)) for m in self.values])
        grid, self.origins = tile_grid(tiles, pad=max(2, scale * min(h, w) // 8))
        self.grid.set_rgb(grid)
        self._label_tiles(c)
        self.show_channel(min(self.channel, c - 1))

    def _label_tiles(self, count: int) -> None:
        for item in self._labels:
            self.grid.view.removeItem(item)
        self._labels = []
        if count > MAX_LABELS:
            return
        for i, (y, x) in enumerate(self.origins):
            label = pg.TextItem(str(i), color="w", anchor=(0, 0))
            label.setPos(x, y)
            self.grid.view.addItem(label)
            self._labels.append(label)

    def tile_at(self, row: int, col: int) -> int | None:
        th, tw = self.tile
        for i, (y, x) in enumerate(self.origins):
            if y <= row < y + th and x <= col < x + tw:
                return i
        return None

    def _grid_clicked(self, row: int, col: int) -> None:
        i = self.tile_at(row, col)
        if i is not None:
            self.show_channel(i)

    def show_channel(self, channel: int) -> None:
        self.channel = channel
        m = self.values[channel]
        self.big.set_rgb(apply_colormap(m, self.colormap))
        self.big.clear_outline()
        text = tr("Channel %1: min %2, max %3, mean %4").replace("%1", str(channel)) \
            .replace("%2", f"{m.min():.3g}").replace("%3", f"{m.max():.3g}") \
            .replace("%4", f"{m.mean():.3g}")
        self.caption.setText(text)

    def _big_hovered(self, row: int, col: int) -> None:
        value = float(self.values[self.channel, row, col])
        self.hover.setText(tr("(%1, %2) = %3").replace("%1", str(row)).replace("%2", str(col))
                           .replace("%3", f"{value:.4g}"))

    def set_colormap(self, name: str) -> None:
        self.colormap = name
        if self.values is not None:
            self.show_maps(self.values, self.stats)
