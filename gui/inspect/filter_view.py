"""The filters of a convolution: the first layer's as colour images (or grey for one input
channel), deeper ones per input channel for a chosen filter, in a diverging colour map."""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from engine.inspect import apply_colormap, tile_grid
from gui.inspect.image_view import ImageView

TILE = 40


def tr(text: str) -> str:
    return QCoreApplication.translate("FilterView", text)


def _scale_up(tiles: np.ndarray) -> np.ndarray:
    k = tiles.shape[1]
    s = max(1, TILE // k)
    return np.stack([np.kron(t, np.ones((s, s, 1), np.uint8)) for t in tiles])


class FilterView(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("inspect_filter_view")
        self.filters = None
        self.caption = QLabel(tr("Choose a convolution layer to see its filters."), self,
                              objectName="inspect_filter_caption")
        self.caption.setWordWrap(True)
        self.which = QSpinBox(self, objectName="inspect_filter_index")
        self.which.setAccessibleName(tr("Filter"))
        self.which_label = QLabel(tr("Filter"), self)
        self.view = ImageView("inspect_filter_grid", self)
        top = QHBoxLayout()
        top.addWidget(self.caption, 1)
        top.addWidget(self.which_label)
        top.addWidget(self.which)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.which.valueChanged.connect(self._render)

    def show_filters(self, filters) -> None:
        """``filters``: an engine ``Filters`` record, or None when the layer is no convolution."""
        self.filters = filters
        per_channel = filters is not None and not (filters.first_layer)
        self.which.setVisible(per_channel)
        self.which_label.setVisible(per_channel)
        if filters is not None:
            self.which.blockSignals(True)
            self.which.setRange(0, filters.weights.shape[0] - 1)
            self.which.blockSignals(False)
        self._render()

    def _render(self) -> None:
        f = self.filters
        if f is None:
            self.caption.setText(tr("This layer is not a convolution, so it has no filters."))
            self.view.set_rgb(np.full((4, 4, 3), 255, np.uint8))
            return
        cout, cin, k, _ = f.weights.shape
        if f.is_rgb:
            tiles = np.round(f.rgb() * 255).astype(np.uint8)
            text = tr("%1 filters of %2x%3x3, shown as colour images (grey = 0)")
        elif f.first_layer:
            tiles = apply_colormap(f.per_channel()[:, 0], "gray", 0.0, 1.0)
            text = tr("%1 filters of %2x%3 on the grey input (mid-grey = 0)")
        else:
            i = self.which.value()
            tiles = apply_colormap(f.per_channel()[i], "coolwarm", 0.0, 1.0)
            text = tr("Filter %4: its %5 input-channel kernels of %2x%3 (blue < 0 < red)")
        self.caption.setText(text.replace("%1", str(cout)).replace("%2", str(k))
                             .replace("%3", str(k)).replace("%4", str(self.which.value()))
                             .replace("%5", str(cin)))
        grid, _ = tile_grid(_scale_up(tiles), pad=3)
        self.view.set_rgb(grid)
