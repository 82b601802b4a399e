"""The Labs window: a top-level window with one tab per lab of the catalogue.

Tabs are built the first time they are shown (a lab may import torch). The window follows the
main window's presentation mode (the application font grows; ``set_presentation`` is passed on
to the labs so that painted grids grow too), fits a 1280x720 projector, and ``shutdown`` stops
every lab's timers and background work (the main window calls it when it closes).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QTabWidget, QVBoxLayout, QWidget

from gui.labs.catalogue import LabEntry, available_labs

MAX_SIZE = (1500, 900)   # a comfortable size on a large screen
SCREEN_SHARE = 0.94      # never larger than this share of the available screen


def tr(text: str) -> str:
    return QCoreApplication.translate("LabsWindow", text)


class LabsWindow(QMainWindow):
    """``tabs`` (objectName "labs_tabs") holds one page per lab; ``show_lab(key)`` opens one."""

    def __init__(self, main_window=None, parent: QWidget | None = None):
        super().__init__(parent if parent is not None else main_window, Qt.WindowType.Window)
        self.setObjectName("labs_window")
        self.setWindowTitle(tr("Labs — ConvStudio"))
        self.setAccessibleName(tr("Labs"))
        self.main_window = main_window
        self.presentation = False
        self.entries: list[LabEntry] = available_labs()
        self.labs: dict[str, QWidget] = {}
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("labs_tabs")
        self.tabs.setDocumentMode(True)
        self._pages: dict[str, QWidget] = {}
        for entry in self.entries:
            page = QWidget(self.tabs)
            page.setObjectName(entry.object_name)
            page.setAccessibleName(entry.title())
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            self._pages[entry.key] = page
            self.tabs.addTab(page, entry.title())
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.setCentralWidget(self.tabs)
        self._fit_screen()

    # ------------------------------------------------------------ tabs
    def keys(self) -> list[str]:
        return [entry.key for entry in self.entries]

    def lab(self, key: str) -> QWidget:
        """The lab widget of ``key``, built now if its tab was never shown."""
        if key not in self.labs:
            entry = next(e for e in self.entries if e.key == key)
            widget = entry.factory()(self)
            widget.setParent(self._pages[key])
            self._pages[key].layout().addWidget(widget)
            widget.show()  # reparenting hid it; shown with its page
            self.labs[key] = widget
            if hasattr(widget, "set_presentation"):
                widget.set_presentation(self.presentation)
        return self.labs[key]

    def show_lab(self, key: str | None = None) -> QWidget | None:
        """Show the window with the tab ``key`` (the current one when None) in front."""
        keys = self.keys()
        if key is not None and key not in keys:
            raise KeyError(key)
        if key is not None:
            self.tabs.setCurrentIndex(keys.index(key))
        widget = self.lab(keys[self.tabs.currentIndex()]) if keys else None
        self.show()
        self.raise_()
        self.activateWindow()
        return widget

    def current_key(self) -> str | None:
        index = self.tabs.currentIndex()
        return self.keys()[index] if index >= 0 else None

    def _on_tab_changed(self, index: int) -> None:
        if 0 <= index < len(self.entries):
            self.lab(self.entries[index].key)

    # ------------------------------------------------------------ presentation and size
    def set_presentation(self, on: bool) -> None:
        self.presentation = bool(on)
        for widget in self.labs.values():
            if hasattr(widget, "set_presentation"):
                widget.set_presentation(self.presentation)

    def _fit_screen(self) -> None:
        screen = (self.main_window.screen() if self.main_window is not None
                  else QGuiApplication.primaryScreen())
        if screen is None:
            self.resize(*MAX_SIZE)
            return
        area = screen.availableGeometry()
        self.resize(min(MAX_SIZE[0], int(area.width() * SCREEN_SHARE)),
                    min(MAX_SIZE[1], int(area.height() * SCREEN_SHARE)))

    # ------------------------------------------------------------ closing
    def shutdown(self) -> None:
        """Stop every lab's timers and background work (safe to call more than once)."""
        for widget in self.labs.values():
            if hasattr(widget, "shutdown"):
                widget.shutdown()

    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)
