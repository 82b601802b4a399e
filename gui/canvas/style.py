"""How the canvas looks: sizes (normal and presentation), fonts, and colours that follow the
application palette (light or dark) with one accent colour per layer category.

One ``CanvasStyle`` object is shared by every item of a scene; items read it when they paint,
so switching theme or presentation mode is a restyle, not a rebuild of the model.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

# accent per engine layer category (engine.layers.CATEGORIES); readable on light and dark
CATEGORY_COLORS = {
    "Input/Output": "#5b7083",
    "Convolution": "#2f7bd8",
    "Pooling": "#1f9e89",
    "Normalization": "#8e5bd1",
    "Activation": "#e0811f",
    "Regularization": "#8a8f98",
    "Linear": "#d1495b",
    "Merge": "#c9a227",
    "Blocks": "#4a55c2",
}
ERROR_COLOR = QColor("#d93025")
WARNING_COLOR = QColor("#f2a900")
LEGAL_COLOR = QColor("#2e9d4f")


@dataclass
class Metrics:
    """Sizes in scene units; ``spread`` maps model positions to scene positions."""

    width: float = 172.0
    height: float = 50.0
    radius: float = 9.0
    port: float = 5.5
    title_pt: float = 9.5
    detail_pt: float = 8.5
    link_pt: float = 7.5
    link_width: float = 1.6
    spread: float = 1.0

    @classmethod
    def presentation(cls) -> "Metrics":
        """Bigger cards, fonts and lines for a projector; positions spread to match."""
        return cls(width=236.0, height=70.0, radius=12.0, port=7.5, title_pt=14.0,
                   detail_pt=12.5, link_pt=11.0, link_width=2.6, spread=1.38)


class CanvasStyle:
    """Colours, fonts and metrics for one scene."""

    def __init__(self, presentation: bool = False, palette: QPalette | None = None):
        self.presentation = presentation
        self.m = Metrics.presentation() if presentation else Metrics()
        self.refresh(palette)

    def refresh(self, palette: QPalette | None = None) -> None:
        """Re-read the application palette (called when the theme changes)."""
        pal = palette or QApplication.palette()
        self.base = pal.color(QPalette.ColorRole.Base)
        self.text = pal.color(QPalette.ColorRole.Text)
        self.window = pal.color(QPalette.ColorRole.Window)
        self.highlight = pal.color(QPalette.ColorRole.Highlight)
        self.dark = self.window.lightnessF() < 0.5
        self.background = self.window.darker(115) if self.dark else self.window.lighter(103)
        self.grid = mix(self.background, self.text, 0.07)
        self.muted = mix(self.base, self.text, 0.6)
        self.link = mix(self.background, self.text, 0.55)
        self.card = self.base.lighter(125) if self.dark else self.base
        self.title_font = _font(self.m.title_pt, bold=True)
        self.detail_font = _font(self.m.detail_pt)
        self.link_font = _font(self.m.link_pt)
        self.block_font = _font(self.m.detail_pt, bold=True)
        self.title_metrics = QFontMetricsF(self.title_font)
        self.detail_metrics = QFontMetricsF(self.detail_font)
        self.link_metrics = QFontMetricsF(self.link_font)
        self._label_widths: dict[str, float] = {}

    def label_width(self, text: str) -> float:
        """The width of a link label (a network has a few dozen distinct shapes)."""
        width = self._label_widths.get(text)
        if width is None:
            width = self._label_widths[text] = self.link_metrics.horizontalAdvance(text)
        return width

    def accent(self, category: str) -> QColor:
        return QColor(CATEGORY_COLORS.get(category, "#777777"))

    def card_fill(self, category: str) -> QColor:
        """The card body: the base colour lightly tinted with the category accent."""
        return mix(self.card, self.accent(category), 0.16 if self.dark else 0.09)


def mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * t,
                           a.greenF() + (b.greenF() - a.greenF()) * t,
                           a.blueF() + (b.blueF() - a.blueF()) * t, 1.0)


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont(QApplication.font())
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def background_brush(style: CanvasStyle) -> QBrush:
    """A quiet dot grid, as a tiled pixmap (cheap to paint, cached by the view)."""
    step = 24
    tile = QPixmap(step, step)
    tile.fill(style.background)
    painter = QPainter(tile)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(style.grid.lighter(130) if style.dark else style.grid.darker(115))
    painter.drawEllipse(QPointF(step / 2, step / 2), 1.1, 1.1)
    painter.end()
    return QBrush(tile)
