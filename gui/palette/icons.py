"""Small painted icons for layer types: a rounded tile in the category's colour with a glyph.

Painted at run time, so adding a layer type needs no image file.
"""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from engine import layers

CATEGORY_COLORS = {
    "Input/Output": "#5b6b7f", "Convolution": "#2f6fdf", "Pooling": "#1f9d8b",
    "Normalization": "#8c5bd6", "Activation": "#e08a1e", "Regularization": "#c2497a",
    "Linear": "#3f8f3a", "Merge": "#7a7a2a", "Blocks": "#b5482f",
}

def category_color(category: str) -> QColor:
    return QColor(CATEGORY_COLORS.get(category, "#6d6d6d"))


def glyph(layer_type: str) -> str:
    """The icon's text: the layer's own glyph (``LayerSpec.palette_glyph``)."""
    return layers.get(layer_type).palette_glyph()


@lru_cache(maxsize=None)
def layer_icon(layer_type: str, category: str, size: int = 32) -> QIcon:
    """A tile with the layer's glyph; cached per type."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(category_color(category))
    rect = QRectF(1, 1, size - 2, size - 2)
    painter.drawRoundedRect(rect, size * 0.22, size * 0.22)
    text = glyph(layer_type)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(7, int(size * (0.5 if len(text) <= 2 else 0.34))))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return QIcon(pixmap)
