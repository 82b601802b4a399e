"""A project kept with its runs brings back, in a new window, what the run's views showed at
its end: the Evaluation tab's confusion matrix, per-class accuracy and mistakes (the images
themselves, not re-read from a data set), the gradient heatmap, and Look inside's epoch slider
over every epoch's weights."""
import json

import numpy as np
import pytest
import torch
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from engine.examples import tiny_cnn
from engine.io import save_project
from engine.io.runs import runs_folder
from tests.gui.shell_fixtures import training_panel
from tests.gui.shell_fixtures import *  # noqa: F401,F403  (make_window)


def click_tab(qtbot, tabs, page):
    bar = tabs.tabBar()
    index = tabs.indexOf(page)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentWidget() is page


def shown_evaluation(qtbot, monitor):
    """What a user reads in the Evaluation tab: counts, per-class bars, mistakes."""
    click_tab(qtbot, monitor.tabs, monitor.evaluation)
    view = monitor.evaluation
    qtbot.waitUntil(lambda: view.confusion.matrix.size > 0, timeout=5000)
    tiles = view.mistakes.tiles
    return {"summary": view.summary.text(),
            "matrix": view.confusion.matrix.tolist(),
            "counts": view.confusion.cell_texts(),
            "counts_shown": view.confusion.counts_shown,
            "labels": list(view.confusion.names),  # (abbreviated to the cell width on screen)
            "per_class": np.round(view.per_class.values, 6).tolist(),
            "captions": [t.caption for t in tiles],
            "marked": [t.marked for t in tiles],
            "pixels": [t.picture.pixmap().toImage() for t in tiles]}


def shown_heatmap(qtbot, monitor):
    click_tab(qtbot, monitor.tabs, monitor.heatmap)
    return monitor.heatmap.layers, monitor.heatmap.values.copy()


def look_inside(qtbot, window):
    dock = window.docks["inspect"]
    dock.show()
    dock.raise_()
    look = dock.ensure_panel()
    qtbot.waitUntil(lambda: look.inspector is not None and not look.jobs.busy, timeout=60000)
    return look


@pytest.mark.slow
def test_reopened_runs_show_the_evaluation_heatmap_and_every_epoch_as_at_the_end(
        qtbot, make_window, tmp_path):
    window = make_window()
    path = tmp_path / "net.convstudio"
    save_project(tiny_cnn(), path)
    assert window.files.open_path(str(path))
    panel = training_panel(qtbot, window)
    panel.setup.data.train_images.setValue(300)
    panel.setup.epochs.setValue(3)
    panel.setup.batch_size.setValue(64)
    panel.setup.optimizers.set_chosen(["adam"])
    with qtbot.waitSignal(panel.run_ended, timeout=180000):
        qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    run, = panel.monitor.history.runs()
    assert run.status == "completed" and run.last_epoch.mistakes
    before = shown_evaluation(qtbot, panel.monitor)
    assert sum(map(sum, before["matrix"])) == run.last_epoch.confusion.sum() > 0
    assert before["captions"]
    assert before["counts"] == [str(v) for row in before["matrix"] for v in row] or \
        not before["counts_shown"]  # hidden only when the cells are too small to read
    layers, norms = shown_heatmap(qtbot, panel.monitor)
    assert norms.shape == (len(layers), len(run.grad_norms)) and norms.size
    live = {c.epoch: c.weights for c in panel.job.probes.captures("adam")}
    assert sorted(live) == [1, 2, 3]

    # Ctrl+S keeps the project with its runs (the Runs tab's "keep" is ticked by default)
    QTest.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    folder = runs_folder(path)
    index = json.loads((folder / "runs.json").read_text())
    assert (index["format"], index["version"]) == ("convstudio.runs", 2)
    record, = index["runs"]
    assert record["evaluation"]["confusion"] == before["matrix"]
    assert {record["weights"], record["epoch_weights"], record["mistake_images"]} <= \
        {p.name for p in folder.iterdir()}
    assert not list(folder.glob("*.pkl")) and not list(folder.glob("*.pt"))
    assert window.close()

    again = make_window()
    assert again.files.open_path(str(path))
    monitor = again.docks["training"].panel.monitor
    after = shown_evaluation(qtbot, monitor)
    for key in ("summary", "matrix", "counts", "labels", "per_class", "captions", "marked",
                "counts_shown"):
        assert after[key] == before[key], key
    assert len(after["pixels"]) == len(before["pixels"])
    assert all(a == b for a, b in zip(after["pixels"], before["pixels"]))  # pixel for pixel
    layers_after, norms_after = shown_heatmap(qtbot, monitor)
    assert layers_after == layers and np.allclose(norms_after, norms, equal_nan=True)

    # Look inside: the epoch slider runs over the three epochs; Home goes to epoch 1's weights
    look = look_inside(qtbot, again)
    assert [look.probe_run.itemText(i) for i in range(look.probe_run.count())] == ["#1 adam"]
    assert (look.epoch.minimum(), look.epoch.maximum(), look.epoch.value()) == (0, 2, 2)
    look.epoch.setFocus()
    QTest.keyClick(look.epoch, Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: look.epoch_label.text() == "epoch 1", timeout=5000)
    qtbot.waitUntil(lambda: not look.jobs.busy and "epoch 1" in look.weights_label.text(),
                    timeout=30000)
    state = look.inspector.module.state_dict()
    shared = [k for k in live[1] if k in state]
    assert shared
    assert all(torch.equal(state[k].cpu(), live[1][k]) for k in shared)
    assert not all(torch.equal(live[1][k], live[3][k]) for k in shared)  # epochs do differ
