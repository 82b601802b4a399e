"""The optimizer lab's two plots: the loss surface as a shaded contour map with every run's
path (a click chooses the start), and each run's loss against the step.

Curves are created once per race and fed with ``setData`` (the pyqtgraph habit), 1-px-scaled
cosmetic pens, so stepping eight runs stays cheap on the GUI thread.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal

from engine.labs.surfaces import Surface, surface_grid
from gui.training import style

GRID = 160
LEVELS = 14


def _shade(surface: Surface, z: np.ndarray) -> np.ndarray:
    low = min(float(surface.loss(np.array(m))) for m in surface.minima)
    shifted = z - min(low, float(z.min()))
    return np.log10(shifted + 1e-3) if surface.log_levels else np.sqrt(shifted)


class SurfacePlot(pg.PlotWidget):
    """Contour map of a surface, its minima (stars), the start (a cross) and the runs' paths;
    ``start_chosen(x, y)`` when the user clicks inside the map."""

    start_chosen = Signal(float, float)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("optim_surface_plot")
        self.setMenuEnabled(False)
        self.setBackground(style.theme_colours()[0])
        self.presentation = False
        self.image = pg.ImageItem()
        self.image.setColorMap(pg.colormap.get("viridis"))
        self.addItem(self.image)
        self.isocurves: list[pg.IsocurveItem] = []
        self.minima = pg.ScatterPlotItem(symbol="star", size=16, brush=pg.mkBrush("#ffffff"),
                                         pen=pg.mkPen("#000000"))
        self.start_marker = pg.ScatterPlotItem(symbol="x", size=18, brush=pg.mkBrush("#ff3030"),
                                               pen=pg.mkPen("#ffffff", width=1))
        self.addItem(self.minima)
        self.addItem(self.start_marker)
        self.paths: dict[str, tuple[pg.PlotDataItem, pg.ScatterPlotItem]] = {}
        self.surface: Surface | None = None
        self.scene().sigMouseClicked.connect(self._on_click)
        self.getPlotItem().getViewBox().setMouseEnabled(False, False)

    def show_surface(self, surface: Surface) -> None:
        self.surface = surface
        xs, ys, z = surface_grid(surface, GRID)
        shade = _shade(surface, z)
        self.image.setImage(shade, autoLevels=True)
        (x0, x1), (y0, y1) = surface.x_range, surface.y_range
        self.image.setRect(x0, y0, x1 - x0, y1 - y0)
        for item in self.isocurves:
            self.removeItem(item)
        self.isocurves = []
        for level in np.linspace(shade.min(), shade.max(), LEVELS + 2)[1:-1]:
            curve = pg.IsocurveItem(data=shade, level=float(level),
                                    pen=pg.mkPen((255, 255, 255, 110), width=1))
            curve.setParentItem(self.image)  # image pixels -> the surface's coordinates
            self.isocurves.append(curve)
        self.minima.setData(pos=list(surface.minima))
        self.setRange(xRange=surface.x_range, yRange=surface.y_range, padding=0)

    def set_start(self, x: float, y: float) -> None:
        self.start_marker.setData(pos=[(x, y)])

    def set_runs(self, runs: list[tuple[str, str]]) -> None:
        """One path per (label, optimizer name), replacing the old ones."""
        for line, head in self.paths.values():
            self.removeItem(line)
            self.removeItem(head)
        self.paths = {}
        for label, name in runs:
            colour = style.colour_for(name)
            line = pg.PlotDataItem(pen=style.pen(colour, 4 if self.presentation else 2))
            head = pg.ScatterPlotItem(size=14 if self.presentation else 10,
                                      brush=pg.mkBrush(colour), pen=pg.mkPen("#ffffff"))
            self.addItem(line)
            self.addItem(head)
            self.paths[label] = (line, head)

    def update_path(self, label: str, points: np.ndarray) -> None:
        line, head = self.paths[label]
        line.setData(points[:, 0], points[:, 1])
        head.setData(pos=[tuple(points[-1])])

    def view_to_widget(self, x: float, y: float):
        """Where the point (x, y) of the map lies in this widget's viewport (for tests)."""
        scene = self.getPlotItem().getViewBox().mapViewToScene(QPointF(x, y))
        return self.mapFromScene(scene)

    def set_presentation(self, on: bool) -> None:
        self.presentation = on
        self.setBackground(style.theme_colours()[0])
        style.style_plot(self.getPlotItem(), on)

    def _on_click(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.surface is None:
            return
        point = self.getPlotItem().getViewBox().mapSceneToView(event.scenePos())
        (x0, x1), (y0, y1) = self.surface.x_range, self.surface.y_range
        if x0 <= point.x() <= x1 and y0 <= point.y() <= y1:
            self.start_chosen.emit(float(point.x()), float(point.y()))


class LossPlot(pg.PlotWidget):
    """E(w) - E_min against the step, log scale, one curve per run."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("optim_loss_plot")
        self.setMenuEnabled(False)
        self.setBackground(style.theme_colours()[0])
        self.presentation = False
        self.getPlotItem().setLogMode(False, True)
        self.getPlotItem().showGrid(x=True, y=True, alpha=0.25)
        self.curves: dict[str, pg.PlotDataItem] = {}
        self.floor = 0.0
        self.marker = pg.InfiniteLine(angle=90, movable=False,
                                      pen=pg.mkPen((128, 128, 128), style=Qt.PenStyle.DashLine))
        self.addItem(self.marker)

    def set_runs(self, runs: list[tuple[str, str]], floor: float) -> None:
        for curve in self.curves.values():
            self.removeItem(curve)
        self.floor = floor
        self.curves = {}
        for label, name in runs:
            curve = pg.PlotDataItem(pen=style.pen(style.colour_for(name),
                                                  3 if self.presentation else 2))
            self.addItem(curve)
            self.curves[label] = curve
        self.getPlotItem().getViewBox().setRange(xRange=(0, 10), yRange=(-3, 1), padding=0)
        self.getPlotItem().getViewBox().enableAutoRange()

    def update_curve(self, label: str, losses) -> None:
        values = np.maximum(np.asarray(losses, dtype=float) - self.floor, 1e-16)
        self.curves[label].setData(np.arange(len(values)), values)

    def mark_step(self, step: int) -> None:
        self.marker.setValue(step)

    def set_titles(self, title: str, x_label: str, y_label: str) -> None:
        style.set_title(self.getPlotItem(), title, self.presentation)
        self.getPlotItem().setLabel("bottom", x_label)
        self.getPlotItem().setLabel("left", y_label)

    def set_presentation(self, on: bool) -> None:
        self.presentation = on
        self.setBackground(style.theme_colours()[0])
        style.style_plot(self.getPlotItem(), on)
