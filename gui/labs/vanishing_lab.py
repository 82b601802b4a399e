"""The vanishing-gradient lab (issue 12 §5, note 003): choose depth, width, activation, batch
norm and residual links; one backward pass (``engine.labs.vanishing``) shows each layer's
weight-gradient norm as a log-scale bar chart and its activations as a histogram map.

The pass runs on the thread pool (a deep, wide network takes longer than a frame); only the
newest request delivers, and ``shutdown`` waits for the one in flight.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QLabel, QSpinBox,
                               QSplitter, QWidget)

from engine.labs.vanishing import (ACTIVATIONS, INITS, LIMITS, VanishingConfig,
                                   VanishingResult, gradient_flow)
from gui.workers import Workers, import_torch_once
from gui.labs.input_messages import message_for
from gui.labs.layout import controls_column, settings_and_views, stack
from gui.training import style

DEBOUNCE_MS = 150
BAR_COLOUR = "#0072B2"


def tr(text: str) -> str:
    return QCoreApplication.translate("VanishingGradientLab", text)


INIT_TITLES = {"auto": QT_TRANSLATE_NOOP("VanishingGradientLab", "matched (Xavier / He)"),
               "xavier": QT_TRANSLATE_NOOP("VanishingGradientLab", "Xavier"),
               "he": QT_TRANSLATE_NOOP("VanishingGradientLab", "He (Kaiming)"),
               "pytorch": QT_TRANSLATE_NOOP("VanishingGradientLab", "PyTorch default")}


def _flow(config: VanishingConfig) -> VanishingResult:
    import_torch_once()  # never two threads importing torch at once
    return gradient_flow(config)


class VanishingGradientLab(QWidget):
    def __init__(self, host=None):
        super().__init__(host)
        self.setObjectName("vanishing_lab")
        self.presentation = False
        self.result: VanishingResult | None = None
        self.jobs = Workers(self)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.recompute)
        self._build()
        self.retranslate()
        self.recompute()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        d = VanishingConfig()
        self.depth = self._spin("vanish_depth", "depth", d.depth)
        self.width = self._spin("vanish_width", "width", d.width)
        self.batch = self._spin("vanish_batch", "batch", d.batch)
        self.seed = QSpinBox(self, objectName="vanish_seed")
        self.seed.setRange(0, 9999)
        self.seed.valueChanged.connect(self._changed)
        self.activation = QComboBox(self, objectName="vanish_activation")
        for name in ACTIVATIONS:
            self.activation.addItem(name, name)
        self.activation.currentIndexChanged.connect(self._changed)
        self.init = QComboBox(self, objectName="vanish_init")
        for name in INITS:
            self.init.addItem("", name)
        self.init.currentIndexChanged.connect(self._changed)
        self.batch_norm = QCheckBox(self, objectName="vanish_batch_norm")
        self.residual = QCheckBox(self, objectName="vanish_residual")
        for box in (self.batch_norm, self.residual):
            box.toggled.connect(self._changed)
        self.layer = QSpinBox(self, objectName="vanish_layer")
        self.layer.setRange(1, d.depth)
        self.layer.valueChanged.connect(self._show_layer)
        self.captions = {key: QLabel(self) for key in ("depth", "width", "activation", "init",
                                                         "batch", "seed", "layer")}
        form = QFormLayout()
        for key, widget in (("depth", self.depth), ("width", self.width),
                            ("activation", self.activation), ("init", self.init),
                            ("batch", self.batch), ("seed", self.seed)):
            form.addRow(self.captions[key], widget)
        form.addRow(self.batch_norm)
        form.addRow(self.residual)
        self.summary = QLabel(self, objectName="vanish_summary")
        self.summary.setWordWrap(True)
        self.lesson = QLabel(self, objectName="vanish_lesson")
        self.lesson.setWordWrap(True)
        self.message = QLabel(self, objectName="vanish_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #d04040;")
        scroll = controls_column(self, "vanish_controls",
                                 [form, self.summary, self.message, self.lesson], 280)
        self.bars_plot = pg.PlotWidget(self)
        self.bars_plot.setObjectName("vanish_gradients")
        self.bars_plot.setMenuEnabled(False)
        self.bars_plot.getPlotItem().getAxis("left").setLogMode(True)
        self.bars_plot.getPlotItem().showGrid(y=True, alpha=0.3)
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.8, brush=BAR_COLOUR)
        self.bars_plot.addItem(self.bars)
        self.chosen_bar = pg.BarGraphItem(x=[], height=[], width=0.8, brush="#D55E00")
        self.bars_plot.addItem(self.chosen_bar)
        self.bars_plot.scene().sigMouseClicked.connect(self._on_bar_click)
        self.map_plot = pg.PlotWidget(self)
        self.map_plot.setObjectName("vanish_histograms")
        self.map_plot.setMenuEnabled(False)
        self.map_image = pg.ImageItem()
        self.map_image.setColorMap(pg.colormap.get("magma"))
        self.map_plot.addItem(self.map_image)
        self.hist_plot = pg.PlotWidget(self)
        self.hist_plot.setObjectName("vanish_layer_histogram")
        self.hist_plot.setMenuEnabled(False)
        self.hist = pg.BarGraphItem(x=[], height=[], width=1.0, brush="#009E73")
        self.hist_plot.addItem(self.hist)
        layer_row = QWidget(self)
        layer_form = QFormLayout(layer_row)
        layer_form.setContentsMargins(0, 0, 0, 0)
        layer_form.addRow(self.captions["layer"], self.layer)
        self.layer_stats = QLabel(self, objectName="vanish_layer_stats")
        self.layer_stats.setWordWrap(True)
        layer_form.addRow(self.layer_stats)
        lower_right = stack(self, [layer_row, (self.hist_plot, 1)])
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(self.map_plot)
        lower.addWidget(lower_right)
        settings_and_views(self, scroll, self.bars_plot, lower, (380, 300), (300, 980))
        self._style_plots()

    def _spin(self, name: str, key: str, value: int) -> QSpinBox:
        spin = QSpinBox(self, objectName=name)
        spin.setRange(*LIMITS[key])
        spin.setValue(value)
        spin.valueChanged.connect(self._changed)
        return spin

    def retranslate(self) -> None:
        for key, text in (("depth", tr("Hidden layers")), ("width", tr("Units per layer")),
                          ("activation", tr("Activation")), ("init", tr("Initialisation")),
                          ("batch", tr("Batch size")), ("seed", tr("Random seed")),
                          ("layer", tr("Layer shown"))):
            self.captions[key].setText(text)
        for i, name in enumerate(INITS):
            self.init.setItemText(i, tr(INIT_TITLES[name]))
        self.batch_norm.setText(tr("Batch norm before each activation"))
        self.residual.setText(tr("Residual links: h + f(h)"))
        self.lesson.setText(tr("Backpropagation multiplies each layer's gradient by the "
                               "activation's slope. Sigmoid's slope is at most 1/4, so the "
                               "layers near the input get almost nothing (note 003); ReLU, "
                               "batch norm and residual links keep the gradient alive."))
        self._titles()
        self._show_result()

    def _titles(self) -> None:
        p = self.presentation
        style.set_title(self.bars_plot.getPlotItem(), tr("Gradient norm ‖∂E/∂W‖ per layer (log "
                                                         "scale)"), p)
        self.bars_plot.getPlotItem().setLabel("bottom", tr("layer (1 = next to the input)"))
        style.set_title(self.map_plot.getPlotItem(), tr("Activations of every layer"), p)
        self.map_plot.getPlotItem().setLabel("bottom", tr("activation value"))
        self.map_plot.getPlotItem().setLabel("left", tr("layer"))
        style.set_title(self.hist_plot.getPlotItem(), tr("Histogram of the layer shown"), p)

    def _style_plots(self) -> None:
        for plot in (self.bars_plot, self.map_plot, self.hist_plot):
            plot.setBackground(style.theme_colours()[0])
            style.style_plot(plot.getPlotItem(), self.presentation)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------ computing
    def config(self) -> VanishingConfig:
        return VanishingConfig(depth=self.depth.value(), width=self.width.value(),
                               activation=self.activation.currentData(),
                               batch_norm=self.batch_norm.isChecked(),
                               residual=self.residual.isChecked(), batch=self.batch.value(),
                               init=self.init.currentData(), seed=self.seed.value())

    def _changed(self) -> None:
        self._debounce.start()

    def recompute(self) -> None:
        config = self.config()
        self.summary.setText(tr("Computing…"))
        self.jobs.submit("flow", lambda: _flow(config), self._on_result, self._on_error)

    def _on_result(self, result: VanishingResult) -> None:
        self.result = result
        self.message.clear()
        self.layer.blockSignals(True)
        self.layer.setRange(1, result.config.depth)
        self.layer.blockSignals(False)
        self._show_result()

    def _on_error(self, exc: Exception) -> None:
        self.message.setText(message_for(exc))

    def _show_result(self) -> None:
        r = self.result
        if r is None:
            return
        logs = np.log10(np.maximum(r.grad_norms, 1e-30))
        floor = float(np.floor(logs.min())) - 0.5
        x = np.arange(1, len(logs) + 1)
        self.bars.setOpts(x=x, height=logs - floor, y0=floor, width=0.8)
        self.bars_plot.setXRange(0.4, len(logs) + 0.6, padding=0)
        self.bars_plot.setYRange(floor, float(logs.max()) + 0.3, padding=0)
        c = r.config
        self.summary.setText(tr("{0} layers of {1} {2} units, batch {3}: the first layer's "
                                "gradient is {4} times the last layer's.").format(
            c.depth, c.width, c.activation, c.batch, f"{r.first_to_last:.2g}"))
        counts = np.stack([f.counts for f in r.layers]).astype(float)
        share = counts / np.maximum(counts.sum(axis=1, keepdims=True), 1)
        edges = r.layers[0].edges
        # x: value, y: layer; the square root lifts the thin tails next to the bright peak
        self.map_image.setImage(np.sqrt(share.T), autoLevels=True)
        self.map_image.setRect(float(edges[0]), 0.5, float(edges[-1] - edges[0]), c.depth)
        self.map_plot.setRange(xRange=(edges[0], edges[-1]), yRange=(0.5, c.depth + 0.5),
                               padding=0)
        self._show_layer()

    def _show_layer(self) -> None:
        r = self.result
        if r is None:
            return
        index = min(self.layer.value(), len(r.layers))
        f = r.layers[index - 1]
        centres = (f.edges[:-1] + f.edges[1:]) / 2
        self.hist.setOpts(x=centres, height=f.counts, width=float(f.edges[1] - f.edges[0]))
        logs = np.log10(np.maximum(r.grad_norms, 1e-30))
        floor = float(np.floor(logs.min())) - 0.5
        self.chosen_bar.setOpts(x=[index], height=[logs[index - 1] - floor], y0=floor,
                                width=0.8)
        self.layer_stats.setText(tr("Layer {0}: ‖∂E/∂W‖ = {1}, mean {2}, spread {3}; {4} of "
                                    "its units are nearly flat (slope under a tenth of its "
                                    "maximum).").format(index, f"{f.grad_norm:.3g}",
                                                        f"{f.mean:.3g}", f"{f.std:.3g}",
                                                        f"{f.flat_share:.0%}"))

    def _on_bar_click(self, event) -> None:
        if self.result is None or event.button() != Qt.MouseButton.LeftButton:
            return
        point = self.bars_plot.getPlotItem().getViewBox().mapSceneToView(event.scenePos())
        index = int(round(point.x()))
        if 1 <= index <= len(self.result.layers):
            self.layer.setValue(index)

    # ------------------------------------------------------------------ the shell's hooks
    def set_presentation(self, on: bool) -> None:
        self.presentation = on
        self._style_plots()
        self._titles()

    def shutdown(self) -> None:
        self._debounce.stop()
        self.jobs.wait()
