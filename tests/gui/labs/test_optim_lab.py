"""The optimizer lab driven with real clicks and keys: pick optimizers, click a start, step,
play, scrub; the plots and the worked step show the engine's numbers."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from engine.labs.optim import OptimizerChoice, run_race
from engine.labs.optim_rules import num
from tests.gui.labs.labs2_fixtures import *  # noqa: F401,F403

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def lab(labs_window, qtbot):
    lab = labs_window.show_lab("optim")
    qtbot.waitExposed(labs_window)
    qtbot.waitUntil(lambda: not lab._warm.is_alive(), timeout=120_000)
    return lab


def _click_check(qtbot, lab, name, on):
    box = lab.optimizers.rows[name].check
    if box.isChecked() != on:
        qtbot.mouseClick(box, LEFT, pos=QPoint(10, box.height() // 2))  # on the tick box
    assert box.isChecked() == on


def test_pick_optimizers_click_a_start_and_step(lab, qtbot):
    _click_check(qtbot, lab, "momentum", False)
    _click_check(qtbot, lab, "nag", True)
    assert [c.name for c in lab.choices()] == ["sgd", "nag", "adam"]
    # keyboard: Rosenbrock -> Saddle (one down)
    lab.surface_box.setFocus()
    qtbot.keyClick(lab.surface_box, Qt.Key.Key_Down)
    assert lab.surface.name == "saddle"
    plot = lab.surface_plot
    qtbot.mouseClick(plot.viewport(), LEFT, pos=plot.view_to_widget(-2.0, 0.5))
    x, y = lab.start
    assert abs(x + 2.0) < 0.05 and abs(y - 0.5) < 0.05
    assert num(lab.start) in lab.start_label.text()
    for _ in range(3):
        qtbot.mouseClick(lab.step_button, LEFT)
    assert lab.race.steps_done == 3
    ref = run_race("saddle", [OptimizerChoice(n, lab.surface.suggested_lr(n))
                              for n in ("sgd", "nag", "adam")], 3, lab.start)
    text = lab.rules.toPlainText()
    for run, mine in zip(ref.runs, lab.race.runs):
        np.testing.assert_allclose(mine.path(), run.path(), rtol=1e-12)
        xs, ys = plot.paths[run.label][0].getData()
        np.testing.assert_allclose(np.c_[xs, ys], run.path(), rtol=1e-12)
        assert num(run.records[-1].w_next) in text
        assert run.records[-1].explain(run.name)[-1] in text
    assert "look-ahead" in text and "√v̂ + ε" in text
    assert lab.step_label.text() == "step 3"


def test_play_animates_and_pause_stops(lab, qtbot):
    qtbot.mouseClick(lab.play, LEFT)
    assert lab.timer.isActive() and lab.play.text() == "Pause"
    qtbot.waitUntil(lambda: lab.race is not None and lab.race.steps_done >= 6, timeout=60_000)
    qtbot.mouseClick(lab.play, LEFT)
    assert not lab.timer.isActive()
    done = lab.race.steps_done
    qtbot.wait(150)
    assert lab.race.steps_done == done and lab.slider.value() == done
    for run in lab.race.runs:
        xs, _ = lab.loss_plot.curves[run.label].getData()
        assert len(xs) == len(run.losses)
    # scrub back to step 1 with the keyboard: its numbers are shown
    lab.slider.setFocus()
    qtbot.keyClick(lab.slider, Qt.Key.Key_Home)
    qtbot.keyClick(lab.slider, Qt.Key.Key_Right)
    assert lab.slider.value() == 1
    first = lab.race.runs[0].records[0]
    assert num(first.w_next) in lab.rules.toPlainText()


def test_a_new_learning_rate_restarts_the_race_with_it(lab, qtbot):
    from tests.gui.labs.labs2_fixtures import edit_spin
    qtbot.mouseClick(lab.step_button, LEFT)
    assert lab.race is not None
    edit_spin(qtbot, lab.optimizers.rows["sgd"].lr, "0.0005")
    assert lab.race is None and lab.slider.maximum() == 0
    qtbot.mouseClick(lab.step_button, LEFT)
    sgd = lab.race.runs[0]
    assert sgd.hyper["lr"] == pytest.approx(0.0005)
    assert "0.0005" in lab.rules.toPlainText()


def test_presentation_and_korean(lab, labs_window, qtbot, qapp):
    from gui import i18n
    labs_window.set_presentation(True)
    assert lab.surface_plot.presentation and lab.loss_plot.presentation
    i18n.install_language(qapp, "ko")
    qtbot.waitUntil(lambda: lab.play.text() != "Play", timeout=5000)
    assert lab.play.text() == "재생"
    assert "모멘텀" in lab.optimizers.rows["momentum"].check.text()
