"""The exported train.py stops early and samples gradient norms as the app does: patience on
the validation loss (it stops after the same epoch as the app's own trainer), and each
layer's gradient norm every GRAD_NORM_EVERY steps, equal to a plain PyTorch reference for the
first step (same initial weights, same first batch, norms after backward)."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
import torch
import torch.nn.functional as F
from torch.utils.data import DistributedSampler, TensorDataset

from engine.training import EventLog, TrainConfig
from engine.training.session import DataChoice, TrainingSession
from engine.training.script import write_training_script
from tests.engine.export_helpers import import_file
from tests.engine.test_script_cli import settings
from tests.integration.test_training_script import small_cnn

CONFIG = dict(optimizers=[{"name": "sgd", "lr": 0.05}], epochs=6, batch_size=16, seed=4,
              early_stopping_patience=2, early_stopping_min_delta=100.0, grad_norm_every=2)
DATA = dict(train_images=48, seed=4)  # 3 steps per epoch


def _run_script(folder, *extra):
    env = dict(os.environ, OMP_NUM_THREADS="1", PYTHONPATH="")
    log = folder / "log.jsonl"
    done = subprocess.run([sys.executable, str(folder / "train.py"), "--json-log", str(log),
                           "--checkpoint-dir", str(folder / "ckpt"), *extra],
                          cwd=folder.parent, env=env, capture_output=True, text=True,
                          timeout=240)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout, [json.loads(line) for line in log.read_text().splitlines()]


def _reference_first_step_norms(folder) -> dict:
    """Plain PyTorch: the script's model class with its seed, its first batch (the sampler it
    uses, normalised with its MEAN/STD), one backward; each layer's own parameters' L2 norm."""
    s = settings(folder / "train.py")
    blob = torch.load(folder / s["DATASET"]["file"], weights_only=True)
    images = blob["train_images"].float() / 255
    mean = torch.tensor(s["MEAN"]).view(1, -1, 1, 1)
    std = torch.tensor(s["STD"]).view(1, -1, 1, 1)
    sampler = DistributedSampler(TensorDataset(images), num_replicas=1, rank=0, shuffle=True,
                                 seed=s["SEED"], drop_last=True)
    sampler.set_epoch(1)
    first = list(sampler)[:s["BATCH_SIZE"]]
    x = (images[first] - mean) / std
    y = blob["train_labels"][first]
    torch.manual_seed(s["SEED"])
    model = import_file(folder / "model.py").SmallCNN()
    F.cross_entropy(model(x), y).backward()
    return {name: float(torch.stack([p.grad.pow(2).sum() for p in
                                     module.parameters(recurse=False)]).sum().sqrt())
            for name, module in model.named_modules()
            if any(True for _ in module.parameters(recurse=False))}


def test_train_py_stops_early_like_the_app_and_logs_gradient_norms(tmp_path):
    folder = tmp_path / "run"
    config = TrainConfig(**CONFIG)
    write_training_script(small_cnn(), config, DataChoice("shapes:gray28", **DATA), folder)
    s = settings(folder / "train.py")
    assert s["EARLY_STOPPING"] == {"patience": 2, "min_delta": 100.0}
    assert s["GRAD_NORM_EVERY"] == 2
    out, records = _run_script(folder)

    # early stopping: no epoch improves the first by 100, so patience 2 ends epoch 3, as in
    # the app's own trainer with the same settings
    epochs = [r for r in records if "train_loss" in r]
    assert [r["epoch"] for r in epochs] == [1, 2, 3]
    assert records[-1] == {"early_stopped": 3, "best_val_loss": epochs[0]["val_loss"]}
    assert "early stop after epoch 3: the validation loss has not improved for 2 epochs" in out
    app = TrainingSession(small_cnn(), DataChoice("shapes:gray28", **DATA), TrainConfig(
        **CONFIG)).run(EventLog())
    assert app["sgd"].reason == "early_stopped" and app["sgd"].epochs_completed == 3

    # gradient norms: at steps 2, 4, 6, 8 (global, across epochs), every layer with weights
    sampled = [r for r in records if "grad_norms" in r and "step" in r]
    assert [r["step"] for r in sampled] == [2, 4, 6, 8]
    layers = ["conv1", "conv2", "fc"]
    assert all(list(r["grad_norms"]) == layers for r in sampled)
    assert all(v > 0 for r in sampled for v in r["grad_norms"].values())
    # the epoch's figure is the mean of its samples (epoch 2: steps 4 and 6)
    in_epoch_2 = [r["grad_norms"] for r in sampled if r["epoch"] == 2]
    assert epochs[1]["grad_norms"] == pytest.approx(
        {k: sum(d[k] for d in in_epoch_2) / 2 for k in layers}, rel=1e-9)
    assert "gradient norms (mean of 2): conv1 " in out

    # the first step's norms equal plain PyTorch's on the same weights and batch
    _, first = _run_script(folder, "--grad-norm-every", "1", "--max-steps", "1")
    (step1,) = [r["grad_norms"] for r in first if "grad_norms" in r and r.get("step") == 1]
    assert step1 == pytest.approx(_reference_first_step_norms(folder), rel=1e-5)


def _with_batch_norm():
    from engine.graph import sequential
    return sequential((1, 28, 28), [
        ("conv1", "Conv2d", dict(out_channels=6, kernel_size=3, padding=1)),
        ("bn1", "BatchNorm2d", {}),
        ("relu1", "ReLU", {}),
        ("gap", "GlobalAvgPool", {}),
        ("fc", "Linear", dict(out_features=10)),
        ("output", "Output", {}),
    ], name="Small CNN")


def test_train_py_starts_from_the_given_weights_and_keeps_frozen_layers_frozen(tmp_path):
    from engine.build import build_module
    from engine.graph import transfer
    graph = _with_batch_norm()
    transfer.freeze_up_to(graph, "bn1")
    torch.manual_seed(9)
    start = build_module(graph).state_dict()
    with torch.no_grad():  # "pretrained" statistics, so that keeping them shows
        start["bn1.running_mean"].uniform_(-0.5, 0.5)
        start["bn1.running_var"].uniform_(0.5, 2.0)
    folder = tmp_path / "run"
    config = TrainConfig(optimizers=[{"name": "sgd", "lr": 0.1}], epochs=1, batch_size=16,
                         seed=4)
    result = write_training_script(graph, config, DataChoice("shapes:gray28", **DATA), folder,
                                   initial_weights=start)
    assert folder / "initial_weights.pt" in result.files
    s = settings(folder / "train.py")
    assert s["FROZEN"] == ["conv1", "bn1"] and s["FROZEN_BN_EVAL"] is True
    assert s["INITIAL_WEIGHTS"] == "initial_weights.pt"
    out, records = _run_script(folder, "--max-steps", "2")
    assert f"starting from initial_weights.pt: {len(start)} of {len(start)} tensors" in out
    after = torch.load(folder / "ckpt" / "weights.pt", weights_only=True)
    for key in ("conv1.weight", "conv1.bias", "bn1.weight", "bn1.bias", "bn1.running_mean",
                "bn1.running_var"):
        assert torch.equal(after[key], start[key]), key  # frozen: weights and statistics
    assert not torch.equal(after["fc.weight"], start["fc.weight"])  # the head trains

    # the first step's loss is plain PyTorch's: model.py with the given weights, conv1 and
    # bn1 frozen (bn1 in evaluation mode), the script's first batch
    sd = settings(folder / "train.py")
    blob = torch.load(folder / sd["DATASET"]["file"], weights_only=True)
    images = blob["train_images"].float() / 255
    sampler = DistributedSampler(TensorDataset(images), num_replicas=1, rank=0, shuffle=True,
                                 seed=sd["SEED"], drop_last=True)
    sampler.set_epoch(1)
    first = list(sampler)[:sd["BATCH_SIZE"]]
    mean = torch.tensor(sd["MEAN"]).view(1, -1, 1, 1)
    std = torch.tensor(sd["STD"]).view(1, -1, 1, 1)
    model = import_file(folder / "model.py").SmallCNN()
    model.load_state_dict(start)
    model.train()
    model.bn1.eval()
    with torch.no_grad():
        want = F.cross_entropy(model((images[first] - mean) / std), blob["train_labels"][first])
    step1 = next(r["loss"] for r in records if r.get("step") == 1 and "loss" in r)
    assert step1 == pytest.approx(float(want), rel=1e-6)
