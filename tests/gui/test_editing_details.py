"""Editing details a user trips over: pastes never hide their original (and keep offsetting),
the zoo dialog's search keeps the choice, the card and the Open button in sync, the analysis
table opens at its first row, Fit to View keeps a tall network readable."""
from __future__ import annotations

from PySide6.QtCore import QPointF, Qt

from gui.canvas.fragment import NEAR
from tests.gui.canvas_helpers import lenet_like, make_view
from tests.gui.shell_fixtures import *  # noqa: F401,F403


def _overlapping(graph) -> list[tuple[str, str]]:
    nodes = list(graph.nodes.values())
    return [(a.id, b.id) for i, a in enumerate(nodes) for b in nodes[i + 1:]
            if abs(a.pos[0] - b.pos[0]) < NEAR and abs(a.pos[1] - b.pos[1]) < NEAR]


def test_repeated_pastes_never_land_on_the_original_or_on_each_other(qtbot):
    view = make_view(qtbot, lenet_like())
    doc, graph = view.doc, view.doc.graph
    doc.select(["conv1"])
    view.editor.actions["copy"].trigger()
    original = tuple(graph.nodes["conv1"].pos)
    view.paste_anchor = view.canvas_scene.nodes["conv1"].pos()  # pasted right where it is
    pasted = []
    for _ in range(3):
        view.editor.actions["paste"].trigger()
        (new,) = doc.selection
        pasted.append(tuple(graph.nodes[new].pos))
    assert _overlapping(graph) == []
    # each paste 40 units further down-right: the first beside the original, then a cascade
    assert pasted == [(original[0] + 40 * k, original[1] + 40 * k) for k in (1, 2, 3)]


def test_paste_on_empty_canvas_space_lands_at_the_mouse(qtbot):
    view = make_view(qtbot, lenet_like())
    view.doc.select(["conv1"])
    view.editor.actions["copy"].trigger()
    view.paste_anchor = QPointF(700.0, 40.0)
    view.editor.actions["paste"].trigger()
    (new,) = view.doc.selection
    assert tuple(view.doc.graph.nodes[new].pos) == (700.0, 40.0)


def test_zoo_search_selects_the_first_match_and_disables_open_without_one(qapp, english, qtbot):
    from gui.widgets.zoo_dialog import ZooDialog
    dialog = ZooDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.chosen() == ("zoo", "lenet5") and dialog.open_button.isEnabled()
    qtbot.keyClicks(dialog.search, "resnet")
    assert dialog.chosen() == ("zoo", "resnet18")  # the first match, not a hidden LeNet-5
    assert dialog.list.currentItem().isSelected()
    assert "ResNet-18" in dialog.card.toPlainText() and "LeCun" not in dialog.card.toPlainText()
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "no such network")
    assert dialog.chosen() is None and dialog.chosen_graph() is None
    assert not dialog.open_button.isEnabled()
    assert dialog.card.toPlainText() == "No model matches the search."
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "dense")
    assert dialog.open_button.isEnabled() and dialog.chosen()[1].startswith("densenet")


def test_zoo_list_shows_whole_names(qapp, english, qtbot):
    from gui.widgets.zoo_dialog import ZooDialog
    dialog = ZooDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    viewport = dialog.list.viewport().width()
    widest = max(dialog.list.visualItemRect(dialog.list.item(i)).width()
                 for i in range(dialog.list.count()))
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    needed = max(dialog.list.fontMetrics().horizontalAdvance(t) for t in texts)
    assert needed <= viewport and widest <= viewport + 2


def test_analysis_table_opens_at_its_first_row(window, qtbot):
    import engine.zoo as zoo
    table = window.analysis.table
    window.files.new_from_graph(zoo.create("resnet18"))
    table.verticalScrollBar().setValue(table.verticalScrollBar().maximum())
    window.files.new_from_graph(zoo.create("densenet121"))
    qtbot.wait(50)
    assert table.verticalScrollBar().value() == 0
    assert table.rowAt(0) == 0


def test_fit_to_view_keeps_a_tall_network_readable(window, qtbot):
    import engine.zoo as zoo
    from gui.canvas.view import READABLE_ZOOM
    window.files.new_from_graph(zoo.create("densenet121"))  # 428 layers, expanded
    window.resize(1280, 720)
    qtbot.wait(50)
    window.canvas.actions_by_name()["zoom_fit"].trigger()
    assert window.canvas.zoom() >= 0.5 * READABLE_ZOOM  # not a column a few pixels wide
    top = window.canvas.mapToScene(window.canvas.viewport().rect().topLeft())
    assert top.y() <= window.canvas.canvas_scene.content_rect().top() + 1  # from its input
    from engine.graph import sequential
    small = sequential((1, 8, 8), [("conv", "Conv2d", {}), ("relu", "ReLU", {})])
    window.files.new_from_graph(small)  # small: the whole network shows
    qtbot.wait(50)
    window.canvas.actions_by_name()["zoom_fit"].trigger()
    shown = window.canvas.mapToScene(window.canvas.viewport().rect()).boundingRect()
    assert shown.contains(window.canvas.canvas_scene.content_rect())


def test_a_layer_dropped_near_a_link_is_inserted_and_the_cards_below_make_room(qtbot):
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent
    from PySide6.QtWidgets import QApplication
    from tests.gui.canvas_helpers import drop_layer, layer_mime, vp_point
    view = make_view(qtbot, lenet_like())
    doc, graph, scene = view.doc, view.doc.graph, view.canvas_scene
    before = {n: tuple(node.pos) for n, node in graph.nodes.items()}
    link = next(i for lk, i in scene.links.items() if lk.src == "tanh1")
    middle = vp_point(view, link.path_in_scene().pointAtPercent(0.5))
    beside = middle + QPoint(14, 0)  # 14 px off the line: a drop a hand can aim
    assert not link.shape().contains(link.mapFromScene(view.mapToScene(beside)))
    # while dragging over it the link is highlighted
    data = layer_mime("BatchNorm2d")
    for kind in (QDragEnterEvent, QDragMoveEvent):
        QApplication.sendEvent(view.viewport(), kind(
            beside, Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier))
    assert link.drop_target
    assert drop_layer(view, "BatchNorm2d", beside)
    (new,) = doc.selection
    assert sorted((lk.src, lk.dst) for lk in graph.links if new in (lk.src, lk.dst)) == [
        (new, "pool1"), ("tanh1", new)]
    assert not link.drop_target
    # room was made: the new card sits between its neighbours and nothing overlaps
    assert graph.nodes["tanh1"].pos[1] < graph.nodes[new].pos[1] < graph.nodes["pool1"].pos[1]
    assert graph.nodes["pool1"].pos[1] - graph.nodes["tanh1"].pos[1] >= 160
    assert _overlapping(graph) == []
    doc.undo_stack.undo()  # one step takes the insert and the move back
    assert {n: tuple(node.pos) for n, node in graph.nodes.items()} == before
    far = middle + QPoint(60, 0)
    assert view.link_near(view.mapToScene(far)) is None


def test_the_inputs_formulas_say_its_output_size_once(window):
    from engine.examples import tiny_cnn
    window.files.new_from_graph(tiny_cnn())
    window.document.analyze_now()
    window.document.select(["input1"])
    text = window.inspector.formulas.text()
    assert text.count("Output size") == 1 and "1x28x28 as declared" in text
    window.document.select(["conv1"])
    text = window.inspector.formulas.text()
    assert text.count("Output size") == 2  # the size, then the formula that gives it
