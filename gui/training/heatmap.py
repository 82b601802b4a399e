"""Per-layer gradient norms as a heatmap (layers x time), on a log colour scale.

Vanishing gradients show up as a dark band at the layers near the input: a deep sigmoid network
stays dark there, a ReLU / batch-norm / residual one lights up evenly.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from gui.training import style
from gui.training.history import RunRecord

COLOUR_MAP = "inferno"


def norm_matrix(samples) -> tuple[list[str], list[int], np.ndarray]:
    """[(epoch, {layer: norm})] -> (layers, epochs, log10 norms as a layers x epochs array).
    A layer missing from a sample (or a zero norm) is NaN."""
    layers: list[str] = []
    for _, norms in samples:
        layers += [name for name in norms if name not in layers]
    values = np.full((len(layers), len(samples)), np.nan)
    for col, (_, norms) in enumerate(samples):
        for row, name in enumerate(layers):
            value = norms.get(name)
            if value is not None and value > 0 and np.isfinite(value):
                values[row, col] = np.log10(value)
    return layers, [epoch for epoch, _ in samples], values


class GradientHeatmap(QWidget):
    """Choose a run; see log10 of each layer's gradient norm per epoch."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("gradient_heatmap")
        self._runs: dict[str, RunRecord] = {}
        self.chooser = QComboBox(self, objectName="heatmap_run")
        self.chooser.currentIndexChanged.connect(lambda _: self.refresh())
        self.caption = QLabel(self, objectName="heatmap_caption")
        self.caption.setWordWrap(True)
        self.plot = pg.PlotWidget(objectName="heatmap_plot")
        self.image = pg.ImageItem(axisOrder="row-major")
        self.plot.addItem(self.image)
        self.plot.getPlotItem().getViewBox().invertY(True)
        self.colour_bar = pg.ColorBarItem(colorMap=pg.colormap.get(COLOUR_MAP), interactive=False,
                                          width=18)
        self.colour_bar.setImageItem(self.image, insert_in=self.plot.getPlotItem())
        self.presentation = False
        self.layers: list[str] = []
        self.values = np.zeros((0, 0))
        top = QHBoxLayout()
        self.run_label = QLabel(self)
        top.addWidget(self.run_label)
        top.addWidget(self.chooser, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        self.empty_note = QLabel(self, objectName="heatmap_empty")
        self.empty_note.setWordWrap(True)
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.empty_note, 1)
        layout.addWidget(self.caption)
        self.retranslate()
        self.set_presentation(False)
        self.refresh()

    def retranslate(self) -> None:
        self.run_label.setText(self.tr("Run:"))
        self.chooser.setAccessibleName(self.tr("Run shown in the gradient heatmap"))
        style.set_title(self.plot.getPlotItem(), self.tr("Gradient norm per layer (log10)"),
                        self.presentation)
        self.plot.setLabel("bottom", self.tr("epoch"))
        self.empty_note.setText(self.tr("The gradient norms are collected during training and "
                                        "shown here after the first epoch."))
        self.caption.setText(self.tr(
            "Dark rows near the input mean the gradient vanishes before it reaches those layers: "
            "they barely learn. ReLU, batch normalisation and residual links keep it alive."))

    def set_presentation(self, on: bool) -> None:
        self.presentation = on
        self.empty_note.setFont(style.plot_font(on, 1.1))
        self.retranslate()
        style.style_plot(self.plot.getPlotItem(), on)
        self.plot.setBackground(style.theme_colours()[0])

    def set_runs(self, runs: list[RunRecord]) -> None:
        """Offer these runs; keep the chosen one when it is still there."""
        self._runs = {r.key: r for r in runs}
        style.fill_run_chooser(self.chooser, runs)
        self.refresh()

    def refresh(self) -> None:
        run = self._runs.get(self.chooser.currentData())
        samples = run.grad_norms if run else []
        self.layers, epochs, self.values = norm_matrix(samples)
        empty = not self.values.size or bool(np.isnan(self.values).all())
        # before the first epoch an empty plot shows meaningless axes: say what will come
        self.plot.setVisible(not empty)
        self.empty_note.setVisible(empty)
        if empty:
            self.image.clear()
            return
        finite = self.values[np.isfinite(self.values)]
        low, high = float(finite.min()), float(finite.max())
        if high - low < 1e-6:
            low, high = low - 0.5, high + 0.5
        self.image.setImage(np.nan_to_num(self.values, nan=low), levels=(low, high))
        self.image.setRect(epochs[0] - 0.5, -0.5, len(epochs), len(self.layers))
        self.colour_bar.setLevels((low, high))
        left = self.plot.getPlotItem().getAxis("left")
        left.setTicks([[(i, name) for i, name in enumerate(self.layers)]])
        # pyqtgraph hides tick labels wider than the axis; size it for the longest layer name
        font = left.style.get("tickFont") or self.font()
        longest = max(QFontMetrics(font).horizontalAdvance(n) for n in self.layers)
        left.setWidth(longest + 20)
        bottom = self.plot.getPlotItem().getAxis("bottom")
        bottom.setTicks([[(e, str(e)) for e in epochs]])
        self.plot.getPlotItem().getViewBox().autoRange(padding=0)
