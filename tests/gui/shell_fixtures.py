"""Fixtures for the window tests: a private settings folder and a real MainWindow.

Import the fixtures into a test module (``from tests.gui.shell_fixtures import *``).

A test may put the window's real questions back (``del window.files.ask_keep_runs``); the
windows are still closed without them afterwards: pytest-qt closes the widgets it tracks
before any fixture's teardown runs, so the answers are given in its ``before_close_func``
(a real question there would wait for a click that never comes, and the suite would hang).
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox

from gui import i18n, settings as gui_settings
from gui.files import DISCARD

__all__ = ["config_dir", "make_window", "window", "english", "korean", "click_message_box",
           "answer_file_dialog"]


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
        _answer_without_asking(win)
        qtbot.addWidget(win, before_close_func=_answer_without_asking)
        win.show()
        qtbot.waitExposed(win)
        made.append(win)
        return win

    yield make
    for win in made:
        _answer_without_asking(win)
        win.close()


def _answer_without_asking(win) -> None:
    """Closing ``win`` discards what it would ask about (teardown never blocks on a question)."""
    win.files.ask_save_changes = lambda: DISCARD
    win.files.ask_keep_runs = lambda running: DISCARD


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


def answer_file_dialog(file_name=None, seen: list | None = None, delay_ms: int = 30):
    """Answer the next file dialog opened by exec() (Save As, Open): type ``file_name`` into its
    name field and press Enter, or press Escape when ``file_name`` is None. ``seen`` collects
    the dialog's title.

    It types only once the dialog is the active window with its name field focused, as a
    person would: typed into an unfocused field, Qt selects every folder along the typed path
    in the file list, and Enter then opens the first of them (the start folder) instead of
    accepting the name; the dialog stays open and nothing answers it any more."""
    def answer():
        dialog = QApplication.activeModalWidget()
        edit = dialog.findChild(QLineEdit, "fileNameEdit") \
            if isinstance(dialog, QFileDialog) else None
        if edit is None or not edit.hasFocus():
            if edit is not None:
                dialog.activateWindow()
            QTimer.singleShot(delay_ms, answer)
            return
        if seen is not None:
            seen.append(dialog.windowTitle())
        if file_name is None:
            QTest.keyClick(dialog, Qt.Key.Key_Escape)
            return
        edit.clear()
        QTest.keyClicks(edit, str(file_name))
        QTest.keyClick(edit, Qt.Key.Key_Return)
    QTimer.singleShot(delay_ms, answer)


def training_panel(qtbot, window):
    """The window's training dock shown and in front, its panel built and its device probe and
    data preview done (what a user sees before pressing Start)."""
    dock = window.docks["training"]
    dock.show()
    dock.raise_()
    panel = dock.ensure_panel()
    qtbot.waitUntil(lambda: not panel.setup.jobs.busy and not panel.setup.data.jobs.busy,
                    timeout=60000)
    return panel
