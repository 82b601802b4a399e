"""The layer palette dock: categories, search, drag to the canvas."""
from gui.palette.palette import LAYER_MIME, PaletteTree, PaletteWidget

__all__ = ["LAYER_MIME", "PaletteTree", "PaletteWidget"]
