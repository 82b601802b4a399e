"""Fixtures for the window tests: a private settings folder and a real MainWindow.

Import the fixtures into a test module (``from tests.gui.shell_fixtures import *``).
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from gui import i18n, settings as gui_settings
from gui.files import DISCARD

__all__ = ["config_dir", "make_window", "window", "english", "korean", "click_message_box"]


@pytest.fixture
def config_dir(tmp_path):
    """Settings, recent files and recovery files live in a temporary folder."""
    folder = tmp_path / "config"
    gui_settings.use_config_dir(folder)
    yield folder
    gui_settings.use_config_dir(None)


@pytest.fixture
def english(qapp):
    i18n.install_language(qapp, "en")
    yield
    i18n.install_language(qapp, "en")


@pytest.fixture
def korean(qapp, english):
    """The window in Korean for one test (English again afterwards)."""
    assert i18n.install_language(qapp, "ko")
    yield
    i18n.install_language(qapp, "en")


@pytest.fixture
def make_window(qtbot, config_dir, english):
    """Build as many windows as a test needs; each is closed without questions afterwards."""
    from gui.main_window import MainWindow
    made = []

    def make(settings=None):
        win = MainWindow(settings or gui_settings.Settings())
        win.files.ask_save_changes = lambda: DISCARD  # teardown never blocks on a question
        win.files.ask_keep_runs = lambda running: DISCARD
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        made.append(win)
        return win

    yield make
    for win in made:
        win.files.ask_save_changes = lambda: DISCARD
        win.files.ask_keep_runs = lambda running: DISCARD
        win.close()


@pytest.fixture
def window(make_window):
    return make_window()


def click_message_box(button, delay_ms: int = 50):
    """Answer the next modal message box by pressing ``button`` (a StandardButton)."""
    def answer():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            box.button(button).click()
        else:
            QTimer.singleShot(delay_ms, answer)
    QTimer.singleShot(delay_ms, answer)
