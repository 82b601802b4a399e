"""The batch-norm lab with real events: edit a batch value, see the four steps and torch's
BatchNorm1d agree; a bad value is one sentence and a tinted cell, nothing lost."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from engine.labs.batchnorm import batch_norm_steps
from tests.gui.labs.labs2_fixtures import *  # noqa: F401,F403
from tests.gui.labs.labs2_fixtures import edit_spin

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def lab(labs_window, qtbot):
    lab = labs_window.show_lab("batchnorm")
    qtbot.waitExposed(labs_window)
    qtbot.waitUntil(lambda: lab.steps is not None, timeout=120_000)
    return lab


def _type_into_cell(qtbot, table, row, col, text):
    rect = table.visualItemRect(table.item(row, col))
    qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), LEFT, pos=rect.center())
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def _column(lab, c):
    return [lab.results.item(i, c).text() for i in range(lab.results.rowCount())]


def test_default_batch_shows_the_four_steps_and_torch_agrees(lab):
    s = lab.steps
    ref = batch_norm_steps([[1, 10], [2, 20], [4, 50], [9, 40]], [2, 1], [0.5, 0])
    np.testing.assert_allclose(s.y, ref.y)
    assert _column(lab, 2) == [f"{v:.4g}" for v in ref.x_hat[:, 0]]
    assert _column(lab, 3) == _column(lab, 4)            # hand y_i == BatchNorm1d (train)
    assert _column(lab, 5) == _column(lab, 6)            # eval by hand == BatchNorm1d (eval)
    text = lab.explain.toPlainText()
    assert "(1 + 2 + 4 + 9) / 4 = 4" in text and "/ 4 = 9.5" in text
    assert "μ_B = 4, σ²_B = 9.5" in lab.summary.text()


def test_editing_a_value_recomputes(lab, qtbot):
    _type_into_cell(qtbot, lab.batch, 3, 0, "13")
    qtbot.waitUntil(lambda: lab.steps.x[3, 0] == 13, timeout=60_000)
    ref = batch_norm_steps([[1, 10], [2, 20], [4, 50], [13, 40]], [2, 1], [0.5, 0])
    assert lab.steps.mean[0] == 5
    assert _column(lab, 3) == [f"{v:.4g}" for v in ref.y[:, 0]]
    assert "(1 + 2 + 4 + 13) / 4 = 5" in lab.explain.toPlainText()


def test_a_bad_value_is_one_sentence_and_keeps_the_text(lab, qtbot):
    before = lab.steps
    _type_into_cell(qtbot, lab.batch, 1, 1, "abc")
    qtbot.waitUntil(lambda: bool(lab.message.text()), timeout=10_000)
    assert "abc" in lab.message.text() and "number" in lab.message.text()
    assert lab.batch.item(1, 1).text() == "abc" and lab.steps is before
    assert lab.batch.item(1, 1).background().color().red() > 200
    _type_into_cell(qtbot, lab.batch, 1, 1, "25")
    qtbot.waitUntil(lambda: lab.steps is not before and not lab.message.text(), timeout=60_000)


def test_feature_passes_and_added_example(lab, qtbot):
    lab.feature.setFocus()
    qtbot.keyClick(lab.feature, Qt.Key.Key_Down)            # feature 2
    assert "(10 + 20 + 50 + 40) / 4 = 30" in lab.explain.toPlainText()
    edit_spin(qtbot, lab.passes, "3")
    qtbot.waitUntil(lambda: lab.steps.passes == 3, timeout=60_000)
    assert lab.steps.running_gap < 1e-9
    assert f"{lab.steps.running_mean[1]:.4g}" in lab.explain.toPlainText()
    qtbot.mouseClick(lab.add_row, LEFT)
    qtbot.waitUntil(lambda: lab.steps.m == 5, timeout=60_000)
    assert lab.results.rowCount() == 5 and lab.steps.train_gap < 1e-12
