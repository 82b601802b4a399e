"""Editing a network on the canvas with real mouse, keyboard and drop events."""
from PySide6.QtCore import QByteArray, QMimeData, QPointF, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from engine.graph import NetworkGraph
from gui.canvas import FRAGMENT_MIME
from gui.canvas.style import ERROR_COLOR
from gui.commands import SetParamCommand
from tests.gui.canvas_helpers import (click, drop_layer, lenet_like, make_view, mouse_drag,
                                      vp_point)


def _graph(view):
    return view.doc.graph


def test_drop_from_palette_creates_node_at_drop_point(qtbot):
    view = make_view(qtbot)
    target = QPointF(120.0, 260.0)
    assert drop_layer(view, "Conv2d", vp_point(view, target))
    (node,) = _graph(view).nodes.values()
    assert node.type == "Conv2d"
    assert abs(node.pos[0] - 120.0) <= 1 and abs(node.pos[1] - 260.0) <= 1
    item = view.canvas_scene.nodes[node.id]
    assert (item.pos() - target).manhattanLength() <= 2
    assert view.doc.selection == [node.id]  # the new layer is selected for the inspector
    assert not drop_layer(view, "NoSuchLayer", vp_point(view, QPointF(0, 0)))
    assert len(_graph(view).nodes) == 1


def test_wire_two_ports_by_mouse_drag(qtbot):
    g = NetworkGraph()
    g.add_node("Input", {"channels": 3, "height": 32, "width": 32}, node_id="x", pos=(0, 0))
    g.add_node("Conv2d", {"out_channels": 8}, node_id="c", pos=(250, 160))
    view = make_view(qtbot, g)
    scene = view.canvas_scene
    start = vp_point(view, scene.nodes["x"].output_anchor())
    end = vp_point(view, scene.nodes["c"].input_anchor(0))
    mouse_drag(view, start, end)
    assert [(lk.src, lk.dst, lk.port) for lk in g.links] == [("x", "c", 0)]
    assert len(scene.links) == 1
    view.doc.analyze_now()
    assert scene.nodes["c"].text() == "Conv 3x3/1, 8 -> 8x30x30"
    assert next(iter(scene.links.values())).label == "3x32x32"
    assert view.doc.undo_stack.count() == 1


def test_illegal_wire_is_refused_while_dragging_and_says_why(qtbot):
    g = NetworkGraph()
    g.add_node("Input", {"channels": 3, "height": 8, "width": 8}, node_id="x", pos=(0, 0))
    g.add_node("Concat", {}, node_id="cat", pos=(0, 100))
    g.add_node("ReLU", {}, node_id="r", pos=(0, 200))
    g.connect("x", "cat")
    g.connect("cat", "r")
    view = make_view(qtbot, g, center=(0.0, 100.0))
    scene = view.canvas_scene
    messages = []
    view.message.connect(lambda severity, text: messages.append((severity, text)))
    vp = view.viewport()
    start = vp_point(view, scene.nodes["r"].output_anchor())
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(vp, vp_point(view, QPointF(250, 150)))
    # while dragging: the Concat (a cycle) and the Input are dimmed, nothing is legal
    assert scene.nodes["cat"].wire_state == "illegal"
    assert scene.nodes["x"].wire_state == "illegal"
    assert scene.nodes["r"].wire_state is None
    assert messages == [("info", "Drop the wire on a highlighted input port.")]
    over = vp_point(view, scene.nodes["cat"].input_anchor(1))  # its free port
    QTest.mouseMove(vp, over)
    assert messages[-1] == ("warning", "Linking r to cat would make a cycle; a network must "
                                       "flow one way.")
    assert scene.wiring.wire.pen().color() == ERROR_COLOR  # the wire itself turns red
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, over)
    assert len(g.links) == 2 and view.doc.undo_stack.count() == 0
    assert "cycle" in scene.wiring.last_refusal
    assert all(item.wire_state is None for item in scene.nodes.values())
    assert scene.wiring.wire is None


def test_legal_targets_are_highlighted_and_full_ports_refused(qtbot):
    g = lenet_like()
    g.add_node("ReLU", {}, node_id="spare", pos=(300, 0))
    view = make_view(qtbot, g)
    scene = view.canvas_scene
    vp = view.viewport()
    start = vp_point(view, scene.nodes["spare"].output_anchor())
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(vp, start + vp_point(view, QPointF(5, 40)) - vp_point(view, QPointF(0, 0)))
    assert scene.nodes["input1"].wire_state == "illegal"          # an Input takes no link
    assert scene.nodes["tanh1"].wire_state == "illegal"           # its one port is taken
    assert scene.nodes["spare"].wire_state is None                # the source itself
    over = vp_point(view, scene.nodes["tanh1"].input_anchor(0))
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, over)
    assert "already" in scene.wiring.last_refusal and "disconnect" in scene.wiring.last_refusal
    assert len(g.links) == 5


def test_drop_on_link_inserts_the_layer(qtbot):
    view = make_view(qtbot, lenet_like())
    g, scene = _graph(view), view.canvas_scene
    link_item = next(i for lk, i in scene.links.items() if lk.src == "conv1")
    point = link_item._path.pointAtPercent(0.5)
    assert drop_layer(view, "BatchNorm2d", vp_point(view, point))
    new = view.doc.selection[0]
    assert g.nodes[new].type == "BatchNorm2d"
    assert g.inputs_of(new) == ["conv1"] and g.successors(new) == ["tanh1"]
    assert g.inputs_of("tanh1") == [new]
    view.doc.analyze_now()
    assert scene.nodes[new].text() == "BatchNorm -> 6x28x28"


def test_drop_below_selected_node_appends_and_connects(qtbot):
    view = make_view(qtbot, lenet_like())
    g, scene = _graph(view), view.canvas_scene
    click(view, vp_point(view, scene.nodes["fc"].pos()))
    assert view.doc.selection == ["fc"]
    below = scene.nodes["fc"].pos() + QPointF(10, 70)
    assert drop_layer(view, "Softmax", vp_point(view, below))
    new = view.doc.selection[0]
    assert g.inputs_of(new) == ["fc"]
    assert g.nodes[new].pos[0] == g.nodes["fc"].pos[0]  # lined up under it


def test_param_edit_updates_text_and_undo_redo_restore_identical_document(qtbot):
    view = make_view(qtbot, lenet_like())
    doc, scene = view.doc, view.canvas_scene
    doc.analyze_now()
    original = doc.graph.to_dict()
    assert scene.nodes["conv1"].text() == "Conv 5x5/1, 6 -> 6x28x28"
    doc.undo_stack.push(SetParamCommand(doc, "conv1", "kernel_size", 3))
    assert scene.nodes["conv1"].title == "Conv 3x3/1, 6"  # at once, from the graph event
    qtbot.waitUntil(lambda: scene.nodes["conv1"].text() == "Conv 3x3/1, 6 -> 6x30x30")
    assert scene.nodes["pool1"].shape_str == "6x15x15"
    changed = doc.graph.to_dict()
    doc.undo_stack.undo()
    assert doc.graph.to_dict() == original
    doc.analyze_now()
    assert scene.nodes["conv1"].text() == "Conv 5x5/1, 6 -> 6x28x28"
    doc.undo_stack.redo()
    assert doc.graph.to_dict() == changed


def test_move_by_drag_is_one_undo_step(qtbot):
    view = make_view(qtbot, lenet_like())
    doc, scene = view.doc, view.canvas_scene
    item = scene.nodes["tanh1"]
    start = vp_point(view, item.pos() + QPointF(-40, 0))
    mouse_drag(view, start, start + vp_point(view, QPointF(120, 30)) - vp_point(view,
                                                                                QPointF(0, 0)))
    assert doc.graph.nodes["tanh1"].pos == (120.0, 210.0)
    assert doc.undo_stack.count() == 1
    link = next(i for lk, i in scene.links.items() if lk.dst == "tanh1")
    assert (link._path.pointAtPercent(1.0) - item.input_anchor(0)).manhattanLength() < 0.5
    doc.undo_stack.undo()
    assert doc.graph.nodes["tanh1"].pos == (0.0, 180.0)
    assert item.pos() == QPointF(0.0, 180.0)


def test_rubber_band_selects_the_nodes_it_touches(qtbot):
    view = make_view(qtbot, lenet_like(), center=(0.0, 200.0))
    scene = view.canvas_scene
    # from empty canvas right of the column, down-left across tanh1 (y 180) and pool1 (270)
    start = vp_point(view, QPointF(150, 160))
    end = vp_point(view, QPointF(-150, 280))
    mouse_drag(view, start, end, steps=8)
    assert sorted(view.doc.selection) == ["pool1", "tanh1"]
    assert sorted(scene.selected_node_ids()) == ["pool1", "tanh1"]


def test_delete_copy_paste_duplicate(qtbot):
    view = make_view(qtbot, lenet_like())
    doc, g, scene = view.doc, _graph(view), view.canvas_scene
    original = g.to_dict()
    doc.select(["tanh1", "pool1"])
    view.setFocus()
    view.editor.actions["copy"].trigger()
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert "tanh1" not in g.nodes and "pool1" not in g.nodes
    assert "tanh1" not in scene.nodes and len(scene.links) == len(g.links) == 2
    doc.undo_stack.undo()
    assert g.to_dict() == original
    view.editor.actions["paste"].trigger()
    pasted = doc.selection
    assert sorted(g.nodes[n].type for n in pasted) == ["AvgPool2d", "Tanh"]
    assert set(pasted).isdisjoint({"tanh1", "pool1"})
    assert [(lk.src, lk.dst) for lk in g.links if lk.src in pasted] == [(pasted[0], pasted[1])]
    assert all(n in scene.nodes for n in pasted)
    doc.undo_stack.undo()
    assert g.to_dict() == original
    doc.select(["conv1"])
    QTest.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    (dup,) = doc.selection
    assert g.nodes[dup].params == g.nodes["conv1"].params and dup != "conv1"
    assert g.nodes[dup].pos[0] > g.nodes["conv1"].pos[0]  # beside the original, not on it
    doc.undo_stack.undo()
    assert g.to_dict() == original


def test_paste_into_another_window(qtbot):
    first = make_view(qtbot, lenet_like())
    second = make_view(qtbot)
    first.doc.select(["conv1", "tanh1"])
    first.editor.actions["copy"].trigger()
    second.editor.actions["paste"].trigger()
    g2 = second.doc.graph
    assert sorted(n.type for n in g2.nodes.values()) == ["Conv2d", "Tanh"]
    assert [(lk.src, lk.dst) for lk in g2.links] == [("conv1", "tanh1")]


def test_delete_selected_link_disconnects(qtbot):
    view = make_view(qtbot, lenet_like())
    g, scene = _graph(view), view.canvas_scene
    link_item = next(i for lk, i in scene.links.items() if lk.src == "pool1")
    click(view, vp_point(view, link_item._path.pointAtPercent(0.5)))
    assert scene.selected_links() == [link_item.link]
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert sorted((lk.src, lk.dst) for lk in g.links) == [
        ("conv1", "tanh1"), ("flat", "fc"), ("input1", "conv1"), ("tanh1", "pool1")]
    assert len(scene.links) == 4
    assert len(g.nodes) == 6


def test_right_click_menu_selects_and_pastes_where_clicked(qtbot):
    view = make_view(qtbot, lenet_like())
    scene, g = view.canvas_scene, _graph(view)
    seen = []

    def pick(name):
        def run():
            menu = QApplication.activePopupWidget()
            seen.append([a.objectName() for a in menu.actions() if a.objectName()])
            action = next(a for a in menu.actions() if a.objectName() == name)
            menu.close()
            action.trigger()
        return run

    def right_click(scene_point, action_name):
        pos = vp_point(view, scene_point)
        QTimer.singleShot(50, pick(action_name))
        event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos,
                                  view.viewport().mapToGlobal(pos))
        QApplication.sendEvent(view.viewport(), event)

    right_click(scene.nodes["conv1"].pos(), "canvas_copy")
    assert view.doc.selection == ["conv1"]
    assert "canvas_delete" in seen[0] and "canvas_ungroup" not in seen[0]
    right_click(QPointF(400.0, 300.0), "canvas_paste")
    (new,) = view.doc.selection
    assert g.nodes[new].type == "Conv2d" and new != "conv1"
    assert abs(g.nodes[new].pos[0] - 400.0) <= 1 and abs(g.nodes[new].pos[1] - 300.0) <= 1


def test_pasting_foreign_or_damaged_clipboard_says_so_and_changes_nothing(qtbot):
    view = make_view(qtbot, lenet_like())
    original = _graph(view).to_dict()
    messages = []
    view.message.connect(lambda severity, text: messages.append((severity, text)))
    clipboard = QApplication.clipboard()
    clipboard.setText("just some text")
    view.editor.actions["paste"].trigger()
    assert messages[-1] == ("info", "The clipboard holds no layers to paste.")
    for raw, expected in ((b"{not json", "does not hold ConvStudio layers"),
                          (b'{"nodes": [{"id": "a", "type": "Warp", "pos": [0, 0]}]}',
                           "Unknown layer type 'Warp'")):
        data = QMimeData()
        data.setData(FRAGMENT_MIME, QByteArray(raw))
        clipboard.setMimeData(data)
        view.editor.actions["paste"].trigger()
        assert messages[-1][0] == "warning" and expected in messages[-1][1]
    assert _graph(view).to_dict() == original and view.doc.undo_stack.count() == 0
    clipboard.clear()
