"""The inspection panel as a dock of the main window, built the first time it is shown (so
pyqtgraph and torch stay out of start-up). The window calls ``add_inspect_dock(window)``."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget

from gui.widgets.docks import add_tabbed_dock, dock_holder, scrolled


class InspectDock(QDockWidget):
    def __init__(self, document, parent=None):
        super().__init__(QCoreApplication.translate("InspectDock", "Look inside"), parent)
        self.setObjectName("dock_inspect")
        self.setAccessibleName(self.windowTitle())
        self.document = document
        self.panel = None
        self._holder = dock_holder(self, "inspect_holder")
        # a safety net: a dock smaller than the panel scrolls instead of growing the window
        self.setWidget(scrolled(self._holder, "inspect_scroll"))
        self.visibilityChanged.connect(lambda visible: visible and self.ensure_panel())

    def ensure_panel(self):
        """Build the panel (and the network on the canvas) now."""
        if self.panel is None:
            from gui.inspect.panel import InspectPanel
            self.panel = InspectPanel(self.document, self._holder)
            self._holder.layout().addWidget(self.panel)
            if self.document is not None and self.document.graph.nodes:
                self.panel.rebuild()
        return self.panel


def add_inspect_dock(window, area=Qt.DockWidgetArea.BottomDockWidgetArea) -> InspectDock:
    """Add the dock to ``window``, tabbed with its analysis dock, listed in ``window.docks``."""
    return add_tabbed_dock(window, InspectDock(window.document, window), "inspect", area)
