"""Recovery after a crash: every recovery file is offered with its name, time and size; the one
chosen is recovered, the others stay until discarded; autosave failures are said, once."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from engine.examples import alexnet_table, tiny_cnn
from engine.io import Project, save_project
from gui.files import FileController
from gui.settings import recovery_dir
from tests.gui.shell_fixtures import *  # noqa: F401,F403


def _crashed_session(name: str, graph, original: str, saved_at: str):
    graph.name = name
    path = recovery_dir() / f"session-{abs(hash(name)) % 10**6}-1{'.convstudio'}"
    save_project(Project(graph, {"recovery": {"path": original, "saved_at": saved_at}}), path)
    return path


def _answer_recovery(qtbot, act):
    """Drive the recovery dialog when it opens: ``act(dialog)`` clicks its real buttons."""
    seen = []

    def step():
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "recovery_dialog":
            QTimer.singleShot(30, step)
            return
        seen.append([dialog.files.item(i).text() for i in range(dialog.files.count())])
        act(dialog)
    QTimer.singleShot(30, step)
    return seen


def _click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_every_recovery_file_is_offered_and_the_rest_are_kept(make_window, qtbot, monkeypatch,
                                                             tmp_path):
    monkeypatch.setenv("CONVSTUDIO_NO_AUTOSAVE_PROMPT", "0")
    older = _crashed_session("older work", tiny_cnn(), str(tmp_path / "a.convstudio"),
                             "2026-11-30 09:15")
    newer = _crashed_session("newer work", alexnet_table(), "", "2026-12-01 18:40")
    window = make_window()

    def choose_older(dialog):
        item = next(dialog.files.item(i) for i in range(dialog.files.count())
                    if "older work" in dialog.files.item(i).text())
        rect = dialog.files.visualItemRect(item)
        qtbot.mouseClick(dialog.files.viewport(), Qt.MouseButton.LeftButton,
                         pos=rect.center())
        _click(qtbot, dialog.recover_button)
    seen = _answer_recovery(qtbot, choose_older)
    assert window.files.offer_recovery()
    lines = seen[0]
    assert len(lines) == 2 and lines[0].startswith("newer work (never saved)")
    assert "2026-12-01 18:40" in lines[0] and "layers" in lines[0]
    assert lines[1].startswith("older work (a.convstudio) — saved 2026-11-30 09:15")
    assert f"{len(tiny_cnn().nodes)} layers" in lines[1]
    assert window.document.graph.name == "older work" and window.isWindowModified()
    # the chosen file now lives on as this session's own recovery file; the other is kept
    assert not older.exists() and newer.exists()
    window.files._lock.unlock()
    assert newer in FileController.orphaned_recovery_files()

    # a later start: "Decide later" keeps it, "Discard" deletes exactly what was selected
    second = make_window()
    _answer_recovery(qtbot, lambda d: _click(qtbot, d.later_button))
    assert not second.files.offer_recovery() and newer.exists()

    def discard_newer(dialog):
        for i in range(dialog.files.count()):
            item = dialog.files.item(i)
            item.setSelected("newer work" in item.text())
        _click(qtbot, dialog.discard_button)
        if dialog.isVisible():
            _click(qtbot, dialog.later_button)
    _answer_recovery(qtbot, discard_newer)
    assert not second.files.offer_recovery()
    assert not newer.exists()


def test_a_failing_autosave_says_so_once(window):
    window.files.new_from_graph(tiny_cnn())
    window.document.graph.rename("conv1", "conv\ud800")  # text no file can hold
    from gui.commands import SetParamCommand
    window.document.undo_stack.push(SetParamCommand(window.document, "conv1", "out_channels", 9))
    assert window.files.autosave() is None
    box = window.files.error_box
    assert box is not None and box.isVisible() and "not protected" in box.text()
    assert "not valid Unicode" in box.text() and "\n" not in box.text()
    box.button(QMessageBox.StandardButton.Ok).click()
    window.files.error_box = None
    assert window.files.autosave() is None and window.files.error_box is None  # said once
