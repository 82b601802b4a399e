"""`python main.py script`: the files it writes say what the setup was; bad input is one line."""
import ast
import subprocess
import sys
from pathlib import Path

import pytest
import torch

from engine.training.config import TrainConfig
from engine.training.session import DataChoice
from engine.training.script import write_training_script

ROOT = Path(__file__).resolve().parents[2]


def cli(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


def settings(train_py: Path) -> dict:
    """The upper-case constants at the top of a written train.py, evaluated."""
    tree = ast.parse(train_py.read_text())
    values = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and node.targets[0].id.isupper():
            try:
                values[node.targets[0].id] = ast.literal_eval(node.value)
            except ValueError:
                values[node.targets[0].id] = ast.unparse(node.value)
    return values


def test_script_writes_train_py_model_py_and_the_shapes_tensors(tmp_path):
    out = cli("script", "zoo:lenet5_modern", "--dataset", "shapes", "--optimizers",
              "sgd:0.1,momentum", "--epochs", "7", "--batch-size", "64", "--schedule", "cosine",
              "--warmup", "1", "--augment", "--train-size", "64", "--out", tmp_path / "run")
    assert out.returncode == 0, out.stderr
    folder = tmp_path / "run"
    assert sorted(p.name for p in folder.iterdir()) == ["model.py", "shapes_gray28.pt",
                                                        "train.py"]
    s = settings(folder / "train.py")
    assert s["OPTIMIZERS"] == {
        "sgd": ("SGD", {"momentum": 0.0, "lr": 0.1, "weight_decay": 0.0}),
        "momentum": ("SGD", {"lr": 0.02, "momentum": 0.9, "dampening": 0.0,
                             "weight_decay": 0.0})}
    assert s["EPOCHS"] == 7 and s["BATCH_SIZE"] == 64
    assert s["SCHEDULE"]["kind"] == "cosine" and s["SCHEDULE"]["warmup_epochs"] == 1.0
    assert s["AUGMENT"] == {"flip": True, "crop_padding": 4}
    assert s["DATASET"]["kind"] == "tensors" and s["DATA_DIR"] is None
    blob = torch.load(folder / "shapes_gray28.pt", weights_only=True)
    assert blob["train_images"].shape == (64, 1, 28, 28)
    assert blob["train_images"].dtype == torch.uint8
    mean = (blob["train_images"].double() / 255).mean().item()
    assert s["MEAN"][0] == pytest.approx(mean, abs=1e-6)  # the statistics of what is written
    assert "--optimizer sgd, --optimizer momentum" in (folder / "train.py").read_text()


def test_shapes_as_an_image_folder_that_torchvision_reads_in_the_app_class_order(tmp_path):
    from torchvision.datasets import ImageFolder

    from engine.data import SHAPE_CLASSES
    from engine.graph import sequential
    graph = sequential((3, 32, 32), [("flat", "Flatten", {}), ("fc", "Linear", {}),
                                     ("output", "Output", {})])
    data = DataChoice("shapes:rgb32", train_images=40)
    result = write_training_script(graph, TrainConfig(), data, tmp_path, shapes_format="folder")
    train = ImageFolder(tmp_path / "shapes" / "train")
    assert len(train) == 40 and len(train.classes) == len(SHAPE_CLASSES)
    assert [c.split("_", 1)[1] for c in train.classes] == list(SHAPE_CLASSES)
    assert train[0][0].size == (32, 32) and train[0][0].mode == "RGB"
    assert settings(tmp_path / "train.py")["DATASET"]["kind"] == "folders"
    assert result.notes == []


def test_a_torchvision_set_is_read_from_the_apps_cache_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("CONVSTUDIO_DATA", str(tmp_path / "cache"))
    from engine.examples import tiny_cnn
    write_training_script(tiny_cnn(), TrainConfig(), DataChoice("fashion_mnist"), tmp_path / "r")
    s = settings(tmp_path / "r" / "train.py")
    assert s["DATASET"] == {"kind": "torchvision", "class": "FashionMNIST",
                            "title": "Fashion-MNIST"}
    assert s["DATA_DIR"] == str(tmp_path / "cache")
    assert s["MEAN"] is None  # not downloaded yet: the script measures them at start


def test_the_input_layer_follows_the_data_set(tmp_path):
    from engine.examples import tiny_cnn  # 1x28x28
    result = write_training_script(tiny_cnn(), TrainConfig(), DataChoice(
        "shapes:rgb32", train_images=20), tmp_path)
    assert result.notes == ["the Input layer was set to 3x32x32 to match Shapes 3x32x32"]
    assert "nn.Conv2d(3, 8, 3, padding=1)" in (tmp_path / "model.py").read_text()


@pytest.mark.parametrize("args, message", [
    (("--optimizers", "adamax"), "There is no optimizer 'adamax'"),
    (("--dataset", "imagenet"), "There is no data set 'imagenet'"),
    (("--dataset", "folder:/no/such/folder"), "does not exist"),
    (("--epochs", "0"), "epochs must be a whole number of at least 1"),
    (("--train-size", "1"), "--train-size must be at least 2"),
    (("--optimizers", "sgd:fast"), "'fast' is not a learning rate"),
])
def test_bad_input_is_one_line_and_a_non_zero_exit(args, message, tmp_path):
    out = cli("script", "example:tiny_cnn", "--out", tmp_path / "run", *args)
    assert out.returncode not in (0, 3)
    assert message in out.stderr and len(out.stderr.strip().splitlines()) == 1, out.stderr
    assert "Traceback" not in out.stderr


def test_an_out_that_is_a_file_is_refused(tmp_path):
    target = tmp_path / "taken"
    target.write_text("x")
    out = cli("script", "example:tiny_cnn", "--train-size", "10", "--out", target)
    assert out.returncode == 2
    assert out.stderr == f"error: {target} is a file; choose a folder for the training script.\n"


def test_init_weights_are_written_beside_train_py_and_named_in_it(tmp_path):
    from engine.build import build_module
    from engine.examples import tiny_cnn
    torch.manual_seed(1)
    state = build_module(tiny_cnn()).state_dict()
    torch.save(state, tmp_path / "mine.pt")
    out = cli("script", "example:tiny_cnn", "--init-weights", tmp_path / "mine.pt",
              "--train-size", "10", "--out", tmp_path / "run")
    assert out.returncode == 0, out.stderr
    written = torch.load(tmp_path / "run" / "initial_weights.pt", weights_only=True)
    assert written.keys() == state.keys()
    assert all(torch.equal(written[k], state[k]) for k in state)
    s = settings(tmp_path / "run" / "train.py")
    assert s["INITIAL_WEIGHTS"] == "initial_weights.pt" and s["FROZEN"] == []


def test_pretrained_and_freeze_until_give_train_py_the_weights_and_the_frozen_backbone(
        tmp_path, monkeypatch, capsys):
    """As `train --pretrained --freeze-until`: torchvision's file from TORCH_HOME (written here
    in its cache layout, nothing downloaded), a 10-class head, the backbone frozen."""
    from engine.cli import main
    from tests.engine.export_helpers import import_file
    from tests.engine.test_transfer import _write_pretrained
    model = _write_pretrained(tmp_path / "torch", monkeypatch, "resnet18")
    folder = tmp_path / "run"
    code = main(["script", "torchvision:resnet18", "--pretrained", "--freeze-until",
                 "layer4_0_relu", "--dataset", "shapes:rgb32", "--train-size", "16",
                 "--out", str(folder)])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "note: fc now has 10 outputs for Shapes 3x32x32's classes" in out
    assert "layers frozen, up to layer4_0_relu" in out and "reinitialised: fc" in out
    s = settings(folder / "train.py")
    assert s["INITIAL_WEIGHTS"] == "initial_weights.pt"
    assert "conv1" in s["FROZEN"] and "layer4_0_conv1" in s["FROZEN"]
    assert "layer4_1_conv1" not in s["FROZEN"] and "fc" not in s["FROZEN"]
    written = torch.load(folder / "initial_weights.pt", weights_only=True)
    assert torch.equal(written["conv1.weight"], model.conv1.weight)
    ours = getattr(import_file(folder / "model.py"), s["MODEL"])()
    assert ours.fc.out_features == 10  # the 1000-class head would not fit; train.py skips it
    fits = [k for k, v in written.items() if ours.state_dict()[k].shape == v.shape]
    assert sorted(set(written) - set(fits)) == ["fc.bias", "fc.weight"]

    code = main(["script", "torchvision:resnet18", "--pretrained", "--freeze-until", "layer9",
                 "--dataset", "shapes:rgb32", "--train-size", "16", "--out", str(folder)])
    assert code == 2 and "has no layer 'layer9'" in capsys.readouterr().err
