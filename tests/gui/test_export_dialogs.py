"""File > Export… and Training > Export training script…, driven with real clicks and keys."""
import ast
from types import SimpleNamespace

import torch
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QLabel, QLineEdit, QMenu,
                               QPushButton)

from engine.build import build_module
from engine.examples import tiny_cnn
from tests.gui.shell_fixtures import *  # noqa: F401,F403


def trigger(window, name):
    window.action_map[name].trigger()
    QApplication.processEvents()


def choose(combo: QComboBox, data, qtbot) -> None:
    """Pick the item holding ``data`` with the keyboard, as a user would."""
    combo.setFocus()
    key = Qt.Key.Key_Down if combo.findData(data) > combo.currentIndex() else Qt.Key.Key_Up
    for _ in range(combo.count()):
        if combo.currentData() == data:
            break
        qtbot.keyClick(combo, key)
    assert combo.currentData() == data


def type_into(edit: QLineEdit, text: str, qtbot) -> None:
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def click_and_wait(dialog, button_name: str, status_name: str, qtbot) -> str:
    button = dialog.findChild(QPushButton, button_name)
    with qtbot.waitSignal(dialog.finished_writing, timeout=120000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return dialog.findChild(QLabel, status_name).text()


def test_file_export_writes_pytorch_source_of_the_open_network(window, qtbot, tmp_path):
    window.document.replace_graph(tiny_cnn())
    assert window.action_map["export"] in window.findChild(QMenu, "menu_file").actions()
    trigger(window, "export")
    dialog = window.findChild(QDialog, "export_dialog")
    assert dialog.isVisible()
    choose(dialog.findChild(QComboBox, "export_format"), "state_dict", qtbot)
    choose(dialog.findChild(QComboBox, "export_format"), "py", qtbot)
    path = dialog.findChild(QLineEdit, "export_path")
    assert path.text().endswith(".py")
    type_into(path, str(tmp_path / "net.py"), qtbot)
    text = click_and_wait(dialog, "export_dialog_go", "export_dialog_status", qtbot)
    assert text == f"Wrote PyTorch source (.py, runs with only torch): {tmp_path / 'net.py'}"
    assert "class " in (tmp_path / "net.py").read_text()
    dialog.close()


def test_the_weights_of_a_finished_run_are_offered_and_exported(window, qtbot, tmp_path):
    window.document.replace_graph(tiny_cnn())
    graph = window.document.graph
    trained = build_module(graph)
    with torch.no_grad():
        for p in trained.parameters():
            p.fill_(0.25)
    state = trained.state_dict()
    session = SimpleNamespace(runs=[SimpleNamespace(name="adam")],
                              final_weights=lambda run: state, best_weights=lambda run: None,
                              weights_metadata=lambda: {"classes": '["a"]'})
    from gui.widgets.export_dialogs import ExportDialog
    dialog = ExportDialog(graph, session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    weights = dialog.findChild(QComboBox, "export_weights")
    assert [weights.itemText(i) for i in range(weights.count())] == [
        "Freshly initialised (no training)", "Run adam: last epoch", "Run adam: best epoch",
        "From a weights file…"]
    assert weights.currentText() == "Run adam: last epoch"
    choose(dialog.findChild(QComboBox, "export_format"), "safetensors", qtbot)
    type_into(dialog.findChild(QLineEdit, "export_path"), str(tmp_path / "w.safetensors"),
              qtbot)
    text = click_and_wait(dialog, "export_dialog_go", "export_dialog_status", qtbot)
    assert text.startswith("Wrote Weights: safetensors")
    from safetensors.torch import load_file
    written = load_file(str(tmp_path / "w.safetensors"))
    assert all(torch.equal(written[k], v) for k, v in state.items())


def test_an_export_that_fails_says_so_in_one_sentence(window, qtbot, tmp_path):
    from gui.widgets.export_dialogs import ExportDialog
    blocker = tmp_path / "file"
    blocker.write_text("x")
    dialog = ExportDialog(tiny_cnn(), None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(dialog.findChild(QLineEdit, "export_path"), str(blocker / "net.py"), qtbot)
    text = click_and_wait(dialog, "export_dialog_go", "export_dialog_status", qtbot)
    assert text.startswith("Nothing was written: Cannot create the folder")
    assert "\n" not in text


def test_training_menu_writes_the_panels_settings_as_train_py(window, qtbot, tmp_path):
    window.document.replace_graph(tiny_cnn())
    panel = window.training.ensure_panel()
    panel.setup.epochs.setValue(3)
    panel.setup.batch_size.setValue(64)
    panel.setup.data.train_images.setValue(200)
    menu = window.findChild(QMenu, "menu_training")
    assert window.action_map["export_training_script"] in menu.actions()
    trigger(window, "export_training_script")
    dialog = window.findChild(QDialog, "script_dialog")
    assert dialog.isVisible()
    # the setup is summarised by the names the panel shows, not by source ids
    summary = dialog.findChild(QLabel, "script_summary").text()
    assert summary.startswith(
        "Shapes, gray 28\u00d728 (offline); optimizers: Gradient descent (SGD), Gradient "
        "descent with momentum, Adam; 3 epochs, batch 64"), summary
    assert "shapes:gray28" not in summary
    assert summary.endswith("; gradient norms every 10 steps")
    type_into(dialog.findChild(QLineEdit, "script_path"), str(tmp_path / "run"), qtbot)
    text = click_and_wait(dialog, "script_dialog_go", "script_dialog_status", qtbot)
    assert text == f"Wrote 3 files into {tmp_path / 'run'}."
    tree = ast.parse((tmp_path / "run" / "train.py").read_text())
    values = {n.targets[0].id: n.value for n in tree.body if isinstance(n, ast.Assign)}
    assert ast.literal_eval(values["EPOCHS"]) == 3
    assert ast.literal_eval(values["BATCH_SIZE"]) == 64
    assert ast.literal_eval(values["GRAD_NORM_EVERY"]) == 10  # the panel samples every 10
    assert ast.literal_eval(values["EARLY_STOPPING"]) == {"patience": 0, "min_delta": 0.0}
    blob = torch.load(tmp_path / "run" / "shapes_gray28.pt", weights_only=True)
    assert len(blob["train_labels"]) == 200
    dialog.close()


def test_the_training_script_starts_from_the_documents_weights_with_its_frozen_layers(
        window, qtbot, tmp_path):
    from engine.graph import transfer
    from gui.commands import SnapshotCommand
    window.files.new_from_graph(tiny_cnn())
    doc = window.document
    doc.undo_stack.push(SnapshotCommand(doc, "Freeze", lambda g: transfer.freeze_up_to(
        g, "conv1")))
    torch.manual_seed(2)
    doc.weights = build_module(doc.graph).state_dict()  # as File > Import… leaves them
    window.training.ensure_panel().setup.data.train_images.setValue(100)
    trigger(window, "export_training_script")
    dialog = window.findChild(QDialog, "script_dialog")
    summary = dialog.findChild(QLabel, "script_summary").text()
    assert summary.endswith("; gradient norms every 10 steps; starting from the imported "
                            "weights; 1 frozen layer"), summary
    type_into(dialog.findChild(QLineEdit, "script_path"), str(tmp_path / "run"), qtbot)
    text = click_and_wait(dialog, "script_dialog_go", "script_dialog_status", qtbot)
    assert text == f"Wrote 4 files into {tmp_path / 'run'}."
    written = torch.load(tmp_path / "run" / "initial_weights.pt", weights_only=True)
    assert written.keys() == doc.weights.keys()
    assert all(torch.equal(written[k], doc.weights[k]) for k in written)
    tree = ast.parse((tmp_path / "run" / "train.py").read_text())
    values = {n.targets[0].id: n.value for n in tree.body if isinstance(n, ast.Assign)}
    assert ast.literal_eval(values["FROZEN"]) == ["conv1"]
    assert ast.literal_eval(values["INITIAL_WEIGHTS"]) == "initial_weights.pt"
    dialog.close()
