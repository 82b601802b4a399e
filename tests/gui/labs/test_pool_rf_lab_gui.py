"""The pooling and receptive-field labs driven with real events; the views show the engine's
numbers (PyTorch's pooling, StochasticPool2d, the editor's analysis)."""
from __future__ import annotations

import numpy as np
import torch
import torch.nn.functional as F
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QPushButton, QSpinBox, QTableWidget

from engine.labs.pool import pool
from gui.labs.grid_view import GridView
from tests.gui.labs.lab_helpers import *  # noqa: F401,F403
from tests.gui.shell_fixtures import *  # noqa: F401,F403


def texts(view) -> list:
    c, h, w = view.shape
    return [[view.cell_text(0, r, col) for col in range(w)] for r in range(h)]


def test_max_then_average_pooling_step_through(qtbot, labs_window):
    lab = labs_window.show_lab("pool")
    out = lab.findChild(GridView, "pool_output_view")
    explain = lab.findChild(QLabel, "pool_explain")
    assert texts(out) == [["6", ""], ["", ""]] and "max(1, 1, 5, 6) = 6" in explain.text()
    click(qtbot, lab.findChild(QPushButton, "pool_step_forward"))
    assert texts(out)[0] == ["6", "8"] and "max(2, 4, 7, 8) = 8" in explain.text()
    choose(qtbot, lab.findChild(QComboBox, "pool_mode"), "avg")
    x = torch.tensor(lab.setup.image)[None, None]
    assert np.allclose(lab.result.output, F.avg_pool2d(x, 2, 2)[0, 0].numpy())
    assert "(2 + 4 + 7 + 8) / 4 = 5.25" in explain.text()
    edit_cell(qtbot, lab.findChild(GridView, "pool_input_view"), (0, 0, 3), "12")
    assert lab.setup.image[0, 3] == 12 and lab.result.output[0, 1] == 7.25


def test_overlapping_alexnet_pooling_and_stride_change(qtbot, labs_window):
    lab = labs_window.show_lab("pool")
    choose(qtbot, lab.findChild(QComboBox, "pool_preset"), "alexnet")
    out = lab.findChild(GridView, "pool_output_view")
    lab.steps.set_index(8)
    assert texts(out) == [["6", "7", "8"], ["9", "6", "8"], ["9", "7", "7"]]
    set_spin(qtbot, lab.findChild(QSpinBox, "pool_stride"), "3")
    assert lab.result.output.shape == (2, 2)
    x = torch.tensor(lab.setup.image)[None, None]
    assert np.allclose(lab.result.output, F.max_pool2d(x, 3, 3)[0, 0].numpy())


def test_stochastic_pooling_probabilities_draws_and_evaluation(qtbot, labs_window):
    lab = labs_window.show_lab("pool")
    choose(qtbot, lab.findChild(QComboBox, "pool_preset"), "stochastic")
    probs = lab.findChild(GridView, "pool_prob_view")
    freq = lab.findChild(GridView, "pool_freq_view")
    assert lab.findChild(QGroupBox, "pool_stochastic_box").isVisible()
    assert texts(probs) == [["1/10", "2/10"], ["3/10", "4/10"]]
    assert "0.1*1 + 0.2*2 + 0.3*3 + 0.4*4 = 3" in lab.findChild(QLabel, "pool_explain").text()
    assert lab.result.output[0, 0] == pool(lab.setup).output[0, 0] == 3
    click(qtbot, lab.findChild(QPushButton, "pool_sample"))
    assert "1 draws" in lab.findChild(QLabel, "pool_draws").text()
    many = lab.findChild(QPushButton, "pool_sample_many")
    for _ in range(20):
        click(qtbot, many)
    assert lab.samples.shape[0] == 2001
    shown = np.array([[float(t) for t in row] for row in texts(freq)])
    assert abs(shown.sum() - 1) < 0.01
    assert np.abs(shown - [[0.1, 0.2], [0.3, 0.4]]).max() < 0.05  # converging to p_i
    click(qtbot, lab.findChild(QPushButton, "pool_reset_draws"))
    assert lab.samples is None and texts(freq)[0][0] == "–"


def test_receptive_field_grows_with_the_stack(qtbot, labs_window):
    lab = labs_window.show_lab("rf")
    grid = lab.findChild(GridView, "rf_grid")
    table = lab.findChild(QTableWidget, "rf_table")
    sizes = [o.bottom - o.top + 1 for o in grid.outlines]
    assert sizes == [3, 5, 7]
    assert [table.item(r, 1).text() for r in range(3)] == ["3x3", "5x5", "7x7"]
    assert "After 3 layers: 7x7 pixels" in lab.grid_title.text()
    compare = lab.findChild(QLabel, "rf_compare").text()
    assert "= 110,592" in compare and "7*7*64*64 = 200,704" in compare
    click(qtbot, lab.findChild(QPushButton, "rf_remove"))
    assert [o.bottom - o.top + 1 for o in grid.outlines] == [3, 5]
    click(qtbot, lab.findChild(QPushButton, "rf_add_pool2"))
    click(qtbot, lab.findChild(QPushButton, "rf_add_conv3"))
    assert table.item(3, 1).text() == "10x10" and lab.result.fields[-1].jump == 2
    set_spin(qtbot, lab.findChild(QSpinBox, "rf_channels"), "8")
    assert "3*3*8*8" in lab.findChild(QLabel, "rf_compare").text()


def test_labs_menu_reaches_each_lab_and_rf_opens_in_the_editor(qtbot, window):
    for key in ("conv", "pool", "rf"):
        window.findChild(QAction, f"action_lab_{key}").trigger()
        assert window.labs_window.current_key() == key
    lab = window.labs_window.lab("rf")
    click(qtbot, lab.findChild(QPushButton, "rf_open_editor"))
    graph = window.document.graph
    assert sorted(n.type for n in graph.nodes.values()) == ["Conv2d"] * 3 + ["Input"]
    analysis = window.document.analysis
    assert max(r.receptive_field or 0 for r in analysis.nodes.values()) == 7
