"""The compiled training step (TrainConfig.compile): the same losses and weights as the plain
step, the module, its state dict and the saved weights exactly as without it, and a compile that
fails is a notice, not a traceback.

Most tests compile with torch's "aot_eager" backend (the same captured graphs, no C++ compile:
seconds) through the private hook ``engine.training.compiled._BACKEND``; one test compiles with
inductor, what a user gets (about 25 s here with an empty inductor cache, 3 s with a warm one).
"""
from __future__ import annotations

import json

import pytest
import torch

from engine import zoo
from engine.cli import main
from engine.data import make_shapes
from engine.training import (BatchEnded, ConfigError, EpochEnded, EventLog, Notice,
                             OptimizerConfig, RunStarted, TrainConfig, Trainer)
from engine.training import compiled
from engine.training.session import TrainingSession


@pytest.fixture(autouse=True)
def one_thread():
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    torch._dynamo.reset()
    yield
    torch._dynamo.reset()
    torch.set_num_threads(before)


@pytest.fixture
def counted(monkeypatch):
    """aot_eager, counting the graphs it compiles."""
    from torch._dynamo.backends.registry import lookup_backend

    aot_eager, graphs = lookup_backend("aot_eager"), []

    def backend(gm, example_inputs):
        graphs.append(gm)
        return aot_eager(gm, example_inputs)
    monkeypatch.setattr(compiled, "_BACKEND", backend)
    return graphs


def shapes():
    # 200 images in batches of 32: six full batches and a last one of 8
    return make_shapes("gray28", 200, 64, seed=1)


def train(mode: str, optimizers=("momentum",), **kw):
    config = TrainConfig(optimizers=[OptimizerConfig(o) for o in optimizers], epochs=2,
                         batch_size=32, compile=mode, batch_event_every=1,
                         batch_event_min_seconds=0.0, mistakes_kept=0, seed=3, **kw)
    trainer, log = Trainer(zoo.create("lenet5_modern"), shapes(), config), EventLog()
    trainer.run(log)
    return trainer, log


def assert_same_training(plain, plain_log, other, other_log, rel=1e-4):
    losses = [(e.run, e.global_step) for e in plain_log.of(BatchEnded)]
    assert [(e.run, e.global_step) for e in other_log.of(BatchEnded)] == losses
    assert len(losses) == 2 * 7 * len(plain.runs)  # every step, the short last ones too
    for a, b in zip(plain_log.of(BatchEnded), other_log.of(BatchEnded)):
        assert b.loss == pytest.approx(a.loss, rel=rel)
    for a, b in zip(plain_log.of(EpochEnded), other_log.of(EpochEnded)):
        assert b.val_loss == pytest.approx(a.val_loss, rel=rel)
    for name, model in plain.models().items():
        theirs = other.models()[name]
        assert not hasattr(theirs, "_orig_mod")  # the run's module, not torch's wrapper
        assert list(theirs.state_dict()) == list(model.state_dict())
        for key, value in model.state_dict().items():
            torch.testing.assert_close(theirs.state_dict()[key], value, rtol=rel, atol=1e-6)


def test_the_compiled_step_trains_as_the_plain_one(counted):
    plain, plain_log = train("off")
    fast, fast_log = train("default")
    assert fast_log.of(RunStarted)[0].compile == "default"
    assert plain_log.of(RunStarted)[0].compile == "off"
    assert not fast_log.of(Notice)
    assert fast.setup.runs[0].compiled is not None  # it did not fall back
    # one graph for the full batches; the last batch of 8 ran uncompiled (no recompile)
    assert len(counted) == 1
    assert_same_training(plain, plain_log, fast, fast_log)


def test_a_race_compiles_every_run_and_keeps_their_names(counted):
    plain, plain_log = train("off", ("sgd", "adam"), fused_race="off")
    fast, fast_log = train("default", ("sgd", "adam"), fused_race="off")
    assert not fast_log.of(Notice)
    assert_same_training(plain, plain_log, fast, fast_log)


def test_saved_weights_and_checkpoints_name_the_layers_as_without_compile(counted, tmp_path):
    from safetensors.torch import load_file

    from engine.training.checkpoints import WEIGHTS

    config = TrainConfig(optimizers=["adam"], epochs=1, batch_size=32, compile="default",
                         checkpoint_dir=str(tmp_path / "ck"), mistakes_kept=0)
    session = TrainingSession(zoo.create("lenet5_modern"), shapes(), config, keep_best=True)
    session.run()
    expected = sorted(session.models()["adam"].state_dict())
    assert expected[0] == "conv1.bias"
    [written] = session.save_weights(tmp_path / "net.safetensors", best=True)
    assert sorted(load_file(str(written))) == expected
    assert sorted(load_file(str(tmp_path / "ck" / "adam" / WEIGHTS))) == expected
    # and a compiled run resumes from the checkpoint
    resumed = TrainConfig(optimizers=["adam"], epochs=2, batch_size=32, compile="default",
                          resume_from=str(tmp_path / "ck"), mistakes_kept=0)
    log = EventLog()
    Trainer(zoo.create("lenet5_modern"), shapes(), resumed).run(log)
    assert [e.epoch for e in log.of(EpochEnded)] == [2] and not log.of(Notice)


def test_a_compile_that_fails_trains_uncompiled_and_says_so(monkeypatch):
    def broken(gm, example_inputs):
        raise RuntimeError("no C++ compiler found")
    monkeypatch.setattr(compiled, "_BACKEND", broken)
    plain, plain_log = train("off")
    fell_back, log = train("default")
    [notice] = log.of(Notice)
    assert notice.run == "momentum" and notice.code == "compile_failed"
    assert "could not be compiled" in notice.message and "no C++ compiler" in notice.message
    assert fell_back.setup.runs[0].compiled is None
    assert log.kinds().index("notice") < log.kinds().index("epoch_end")
    assert [e.kind for e in log.events if e.kind in ("run_failed", "run_end")] == ["run_end"]
    assert_same_training(plain, plain_log, fell_back, log, rel=1e-6)  # plain from step 1


def test_reduce_overhead_off_cuda_compiles_with_mode_default_and_says_so(counted):
    _, log = train("reduce-overhead")
    assert log.of(RunStarted)[0].compile == "default"
    [notice] = log.of(Notice)
    assert notice.code == "compile_needs_cuda" and notice.run == ""
    assert "CUDA graphs" in notice.message and "mode default" in notice.message
    assert log.kinds()[:2] == ["run_start", "notice"]


def test_an_unknown_compile_mode_is_one_sentence():
    with pytest.raises(ConfigError) as info:
        TrainConfig(compile="max").validate()
    assert info.value.code == "unknown_compile"
    assert str(info.value) == ("There is no compile mode 'max'; choose one of off, default, "
                               "reduce-overhead.")
    assert TrainConfig.from_dict(TrainConfig(compile="default").to_dict()).compile == "default"


def test_the_command_line_compiles_and_prints_the_notice(counted, tmp_path, capsys,
                                                         monkeypatch):
    log = tmp_path / "run.jsonl"
    code = main(["train", "zoo:lenet5_modern", "--dataset", "shapes", "--train-size", "96",
                 "--epochs", "1", "--batch-size", "32", "--compile", "reduce-overhead",
                 "--device", "cpu", "--json-log", str(log)])
    captured = capsys.readouterr()
    assert code == 0
    assert "(float32, compiled: default)" in captured.out
    assert "note: Compile mode reduce-overhead uses CUDA graphs" in captured.err
    lines = [json.loads(line) for line in log.read_text().splitlines()]
    assert lines[0]["event"] == "run_start" and lines[0]["compile"] == "default"
    assert lines[1] == {"event": "notice", "run": "", "code": "compile_needs_cuda",
                        "message": captured.err.split("note: ")[1].strip()}
    assert len(counted) == 1


@pytest.mark.slow
def test_inductor_compiles_the_step_to_the_same_losses():
    """What a user gets: inductor's C++ kernels on the CPU (about 25 s with an empty cache)."""
    assert compiled._BACKEND == "inductor"
    plain, plain_log = train("off")
    fast, fast_log = train("default")
    assert not fast_log.of(Notice) and fast.setup.runs[0].compiled is not None
    assert_same_training(plain, plain_log, fast, fast_log)


def test_a_frozen_batch_norm_keeps_its_statistics_in_the_compiled_step(counted):
    """Transfer learning: batch norm in a frozen part stays in evaluation mode (a forward
    pre-hook), which the compiled graph keeps too."""
    from engine.graph import sequential, transfer

    def net():
        graph = sequential((1, 28, 28), [
            ("conv1", "Conv2d", dict(out_channels=6, kernel_size=3, padding=1, bias=False)),
            ("bn1", "BatchNorm2d", {}), ("relu1", "ReLU", {}),
            ("conv2", "Conv2d", dict(out_channels=8, kernel_size=3, padding=1)),
            ("bn2", "BatchNorm2d", {}), ("relu2", "ReLU", {}),
            ("gap", "GlobalAvgPool", {}), ("fc", "Linear", dict(out_features=10))])
        transfer.freeze_up_to(graph, "relu1")
        return graph
    results = {}
    for mode in ("off", "default"):
        config = TrainConfig(optimizers=["sgd"], epochs=2, batch_size=32, compile=mode,
                             batch_event_every=1, batch_event_min_seconds=0.0,
                             mistakes_kept=0, seed=5)
        trainer, log = Trainer(net(), shapes(), config), EventLog()
        trainer.run(log)
        results[mode] = (trainer, log)
    assert not results["default"][1].of(Notice) and len(counted) == 1
    assert_same_training(*results["off"], *results["default"])
    state = results["default"][0].models()["sgd"].state_dict()
    assert torch.equal(state["bn1.running_mean"], torch.zeros(6))  # frozen: never updated
    assert not torch.equal(state["bn2.running_mean"], torch.zeros(8))  # trained: updated


def test_a_fused_race_is_stepped_uncompiled_and_says_so(counted):
    plain, plain_log = train("off", ("sgd", "adam"), fused_race="on")
    fused, log = train("default", ("sgd", "adam"), fused_race="on")
    assert fused.setup.fused is not None  # every full and short batch went through vmap
    [notice] = log.of(Notice)
    assert notice.code == "compile_not_fused" and "fused race off" in notice.message
    assert counted == []  # nothing was compiled
    assert_same_training(plain, plain_log, fused, log, rel=1e-6)
