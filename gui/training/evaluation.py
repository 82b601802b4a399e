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


def abbreviate(name: str, width_px: float, metrics) -> str:
    """``name`` cut (with a dot) to fit ``width_px`` pixels, at least its first letter."""
    if metrics.horizontalAdvance(name) <= width_px:
        return name
    for cut in range(len(name) - 1, 0, -1):
        short = name[:cut] + "."
        if metrics.horizontalAdvance(short) <= width_px:
            return short
    return name[:1]


class ConfusionView(pg.PlotWidget):
    """Rows: true class; columns: predicted class; colour: share of the row (the colour bar is
    the legend). Each cell shows its count when the cells are large enough to read it; the
    column labels are abbreviated to the cell width."""

    MIN_TEXT_PX = 7  # below this a count is unreadable: hide the counts, the colour bar reads

    def __init__(self, parent=None):
        super().__init__(parent, objectName="confusion_matrix")
        self.image = pg.ImageItem(axisOrder="row-major")
        colour_map = pg.colormap.get("CET-L12") or pg.colormap.get("viridis")
        self.image.setColorMap(colour_map)
        self.addItem(self.image)
        self.getPlotItem().getViewBox().invertY(True)
        self.getPlotItem().getViewBox().setAspectLocked(True)
        self.getPlotItem().getViewBox().setMouseEnabled(False, False)
        self.colour_bar = pg.ColorBarItem(colorMap=colour_map, values=(0, 1), interactive=False,
                                          width=14)
        self.colour_bar.setImageItem(self.image, insert_in=self.getPlotItem())
        self._texts: list[pg.TextItem] = []
        self.matrix = np.zeros((0, 0), int)
        self.share = np.zeros((0, 0))
        self.names: list[str] = []
        self.presentation = False
        self.counts_shown = False
        self.setMinimumSize(160, 160)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - a square area
        return width

    def set_matrix(self, confusion, class_names) -> None:
        self.matrix = np.asarray(confusion)
        n = self.matrix.shape[0]
        if n == 0:
            self._hide_counts()
            self.image.clear()
            return
        rows = self.matrix.sum(axis=1, keepdims=True).clip(min=1)
        self.share = self.matrix / rows
        self.image.setImage(self.share, levels=(0, 1))
        self.image.setRect(-0.5, -0.5, n, n)
        self.names = [name for _, name in _class_ticks(class_names, n)[0]]
        self.getPlotItem().getViewBox().autoRange(padding=0.02)
        self._fit_text()

    def cell_pixels(self) -> float:
        """The side of one cell on screen, in pixels."""
        n = self.matrix.shape[0]
        if not n:
            return 0.0
        box = self.getPlotItem().getViewBox().sceneBoundingRect()
        return min(box.width(), box.height()) / (n * 1.04)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if getattr(self, "matrix", None) is not None and self.matrix.size:
            self._fit_text()

    def _fit_text(self) -> None:
        """Counts sized to the cells (hidden when they would not be readable) and labels
        abbreviated to fit: what a projector shows has to be legible, not just present."""
        from PySide6.QtGui import QFontMetrics
        n, cell = self.matrix.shape[0], self.cell_pixels()
        font = style.plot_font(self.presentation, 0.9)
        digits = len(str(int(self.matrix.max()))) if self.matrix.size else 1
        pixel = min(QFontMetrics(font).height(), cell * 0.45, cell * 1.6 / max(1, digits))
        if pixel >= self.MIN_TEXT_PX and n <= MAX_CELL_TEXT_CLASSES:
            font.setPixelSize(int(pixel))
            self._write_counts(font)
        else:
            self._hide_counts()
        axis_font = style.plot_font(self.presentation)
        metrics = QFontMetrics(axis_font)
        bottom = [(i, abbreviate(name, max(cell - 4, 8), metrics))
                  for i, name in enumerate(self.names)]
        self.getPlotItem().getAxis("bottom").setTicks([bottom])
        left = self.getPlotItem().getAxis("left")
        left_names = [(i, abbreviate(name, 120 if not self.presentation else 170, metrics))
                      for i, name in enumerate(self.names)]
        left.setTicks([left_names])
        # the names, the gap to them and the rotated "true class" beside them (a fixed 34 px
        # let the presentation font's label run into the Korean names)
        label = QFontMetrics(style.plot_font(self.presentation, 1.05)).height()
        left.setWidth(max(metrics.horizontalAdvance(t) for _, t in left_names) + label
                      + (8 if self.presentation else 4) + 14)

    def _hide_counts(self) -> None:
        for text in self._texts:
            text.setVisible(False)
        self.counts_shown = False
        self._show_colour_bar(True)

    def _show_colour_bar(self, shown: bool) -> None:
        """The colour bar is the legend when the counts are hidden; beside written counts its
        width goes to the cells (on a 1280 px projector the matrix is narrow)."""
        bar = self.colour_bar
        if bar.isVisible() != shown:
            bar.setVisible(shown)
            bar.setMaximumWidth(10_000 if shown else 0)
            bar.setMinimumWidth(0)

    def _write_counts(self, font) -> None:
        """Write each cell's count. Text items are pooled and reused, never removed: removing
        pyqtgraph TextItems corrupts reference counts under PySide6 6.12 (crash at exit)."""
        n = self.share.shape[0]
        while len(self._texts) < n * n:
            text = pg.TextItem("", anchor=(0.5, 0.5))
            self.addItem(text)
            self._texts.append(text)
        for k, text in enumerate(self._texts):
            if k >= n * n:
                text.setVisible(False)
                continue
            i, j = divmod(k, n)
            text.setText(str(int(self.matrix[i, j])), color="w" if self.share[i, j] > 0.5 else "k")
            text.setFont(font)
            text.setPos(j, i)
            text.setVisible(True)
        self.counts_shown = True
        self._show_colour_bar(False)

    def cell_texts(self) -> list[str]:
        """The counts written in the cells, row by row (what a user reads)."""
        return [t.toPlainText() for t in self._texts if t.isVisible()]

    def bottom_labels(self) -> list[str]:
        ticks = self.getPlotItem().getAxis("bottom")._tickLevels
        return [text for _, text in ticks[0]] if ticks else []


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
        self.mistakes_title.setWordWrap(True)
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
        self.split = split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setObjectName("evaluation_split")
        split.setChildrenCollapsible(False)
        for w in (self.confusion, self.per_class, mistakes_box):
            split.addWidget(w)
        self.per_class.setMinimumSize(140, 140)
        mistakes_box.setMinimumSize(140, 140)
        self.summary.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.run_label)
        top.addWidget(self.chooser, 1)
        top.addWidget(self.summary, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.retranslate()
        self.set_presentation(False)

    NARROW = 1.6  # width / height below which the three views stack (a narrow dock)
    MISTAKES_MIN = 240  # pixels: one tile and its caption

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if hasattr(self, "split"):
            self._arrange()

    def _arrange(self) -> None:
        """Side by side when wide (the matrix a square of the full height), stacked when
        narrow (the matrix a square of the full width), so no view is squeezed to a strip."""
        w, h = self.split.width(), self.split.height()
        if w <= 0 or h <= 0:
            return
        wide = w >= self.NARROW * h
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.split.orientation() != orientation:
            self.split.setOrientation(orientation)
        if wide:
            # the bars at least as wide as their title and class names (cut at 1280 px in
            # presentation), the mistakes at least a tile wide: the matrix gives way first
            need = self.per_class_title_width()
            square = max(min(h + 60, self.title_width(self.tr("Confusion matrix")) + 60),
                         min(h + 60, int(w * 0.5), w - need - self.MISTAKES_MIN))
            rest = w - square
            bars = min(max(int(rest * 0.4), need), rest - 150)
            self.split.setSizes([square, bars, rest - bars])
        else:
            square = min(w, int(h * 0.55))
            rest = h - square
            self.split.setSizes([square, rest // 2, rest - rest // 2])

    def title_width(self, title: str) -> int:
        """The pixels a chart needs for ``title`` above its plot, with the class names beside
        it and the plot's margins."""
        from PySide6.QtGui import QFont, QFontMetrics
        font = QFont(self.font())
        font.setPointSizeF(style.title_points(self.confusion.presentation))
        names = QFontMetrics(style.plot_font(self.confusion.presentation))
        axis = max((names.horizontalAdvance(str(n)) for n in self.class_names), default=40)
        return QFontMetrics(font).horizontalAdvance(title) + axis + 40

    def per_class_title_width(self) -> int:
        return self.title_width(self.per_class_title())

    def per_class_title(self) -> str:
        """Short in presentation: the class names beside the bars say it is per class."""
        return (self.tr("Accuracy (%)") if self.confusion.presentation
                else self.tr("Accuracy per class (%)"))

    def retranslate(self) -> None:
        self.run_label.setText(self.tr("Run:"))
        self.chooser.setAccessibleName(self.tr("Run shown in the evaluation"))
        on = self.confusion.presentation
        style.set_title(self.confusion.getPlotItem(), self.tr("Confusion matrix"), on)
        self.confusion.setLabel("left", self.tr("true class"))
        self.confusion.setLabel("bottom", self.tr("predicted class"))
        style.set_title(self.per_class.getPlotItem(), self.per_class_title(), on)
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
        if run.class_names:  # the run's own data set (a past or restored run's may differ)
            from gui.i18n import class_name
            names = tuple(class_name(n) for n in run.class_names)
        self.summary.setText(self.tr("epoch {0}: validation accuracy {1:.1%}").format(
            epoch.epoch, epoch.val_acc))
        self.confusion.set_matrix(epoch.confusion, names)
        optimizer = run.settings.get("optimizer", run.name)
        self.per_class.set_values(epoch.per_class_acc, names, style.colour_for(optimizer))
        self._show_mistakes(epoch.mistakes, names, run.mistake_images)

    def _show_mistakes(self, mistakes, names, kept=None) -> None:
        """``kept``: the run's own copies of the images (kept when it ended, or restored with
        a project); otherwise they come from the current data set by index."""
        def name(i):
            return names[i] if i < len(names) else str(i)

        captions = [f"{name(m.label)} \u2192 {name(m.predicted)}\n{m.confidence:.0%}"
                    for m in mistakes]
        marked = [m.confidence >= CONFIDENT for m in mistakes]
        if kept is not None and len(kept) == len(mistakes):
            images = list(kept)
        elif self.image_source is None:
            images = [np.zeros((1, 8, 8)) for _ in mistakes]
        else:
            images = [self.image_source(m.index) for m in mistakes]
        self.mistakes.set_images(images, captions, marked)
