"""After each epoch: the confusion matrix, per-class accuracy and the validation images the
network got wrong with the most confidence, for one chosen run."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QScrollArea, QSplitter,
                               QVBoxLayout, QWidget)
from PySide6.QtCore import Qt

from gui.training import style
from gui.training.history import RunRecord
from gui.training.images import ImageGrid

MAX_CELL_TEXT_CLASSES = 12  # above this the counts would be unreadable
CONFIDENT = 0.9  # a mistake made with at least this probability is marked as confident


def _class_ticks(names, n):
    names = list(names) or [str(i) for i in range(n)]
    return [[(i, names[i] if i < len(names) else str(i)) for i in range(n)]]


class ConfusionView(pg.PlotWidget):
    """Rows: true class; columns: predicted class; colour: share of the row; counts written in
    each cell when there are few classes."""

    def __init__(self, parent=None):
        super().__init__(parent, objectName="confusion_matrix")
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setColorMap(pg.colormap.get("CET-L12") or pg.colormap.get("viridis"))
        self.addItem(self.image)
        self.getPlotItem().getViewBox().invertY(True)
        self.getPlotItem().getViewBox().setAspectLocked(True)
        self._texts: list[pg.TextItem] = []
        self.matrix = np.zeros((0, 0), int)
        self.presentation = False

    def set_matrix(self, confusion, class_names) -> None:
        self.matrix = np.asarray(confusion)
        n = self.matrix.shape[0]
        for text in self._texts:
            text.setVisible(False)
        if n == 0:
            self.image.clear()
            return
        rows = self.matrix.sum(axis=1, keepdims=True).clip(min=1)
        share = self.matrix / rows
        self.image.setImage(share, levels=(0, 1))
        self.image.setRect(-0.5, -0.5, n, n)
        ticks = _class_ticks(class_names, n)
        self.getPlotItem().getAxis("bottom").setTicks(ticks)
        self.getPlotItem().getAxis("left").setTicks(ticks)
        if n <= MAX_CELL_TEXT_CLASSES:
            self._write_counts(share)
        self.getPlotItem().getViewBox().autoRange(padding=0.02)

    def _write_counts(self, share) -> None:
        """Write each cell's count. Text items are pooled and reused, never removed: removing
        pyqtgraph TextItems corrupts reference counts under PySide6 6.12 (crash at exit)."""
        n = share.shape[0]
        while len(self._texts) < n * n:
            text = pg.TextItem("", anchor=(0.5, 0.5))
            self.addItem(text)
            self._texts.append(text)
        font = style.plot_font(self.presentation, 0.9)
        for k in range(n * n):
            i, j = divmod(k, n)
            text = self._texts[k]
            text.setText(str(int(self.matrix[i, j])), color="w" if share[i, j] > 0.5 else "k")
            text.setFont(font)
            text.setPos(j, i)
            text.setVisible(True)

    def cell_texts(self) -> list[str]:
        """The counts written in the cells, row by row (what a user reads)."""
        return [t.toPlainText() for t in self._texts if t.isVisible()]


class PerClassView(pg.PlotWidget):
    """Horizontal bars: validation accuracy of each class, in percent."""

    def __init__(self, parent=None):
        super().__init__(parent, objectName="per_class_accuracy")
        self.bars = pg.BarGraphItem(x0=[], y=[], height=0.7, width=[])
        self.addItem(self.bars)
        self.getPlotItem().getViewBox().invertY(True)
        self.setXRange(0, 100)
        self.values = np.zeros(0)

    def set_values(self, per_class, class_names, colour) -> None:
        self.values = 100 * np.asarray(per_class, float)
        n = len(self.values)
        self.bars.setOpts(x0=np.zeros(n), y=np.arange(n), height=0.7, width=self.values,
                          brush=pg.mkBrush(colour))
        self.getPlotItem().getAxis("left").setTicks(_class_ticks(class_names, n))
        self.setYRange(-0.5, n - 0.5)
        self.setXRange(0, 100)


class EvaluationView(QWidget):
    """Chooser of the run + its last epoch's confusion matrix, per-class accuracy and mistakes.

    ``image_source(index)`` returns validation image ``index`` as (C, H, W) floats in [0, 1];
    without one, mistakes are listed by caption only."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("evaluation_view")
        self._runs: dict[str, RunRecord] = {}
        self.class_names: tuple = ()
        self.image_source = None
        self._drawn = None
        self.chooser = QComboBox(self, objectName="evaluation_run")
        self.chooser.currentIndexChanged.connect(lambda _: self.refresh())
        self.run_label = QLabel(self)
        self.summary = QLabel(self, objectName="evaluation_summary")
        self.confusion = ConfusionView(self)
        self.per_class = PerClassView(self)
        self.mistakes_title = QLabel(self, objectName="mistakes_title")
        self.mistakes = ImageGrid(columns=4, tile=72)
        self.mistakes.setObjectName("mistakes_grid")
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.mistakes)
        mistakes_box = QWidget(self)
        box = QVBoxLayout(mistakes_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.mistakes_title)
        box.addWidget(scroll, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        for w in (self.confusion, self.per_class, mistakes_box):
            split.addWidget(w)
        split.setSizes([400, 250, 350])
        top = QHBoxLayout()
        top.addWidget(self.run_label)
        top.addWidget(self.chooser, 1)
        top.addWidget(self.summary, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.retranslate()
        self.set_presentation(False)

    def retranslate(self) -> None:
        self.run_label.setText(self.tr("Run:"))
        self.chooser.setAccessibleName(self.tr("Run shown in the evaluation"))
        on = self.confusion.presentation
        style.set_title(self.confusion.getPlotItem(), self.tr("Confusion matrix"), on)
        self.confusion.setLabel("left", self.tr("true class"))
        self.confusion.setLabel("bottom", self.tr("predicted class"))
        style.set_title(self.per_class.getPlotItem(), self.tr("Accuracy per class (%)"), on)
        self.mistakes_title.setText(self.tr(
            "Most confident mistakes (true \u2192 predicted); red: at least {0:.0%} sure"
        ).format(CONFIDENT))
        self.refresh(force=True)

    def set_presentation(self, on: bool) -> None:
        self.confusion.presentation = on
        self.retranslate()
        for plot in (self.confusion, self.per_class):
            style.style_plot(plot.getPlotItem(), on)
            plot.setBackground(style.theme_colours()[0])
        self.mistakes.set_tile_size(112 if on else 72)
        self.refresh(force=True)

    def set_runs(self, runs: list[RunRecord], class_names=(), image_source=None) -> None:
        if class_names:
            self.class_names = tuple(class_names)
        if image_source is not None:
            self.image_source = image_source
        if [r.key for r in runs] == list(self._runs):
            self._runs = {r.key: r for r in runs}
            return self.refresh()
        self._runs = {r.key: r for r in runs}
        style.fill_run_chooser(self.chooser, runs)
        self.refresh()

    def current_run(self) -> RunRecord | None:
        return self._runs.get(self.chooser.currentData())

    def refresh(self, force: bool = False) -> None:
        run = self.current_run()
        epoch = run.last_epoch if run else None
        if epoch is None:
            self.summary.setText(self.tr("Shown after the first epoch."))
            return
        if epoch is self._drawn and not force:
            return  # nothing new since the last drawing
        self._drawn = epoch
        names = self.class_names
        self.summary.setText(self.tr("epoch {0}: validation accuracy {1:.1%}").format(
            epoch.epoch, epoch.val_acc))
        self.confusion.set_matrix(epoch.confusion, names)
        optimizer = run.settings.get("optimizer", run.name)
        self.per_class.set_values(epoch.per_class_acc, names, style.colour_for(optimizer))
        self._show_mistakes(epoch.mistakes, names)

    def _show_mistakes(self, mistakes, names) -> None:
        def name(i):
            return names[i] if i < len(names) else str(i)

        captions = [f"{name(m.label)} \u2192 {name(m.predicted)}\n{m.confidence:.0%}"
                    for m in mistakes]
        marked = [m.confidence >= CONFIDENT for m in mistakes]
        if self.image_source is None:
            images = [np.zeros((1, 8, 8)) for _ in mistakes]
        else:
            images = [self.image_source(m.index) for m in mistakes]
        self.mistakes.set_images(images, captions, marked)
