"""The Look-inside panel driven like a user drives it: pick an image, a layer and a class with
real mouse and keyboard events, and check that every view shows the engine's numbers."""
from __future__ import annotations

import numpy as np
import pytest
import torch
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from safetensors.torch import save_file

from engine.build import build_module
from engine.examples import tiny_cnn
from engine.inspect import Inspector, ProbeRecorder, apply_colormap, image_to_rgb, overlay
from engine.inspect import resize_map
from gui.document import Document
from engine.data.fit import shapes_for_input as shapes_for
from gui.inspect.panel import InspectPanel
from tests.gui.shell_fixtures import *  # noqa: F401,F403  (make_window)


@pytest.fixture(scope="module")
def weights(tmp_path_factory):
    torch.manual_seed(11)
    path = tmp_path_factory.mktemp("inspect") / "tiny.safetensors"
    save_file(build_module(tiny_cnn()).state_dict(), str(path))
    return path


def settle(qtbot, panel):
    qtbot.waitUntil(lambda: not panel.jobs.busy, timeout=60000)
    QTest.qWait(20)
    qtbot.waitUntil(lambda: not panel.jobs.busy, timeout=60000)


@pytest.fixture
def panel(qtbot, weights):
    doc = Document(tiny_cnn())
    widget = InspectPanel(doc)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.document_ref = doc  # keep the document alive as long as the panel
    widget.rebuild()
    settle(qtbot, widget)
    widget.load_weights(str(weights))
    settle(qtbot, widget)
    return widget


def reference(weights, normalise=True):
    """The engine on its own, with the same weights and normalisation as the panel."""
    images, labels, names, mean, std = shapes_for((1, 28, 28))
    insp = Inspector(tiny_cnn(), weights=weights, normalize=(mean, std) if normalise else None)
    return insp, images, labels, names


def click_pixel(view, row: int, col: int, button=Qt.MouseButton.LeftButton):
    """A real mouse click on pixel (row, col) of a pyqtgraph ImageView."""
    scene = view.item.mapToScene(col + 0.5, row + 0.5)
    point = view.mapFromScene(scene)
    QTest.mouseClick(view.viewport(), button, Qt.KeyboardModifier.NoModifier, point)


def choose_image(qtbot, panel, index: int):
    spin = panel.source.index
    spin.setFocus()
    QTest.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(spin, str(index))
    QTest.keyClick(spin, Qt.Key.Key_Return)
    settle(qtbot, panel)


def test_the_feature_maps_are_the_engines_for_the_chosen_image_and_layer(qtbot, panel,
                                                                          weights):
    insp, images, labels, names = reference(weights)
    choose_image(qtbot, panel, 7)
    assert panel.input_caption.text() == f"Image 7 ({names[labels[7]]})"
    shown = panel.input_view.image()
    assert np.array_equal(shown[::8, ::8], image_to_rgb(images[7]))  # drawn 8x larger
    assert panel.current_layer() == "relu2"  # the default: the last conv stage
    np.testing.assert_allclose(panel.features.values, insp.activations(
        images[7], "relu2").values[0], rtol=1e-5, atol=1e-6)
    # choose conv1 in the layer list with the keyboard
    panel.layer.setFocus()
    while panel.layer.currentData() != "conv1":
        QTest.keyClick(panel.layer, Qt.Key.Key_Up)
    settle(qtbot, panel)
    expected = insp.activations(images[7], "conv1").values[0]
    np.testing.assert_allclose(panel.features.values, expected, rtol=1e-5, atol=1e-6)
    # the grid shows each channel coloured over its own range
    tile = panel.features.grid.image()
    y, x = panel.features.origins[3]
    assert np.array_equal(tile[y, x], apply_colormap(expected[3], "viridis")[0, 0])


def test_selecting_a_node_on_the_canvas_chooses_that_layer(qtbot, panel):
    panel.document_ref.select(["pool1"])
    settle(qtbot, panel)
    assert panel.current_layer() == "pool1"
    assert panel.features.values.shape == (8, 14, 14)


def test_click_a_channel_hover_a_value_and_click_a_cell_for_its_receptive_field(
        qtbot, panel, weights):
    insp, images, *_ = reference(weights)
    choose_image(qtbot, panel, 3)
    y, x = panel.features.origins[5]
    click_pixel(panel.features.grid, y + 4, x + 4)
    assert panel.features.channel == 5
    values = insp.activations(images[3], "relu2").values[0, 5]
    QTest.mouseMove(panel.features.big.viewport(), panel.features.big.mapFromScene(
        panel.features.big.item.mapToScene(9.5, 2.5)))
    qtbot.waitUntil(lambda: panel.features.hover.text() != "")
    assert panel.features.hover.text() == f"(2, 9) = {values[2, 9]:.4g}"
    click_pixel(panel.features.big, 6, 4)
    box = insp.receptive_box("relu2", 6, 4)
    assert (box.top, box.left, box.bottom, box.right) == (9, 5, 16, 12)
    rect = panel.input_view.box.rect()
    scale = panel.input_view.shape[0] / 28
    assert (rect.top(), rect.left()) == (9 * scale, 5 * scale)
    assert (rect.height(), rect.width()) == (8 * scale, 8 * scale)
    assert "rows 9–16, columns 5–12" in panel.input_caption.text()


def test_cam_for_a_class_chosen_in_the_list_with_opacity_and_a_second_class(
        qtbot, panel, weights):
    insp, images, _, names = reference(weights)
    choose_image(qtbot, panel, 4)
    panel.tabs.setCurrentWidget(panel.cams)
    cams = panel.cams
    pred = insp.predict(images[4], k=10)
    assert [cams.classes.item(i).text() for i in range(3)] == [
        f"{names[c]}  {p:.1%}" for c, p in zip(pred.top_classes[0, :3], pred.top_probs[0, :3])]
    third = cams.classes.item(2)
    QTest.mouseClick(cams.classes.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, cams.classes.visualItemRect(third).center())
    settle(qtbot, panel)
    wanted = int(pred.top_classes[0, 2])
    result = insp.cam(images[4], classes=wanted)
    assert cams.titles[0].text() == f"CAM of {names[wanted]} at relu2"
    np.testing.assert_allclose(panel.last["cams"][0].heat, result.heat, atol=1e-5)
    cams.opacity.setFocus()
    QTest.keyClick(cams.opacity, Qt.Key.Key_End)  # fully opaque: the colour map alone
    base = np.kron(image_to_rgb(images[4]), np.ones((9, 9, 1), np.uint8))
    heat = np.clip(resize_map(result.heat[0], base.shape[:2]), 0, 1)
    assert np.abs(cams.views[0].image().astype(int)
                  - overlay(base, heat, 1.0, "jet").astype(int)).max() <= 1
    assert not cams.views[1].isVisible()
    cams.compare.setFocus()
    QTest.keyClick(cams.compare, Qt.Key.Key_Down)  # the best class, side by side
    settle(qtbot, panel)
    best = int(pred.top_classes[0, 0])
    assert cams.views[1].isVisible()
    assert cams.titles[1].text() == f"CAM of {names[best]} at relu2"
    np.testing.assert_allclose(panel.last["cams"][1].heat, insp.cam(images[4], classes=best)
                               .heat, atol=1e-5)
    cams.method.setFocus()
    QTest.keyClick(cams.method, Qt.Key.Key_End)  # Grad-CAM
    settle(qtbot, panel)
    assert cams.titles[0].text() == f"Grad-CAM of {names[wanted]} at relu2"
    choose_image(qtbot, panel, 9)  # a new image explains its own prediction again
    top = int(insp.predict(images[9]).top_classes[0, 0])
    assert cams.titles[0].text() == f"Grad-CAM of {names[top]} at relu2"
    assert cams.classes.currentRow() == 0 and not cams.views[1].isVisible()


def test_filters_and_export(qtbot, panel, weights, tmp_path):
    insp, *_ = reference(weights)
    panel.document_ref.select(["conv2"])
    settle(qtbot, panel)
    panel.tabs.setCurrentWidget(panel.filters)
    np.testing.assert_array_equal(panel.filters.filters.weights, insp.filters("conv2").weights)
    assert panel.filters.which.isVisible()
    panel.filters.which.setFocus()
    QTest.keyClick(panel.filters.which, Qt.Key.Key_Up)
    assert "Filter 1: its 8 input-channel kernels of 3x3" in panel.filters.caption.text()
    assert panel.export_png(str(tmp_path / "filters.png"))
    from PIL import Image
    assert Image.open(tmp_path / "filters.png").size == (panel.tabs.currentWidget().width(),
                                                         panel.tabs.currentWidget().height())


def test_a_wrong_weights_file_is_one_translated_sentence(qtbot, panel, tmp_path):
    before = panel.features.values.copy()
    save_file({"fc.weight": torch.zeros(2, 2)}, str(tmp_path / "other.safetensors"))
    panel.load_weights(str(tmp_path / "other.safetensors"))
    settle(qtbot, panel)
    assert panel.status.text().startswith("These weights do not fit this network (")
    assert np.array_equal(panel.features.values, before)


def test_drawing_with_the_mouse_feeds_the_network(qtbot, panel, weights):
    insp, *_ = reference(weights)
    panel.source.mode.setFocus()
    QTest.keyClick(panel.source.mode, Qt.Key.Key_End)  # Drawing
    canvas = panel.source.canvas
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(40, 112))
    for x in range(40, 190, 10):
        QTest.mouseMove(canvas, QPoint(x, 112))
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(190, 112))
    settle(qtbot, panel)
    image = panel.image
    assert image.shape == (1, 28, 28) and image[0, 14, 14] > 0.5 and image[0, 3, 14] == 0
    np.testing.assert_allclose(panel.features.values, insp.activations(
        image, "relu2").values[0], rtol=1e-5, atol=1e-6)


def test_the_epoch_slider_scrubs_through_probe_captures(qtbot, panel, weights):
    insp, images, *_ = reference(weights)
    recorder = ProbeRecorder(tiny_cnn(), images[:4])
    states = []
    for epoch in (1, 2, 3):
        torch.manual_seed(epoch)
        state = build_module(tiny_cnn()).state_dict()
        states.append(state)
        recorder.capture("adam", epoch, state)
    choose_image(qtbot, panel, 2)
    panel.attach_probes(recorder)
    settle(qtbot, panel)
    assert panel.probe_bar.isVisible() and panel.epoch_label.text() == "epoch 3"
    panel.epoch.setFocus()
    QTest.keyClick(panel.epoch, Qt.Key.Key_Home)
    settle(qtbot, panel)
    assert panel.epoch_label.text() == "epoch 1"
    insp.load_weights(states[0])
    np.testing.assert_allclose(panel.features.values, insp.activations(
        images[2], "relu2").values[0], rtol=1e-5, atol=1e-6)


def test_the_main_window_offers_the_panel_and_builds_it_from_the_canvas(qtbot, make_window):
    window = make_window()
    dock = window.docks["inspect"]
    assert dock.panel is None  # built when first shown, not at start-up
    toggle = window.findChild(QAction, "action_show_inspect")  # View > Panels
    assert toggle is not None and toggle.text() == "Look inside"
    window.files.new_from_graph(tiny_cnn())
    dock.show()
    dock.raise_()
    qtbot.waitUntil(lambda: dock.panel is not None)
    settle(qtbot, dock.panel)
    assert dock.panel.current_layer() == "relu2"
    assert dock.panel.features.values.shape == (16, 14, 14)
    # opening another network shows that one (the old weights would not fit it)
    from engine import zoo
    window.files.new_from_graph(zoo.create("lenet5_gap"))
    qtbot.waitUntil(lambda: dock.panel.current_layer() == "relu3", timeout=60000)
    settle(qtbot, dock.panel)
    assert dock.panel.features.values.shape == (64, 7, 7)
    assert dock.panel.weights_label.text() == "untrained (random weights)"
