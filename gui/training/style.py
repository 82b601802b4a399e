"""Colours, pens and font sizes shared by the monitor's plots.

One colour per optimizer (Okabe-Ito based, readable by colour-blind students and on projectors),
fixed by name so SGD is the same blue in every run. Plots follow the application palette, so
light and dark themes both work.
"""
from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

OPTIMIZER_COLOURS = {
    "sgd": "#0072B2",       # blue
    "momentum": "#E69F00",  # orange
    "nag": "#CC79A7",       # reddish purple
    "adagrad": "#009E73",   # bluish green
    "adadelta": "#8C564B",  # brown
    "rmsprop": "#56B4E9",   # sky blue
    "adam": "#D55E00",      # vermillion
    "adamw": "#7F3FBF",     # violet
}
_SPARE = ("#999933", "#117733", "#882255", "#44AA99", "#332288", "#AA4499")

NORMAL_FONT_PT, PRESENTATION_FONT_PT = 10, 18
NORMAL_PEN, PRESENTATION_PEN = 2, 4


def colour_for(optimizer: str, nth: int = 0) -> QColor:
    """The optimizer's colour; the n-th repeat of one optimizer in a race gets a lighter or
    darker shade, and an unknown name a spare colour."""
    base = OPTIMIZER_COLOURS.get(optimizer.lower())
    colour = QColor(base) if base else QColor(_SPARE[sum(map(ord, optimizer)) % len(_SPARE)])
    if nth:
        colour = colour.lighter(100 + 35 * nth) if nth % 2 else colour.darker(100 + 30 * nth)
    return colour


def faint(colour: QColor, share: float = 0.3) -> QColor:
    """``colour`` mixed into the plot background: looks like a translucent line but is opaque,
    which is much cheaper to paint than alpha blending."""
    bg = theme_colours()[0]
    mix = [share * getattr(colour, c)() + (1 - share) * getattr(bg, c)()
           for c in ("red", "green", "blue")]
    return QColor(*[int(round(v)) for v in mix])


def pen(colour: QColor, width: float = 1, dashed: bool = False, alpha: int = 255):
    """A cosmetic pen (width in screen pixels, whatever the zoom)."""
    c = QColor(colour)
    c.setAlpha(alpha)
    p = pg.mkPen(c, width=width)
    p.setCosmetic(True)
    if dashed:
        p.setStyle(Qt.PenStyle.DashLine)
    return p


def theme_colours() -> tuple[QColor, QColor]:
    """(background, foreground) of the current application palette."""
    pal = QGuiApplication.palette()
    return pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Text)


def plot_font(presentation: bool, scale: float = 1.0) -> QFont:
    font = QFont()
    font.setPointSizeF((PRESENTATION_FONT_PT if presentation else NORMAL_FONT_PT) * scale)
    return font


def style_plot(plot_item: pg.PlotItem, presentation: bool) -> None:
    """Apply theme colours and (presentation) large fonts to a PlotItem's axes and title."""
    bg, fg = theme_colours()
    font = plot_font(presentation)
    for name in ("left", "bottom"):
        axis = plot_item.getAxis(name)
        axis.setPen(pg.mkPen(fg))
        axis.setTextPen(pg.mkPen(fg))
        axis.setTickFont(font)
        axis.label.setFont(plot_font(presentation, 1.05))
        axis.setStyle(tickTextOffset=8 if presentation else 4)
    plot_item.titleLabel.item.setFont(plot_font(presentation, 1.15))
    plot_item.titleLabel.item.setDefaultTextColor(fg)
    vb = plot_item.getViewBox()
    vb.setBackgroundColor(bg)


def title_points(presentation: bool) -> float:
    """The point size of a plot's title."""
    return PRESENTATION_FONT_PT if presentation else NORMAL_FONT_PT * 1.2  # room for curves


def set_title(plot_item: pg.PlotItem, text: str, presentation: bool) -> None:
    """A plot title in the palette's text colour (pyqtgraph's default grey is faint on a
    projector), sized for presentation mode."""
    size = title_points(presentation)
    plot_item.setTitle(text, color=theme_colours()[1].name(), size=f"{size:.0f}pt")


def fill_run_chooser(chooser, runs) -> None:
    """List ``runs`` ("#session name") in a combo box, keeping the chosen run when it is still
    there, without emitting change signals (the caller refreshes once)."""
    current = chooser.currentData()
    chooser.blockSignals(True)
    chooser.clear()
    for run in runs:
        chooser.addItem(f"#{run.session} {run.name}", run.key)
    index = chooser.findData(current)
    chooser.setCurrentIndex(index if index >= 0 else 0)
    chooser.blockSignals(False)
