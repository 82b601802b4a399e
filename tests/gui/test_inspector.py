"""The inspector: editors derived from each layer's declared parameters, driven by real key
presses; every change is one undo step and re-analyses the network."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox, QSpinBox

from engine.examples import tiny_cnn
from tests.gui.shell_fixtures import *  # noqa: F401,F403


def _open_tiny(window, select="conv1"):
    window.files.new_from_graph(tiny_cnn())
    window.document.select([select])
    return window.inspector


def _table_cell(window, node_id, column):
    model = window.analysis.model
    return model.data(model.index(model.row_of(node_id), column))


def _type_into(qtbot, spin, text):
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def test_editors_come_from_the_declared_parameters(window):
    inspector = _open_tiny(window)
    editors = {name: e.widget for name, e in inspector.editors.items()}
    assert list(editors) == ["out_channels", "kernel_size", "stride", "padding", "dilation",
                             "groups", "bias"]
    assert isinstance(editors["out_channels"], QSpinBox)
    assert editors["out_channels"].minimum() == 1 and editors["out_channels"].maximum() == 65536
    assert isinstance(editors["bias"], QCheckBox) and editors["bias"].isChecked()
    assert editors["padding"].specialValueText() == "same"
    help_label = inspector.findChild(type(inspector.formulas), "inspector_help_kernel_size")
    assert help_label.text() == "Filter height and width (K)."
    window.document.select(["relu1"])
    assert window.inspector.editors == {}


def test_typing_a_value_changes_the_shape_in_the_table_and_undo_restores_the_document(
        window, qtbot):
    inspector = _open_tiny(window)
    before = window.document.graph.to_dict()
    assert _table_cell(window, "conv1", 2) == "8x28x28"
    _type_into(qtbot, inspector.editors["out_channels"].widget, "32")
    window.document.wait_for_analysis()
    assert window.document.graph.nodes["conv1"].params["out_channels"] == 32
    assert _table_cell(window, "conv1", 2) == "32x28x28"
    assert _table_cell(window, "conv1", 4) == "288"  # 3*3*1*32 weights
    assert window.isWindowModified()
    window.action_map["undo"].trigger()
    window.document.wait_for_analysis()
    assert window.document.graph.to_dict() == before
    assert _table_cell(window, "conv1", 2) == "8x28x28"
    assert inspector.editors["out_channels"].widget.value() == 8  # the editor followed undo
    assert not window.isWindowModified()


def test_consecutive_spin_box_ticks_are_one_undo_step(window, qtbot):
    inspector = _open_tiny(window, "pool1")
    stack = window.document.undo_stack
    start = stack.count()
    spin = inspector.editors["kernel_size"].widget
    spin.setFocus()
    for _ in range(3):
        qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert window.document.graph.nodes["pool1"].params["kernel_size"] == 5
    assert stack.count() == start + 1
    stack.undo()
    assert window.document.graph.nodes["pool1"].params["kernel_size"] == 2


def test_padding_below_zero_is_same_and_stride_two_explains_why_it_fails(window, qtbot):
    inspector = _open_tiny(window, "conv2")
    spin = inspector.editors["padding"].widget
    spin.setFocus()
    for _ in range(2):  # 1 -> 0 -> "same"
        qtbot.keyClick(spin, Qt.Key.Key_Down)
    assert spin.text() == "same"
    assert window.document.graph.nodes["conv2"].params["padding"] == "same"
    _type_into(qtbot, inspector.editors["stride"].widget, "2")
    window.document.wait_for_analysis()
    assert "only works with stride 1" in inspector.messages.text()
    assert _table_cell(window, "conv2", 2) == "—"


def test_bias_check_box_and_name(window, qtbot):
    inspector = _open_tiny(window, "fc")
    box = inspector.editors["bias"].widget
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    window.document.wait_for_analysis()
    assert window.document.graph.nodes["fc"].params["bias"] is False
    assert _table_cell(window, "fc", 5) == "0"
    name = window.inspector.name_edit
    name.setFocus()
    name.selectAll()
    qtbot.keyClicks(name, "classifier")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert window.document.graph.nodes["fc"].name == "classifier"
    window.document.wait_for_analysis()
    assert _table_cell(window, "fc", 0) == "classifier"


def test_float_editor_and_formulas(window, qtbot):
    from engine.graph import sequential
    graph = sequential((3, 8, 8), [("drop", "Dropout", {"p": 0.5})])
    window.files.new_from_graph(graph)
    window.document.select(["drop"])
    spin = window.inspector.editors["p"].widget
    assert isinstance(spin, QDoubleSpinBox) and spin.value() == 0.5
    _type_into(qtbot, spin, "0.25")
    assert window.document.graph.nodes["drop"].params["p"] == 0.25
    window.document.select(["drop"])
    assert "3x8x8" in window.inspector.formulas.text()


def test_choice_parameters_get_a_combo_box(window, qtbot):
    from PySide6.QtWidgets import QComboBox
    from engine.graph import sequential
    graph = sequential((64, 56, 56), [("block", "ResidualBlock",
                                       dict(out_channels=128, stride=2))])
    window.files.new_from_graph(graph)
    window.document.select(["block"])
    combo = window.inspector.editors["shortcut"].widget
    assert isinstance(combo, QComboBox)
    assert [combo.itemData(i) for i in range(combo.count())] == ["auto", "identity",
                                                                 "projection"]
    window.document.wait_for_analysis()
    assert window.document.analysis["block"].params == 230144  # auto: a projection shortcut
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # auto -> identity
    assert window.document.graph.nodes["block"].params["shortcut"] == "identity"
    window.document.wait_for_analysis()
    # an identity shortcut cannot add 64x56x56 to 128x28x28: the engine says why
    assert window.document.analysis["block"].error.code == "add_mismatch"
    assert "Add needs inputs of the same shape" in window.inspector.messages.text()


def test_a_typed_value_commits_to_its_own_layer_when_another_row_is_clicked(window, qtbot):
    inspector = _open_tiny(window, "conv1")
    spin = inspector.editors["out_channels"].widget
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "24")  # typed, not yet committed (no Enter)
    table, model = window.analysis.table, window.analysis.model
    rect = table.visualRect(model.index(model.row_of("conv2"), 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    graph = window.document.graph
    assert window.document.selection == ["conv2"]
    assert graph.nodes["conv1"].params["out_channels"] == 24  # committed on leaving the box
    assert graph.nodes["conv2"].params["out_channels"] == 16  # not the newly selected layer
