"""TrainingSession: one way to put a run together (data, Input layer, trainer, probes, weights)
for the command line and the window, checked on real networks, data and files."""
import json

import numpy as np
import pytest
import torch
from safetensors import safe_open
from safetensors.torch import load_file

from engine.data import make_shapes
from engine.data.fit import fit_drawing, fit_images, shapes_for_input
from engine.data.sources import source_input_shape, variant_for
from engine.examples import tiny_cnn
from engine.training import ConfigError, EventLog, OptimizerConfig, RunStarted, TrainConfig
from engine.training.events import EpochEnded
from engine.training.session import (DataChoice, RunControl, TrainingSession, check_input,
                                     input_shape)
from engine.training.setup import trainable_parameters


@pytest.fixture(scope="module", autouse=True)
def one_thread():
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


def config(**kw):
    base = dict(optimizers=[OptimizerConfig("adam", lr=3e-3)], epochs=1, batch_size=64,
                batch_event_min_seconds=0.0)
    base.update(kw)
    return TrainConfig(**base)


def test_the_input_is_adapted_to_the_data_and_the_weights_record_what_the_cli_records(tmp_path):
    graph = tiny_cnn()  # 1x28x28
    session = TrainingSession(graph, DataChoice("shapes:rgb32", train_images=256), config(
        epochs=2))
    assert isinstance(session, RunControl)
    log = EventLog()
    results = session.run(log)
    assert input_shape(graph) == (3, 32, 32)
    assert session.adapted.network == (1, 28, 28) and session.adapted.data == (3, 32, 32)
    assert results["adam"].reason == "completed"
    assert log.of(RunStarted)[0].train_size == 256
    # the best epoch's weights are kept apart from the latest ones
    best_epoch = max((e for e in log.of(EpochEnded) if e.is_best), key=lambda e: e.epoch).epoch
    assert best_epoch in (1, 2)
    best = session.best_weights("adam")
    assert set(best) == set(session.models()["adam"].state_dict())
    written = session.save_weights(tmp_path / "net.safetensors", best=True)
    assert written == [tmp_path / "net.safetensors"]
    saved = load_file(str(written[0]))
    assert all(torch.equal(saved[k], best[k]) for k in best)
    with safe_open(str(written[0]), framework="pt") as f:
        meta = f.metadata()
    data = session.dataset
    assert json.loads(meta["classes"]) == list(data.class_names)
    assert json.loads(meta["mean"]) == pytest.approx(list(data.mean))
    assert json.loads(meta["std"]) == pytest.approx(list(data.std))


def test_without_adapting_a_mismatch_is_one_sentence_before_anything_is_built():
    graph = tiny_cnn()
    session = TrainingSession(graph, DataChoice("shapes:rgb32", train_images=64), config(),
                              adapt_input=False)
    with pytest.raises(ConfigError) as err:
        session.prepare()
    assert err.value.code == "input_shape_differs" and isinstance(err.value, ConfigError)
    assert str(err.value) == ("The network takes 1x28x28 images but Shapes 3x32x32 has 3x32x32; "
                              "set the Input layer to 3x32x32 or choose data of 1x28x28.")
    assert input_shape(graph) == (1, 28, 28)  # the network is left alone
    log = EventLog()
    assert set(session.run(log)) == {""}
    assert log.kinds() == ["run_failed"]


def test_a_race_saves_one_file_per_run(tmp_path):
    session = TrainingSession(tiny_cnn(), make_shapes("gray28", 128, 64, seed=1),
                              config(optimizers=["adam", "sgd"]), keep_best=False)
    session.run()
    written = session.save_weights(tmp_path / "net.safetensors")
    assert [p.name for p in written] == ["net_adam.safetensors", "net_sgd.safetensors"]
    for path, name in zip(written, ("adam", "sgd")):
        model = session.models()[name]
        saved = load_file(str(path))
        assert all(torch.equal(saved[k], v) for k, v in model.state_dict().items())


def test_stop_while_the_data_is_generated_ends_before_training_with_no_event():
    holder = {}

    def progress(event):
        holder["session"].stop()  # Stop pressed while the first chunk is reported

    session = TrainingSession(tiny_cnn(), DataChoice("shapes", train_images=20000), config())
    holder["session"] = session
    log = EventLog()
    assert session.run(lambda e: (log(e), progress(e))) == {}
    assert session.trainer is None and session.dataset is None
    assert [k for k in log.kinds() if k != "data_progress"] == []


def test_the_shape_of_every_named_data_set_is_known_before_loading_it():
    for preset in ("gray28", "rgb32", "rgb64"):
        data = make_shapes(preset, 4, 2)
        assert source_input_shape(f"shapes:{preset}") == data.input_shape
    assert source_input_shape("shapes") == (1, 28, 28)
    assert source_input_shape("mnist") == (1, 28, 28)
    assert source_input_shape("cifar10") == source_input_shape("svhn") == (3, 32, 32)
    assert source_input_shape("folder:/somewhere") is None


def test_a_mismatch_proposes_the_shapes_variant_of_the_networks_shape():
    graph = tiny_cnn()
    assert check_input(graph, (1, 28, 28)) is None
    mismatch = check_input(graph, (3, 32, 32), "Shapes 3x32x32", "shapes:rgb32")
    assert mismatch.variant == "shapes:gray28"
    assert variant_for("shapes:gray28", (3, 32, 32)) == "shapes:rgb32"
    assert variant_for("shapes:gray28", (3, 48, 48)) is None
    assert variant_for("mnist", (3, 32, 32)) is None


def test_the_optimizer_only_gets_trainable_parameters():
    from engine.build import build_module
    model = build_module(tiny_cnn())
    frozen = dict(model.named_parameters())
    for name, p in frozen.items():
        if "conv1" in name:
            p.requires_grad_(False)
    kept = trainable_parameters(model)
    assert len(kept) == len(frozen) - 2
    assert all(p.requires_grad for p in kept)


def test_images_fit_the_input_like_torch_resizes_them():
    images = torch.rand(2, 3, 32, 32)
    out = fit_images(images, (1, 16, 16))
    ref = torch.nn.functional.interpolate(images.mean(1, keepdim=True), size=(16, 16),
                                          mode="bilinear", align_corners=False)
    assert torch.allclose(out, ref)
    gray = torch.rand(1, 1, 8, 8)
    assert torch.equal(fit_images(gray, (3, 8, 8)), gray.expand(1, 3, 8, 8))
    drawing = np.zeros((280, 280), np.float32)
    drawing[:140] = 1.0
    small = fit_drawing(drawing, (1, 28, 28))
    assert small.shape == (1, 28, 28) and small[0, :14].min() == 1 and small[0, 14:].max() == 0
    images, labels, names, mean, std = shapes_for_input((1, 28, 28), count=16)
    data = make_shapes("gray28", 16, 16, seed=7)
    assert np.array_equal(images, data.val.images.numpy()) and len(names) == 10
    assert shapes_for_input((3, 40, 40), count=16)[0].shape == (16, 3, 40, 40)
