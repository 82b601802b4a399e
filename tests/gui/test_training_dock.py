"""The training panel in the main window: a dock listed under View > Panels, built the first
time it is shown, following presentation mode, stopping a run when the window closes."""
from PySide6.QtGui import QAction

from gui.main_window import MainWindow
from gui.training.scripted import ScriptedTrainer


def test_training_dock_is_offered_built_on_first_show_and_stopped_on_close(qtbot, tmp_path,
                                                                            monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    dock = window.docks["training"]
    toggle = window.findChild(QAction, "action_show_training")
    assert toggle is not None and toggle.isChecked() == dock.isVisible()
    assert dock.panel is None  # nothing heavy until it is looked at
    dock.show()
    dock.raise_()
    qtbot.waitUntil(lambda: dock.panel is not None, timeout=5000)
    panel = dock.panel
    window.set_presentation(True)
    assert panel.monitor.status.font().pointSizeF() >= 16
    window.set_presentation(False)
    panel.job_factory = lambda g, s, c: ScriptedTrainer(epochs=100, step_delay=0.01)
    panel.start()
    qtbot.waitUntil(lambda: len(panel.monitor.history.runs()) == 3
                    and len(panel.monitor.history.runs()[0].loss) > 2, timeout=5000)
    worker = panel.worker
    window.document.undo_stack.setClean()
    window.files.ask_keep_runs = lambda running: "discard"  # the quit question's answer
    window.close()
    assert worker.isFinished()
    assert {r.status for r in panel.monitor.history.runs()} == {"stopped"}
