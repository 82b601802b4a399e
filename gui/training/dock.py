"""The training panel as a dock of the main window, built the first time it is shown.

Building it lazily keeps pyqtgraph (and the device probe, which imports torch) out of the
window's start-up. The main window calls ``add_training_dock(window)`` once while assembling
its docks, ``set_presentation`` when presentation mode changes and ``shutdown`` on close.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDockWidget

from gui.widgets.docks import add_tabbed_dock, dock_holder, scrolled


class TrainingDock(QDockWidget):
    probes_updated = Signal(object)  # the panel's ProbeRecorder after each epoch

    def __init__(self, document, parent=None):
        super().__init__(QCoreApplication.translate("TrainingDock", "Training"), parent)
        self.setObjectName("dock_training")
        self.setAccessibleName(self.windowTitle())
        self.document = document
        self.panel = None
        self.presentation = False
        self._holder = dock_holder(self, "training_holder")
        # a safety net: a dock smaller than the panel scrolls instead of growing the window
        self.setWidget(scrolled(self._holder, "training_scroll"))
        self.visibilityChanged.connect(self._on_visible)
        from gui.training.keeper import RunsKeeper
        self.keeper = RunsKeeper(self)  # the runs' side of new / open / save / quit

    def _on_visible(self, visible: bool) -> None:
        if visible:
            self.ensure_panel()

    def ensure_panel(self):
        """Build the panel now (when first shown, or when a test asks)."""
        if self.panel is None:
            from gui.training.panel import TrainingPanel
            self.panel = TrainingPanel(self.document, self._holder)
            self.panel.probes_updated.connect(self.probes_updated)
            self._holder.layout().addWidget(self.panel)
            self.panel.set_presentation(self.presentation)
        return self.panel

    def set_presentation(self, on: bool) -> None:
        self.presentation = bool(on)
        if self.panel is not None:
            self.panel.set_presentation(self.presentation)

    def shutdown(self) -> bool:
        """Ask a running training to stop and wait for it (closing the window)."""
        return self.panel.shutdown() if self.panel is not None else True


def add_training_dock(window, area=Qt.DockWidgetArea.BottomDockWidgetArea) -> TrainingDock:
    """Add the training dock to ``window`` (tabbed with its analysis dock when there is one)
    and list it in ``window.docks`` so the View > Panels menu offers it."""
    return add_tabbed_dock(window, TrainingDock(window.document, window), "training", area)
