"""The analysis table reproduces the lecture's AlexNet table, shows formulas on hover, selects
nodes on click and estimates training memory."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from engine.analysis import human_bytes, training_memory
from engine.examples import alexnet_table, tiny_cnn
from gui.widgets.analysis_table import COLUMNS
from tests.gui.shell_fixtures import *  # noqa: F401,F403

COL = {key: i for i, (key, _) in enumerate(COLUMNS)}


def _row(window, node_id):
    model = window.analysis.model
    r = model.row_of(node_id)
    return {key: model.data(model.index(r, i)) for key, i in COL.items()}


def test_alexnet_rows_match_the_lecture_table(window):
    window.files.new_from_graph(alexnet_table())
    conv1 = _row(window, "conv1")
    assert conv1["output"] == "96x55x55"
    # the lecture's 34,944 for conv1 = 34,848 weights + 96 biases, shown apart
    assert (conv1["weights"], conv1["biases"], conv1["params"]) == ("34,848", "96", "34,944")
    assert _row(window, "pool1")["output"] == "96x27x27"
    assert _row(window, "pool5")["output"] == "256x6x6"
    assert _row(window, "fc6")["weights"] == "37,748,736"
    assert _row(window, "fc8")["weights"] == "4,096,000"
    model = window.analysis.model
    last = model.rowCount() - 1
    totals = window.document.analysis.totals
    assert model.data(model.index(last, COL["layer"])) == "Total"
    assert model.data(model.index(last, COL["params"])) == f"{totals.params:,}"
    assert model.data(model.index(last, COL["macs"])) == f"{totals.macs:,}"


def test_hovering_a_cell_shows_its_formula_with_numbers(window, qtbot):
    window.files.new_from_graph(alexnet_table())
    table = window.analysis.table
    model = window.analysis.model
    index = model.index(model.row_of("conv1"), COL["output"])
    assert "floor((224 + 2*3 - 11) / 4) + 1 = 55" in model.data(index,
                                                                Qt.ItemDataRole.ToolTipRole)
    # a real hover: the view answers the tool-tip event with the model's formula
    table.scrollTo(index)
    centre = table.visualRect(index).center()
    qtbot.mouseMove(table.viewport(), centre)
    QApplication.sendEvent(table.viewport(), QHelpEvent(
        QEvent.Type.ToolTip, centre, table.viewport().mapToGlobal(centre)))
    qtbot.waitUntil(QToolTip.isVisible)
    assert "= 55" in QToolTip.text()
    macs = model.data(model.index(model.row_of("conv1"), COL["macs"]),
                      Qt.ItemDataRole.ToolTipRole)
    assert "FLOPs = 2 x MACs" in macs


def test_clicking_a_row_selects_the_node(window, qtbot):
    window.files.new_from_graph(tiny_cnn())
    table = window.analysis.table
    model = window.analysis.model
    index = model.index(model.row_of("pool1"), COL["layer"])
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(index).center())
    assert window.document.selection == ["pool1"]
    assert window.inspector.editors["kernel_size"].widget.value() == 2
    window.document.select(["conv2"])
    assert table.selectionModel().selectedRows()[0].row() == model.row_of("conv2")


def test_training_memory_follows_batch_size_and_optimizer(window, qtbot):
    window.files.new_from_graph(alexnet_table())
    widget = window.analysis
    widget.optimizer.setCurrentIndex(widget.optimizer.findData("sgd"))
    widget.batch.setFocus()
    widget.batch.selectAll()
    qtbot.keyClicks(widget.batch, "128")
    qtbot.keyClick(widget.batch, Qt.Key.Key_Return)
    est, formula = training_memory(window.document.analysis, 128, "sgd")
    assert widget.memory.text().startswith(human_bytes(est.total))
    assert widget.memory.toolTip() == formula
    widget.optimizer.setCurrentIndex(widget.optimizer.findData("adam"))
    adam, _ = training_memory(window.document.analysis, 128, "adam")
    assert adam.total > est.total  # two more copies of every parameter
    assert widget.memory.text().startswith(human_bytes(adam.total))


def test_broken_layer_row_is_marked_and_explained(window):
    from engine.graph import sequential
    graph = sequential((3, 8, 8), [("flat", "Flatten", {}), ("conv", "Conv2d", {})])
    window.files.new_from_graph(graph)
    model = window.analysis.model
    index = model.index(model.row_of("conv"), COL["output"])
    assert model.data(index) == "—"
    assert "needs an image-shaped input" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert window.messages.messages()[0].startswith("conv: ")


def test_totals_line_states_macs_and_flops_apart(window):
    import engine.zoo as zoo
    window.files.new_from_graph(zoo.create("resnet18"))
    text = window.analysis.totals.text()
    # the lecture's ResNet-18 "1.8 x10^9 FLOPs" are multiply-accumulates
    assert "Parameters 11,689,512" in text
    assert "MACs 1.81 G" in text and "FLOPs = 2 x MACs = 3.63 G" in text
