"""Adding a panel to the main window as a dock tabbed with the analysis table."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QFrame, QScrollArea, QVBoxLayout, QWidget


def add_tabbed_dock(window, dock: QDockWidget, key: str,
                    area=Qt.DockWidgetArea.BottomDockWidgetArea) -> QDockWidget:
    """Add ``dock`` to ``window`` (movable, closable, floatable), tabbed with the analysis dock
    when there is one, and list it in ``window.docks[key]`` so View > Panels offers it."""
    dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                     | QDockWidget.DockWidgetFeature.DockWidgetClosable
                     | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
    window.addDockWidget(area, dock)
    docks = getattr(window, "docks", None)
    if isinstance(docks, dict):
        if "analysis" in docks:
            window.tabifyDockWidget(docks["analysis"], dock)
            docks["analysis"].raise_()
        docks[key] = dock
    return dock


class SqueezeLayout(QVBoxLayout):
    """A column that tells its scroll area it has no height-for-width: a resizable
    ``QScrollArea`` gives a height-for-width widget its *preferred* height for the width (a
    word-wrapped label or a flow layout anywhere inside is enough), so a dock holding one
    scrolled even when its content could shrink into the view. Without it the content takes the
    view's height and scrolls only below its minimum size."""

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return False


def dock_holder(parent: QWidget, name: str) -> QWidget:
    """An empty widget with a margin-less ``SqueezeLayout``, for ``scrolled`` in a dock."""
    holder = QWidget(parent, objectName=name)
    SqueezeLayout(holder).setContentsMargins(0, 0, 0, 0)
    return holder


def scrolled(widget: QWidget, name: str) -> QScrollArea:
    """``widget`` in a frameless, resizable scroll area: the dock's minimum size no longer
    depends on its content, so a large presentation font never makes the window larger than
    the screen; the content scrolls only when the dock is smaller than its minimum."""
    area = QScrollArea(objectName=name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area
