"""Training feeds the inspection panel: each epoch of each run captures the same validation
images, and the "Look inside" dock's epoch slider scrubs through them (what ZFNet did)."""
import numpy as np
import pytest
import torch
from PySide6.QtCore import Qt

from engine.examples import tiny_cnn
from tests.gui.shell_fixtures import *  # noqa: F401,F403


@pytest.fixture(autouse=True)
def one_thread():
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


def test_a_real_run_captures_probes_the_inspect_panel_can_scrub(window, qtbot):
    window.document.replace_graph(tiny_cnn())
    dock = window.docks["training"]
    dock.show()
    panel = dock.ensure_panel()
    panel.setup.data.train_images.setValue(600)
    panel.setup.batch_size.setValue(64)
    panel.setup.epochs.setValue(2)
    panel.setup.optimizers.set_chosen(["sgd", "adam"])
    with qtbot.waitSignal(panel.run_ended, timeout=180000):
        qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    recorder = panel.job.probes
    assert recorder is not None and recorder.runs() == ["sgd", "adam"]
    for run in ("sgd", "adam"):
        caps = recorder.captures(run)
        assert [c.epoch for c in caps] == [1, 2]
        # the first layer's feature maps really changed between the two epochs
        first = caps[0].activations["conv1"]
        assert first.shape[:2] == (8, 8)
        assert not np.allclose(first, caps[1].activations["conv1"])
    inspect = window.inspect.panel
    assert inspect is not None and inspect.probes is recorder
    assert inspect.probe_bar.isVisibleTo(inspect)
    assert [inspect.probe_run.itemText(i) for i in range(inspect.probe_run.count())] == [
        "sgd", "adam"]
    assert (inspect.epoch.minimum(), inspect.epoch.maximum()) == (0, 1)
    assert inspect.epoch.value() == 1  # follows the newest epoch
