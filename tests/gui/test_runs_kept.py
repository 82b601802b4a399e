"""Trained work is never lost: quitting or opening another network while a run goes (or with
runs not kept yet) asks one question; a saved project keeps its runs beside it and reopening
it brings them back to Runs, the curves and Look inside; any run's weights can be saved."""
import json

import pytest
import torch
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from safetensors import safe_open
from safetensors.torch import load_file

from engine.examples import tiny_cnn
from engine.io import load_project, save_project
from engine.io.runs import runs_folder
from gui.training.scripted import ScriptedTrainer
from tests.gui.shell_fixtures import *  # noqa: F401,F403  (make_window, click_message_box)
from tests.gui.shell_fixtures import click_message_box, training_panel


def open_project(window, path):
    save_project(tiny_cnn(), path)
    assert window.files.open_path(str(path))


def start_long_scripted_run(qtbot, panel):
    panel.job_factory = lambda g, s, c: ScriptedTrainer(runs=("adam", "sgd"), epochs=100,
                                                        steps_per_epoch=10, step_delay=0.01)
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(panel.monitor.history.runs()) == 2
                    and len(panel.monitor.history.runs()[0].loss) > 12, timeout=20000)


def test_quitting_during_a_run_asks_once_and_stop_and_keep_saves_the_runs(qtbot, make_window,
                                                                          tmp_path):
    window = make_window()
    path = tmp_path / "net.convstudio"
    open_project(window, path)
    panel = training_panel(qtbot, window)
    start_long_scripted_run(qtbot, panel)
    del window.files.ask_keep_runs  # the real question from here on
    asked = []
    window.files.error_shown.connect(asked.append)
    click_message_box(QMessageBox.StandardButton.Cancel)
    assert not window.close()  # Cancel: the window stays and the run goes on
    assert window.isVisible() and panel.worker is not None and panel.worker.isRunning()
    click_message_box(QMessageBox.StandardButton.Save)  # "Stop and keep"
    assert window.close()
    assert asked == []
    runs = panel.monitor.history.runs()
    assert [r.status for r in runs] == ["stopped", "stopped"]
    folder = runs_folder(path)
    index = json.loads((folder / "runs.json").read_text())
    assert index["format"] == "convstudio.runs" and index["version"] == 2
    assert [r["name"] for r in index["runs"]] == ["adam", "sgd"]
    assert [len(r["loss"]["y"]) for r in index["runs"]] == [len(r.loss) for r in runs]
    section = load_project(path).sections["runs"]
    assert section == {"folder": "net.runs", "count": 2}
    for record, run in zip(index["runs"], runs):
        saved = load_file(str(folder / record["weights"]))
        assert torch.equal(saved["fc.weight"], run.weights["fc.weight"])


def test_the_question_names_buttons_in_words_and_discard_forgets_the_runs(qtbot, make_window,
                                                                          tmp_path):
    window = make_window()
    open_project(window, tmp_path / "a.convstudio")
    panel = training_panel(qtbot, window)
    start_long_scripted_run(qtbot, panel)
    del window.files.ask_keep_runs
    seen = {}

    def look_and_discard():
        from PySide6.QtWidgets import QApplication
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            return qtbot.wait(20) or look_and_discard()
        seen["name"] = box.objectName()
        seen["text"] = box.text()
        seen["buttons"] = [box.button(b).text() for b in (
            QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Cancel)]
        box.button(QMessageBox.StandardButton.Discard).click()

    from PySide6.QtCore import QTimer
    QTimer.singleShot(50, look_and_discard)
    other = tmp_path / "b.convstudio"
    save_project(tiny_cnn(), other)
    assert window.files.open_path(str(other))  # opening another network asks the same
    assert seen["name"] == "ask_keep_runs"
    assert seen["text"] == ("A training run is still going. Stop it and keep the trained runs "
                            "with the project?")
    assert seen["buttons"][:2] == ["Stop and keep", "Stop and discard"]
    qtbot.waitUntil(lambda: panel.worker is None, timeout=5000)
    assert panel.monitor.history.runs() == []
    assert not runs_folder(tmp_path / "a.convstudio").exists()


@pytest.mark.slow
def test_a_saved_project_brings_back_its_runs_curves_and_look_inside(qtbot, make_window,
                                                                     tmp_path, monkeypatch):
    window = make_window()
    path = tmp_path / "net.convstudio"
    open_project(window, path)
    panel = training_panel(qtbot, window)
    panel.setup.data.train_images.setValue(300)
    panel.setup.epochs.setValue(2)
    panel.setup.batch_size.setValue(64)
    panel.setup.optimizers.set_chosen(["adam"])
    with qtbot.waitSignal(panel.run_ended, timeout=120000):
        qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    run = panel.monitor.history.runs()[0]
    assert run.status == "completed" and run.weights is not None
    # Save weights... from the Runs tab: the best epoch's weights with their metadata
    panel.monitor.tabs.setCurrentWidget(panel.monitor.runs_view)
    view = panel.monitor.runs_view
    view.tree.setCurrentItem(view.item_for(run.key))
    assert view.save_button.isEnabled()
    chosen = tmp_path / "best.safetensors"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), ""))
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    saved = load_file(str(chosen))
    assert all(torch.equal(saved[k], v) for k, v in run.weights.items())
    with safe_open(str(chosen), framework="pt") as f:
        meta = f.metadata()
    assert json.loads(meta["classes"])[:2] == ["circle", "square"] and "mean" in meta
    # the quit question offers to keep them; Keep saves the project with its runs
    window.files.ask_keep_runs = lambda running: "keep"
    assert window.close()
    loss_x, loss_y = run.loss.x.copy(), run.loss.y.copy()
    val_acc = run.epochs["val_acc"].y.copy()

    again = make_window()
    assert again.files.open_path(str(path))
    restored_panel = again.docks["training"].panel
    assert restored_panel is not None
    restored, = restored_panel.monitor.history.runs()
    assert (restored.name, restored.status, restored.session) == ("adam", "completed", 1)
    assert list(restored.loss.x) == list(loss_x) and list(restored.loss.y) == list(loss_y)
    assert list(restored.epochs["val_acc"].y) == list(val_acc)
    restored_panel.monitor.curves.redraw()
    x, y = restored_panel.monitor.curves.curve_data(restored.key)
    assert len(x) == len(loss_x)
    table = restored_panel.monitor.runs_view.tree
    assert table.topLevelItemCount() == 1 and table.topLevelItem(0).text(7) == "finished"
    # Look inside offers the restored run and shows its weights
    inspect = again.docks["inspect"]
    inspect.show()
    inspect.raise_()
    look = inspect.ensure_panel()
    qtbot.waitUntil(lambda: look.inspector is not None and not look.jobs.busy, timeout=60000)
    qtbot.waitUntil(lambda: not look.jobs.busy, timeout=60000)
    assert look.probe_bar.isVisibleTo(look)
    assert [look.probe_run.itemText(i) for i in range(look.probe_run.count())] == ["#1 adam"]
    state = look.inspector.module.state_dict()
    best = load_file(restored.weights_path)
    assert any(k in state for k in best)
    assert all(torch.equal(state[k].cpu(), best[k]) for k in best if k in state)
