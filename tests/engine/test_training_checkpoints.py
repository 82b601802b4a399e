"""Checkpoints: safetensors weights plus a state read back with weights_only=True; resuming
continues exactly where an uninterrupted run would be."""
import json

import pytest
import torch
from safetensors.torch import load_file

from engine.build import build_module
from engine.data import make_shapes
from engine.graph import sequential
from engine.training import (CheckpointSaved, EpochEnded, EventLog, OptimizerConfig,
                             ScheduleConfig, TrainConfig, Trainer)


@pytest.fixture(scope="module", autouse=True)
def one_thread():
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.fixture(scope="module")
def shapes():
    return make_shapes("gray28", 320, 64, seed=2, classes=("circle", "square", "star"))


def net():
    return sequential((1, 28, 28), [
        ("conv1", "Conv2d", dict(out_channels=4, kernel_size=3, padding=1)),
        ("bn1", "BatchNorm2d", {}), ("relu1", "ReLU", {}),
        ("pool1", "MaxPool2d", dict(kernel_size=2, stride=2)),
        ("flatten", "Flatten", {}), ("drop", "Dropout", dict(p=0.2)),
        ("fc", "Linear", dict(out_features=3))])


def config(tmp_path, **kw):
    base = dict(optimizers=[OptimizerConfig("adam", lr=2e-3), "momentum"], epochs=3,
                batch_size=32, checkpoint_dir=str(tmp_path / "ckpt"),
                schedule=ScheduleConfig("cosine", warmup_epochs=1),
                augment={"flip": True, "crop_padding": 2})
    base.update(kw)
    return TrainConfig(**base)


def test_checkpoints_are_safetensors_and_a_weights_only_state(tmp_path, shapes):
    log = EventLog()
    trainer = Trainer(net(), shapes, config(tmp_path, epochs=2))
    trainer.run(log)
    saved = log.of(CheckpointSaved)
    assert [(c.run, c.epoch) for c in saved] == [("adam", 1), ("momentum", 1), ("adam", 2),
                                                 ("momentum", 2)]
    folder = tmp_path / "ckpt"
    weights = load_file(str(folder / "adam" / "last.safetensors"))
    model = trainer.models()["adam"]
    assert set(weights) == set(model.state_dict())
    for key, value in model.state_dict().items():
        assert torch.equal(weights[key], value)
    # the weights load into a freshly built network from the graph
    build_module(net()).load_state_dict(weights)
    state = torch.load(folder / "adam" / "last.state.pt", weights_only=True)
    assert state["epoch"] == 2 and state["optimizer"]["state"]
    assert (folder / "adam" / "best.safetensors").exists()
    index = json.loads((folder / "checkpoint.json").read_text())
    assert index["epoch"] == 2 and [r["name"] for r in index["runs"]] == ["adam", "momentum"]
    best = [e for e in log.of(EpochEnded, "adam") if e.is_best][-1]
    assert index["runs"][0]["best_epoch"] == best.epoch


def test_resuming_gives_exactly_the_weights_of_an_uninterrupted_run(tmp_path, shapes):
    straight = Trainer(net(), shapes, config(tmp_path / "a"))
    straight.run()
    first = Trainer(net(), shapes, config(tmp_path / "b", epochs=3))
    log = EventLog()

    def stop_after_epoch_two(event):
        log(event)
        if isinstance(event, CheckpointSaved) and event.epoch == 2 and event.run == "momentum":
            first.stop()
    first.run(stop_after_epoch_two)
    assert first.results["adam"].reason == "stopped"
    resumed = Trainer(net(), shapes, config(tmp_path / "c",
                                            resume_from=str(tmp_path / "b" / "ckpt")))
    log = EventLog()
    resumed.run(log)
    assert log.events[0].start_epoch == 3
    assert [e.epoch for e in log.of(EpochEnded, "adam")] == [3]
    for name in ("adam", "momentum"):
        a, b = straight.models()[name].state_dict(), resumed.models()[name].state_dict()
        for key in a:
            assert torch.equal(a[key], b[key]), (name, key)


def test_a_missing_or_foreign_checkpoint_is_a_clear_error(tmp_path, shapes):
    failed = Trainer(net(), shapes, config(tmp_path, resume_from=str(tmp_path / "nowhere"))
                     ).run()
    assert failed["adam"].code == "checkpoint_missing"
    Trainer(net(), shapes, config(tmp_path, epochs=1)).run()
    other = sequential((1, 28, 28), [("flatten", "Flatten", {}),
                                     ("fc", "Linear", dict(out_features=3))])
    failed = Trainer(other, shapes, config(tmp_path / "x",
                                           resume_from=str(tmp_path / "ckpt"))).run()
    assert failed["adam"].code == "checkpoint_mismatch"
    assert "does not fit this network" in failed["adam"].message


def test_the_project_file_records_where_the_checkpoints_are(tmp_path, shapes):
    from engine.io import Project, load_project, save_project
    from engine.training.checkpoints import record_in_project

    Trainer(net(), shapes, config(tmp_path, epochs=1)).run()
    project = Project(net(), {"training": config(tmp_path).to_dict()})
    record_in_project(project, tmp_path / "ckpt")
    record_in_project(project, tmp_path / "ckpt")  # refreshing does not duplicate
    save_project(project, tmp_path / "p.convstudio")
    loaded = load_project(tmp_path / "p.convstudio")
    record, = loaded.sections["checkpoints"]
    assert record["epoch"] == 1 and record["folder"] == str((tmp_path / "ckpt").resolve())
    weights = tmp_path / "ckpt" / record["runs"][0]["weights"]
    assert set(load_file(str(weights))) == set(build_module(net()).state_dict())
    assert TrainConfig.from_dict(loaded.sections["training"]).optimizers[1].name == "momentum"
