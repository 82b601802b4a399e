"""The Labs shell: the Labs menu (two clicks to any lab), the labs window with one tab per
catalogue entry, presentation mode passed on, and the labs' work stopped when the main window
closes."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QTabWidget

from gui.labs import catalogue
from tests.gui.shell_fixtures import *  # noqa: F401,F403

SAMPLES = (catalogue.LabEntry("sample", "lab_sample", "Sample", "tests.gui.labs.sample_lab",
                              "SampleLab", needs_torch=False),
           catalogue.LabEntry("other", "lab_other", "Other", "tests.gui.labs.sample_lab",
                              "SampleLab", needs_torch=False),
           catalogue.LabEntry("gone", "lab_gone", "Gone", "tests.gui.labs.no_such_lab", "X"))


@pytest.fixture
def sample_labs(monkeypatch):
    monkeypatch.setattr(catalogue, "LABS", SAMPLES)


def test_catalogue_keys_are_unique_and_titles_translated():
    keys = [entry.key for entry in catalogue.LABS]
    assert len(keys) == len(set(keys))
    assert keys[:2] == ["conv", "pool"]
    assert all(entry.title() for entry in catalogue.LABS)
    assert catalogue.lab_entry("rf").object_name == "lab_rf"


def test_labs_menu_lists_open_labs_and_every_installed_lab(sample_labs, window):
    menu = window.findChild(QMenu, "menu_labs")
    names = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    assert names == ["action_labs", "action_lab_sample", "action_lab_other"]  # "gone": missing
    assert window.findChild(QAction, "action_labs").text()


def test_a_lab_action_opens_its_tab_and_builds_it_once(sample_labs, window, qtbot):
    window.findChild(QAction, "action_lab_other").trigger()
    labs = window.labs_window
    qtbot.waitExposed(labs)
    tabs = labs.findChild(QTabWidget, "labs_tabs")
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Sample", "Other"]
    assert labs.current_key() == "other" and tabs.currentWidget().objectName() == "lab_other"
    assert list(labs.labs) == ["other"]  # the sample tab is not built until shown
    built = labs.labs["other"]
    window.findChild(QAction, "action_labs").trigger()  # reopens on the same tab
    assert window.labs_window is labs and labs.current_key() == "other"
    assert labs.labs["other"] is built
    # a real click on the other tab builds that lab
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(0).center())
    assert labs.current_key() == "sample" and "sample" in labs.labs


def test_open_labs_by_key_follows_presentation_and_fits_the_screen(sample_labs, window):
    window.set_presentation(True)
    labs = window.open_labs("sample")
    assert labs.labs["sample"].presentation is True
    window.set_presentation(False)
    assert labs.labs["sample"].presentation is False
    area = labs.screen().availableGeometry()
    assert labs.width() <= area.width() and labs.height() <= area.height()
    with pytest.raises(KeyError):
        window.open_labs("no_such_lab")


def test_closing_the_main_window_stops_the_labs_work(sample_labs, make_window, qtbot):
    window = make_window()
    labs = window.open_labs("sample")
    timer = labs.labs["sample"].timer
    assert timer.isActive()
    window.close()
    assert not timer.isActive() and not labs.isVisible()


SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
from gui.main_window import MainWindow
from gui import settings
settings.use_config_dir(sys.argv[1])
window = MainWindow()
window.show()
labs = window.open_labs("conv")
note = labs.findChild(QLabel, "labs_loading")
print("torch before:", "torch" in sys.modules and "torch.nn.functional" in sys.modules)
print("note:", note is not None and note.isVisible(), "built:", "conv" in labs.labs)
while "conv" not in labs.labs:
    app.processEvents()
print("built after loading:", labs.labs["conv"].result.output.tolist())
window.files.ask_save_changes = lambda: 0
window.labs_window.shutdown()
"""


@pytest.mark.slow
def test_the_labs_window_shows_at_once_and_loads_pytorch_in_the_background(tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path
    root = Path(__file__).resolve().parents[3]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(root))
    proc = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path)], cwd=root, env=env,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "torch before: False" in proc.stdout
    assert "note: True built: False" in proc.stdout
    assert "built after loading: [[15.0, 16.0], [6.0, 15.0]]" in proc.stdout
