"""The start page: shown until the user starts working, back from Help > Getting started and
File > New; its zoo cards open the network with its blocks collapsed; the tour highlights the
palette, the canvas and the Train button in turn; Korean and English."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QLabel, QPushButton

from engine.analysis import analyze
from engine.examples import tiny_cnn
from gui import i18n
from tests.gui.shell_fixtures import *  # noqa: F401,F403


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


@pytest.fixture
def started(window, qtbot):
    """The window as the app starts it with nothing to open: the start page in front."""
    window.start.show()
    qtbot.waitUntil(lambda: window.start.page.isVisible(), timeout=3000)
    return window


def button(window, name: str) -> QPushButton:
    found = window.start.page.findChild(QPushButton, name)
    assert found is not None, name
    return found


def test_a_zoo_card_opens_the_network_collapsed_and_shows_the_canvas(started, qtbot):
    import engine.zoo as zoo
    card = button(started, "start_zoo_resnet18")
    assert "ResNet-18 (2015)" in card.text() and "11,689,512" in card.text()
    click(qtbot, card)
    assert not started.start.shown and started.canvas.isVisible()
    graph = started.document.graph
    # composite blocks collapsed: one card per residual block, the same network
    assert any(n.spec.composite for n in graph.nodes.values())
    assert len(graph.nodes) < len(zoo.create("resnet18").nodes)
    assert analyze(graph).totals.params == analyze(zoo.create("resnet18")).totals.params
    # View > Expand All Blocks shows every layer, one undo step brings the cards back
    started.canvas.actions_by_name()["expand_all"].trigger()
    assert len(started.document.graph.nodes) == len(zoo.create("resnet18").nodes)
    started.document.undo_stack.undo()
    assert len(started.document.graph.nodes) == len(graph.nodes)


def test_examples_recent_files_getting_started_and_file_new(started, qtbot, tmp_path):
    click(qtbot, button(started, "start_example_tiny_cnn"))
    assert started.document.graph == tiny_cnn() and not started.start.shown
    path = tmp_path / "mine.convstudio"
    assert started.files.save_to(str(path))
    started.action_map["getting_started"].trigger()  # Help > Getting started
    assert started.start.shown
    assert button(started, "start_recent_0").toolTip() == str(path)
    started.start.hide()
    started.action_map["new"].trigger()  # File > New: an empty network and the start page
    assert started.start.shown and not started.document.graph.nodes
    click(qtbot, button(started, "start_recent_0"))
    assert not started.start.shown and started.document.graph == tiny_cnn()
    assert started.document.path == str(path)


def test_a_layer_added_from_the_palette_hides_the_start_page(started):
    started.add_layer("Conv2d")  # what a double-click in the palette does
    assert not started.start.shown and started.document.graph.nodes


def test_labs_are_listed_when_the_window_has_them(started, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(started.start, "_labs", lambda: [("conv", "Convolution")])
    monkeypatch.setattr(started, "open_labs", lambda tab=None: opened.append(tab))
    started.start.show()
    click(qtbot, button(started, "start_lab_conv"))
    assert opened == ["conv"]


def test_the_tour_highlights_palette_canvas_and_train_button_in_turn(started, qtbot):
    tour = started.start.start_tour()
    qtbot.waitUntil(lambda: tour.isVisible(), timeout=3000)
    seen = []
    for _ in range(5):
        target = tour.steps[tour.index][0]
        widget = tour.targets[target]
        expected = QRect(widget.mapTo(started, QPoint(0, 0)), widget.size())
        assert tour.highlight.isVisible() and tour.highlight.target == expected
        assert started.rect().contains(tour.geometry())  # the bubble stays in the window
        seen.append(target)
        click(qtbot, tour.next)
    assert seen == ["palette", "canvas", "analysis", "train", "inspect"]
    assert not tour.isVisible() and not tour.highlight.isVisible()
    assert tour.targets["train"].text() == "Train"


def test_start_page_in_korean(qapp, started, qtbot):
    assert i18n.install_language(qapp, "ko")
    try:
        started.start.show()
        title = started.start.page.findChild(QLabel, "start_title")
        assert title.text() == "ConvStudio에 오신 것을 환영합니다"
        assert button(started, "start_tour").text() == "창에서 보여 주기"
    finally:
        i18n.install_language(qapp, "en")
