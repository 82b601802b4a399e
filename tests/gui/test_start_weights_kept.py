"""Imported weights are not lost on save: File > Import… with a weights file, then saving the
project writes them beside it (net.weights.safetensors) and reopening brings them back; after
Replace the Classifier the Messages dock says which layers keep their weights and which start
fresh (the transplant report)."""
import torch
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit
from safetensors.torch import load_file, save_file

from engine.io import load_project
from gui.widgets.import_dialog import ImportDialog
from tests.gui.shell_fixtures import *  # noqa: F401,F403  (make_window)
from tests.gui.shell_fixtures import answer_file_dialog

NET = """import torch.nn as nn
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(1, 4, 3)
        self.fc = nn.Linear(4 * 6 * 6, 3)
    def forward(self, x):
        return self.fc(self.conv(x).flatten(1))
"""


def when_modal(kind, act):
    """Run ``act(widget)`` once a modal ``kind`` shows (a dialog opened by exec())."""
    def look():
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind):
            act(widget)
        else:
            QTimer.singleShot(30, look)
    QTimer.singleShot(30, look)


def fill_import_dialog(qtbot, source, weights):
    def act(dialog):
        QTest.mouseClick(dialog.kinds.button(1), Qt.MouseButton.LeftButton)  # Python file
        QTest.keyClicks(dialog.path, str(source))
        dialog.weights.setFocus()
        QTest.keyClick(dialog.weights, Qt.Key.Key_End)  # "A weights file…"
        QTest.keyClicks(dialog.weights_path, str(weights))
        dialog.input_size.selectAll()
        QTest.keyClicks(dialog.input_size, "1x8x8")
        QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    when_modal(ImportDialog, act)


def right_click_action(view, node_id, action_name):
    def pick():
        menu = QApplication.activePopupWidget()
        action = next(a for a in menu.actions() if a.objectName() == action_name)
        menu.close()
        action.trigger()
    pos = view.mapFromScene(view.canvas_scene.nodes[node_id].sceneBoundingRect().center())
    QTimer.singleShot(50, pick)
    QApplication.sendEvent(view.viewport(), QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, pos, view.viewport().mapToGlobal(pos)))


def test_imported_weights_are_saved_restored_and_their_transplant_is_reported(
        qtbot, make_window, tmp_path):
    source = tmp_path / "net.py"
    source.write_text(NET)
    torch.manual_seed(3)
    conv, fc = torch.nn.Conv2d(1, 4, 3), torch.nn.Linear(144, 3)
    state = {"conv.weight": conv.weight.detach(), "conv.bias": conv.bias.detach(),
             "fc.weight": fc.weight.detach(), "fc.bias": fc.bias.detach()}
    weights = tmp_path / "trained.safetensors"
    save_file(state, str(weights))

    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    report = window.messages.weights_report
    fill_import_dialog(qtbot, source, weights)
    QTest.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)  # File > Import…
    qtbot.waitUntil(lambda: window.document.weights is not None, timeout=120000)
    assert torch.equal(window.document.weights["fc.weight"], state["fc.weight"])
    qtbot.waitUntil(lambda: report.isVisibleTo(window.messages), timeout=10000)
    assert report.text() == "Starting weights: 2 layers keep their weights."

    # Replace the Classifier (5 classes typed into the question): fc starts fresh
    def five(box):
        edit = box.findChild(QLineEdit)
        edit.selectAll()
        QTest.keyClicks(edit, "5")
        QTest.keyClick(edit, Qt.Key.Key_Return)
    when_modal(QInputDialog, five)
    right_click_action(window.canvas, "fc", "canvas_replace_classifier")
    assert window.document.graph.nodes["fc"].params["out_features"] == 5
    qtbot.waitUntil(lambda: "fc" in report.text(), timeout=10000)
    after_replace = report.text()
    assert after_replace == "Starting weights: 1 layer keeps its weights. Fresh weights: fc."
    window.document.undo_stack.undo()
    qtbot.waitUntil(lambda: report.text() == "Starting weights: 2 layers keep their weights.",
                    timeout=10000)
    window.document.undo_stack.redo()
    qtbot.waitUntil(lambda: report.text() == after_replace, timeout=10000)

    # Ctrl+S on the untitled network: a name typed into Save As; the weights go beside it
    answer_file_dialog(tmp_path / "imported")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    project = tmp_path / "imported.convstudio"
    assert project.exists()
    kept = tmp_path / "imported.weights.safetensors"
    assert load_project(project).sections["weights"] == {"file": kept.name, "tensors": 4}
    assert all(torch.equal(load_file(str(kept))[k], v) for k, v in state.items())
    assert window.close()

    again = make_window()
    assert again.files.open_path(str(project))
    assert again.files.error_box is None
    assert set(again.document.weights) == set(state)
    assert all(torch.equal(again.document.weights[k], v) for k, v in state.items())
    qtbot.waitUntil(lambda: again.messages.weights_report.text() == after_replace,
                    timeout=10000)

    # a project whose weights file went missing opens with fresh weights and says so
    kept.unlink()
    third = make_window()
    assert third.files.open_path(str(project))
    assert third.document.weights is None
    assert third.files.error_box.text() == (
        "The starting weights imported.weights.safetensors are not beside the project any "
        "more; the network opens with fresh weights.")
    assert not third.messages.weights_report.isVisibleTo(third.messages)
