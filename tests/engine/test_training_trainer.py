"""The Trainer on real networks and data: it learns, races are fair, stop/pause/resume work,
exploding losses and out-of-memory end a run with a sentence, evaluation is right."""
import threading

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from engine.data import make_shapes
from engine.data.loader import TensorLoader
from engine.graph import sequential
from engine.training import (BatchEnded, EpochEnded, EventLog, OptimizerConfig, RunFailed,
                             RunFinished, RunStarted, TrainConfig, Trainer)
from engine.training.oom import largest_fitting_batch

CLASSES = ("circle", "square", "plus")


@pytest.fixture(scope="module", autouse=True)
def one_thread():
    # small networks train faster on one thread, above all on a shared, busy CPU
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.fixture(scope="module")
def shapes():
    return make_shapes("gray28", 900, 300, seed=7, classes=CLASSES)


def small_cnn(activation="ReLU", dropout=0.0, channels=1, size=28, classes=3, bn=False):
    norm = lambda i: [(f"bn{i}", "BatchNorm2d", {})] if bn else []  # noqa: E731
    layers = [("conv1", "Conv2d", dict(out_channels=8, kernel_size=3, padding=1)), *norm(1),
              ("act1", activation, {}), ("pool1", "MaxPool2d", dict(kernel_size=2, stride=2)),
              ("conv2", "Conv2d", dict(out_channels=16, kernel_size=3, padding=1)), *norm(2),
              ("act2", activation, {}), ("pool2", "MaxPool2d", dict(kernel_size=2, stride=2)),
              ("flatten", "Flatten", {})]
    if dropout:
        layers.append(("drop", "Dropout", dict(p=dropout)))
    layers.append(("fc", "Linear", dict(out_features=classes)))
    return sequential((channels, size, size), layers, name="small")


def cfg(**kw):
    base = dict(optimizers=[OptimizerConfig("adam", lr=3e-3)], epochs=1, batch_size=32,
                batch_event_min_seconds=0.0)
    base.update(kw)
    return TrainConfig(**base)


def test_a_small_cnn_learns_shapes_and_reports_every_epoch(shapes):
    log = EventLog()
    trainer = Trainer(small_cnn(bn=True), shapes, cfg(epochs=3))
    results = trainer.run(log)
    start, = log.of(RunStarted)
    assert start.runs == ("adam",) and start.device == "cpu" and start.loader == "memory"
    assert start.steps_per_epoch == 29 and start.train_size == 900 and start.val_size == 300
    epochs = log.of(EpochEnded)
    assert [e.epoch for e in epochs] == [1, 2, 3]
    # well above chance (1/3) after 87 small steps, and still improving
    assert epochs[-1].val_acc > 0.6 and epochs[-1].train_loss < epochs[0].train_loss
    assert isinstance(results["adam"], RunFinished) and results["adam"].reason == "completed"
    assert log.kinds()[0] == "run_start" and log.kinds()[-1] == "run_end"
    # evaluation agrees with an independent pass of the trained model over the validation set
    model = trainer.models()["adam"].eval()
    x = (shapes.val.images - shapes.mean[0]) / shapes.std[0]
    with torch.no_grad():
        logits = model(x)
    pred = logits.argmax(1)
    last = epochs[-1]
    assert last.val_acc == pytest.approx(float((pred == shapes.val.labels).float().mean()))
    assert last.val_loss == pytest.approx(float(F.cross_entropy(logits, shapes.val.labels)),
                                          rel=1e-4)
    confusion = np.zeros((3, 3), int)
    np.add.at(confusion, (shapes.val.labels.numpy(), pred.numpy()), 1)
    assert np.array_equal(last.confusion, confusion)
    assert np.allclose(last.per_class_acc, confusion.diagonal() / confusion.sum(1))
    assert not last.confusion.flags.writeable  # a frozen copy, never a live tensor
    conf = logits.softmax(1).max(1).values
    for m in last.mistakes:
        assert m.predicted != m.label and int(pred[m.index]) == m.predicted
        assert m.confidence == pytest.approx(float(conf[m.index]), rel=1e-5)
    assert [m.confidence for m in last.mistakes] == sorted(
        (m.confidence for m in last.mistakes), reverse=True)


def test_batch_events_are_throttled_and_numbered(shapes):
    log = EventLog()
    Trainer(small_cnn(), shapes, cfg(batch_event_every=5, epochs=2)).run(log)
    batches = log.of(BatchEnded)
    assert [b.step for b in batches if b.epoch == 1] == [5, 10, 15, 20, 25, 29]
    assert batches[-1].global_step == 58 and all(b.loss > 0 for b in batches)
    assert all(b.images_per_second > 0 and b.lr == 3e-3 for b in batches)


def test_a_race_starts_from_identical_weights_on_identical_batches(shapes):
    # two identical optimizers in one race (with dropout and augmentation) end bit-identical,
    # and a race member ends exactly where the same optimizer alone ends
    race = cfg(optimizers=["sgd", OptimizerConfig("momentum", label="mom"), "sgd"], epochs=1,
               augment={"flip": True, "crop_padding": 2}, max_steps_per_epoch=8)
    t = Trainer(small_cnn(dropout=0.3), shapes, race)
    log = EventLog()
    t.run(log)
    assert log.of(RunStarted)[0].runs == ("sgd", "mom", "sgd_2")
    models = t.models()
    for (name, a), b in zip(models["sgd"].state_dict().items(),
                            models["sgd_2"].state_dict().values()):
        assert torch.equal(a, b), name
    assert not torch.equal(models["sgd"].conv1.weight, models["mom"].conv1.weight)
    alone = Trainer(small_cnn(dropout=0.3), shapes,
                    cfg(optimizers=["sgd"], epochs=1, max_steps_per_epoch=8,
                        augment={"flip": True, "crop_padding": 2}))
    alone.run()
    assert torch.equal(alone.models()["sgd"].fc.weight, models["sgd"].fc.weight)


def test_stop_ends_after_the_current_batch(shapes):
    trainer = Trainer(small_cnn(), shapes, cfg(epochs=5, batch_event_every=1))
    log = EventLog()

    def callback(event):
        log(event)
        if isinstance(event, BatchEnded) and event.step == 3:
            trainer.stop()
    results = trainer.run(callback)
    assert results["adam"].reason == "stopped" and results["adam"].epochs_completed == 0
    assert max(b.step for b in log.of(BatchEnded)) == 3 and not log.of(EpochEnded)


def test_pause_holds_the_loop_until_resume(shapes):
    trainer = Trainer(small_cnn(), shapes, cfg(batch_event_every=1, max_steps_per_epoch=6))
    log, during_pause = EventLog(), []

    def resume_later():
        n = len(log.events)
        threading.Event().wait(0.3)
        during_pause.append(len(log.events) - n)
        trainer.resume()

    def callback(event):
        log(event)
        if isinstance(event, BatchEnded) and event.step == 2:
            trainer.pause()
            assert trainer.paused
            threading.Thread(target=resume_later).start()
    results = trainer.run(callback)
    assert during_pause == [0]  # nothing happened while paused
    assert results["adam"].reason == "completed"
    assert [b.step for b in log.of(BatchEnded)] == [1, 2, 3, 4, 5, 6]


def test_an_exploding_loss_stops_the_run_at_the_step_it_happened(shapes):
    config = cfg(optimizers=[OptimizerConfig("sgd", lr=1e4)], epochs=2, batch_event_every=4)
    log = EventLog()
    results = Trainer(small_cnn(), shapes, config).run(log)
    failed = results["sgd"]
    assert isinstance(failed, RunFailed) and failed.code == "loss_exploded"
    # replay the same run by hand to find the first step whose loss is not finite
    torch.manual_seed(config.seed)
    from engine.build import build_module
    model = build_module(small_cnn())
    opt = torch.optim.SGD(model.parameters(), lr=1e4)
    loader = TensorLoader(shapes.train, 32, mean=shapes.mean, std=shapes.std, seed=0)
    first_bad = None
    for step, (x, y) in enumerate(loader.epoch(1), 1):
        loss = F.cross_entropy(model(x), y)
        if not torch.isfinite(loss):
            first_bad = step
            break
        opt.zero_grad()
        loss.backward()
        opt.step()
    assert first_bad is not None and failed.data["step"] == first_bad
    assert f"exploded (became nan) at step {first_bad}" in failed.message or \
        f"at step {first_bad}" in failed.message
    assert "lower the learning rate" in failed.message and not log.of(EpochEnded)


def test_out_of_memory_names_the_largest_batch_that_fits(shapes):
    class Hungry(torch.nn.Module):
        """Raises CUDA's out-of-memory error above 20 images, like a too-small GPU."""

        def __init__(self):
            super().__init__()
            self.fc = torch.nn.Linear(28 * 28, 3)

        def forward(self, x):
            if x.shape[0] > 20:
                raise torch.OutOfMemoryError("CUDA out of memory. Tried to allocate 2.00 GiB")
            return self.fc(x.flatten(1))
    results = Trainer(Hungry(), shapes, cfg(batch_size=32)).run()
    failed = results["adam"]
    assert failed.code == "out_of_memory" and failed.data["batch_size"] == 32
    assert 19 <= failed.data["largest_batch"] <= 20
    assert "use a batch size of" in failed.message


def test_largest_fitting_batch_bisects_to_within_a_few_percent():
    calls = []

    def try_batch(n):
        calls.append(n)
        if n > 37:
            raise torch.OutOfMemoryError("out of memory")
    assert 35 <= largest_fitting_batch(try_batch, 512) <= 37
    assert len(calls) < 12
    assert largest_fitting_batch(lambda n: (_ for _ in ()).throw(
        torch.OutOfMemoryError("out of memory")), 8) == 0


def test_early_stopping_and_best_epoch(shapes):
    log = EventLog()
    config = cfg(epochs=4, early_stopping_patience=1, early_stopping_min_delta=100.0,
                 max_steps_per_epoch=4)
    results = Trainer(small_cnn(), shapes, config).run(log)
    assert results["adam"].reason == "early_stopped"
    assert results["adam"].epochs_completed == 2  # no improvement of 100 after epoch 1
    epochs = log.of(EpochEnded)
    best = max(epochs, key=lambda e: (e.val_acc, -e.val_loss))
    assert results["adam"].best_epoch == best.epoch and best.is_best


def test_gradient_norms_show_vanishing_gradients_in_deep_sigmoid_networks(shapes):
    def deep(act):
        layers = [("flatten", "Flatten", {})]
        for i in range(1, 7):
            layers += [(f"fc{i}", "Linear", dict(out_features=32)), (f"act{i}", act, {})]
        layers.append(("out", "Linear", dict(out_features=3)))
        return sequential((1, 28, 28), layers)

    def norms(act):
        log = EventLog()
        Trainer(deep(act), shapes, cfg(optimizers=["sgd"], grad_norm_every=1,
                                       max_steps_per_epoch=5)).run(log)
        return log.of(EpochEnded)[0].grad_norms
    sig, relu = norms("Sigmoid"), norms("ReLU")
    assert list(sig) == ["fc1", "fc2", "fc3", "fc4", "fc5", "fc6", "out"]
    assert sig["fc1"] / sig["out"] < 1e-3  # each sigmoid passes at most 1/4 of the gradient
    assert relu["fc1"] / relu["out"] > 20 * sig["fc1"] / sig["out"]


def test_gradient_norms_equal_a_hand_computed_backward_pass(shapes):
    log = EventLog()
    Trainer(small_cnn(), shapes, cfg(optimizers=["sgd"], grad_norm_every=1,
                                     max_steps_per_epoch=1)).run(log)
    reported = log.of(EpochEnded)[0].grad_norms
    torch.manual_seed(0)
    from engine.build import build_module
    model = build_module(small_cnn())
    x, y = next(TensorLoader(shapes.train, 32, mean=shapes.mean, std=shapes.std).epoch(1))
    F.cross_entropy(model(x), y).backward()
    for layer in ("conv1", "conv2", "fc"):
        mod = getattr(model, layer)
        expected = torch.sqrt(mod.weight.grad.pow(2).sum() + mod.bias.grad.pow(2).sum())
        assert reported[layer] == pytest.approx(float(expected), rel=1e-5)


def test_squared_error_is_half_the_summed_square_difference():
    from engine.training.losses import make_loss
    out = torch.tensor([[0.2, 0.9, -0.1], [1.0, 0.0, 0.5]])
    labels = torch.tensor([1, 2])
    # 1/2 * ((0.2^2 + 0.1^2 + 0.1^2) + (1 + 0 + 0.25)) / 2 images
    assert float(make_loss("squared_error", 3)(out, labels)) == pytest.approx(
        0.5 * ((0.04 + 0.01 + 0.01) + 1.25) / 2)


def test_squared_error_trains_too(shapes):
    log = EventLog()
    Trainer(small_cnn(bn=True), shapes, cfg(loss="squared_error", epochs=3)).run(log)
    first, *_, last = log.of(EpochEnded)
    assert last.val_loss < first.val_loss and last.val_acc > 0.45  # chance is 1/3


def test_mistakes_the_user_can_fix_are_reported_before_training(shapes):
    rgb = make_shapes("rgb32", 40, 10, classes=CLASSES)
    failed = Trainer(small_cnn(), rgb, cfg()).run()["adam"]
    assert failed.code == "input_mismatch" and "3x32x32" in failed.message
    failed = Trainer(small_cnn(classes=2), shapes, cfg()).run()["adam"]
    assert failed.code == "output_mismatch" and "3 classes" in failed.message
    failed = Trainer(small_cnn(), shapes, cfg(optimizers=["lbfgs"])).run()["lbfgs"]
    assert failed.code == "unknown_optimizer"
    failed = Trainer(small_cnn(), shapes, cfg(device="cuda")).run()["adam"] \
        if not torch.cuda.is_available() else None
    if failed is not None:
        assert failed.code == "device_unavailable"


def test_channels_last_and_bfloat16_paths_run_on_the_cpu_too(shapes):
    # the code paths CUDA uses by default, exercised here: same result in channels_last,
    # close to it under bfloat16 autocast
    def train(**kw):
        log = EventLog()
        # plain SGD: Adam's first steps are sign-like and would magnify rounding differences
        t = Trainer(small_cnn(bn=True), shapes, cfg(optimizers=["sgd"], max_steps_per_epoch=4,
                                                    **kw))
        t.run(log)
        return t.models()["sgd"], log
    plain, _ = train()
    cl, _ = train(channels_last=True)
    other_seed, _ = train(seed=1)
    gap = lambda m: max(float((a - b).detach().abs().max())  # noqa: E731
                        for a, b in zip(plain.parameters(), m.parameters()))
    assert gap(cl) < 1e-3 and gap(other_seed) > 0.1
    bf, log = train(precision="bfloat16")
    assert log.of(RunStarted)[0].precision == "bfloat16"
    assert isinstance(log.events[-1], RunFinished)
    assert gap(bf) < 0.02
