"""ConvStudio desktop GUI (PySide6). Talks to the engine through its public API only."""
from gui.qt_compat import protect_none

protect_none()  # PySide6 6.12 on Python 3.11 drains None's reference count; see qt_compat
