"""``python main.py --open SOURCE`` takes what the command line takes: a project file,
``zoo:NAME`` or ``example:NAME``; a bad one is one translated sentence and the window opens."""
import re

import pytest

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
        window.files.ask_save_changes = lambda: "discard"
        qtbot.addWidget(window)
        made.append(window)
        qtbot.waitExposed(window)
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
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.files._autosave.isActive(), timeout=5000)  # after_show ran
    assert window.start.shown and window.start.page is page and page.widget() is body
    window.close()
