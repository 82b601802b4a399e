"""The fused race (every run of an optimizer race stepped as one vmap-batched model, meant for
CUDA) computes what the plain run-by-run path computes: same losses, same weights."""
from __future__ import annotations

import pytest
import torch

from engine import zoo
from engine.data import make_shapes
from engine.graph import sequential
from engine.training import EpochEnded, OptimizerConfig, TrainConfig, Trainer
from engine.training.fused import FusedRace


@pytest.fixture(autouse=True)
def one_thread():
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


def bn_cnn():
    return sequential((1, 28, 28), [
        ("conv1", "Conv2d", dict(out_channels=6, kernel_size=3, padding=1, bias=False)),
        ("bn1", "BatchNorm2d", {}), ("relu1", "ReLU", {}),
        ("pool1", "MaxPool2d", dict(kernel_size=2, stride=2)),
        ("gap", "GlobalAvgPool", {}), ("fc", "Linear", dict(out_features=10))], name="bn cnn")


def train(graph, fused: str):
    ds = make_shapes("gray28", 192, 64, seed=1)
    config = TrainConfig(optimizers=[OptimizerConfig("sgd", lr=0.05),
                                     OptimizerConfig("momentum"), OptimizerConfig("adam")],
                         epochs=2, batch_size=32, max_steps_per_epoch=4, fused_race=fused,
                         grad_norm_every=2, mistakes_kept=0, seed=3)
    trainer = Trainer(graph, ds, config)
    epochs = []
    trainer.run(lambda e: epochs.append(e) if isinstance(e, EpochEnded) else None)
    return trainer, epochs


@pytest.mark.parametrize("graph", [zoo.create("lenet5_modern"), bn_cnn()],
                         ids=["lenet5_modern", "batchnorm"])
def test_fused_race_matches_the_plain_race(graph):
    plain, plain_epochs = train(graph, "off")
    fused, fused_epochs = train(graph, "on")
    assert plain.setup.fused is None
    assert isinstance(fused.setup.fused, FusedRace)  # it really ran fused, no fallback
    assert [e.run for e in fused_epochs] == [e.run for e in plain_epochs]
    for a, b in zip(plain_epochs, fused_epochs):
        assert b.train_loss == pytest.approx(a.train_loss, rel=1e-4, abs=1e-5)
        assert b.val_loss == pytest.approx(a.val_loss, rel=1e-4, abs=1e-5)
        assert b.grad_norms.keys() == a.grad_norms.keys()
        for layer, norm in a.grad_norms.items():
            assert b.grad_norms[layer] == pytest.approx(norm, rel=1e-3, abs=1e-6)
    for name, model in plain.models().items():
        theirs = fused.models()[name].state_dict()
        for key, value in model.state_dict().items():
            torch.testing.assert_close(theirs[key].float(), value.float(), rtol=1e-4,
                                       atol=1e-5, msg=f"{name}: {key}")


def test_a_race_with_dropout_is_not_fused():
    graph = sequential((1, 28, 28), [("flat", "Flatten", {}), ("drop", "Dropout", {}),
                                     ("fc", "Linear", dict(out_features=10))])
    trainer, epochs = train(graph, "on")
    assert trainer.setup.fused is None  # per-run dropout masks: the plain path only
    assert len(epochs) == 6


def test_auto_keeps_the_plain_path_on_the_cpu():
    trainer, _ = train(zoo.create("lenet5_modern"), "auto")
    assert trainer.setup.fused is None


def test_warm_up_pays_the_first_optimizer_import_before_a_run():
    import subprocess
    import sys

    code = ("import sys\n"
            "from engine.training.warmup import warm_up, warmed_up\n"
            "assert 'torch._dynamo' not in sys.modules\n"
            "warm_up()\n"
            "assert warmed_up() and 'torch._dynamo' in sys.modules\n"
            "import torch\n"
            "before = set(sys.modules)\n"
            "torch.optim.Adam([torch.zeros(1, requires_grad=True)])\n"
            "print(len(set(sys.modules) - before))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=300, cwd=str(__import__("pathlib").Path(__file__).parents[2]))
    assert out.returncode == 0, out.stderr
    assert int(out.stdout) == 0  # the run's first optimizer has nothing left to import


def test_the_first_optimizer_of_a_process_is_made_by_one_thread_at_a_time():
    """A run's make_optimizer waits for a warm-up already under way in another thread (two
    threads importing torch._dynamo at once can deadlock), then finds nothing to import."""
    import subprocess
    import sys

    code = ("import sys, threading, time\n"
            "from engine.training import warmup\n"
            "from engine.training.optimizers import make_optimizer\n"
            "import torch\n"
            "assert 'torch._dynamo' not in sys.modules\n"
            "seen = []\n"
            "real = torch.optim.SGD.__init__\n"
            "def slow(self, *a, **k):\n"
            "    seen.append(threading.current_thread().name)\n"
            "    time.sleep(0.3) if len(seen) == 1 else None\n"
            "    real(self, *a, **k)\n"
            "torch.optim.SGD.__init__ = slow\n"
            "w = threading.Thread(target=warmup.warm_up, name='warm'); w.start()\n"
            "time.sleep(0.05)\n"
            "make_optimizer('sgd', [torch.zeros(1, requires_grad=True)], lr=0.1)\n"
            "w.join()\n"
            "print(seen)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=300, cwd=str(__import__("pathlib").Path(__file__).parents[2]))
    assert out.returncode == 0, out.stderr
    # the warm-up thread made the first optimizer; the run's came after it, never alongside
    assert out.stdout.strip() == "['warm', 'MainThread']"
