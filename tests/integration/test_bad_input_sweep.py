"""The rule made permanent: bad input gets one clear sentence, never "internal error".

A corpus of generated bad inputs (tests/bad_inputs.py: project files, weights, images, data
sets, training flags) goes through the real CLI, in-process for speed; the test fails on any
exit 3, any traceback, any stderr of more than one line per message, any warning printed by a
library, any ValueError/KeyError that is not one of the engine's user errors, and any case that
runs over 20 s. A few subprocess cases check the real exit codes and stderr, SIGTERM included.
"""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
import warnings
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import engine.cli
from tests import bad_inputs as bad

ROOT = Path(__file__).resolve().parents[2]
SWEEP = settings(max_examples=25, deadline=None, derandomize=True, database=None,
                 suppress_health_check=[HealthCheck.function_scoped_fixture,
                                        HealthCheck.too_slow])


class Hang(BaseException):
    """A case ran past the limit (a BaseException, so the CLI cannot swallow it)."""


def run_cli(args, capsys, monkeypatch, limit: int = 20) -> tuple[int, str]:
    """Run ``python main.py ARGS`` in-process; assert the rule; return (status, stderr)."""
    gaps = []
    monkeypatch.setattr(engine.cli, "unexpected_error",
                        lambda exc: gaps.append(exc) or 2)

    def too_long(signum, frame):
        raise Hang(f"{args} ran over {limit} s")
    previous = signal.signal(signal.SIGALRM, too_long)
    signal.alarm(limit)
    try:
        with warnings.catch_warnings(record=True) as shown:
            warnings.simplefilter("always")
            status = engine.cli.main([str(a) for a in args])
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    err = capsys.readouterr().err
    assert status != 3, f"internal error for {args}: {err}"
    assert "Traceback" not in err, err
    assert not gaps, f"{args}: a bare {type(gaps[0]).__name__} reached the user: {gaps[0]}"
    lines = [line for line in err.splitlines() if line.strip()]
    assert all(line.startswith(("error:", "warning:", "note:", "interrupted")) for line in
               lines), f"{args}: {err!r}"
    assert len([line for line in lines if line.startswith("error:")]) <= 1, err
    library = [w for w in shown if "PIL" in str(w.filename) or "Decompression" in
               str(w.category.__name__)]
    assert not library, f"{args}: a library warning reached the user: {library[0].message}"
    return status, err


@given(st.randoms(use_true_random=False))
@SWEEP
def test_bad_project_files(tmp_path_factory, capsys, monkeypatch, rnd):
    folder = tmp_path_factory.mktemp("projects")
    path = bad.bad_project(rnd, folder)
    for command in ("validate", "summary"):
        status, err = run_cli([command, path], capsys, monkeypatch)
        if status == 2:  # unreadable (1: readable, the network has errors, listed on stdout)
            assert path.name in err, err


@pytest.mark.parametrize("text", bad.HOSTILE_PROJECTS)
def test_hostile_project_files(tmp_path, capsys, monkeypatch, text):
    path = tmp_path / "hostile.convstudio"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    status, err = run_cli(["validate", path], capsys, monkeypatch)
    assert status == 2 and "hostile.convstudio" in err


@given(st.randoms(use_true_random=False))
@SWEEP
def test_bad_weights_files(tmp_path_factory, capsys, monkeypatch, rnd):
    folder = tmp_path_factory.mktemp("weights")
    weights = bad.bad_weights(rnd, folder)
    image = bad.good_png(folder, "ok.png", 28, "L")
    status, err = run_cli(["cam", "example:tiny_cnn", "--weights", weights, "--image", image,
                           "--out", folder / "cam.png"], capsys, monkeypatch)
    assert "weights_only" not in err and "this ran" not in err
    if status == 0:  # only a harmless mutation (e.g. a byte of padding) may pass
        assert "nan%" not in capsys.readouterr().out


@given(st.randoms(use_true_random=False))
@SWEEP
def test_bad_images(tmp_path_factory, capsys, monkeypatch, rnd):
    folder = tmp_path_factory.mktemp("images")
    weights = bad.tiny_weights(folder)
    image = bad.bad_image(rnd, folder)
    status, err = run_cli(["features", "example:tiny_cnn", "--weights", weights, "--image",
                           image, "--layer", "conv1", "--out", folder / "f.png"], capsys,
                          monkeypatch)
    assert status == 0 or image.name in err  # a cut after the last pixel still reads


def test_an_image_over_the_pixel_limit_names_its_size_and_the_limit(tmp_path, capsys,
                                                                   monkeypatch):
    weights = bad.tiny_weights(tmp_path)
    for side, size in ((10000, "10000 x 10000 pixels"), (30000, "900,000,000 pixels")):
        image = tmp_path / f"bomb{side}.png"
        image.write_bytes(bad.png_header(side, side))
        status, err = run_cli(["cam", "example:tiny_cnn", "--weights", weights, "--image",
                               image, "--out", tmp_path / "c.png"], capsys, monkeypatch)
        assert status == 2 and size in err and "more than the 89,478,485 pixels" in err


TRAIN = ["train", "example:tiny_cnn", "--epochs", "1", "--batch-size", "16", "--quiet"]


@given(st.randoms(use_true_random=False))
@settings(SWEEP, max_examples=12)
def test_bad_data_sets(tmp_path_factory, capsys, monkeypatch, rnd):
    folder = tmp_path_factory.mktemp("data")
    kind = rnd.choice(["folder", "mnist", "cifar"])
    if kind == "folder":
        args = ["--dataset", f"folder:{bad.bad_folder_dataset(rnd, folder)}"]
    else:
        root = (bad.bad_mnist if kind == "mnist" else bad.bad_cifar)(rnd, folder)
        args = ["--dataset", "mnist" if kind == "mnist" else "cifar10", "--data-dir", root]
    status, err = run_cli(TRAIN + args, capsys, monkeypatch)
    if kind != "folder":
        assert status == 2, err  # every generated cache is damaged: refuse, never train


def test_corrupt_images_in_a_folder_are_counted_and_reported(tmp_path, capsys, monkeypatch):
    root = tmp_path / "pets"
    for cls in ("cats", "dogs"):
        (root / cls).mkdir(parents=True)
        for i in range(4):
            bad.good_png(root / cls, f"{i}.png", 10)
    (root / "cats" / "0_bomb.png").write_bytes(bad.png_header(30000, 30000))
    (root / "dogs" / "broken.png").write_bytes(b"\x89PNG broken")
    status, err = run_cli(TRAIN + ["--dataset", f"folder:{root}"], capsys, monkeypatch)
    assert status == 0
    assert "warning: 2 of the 10 images in" in err and "were skipped" in err


def test_cifar_batch_with_five_images_and_two_labels_is_refused(tmp_path, capsys,
                                                                monkeypatch):
    class Always:
        def __init__(self, value):
            self.value = value

        def choice(self, options):
            return self.value if self.value in options else options[0]

        def randrange(self, n):
            return 1
    root = bad.bad_cifar(Always("misaligned"), tmp_path)
    status, err = run_cli(TRAIN + ["--dataset", "cifar10", "--data-dir", root], capsys,
                          monkeypatch)
    assert status == 2 and "holds 5 images but 2 labels" in err


_BAD_FLAGS = {
    "--train-size": ["-5", "-1"], "--warmup": ["nan", "-1", "inf", "99"],
    "--seed": [str(2**64 + 1), "-3"], "--early-stopping": ["-1"], "--epochs": ["0", "-2"],
    "--batch-size": ["0", "-8"], "--lr": ["-0.1", "nan", "0"],
    "--optimizers": ["", "nosuch", "sgd:abc", "adam:-1"],
}


@given(st.sampled_from(sorted(_BAD_FLAGS)), st.data())
@settings(SWEEP, max_examples=20)
def test_bad_training_flags_are_refused_before_training(capsys, monkeypatch, flag, data):
    value = data.draw(st.sampled_from(_BAD_FLAGS[flag]))
    start = time.monotonic()
    status, err = run_cli(TRAIN + ["--train-size", "32", flag, value], capsys, monkeypatch)
    assert status == 2 and err.startswith("error:"), (flag, value, err)
    assert "training" not in capsys.readouterr().out
    assert time.monotonic() - start < 20


def test_a_diverging_run_is_warned_about(capsys, monkeypatch):
    from engine.cli.train import Printer
    from engine.training.events import BatchEnded, EpochEnded
    printer = Printer(quiet=True)
    printer(BatchEnded(run="sgd", epoch=1, step=1, global_step=1, loss=2.3, lr=1e6,
                       images_per_second=100.0))
    printer(EpochEnded(run="sgd", epoch=1, train_loss=2.1e22, train_acc=0.1, val_loss=3e22,
                       val_acc=0.1, seconds=1.0, images_per_second=100.0))
    printer.warn_divergence()
    err = capsys.readouterr().err
    assert err.startswith("warning: The loss of sgd grew from 2.3 to 2.1e+22")


# ---------------------------------------------------------------- real processes

def _main(*args, **kwargs):
    env = dict(os.environ, PYTHONPATH=str(ROOT), CONVSTUDIO_DATA=str(kwargs.pop("data", "")))
    return subprocess.Popen([sys.executable, str(ROOT / "main.py"), *map(str, args)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env, **kwargs)


def test_real_exit_codes_and_one_line_of_stderr(tmp_path):
    broken = tmp_path / "broken.convstudio"
    broken.write_text(bad.HOSTILE_PROJECTS[1])
    weights = tmp_path / "evil.pt"
    import torch
    torch.save({"x": os.system}, weights)  # a pickle that names a function to call
    for args, status in ((["validate", broken], 2),
                         (["cam", "example:tiny_cnn", "--weights", weights, "--image", broken,
                           "--out", tmp_path / "c.png"], 2)):
        proc = _main(*args)
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == status, err
        assert len(err.strip().splitlines()) == 1 and err.startswith("error: "), err
        assert "weights_only" not in err


@pytest.mark.slow
def test_sigterm_stops_training_like_ctrl_c_and_keeps_the_weights(tmp_path):
    out = tmp_path / "net.safetensors"
    proc = _main("train", "example:tiny_cnn", "--epochs", "50", "--train-size", "2000",
                 "--checkpoint-dir", tmp_path / "ckpt", "--save-weights", out)
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and not (tmp_path / "ckpt").exists():
        time.sleep(0.5)  # training has started once the first checkpoint is written
    proc.send_signal(signal.SIGTERM)
    stdout, err = proc.communicate(timeout=120)
    assert proc.returncode == 143, err
    assert err.strip().splitlines()[-1] == "interrupted"
    assert out.exists() and f"wrote {out}" in stdout
    from engine.inspect import read_state_dict
    assert "conv1.weight" in read_state_dict(out)
    assert (tmp_path / "ckpt").exists()  # the checkpoint is kept
