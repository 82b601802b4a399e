"""End to end: a real (tiny) optimizer race trained by the engine in the panel's worker thread:
start, see the curves grow, stop, see the run end cleanly."""
from PySide6.QtCore import Qt

from gui.training.panel import TrainingPanel


def test_a_real_race_grows_curves_and_stops_cleanly(qtbot):
    panel = TrainingPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.setup.data.train_images.setValue(2000)
    panel.setup.batch_size.setValue(32)
    panel.setup.epochs.setValue(20)
    panel.setup.optimizers.set_chosen(["sgd", "adam"])
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    history = panel.monitor.history
    qtbot.waitUntil(lambda: len(history.runs()) == 2
                    and all(len(r.loss) >= 3 for r in history.runs()), timeout=120000)
    panel.monitor.curves.redraw()
    for key in ("1:sgd", "1:adam"):
        x, y = panel.monitor.curves.curve_data(key)
        assert len(x) >= 3 and (y > 0).all()  # real cross-entropy values, drawn as they came
    with qtbot.waitSignal(panel.run_ended, timeout=60000):
        qtbot.mouseClick(panel.stop_button, Qt.MouseButton.LeftButton)
    assert [r.status for r in history.runs()] == ["stopped", "stopped"]
    assert not panel.monitor.message.isVisible()
    assert panel.start_button.isEnabled()
    started = history.current.started
    assert started.runs == ("sgd", "adam") and started.device == "cpu"
    assert panel.monitor.progress.value() < panel.monitor.progress.maximum()
