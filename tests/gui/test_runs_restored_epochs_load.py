"""Look inside over a restored run: each epoch's weights are read from the runs folder by a
worker (gui/workers.py), not on the GUI thread; the maps follow once they are in, and a damaged
file leaves Look inside as it was."""
import threading

import numpy as np
import torch
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from engine.build import build_module
from engine.examples import tiny_cnn
from engine.inspect.inspector import Inspector
from engine.io import save_project
from engine.io.project import Project
from engine.io.runs import RunToKeep, load_runs, save_runs
from tests.gui.shell_fixtures import *  # noqa: F401,F403  (make_window)
from tests.gui.test_runs_restored_views import look_inside


def _epoch_states() -> dict:
    states = {}
    for epoch in (1, 2, 3):
        torch.manual_seed(epoch)
        states[epoch] = build_module(tiny_cnn()).state_dict()
    return states


def _kept_project(tmp_path, states):
    path = tmp_path / "net.convstudio"
    record = {"name": "adam", "session": 1, "status": "completed", "best_epoch": 3}
    folder = save_runs(path, [RunToKeep(record, states[3], {}, states)])
    save_project(Project(tiny_cnn(), sections={"runs": {"folder": folder.name, "count": 1}}),
                 path)
    return path


def _maps_with(states, epoch, look):
    """The feature maps Look inside should show for ``epoch``: an inspector of our own."""
    insp = Inspector(tiny_cnn(), weights=states[epoch],
                     normalize=look.inspector.normalize)
    return insp.activations(look.image[None], look.current_layer()).values[0]


def test_a_restored_epoch_loads_in_the_background_and_a_damaged_file_changes_nothing(
        qtbot, make_window, tmp_path, monkeypatch):
    import gui.training.keeper as keeper
    readers = []  # the thread each epoch's weights are read in (the real reader, recorded)
    real = keeper.load_epoch_weights

    def reading(path, epoch):
        readers.append(threading.current_thread() is threading.main_thread())
        return real(path, epoch)
    monkeypatch.setattr(keeper, "load_epoch_weights", reading)
    states = _epoch_states()
    path = _kept_project(tmp_path, states)
    window = make_window()
    assert window.files.open_path(str(path))
    look = look_inside(qtbot, window)
    assert [look.probe_run.itemText(i) for i in range(look.probe_run.count())] == ["#1 adam"]
    assert (look.epoch.minimum(), look.epoch.maximum()) == (0, 2)
    qtbot.waitUntil(lambda: "epoch 3" in look.weights_label.text() and not look.jobs.busy,
                    timeout=30000)
    qtbot.waitUntil(lambda: look.features.values is not None and np.allclose(
        look.features.values, _maps_with(states, 3, look), atol=1e-5), timeout=30000)
    first = look.probes.captures("#1 adam")[0]
    assert first._weights is None  # filling the slider read no epoch's weights

    look.epoch.setFocus()
    QTest.keyClick(look.epoch, Qt.Key.Key_Home)  # to epoch 1: read from its file by a worker
    qtbot.waitUntil(lambda: look.weights_label.text() == "trained: #1 adam, epoch 1"
                    and not look.jobs.busy, timeout=30000)
    assert look.epoch_label.text() == "epoch 1"
    qtbot.waitUntil(lambda: np.allclose(look.features.values, _maps_with(states, 1, look),
                                        atol=1e-5), timeout=30000)
    assert not np.allclose(look.features.values, _maps_with(states, 3, look), atol=1e-5)
    shown = look.features.values.copy()
    assert readers == [False, False]  # epochs 3 and 1, each read once, never on the GUI thread

    # the epochs file is damaged while the project is open: epoch 2 cannot be read
    saved, = load_runs(path)
    with open(saved.epoch_weights, "r+b") as f:
        f.write(b"\xff" * 64)
    QTest.keyClick(look.epoch, Qt.Key.Key_Right)
    assert look.epoch.value() == 1
    qtbot.waitUntil(lambda: not look.jobs.busy, timeout=30000)
    assert look.weights_label.text() == "trained: #1 adam, epoch 1"
    assert look.epoch_label.text() == "epoch 1"
    assert np.array_equal(look.features.values, shown)
    state = look.inspector.module.state_dict()
    assert all(torch.equal(state[k].cpu(), states[1][k]) for k in states[1] if k in state)
