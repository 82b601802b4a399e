"""``python main.py --open SOURCE`` takes what the command line takes: a project file,
``zoo:NAME`` or ``example:NAME``; a bad one is one translated sentence and the window opens."""
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QToolBar

from engine import zoo
from gui import i18n
from gui.app import launch, parse_args
from gui.settings import Settings
from tests.gui.shell_fixtures import config_dir, english  # noqa: F401


@pytest.fixture
def start(qtbot, config_dir, english):  # noqa: F811
    made = []

    def start_with(*argv):
        window = launch(parse_args(list(argv)), Settings())
        qtbot.addWidget(window)
        made.append(window)
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.ready, timeout=5000)  # the editor follows the first frame
        window.files.ask_save_changes = lambda: "discard"
        qtbot.waitUntil(lambda: window.files._autosave.isActive(), timeout=5000)  # after_show ran
        return window

    yield start_with
    for window in made:
        window.close()


def test_open_zoo_resnet18_opens_it_collapsed_as_a_new_network(start):
    window = start("--open", "zoo:resnet18")
    graph = window.document.graph
    expected = zoo.create("resnet18")
    assert graph.name == expected.name
    assert window.document.path == ""  # a new, unsaved network, as from the zoo dialog
    assert window.files.error_box is None
    assert not window.start.shown
    # collapsed as the zoo dialog opens it: far fewer cards than layers
    assert len(graph.nodes) < len(expected.nodes)
    assert "ResNet" in window.windowTitle() or graph.name in window.windowTitle()


def test_open_example_and_a_file_alone(start, tmp_path):
    window = start("--open", "example:tiny_cnn")
    assert window.document.graph.nodes and window.document.path == ""
    from engine.examples import tiny_cnn
    from engine.io import save_project
    path = tmp_path / "net.convstudio"
    save_project(tiny_cnn(), path)
    other = start(str(path))
    assert other.document.path == str(path.resolve())


def test_a_bad_source_is_one_korean_sentence_and_the_window_still_opens(start, qapp):
    window = start("--lang", "ko", "--open", "zoo:resnet19")
    assert window.isVisible()
    box = window.files.error_box
    assert box is not None and box.isVisible()
    text = box.text()
    assert re.search("[\uac00-\ud7a3]", text), text  # Korean
    assert "'resnet19'" in text and "resnet18" in text  # names what was asked and the match
    assert text.count("\n") == 0 and "Traceback" not in text
    assert window.start.shown  # nothing opened: the start page is there to choose from
    box.close()
    i18n.install_language(qapp, "en")
    bad = start("--lang", "en", "--open", "example:nothing")
    assert bad.files.error_box.text().startswith("There is no example 'nothing'")


def test_a_plain_launch_paints_the_start_page_first(qtbot, config_dir, english):  # noqa: F811
    """No empty canvas flashes before the start page: it is in place when the window first
    shows, and after_show keeps the page it finds (no second build)."""
    window = launch(parse_args([]), Settings())
    qtbot.addWidget(window)
    assert window.start.shown  # before the event loop ran: the first paint shows it
    page = window.start.page
    body = page.widget()
    assert not window.ready  # the editor is built after the first frame, not before it
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.first_frame_at is not None, timeout=5000)
    qtbot.waitUntil(lambda: window.ready and window.files._autosave.isActive(),
                    timeout=5000)  # the editor was built after the frame, then after_show ran
    assert window.start.shown and window.start.page is page and page.widget() is body
    # the editor joined the frame: the palette fills the dock the first frame showed, the
    # docks with nothing to show rest, and the toolbar has its buttons in their usual order
    assert window.docks["palette"].widget() is window.palette_panel
    assert window.docks["palette"].isVisible()
    assert not window.docks["analysis"].isVisible() and not window.docks["inspector"].isVisible()
    names = [a.objectName() for a in window.findChild(QToolBar, "toolbar_main").actions()
             if not a.isSeparator()]
    assert names == ["action_new_from_zoo", "action_open", "action_save", "action_undo",
                     "action_redo", "action_train", "action_look_inside", "canvas_zoom_fit",
                     "canvas_auto_layout"]
    # a click on the start page works at once: the zoo card opens its network
    qtbot.mouseClick(page.findChild(QPushButton, "start_zoo_lenet5"), Qt.MouseButton.LeftButton)
    assert not window.start.shown and window.document.graph.nodes
    assert window.docks["analysis"].isVisible()
    window.files.ask_save_changes = lambda: "discard"
    window.close()


def test_a_button_pressed_before_the_editor_is_built_waits_for_it(qtbot, config_dir, english):  # noqa: F811
    """The first frame's toolbar is all a user can reach before the window is whole: a button
    pressed then acts on the whole window. The menus' actions come with the menus."""
    window = launch(parse_args([]), Settings())
    qtbot.addWidget(window)
    assert not window.ready
    assert "close" not in window.action_map and window.menus["file"].isEmpty()
    bar = window.findChild(QToolBar, "toolbar_main")
    train = bar.widgetForAction(window.action_map["train"])
    qtbot.mouseClick(train, Qt.MouseButton.LeftButton)  # before the first frame was painted
    assert window.ready and window.docks["training"].isVisible()
    assert window.action_map["close"] in window.menus["file"].actions()
    window.files.ask_save_changes = lambda: "discard"
    window.close()


def test_the_launched_windows_shortcuts_work_once_it_is_built(qtbot, config_dir, english):  # noqa: F811
    """The shortcuts come with the menus that show them: F5 pressed on the built window turns
    presentation mode on and off, and the menus show the standard and the written keys."""
    from PySide6.QtGui import QKeySequence

    window = launch(parse_args([]), Settings())
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.ready, timeout=5000)
    window.activateWindow()
    actions = window.action_map
    assert actions["open"].shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert actions["new_from_zoo"].shortcut().toString() == "Ctrl+Shift+N"
    assert actions["undo"].shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.presentation and actions["presentation"].isChecked()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert not window.presentation
    window.files.ask_save_changes = lambda: "discard"
    window.close()


def test_a_launch_started_with_the_collector_off_resumes_it_once_built(qtbot, config_dir, english):  # noqa: F811
    """main.py starts the window with Python's garbage collector off (start-up's objects live
    as long as the program); once the window is built they are frozen and collection resumes."""
    import gc

    gc.disable()
    try:
        window = launch(parse_args([]), Settings())
        qtbot.addWidget(window)
        assert not gc.isenabled()
        qtbot.waitUntil(lambda: window.ready and gc.isenabled(), timeout=5000)
        assert gc.get_freeze_count() > 10000  # the modules, classes and enums of start-up
        window.files.ask_save_changes = lambda: "discard"
        window.close()
    finally:
        gc.unfreeze()
        gc.enable()


def test_main_starts_the_window_with_the_collector_off(monkeypatch):
    """main.py turns the collector off before it imports the window."""
    import gc
    import main

    seen = []
    monkeypatch.setattr("gui.app.run_app", lambda argv: seen.append(gc.isenabled()) or 0)
    monkeypatch.setattr("sys.argv", ["main.py", "--lang", "en"])
    try:
        assert main.run() == 0 and seen == [False]
    finally:
        gc.enable()
