"""The exported train.py, run as its user runs it: alone, and under torchrun with two CPU
processes (gloo, DistributedDataParallel). Both see the same global batch, so their first-step
losses agree; the distributed run trains (its loss falls) and rank 0 writes weights that load
strictly into the exported model class."""
import json
import os
import subprocess
import sys

import pytest
import torch

from engine.graph import sequential
from engine.training.config import TrainConfig
from engine.training.session import DataChoice
from engine.training.script import write_training_script
from tests.engine.export_helpers import import_file

STEPS = 12


def small_cnn():
    """No batch normalisation or dropout: per-process statistics and masks would make the
    two runs differ by design, and this test compares them."""
    return sequential((1, 28, 28), [
        ("conv1", "Conv2d", dict(out_channels=8, kernel_size=3, padding=1)),
        ("relu1", "ReLU", {}),
        ("pool1", "MaxPool2d", {}),
        ("conv2", "Conv2d", dict(out_channels=16, kernel_size=3, padding=1)),
        ("relu2", "ReLU", {}),
        ("gap", "GlobalAvgPool", {}),
        ("fc", "Linear", dict(out_features=10)),
        ("output", "Output", {}),
    ], name="Small CNN")


def run(folder, *launcher, tag, extra=()):
    env = dict(os.environ, OMP_NUM_THREADS="1", PYTHONPATH="")
    log = folder / f"{tag}.jsonl"
    out = subprocess.run([*launcher, str(folder / "train.py"), *extra, "--max-steps", str(STEPS),
                          "--json-log", str(log), "--checkpoint-dir", str(folder / tag)],
                         cwd=folder.parent, env=env, capture_output=True, text=True,
                         timeout=240)
    assert out.returncode == 0, out.stderr[-3000:]
    records = [json.loads(line) for line in log.read_text().splitlines()]
    return out.stdout, [r["loss"] for r in records if "step" in r]


@pytest.mark.slow
def test_train_py_runs_alone_and_under_torchrun_with_the_same_first_step(tmp_path):
    folder = tmp_path / "run"
    config = TrainConfig(optimizers=[{"name": "adam", "lr": 0.01}, "sgd"], epochs=2,
                         batch_size=32, seed=3)
    write_training_script(small_cnn(), config, DataChoice("shapes:gray28", train_images=320),
                          folder)
    one_out, one = run(folder, sys.executable, tag="one")
    two_out, two = run(folder, sys.executable, "-m", "torch.distributed.run", "--standalone",
                       "--nproc_per_node=2", tag="two")
    assert "1 process(es) on cpu, batch 32" in one_out
    assert "2 process(es) on cpu, batch 32" in two_out
    assert two_out.count("training SmallCNN with adam") == 1  # rank 0 alone reports
    assert len(one) == len(two) == STEPS
    assert two[0] == pytest.approx(one[0], rel=1e-6, abs=1e-6)
    assert sum(two[-3:]) / 3 < two[0] - 0.05  # it trains
    assert two[1:] == pytest.approx(one[1:], rel=1e-3)  # the same updates, summed differently
    weights = torch.load(folder / "two" / "weights.pt", weights_only=True)
    model = import_file(folder / "model.py").SmallCNN()
    model.load_state_dict(weights, strict=True)


@pytest.mark.slow
def test_train_py_compiles_its_training_step_as_the_app_was_set(tmp_path):
    """COMPILE = 'default' (the app's compile setting): torch.compile of the step gives the
    losses of the plain step, and weights.pt keeps the model's own names."""
    folder = tmp_path / "run"
    config = TrainConfig(optimizers=["sgd"], epochs=2, batch_size=32, seed=3, compile="default")
    write_training_script(small_cnn(), config, DataChoice("shapes:gray28", train_images=320),
                          folder)
    assert "COMPILE = 'default'" in (folder / "train.py").read_text()
    _, compiled = run(folder, sys.executable, tag="compiled")
    _, plain = run(folder, sys.executable, tag="plain", extra=("--compile", "off"))
    assert len(compiled) == len(plain) == STEPS
    assert compiled == pytest.approx(plain, rel=1e-4)
    weights = torch.load(folder / "compiled" / "weights.pt", weights_only=True)
    import_file(folder / "model.py").SmallCNN().load_state_dict(weights, strict=True)
