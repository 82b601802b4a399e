"""ConvStudio desktop GUI (PySide6). Talks to the engine through its public API only."""
from gui.pyside_setup import skip_source_scan

skip_source_scan()  # before the window's modules load (gui/pyside_setup.py says why)
