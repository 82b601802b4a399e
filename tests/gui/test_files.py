"""Files: save and reopen identical, damaged files refused without losing the open network,
questions before discarding changes, recent files, autosave and recovery after a crash."""
from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QMessageBox

from engine.examples import tiny_cnn
from engine.io import load_project, save_project, Project
from gui.commands import SetParamCommand
from gui.files import FileController
from tests.gui.shell_fixtures import *  # noqa: F401,F403


def _edit(window, node="conv1", name="out_channels", value=12):
    window.document.undo_stack.push(SetParamCommand(window.document, node, name, value))


def test_save_and_reopen_gives_the_identical_network(make_window, tmp_path):
    first = make_window()
    first.files.new_from_graph(tiny_cnn())
    _edit(first)
    assert first.isWindowModified() and "[*]" in first.windowTitle()
    path = tmp_path / "net.convstudio"
    assert first.files.save_to(str(path))
    assert not first.isWindowModified()
    assert first.windowTitle().startswith("net.convstudio")
    second = make_window()
    assert second.files.open_path(str(path))
    assert second.document.graph == first.document.graph
    assert second.document.graph.nodes["conv1"].params["out_channels"] == 12
    assert not second.isWindowModified()
    assert second.settings.recent_files()[0] == str(path.resolve())


def test_other_sections_of_a_project_survive_open_and_save(window, tmp_path):
    path = tmp_path / "with_training.convstudio"
    save_project(Project(tiny_cnn(), {"training": {"epochs": 3}}), path)
    assert window.files.open_path(str(path))
    _edit(window)
    assert window.files.save()
    assert load_project(path).sections == {"training": {"epochs": 3}}


def test_a_damaged_file_shows_one_sentence_and_keeps_the_open_network(window, tmp_path):
    window.files.new_from_graph(tiny_cnn())
    _edit(window)
    before = window.document.graph.to_dict()
    broken = tmp_path / "broken.convstudio"
    broken.write_text('{"format": "convstudio.project", "version": 1, "network": {"nodes": 3,'
                      ' "links": []}}')
    assert not window.files.open_path(str(broken))
    box = window.files.error_box
    assert box.isVisible()
    assert "is damaged" in box.text() and "network.nodes" in box.text()
    assert "Traceback" not in box.text() and box.text().count(".") <= 3
    box.button(QMessageBox.StandardButton.Ok).click()
    assert window.document.graph.to_dict() == before
    assert window.isWindowModified()
    foreign = tmp_path / "picture.convstudio"
    foreign.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    assert not window.files.open_path(str(foreign))
    assert "not a ConvStudio project" in window.files.error_box.text()
    assert window.document.graph.to_dict() == before


def test_unsaved_changes_are_asked_about(window):
    del window.files.ask_save_changes  # the real question for this test
    window.files.new_from_graph(tiny_cnn())
    _edit(window)
    before = window.document.graph.to_dict()
    click_message_box(QMessageBox.StandardButton.Cancel)
    assert not window.files.new_empty()
    assert window.document.graph.to_dict() == before
    click_message_box(QMessageBox.StandardButton.Discard)
    assert window.files.new_empty()
    assert window.document.graph.nodes == {}
    assert not window.isWindowModified()


def test_autosave_and_recovery_after_a_crash(make_window, tmp_path):
    crashed = make_window()
    path = tmp_path / "work.convstudio"
    save_project(tiny_cnn(), path)
    crashed.files.open_path(str(path))
    crashed.files.start_autosave()
    _edit(crashed, value=24)
    recovery = crashed.files.autosave()
    assert recovery is not None and recovery.exists()
    assert json.loads(recovery.read_text())["recovery"]["path"] == str(path.resolve())
    # while the session runs its recovery file is locked, so nobody else offers it
    assert FileController.orphaned_recovery_files() == []
    crashed.files._lock.unlock()  # the process died: the lock goes with it
    crashed.files._autosave.stop()
    orphans = FileController.orphaned_recovery_files()
    assert orphans == [recovery]
    fresh = make_window()
    assert fresh.files.recover(orphans[0])
    assert fresh.document.graph.nodes["conv1"].params["out_channels"] == 24
    assert fresh.document.path == str(path.resolve())
    assert fresh.isWindowModified()  # recovered work is unsaved until the user saves it
    fresh.document.undo_stack.undo()
    assert fresh.document.graph.nodes == {}


def test_saving_removes_the_recovery_file(window, tmp_path):
    window.files.new_from_graph(tiny_cnn())
    window.files.start_autosave()
    _edit(window)
    recovery = window.files.autosave()
    assert recovery.exists()
    assert window.files.save_to(str(tmp_path / "saved.convstudio"))
    assert not recovery.exists()


def test_open_recent_menu_lists_opened_files(window, tmp_path):
    paths = []
    for name in ("a", "b"):
        p = tmp_path / f"{name}.convstudio"
        save_project(tiny_cnn(), p)
        window.files.open_path(str(p))
        paths.append(str(p.resolve()))
    window.recent_menu.aboutToShow.emit()
    texts = [a.text() for a in window.recent_menu.actions() if a.text()]
    assert texts[0].endswith(paths[1]) and texts[1].endswith(paths[0])
    _edit(window)
    window.findChild(type(window.action_map["open"]), "action_recent_1").trigger()
    assert window.document.path == paths[0]


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_a_project_file_dropped_on_the_window_opens(window, qtbot, tmp_path):
    from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication
    path = tmp_path / "dropped.convstudio"
    save_project(tiny_cnn(), path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    pos = QPoint(5, 5)
    enter = QDragEnterEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(window, QDropEvent(QPointF(pos), Qt.DropAction.CopyAction, mime,
                                              Qt.MouseButton.LeftButton,
                                              Qt.KeyboardModifier.NoModifier))
    qtbot.waitUntil(lambda: window.document.path == str(path.resolve()))
    assert window.document.graph == tiny_cnn()
