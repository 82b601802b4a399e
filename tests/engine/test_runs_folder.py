"""The runs folder beside a project (``engine.io.runs``): version 2 keeps each run's weights
after every epoch and its mistake images; version 1 folders are migrated; nothing but JSON and
safetensors is written or read."""
import json

import numpy as np
import pytest
import torch

from engine.io.runs import (VERSION, RunToKeep, RunsFileError, epochs_in, kept_epochs,
                            load_epoch_weights, load_mistake_images, load_runs, runs_folder,
                            save_runs, thumbnail)


def state(value: float) -> dict:
    return {"conv.weight": torch.full((4, 1, 3, 3), value), "fc.bias": torch.full((2,), value)}


def test_epochs_and_mistake_images_are_written_and_read_back(tmp_path):
    project = tmp_path / "net.convstudio"
    images = [np.random.default_rng(i).random((1, 28, 28), dtype=np.float32) for i in range(3)]
    record = {"name": "adam", "session": 1, "evaluation": {"epoch": 2, "confusion": [[3, 1],
                                                                                  [0, 4]]}}
    folder = save_runs(project, [RunToKeep(record, state(2.0), {"classes": '["a", "b"]'},
                                           {1: state(1.0), 2: state(2.0)}, images)])
    index = json.loads((folder / "runs.json").read_text())
    assert index["version"] == VERSION == 2
    assert sorted(p.name for p in folder.iterdir()) == [
        "run-1-adam.epochs.safetensors", "run-1-adam.mistakes.safetensors",
        "run-1-adam.safetensors", "runs.json"]
    saved, = load_runs(project)
    assert saved.record["evaluation"]["confusion"] == [[3, 1], [0, 4]]
    assert epochs_in(saved.epoch_weights) == [1, 2]
    first = load_epoch_weights(saved.epoch_weights, 1)
    assert set(first) == {"conv.weight", "fc.bias"} and torch.equal(first["fc.bias"],
                                                                   torch.ones(2))
    back = load_mistake_images(saved.mistake_images)
    assert len(back) == 3 and back[0].shape == (1, 28, 28)
    # 8-bit, rounded as the window draws them: the same pixels come back
    for a, b in zip(images, back):
        assert np.array_equal(np.clip(a * 255 + 0.5, 0, 255).astype(np.uint8),
                              np.clip(b * 255 + 0.5, 0, 255).astype(np.uint8))
    # saving again without the epochs removes their file
    save_runs(project, [RunToKeep(record, state(2.0))])
    assert not (folder / "run-1-adam.epochs.safetensors").exists()
    assert load_runs(project)[0].epoch_weights is None


def test_a_version_1_folder_opens_with_no_evaluation_or_epochs(tmp_path):
    project = tmp_path / "old.convstudio"
    folder = runs_folder(project)
    folder.mkdir()
    (folder / "runs.json").write_text(json.dumps({"format": "convstudio.runs", "version": 1,
                                                  "runs": [{"name": "sgd", "session": 1}]}))
    saved, = load_runs(project)
    assert saved.record["name"] == "sgd" and saved.record["evaluation"] is None
    assert (saved.weights, saved.epoch_weights, saved.mistake_images) == (None, None, None)


def test_files_named_outside_the_folder_are_ignored(tmp_path):
    project = tmp_path / "net.convstudio"
    (tmp_path / "secret.safetensors").write_bytes(b"x")
    folder = runs_folder(project)
    folder.mkdir()
    (folder / "runs.json").write_text(json.dumps({"format": "convstudio.runs", "version": 2,
                                                  "runs": [{"name": "a", "weights":
                                                            "../secret.safetensors",
                                                            "epoch_weights": "/etc/passwd"}]}))
    saved, = load_runs(project)
    assert saved.weights is None and saved.epoch_weights is None


def test_a_damaged_epochs_file_is_a_runs_error(tmp_path):
    bad = tmp_path / "run-1-a.epochs.safetensors"
    bad.write_bytes(b"not safetensors")
    with pytest.raises(RunsFileError):
        epochs_in(bad)


def test_big_networks_keep_evenly_spaced_epochs_within_the_budget():
    epochs = {e: {"w": torch.zeros(1024)} for e in range(1, 21)}  # 4 KiB each
    assert kept_epochs(epochs, budget=10 ** 6) == list(range(1, 21))
    kept = kept_epochs(epochs, budget=5 * 4096)
    assert kept[0] == 1 and kept[-1] == 20 and len(kept) == 5
    assert kept_epochs(epochs, budget=100) == [20]


def test_large_images_become_small_thumbnails():
    small = thumbnail(np.full((3, 32, 32), 0.5, dtype=np.float32))
    assert small.dtype == torch.uint8 and tuple(small.shape) == (3, 32, 32)
    assert int(small[0, 0, 0]) == 128
    big = thumbnail(torch.rand(3, 224, 160))
    assert tuple(big.shape) == (3, 96, 69)
