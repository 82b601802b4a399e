"""`lab optim`, `lab vanish`, `lab bn`: the engine's numbers through the command line; bad input
is one line and exit 2."""
import json

import numpy as np
import pytest

from engine.cli import main
from engine.labs.batchnorm import batch_norm_steps
from engine.labs.optim import OptimizerChoice, run_race
from engine.labs.vanishing import VanishingConfig, gradient_flow


def _json(capsys, argv):
    assert main(argv) == 0
    return json.loads(capsys.readouterr().out)


def test_optim_prints_the_engines_final_points_and_losses(capsys):
    out = _json(capsys, ["lab", "optim", "--surface", "rosenbrock", "--optimizers",
                         "sgd,adam:0.05", "--steps", "30", "--set", "adam.beta1=0.8", "--json"])
    race = run_race("rosenbrock", [OptimizerChoice("sgd"),
                                   OptimizerChoice("adam", 0.05, {"beta1": 0.8})], 30)
    assert [r["label"] for r in out["runs"]] == ["sgd", "adam"]
    for row, run in zip(out["runs"], race.runs):
        assert row["final_point"] == pytest.approx(list(run.points[-1]), rel=1e-12)
        assert row["final_loss"] == pytest.approx(run.losses[-1], rel=1e-12)
    assert out["runs"][1]["hyperparameters"]["beta1"] == 0.8


def test_optim_table_and_explanation(capsys):
    assert main(["lab", "optim", "--surface", "bowl", "--optimizers", "nag", "--steps", "5",
                 "--start", "2,1", "--explain"]) == 0
    text = capsys.readouterr().out
    run = run_race("bowl", ["nag"], 5, (2, 1)).runs[0]
    assert f"{run.points[-1][0]:.5g}" in text and "look-ahead" in text
    assert "w(t+1) = w(t) - Δ(t)" in text


@pytest.mark.parametrize("argv", [
    ["--optimizers", "sgd,foo"], ["--optimizers", "sgd:fast"], ["--start", "1"],
    ["--steps", "0"], ["--optimizers", "sgd", "--set", "adam.beta1=0.8"], ["--set", "sgd.nothing=1"],
    ["--surface", "moon"], ["--optimizers", "adam", "--set", "adam.beta1=7"]])
def test_optim_bad_input_is_one_line_exit_2(capsys, argv):
    assert main(["lab", "optim", "--steps", "3", *argv] if "--steps" not in argv
                else ["lab", "optim", *argv]) == 2
    err = capsys.readouterr().err.strip()
    assert err and "\n" not in err and "Traceback" not in err


def test_vanish_prints_the_gradient_norm_of_every_layer(capsys):
    out = _json(capsys, ["lab", "vanish", "--depth", "6", "--width", "16", "--activation",
                         "sigmoid", "--batch", "8", "--json"])
    ref = gradient_flow(VanishingConfig(depth=6, width=16, batch=8))
    assert [f["grad_norm"] for f in out["layers"]] == pytest.approx(list(ref.grad_norms))
    assert main(["lab", "vanish", "--depth", "6", "--activation", "relu", "--batch-norm"]) == 0
    text = capsys.readouterr().out
    assert "6 layers of 64 relu units with batch norm" in text and "first layer / last" in text


def test_bn_prints_the_four_steps_checked_against_torch(capsys):
    out = _json(capsys, ["lab", "bn", "--batch", "1,10; 2,20; 4,50; 9,40", "--gamma", "2,1",
                         "--beta", "0.5", "--json"])
    ref = batch_norm_steps([[1, 10], [2, 20], [4, 50], [9, 40]], [2, 1], 0.5)
    np.testing.assert_allclose(out["y"], ref.y)
    assert out["mean"] == [4.0, 30.0] and out["var"] == [9.5, 250.0]
    assert out["train_gap"] < 1e-12 and out["eval_gap"] < 1e-12
    assert main(["lab", "bn", "--batch", "1;2;3;4"]) == 0
    text = capsys.readouterr().out
    assert "1. mean" in text and "2.5" in text and "agrees to" in text


@pytest.mark.parametrize("argv", [["--batch", "1,x"], ["--batch", "3"], ["--gamma", "a"],
                                  ["--eps", "0"], ["--batch", "1,2;3"]])
def test_bn_bad_input_is_one_line_exit_2(capsys, argv):
    assert main(["lab", "bn", *argv]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: ") and "\n" not in err


@pytest.mark.parametrize("argv", [["--depth", "0"], ["--width", "100000"], ["--batch", "1"]])
def test_vanish_bad_input_is_one_line_exit_2(capsys, argv):
    assert main(["lab", "vanish", *argv]) == 2
    assert capsys.readouterr().err.startswith("error: ")
