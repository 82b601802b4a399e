"""A real LabsWindow for the optimizer, vanishing-gradient and batch-norm lab tests; every
lab's work is stopped when the test ends."""
from __future__ import annotations

import pytest

from gui import i18n

__all__ = ["labs_window", "edit_spin"]


@pytest.fixture
def labs_window(qtbot, qapp):
    from gui.labs.window import LabsWindow

    i18n.install_language(qapp, "en")
    window = LabsWindow()
    qtbot.addWidget(window)
    yield window
    window.shutdown()
    i18n.install_language(qapp, "en")


def edit_spin(qtbot, spin, text: str) -> None:
    """Type a new value into a spin box as a user does: select all, type, Enter."""
    from PySide6.QtCore import Qt

    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), text)
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
