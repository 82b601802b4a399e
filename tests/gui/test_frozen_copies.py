"""A copy of a frozen layer is frozen, as a user expects: Ctrl+C / Ctrl+V and Ctrl+D on the
canvas, undo and redo of each, delete + undo, group and ungroup, and expanding or collapsing a
frozen composite block all keep the layers' frozen flags; the copies look frozen on the canvas,
the analysis counts their weights as frozen, and the built module does not train them."""
from __future__ import annotations

import torch
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from engine.build import build_module
from engine.graph import sequential
from gui.commands import SnapshotCommand
from engine.graph import transfer
from tests.gui.canvas_helpers import click, lenet_like, make_view, vp_point

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
CONV1 = 6 * 1 * 5 * 5 + 6  # LeNet's first convolution


def _freeze(view, nodes):
    doc = view.doc
    doc.undo_stack.push(SnapshotCommand(doc, "Freeze", lambda g: transfer.set_frozen(
        g, nodes, True)))


def _select_by_clicks(view, ids):
    scene = view.canvas_scene
    click(view, vp_point(view, scene.nodes[ids[0]].pos()))
    for node_id in ids[1:]:
        click(view, vp_point(view, scene.nodes[node_id].pos()), CTRL)
    assert sorted(scene.selected_node_ids()) == sorted(ids)


def _key(view, key, modifiers=CTRL):
    view.setFocus()
    QTest.keyClick(view, key, modifiers)


def _frozen_params(view):
    return view.doc.wait_for_analysis().totals.frozen_params


def test_ctrl_c_ctrl_v_of_frozen_layers_pastes_frozen_copies_and_undo_redo_keep_them(qtbot):
    view = make_view(qtbot, lenet_like())
    doc, scene, g = view.doc, view.canvas_scene, view.doc.graph
    _freeze(view, ["conv1", "tanh1"])
    assert _frozen_params(view) == CONV1
    # the copy takes its Input along, so the analysis knows the pasted convolution's size
    _select_by_clicks(view, ["input1", "conv1", "tanh1", "pool1"])
    _key(view, Qt.Key.Key_C)
    _key(view, Qt.Key.Key_V)
    pasted = list(doc.selection)
    assert sorted(g.nodes[n].type for n in pasted) == ["AvgPool2d", "Conv2d", "Input", "Tanh"]
    assert set(pasted).isdisjoint({"input1", "conv1", "tanh1", "pool1"})
    frozen = {g.nodes[n].type: g.nodes[n].frozen for n in pasted}
    assert frozen == {"Input": False, "Conv2d": True, "Tanh": True, "AvgPool2d": False}
    assert {g.nodes[n].type for n in pasted if scene.nodes[n].frozen} == {"Conv2d", "Tanh"}
    assert _frozen_params(view) == 2 * CONV1
    copy_conv = next(n for n in pasted if g.nodes[n].type == "Conv2d")
    doc.undo_stack.undo()  # (the window's Ctrl+Z; a bare canvas has no undo shortcut)
    assert copy_conv not in g.nodes and _frozen_params(view) == CONV1
    doc.undo_stack.redo()
    assert g.nodes[copy_conv].frozen and scene.nodes[copy_conv].frozen
    assert _frozen_params(view) == 2 * CONV1
    # the pasted copy, wired in place of the original, is not trained by the built module
    copy_input = next(n for n in pasted if g.nodes[n].type == "Input")
    g.disconnect("conv1", "tanh1")
    g.remove_node(copy_input)
    g.connect("input1", copy_conv)
    g.connect(copy_conv, "tanh1")
    g.remove_node("conv1")
    module = build_module(g)
    assert not any(p.requires_grad for p in getattr(module, copy_conv).parameters())
    assert all(p.requires_grad for p in module.fc.parameters())


def test_duplicate_delete_and_group_keep_the_frozen_flag(qtbot):
    view = make_view(qtbot, lenet_like())
    doc, scene, g = view.doc, view.canvas_scene, view.doc.graph
    _freeze(view, ["conv1"])
    _select_by_clicks(view, ["conv1"])
    _key(view, Qt.Key.Key_D)
    (dup,) = doc.selection
    assert dup != "conv1" and g.nodes[dup].frozen and scene.nodes[dup].frozen
    doc.undo_stack.undo()
    assert dup not in g.nodes
    doc.undo_stack.redo()
    assert g.nodes[dup].frozen
    # delete the frozen original, then undo: it comes back frozen
    _select_by_clicks(view, ["conv1"])
    _key(view, Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier)
    assert "conv1" not in g.nodes
    doc.undo_stack.undo()  # (the window's Ctrl+Z; a bare canvas has no undo shortcut)
    assert g.nodes["conv1"].frozen and scene.nodes["conv1"].frozen
    assert _frozen_params(view) == CONV1  # the duplicate has no input yet: no size known
    # group and ungroup (and their undo) leave every layer's flag as it was
    _select_by_clicks(view, ["conv1", "tanh1"])
    _key(view, Qt.Key.Key_G)
    (block,) = g.blocks
    assert g.nodes["conv1"].frozen and not g.nodes["tanh1"].frozen
    doc.select([])
    scene.blocks[block].setSelected(True)
    _key(view, Qt.Key.Key_G, CTRL | SHIFT)
    assert not g.blocks and g.nodes["conv1"].frozen and not g.nodes["tanh1"].frozen
    doc.undo_stack.undo()  # the ungroup
    doc.undo_stack.undo()  # the group
    assert not g.blocks and g.nodes["conv1"].frozen and g.nodes[dup].frozen
    assert _frozen_params(view) == CONV1


def test_expanding_a_frozen_block_freezes_its_layers_and_collapsing_keeps_it_frozen(qtbot):
    net = sequential((3, 8, 8), [("conv", "Conv2d", {"out_channels": 4, "kernel_size": 3,
                                                     "padding": 1}),
                                 ("res", "ResidualBlock", {"out_channels": 4}),
                                 ("flat", "Flatten", {}),
                                 ("fc", "Linear", {"out_features": 2})])
    view = make_view(qtbot, net)
    doc, g = view.doc, view.doc.graph
    _freeze(view, ["res"])
    block_params = _frozen_params(view)
    assert block_params > 0
    view.editor.expand_node("res")
    inner = g.blocks["res"].nodes
    assert len(inner) > 3 and all(g.nodes[n].frozen for n in inner)
    assert _frozen_params(view) == block_params
    assert view.canvas_scene.nodes[inner[0]].frozen
    doc.select(inner)
    view.editor.actions["collapse_block"].trigger()
    assert g.nodes["res"].type == "ResidualBlock" and g.nodes["res"].frozen
    assert _frozen_params(view) == block_params
    module = build_module(g)
    assert not any(p.requires_grad for p in module.res.parameters())
    assert torch.is_tensor(module(torch.zeros(1, 3, 8, 8)))
