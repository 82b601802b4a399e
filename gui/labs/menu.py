"""The main window's Labs menu: "Open labs" and one action per lab (two clicks from launch)."""
from __future__ import annotations

from PySide6.QtGui import QAction

from gui.labs.catalogue import available_labs


def fill_labs_menu(window, menu) -> None:
    """Add ``window.action_map["labs"]`` and an ``action_lab_<key>`` per lab to ``menu``; each
    opens the labs window on its tab through ``window.open_labs(key)``."""
    menu.addAction(window.action_map["labs"])
    menu.addSeparator()
    for entry in available_labs():
        action = QAction(entry.title(), window)
        action.setObjectName(f"action_lab_{entry.key}")
        action.setIconText(entry.title())
        action.triggered.connect(lambda _=False, key=entry.key: window.open_labs(key))
        window.action_map[f"lab_{entry.key}"] = action
        menu.addAction(action)
