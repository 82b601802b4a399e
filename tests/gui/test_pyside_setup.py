"""PySide6 no longer reads the source file of every module imported after it: the window's
modules are sorted into "uses PySide6" / "does not" by their names, as PySide sorted them by
their text, and a module imported now gets the same mark PySide's own check gives it."""
import inspect
import sys

from gui import pyside_setup
from tests.gui.shell_fixtures import *  # noqa: F401,F403

FEATURE = sys.modules["PySide6.support.feature"]


def test_the_check_that_reads_sources_is_replaced():
    assert FEATURE._mod_uses_pyside is pyside_setup._holds_pyside
    assert pyside_setup.skip_source_scan()  # a second call changes nothing and still reports


def test_the_windows_modules_are_sorted_as_their_source_would_sort_them(window):
    loaded = {name: module for name, module in list(sys.modules.items())
              if name.startswith(("gui.", "engine.")) and name != "gui.pyside_setup"}
    assert len(loaded) > 60
    by_source = {name for name, module in loaded.items()
                 if "PySide6" in inspect.getsource(module)}
    by_names = {name for name, module in loaded.items() if pyside_setup._holds_pyside(module)}
    assert by_names <= by_source
    # only a module that imports PySide6 inside its functions is left to PySide's default
    assert all("from PySide6" not in inspect.getsource(loaded[n]).split("\ndef ")[0]
               for n in by_source - by_names)
    assert "gui.main_window" in by_names and "gui.theme" in by_names
    assert not any(n.startswith("engine.") for n in by_names)


def test_a_module_imported_now_gets_the_mark_pysides_own_check_gives(tmp_path, monkeypatch):
    (tmp_path / "cs_uses_qt.py").write_text("from PySide6.QtCore import QObject\n")
    (tmp_path / "cs_plain.py").write_text("import json\nVALUE = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ("cs_uses_qt", "cs_plain"):
        __import__(name)  # as an import statement does (PySide watches __import__)
        monkeypatch.delitem(sys.modules, name)
    assert FEATURE.pyside_feature_dict["cs_uses_qt"] == 0
    assert FEATURE.pyside_feature_dict["cs_plain"] == -1
