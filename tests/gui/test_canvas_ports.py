"""The ports of a card, painted and hit by the card itself (no child items): the output port
shows a cross cursor and says what to do, pressing it starts a wire instead of moving the card,
a legal target's ports glow while a wire is dragged; and the link labels sit half way along
their links exactly where Qt's own path measure puts them."""
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtTest import QTest

from engine import zoo
from engine.graph import NetworkGraph
from gui.canvas import CanvasView
from gui.canvas.link_item import LinkItem
from gui.canvas.node_item import NodeItem
from gui.document import Document
from tests.gui.canvas_helpers import lenet_like, make_view, vp_point

LEFT, NOMOD = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier


def _card_image(item: NodeItem) -> QImage:
    rect = item.boundingRect()
    image = QImage(int(rect.width()) + 2, int(rect.height()) + 2, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.translate(-rect.left() + 1, -rect.top() + 1)
    item.paint(painter, _option(), None)
    painter.end()
    return image


def _option():
    from PySide6.QtWidgets import QStyleOptionGraphicsItem
    return QStyleOptionGraphicsItem()


def test_hovering_the_output_port_shows_a_cross_and_the_hint(qtbot):
    view = make_view(qtbot, lenet_like())
    card = view.canvas_scene.nodes["conv1"]
    vp = view.viewport()
    QTest.mouseMove(vp, vp_point(view, card.pos()))  # on the card's body first
    qtbot.wait(5)
    assert card.cursor().shape() != Qt.CursorShape.CrossCursor
    assert "Drag from here" not in card.toolTip()
    QTest.mouseMove(vp, vp_point(view, card.output_anchor()))
    qtbot.wait(5)
    assert card.cursor().shape() == Qt.CursorShape.CrossCursor
    assert card.toolTip() == "Drag from here to an input port to connect"
    QTest.mouseMove(vp, vp_point(view, card.pos()))
    qtbot.wait(5)
    assert card.cursor().shape() != Qt.CursorShape.CrossCursor
    assert "Drag from here" not in card.toolTip()  # the card's own description again


def test_pressing_the_output_port_starts_a_wire_and_leaves_the_card_in_place(qtbot):
    g = lenet_like()
    g.add_node("ReLU", {}, node_id="spare", pos=(300, 0))
    g.add_node("Tanh", {}, node_id="free", pos=(300, 300))
    view = make_view(qtbot, g)
    scene, vp = view.canvas_scene, view.viewport()
    card = scene.nodes["spare"]
    where = QPointF(card.pos())
    start = vp_point(view, card.output_anchor())
    QTest.mousePress(vp, LEFT, NOMOD, start)
    QTest.mouseMove(vp, start + vp_point(view, QPointF(40, 120)) - vp_point(view, QPointF(0, 0)))
    assert scene.wiring.active and card.pos() == where and not card.isSelected()
    # a legal target's free ports glow: its card looks different while the wire is dragged
    free = scene.nodes["free"]
    assert free.wire_state == "legal" and free.in_ports[0].highlight == "legal"
    glowing = _card_image(free)
    QTest.mouseRelease(vp, LEFT, NOMOD, start)
    assert not scene.wiring.active and card.pos() == where and len(g.links) == 5
    assert free.in_ports[0].highlight is None and _card_image(free) != glowing
    # a press on the card's body selects and drags it, as before
    body = vp_point(view, card.pos())
    QTest.mousePress(vp, LEFT, NOMOD, body)
    for i in range(1, 5):
        QTest.mouseMove(vp, body + vp_point(view, QPointF(10 * i, 0)) - vp_point(view, QPointF(0, 0)))
    QTest.mouseRelease(vp, LEFT, NOMOD, body + vp_point(view, QPointF(40, 0))
                       - vp_point(view, QPointF(0, 0)))
    assert card.isSelected() and abs(card.pos().x() - where.x() - 40) <= 2


def test_a_wire_dropped_between_two_merge_ports_goes_to_the_nearer_one(qtbot):
    g = NetworkGraph()
    g.add_node("Input", {"channels": 3, "height": 8, "width": 8}, node_id="x", pos=(0, 0))
    g.add_node("Add", {}, node_id="add", pos=(0, 200))
    view = make_view(qtbot, g, center=(0.0, 100.0))
    scene = view.canvas_scene
    add = scene.nodes["add"]
    near_second = add.input_anchor(1) + QPointF(-2, 3)
    assert add.port_near(near_second) == 1
    QTest.mousePress(view.viewport(), LEFT, NOMOD, vp_point(view, scene.nodes["x"].output_anchor()))
    QTest.mouseMove(view.viewport(), vp_point(view, near_second + QPointF(0, -30)))
    QTest.mouseMove(view.viewport(), vp_point(view, near_second))
    QTest.mouseRelease(view.viewport(), LEFT, NOMOD, vp_point(view, near_second))
    assert [(lk.src, lk.dst, lk.port) for lk in g.links] == [("x", "add", 1)]


def test_link_labels_sit_half_way_along_every_link_of_the_zoo(qtbot):
    """The label point found from cached cubic lengths equals Qt's pointAtPercent(0.5) for
    every routed link (bowed shortcuts, dropped side branches, plain S-curves)."""
    for name in ("densenet121", "resnet50", "googlenet", "dpn68", "resnext50_32x4d"):
        view = CanvasView(Document(zoo.create(name)))
        qtbot.addWidget(view)
        links = [i for i in view.canvas_scene.items() if isinstance(i, LinkItem)]
        assert links
        for item in links:
            expected = item._path.pointAtPercent(0.5)
            got = item._label_pos - QPointF(6, 0)
            assert abs(got.x() - expected.x()) < 0.01 and abs(got.y() - expected.y()) < 0.01, \
                (name, item.link)
        # the scene holds cards, links and block frames: no child item per port
        assert all(i.parentItem() is None for i in view.canvas_scene.items())
