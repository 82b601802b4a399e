"""`python main.py train`: progress in the terminal, the JSON log format of the issue, saved
weights that load into the network, one clear line for every bad input."""
import json

import pytest
import torch
from safetensors.torch import load_file

from engine.build import build_module
from engine.cli import main
from engine.examples import tiny_cnn


@pytest.fixture(autouse=True)
def one_thread():
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


def test_a_race_writes_the_json_log_and_weights(tmp_path, capsys):
    log, weights = tmp_path / "run.jsonl", tmp_path / "net.safetensors"
    code = main(["train", "example:tiny_cnn", "--dataset", "shapes", "--train-size", "600",
                 "--optimizers", "adam,sgd:0.05", "--epochs", "2", "--batch-size", "32",
                 "--json-log", str(log), "--save-weights", str(weights)])
    out = capsys.readouterr().out
    assert code == 0
    assert "training adam, sgd on CPU" in out and "adam: epoch 2/2" in out
    assert "sgd: completed after 2 epochs" in out
    lines = [json.loads(line) for line in log.read_text().splitlines()]
    batch = next(e for e in lines if e["event"] == "batch_end")
    assert list(batch) == ["event", "run", "epoch", "step", "loss"]
    assert batch["run"] == "adam" and batch["epoch"] == 1 and batch["step"] == 10
    # every 10th step and the epoch's last (19 of 600 images in 32s), however fast the machine
    assert [e["step"] for e in lines if e["event"] == "batch_end" and e["run"] == "adam"
            and e["epoch"] == 1] == [10, 19]
    epoch_ends = [e for e in lines if e["event"] == "epoch_end"]
    assert list(epoch_ends[0]) == ["event", "run", "epoch", "train_loss", "train_acc",
                                   "val_loss", "val_acc", "seconds", "images_per_second"]
    assert [(e["run"], e["epoch"]) for e in epoch_ends] == [("adam", 1), ("sgd", 1),
                                                            ("adam", 2), ("sgd", 2)]
    ends = [e for e in lines if e["event"] == "run_end"]
    assert [(e["run"], e["reason"]) for e in ends] == [("adam", "completed"),
                                                       ("sgd", "completed")]
    for run in ("adam", "sgd"):
        state = load_file(str(tmp_path / f"net_{run}.safetensors"))
        build_module(tiny_cnn()).load_state_dict(state)
    # the sgd run used its own learning rate
    start = lines[0]
    assert start["event"] == "run_start" and start["runs"] == ["adam", "sgd"]


def test_the_input_layer_follows_the_data_set(tmp_path, capsys):
    weights = tmp_path / "w.safetensors"
    code = main(["train", "example:tiny_cnn", "--dataset", "shapes:rgb32", "--train-size", "64",
                 "--epochs", "1", "--save-weights", str(weights)])
    assert code == 0
    assert "Input layer was set to 3x32x32" in capsys.readouterr().out
    assert load_file(str(weights))["conv1.weight"].shape == (8, 3, 3, 3)
    # the file carries the normalisation the network was trained with, so `cam` and
    # `features` (and the inspection panel) feed it images exactly as in training
    from engine.data import load_dataset
    from engine.inspect.weights import read_normalisation
    data = load_dataset("shapes:rgb32", max_train=64)
    mean, std = read_normalisation(weights)
    assert mean == pytest.approx(list(data.mean)) and std == pytest.approx(list(data.std))


@pytest.mark.parametrize("argv,expected", [
    (["--dataset", "mnist"], "MNIST is not in the cache and the network is unreachable"),
    (["--optimizers", "adam,lion"], "There is no optimizer 'lion'"),
    (["--optimizers", "sgd:fast"], "'fast' is not a learning rate"),
    (["--dataset", "folder:/no/such/folder"], "does not exist"),
    (["--epochs", "0"], "epochs must be a whole number of at least 1"),
])
def test_bad_input_is_one_line_and_exit_status_2(tmp_path, monkeypatch, capsys, argv, expected):
    monkeypatch.setenv("CONVSTUDIO_DATA", str(tmp_path))
    monkeypatch.setenv("CONVSTUDIO_OFFLINE", "1")
    code = main(["train", "example:tiny_cnn", "--train-size", "64", *argv])
    err = capsys.readouterr().err
    assert code == 2 and expected in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_a_run_that_fails_while_training_exits_1_with_its_reason(capsys):
    code = main(["train", "zoo:lenet5_modern", "--train-size", "256", "--epochs", "2",
                 "--optimizers", "sgd:1000", "--batch-size", "16"])
    captured = capsys.readouterr()
    assert code == 1 and "exploded" in captured.err and "lower the learning rate" in captured.err
