"""The training panel driven by a scripted trainer that emits real engine events, through the
real worker thread, bridge and widgets (fast: no network is trained here)."""
import csv
import math
import threading

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from engine.training import events as ev
from engine.training.errors import LossExplodedError
from gui.training.bridge import EventBridge
from gui.training.panel import TrainingPanel
from gui.training.scripted import ScriptedTrainer
from gui.training.style import colour_for

SPE = 20  # steps per epoch of the scripted runs


def make_panel(qtbot, **trainer_kw):
    """A panel whose Start runs a ScriptedTrainer; ``panel.trainers`` lists those started."""
    trainers = []

    def factory(graph, settings, config):
        kw = dict(runs=tuple(o.name for o in config.optimizers), epochs=config.epochs,
                  steps_per_epoch=SPE)
        kw.update(trainer_kw)
        trainer = ScriptedTrainer(**kw)
        trainers.append(trainer)
        return trainer

    panel = TrainingPanel(job_factory=factory)
    panel.trainers = trainers
    panel.setup.epochs.setValue(3)
    qtbot.addWidget(panel)
    panel.resize(1400, 900)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def run_to_end(qtbot, panel):
    with qtbot.waitSignal(panel.run_ended, timeout=10000):
        click(qtbot, panel.start_button)
    panel.monitor.curves.redraw()


def test_a_race_draws_one_growing_curve_per_optimizer_in_its_own_colour(qtbot):
    panel = make_panel(qtbot)
    run_to_end(qtbot, panel)
    curves = panel.monitor.curves
    assert curves.shown_keys() == ["1:sgd", "1:momentum", "1:adam"]
    for key in curves.shown_keys():
        x, y = curves.curve_data(key)
        assert list(x) == list(range(1, 3 * SPE + 1))  # every step, once, in order
        vx, vy = curves.curve_data(key, "val_acc")
        assert list(vx) == [SPE, 2 * SPE, 3 * SPE]  # one validation point per epoch
    # adam learns faster than plain SGD in the script: the curves separate
    assert curves.curve_data("1:adam")[1][-1] < curves.curve_data("1:sgd")[1][-1]
    legend = [label.text for _, label in curves.legend.items]
    assert legend == ["sgd", "momentum", "adam"]
    colours = {curves._items[k].colour.name() for k in curves.shown_keys()}
    assert colours == {colour_for(n).name() for n in ("sgd", "momentum", "adam")}
    assert panel.monitor.progress.value() == panel.monitor.progress.maximum() == 3 * SPE
    assert panel.start_button.isEnabled() and not panel.stop_button.isEnabled()
    assert [r.status for r in panel.monitor.history.runs()] == ["completed"] * 3


def test_redraws_are_paced_not_one_per_event(qtbot):
    panel = make_panel(qtbot, step_delay=0.002)
    panel.setup.epochs.setValue(5)
    run_to_end(qtbot, panel)
    events = 5 * SPE * 3
    assert 0 < panel.monitor.curves.redraw_count < events / 5


def test_stop_finishes_the_batch_and_ends_the_run_cleanly(qtbot):
    panel = make_panel(qtbot, step_delay=0.01)
    panel.setup.epochs.setValue(50)
    click(qtbot, panel.start_button)
    assert not panel.start_button.isEnabled()
    assert not panel.setup.groups[0].isEnabled()  # the settings are frozen while it runs
    qtbot.waitUntil(lambda: len(panel.monitor.history.runs()) == 3
                    and len(panel.monitor.history.runs()[0].loss) >= 5, timeout=5000)
    with qtbot.waitSignal(panel.run_ended, timeout=5000):
        click(qtbot, panel.stop_button)
    trainer = panel.trainers[0]
    assert trainer.stopped_at < 50 * SPE
    runs = panel.monitor.history.runs()
    assert [r.status for r in runs] == ["stopped"] * 3
    assert all(len(r.loss) == trainer.stopped_at for r in runs)
    assert panel.start_button.isEnabled() and panel.setup.groups[0].isEnabled()
    assert not panel.monitor.message.isVisible()


def test_pause_holds_the_run_and_resume_continues_it(qtbot):
    # slow enough steps that a loaded machine cannot finish the run before Pause is clicked
    panel = make_panel(qtbot, step_delay=0.03)
    click(qtbot, panel.start_button)
    qtbot.waitUntil(lambda: panel.trainers and panel.trainers[0].steps_done > 2, timeout=5000)
    click(qtbot, panel.pause_button)
    assert panel.pause_button.text() == "Resume"
    qtbot.wait(100)
    held = panel.trainers[0].steps_done
    qtbot.wait(200)
    assert panel.trainers[0].steps_done == held
    with qtbot.waitSignal(panel.run_ended, timeout=10000):
        click(qtbot, panel.pause_button)
    assert panel.trainers[0].steps_done == 3 * SPE


def test_an_engine_error_is_one_sentence_and_the_panel_keeps_working(qtbot):
    panel = make_panel(qtbot, fail=(7, LossExplodedError(7, float("nan"), 0.5)))
    run_to_end(qtbot, panel)
    message = panel.monitor.message
    assert message.isVisible()
    assert message.text().startswith("The loss exploded at step 7")
    assert "lower the learning rate (now 0.5)" in message.text()
    assert "Traceback" not in message.text()
    assert [r.status for r in panel.monitor.history.runs()] == ["failed"] * 3
    # the curves drawn before the failure are kept, and a new run starts normally
    assert len(panel.monitor.curves.curve_data("1:sgd")[0]) == 6
    panel.trainers.clear()
    panel.job_factory = lambda g, s, c: ScriptedTrainer(runs=("adam",), steps_per_epoch=5)
    run_to_end(qtbot, panel)
    assert not message.isVisible()
    assert panel.monitor.history.runs()[-1].status == "completed"


def test_an_exception_escaping_the_trainer_becomes_a_message(qtbot):
    class Broken(ScriptedTrainer):
        def run(self, callback):
            raise ValueError("The folder /nowhere does not exist; choose another.")

    panel = make_panel(qtbot)
    panel.job_factory = lambda g, s, c: Broken()
    run_to_end(qtbot, panel)
    assert panel.monitor.message.text() == "The folder /nowhere does not exist; choose another."
    assert panel.start_button.isEnabled()


def test_no_optimizer_ticked_is_explained_and_nothing_starts(qtbot):
    panel = make_panel(qtbot)
    for row in panel.setup.optimizers.rows.values():
        if row.check.isChecked():
            row.check.setFocus()
            qtbot.keyClick(row.check, Qt.Key.Key_Space)
    assert panel.setup.optimizers.chosen() == []
    click(qtbot, panel.start_button)
    assert panel.worker is None
    assert panel.monitor.message.text() == "Tick at least one optimizer, then press Start."


def test_log_scale_smoothing_and_hover_readout(qtbot):
    panel = make_panel(qtbot)
    run_to_end(qtbot, panel)
    mon = panel.monitor
    curves = mon.curves
    click(qtbot, mon.log_scale)
    assert curves.log_scale()
    assert mon.smoothing.value() == 60  # smoothed by default: the trend reads from afar
    mon.smoothing.setValue(0)
    _, unsmoothed = curves.curve_data("1:sgd", "line")
    assert not curves._items["1:sgd"].raw.isVisible()
    mon.smoothing.setValue(90)
    x, raw = curves.curve_data("1:sgd", "raw")  # the raw curve stays visible, faint, behind
    assert np.array_equal(raw, unsmoothed) and curves._items["1:sgd"].raw.isVisible()
    _, smooth = curves.curve_data("1:sgd", "line")
    assert smooth[0] == pytest.approx(raw[0])  # debiased: the first point is not pulled to 0
    expected = raw[0]
    for value in raw[1:5]:
        expected = 0.9 * expected + 0.1 * value
    weights = 1 - 0.9 ** np.arange(1, 6)
    ema = np.zeros(5)
    acc = 0.0
    for i, value in enumerate(raw[:5]):
        acc = 0.9 * acc + 0.1 * value
        ema[i] = acc / weights[i]
    assert np.allclose(smooth[:5], ema)
    assert np.std(np.diff(smooth)) < np.std(np.diff(raw))
    # hover: move the mouse over step ~30 of the loss plot
    plot = curves.loss_plot
    vb = plot.getPlotItem().getViewBox()
    scene_pos = vb.mapViewToScene(vb.viewRect().center())
    scene_pos.setX(vb.mapViewToScene(vb.mapSceneToView(scene_pos).__class__(30, 0)).x())
    point = plot.mapFromScene(scene_pos)
    qtbot.mouseMove(plot.viewport(), QPoint(point.x(), point.y()))
    qtbot.waitUntil(lambda: "step" in curves.readout.text(), timeout=2000)
    text = curves.show_readout(30)
    assert text.startswith("step 30: loss")
    sgd_30 = curves.curve_data("1:sgd", "line")[1][29]
    assert f"sgd {sgd_30:.4g}" in text and "adam" in text and "momentum" in text


def test_export_csv_and_png(qtbot, tmp_path):
    panel = make_panel(qtbot)
    run_to_end(qtbot, panel)
    path = tmp_path / "curves.csv"
    rows = panel.monitor.export_csv(str(path))
    with open(path, newline="", encoding="utf-8") as fh:
        table = list(csv.DictReader(fh))
    assert len(table) == rows == 3 * (3 * SPE + 3 * 4)
    adam_loss = [float(r["value"]) for r in table if r["run"] == "adam" and r["metric"] == "loss"]
    assert adam_loss == list(panel.monitor.history.run("1:adam").loss.y)
    val = [r for r in table if r["run"] == "sgd" and r["metric"] == "val_acc"]
    assert [int(r["epoch"]) for r in val] == [1, 2, 3]
    png = tmp_path / "curves.png"
    assert panel.monitor.export_png(str(png))
    image = QImage(str(png))
    assert image.width() == panel.monitor.curves.width() * image.devicePixelRatio() or \
        image.width() >= panel.monitor.curves.width()


def test_past_runs_are_kept_overlaid_and_deleted(qtbot):
    panel = make_panel(qtbot)
    run_to_end(qtbot, panel)
    panel.setup.optimizers.set_chosen(["adam"])
    run_to_end(qtbot, panel)
    mon = panel.monitor
    assert mon.curves.shown_keys() == ["2:adam"]  # a new run replaces the current curves
    tree = mon.runs_view.tree
    assert tree.topLevelItemCount() == 4
    item = mon.runs_view.item_for("1:sgd")
    assert item.text(1) == "sgd" and item.text(7) == "finished"
    item.setCheckState(0, Qt.CheckState.Checked)  # overlay the first session's SGD
    assert mon.curves.shown_keys() == ["2:adam", "1:sgd"]
    assert mon.curves._items["1:sgd"].past
    assert "#1 sgd" in [label.text for _, label in mon.curves.legend.items]
    tree.clearSelection()
    item.setSelected(True)
    click(qtbot, mon.runs_view.delete_button)
    assert mon.history.run("1:sgd") is None
    assert mon.curves.shown_keys() == ["2:adam"]
    assert tree.topLevelItemCount() == 3


def test_epoch_views_show_the_last_epoch_of_the_chosen_run(qtbot):
    panel = make_panel(qtbot)
    panel.monitor.image_source = lambda i: np.full((1, 28, 28), (i % 10) / 10)
    run_to_end(qtbot, panel)
    view = panel.monitor.evaluation
    panel.monitor.tabs.setCurrentWidget(view)  # the user opens the Evaluation tab
    view.chooser.setCurrentIndex(view.chooser.findData("1:adam"))
    last = panel.monitor.history.run("1:adam").last_epoch
    assert view.confusion.cell_texts() == [str(v) for v in np.asarray(last.confusion).ravel()]
    assert np.allclose(view.per_class.values, 100 * np.asarray(last.per_class_acc))
    tiles = view.mistakes.tiles
    assert len(tiles) == len(last.mistakes) == 6
    assert tiles[0].caption.startswith("circle \u2192 square")
    assert [t.marked for t in tiles] == [m.confidence >= 0.9 for m in last.mistakes]
    assert "validation accuracy" in view.summary.text()


def test_gradient_heatmap_shows_log_norms_per_layer_and_epoch(qtbot):
    panel = make_panel(qtbot)
    run_to_end(qtbot, panel)
    heat = panel.monitor.heatmap
    panel.monitor.tabs.setCurrentWidget(heat)
    heat.chooser.setCurrentIndex(heat.chooser.findData("1:sgd"))
    run = panel.monitor.history.run("1:sgd")
    assert heat.layers == ["conv1", "conv2", "fc"]
    expected = np.array([[math.log10(norms[layer]) for _, norms in run.grad_norms]
                         for layer in heat.layers])
    assert np.allclose(heat.values, expected)
    # the input-side layer has the smallest gradient in epoch 1: the dark row of the map
    assert heat.values[0, 0] == heat.values[:, 0].min()


def test_bridge_delivers_worker_events_in_order_in_the_gui_thread(qtbot):
    bridge = EventBridge()
    seen, threads = [], set()
    bridge.batch_ended.connect(lambda e: (seen.append(e.global_step),
                                          threads.add(threading.get_ident())))

    def worker():
        for i in range(1, 2001):
            bridge.post(ev.BatchEnded("sgd", 1, i, i, 1.0, 0.1, 10.0))

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(seen) == 2000, timeout=5000)
    assert seen == list(range(1, 2001))
    assert threads == {threading.get_ident()}
    assert bridge.deliveries < 2000  # bursts are drained together


def test_closing_the_panel_asks_the_run_to_stop_and_waits(qtbot):
    panel = make_panel(qtbot, step_delay=0.01)
    panel.setup.epochs.setValue(100)
    click(qtbot, panel.start_button)
    qtbot.waitUntil(lambda: panel.trainers and panel.trainers[0].steps_done > 3, timeout=5000)
    worker = panel.worker
    panel.close()
    assert worker.isFinished()
    assert panel.trainers[0].stopped_at < 100 * SPE
    assert [r.status for r in panel.monitor.history.runs()] == ["stopped"] * 3


def test_presentation_mode_enlarges_fonts_and_pens(qtbot):
    panel = make_panel(qtbot)
    run_to_end(qtbot, panel)
    curves = panel.monitor.curves
    before = curves._items["1:sgd"].line.opts["pen"].widthF()
    tick_before = curves.loss_plot.getPlotItem().getAxis("left").style["tickFont"].pointSizeF()
    panel.set_presentation(True)
    assert curves._items["1:sgd"].line.opts["pen"].widthF() > before
    tick_after = curves.loss_plot.getPlotItem().getAxis("left").style["tickFont"].pointSizeF()
    assert tick_after >= 1.5 * tick_before
    assert panel.monitor.status.font().pointSizeF() >= 16
