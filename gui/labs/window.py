"""The Labs window: a top-level window with one tab per lab of the catalogue.

Tabs are built the first time they are shown. Most labs need PyTorch, whose first import takes
seconds: the window shows at once with "Loading PyTorch…" on the tab, imports torch on a
background thread and builds the tab when it is loaded. The window follows the
main window's presentation mode (the application font grows; ``set_presentation`` is passed on
to the labs so that painted grids grow too), fits a 1280x720 projector, and ``shutdown`` stops
every lab's timers and background work (the main window calls it when it closes).
"""
from __future__ import annotations

import sys
import threading

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from gui.labs.catalogue import LabEntry, available_labs

MAX_SIZE = (1500, 900)   # a comfortable size on a large screen
SCREEN_SHARE = 0.94      # never larger than this share of the available screen
SMALL_SCREEN = 1500      # narrower screens (1280x720 projectors) get the whole screen


def tr(text: str) -> str:
    return QCoreApplication.translate("LabsWindow", text)


def load_torch() -> None:
    """Import torch under the window's one import lock (two threads importing torch at once
    can deadlock), then the part the labs use."""
    from gui.workers import import_torch_once
    import_torch_once()
    import torch.nn.functional  # noqa: F401 - the import is the work


class TorchLoader(QObject):
    """Imports torch on a background thread once; ``loaded`` arrives on the GUI thread."""
    loaded = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.thread: threading.Thread | None = None

    @staticmethod
    def ready() -> bool:
        return "torch.nn.functional" in sys.modules

    def start(self) -> None:
        if self.thread is None:
            self.thread = threading.Thread(target=self._load, name="labs-torch-import",
                                           daemon=True)
            self.thread.start()

    def _load(self) -> None:
        load_torch()
        self.loaded.emit()

    def wait(self, seconds: float = 30.0) -> None:
        if self.thread is not None:
            self.thread.join(seconds)


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
        self.torch_loader = TorchLoader(self)
        self.torch_loader.loaded.connect(self._on_torch_loaded)
        self.setCentralWidget(self.tabs)
        self._fit_screen()

    # ------------------------------------------------------------ tabs
    def keys(self) -> list[str]:
        return [entry.key for entry in self.entries]

    def lab(self, key: str) -> QWidget:
        """The lab widget of ``key``, built now if its tab was never shown."""
        if key not in self.labs:
            entry = next(e for e in self.entries if e.key == key)
            if entry.needs_torch and not self.torch_loader.ready():
                load_torch()  # here and now: the caller needs the lab at once
            widget = entry.factory()(self)
            widget.setParent(self._pages[key])
            self._pages[key].layout().addWidget(widget)
            widget.show()  # reparenting hid it; shown with its page
            self._remove_loading_note(self._pages[key])
            self.labs[key] = widget
            if hasattr(widget, "set_presentation"):
                widget.set_presentation(self.presentation)
        return self.labs[key]

    def show_lab(self, key: str | None = None) -> QWidget | None:
        """Show the window with the tab ``key`` (the current one when None) in front; returns
        its lab, or None while PyTorch is still loading (the tab is built when it is)."""
        keys = self.keys()
        if key is not None and key not in keys:
            raise KeyError(key)
        if key is not None:
            self.tabs.setCurrentIndex(keys.index(key))
        widget = self._lab_when_ready(keys[self.tabs.currentIndex()]) if keys else None
        self.show()
        self.raise_()
        self.activateWindow()
        return widget

    def _lab_when_ready(self, key: str) -> QWidget | None:
        """The lab now if it can be built without waiting for PyTorch, else None and a
        "Loading PyTorch…" note on its page until the background import is done."""
        entry = next(e for e in self.entries if e.key == key)
        if key in self.labs or not entry.needs_torch or self.torch_loader.ready():
            return self.lab(key)
        page = self._pages[key]
        if page.findChild(QLabel, "labs_loading") is None:
            note = QLabel(tr("Loading PyTorch…"), page)
            note.setObjectName("labs_loading")
            note.setAlignment(Qt.AlignmentFlag.AlignCenter)
            page.layout().addWidget(note)
        self.torch_loader.start()
        return None

    @staticmethod
    def _remove_loading_note(page: QWidget) -> None:
        note = page.findChild(QLabel, "labs_loading")
        if note is not None:
            note.setObjectName("")  # findChild no longer sees it before it is deleted
            note.hide()
            note.deleteLater()

    def _on_torch_loaded(self) -> None:
        for page in self._pages.values():
            self._remove_loading_note(page)
        key = self.current_key()
        if key is not None and self.isVisible():
            self.lab(key)

    def current_key(self) -> str | None:
        index = self.tabs.currentIndex()
        return self.keys()[index] if index >= 0 else None

    def _on_tab_changed(self, index: int) -> None:
        if 0 <= index < len(self.entries):
            self._lab_when_ready(self.entries[index].key)

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
        share = 1.0 if area.width() < SMALL_SCREEN else SCREEN_SHARE  # a projector: all of it
        self.resize(min(MAX_SIZE[0], int(area.width() * share)),
                    min(MAX_SIZE[1], int(area.height() * share)))
        self.move(area.topLeft() if share == 1.0 else area.center() - self.rect().center())

    # ------------------------------------------------------------ closing
    def shutdown(self) -> None:
        """Stop every lab's timers and background work (safe to call more than once)."""
        self.torch_loader.wait()
        for widget in self.labs.values():
            if hasattr(widget, "shutdown"):
                widget.shutdown()

    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)
