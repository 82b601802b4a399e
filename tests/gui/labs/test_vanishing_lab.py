"""The vanishing-gradient lab with real events: the bars are the engine's gradient norms, and
changing the activation, batch norm or depth recomputes them off the GUI thread."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from engine.labs.vanishing import VanishingConfig, gradient_flow
from tests.gui.labs.labs2_fixtures import *  # noqa: F401,F403
from tests.gui.labs.labs2_fixtures import edit_spin

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def lab(labs_window, qtbot):
    lab = labs_window.show_lab("vanishing")
    qtbot.waitExposed(labs_window)
    qtbot.waitUntil(lambda: lab.result is not None, timeout=120_000)
    return lab


def _bar_logs(lab):
    opts = lab.bars.opts
    return np.asarray(opts["height"]) + opts["y0"]


def _wait_for(qtbot, lab, **fields):
    qtbot.waitUntil(lambda: all(getattr(lab.result.config, k) == v for k, v in fields.items()),
                    timeout=60_000)


def test_bars_show_the_engines_gradient_norms_on_a_log_scale(lab):
    ref = gradient_flow(VanishingConfig())
    np.testing.assert_allclose(_bar_logs(lab), np.log10(ref.grad_norms), rtol=1e-9)
    assert ref.first_to_last < 1e-5
    assert f"{ref.first_to_last:.2g}" in lab.summary.text()


def test_relu_batch_norm_and_depth_by_keyboard_and_mouse(lab, qtbot):
    lab.activation.setFocus()
    qtbot.keyClick(lab.activation, Qt.Key.Key_End)        # sigmoid -> relu
    _wait_for(qtbot, lab, activation="relu")
    relu = gradient_flow(VanishingConfig(activation="relu"))
    np.testing.assert_allclose(_bar_logs(lab), np.log10(relu.grad_norms), rtol=1e-9)
    box = lab.batch_norm
    qtbot.mouseClick(box, LEFT, pos=QPoint(10, box.height() // 2))
    _wait_for(qtbot, lab, batch_norm=True)
    edit_spin(qtbot, lab.depth, "5")
    _wait_for(qtbot, lab, depth=5)
    ref = gradient_flow(VanishingConfig(depth=5, activation="relu", batch_norm=True))
    np.testing.assert_allclose(_bar_logs(lab), np.log10(ref.grad_norms), rtol=1e-9)
    assert len(lab.bars.opts["x"]) == 5 and lab.layer.maximum() == 5


def test_clicking_a_bar_shows_that_layers_histogram(lab, qtbot):
    vb = lab.bars_plot.getPlotItem().getViewBox()
    logs = _bar_logs(lab)
    target = vb.mapViewToScene(QPointF(3, float(logs[2]) - 0.2))  # inside bar 3
    qtbot.mouseClick(lab.bars_plot.viewport(), LEFT, pos=lab.bars_plot.mapFromScene(target))
    assert lab.layer.value() == 3
    layer = lab.result.layers[2]
    np.testing.assert_array_equal(lab.hist.opts["height"], layer.counts)
    assert f"{layer.grad_norm:.3g}" in lab.layer_stats.text()


def test_shutdown_waits_for_the_pass_in_flight(lab, qtbot, labs_window):
    edit_spin(qtbot, lab.width, "128")
    lab.recompute()
    labs_window.shutdown()
    assert lab.jobs.pool.activeThreadCount() == 0  # nothing left running after shutdown
