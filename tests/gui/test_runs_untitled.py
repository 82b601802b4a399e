"""Stop and keep on an untitled network asks for a file name first; cancelling that Save As
dialog is Cancel: the run goes on and the window stays open, nothing is lost."""
import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from engine.examples import tiny_cnn
from engine.io.runs import runs_folder
from gui.training.scripted import ScriptedTrainer
from tests.gui.shell_fixtures import *  # noqa: F401,F403  (make_window, click_message_box)
from tests.gui.shell_fixtures import answer_file_dialog, click_message_box, training_panel


def test_cancelling_the_save_dialog_after_stop_and_keep_keeps_the_run_and_the_window(
        qtbot, make_window, tmp_path, monkeypatch):
    window = make_window()
    assert window.files.new_from_graph(tiny_cnn())
    assert window.document.path == ""
    panel = training_panel(qtbot, window)
    panel.job_factory = lambda g, s, c: ScriptedTrainer(runs=("adam",), epochs=100,
                                                        steps_per_epoch=10, step_delay=0.01)
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(panel.monitor.history.runs()) == 1
                    and len(panel.monitor.history.runs()[0].loss) > 5, timeout=20000)
    del window.files.ask_keep_runs  # the real question
    seen = []
    click_message_box(QMessageBox.StandardButton.Save)  # "Stop and keep"
    answer_file_dialog(None, seen)  # ... then Escape in the Save As dialog
    assert not window.close()
    assert seen == ["Save network as"]
    assert window.isVisible()
    run, = panel.monitor.history.runs()
    assert run.status == "running" and panel.worker is not None and panel.worker.isRunning()
    steps = len(run.loss)
    qtbot.waitUntil(lambda: len(run.loss) > steps, timeout=10000)  # it really goes on
    assert window.document.path == ""

    # the same question again, this time with a name typed into the dialog: kept and closed
    target = tmp_path / "untitled_net"
    click_message_box(QMessageBox.StandardButton.Save)
    answer_file_dialog(target, seen)
    assert window.close()
    assert run.status == "stopped"
    saved = tmp_path / "untitled_net.convstudio"
    assert saved.exists()
    index = json.loads((runs_folder(saved) / "runs.json").read_text())
    assert [r["name"] for r in index["runs"]] == ["adam"]
    assert len(index["runs"][0]["loss"]["y"]) == len(run.loss)
