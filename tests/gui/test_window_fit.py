"""The window on a 1280x720 projector: presentation mode and the training and Look inside panels
keep it inside the screen, and the curves and maps get a readable share of it.

Offscreen there is no real projector, so each test sets the screen area the window fits into
(``window.screen_rect``) explicitly, as a 1280x720 screen reports it.
"""
from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QHeaderView

from gui import window_fit
from tests.gui.shell_fixtures import *  # noqa: F401,F403

PROJECTOR = QRect(0, 0, 1280, 720)


def settle(qtbot, ms: int = 150) -> None:
    QApplication.processEvents()
    qtbot.wait(ms)
    QApplication.processEvents()


@pytest.fixture
def projector_window(window, qtbot):
    """The window as it starts on a 1280x720 screen, in presentation mode."""
    window.screen_rect = lambda: PROJECTOR
    window.resize(window_fit.default_size(window))
    window.move(0, 0)
    window.set_presentation(True)
    settle(qtbot)
    yield window
    window.set_presentation(False)


def assert_inside(window, rect: QRect = PROJECTOR) -> None:
    frame = window.frameGeometry()
    assert rect.contains(frame), f"window {frame} leaves the screen {rect}"
    hint = window.minimumSizeHint()
    assert hint.width() <= rect.width() and hint.height() <= rect.height(), hint


def test_first_start_fits_the_screen(window):
    window.screen_rect = lambda: PROJECTOR
    window.resize(3000, 2000)
    window_fit.fit_to_screen(window)
    assert_inside(window)
    assert window.frameGeometry().size() == QSize(1280, 720)  # all of it, frame included
    assert window_fit.default_size(window) == window.size()


@pytest.mark.parametrize("screen, size", [
    (QRect(0, 0, 1920, 1040), QSize(1728, 936)),  # 1920x1080 less a 40 px panel: 90% each way
    (QRect(1920, 0, 1600, 900), QSize(1440, 880)),  # a second screen: at least 1400x880
    (QRect(0, 0, 1280, 720), None),  # a projector: all of it, frame included
])
def test_the_first_start_uses_most_of_the_screen_centred(make_window, monkeypatch, qtbot, screen,
                                                        size):
    from gui.main_window import MainWindow
    monkeypatch.setattr(MainWindow, "screen_rect", lambda self: screen, raising=False)
    win = make_window()  # a fresh settings folder: no saved geometry
    settle(qtbot)
    frame = win.frameGeometry()
    if size is None:
        assert frame == screen
    else:
        assert win.size() == size
    assert screen.contains(frame)
    # centred (the frame the window manager adds after showing is a few pixels off centre)
    assert abs(frame.center().x() - screen.center().x()) <= 4
    assert abs(frame.center().y() - screen.center().y()) <= 4


def test_presentation_never_grows_the_window_and_its_size_comes_back(window, qtbot):
    window.screen_rect = lambda: QRect(0, 0, 1400, 880)
    window.resize(1100, 700)
    settle(qtbot)
    window.action_map["presentation"].trigger()  # F5
    settle(qtbot)
    assert window.presentation
    assert_inside(window, QRect(0, 0, 1400, 880))
    window.action_map["presentation"].trigger()
    settle(qtbot)
    assert not window.presentation
    assert window.size() == QSize(1100, 700)


def test_training_panel_fits_a_projector_with_readable_curves(projector_window, qtbot):
    win = projector_window
    dock = win.docks["training"]
    dock.show()
    dock.raise_()
    panel = win.training.ensure_panel()
    settle(qtbot, 300)
    assert_inside(win)
    # the task gets the room: the panel takes most of the height, the curves most of it
    assert dock.height() >= 0.55 * win.height()
    for plot in (panel.monitor.curves.loss_plot, panel.monitor.curves.acc_plot):
        assert plot.height() >= 150 and plot.width() >= 300, plot.size()
    # presentation folds the settings column away; one click brings it back and folds it again
    assert panel.splitter.sizes()[0] == 0
    assert panel.setup_toggle.text() == "Settings \u25b8"
    qtbot.mouseClick(panel.setup_toggle, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert panel.splitter.sizes()[0] > 100 and panel.scroll.isVisible()
    assert_legible(panel.setup)
    assert_inside(win)
    qtbot.mouseClick(panel.setup_toggle, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert panel.splitter.sizes()[0] == 0
    assert plot.isVisible() and plot.width() >= 300
    # the messages beside it keep a readable width
    assert win.docks["messages"].width() >= 250


def assert_legible(setup) -> None:
    """Every label and field of the training settings at least as wide as it asks to be."""
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLabel
    widgets = [*setup.form_labels, *setup.data.labels, setup.data.chooser, setup.schedule,
               setup.device, setup.epochs, setup.batch_size, setup.data.train_images]
    for w in widgets:
        assert isinstance(w, (QLabel, QComboBox, QAbstractSpinBox))
        assert w.width() >= w.minimumSizeHint().width(), (w.objectName() or w.text(), w.width())
        if isinstance(w, QLabel):
            assert w.width() >= w.sizeHint().width(), (w.text(), w.width())


def test_the_settings_column_is_legible_at_1280_in_presentation(projector_window, qtbot):
    """Beside the curves it came back 144 px wide with its labels cut: where both do not fit,
    the settings take the curves' place, and the toggle says how to get the curves back."""
    win = projector_window
    dock = win.docks["training"]
    dock.show()
    dock.raise_()
    panel = win.training.ensure_panel()
    settle(qtbot, 300)
    qtbot.mouseClick(panel.setup_toggle, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert panel.setup_covers() and panel.monitor.width() == 0  # folded, not a sliver
    assert panel.scroll.width() >= panel.setup_width() - 4
    assert_legible(panel.setup)
    assert panel.setup_toggle.text() == "\u25c2 Curves"
    assert panel.setup_toggle.isVisible()
    # wider (the messages dock closed): the settings stand beside the curves again, uncut
    win.docks["messages"].close()
    win.resize(win.width(), win.height())
    settle(qtbot, 300)
    assert panel.splitter.width() >= panel.setup_width() + panel.MONITOR_MIN
    assert not panel.setup_covers() and panel.monitor.width() >= panel.MONITOR_MIN
    assert panel.setup_toggle.text() == "\u25c2 Settings"
    assert_legible(panel.setup)
    qtbot.mouseClick(panel.setup_toggle, Qt.MouseButton.LeftButton)  # the curves come back
    settle(qtbot)
    assert panel.splitter.sizes()[0] == 0 and panel.monitor.width() > 800
    assert panel.setup_toggle.text() == "Settings \u25b8"
    assert panel.monitor.curves.loss_plot.height() >= 180


def inside_view(widget, scroll) -> bool:
    """Whether all of ``widget`` is inside the scroll area's visible viewport, unscrolled."""
    view = scroll.viewport()
    top_left = widget.mapTo(view, widget.rect().topLeft())
    return (scroll.verticalScrollBar().value() == 0
            and view.rect().contains(QRect(top_left, widget.size())))


def test_curves_stay_in_view_while_the_input_check_bar_is_shown(projector_window, qtbot):
    """The regression of issue 11: a 3x32x32 network with the gray 28x28 Shapes set shows the
    Input-check bar, and the dock had to be scrolled to reach the curves."""
    from engine.examples import tiny_cnn
    from engine.io.sources import set_input_shape
    win = projector_window
    graph = tiny_cnn()
    set_input_shape(graph, (3, 32, 32))
    win.files.new_from_graph(graph)
    dock = win.docks["training"]
    dock.show()
    dock.raise_()
    panel = win.training.ensure_panel()
    settle(qtbot, 300)
    bar = panel.input_check
    assert bar.isVisible()
    scroll = dock.widget()
    assert scroll.verticalScrollBar().maximum() == 0  # nothing to scroll to
    for plot in (panel.monitor.curves.loss_plot, panel.monitor.curves.acc_plot):
        assert plot.height() >= 180 and plot.width() >= 300, plot.size()
        assert inside_view(plot, scroll)
    assert not panel.monitor.curves.legend.isVisible()  # no empty key before the first run
    # the sentence is not cut: the bar is as tall as its wrapped text needs
    assert bar.text.height() >= bar.text.heightForWidth(bar.text.width())
    assert bar.use_variant.isVisible() and inside_view(bar.use_variant, scroll)
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)  # Start refuses, the bar
    settle(qtbot)  # says why: the curves do not lose their height to a second message
    assert bar.emphasised and panel.worker is None
    for plot in (panel.monitor.curves.loss_plot, panel.monitor.curves.acc_plot):
        assert plot.height() >= 180 and inside_view(plot, scroll)
    qtbot.mouseClick(bar.use_variant, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert not bar.isVisible() and panel.monitor.progress.isVisible()
    assert_inside(win)


def test_look_inside_fits_a_projector_and_the_maps_get_the_room(projector_window, qtbot):
    win = projector_window
    dock = win.docks["inspect"]
    dock.show()
    dock.raise_()
    panel = win.inspect.ensure_panel()
    settle(qtbot, 300)
    assert_inside(win)
    assert dock.height() >= 0.55 * win.height()
    assert panel.tabs.width() >= 0.6 * panel.width()
    scroll = dock.widget()  # it fits: nothing to scroll, either way
    assert scroll.verticalScrollBar().maximum() == 0 and scroll.horizontalScrollBar().maximum() == 0
    assert inside_view(panel.tabs, scroll)
    # the toolbar wraps instead of widening the window: every button is inside the panel
    for button in (panel.rebuild_button, panel.export_button):
        right = button.mapTo(panel, button.rect().topRight()).x()
        assert right <= panel.width()
    # and each label wraps with its combo box, never alone at the end of a line
    from PySide6.QtWidgets import QLabel
    for combo in (panel.layer, panel.colormap):
        label = next(w for w in combo.parentWidget().findChildren(QLabel) if w.buddy() is combo)
        centre = label.mapTo(panel, label.rect().center()).y()
        top = combo.mapTo(panel, combo.rect().topLeft()).y()
        assert top <= centre <= top + combo.height(), label.text()


def test_presentation_enlarges_dock_titles_and_table_headers(window, qtbot):
    header = window.analysis.findChild(QHeaderView)
    before_header = header.fontMetrics().height()
    before_title = window.docks["analysis"].fontMetrics().height()
    window.set_presentation(True)
    settle(qtbot)
    assert header.fontMetrics().height() > 1.3 * before_header
    assert window.docks["analysis"].fontMetrics().height() > 1.3 * before_title
    window.set_presentation(False)


# ---------------------------------------------------------------- the training views' details
def test_gradient_heatmap_says_what_comes_before_the_first_epoch(qtbot):
    from gui.training.heatmap import GradientHeatmap
    view = GradientHeatmap()
    qtbot.addWidget(view)
    view.show()
    assert view.empty_note.isVisible() and not view.plot.isVisible()
    assert "first epoch" in view.empty_note.text()


def test_confusion_matrix_is_square_stacks_when_narrow_and_hides_unreadable_counts(qtbot):
    from gui.training.evaluation import EvaluationView
    view = EvaluationView()
    qtbot.addWidget(view)
    names = [f"class {i}" for i in range(10)]
    matrix = np.diag(np.full(10, 40)) + 1
    view.resize(1200, 420)
    view.show()
    view.confusion.set_matrix(matrix, names)
    settle(qtbot)
    split = view.split
    assert split.orientation().name == "Horizontal"
    assert view.confusion.width() >= 0.8 * view.confusion.height()
    assert view.confusion.counts_shown  # cells of ~35 px show their counts
    assert view.confusion.cell_texts()[0] == "41"
    view.resize(420, 900)  # a narrow dock: the three views stack
    settle(qtbot)
    assert split.orientation().name == "Vertical"
    assert view.per_class.height() >= 140 and view.mistakes_title.isVisible()
    view.resize(260, 300)  # cells of a few pixels: counts hidden, the colour bar reads
    settle(qtbot)
    assert not view.confusion.counts_shown and view.confusion.cell_texts() == []
    labels = view.confusion.bottom_labels()
    assert labels and all(len(t) < len("class 0") for t in labels)  # abbreviated to fit


# ---------------------------------------------------------------- the start page on a projector
def test_the_start_page_gets_the_height_and_the_docks_come_back_with_a_network(
        projector_window, qtbot, make_window):
    """The empty analysis dock took most of the start page's height at 1280x720: the docks
    that show nothing before a network is open rest while the page is shown."""
    from engine.examples import EXAMPLES
    win = projector_window
    win.docks["training"].show()  # open, behind the analysis tab
    win.docks["analysis"].raise_()
    settle(qtbot)
    win.start.show()
    settle(qtbot)
    page = win.start.page
    assert page.isVisible()
    for name in ("analysis", "messages", "inspector", "history", "training"):
        assert not win.docks[name].isVisible(), name
    assert win.docks["palette"].isVisible()  # the layers stay at hand
    assert page.height() >= 0.75 * win.height(), (page.height(), win.height())
    assert_inside(win)
    win.start.open_example(next(iter(EXAMPLES)))  # the user starts working
    settle(qtbot, 300)
    assert not win.start.shown
    for name in ("analysis", "messages", "inspector"):
        assert window_fit.in_front(win.docks[name]), name
    assert win.docks["analysis"].height() >= 150  # in front of its tab group again, readable
    assert not win.docks["training"].isHidden()  # still open, behind the analysis tab


def test_quitting_from_the_start_page_saves_the_working_layout(make_window, qtbot):
    from gui.settings import Settings
    first = make_window()
    first.start.show()
    settle(qtbot)
    assert not first.docks["analysis"].isVisible()
    first.close()
    second = make_window(Settings())  # the layout saved by the first window
    settle(qtbot)
    assert second.docks["analysis"].isVisible() and second.docks["messages"].isVisible()


# ---------------------------------------------------------------- evaluation and tour on a projector
def label_fits(plot) -> bool:
    """Whether a pyqtgraph plot's title is as wide as its text (not cut)."""
    title = plot.getPlotItem().titleLabel
    return title.item.boundingRect().width() <= title.boundingRect().width() + 1


@pytest.fixture
def presentation_font(qapp):
    from gui.theme import apply_presentation
    apply_presentation(qapp, True)
    yield
    apply_presentation(qapp, False)


def test_evaluation_keeps_its_titles_and_a_tile_wide_gallery_at_1280(qtbot, presentation_font):
    """At 1280x720 in presentation the Evaluation tab is about 850x330: the per-class title
    was cut, and the mistakes were a sideways-scrolling sliver with captions over the tiles."""
    from gui.training.evaluation import EvaluationView
    view = EvaluationView()
    qtbot.addWidget(view)
    names = ["circle", "square", "triangle", "cross", "star"]
    view.class_names = tuple(names)
    view.set_presentation(True)
    view.resize(850, 330)
    view.show()
    view.confusion.set_matrix(np.diag(np.full(5, 40)) + 1, names)
    view.mistakes.set_images([np.zeros((1, 28, 28))] * 4,
                             [f"{a} \u2192 {b}\n9{i}%" for i, (a, b) in
                              enumerate(zip(names, names[1:]))], [True, True, False, False])
    settle(qtbot)
    assert view.split.orientation().name == "Horizontal"
    assert label_fits(view.confusion) and label_fits(view.per_class)
    scroll = view.mistakes.parentWidget().parentWidget()
    assert scroll.horizontalScrollBar().maximum() == 0  # the tiles are all in view sideways
    for tile in view.mistakes.tiles:
        assert tile.text.width() >= tile.text.sizeHint().width()  # captions not cut
        assert tile.text.geometry().top() >= tile.picture.geometry().bottom()  # nor on the image
    # counts written in the cells: the colour bar gives them its width; hidden counts: it reads
    assert view.confusion.counts_shown and not view.confusion.colour_bar.isVisible()
    ten = [f"class {i}" for i in range(10)]
    view.confusion.set_matrix(np.diag(np.full(10, 40)) + 1, ten)
    view.resize(260, 300)
    settle(qtbot)
    assert not view.confusion.counts_shown and view.confusion.colour_bar.isVisible()


def test_the_mistakes_grid_reflows_to_its_width(qtbot):
    from PySide6.QtWidgets import QScrollArea
    from gui.training.images import ImageGrid
    scroll = QScrollArea()  # as the Evaluation tab holds it
    scroll.setWidgetResizable(True)
    qtbot.addWidget(scroll)
    grid = ImageGrid(columns=4, tile=72)
    scroll.setWidget(grid)
    grid.set_images([np.zeros((1, 8, 8))] * 6, [f"class {i}\n90%" for i in range(6)])
    scroll.resize(1000, 400)
    scroll.show()
    settle(qtbot)
    rows = {tile.y() for tile in grid.tiles}
    assert grid.fitting_columns() == 4 and len(rows) == 2
    tile_width = grid.tiles[0].width()
    scroll.resize(2 * tile_width + 40, 600)  # room for two (and the scroll bar)
    settle(qtbot)
    assert scroll.horizontalScrollBar().maximum() == 0
    assert grid.fitting_columns() == 2 and len({tile.y() for tile in grid.tiles}) == 3
    assert all(tile.geometry().right() <= grid.width() for tile in grid.tiles)


def test_the_tour_bubble_holds_its_text_in_presentation(projector_window, qtbot):
    win = projector_window
    win.start.show()
    settle(qtbot)
    tour = win.start.start_tour()
    settle(qtbot, 300)
    for _ in range(len(tour.steps)):
        text = tour.text
        assert text.height() >= text.heightForWidth(text.width()), tour.steps[tour.index][0]
        assert tour.next.geometry().top() >= text.geometry().bottom()
        assert win.rect().contains(tour.geometry())
        target = tour.targets[tour.steps[tour.index][0]]  # the highlight is on its target
        assert tour.highlight.target == QRect(target.mapTo(win, target.rect().topLeft()),
                                              target.size())
        qtbot.mouseClick(tour.next, Qt.MouseButton.LeftButton)
        settle(qtbot, 50)
