"""File > Open of a project whose layer ids are PyTorch module attributes (``eval``,
``training``): the network opens with them renamed, and the window says so in the user's
language; the renamed network trains (builds) like any other."""
from __future__ import annotations

import re


from engine.build import build_module
from tests.engine.test_reserved_ids import _file_with_reserved_ids
from tests.gui.shell_fixtures import *  # noqa: F401,F403

HANGUL = re.compile(r"[\uac00-\ud7a3]")


def test_opening_a_file_with_reserved_ids_renames_them_and_says_so(window, tmp_path):
    path = _file_with_reserved_ids(tmp_path / "old.convstudio")
    assert window.files.open_path(str(path))
    box = window.files.notice_box
    assert box.isVisible() and box.windowTitle() == "Layers renamed"
    assert box.text().startswith("old.convstudio: layer ids that every PyTorch module uses")
    assert "(eval -> eval_layer2, training -> training_layer)" in box.text()
    graph = window.document.graph
    assert {"eval_layer2", "training_layer"} <= set(graph.nodes)
    assert "eval" not in graph.nodes and "training" not in graph.nodes
    assert window.canvas.scene().nodes.keys() == graph.nodes.keys()
    assert build_module(graph).eval_layer2.out_channels == 3


def test_the_notice_is_translated(window, tmp_path, korean):
    path = _file_with_reserved_ids(tmp_path / "old.convstudio")
    assert window.files.open_path(str(path))
    text = window.files.notice_box.text()
    assert HANGUL.search(text) and "Traceback" not in text, text
    assert "old.convstudio" in text and "eval -> eval_layer2" in text
    assert HANGUL.search(window.files.notice_box.windowTitle())


def test_a_clean_file_opens_without_a_notice(window, tmp_path):
    from engine.examples import tiny_cnn
    from engine.io import save_project
    path = tmp_path / "clean.convstudio"
    save_project(tiny_cnn(), path)
    assert window.files.open_path(str(path))
    assert window.files.notice_box is None


def test_naming_a_layer_eval_in_the_inspector_is_a_label_and_builds(window, qtbot):
    """The inspector's Name field sets the layer's label (its id stays), so any name works:
    a label is never an attribute of the built module or of the exported class."""
    from PySide6.QtCore import Qt

    from engine.examples import tiny_cnn
    from engine.io.export_source import network_source
    window.files.new_from_graph(tiny_cnn())
    window.document.select(["conv1"])
    name = window.inspector.name_edit
    name.setFocus()
    name.selectAll()
    qtbot.keyClicks(name, "eval")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    node = window.document.graph.nodes["conv1"]
    assert (node.id, node.name) == ("conv1", "eval")
    assert build_module(window.document.graph).conv1.out_channels == 8
    assert "self.conv1 = nn.Conv2d(" in network_source(window.document.graph)
