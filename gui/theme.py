"""Light and dark themes (following the system unless forced) and the presentation font size.

The Fusion style with an explicit palette looks the same on every platform; views that paint
themselves (the canvas) read the application palette.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

PRESENTATION_SCALE = 1.5
_base_font: QFont | None = None


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def is_dark(choice: str) -> bool:
    return choice == "dark" or (choice not in ("light", "dark") and system_is_dark())


# Fusion's standard palette (Qt 6), written out so that a light window need not build Python's
# wrapper of QStyle before its first frame (about 9 ms); tests/gui/test_window.py checks it
# against ``app.style().standardPalette()``.
LIGHT = {"WindowText": "#000000", "Button": "#efefef", "Light": "#ffffff", "Midlight": "#cacaca",
         "Dark": "#9f9f9f", "Mid": "#b8b8b8", "Text": "#000000", "BrightText": "#ffffff",
         "ButtonText": "#000000", "Base": "#ffffff", "Window": "#efefef", "Shadow": "#767676",
         "Highlight": "#308cc6", "HighlightedText": "#ffffff", "Link": "#0000ff",
         "LinkVisited": "#ff00ff", "AlternateBase": "#f7f7f7", "ToolTipBase": "#ffffdc",
         "ToolTipText": "#000000", "PlaceholderText": "#80000000", "Accent": "#308cc6"}
LIGHT_DISABLED = {"WindowText": "#bebebe", "Dark": "#bebebe", "Text": "#bebebe",
                  "ButtonText": "#bebebe", "Base": "#efefef", "Shadow": "#b1b1b1",
                  "Highlight": "#919191", "Accent": "#919191"}


def light_palette() -> QPalette:
    p = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    for name, color in LIGHT.items():
        r = getattr(role, name, None)  # Accent is new in Qt 6.6
        if r is not None:
            p.setColor(r, QColor.fromString(color))
    for name, color in LIGHT_DISABLED.items():
        r = getattr(role, name, None)
        if r is not None:
            p.setColor(group.Disabled, r, QColor.fromString(color))
    return p


def dark_palette() -> QPalette:
    p = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    colors = {role.Window: "#2b2d31", role.WindowText: "#e6e6e6", role.Base: "#1f2023",
              role.AlternateBase: "#2a2b2f", role.ToolTipBase: "#3a3c42",
              role.ToolTipText: "#f0f0f0", role.Text: "#e6e6e6", role.Button: "#34363c",
              role.ButtonText: "#e6e6e6", role.BrightText: "#ff6b6b", role.Link: "#6ea8fe",
              role.Highlight: "#3d6fd6", role.HighlightedText: "#ffffff",
              role.PlaceholderText: "#8a8d93", role.Mid: "#44464c", role.Dark: "#18191b",
              role.Light: "#4a4c52", role.Midlight: "#3c3e44", role.Shadow: "#000000"}
    for r, c in colors.items():
        p.setColor(r, QColor(c))
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(group.Disabled, r, QColor("#7a7c82"))
    return p


def mark_fusion(app: QApplication) -> None:
    """``app`` was created with ``-style fusion``: apply_theme need not set the style."""
    app.setProperty("convstudio_fusion", True)


def apply_theme(app: QApplication, choice: str = "system") -> bool:
    """Apply 'light', 'dark' or 'system'; returns True when the result is dark."""
    if not app.property("convstudio_fusion"):
        app.setStyle("Fusion")  # returns the style: Python builds QStyle's class (9 ms)
        mark_fusion(app)
    dark = is_dark(choice)
    app.setPalette(dark_palette() if dark else light_palette())
    app.setProperty("convstudio_theme", choice)
    app.setProperty("convstudio_dark", dark)
    return dark


def follow_system(app: QApplication) -> None:
    """Re-apply the theme when the system switches between light and dark."""
    def changed(_scheme) -> None:
        if app.property("convstudio_theme") in (None, "system"):
            apply_theme(app, "system")
    QGuiApplication.styleHints().colorSchemeChanged.connect(changed)


def set_base_family(family: str) -> None:
    """The language chose another font family (Korean): presentation mode keeps it."""
    if _base_font is not None:
        _base_font.setFamily(family)


def apply_presentation(app: QApplication, enabled: bool) -> None:
    """Enlarge (or restore) the application font for projectors."""
    global _base_font
    if _base_font is None:
        _base_font = QFont(app.font())
    font = QFont(_base_font)
    if enabled:
        size = _base_font.pointSizeF()
        if size > 0:
            font.setPointSizeF(size * PRESENTATION_SCALE)
        else:
            font.setPixelSize(int(_base_font.pixelSize() * PRESENTATION_SCALE))
    app.setFont(font)
