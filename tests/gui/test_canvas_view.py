"""What the canvas shows (shapes, badges, blocks) and how it follows the document."""
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QPalette, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip

from shiboken6 import isValid

from engine import zoo
from engine.graph import sequential
from engine.graph.layout import ROW
from gui.canvas.block_item import BlockItem
from gui.commands import AddNodeCommand
from tests.gui.canvas_helpers import click, lenet_like, make_view, vp_point

ADD_MESSAGE = ("Add needs inputs of the same shape: 8x8x8 from c1 and 4x8x8 from c2 — add a "
               "1x1 convolution on the shortcut to match 8 channels.")


def _mismatched_add():
    g = sequential((3, 8, 8), [("c1", "Conv2d", {"out_channels": 8, "padding": 1}),
                               ("c2", "Conv2d", {"out_channels": 4, "padding": 1})])
    g.add_node("Add", {}, node_id="add", pos=(0.0, 300.0))
    g.connect("c1", "add")
    g.connect("c2", "add")
    return g


def test_every_node_shows_type_parameters_and_shape_links_show_tensors(qtbot):
    view = make_view(qtbot, lenet_like())
    view.doc.analyze_now()
    nodes = view.canvas_scene.nodes
    assert nodes["conv1"].text() == "Conv 5x5/1, 6 -> 6x28x28"
    assert nodes["pool1"].text() == "AvgPool 2x2/2 -> 6x14x14"
    assert nodes["fc"].text() == "FC 10 -> 10"
    labels = {(lk.src, lk.dst): item.label for lk, item in view.canvas_scene.links.items()}
    assert labels[("conv1", "tanh1")] == "6x28x28"
    assert labels[("flat", "fc")] == "1176"  # 6*14*14 values flattened
    assert all(item.severity is None for item in nodes.values())


def test_broken_add_has_red_badge_with_engine_message(qtbot):
    view = make_view(qtbot, _mismatched_add())
    view.doc.analyze_now()
    item = view.canvas_scene.nodes["add"]
    assert item.severity == "error"
    assert item.toolTip() == ADD_MESSAGE
    assert "add" in [i.node_id for i in view.canvas_scene.items(item.scenePos())
                     if hasattr(i, "node_id")]
    into_add = [i for lk, i in view.canvas_scene.links.items() if lk.dst == "add"]
    assert into_add and all(i.broken for i in into_add)  # both links tinted red
    messages = []
    view.message.connect(lambda severity, text: messages.append((severity, text)))
    click(view, vp_point(view, item.pos()))
    assert messages == [("error", ADD_MESSAGE)]
    # and the badge is painted: a red pixel at the top-right corner of the card
    image = view.grab().toImage()
    corner = vp_point(view, item.mapToScene(item.card_rect().topRight() + QPointF(3, 2)))
    color = image.pixelColor(corner)
    assert color.red() > 180 and color.green() < 90 and color.blue() < 90


def test_uneven_pooling_gets_an_amber_warning_badge(qtbot):
    view = make_view(qtbot, sequential((3, 7, 7), [("p", "MaxPool2d", {})]))
    view.doc.analyze_now()
    item = view.canvas_scene.nodes["p"]
    assert item.severity == "warning" and "drops the last 1 row and column of the image" in item.toolTip()
    assert item.shape_str == "3x3x3"  # a warning still has a shape


def test_small_edits_update_items_in_place_and_reset_rebuilds(qtbot):
    view = make_view(qtbot, lenet_like())
    scene, doc = view.canvas_scene, view.doc
    before = dict(scene.nodes)
    doc.undo_stack.push(AddNodeCommand(doc, "ReLU", pos=(300, 0), connect_from="fc"))
    assert all(scene.nodes[n] is item for n, item in before.items())  # no rebuild
    assert len(scene.nodes) == 7 and len(scene.links) == 6
    doc.replace_graph(zoo.create("lenet5"))
    assert set(scene.nodes) == set(doc.graph.nodes)
    assert len(scene.links) == len(doc.graph.links)
    assert all(item.scene() is scene for item in scene.nodes.values())
    assert not any(isValid(item) and item.scene() for item in before.values())


def test_group_and_ungroup_draw_and_remove_a_frame_behind_the_nodes(qtbot):
    view = make_view(qtbot, lenet_like())
    scene, doc = view.canvas_scene, view.doc
    original = doc.graph.to_dict()
    doc.select(["conv1", "tanh1", "pool1"])
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    (block_id,) = doc.graph.blocks
    frame = scene.blocks[block_id]
    assert isinstance(frame, BlockItem) and frame.zValue() < scene.nodes["conv1"].zValue()
    for n in ("conv1", "tanh1", "pool1"):
        assert frame.boundingRect().contains(scene.nodes[n].sceneBoundingRect().center())
    assert not frame.boundingRect().contains(scene.nodes["fc"].pos())
    # moving a member stretches the frame
    doc.graph.move("pool1", (400.0, 270.0))
    assert frame.boundingRect().contains(scene.nodes["pool1"].pos())
    doc.undo_stack.undo()  # not the move (it bypassed the stack): undo the group
    assert block_id not in scene.blocks and frame.scene() is None
    doc.graph.move("pool1", (0.0, 270.0))
    assert doc.graph.to_dict() == original
    doc.undo_stack.redo()
    assert block_id in scene.blocks
    doc.select(["tanh1"])
    view.editor.actions["ungroup"].trigger()
    assert not doc.graph.blocks and not scene.blocks


def test_expand_and_collapse_a_composite_block(qtbot):
    g = sequential((16, 8, 8), [("res", "ResidualBlock", {"out_channels": 32, "stride": 2}),
                                ("gap", "GlobalAvgPool", {})])
    view = make_view(qtbot, g)
    scene, doc = view.canvas_scene, view.doc
    doc.analyze_now()
    original = g.to_dict()
    assert scene.nodes["res"].composite and scene.nodes["res"].text() == \
        "Residual 32/2 -> 32x4x4"
    doc.select(["res"])
    assert view.editor.actions["expand_block"].isEnabled()
    view.editor.actions["expand_block"].trigger()
    assert "res" not in g.nodes and "res" in g.blocks and "res" in scene.blocks
    assert len(scene.nodes) == len(g.nodes) > 5
    frame = scene.blocks["res"]
    assert frame.collapsible
    doc.analyze_now()
    assert scene.nodes["gap"].shape_str == "32"
    # the frame's collapse button turns it back into one layer
    click(view, vp_point(view, frame.button_rect().center()))
    assert {n.id: (n.type, n.params) for n in g.nodes.values()} == {
        n["id"]: (n["type"], n["params"]) for n in original["nodes"]}
    assert g.to_dict()["links"] == original["links"]
    assert scene.nodes["res"].composite and not scene.blocks
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert g.to_dict() == original


def test_refused_expand_says_why(qtbot):
    view = make_view(qtbot, lenet_like())
    messages = []
    view.message.connect(lambda severity, text: messages.append((severity, text)))
    view.editor.expand_node("conv1")
    assert messages and "not a composite block" in messages[-1][1]
    assert view.doc.undo_stack.count() == 0


def test_auto_layout_puts_every_child_below_its_parents_in_one_step(qtbot):
    g = zoo.create("resnet18")
    for i, n in enumerate(g.nodes):  # scramble the positions
        g.nodes[n].pos = ((i * 37) % 400, (i * 53) % 300)
    view = make_view(qtbot, g)
    scene, doc = view.canvas_scene, view.doc
    view.editor.actions["auto_layout"].trigger()
    assert doc.undo_stack.count() == 1
    for lk in g.links:
        assert g.nodes[lk.dst].pos[1] >= g.nodes[lk.src].pos[1] + ROW
        assert scene.nodes[lk.dst].pos().y() > scene.nodes[lk.src].pos().y()
    doc.undo_stack.undo()
    assert g.nodes["conv1"].pos == ((1 * 37) % 400, (1 * 53) % 300)


def test_zoom_keys_wheel_and_fit(qtbot):
    view = make_view(qtbot, zoo.create("resnet18"))
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Plus)
    assert abs(view.zoom() - 1.25) < 1e-6
    QTest.keyClick(view, Qt.Key.Key_Minus)
    assert abs(view.zoom() - 1.0) < 1e-6
    center = QPointF(view.viewport().rect().center())
    wheel = QWheelEvent(center, QPointF(view.mapToGlobal(center.toPoint())), QPoint(0, 0),
                        QPoint(0, 240), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.zoom() > 1.3
    QTest.keyClick(view, Qt.Key.Key_0)
    # a network too tall to show readably: Fit to View shows its whole width from its input
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    content = view.canvas_scene.content_rect()
    assert visible.left() <= content.left() and visible.right() >= content.right()
    assert visible.top() <= content.top() and view.zoom() >= 0.35


def test_presentation_mode_enlarges_cards_and_keeps_the_words(qtbot):
    view = make_view(qtbot, lenet_like())
    view.doc.analyze_now()
    small = view.canvas_scene.nodes["conv1"]
    width, font = small.card_rect().width(), small.style.title_font.pointSizeF()
    y = small.pos().y()
    view.set_presentation(True)
    big = view.canvas_scene.nodes["conv1"]
    assert big.card_rect().width() > 1.3 * width
    assert big.style.title_font.pointSizeF() > 1.4 * font
    assert big.text() == "Conv 5x5/1, 6 -> 6x28x28"
    assert big.pos().y() > 1.3 * y > 0
    view.set_presentation(False)
    assert view.canvas_scene.nodes["conv1"].card_rect().width() == width


def test_dark_palette_gives_dark_cards(qtbot):
    view = make_view(qtbot, lenet_like())
    light = view.canvas_scene.style.card_fill("Convolution").lightnessF()
    dark = QPalette()
    for role, color in ((QPalette.ColorRole.Window, "#202124"), (QPalette.ColorRole.Base,
                        "#2b2c30"), (QPalette.ColorRole.Text, "#e8eaed")):
        dark.setColor(role, QColor(color))
    view.setPalette(dark)
    assert view.canvas_scene.style.dark
    assert view.canvas_scene.style.card_fill("Convolution").lightnessF() < 0.4 < light


def test_actions_have_stable_names_and_select_all(qtbot):
    view = make_view(qtbot, lenet_like())
    actions = view.actions_by_name()
    for name in ("delete", "copy", "paste", "duplicate", "select_all", "group", "ungroup",
                 "expand_block", "collapse_block", "zoom_in", "zoom_out", "zoom_fit",
                 "auto_layout"):
        assert actions[name].objectName() == f"canvas_{name}"
    assert view.objectName() == "canvas"
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert sorted(view.doc.selection) == sorted(view.doc.graph.nodes)
    assert not QToolTip.isVisible()


def test_theme_switch_recolours_without_rebuilding(qtbot):
    view = make_view(qtbot, lenet_like())
    items = dict(view.canvas_scene.nodes)
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#2b2c30"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e8eaed"))
    view.setPalette(dark)
    assert view.canvas_scene.style.dark
    assert all(view.canvas_scene.nodes[n] is item for n, item in items.items())
    card = vp_point(view, items["tanh1"].pos() + QPointF(20, 0))
    assert view.grab().toImage().pixelColor(card).lightnessF() < 0.35  # painted dark now


def test_plain_group_folds_into_one_card_and_unfolds(qtbot):
    view = make_view(qtbot, lenet_like(), center=(0.0, 250.0))
    scene, doc = view.canvas_scene, view.doc
    doc.analyze_now()
    doc.select(["tanh1", "pool1", "flat"])
    view.editor.actions["group"].trigger()
    (block_id,) = doc.graph.blocks
    frame = scene.blocks[block_id]
    before = doc.graph.to_dict()
    click(view, vp_point(view, frame.button_rect().center()))
    assert frame.folded and not scene.nodes["pool1"].isVisible()
    assert frame.summary == "3 layers \u2192 1176"
    inner = [i for lk, i in scene.links.items() if lk.src == "tanh1"]
    assert inner and not inner[0].isVisible()
    into = next(i for lk, i in scene.links.items() if lk.dst == "tanh1")
    out = next(i for lk, i in scene.links.items() if lk.src == "flat")
    assert into.isVisible() and out.isVisible()
    assert (into._path.pointAtPercent(1.0) - frame.input_anchor()).manhattanLength() < 0.5
    assert (out._path.pointAtPercent(0.0) - frame.output_anchor()).manhattanLength() < 0.5
    assert doc.graph.to_dict() == before and doc.undo_stack.count() == 1  # a view state
    # the folded card is painted where the first member was
    image = view.grab().toImage()
    assert image.pixelColor(vp_point(view, scene.nodes["tanh1"].pos())) != \
        image.pixelColor(vp_point(view, scene.nodes["tanh1"].pos() + QPointF(300, 0)))
    click(view, vp_point(view, frame.button_rect().center()))
    assert not frame.folded and scene.nodes["pool1"].isVisible() and inner[0].isVisible()
    assert (into._path.pointAtPercent(1.0) - scene.nodes["tanh1"].input_anchor(0)
            ).manhattanLength() < 0.5


def test_hovering_a_healthy_card_explains_it(qtbot):
    view = make_view(qtbot, lenet_like())
    view.doc.analyze_now()
    item = view.canvas_scene.nodes["conv1"]
    QTest.mouseMove(view.viewport(), vp_point(view, item.pos() + QPointF(-30, 0)))
    assert item.toolTip() == ("conv1 \u00b7 Convolution\noutput 6x28x28\n"
                              "156 parameters \u00b7 117,600 multiply-accumulates")


def test_selecting_from_outside_scrolls_to_the_node_and_unfolds_its_block(qtbot):
    view = make_view(qtbot, zoo.create("resnet18"), center=(0.0, 0.0))
    scene, doc = view.canvas_scene, view.doc
    target = scene.nodes["fc"]
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert not visible.contains(target.pos())
    doc.select(["fc"])  # as the analysis table does when a row is clicked
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(target.sceneBoundingRect()) and target.isSelected()
    doc.select([])
    doc.graph.ungroup("layer1_0")
    block = doc.graph.group(["layer1_0_conv1", "layer1_0_bn1"], "stem").id
    scene.toggle_fold(block)
    assert not scene.nodes["layer1_0_bn1"].isVisible()
    doc.select(["layer1_0_bn1"])
    assert scene.nodes["layer1_0_bn1"].isVisible() and scene.nodes["layer1_0_bn1"].isSelected()
