"""The layer palette: categories from the registry, search, icons and tooltips, and drops of its
own drag data onto the canvas creating nodes."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from engine import layers
from gui.palette import LAYER_MIME
from tests.gui.shell_fixtures import *  # noqa: F401,F403


def test_categories_follow_the_registry_with_icons_and_tooltips(window):
    palette = window.palette_panel
    expected = [c for c in layers.CATEGORIES
                if any(s.category == c for s in layers.all_specs())]
    assert palette.category_titles()[:len(expected)] == expected
    assert set(palette.visible_layers()) == {s.type for s in layers.all_specs()}
    conv = palette.item_for("Conv2d")
    assert not conv.icon(0).isNull()
    assert "floor((N + 2P - K) / S) + 1" in conv.toolTip(0)


def test_search_box_filters_by_typed_words(window, qtbot):
    palette = window.palette_panel
    qtbot.mouseClick(palette.search, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(palette.search, "pool")
    visible = palette.visible_layers()
    assert "MaxPool2d" in visible and "AvgPool2d" in visible and "GlobalAvgPool" in visible
    assert "Conv2d" not in visible and "ReLU" not in visible
    # a category with no match disappears
    convolution = palette._categories["Convolution"]
    assert convolution.isHidden()
    qtbot.keyClicks(palette.search, " max")
    assert palette.visible_layers() == ["MaxPool2d"]
    palette.search.clear()
    assert set(palette.visible_layers()) == {s.type for s in layers.all_specs()}


def test_enter_in_the_search_box_adds_the_first_match(window, qtbot):
    qtbot.keyClicks(window.palette_panel.search, "relu")
    qtbot.keyClick(window.palette_panel.search, Qt.Key.Key_Return)
    types = [n.type for n in window.document.graph.nodes.values()]
    assert types == ["ReLU"]


def _drop(view, mime, pos: QPoint):
    target = view.viewport()
    posf = QPointF(pos)
    actions = Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(pos, actions, mime, buttons, mods)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(pos, actions, mime, buttons, mods)
    QApplication.sendEvent(target, move)
    drop = QDropEvent(posf, actions, mime, buttons, mods)
    QApplication.sendEvent(target, drop)
    return drop


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_dropping_a_palette_item_on_the_canvas_creates_that_layer(window, qtbot):
    item = window.palette_panel.item_for("Conv2d")
    mime = window.palette_panel.tree.mimeData([item])
    assert bytes(mime.data(LAYER_MIME)).decode() == "Conv2d"
    _drop(window.canvas, mime, window.canvas.viewport().rect().center())
    qtbot.waitUntil(lambda: len(window.document.graph.nodes) == 1)
    node = next(iter(window.document.graph.nodes.values()))
    assert node.type == "Conv2d"
    # the analysis follows: a Conv with no input is reported in the message bar
    qtbot.waitUntil(lambda: any("no input" in m for m in window.messages.messages()))
    assert window.document.undo_stack.count() == 1


def test_double_click_appends_below_the_selected_layer_and_wires_it(window, qtbot):
    from engine.examples import tiny_cnn
    window.files.new_from_graph(tiny_cnn())
    window.document.select(["fc"])
    tree = window.palette_panel.tree
    item = window.palette_panel.item_for("Dropout")
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    # a real double-click: the first press selects, the second activates
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    graph = window.document.graph
    added = [n for n in graph.nodes.values() if n.type == "Dropout"]
    assert len(added) == 1
    assert graph.inputs_of(added[0].id) == ["fc"]
    assert added[0].pos[1] > graph.nodes["fc"].pos[1]
    assert window.document.selection == [added[0].id]
