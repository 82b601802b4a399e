"""Live loss and accuracy curves, one colour per optimizer.

Every curve is created once per run and fed with ``setData`` on zero-copy views of the run's
growing buffers. New data only marks a run dirty; a ~20 Hz timer redraws the dirty runs, so a
burst of events costs one redraw. Curves use clip-to-view and peak downsampling and skip the
finite-value check, which keeps a long run cheap to draw (see bench/bench_monitor.py).
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, QTimer, Signal
from PySide6.QtWidgets import QBoxLayout, QLabel, QVBoxLayout, QWidget
from scipy.signal import lfilter

from gui.training import style
from gui.training.history import RunRecord

# 10 redraws a second at most: each repaint of a 1600x1000 plot pair costs ~15-20 ms of CPU,
# which a 2-core machine takes from the training (bench/bench_monitor.py); 10 Hz still reads
# as live motion
REDRAW_MS = 100
# plot items made with the view, ready for a race of this many runs: making them when the run
# starts held the GUI thread 50-75 ms while the trainer thread had already begun
PREBUILT_RUNS = 4


def smooth(y: np.ndarray, weight: float) -> np.ndarray:
    """Debiased exponential moving average (as TensorBoard's smoothing slider): early points are
    not dragged towards zero."""
    if weight <= 0 or len(y) < 2:
        return y
    ema = lfilter([1 - weight], [1, -weight], y)
    return ema / (1 - weight ** np.arange(1, len(y) + 1))


def _curve(**kw) -> pg.PlotDataItem:
    item = pg.PlotDataItem(skipFiniteCheck=True, **kw)
    item.setClipToView(True)
    item.setDownsampling(auto=True, method="peak")
    return item


class _RunItems:
    """The plot items of one run: per-step loss (raw + smoothed), validation loss per epoch,
    train and validation accuracy per epoch."""

    def __init__(self):
        self.raw = _curve()
        self.line = _curve()
        self.val_loss = _curve(symbol="o")
        self.train_acc = _curve()
        self.val_acc = _curve(symbol="o")

    def assign(self, run: RunRecord, colour, label: str, past: bool) -> None:
        self.run, self.colour, self.label, self.past = run, colour, label, past
        self._epochs_drawn = -1
        for item in (*self.loss_items(), *self.acc_items()):
            item.setVisible(True)

    def release(self) -> None:
        """Empty and hide the items so they can serve another run later."""
        for item in (*self.loss_items(), *self.acc_items()):
            item.setData([], [])
            item.setVisible(False)
        self.run = None

    def loss_items(self):
        return (self.raw, self.line, self.val_loss)

    def acc_items(self):
        return (self.train_acc, self.val_acc)

    def style(self, width: float, symbol_size: int) -> None:
        alpha = 150 if self.past else 255
        dashed = self.past
        self.raw.setPen(style.pen(style.faint(self.colour), 1))
        self.line.setPen(style.pen(self.colour, width, dashed, alpha))
        for item in (self.val_loss, self.val_acc):
            item.setPen(style.pen(self.colour, max(1, width - 1), True, alpha))
            item.setSymbolBrush(pg.mkBrush(self.colour))
            item.setSymbolPen(pg.mkPen("w" if not self.past else self.colour))
            item.setSymbolSize(symbol_size)
        self.train_acc.setPen(style.pen(self.colour, width, dashed, alpha))

    def update(self, smoothing: float, force: bool = False) -> None:
        """Push new points; the per-epoch curves only when an epoch was added, the raw curve
        only while smoothing shows it (each setData costs a redraw of that curve)."""
        loss = self.run.loss
        self.line.setData(loss.x, smooth(loss.y, smoothing))
        self.raw.setVisible(smoothing > 0)
        if smoothing > 0:
            self.raw.setData(loss.x, loss.y)
        ep = self.run.epochs
        if force or len(ep["val_loss"]) != self._epochs_drawn:
            self._epochs_drawn = len(ep["val_loss"])
            self.val_loss.setData(ep["val_loss"].x, ep["val_loss"].y)
            self.train_acc.setData(ep["train_acc"].x, 100 * ep["train_acc"].y)
            self.val_acc.setData(ep["val_acc"].x, 100 * ep["val_acc"].y)


class CurvesView(QWidget):
    """Two linked plots (loss above accuracy) with a legend, hover read-out line and a paced
    redraw. ``mark_dirty(run)`` after appending data; ``redraw_count`` counts real redraws."""

    hovered = Signal(str)  # the read-out text under the mouse

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("training_curves")
        self._items: dict[str, _RunItems] = {}
        self._dirty: set[str] = set()
        self._pool: list[_RunItems] = []
        self.smoothing = 0.0  # the monitor's slider sets its default
        self.presentation = False
        self.redraw_count = 0
        self.loss_plot = pg.PlotWidget(objectName="loss_plot")
        self.acc_plot = pg.PlotWidget(objectName="accuracy_plot")
        self.loss_plot.setAccessibleName(self.tr("Loss curves"))
        self.acc_plot.setAccessibleName(self.tr("Accuracy curves"))
        self.acc_plot.setXLink(self.loss_plot)
        self.acc_plot.setYRange(0, 100, padding=0.02)  # a fixed 0-100 % axis reads at a glance
        self.acc_plot.enableAutoRange(axis="y", enable=False)
        self.legend = self.loss_plot.getPlotItem().addLegend(offset=(-10, 10))
        self.legend.setVisible(False)  # shown with the first run's curves
        self.readout = QLabel(self, objectName="hover_readout")
        self.readout.setTextFormat(Qt.TextFormat.RichText)
        self._cursor = [pg.InfiniteLine(angle=90, movable=False) for _ in range(2)]
        for plot, line in zip((self.loss_plot, self.acc_plot), self._cursor):
            line.setVisible(False)
            plot.addItem(line, ignoreBounds=True)
            # no grid: its translucent lines tripled the paint time of a plot (9.6 -> 33.6 ms at
            # 1600x1000, measured); the hover read-out gives exact values instead
            plot.scene().sigMouseMoved.connect(lambda pos, p=plot: self._on_mouse(p, pos))
        self.plots = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.plots.addWidget(self.loss_plot, 3)
        self.plots.addWidget(self.acc_plot, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.plots, 1)
        layout.addWidget(self.readout)
        self._timer = QTimer(self, interval=REDRAW_MS)
        self._timer.timeout.connect(self.redraw)
        for _ in range(PREBUILT_RUNS):  # made now, not in the run's first moments, when the
            self._pool.append(self._new_items())  # GUI thread competes with training
        self.retranslate()
        self.restyle()

    # ------------------------------------------------------------ runs
    def add_run(self, run: RunRecord, past: bool = False) -> None:
        """Show the run's curves (no-op when shown already). Items are reused from removed
        runs: removing pyqtgraph items from a plot corrupts reference counts under PySide6 6.12
        (a crash at exit), so they are hidden and pooled instead."""
        if run.key in self._items:
            return
        optimizer = run.settings.get("optimizer", run.name)
        nth = sum(1 for i in self._items.values()
                  if i.run.settings.get("optimizer", i.run.name) == optimizer and i.past == past)
        label = f"#{run.session} {run.name}" if past else run.name
        items = self._pool.pop(0) if self._pool else self._new_items()
        items.assign(run, style.colour_for(optimizer, nth), label, past)
        self.legend.addItem(items.line, label)
        self._items[run.key] = items
        self.legend.setVisible(True)
        self._style_items(items)
        self.mark_dirty(run)

    def _new_items(self) -> _RunItems:
        """A run's plot items, added to the plots and hidden until ``assign``."""
        items = _RunItems()
        for item in items.loss_items():
            self.loss_plot.addItem(item)
            item.setVisible(False)
        for item in items.acc_items():
            self.acc_plot.addItem(item)
            item.setVisible(False)
        return items

    def remove_run(self, key: str) -> None:
        items = self._items.pop(key, None)
        if items is None:
            return
        self.legend.removeItem(items.line)
        self.legend.setVisible(bool(self._items))  # no empty box before the first run
        items.release()
        self._pool.append(items)
        self._dirty.discard(key)

    def set_step_span(self, first: int, last: int) -> None:
        """Fix the step axis to the whole run (known at its start) instead of following the
        data: the axes then stay put, pyqtgraph keeps their cached drawing, and a redraw
        repaints only the curves (the accuracy plot, 0-100 %, does not repaint at all)."""
        self.loss_plot.setXRange(first, last, padding=0.01)
        self.loss_plot.enableAutoRange(axis="x", enable=False)

    def shown_keys(self) -> list[str]:
        return list(self._items)

    def clear_current(self) -> None:
        """Drop the curves of every run that is not an overlaid past run."""
        for key in [k for k, i in self._items.items() if not i.past]:
            self.remove_run(key)

    def mark_dirty(self, run: RunRecord) -> None:
        if run.key in self._items:
            self._dirty.add(run.key)
            if not self._timer.isActive():
                self._timer.start()

    def redraw(self) -> None:
        """Push the dirty runs' buffers to their curves; the timer stops when nothing is new."""
        if not self._dirty:
            self._timer.stop()
            return
        for key in self._dirty:
            self._items[key].update(self.smoothing)
        self._dirty.clear()
        self.redraw_count += 1

    def curve_data(self, key: str, which: str = "line") -> tuple[np.ndarray, np.ndarray]:
        """The data a curve currently draws (for tests and export): which is one of raw, line,
        val_loss, train_acc, val_acc."""
        return getattr(self._items[key], which).getOriginalDataset()

    # ------------------------------------------------------------ options
    def set_smoothing(self, weight: float) -> None:
        self.smoothing = min(max(float(weight), 0.0), 0.99)
        for items in self._items.values():
            items.update(self.smoothing, force=True)

    def set_log_scale(self, on: bool) -> None:
        self.loss_plot.getPlotItem().setLogMode(y=bool(on))

    def log_scale(self) -> bool:
        return bool(self.loss_plot.getPlotItem().ctrl.logYCheck.isChecked())

    SIDE_BY_SIDE = 2.0  # width / height above which loss and accuracy stand side by side

    def resizeEvent(self, event) -> None:  # noqa: N802
        """Stacked plots in a wide, low panel (a 720-line projector) would each be a sliver:
        there they stand side by side, each the full height."""
        super().resizeEvent(event)
        size = event.size()
        wide = size.width() >= self.SIDE_BY_SIDE * max(1, size.height())
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.plots.direction() != direction:
            self.plots.setDirection(direction)
            self.plots.setStretch(0, 1 if wide else 3)
            self.plots.setStretch(1, 1 if wide else 2)

    def set_presentation(self, on: bool) -> None:
        self.presentation = bool(on)
        self.restyle()
        self.retranslate()

    def restyle(self) -> None:
        """Theme colours and fonts (call after a palette or presentation change)."""
        bg, fg = style.theme_colours()
        for plot in (self.loss_plot, self.acc_plot):
            plot.setBackground(bg)
            style.style_plot(plot.getPlotItem(), self.presentation)
        self.legend.setLabelTextColor(fg)
        # the key lies over the curves' upper right: a veiled background keeps both readable
        veil = pg.mkColor(bg)
        veil.setAlpha(200)
        self.legend.setBrush(pg.mkBrush(veil))
        self.legend.setPen(style.pen(fg, 1, False, 60))
        self.legend.setLabelTextSize(f"{style.plot_font(self.presentation).pointSize()}pt")
        for line in self._cursor:
            line.setPen(style.pen(fg, 1, True, 120))
        self.readout.setFont(style.plot_font(self.presentation))
        for items in self._items.values():
            self._style_items(items)

    def _style_items(self, items: _RunItems) -> None:
        width = style.PRESENTATION_PEN if self.presentation else style.NORMAL_PEN
        items.style(width, 12 if self.presentation else 7)

    def retranslate(self) -> None:
        # short titles that fit half a 1280-pixel projector; the key sits under the plots
        style.set_title(self.loss_plot.getPlotItem(), self.tr("Loss"), self.presentation)
        style.set_title(self.acc_plot.getPlotItem(), self.tr("Accuracy (%)"), self.presentation)
        self.loss_plot.setLabel("bottom", self.tr("step"))
        self.acc_plot.setLabel("bottom", self.tr("step"))
        self.loss_plot.setLabel("left", self.tr("loss"))
        self.acc_plot.setLabel("left", self.tr("accuracy (%)"))
        for plot in (self.loss_plot, self.acc_plot):  # the title says it already
            plot.getPlotItem().showLabel("left", not self.presentation)
        self.key = self.tr("Lines: training · dots: validation")
        if not self.readout.text() or self.readout.text() == getattr(self, "_shown_key", ""):
            self.readout.setText(self.key)
            self._shown_key = self.key

    # ------------------------------------------------------------ hover read-out
    def _on_mouse(self, plot: pg.PlotWidget, scene_pos: QPointF) -> None:
        vb = plot.getPlotItem().getViewBox()
        if not vb.sceneBoundingRect().contains(scene_pos):
            return
        self.show_readout(vb.mapSceneToView(scene_pos).x())

    def show_readout(self, step: float) -> str:
        """Show, for the step nearest ``step``, every run's loss (smoothed when smoothing is on)
        and latest accuracy; returns the plain-text read-out."""
        parts, plain = [], []
        nearest_step = None
        for items in self._items.values():
            x, y = items.line.getOriginalDataset()
            if x is None or not len(x):
                continue
            i = int(np.clip(np.searchsorted(x, step), 0, len(x) - 1))
            if i and abs(x[i - 1] - step) < abs(x[i] - step):
                i -= 1
            nearest_step = int(x[i]) if nearest_step is None else nearest_step
            value = f"{y[i]:.4g}"
            parts.append(f"<span style='color:{items.colour.name()}'>&#9632;</span> "
                         f"{items.label} {value}")
            plain.append(f"{items.label} {value}")
        if nearest_step is None:
            self.readout.setText(self.key)
            return ""
        for line in self._cursor:
            line.setPos(nearest_step)
            line.setVisible(True)
        head = self.tr("step {0}: loss").format(nearest_step)
        self.readout.setText(head + " &nbsp; " + " &nbsp; ".join(parts))
        text = head + " " + ", ".join(plain)
        self.hovered.emit(text)
        return text
