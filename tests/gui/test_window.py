"""The main window: stable names, docks that hide and come back, a layout remembered between
runs, presentation mode, themes, the message bar, and a start-up that never imports torch."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import QApplication, QDockWidget, QMenu

from engine.graph import sequential
from gui import theme
from gui.settings import Settings
from tests.gui.shell_fixtures import *  # noqa: F401,F403

ROOT = Path(__file__).resolve().parents[2]

WIDGETS = ["canvas", "palette", "palette_search", "palette_tree", "inspector", "analysis",
           "analysis_table", "memory_batch", "memory_optimizer", "memory_estimate",
           "message_bar", "message_list", "undo_view", "toolbar_main", "menu_bar",
           "status_summary"]
ACTIONS = ["new", "new_from_zoo", "open", "save", "save_as", "close", "settings", "quit",
           "undo", "redo", "presentation", "restore_layout", "about"]
DOCKS = ["palette", "inspector", "history", "analysis", "messages"]


def test_main_widgets_actions_and_docks_have_stable_names(window):
    for name in WIDGETS:
        assert window.findChild(object, name) is not None, name
    for name in ACTIONS:
        action = window.findChild(QAction, f"action_{name}")
        assert action is not None and action.text(), name
    for name in DOCKS:
        dock = window.findChild(QDockWidget, f"dock_{name}")
        assert dock is not None and dock.windowTitle()
        assert window.findChild(QAction, f"action_show_{name}") is not None
    menus = [m.objectName() for m in window.menuBar().findChildren(QMenu)]
    for name in ("menu_file", "menu_recent", "menu_edit", "menu_view", "menu_panels",
                 "menu_help"):
        assert name in menus
    assert window.centralWidget().currentWidget() is window.canvas
    assert window.action_map["save"].shortcut().toString() == "Ctrl+S"


def test_docks_hide_come_back_and_the_layout_is_remembered(make_window, qtbot):
    first = make_window()
    first.findChild(QAction, "action_show_messages").trigger()
    assert not first.docks["messages"].isVisible()
    first.resize(first.width(), 500)
    first.close()
    second = make_window(Settings())
    assert not second.docks["messages"].isVisible()
    assert second.docks["palette"].isVisible()
    assert second.size().height() == 500
    second.action_map["restore_layout"].trigger()
    assert second.docks["messages"].isVisible()


def test_presentation_mode_enlarges_fonts(window):
    app = QApplication.instance()
    base = app.font().pointSizeF()
    window.action_map["presentation"].trigger()
    assert app.font().pointSizeF() == base * theme.PRESENTATION_SCALE
    assert window.action_map["presentation"].isChecked()
    window.action_map["presentation"].trigger()
    assert app.font().pointSizeF() == base


def test_forced_dark_and_light_themes(qapp):
    try:
        assert theme.apply_theme(qapp, "dark")
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 80
        assert not theme.apply_theme(qapp, "light")
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 180
    finally:
        theme.apply_theme(qapp, "light")


def test_the_light_theme_is_fusions_standard_palette(qapp):
    """The light theme writes Fusion's palette out (no QStyle before the first frame): every
    colour of every group is the one Fusion's own standard palette gives, to 8 bits a channel
    (Fusion computes Midlight with 16)."""
    theme.apply_theme(qapp, "light")
    assert qapp.style().name().lower() == "fusion"
    fusion, ours, shown = qapp.style().standardPalette(), theme.light_palette(), qapp.palette()
    roles = [r for r in QPalette.ColorRole if r not in (QPalette.ColorRole.NColorRoles,
                                                         QPalette.ColorRole.NoRole)]
    groups = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive,
              QPalette.ColorGroup.Disabled)
    assert len(roles) >= 20
    for group in groups:
        for role in roles:
            assert ours.color(group, role).rgba() == fusion.color(group, role).rgba(), role
            assert shown.color(group, role).rgba() == fusion.color(group, role).rgba(), role


def test_message_bar_lists_problems_and_clicking_one_selects_its_node(window, qtbot):
    graph = sequential((3, 32, 32), [("conv", "Conv2d", dict(kernel_size=3, stride=2)),
                                     ("flat", "Flatten", {}), ("pool", "MaxPool2d", {})])
    window.files.new_from_graph(graph)
    messages = window.messages.messages()
    assert messages[0].startswith("pool: ") and "needs an image-shaped input" in messages[0]
    assert any(m.startswith("conv: ") and "does not tile" in m for m in messages)
    view = window.messages.list
    item = view.item(0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualItemRect(item).center())
    assert window.document.selection == ["pool"]


def test_the_window_title_names_the_network_and_marks_changes(window):
    window.files.new_from_graph(sequential((1, 8, 8), [("c", "Conv2d", {})], name="Mine"))
    assert window.windowTitle() == "Mine[*] — ConvStudio"
    assert not window.isWindowModified()
    window.add_layer("ReLU")
    assert window.isWindowModified()


def test_window_starts_in_the_system_language_without_importing_torch(tmp_path):
    script = (
        "import sys, json\n"
        "from gui.app import parse_args, create_application, build_window\n"
        "app = create_application([])\n"
        "w = build_window(parse_args([]))\n"
        "w.show(); app.processEvents()\n"
        "print(json.dumps({'torch': 'torch' in sys.modules, 'title': w.windowTitle(),\n"
        "                  'file_menu': w.findChild(type(w.menuBar()), 'menu_bar')\n"
        "                      .actions()[0].text()}))\n")
    # no --lang and no saved choice: a Korean system locale gives the Korean window
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CONVSTUDIO_CONFIG_DIR=str(tmp_path),
               LANG="ko_KR.UTF-8", LC_ALL="ko_KR.UTF-8", LANGUAGE="ko")
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["torch"] is False
    assert result["file_menu"] == "파일(&F)"
