"""File > Import… torchvision:resnet18 with torchvision's pretrained weights (a file this test
writes into a temporary TORCH_HOME, in torchvision's cache layout; nothing downloads), then
Start in the training panel: the run starts from those weights. Its first step's loss and the
weights after that step equal plain PyTorch's (torchvision's resnet18 with the same file, the
same batch, one SGD step)."""
from __future__ import annotations

import pytest
import torch
import torch.nn.functional as F
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.gui.shell_fixtures import *  # noqa: F401,F403

torchvision = pytest.importorskip("torchvision")
IMAGES = 100  # the panel's smallest training set; one batch of 100: a single step


@pytest.fixture
def pretrained_resnet18(tmp_path, monkeypatch):
    from engine.io.pretrained import pretrained_file
    monkeypatch.setenv("TORCH_HOME", str(tmp_path / "torch"))
    info = pretrained_file("resnet18")
    assert info.path == tmp_path / "torch" / "hub" / "checkpoints" / "resnet18-f37072fd.pth"
    torch.manual_seed(11)
    model = torchvision.models.resnet18(weights=None)
    info.path.parent.mkdir(parents=True)
    torch.save(model.state_dict(), info.path)
    return info.path


def _import_through_the_dialog(window, qtbot):
    from gui.widgets.import_dialog import ImportDialog
    seen = {}

    def drive():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ImportDialog)
        seen["dialog"] = dialog
        dialog.model_name.setCurrentText("resnet18")
        dialog.weights.setCurrentIndex(dialog.weights.findData("pretrained"))
        dialog.input_size.clear()
        QTest.keyClicks(dialog.input_size, "3x32x32")
        QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, drive)
    assert window.import_model(), seen["dialog"].status.text()


def _reference(weights_file, lr: float):
    """torchvision's resnet18 with the weights file: the loss of the training batch (the whole
    training set: the mean and BatchNorm's statistics do not depend on its order) and the
    weights after one SGD step."""
    from gui.training.data_panel import data_choice
    dataset = data_choice("shapes:rgb32", IMAGES, 0.2).load()
    mean = torch.tensor(dataset.mean).view(1, -1, 1, 1)
    std = torch.tensor(dataset.std).view(1, -1, 1, 1)
    x = (torch.as_tensor(dataset.train.images) - mean) / std
    y = torch.as_tensor(dataset.train.labels)
    model = torchvision.models.resnet18(weights=None)
    model.load_state_dict(torch.load(weights_file, weights_only=True))
    model.train()
    loss = F.cross_entropy(model(x), y)
    loss.backward()
    optimizer = torch.optim.SGD(model.parameters(), lr=lr)
    optimizer.step()
    return float(loss.detach()), {k: v.detach().clone() for k, v in model.state_dict().items()}


def test_training_an_imported_pretrained_resnet18_starts_from_its_weights(
        window, qtbot, pretrained_resnet18):
    _import_through_the_dialog(window, qtbot)
    doc = window.document
    assert doc.weights is not None and "conv1.weight" in doc.weights
    assert torch.equal(doc.weights["conv1.weight"],
                       torch.load(pretrained_resnet18, weights_only=True)["conv1.weight"])
    panel = window.training.ensure_panel()
    setup = panel.setup
    assert setup.data.set_source("shapes:rgb32")  # the imported 3x32x32 network's size
    setup.data.train_images.setValue(IMAGES)
    setup.batch_size.setValue(IMAGES)
    setup.epochs.setValue(1)
    setup.data.flip.setChecked(False)
    setup.data.crop.setValue(0)
    setup.optimizers.set_chosen(["sgd"])
    lr = setup.optimizers.chosen()[0].lr
    assert not panel.input_check.isVisible()
    with qtbot.waitSignal(panel.run_ended, timeout=300000):
        assert panel.start()
    (run,) = panel.monitor.history.current.runs.values()
    assert run.status == "completed", run.status
    want_loss, want_weights = _reference(pretrained_resnet18, lr)
    assert list(run.loss.x) == [1.0]  # one step, its loss drawn as it was
    assert run.loss.y[0] == pytest.approx(want_loss, rel=1e-5)
    # (the imported graph names torchvision's layer1.0.conv1 layer1_0_conv1)
    for ours, theirs in (("conv1.weight", "conv1.weight"), ("bn1.running_mean",
                                                             "bn1.running_mean"),
                         ("layer4_1_conv2.weight", "layer4.1.conv2.weight"),
                         ("fc.weight", "fc.weight"), ("fc.bias", "fc.bias")):
        torch.testing.assert_close(run.weights[ours].float(), want_weights[theirs], atol=1e-6,
                                   rtol=1e-5)
    # a fresh network would have started elsewhere: the imported weights were used
    torch.manual_seed(0)
    fresh = torchvision.models.resnet18(weights=None).state_dict()["fc.weight"]
    assert (run.weights["fc.weight"].float() - fresh).abs().max() > 1e-3
