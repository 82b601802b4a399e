"""The bundled Korean font: NanumGothic (SIL Open Font License 1.1, resources/fonts/), registered
with Qt's font database at start-up and used as the application font when the language is
Korean, so a machine without a Korean font shows Hangul instead of empty boxes.
"""
from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from gui import resources

KOREAN_FONT_FILE = "NanumGothic.ttf"
_families: list[str] | None = None
_original_family: str | None = None


def korean_font_path():
    return resources.path("fonts", KOREAN_FONT_FILE)


def register_bundled_fonts() -> list[str]:
    """Add the bundled fonts to QFontDatabase once; returns their family names."""
    global _families
    if _families is None:
        from PySide6.QtGui import QFontDatabase  # its class costs 0.7 ms: not before it is used

        _families = []
        path = korean_font_path()
        if path.exists():
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                _families = list(QFontDatabase.applicationFontFamilies(font_id))
    return _families


def use_language_font(app: QApplication, language: str) -> str:
    """Korean: the bundled Korean font as the application font; other languages: the font
    the application had before. Returns the family now in use."""
    global _original_family
    font = QFont(app.font())
    if _original_family is None:
        _original_family = font.family()
    # registering the font file takes ~20 ms: a Korean window needs it for its first frame,
    # an English one registers it once built (MainWindow.finish: Hangul in a file name)
    families = register_bundled_fonts() if language == "ko" else []
    family = families[0] if families else _original_family
    if font.family() != family:
        font.setFamily(family)
        app.setFont(font)
        from gui import theme
        theme.set_base_family(family)  # presentation mode enlarges this font, not the old one
    return family
