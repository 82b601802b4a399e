"""Adding a panel to the main window as a dock tabbed with the analysis table."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QFrame, QScrollArea, QWidget


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


def scrolled(widget: QWidget, name: str) -> QScrollArea:
    """``widget`` in a frameless, resizable scroll area: the dock's minimum size no longer
    depends on its content, so a large presentation font never makes the window larger than
    the screen; the content scrolls only when the dock is smaller than its minimum."""
    area = QScrollArea(objectName=name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area
