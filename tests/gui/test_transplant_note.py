"""A run that starts from imported or pretrained weights says, under the training panel's
buttons, which layers keep them and which start fresh: the transplant report the engine made
for that run, in the words (and language) of the Messages dock's report."""
import torch
from PySide6.QtCore import Qt

from engine.build import build_module
from engine.examples import tiny_cnn
from tests.gui.shell_fixtures import *  # noqa: F401,F403  (make_window, korean)


def _weights_with_another_head() -> dict:
    """tiny_cnn's weights, but a 5-class classifier: conv1 and conv2 fit, fc does not."""
    torch.manual_seed(3)
    state = build_module(tiny_cnn()).state_dict()
    state["fc.weight"], state["fc.bias"] = torch.zeros(5, 16), torch.zeros(5)
    return state


def _run_once(qtbot, window) -> str:
    """Train one short run; the note as it read while the run trained (it clears at the end)."""
    panel = window.training.ensure_panel()
    qtbot.waitUntil(lambda: not panel.setup.jobs.busy and not panel.setup.data.jobs.busy,
                    timeout=60000)
    setup = panel.setup
    setup.data.train_images.setValue(100)
    setup.batch_size.setValue(100)
    setup.epochs.setValue(1)
    setup.optimizers.set_chosen(["sgd"])
    seen = []  # read after the panel has handled each epoch's end (connected after it)
    panel.bridge.event_received.connect(
        lambda event: seen.append(panel.snapshot_note.text()) if event.kind == "epoch_end"
        else None)
    with qtbot.waitSignal(panel.run_ended, timeout=120000):
        qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    (run,) = panel.monitor.history.current.runs.values()
    assert run.status == "completed", run.status
    assert len(seen) == 1
    return seen[0]


def test_a_run_from_starting_weights_says_which_layers_keep_them(qtbot, make_window):
    window = make_window()
    window.files.new_from_graph(tiny_cnn())
    window.document.set_weights(_weights_with_another_head())
    note = _run_once(qtbot, window).split("\n")
    assert note == ["Training a copy of the network taken at Start; edits on the canvas apply "
                    "to the next run.",
                    "Starting weights: 2 layers keep their weights. Fresh weights: fc."]
    assert window.messages.weights_report.text() == note[1]  # the dock's words, the same

    window.document.set_weights(None)  # fresh weights: nothing to report
    assert "\n" not in _run_once(qtbot, window)


def test_the_note_is_korean_in_the_korean_window(qtbot, make_window, korean):
    window = make_window()
    window.files.new_from_graph(tiny_cnn())
    window.document.set_weights(_weights_with_another_head())
    note = _run_once(qtbot, window).split("\n")
    assert note[1] == "시작 가중치: 레이어 2개가 가중치를 유지합니다. 새로 초기화: fc."
