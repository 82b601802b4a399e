"""Transfer learning on the canvas, driven as a user does it: right-click > Freeze Everything
up to Here (undoable), frozen cards drawn differently, the analysis counts frozen parameters,
Replace the Classifier in one step; File > Import… runs the import off the GUI thread."""
import pytest
from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.gui.canvas_helpers import LEFT, click, lenet_like, make_view, vp_point


def _right_click(view, scene_point, action_name, seen=None):
    def pick():
        menu = QApplication.activePopupWidget()
        names = [a.objectName() for a in menu.actions() if a.objectName()]
        if seen is not None:
            seen.append(names)
        action = next(a for a in menu.actions() if a.objectName() == action_name)
        menu.close()
        action.trigger()
    pos = vp_point(view, scene_point)
    QTimer.singleShot(50, pick)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos,
                              view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)


def _card_pixels(view, node_id):
    item = view.canvas_scene.nodes[node_id]
    rect = view.mapFromScene(item.sceneBoundingRect()).boundingRect()
    return view.viewport().grab(rect).toImage().convertToFormat(QImage.Format.Format_RGB32)


def test_freeze_up_to_here_from_the_context_menu_undo_and_look(qtbot):
    view = make_view(qtbot, lenet_like())
    scene, doc = view.canvas_scene, view.doc
    before = _card_pixels(view, "pool1")
    seen = []
    _right_click(view, scene.nodes["pool1"].pos(), "canvas_freeze_up_to", seen)
    assert "canvas_freeze_up_to" in seen[0] and "canvas_unfreeze" not in seen[0]
    assert doc.graph.frozen_nodes() == ["conv1", "tanh1", "pool1"]
    assert scene.nodes["conv1"].frozen and not scene.nodes["fc"].frozen
    analysis = doc.analyze_now()
    conv = 6 * 25 + 6
    assert analysis.totals.frozen_params == conv
    assert analysis.totals.trainable_params == analysis.totals.params - conv
    qtbot.wait(20)
    assert _card_pixels(view, "pool1") != before  # drawn icy and dashed
    doc.undo_stack.undo()
    assert doc.graph.frozen_nodes() == [] and not scene.nodes["conv1"].frozen
    doc.undo_stack.redo()
    assert doc.graph.frozen_nodes() == ["conv1", "tanh1", "pool1"]
    # the menu now offers Unfreeze on a frozen card
    seen.clear()
    _right_click(view, scene.nodes["conv1"].pos(), "canvas_unfreeze", seen)
    assert "canvas_unfreeze" in seen[0]
    assert doc.graph.frozen_nodes() == ["tanh1", "pool1"]
    assert doc.undo_stack.undoText() == "Unfreeze 1 layer"  # not "1 layer(s)"
    scene.clearSelection()
    for node_id in ("tanh1", "pool1"):
        scene.nodes[node_id].setSelected(True)
    view.editor.unfreeze()
    assert doc.undo_stack.undoText() == "Unfreeze 2 layers" and doc.graph.frozen_nodes() == []


def test_replace_classifier_uses_the_chosen_data_sets_classes(qtbot):
    view = make_view(qtbot, lenet_like())
    view.editor.num_classes = lambda: 4
    click(view, vp_point(view, view.canvas_scene.nodes["conv1"].pos()))
    _right_click(view, view.canvas_scene.nodes["conv1"].pos(), "canvas_replace_classifier")
    assert view.doc.graph.nodes["fc"].params["out_features"] == 4
    assert view.doc.undo_stack.undoText() == "Replace the classifier for 4 classes"
    view.doc.undo_stack.undo()
    assert view.doc.graph.nodes["fc"].params["out_features"] == 10


@pytest.fixture
def dialog(qtbot):
    from gui.widgets.import_dialog import ImportDialog
    d = ImportDialog(models=["resnet18", "mobilenet_v2"])
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    yield d
    d.done(0)


def test_import_dialog_says_a_py_file_runs_before_running_it(dialog, qtbot, tmp_path):
    assert not dialog.code_warning.isVisible()
    QTest.mouseClick(dialog.kinds.button(1), LEFT)
    assert dialog.code_warning.isVisible() and "runs its code" in dialog.code_warning.text()
    assert dialog.import_button.text() == "Run the File and Import"
    marker = tmp_path / "ran.txt"
    file = tmp_path / "net.py"
    file.write_text("import pathlib, torch.nn as nn\n"
                    f"pathlib.Path({str(marker)!r}).write_text('yes')\n"
                    "class Net(nn.Module):\n"
                    "    def __init__(self):\n"
                    "        super().__init__()\n"
                    "        self.conv = nn.Conv2d(1, 4, 3)\n"
                    "        self.fc = nn.Linear(4 * 6 * 6, 3)\n"
                    "    def forward(self, x):\n"
                    "        return self.fc(self.conv(x).flatten(1))\n")
    assert not marker.exists()  # nothing runs while choosing
    dialog.path.setText(str(file))
    dialog.input_size.clear()
    QTest.keyClicks(dialog.input_size, "1x8x8")
    QTest.mouseClick(dialog.import_button, LEFT)
    qtbot.waitUntil(lambda: dialog.result_model is not None or (
        not dialog.busy and dialog.status.text() not in ("", "Importing…")), timeout=300000)
    assert dialog.result_model is not None, dialog.status.text()
    assert marker.read_text() == "yes"
    graph = dialog.result_model.graph
    assert [graph.nodes[n].type for n in ("conv", "flatten", "fc")] == [
        "Conv2d", "Flatten", "Linear"]


def test_import_dialog_missing_pretrained_file_is_one_sentence(dialog, qtbot, tmp_path,
                                                               monkeypatch):
    monkeypatch.setenv("TORCH_HOME", str(tmp_path))
    dialog.weights.setCurrentIndex(1)  # torchvision's pretrained weights
    dialog.input_size.setText("3x32x32")
    QTest.mouseClick(dialog.import_button, LEFT)
    qtbot.waitUntil(lambda: "not on this computer" in dialog.status.text(), timeout=300000)
    text = dialog.status.text()
    assert "resnet18-" in text and str(tmp_path) in text and "local weights file" in text
    assert dialog.isVisible() and dialog.result_model is None  # nothing lost, choose a file


def test_analysis_table_shows_trainable_and_frozen_and_memory_drops(qtbot):
    from gui.document import Document
    from gui.widgets.analysis_table import AnalysisTableWidget
    from engine.analysis import training_memory
    from engine.graph import transfer
    doc = Document(lenet_like())
    panel = AnalysisTableWidget(doc)
    qtbot.addWidget(panel)
    full = training_memory(doc.analysis, panel.batch.value(), panel.optimizer.currentData())[0]
    assert "frozen" not in panel.totals.text()
    transfer.freeze_up_to(doc.graph, "pool1")
    doc.analyze_now()
    assert "trainable 11,770 · frozen 156" in panel.totals.text()
    frozen = training_memory(doc.analysis, panel.batch.value(),
                             panel.optimizer.currentData())[0]
    assert frozen.total < full.total
    assert "frozen: no gradient" in panel.memory.toolTip()


def test_closing_the_import_dialog_while_a_file_runs_does_not_wait_for_it(qtbot, tmp_path):
    """A user's .py that takes long (or never returns) must not freeze the window: Cancel
    closes the dialog at once, the import ends in the background and nothing is kept."""
    from gui.widgets import import_dialog
    go = tmp_path / "go.txt"
    file = tmp_path / "slow.py"
    file.write_text("import pathlib, time, torch.nn as nn\n"
                    "class Net(nn.Module):\n"
                    "    def __init__(self):\n"
                    "        super().__init__()\n"
                    f"        while not pathlib.Path({str(go)!r}).exists():\n"
                    "            time.sleep(0.02)\n"
                    "        self.fc = nn.Linear(4, 2)\n"
                    "    def forward(self, x):\n"
                    "        return self.fc(x.flatten(1))\n")
    d = import_dialog.ImportDialog(models=["resnet18"])
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    QTest.mouseClick(d.kinds.button(1), LEFT)
    d.path.setText(str(file))
    d.input_size.clear()
    QTest.keyClicks(d.input_size, "1x2x2")
    QTest.mouseClick(d.import_button, LEFT)
    qtbot.waitUntil(lambda: d.busy, timeout=5000)
    QTest.keyClick(d, Qt.Key.Key_Escape)  # Cancel while the file's code still runs
    assert not d.isVisible() and not go.exists()
    assert len(import_dialog._ABANDONED) == 1
    go.write_text("go")  # the file's code may finish now
    qtbot.waitUntil(lambda: not import_dialog._ABANDONED, timeout=120000)
    assert d.result_model is None  # nothing from the abandoned import is kept
