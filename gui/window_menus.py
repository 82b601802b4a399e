"""The main window's menus and toolbar: their titles and the first buttons in the window's first
frame, then their contents once the editor is built (the canvas's actions, Undo and Redo, the
panels, the labs)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMenu, QToolBar


MENUS = ("file", "edit", "view", "training", "labs", "help")
# the actions the first frame has: its toolbar's and presentation mode's (the window may start
# in it); the others are made with the menus' contents
FIRST_FRAME_ACTIONS = ("new_from_zoo", "open", "save", "train", "look_inside", "presentation")


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)  # the window's own context


class _StandardKeys:
    """The names of the QKeySequence.StandardKey values the actions use: the window sets the
    shortcuts with its menus (MainWindow._set_shortcuts), not before its first frame."""

    New, Open, Save, SaveAs, Close, Preferences, Quit = (
        "New", "Open", "Save", "SaveAs", "Close", "Preferences", "Quit")


def action_table(w) -> tuple:
    """(name, text, slot, shortcut) of the window's actions but Undo and Redo (they come with
    the document's undo stack). A shortcut is a QKeySequence.StandardKey's name ("Open"), a
    key sequence ("F5") or None."""
    std = _StandardKeys
    return (
        ("new", tr("&New"), lambda: w.new_network(), std.New),
        ("new_from_zoo", tr("New from &Model Zoo…"), lambda: w.new_from_zoo(), "Ctrl+Shift+N"),
        ("open", tr("&Open…"), lambda: w.files.open_dialog(), std.Open),
        ("import", tr("&Import…"), lambda: w.import_model(), "Ctrl+I"),
        ("save", tr("&Save"), lambda: w.files.save(), std.Save),
        ("save_as", tr("Save &As…"), lambda: w.files.save_as(), std.SaveAs),
        ("close", tr("&Close"), lambda: w.files.new_empty(), std.Close),
        ("export", tr("&Export…"), lambda: w._export("show_export_dialog"), "Ctrl+E"),
        ("export_training_script", tr("Export &Training Script…"),
         lambda: w._export("show_script_dialog"), None),
        ("settings", tr("Se&ttings…"), lambda: w.show_settings(), std.Preferences),
        ("quit", tr("&Quit"), lambda: w.close(), std.Quit),
        ("presentation", tr("&Presentation Mode"), w.set_presentation, "F5"),
        ("restore_layout", tr("&Restore Panels"), lambda: w.restore_default_layout(), None),
        ("about", tr("&About ConvStudio"), lambda: w.show_about(), None),
        ("getting_started", tr("&Getting Started"), lambda: w.start.show(), "F1"),
        ("train", tr("&Train"), lambda: w.show_dock("training"), None),
        ("look_inside", tr("&Look Inside"), lambda: w.show_dock("inspect"), None),
        ("labs", tr("Open &Labs…"), lambda: w.open_labs(), None),
    )


def build_menu_titles(window) -> None:
    """The menu bar of the first frame: the menus' titles (filled by ``fill_menus``)."""
    bar = window.menuBar()
    bar.setObjectName("menu_bar")
    titles = {"file": tr("&File"), "edit": tr("&Edit"), "view": tr("&View"),
              "training": tr("&Training"), "labs": tr("&Labs"), "help": tr("&Help")}
    window.menus = {name: menu(bar, name, titles[name]) for name in MENUS}


def fill_menus(window) -> None:
    a, m = window.action_map, window.menus
    file_menu = m["file"]
    file_menu.addActions([a["new"], a["new_from_zoo"], a["open"], a["import"]])
    window.recent_menu = menu(file_menu, "recent", tr("Open &Recent"))
    window.recent_menu.aboutToShow.connect(window._fill_recent)
    file_menu.addSeparator()
    file_menu.addActions([a["save"], a["save_as"], a["export"], a["close"]])
    file_menu.addSeparator()
    file_menu.addActions([a["settings"], a["quit"]])
    edit = m["edit"]
    edit.addActions([a["undo"], a["redo"]])
    canvas_actions = window.canvas.actions_by_name()
    groups = (("delete", "copy", "paste", "duplicate", "select_all"),
              ("group", "ungroup", "expand_block", "collapse_block"), ("auto_layout",))
    for group in groups:
        edit.addSeparator()
        edit.addActions([canvas_actions[n] for n in group if n in canvas_actions])
    view = m["view"]
    view.addActions([canvas_actions[n] for n in ("zoom_in", "zoom_out", "zoom_fit")
                     if n in canvas_actions])
    view.addSeparator()
    view.addActions([canvas_actions[n] for n in ("expand_all", "collapse_all")
                     if n in canvas_actions])
    view.addSeparator()
    panels = menu(view, "panels", tr("&Panels"))
    for name, dock in window.docks.items():
        toggle = dock.toggleViewAction()
        toggle.setObjectName(f"action_show_{name}")
        panels.addAction(toggle)
    panels.addSeparator()
    panels.addAction(a["restore_layout"])
    view.addAction(a["presentation"])
    m["training"].addAction(a["export_training_script"])
    from gui.labs.menu import fill_labs_menu
    fill_labs_menu(window, m["labs"])
    m["help"].addActions([a["getting_started"], a["about"]])
    for action in canvas_actions.values():
        window.addAction(action)  # shortcuts work wherever the focus is


def menu(parent, name: str, title: str) -> QMenu:
    menu = parent.addMenu(title)
    menu.setObjectName(f"menu_{name}")
    menu.menuAction().setObjectName(f"action_menu_{name}")
    return menu


def build_toolbar(window) -> None:
    """The toolbar of the first frame; Undo, Redo and the canvas's buttons join it when
    the editor is built (``fill_toolbar``), in the places they always had."""
    bar = QToolBar(tr("Main toolbar"), window)
    bar.setObjectName("toolbar_main")
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    a = window.action_map
    bar.addActions([a["new_from_zoo"], a["open"], a["save"]])
    bar.addSeparator()
    window._history_place = bar.addSeparator()  # Undo and Redo go before it
    window._history_place.setVisible(False)  # no double separator before they come
    bar.addActions([a["train"], a["look_inside"]])
    window.addToolBar(bar)
    window.toolbar = bar


def fill_toolbar(window) -> None:
    a, c = window.action_map, window.canvas.actions_by_name()
    window.toolbar.insertActions(window._history_place, [a["undo"], a["redo"]])
    window._history_place.setVisible(True)
    extra = [c[n] for n in ("zoom_fit", "auto_layout") if n in c]
    if extra:
        window.toolbar.addSeparator()
        window.toolbar.addActions(extra)
