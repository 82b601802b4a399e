"""Helpers for the labs' GUI tests: a labs window, and real mouse/keyboard edits of a grid."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit

from gui import i18n

__all__ = ["labs_window", "edit_cell", "set_spin", "choose", "click"]


@pytest.fixture
def labs_window(qtbot, qapp):
    from gui.labs.window import LabsWindow
    i18n.install_language(qapp, "en")
    window = LabsWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def edit_cell(qtbot, view, cell, text):
    """Double-click a cell of a GridView, type ``text`` and press Enter."""
    qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=view.cell_center(*cell))
    editor = view.findChild(QLineEdit, f"{view.objectName()}_editor")
    assert editor is not None and editor.isVisible()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def set_spin(qtbot, spin: QAbstractSpinBox, value) -> None:
    """Type a value into a spin box as a user does: select all, type, Enter."""
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), str(value))
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)


def choose(qtbot, combo, data) -> None:
    """Pick the item whose data is ``data`` with the keyboard (Up/Down on the closed combo)."""
    target = combo.findData(data)
    assert target >= 0, data
    combo.setFocus()
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
