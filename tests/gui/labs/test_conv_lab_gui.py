"""The convolution lab driven with real events: presets, grid edits, steps, stride, bias, the
output-click jump, im2col and the image mode; every view shows the engine's (PyTorch's) numbers."""
from __future__ import annotations

import numpy as np
import torch
import torch.nn.functional as F
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLabel, QPushButton, QSpinBox, \
    QTabWidget

from gui.labs.grid_view import GridView
from tests.gui.labs.lab_helpers import *  # noqa: F401,F403


def parts(lab):
    find = lab.findChild
    return {name: find(GridView, f"conv_{name}_view") for name in
            ("input", "kernel", "output", "products")} | {
        "sum": find(QLabel, "conv_sum"), "formula": find(QLabel, "conv_formula"),
        "warning": find(QLabel, "conv_warning"), "message": find(QLabel, "conv_message"),
        "forward": find(QPushButton, "conv_step_forward"),
        "back": find(QPushButton, "conv_step_back"), "play": find(QPushButton, "conv_play"),
        "preset": find(QComboBox, "conv_preset"), "stride": find(QSpinBox, "conv_stride"),
        "bias": find(QDoubleSpinBox, "conv_bias"), "kernel_size": find(QSpinBox,
                                                                          "conv_kernel_size")}


def shown(view) -> list:
    """The numbers a grid shows, as text, row by row (first channel)."""
    c, h, w = view.shape
    return [[view.cell_text(0, r, col) for col in range(w)] for r in range(h)]


def reference(lab):
    s = lab.setup
    return F.conv2d(torch.tensor(s.image)[None], torch.tensor(s.kernel)[None],
                    torch.tensor([float(s.bias)], dtype=torch.float64), stride=s.stride,
                    padding=s.padding, dilation=s.dilation)[0, 0].numpy()


def test_seed004_steps_fill_the_output_and_write_each_sum(qtbot, labs_window):
    lab = labs_window.show_lab("conv")
    p = parts(lab)
    assert shown(p["output"]) == [["15", "", ], ["", ""]]  # only the first cell so far
    assert "1*2 + 2*0 + 3*1 + 0*0 + 1*1 + 2*2 + 3*1 + 0*0 + 1*2 = 15" in p["sum"].text()
    assert shown(p["products"]) == [["2", "0", "3"], ["0", "1", "4"], ["3", "0", "2"]]
    click(qtbot, p["forward"])
    assert shown(p["output"]) == [["15", "16"], ["", ""]]
    assert "2*2 + 3*0 + 0*1" in p["sum"].text() and "<b>16</b>" in p["sum"].text()
    outline = p["input"].outlines[0]
    assert (outline.top, outline.left, outline.bottom, outline.right) == (0, 1, 2, 3)
    click(qtbot, p["forward"])
    click(qtbot, p["forward"])
    assert shown(p["output"]) == [["15", "16"], ["6", "15"]]
    assert not p["forward"].isEnabled()
    click(qtbot, p["back"])
    assert lab.steps.index == 2 and shown(p["output"])[1] == ["6", ""]


def test_clicking_an_output_cell_jumps_to_its_window(qtbot, labs_window):
    lab = labs_window.show_lab("conv")
    p = parts(lab)
    qtbot.mouseClick(p["output"], Qt.MouseButton.LeftButton,
                     pos=p["output"].cell_center(0, 1, 0))
    assert lab.steps.index == 2
    assert "0*2 + 1*0 + 2*1" in p["sum"].text() and "<b>6</b>" in p["sum"].text()
    assert p["input"].outlines[0].top == 1


def test_editing_a_cell_bias_and_stride_recompute_with_pytorch(qtbot, labs_window):
    lab = labs_window.show_lab("conv")
    p = parts(lab)
    edit_cell(qtbot, p["input"], (0, 0, 0), "5")
    assert lab.setup.image[0, 0, 0] == 5
    assert p["output"].cell_text(0, 0, 0) == "23" == str(int(reference(lab)[0, 0]))
    edit_cell(qtbot, p["kernel"], (0, 1, 1), "-2")
    assert float(p["output"].cell_text(0, 0, 0)) == reference(lab)[0, 0] == 20
    set_spin(qtbot, p["bias"], "3")
    assert lab.setup.bias == 3 and p["output"].cell_text(0, 0, 0) == "23"
    assert "= 20 + 3 = 23" in p["sum"].text().replace("y<sub>1,1</sub> ", "")
    set_spin(qtbot, p["stride"], "2")
    assert lab.result.output.shape == (1, 1)
    assert "floor(1/2) + 1 = 1" in p["formula"].text()
    assert np.allclose(lab.result.output, reference(lab))


def test_a_non_number_or_a_kernel_too_large_is_one_clear_message(qtbot, labs_window):
    lab = labs_window.show_lab("conv")
    p = parts(lab)
    edit_cell(qtbot, p["input"], (0, 2, 2), "abc")
    assert "not a number" in p["message"].text() and lab.setup.image[0, 2, 2] == 1
    assert p["output"].cell_text(0, 0, 0) == "15"
    set_spin(qtbot, p["kernel_size"], "5")
    assert lab.result is None and "larger than the 4x4" in p["message"].text()
    set_spin(qtbot, p["kernel_size"], "3")
    assert lab.result is not None and p["message"].text() == ""


def test_presets_seed003_padding_seed002_warning_and_colour(qtbot, labs_window):
    lab = labs_window.show_lab("conv")
    p = parts(lab)
    choose(qtbot, p["preset"], "seed003")
    assert p["input"].shape == (1, 7, 7) and p["input"].cell_text(0, 0, 0) == "0"
    assert p["input"].dimmed[0, 0] and not p["input"].dimmed[1, 1]
    assert p["output"].cell_text(0, 0, 0) == "320"
    assert ("0*0 + 0*-1 + 0*0 + 0*-1 + 105*5 + 102*-1 + 0*0 + 103*-1 + 99*0 = 320"
            in p["sum"].text())
    choose(qtbot, p["preset"], "seed002")
    assert "so PyTorch drops the last 1 row and 1 column of the input" in p["warning"].text()
    assert p["input"].greyed_rows == {6} and p["input"].greyed_cols == {6}
    choose(qtbot, p["preset"], "colour")
    assert p["input"].channel_titles == ["R", "G", "B"] and p["input"].shape == (3, 4, 4)
    text = p["sum"].text()
    assert text.count("R: ") == 1 and "B: " in text
    window = lab.result.windows[0]
    assert f"= {window.total_expression()}" in text
    assert p["output"].cell_text(0, 0, 0) == str(int(reference(lab)[0, 0]))


def test_play_runs_the_steps_and_pause_stops(qtbot, labs_window):
    lab = labs_window.show_lab("conv")
    p = parts(lab)
    lab.steps.speed.setValue(lab.steps.speed.maximum())
    click(qtbot, p["play"])
    assert lab.steps.playing
    qtbot.waitUntil(lambda: lab.steps.index == 3, timeout=5000)
    qtbot.waitUntil(lambda: not lab.steps.playing, timeout=2000)  # stops at the last cell
    assert shown(p["output"]) == [["15", "16"], ["6", "15"]]
    labs_window.close()
    assert not lab.steps.timer.isActive()


def test_im2col_page_lights_the_current_column_and_gives_the_same_output(qtbot, labs_window):
    lab = labs_window.show_lab("conv")
    p = parts(lab)
    click(qtbot, p["forward"])
    views = lab.findChild(QTabWidget, "conv_views")
    bar = views.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    columns = lab.findChild(GridView, "conv_im2col_columns")
    product = lab.findChild(GridView, "conv_im2col_product")
    assert columns.shape == (1, 9, 4)
    assert [columns.cell_text(0, r, 1) for r in range(9)] == \
        ["2", "3", "0", "1", "2", "3", "0", "1", "2"]  # the second window, unrolled
    assert (0, 0, 1) in columns.shades and (0, 0, 0) not in columns.shades
    assert [product.cell_text(0, 0, c) for c in range(4)] == ["15", "16", "6", "15"]
    assert "16" in lab.findChild(QLabel, "conv_im2col_check").text()


def test_image_mode_shows_the_kernel_feature_map_of_a_sample_and_a_loaded_file(
        qtbot, labs_window, tmp_path):
    from engine.labs.images import feature_map, sample_image
    lab = labs_window.show_lab("conv")
    choose(qtbot, parts(lab)["preset"], "seed003")  # the sharpen kernel, padding 1
    views = lab.findChild(QTabWidget, "conv_views")
    views.setCurrentIndex(2)
    page = lab.image_page
    expected = feature_map(sample_image("shapes"), lab.setup.kernel[0], 1, 1)
    assert np.allclose(page.feature, expected)
    path = tmp_path / "red.png"
    image = QImage(20, 12, QImage.Format.Format_RGB32)
    image.fill(QColor(200, 10, 10))
    assert image.save(str(path))
    assert page.load_path(str(path)) and page.image.shape == (12, 20)
    assert page.feature.shape == (12, 20)
    bad = tmp_path / "notes.png"
    bad.write_text("not a picture")
    assert not page.load_path(str(bad))
    assert "not an image" in page.findChild(QLabel, "conv_image_message").text()
