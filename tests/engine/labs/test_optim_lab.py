"""The optimizer lab: torch.optim's paths against the lecture's hand-written rules (note 000),
and the surfaces against hand-computed values."""
import numpy as np
import pytest

from engine.labs import LabInputError
from engine.labs.optim import OptimizerChoice, OptimizerRace, run_race
from engine.labs.optim_rules import num
from engine.labs.surfaces import SURFACES, get_surface, surface_grid

STEPS = 40


def _race(surface, *choices, steps=STEPS, start=None):
    return run_race(surface, [c if isinstance(c, OptimizerChoice) else OptimizerChoice(c)
                              for c in choices], steps, start)


def _lecture_points(run):
    return np.array([r.lecture.w_next for r in run.records])


def _torch_points(run):
    return np.array([r.w_next for r in run.records])


@pytest.mark.parametrize("surface", ["bowl", "rosenbrock", "himmelblau"])
@pytest.mark.parametrize("name", ["sgd", "momentum"])
def test_sgd_and_momentum_are_the_lecture_rule_exactly(surface, name):
    run = _race(surface, name).runs[0]
    np.testing.assert_allclose(_torch_points(run), _lecture_points(run), rtol=1e-12, atol=1e-12)


def test_sgd_first_step_is_the_hand_computed_gradient_step():
    # Rosenbrock: dE/dx = -2(1-x) - 400x(y-x²), dE/dy = 200(y-x²)
    x, y, lr = -1.2, 1.0, 1e-3
    grad = np.array([-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)])
    run = _race("rosenbrock", OptimizerChoice("sgd", lr), steps=1, start=(x, y)).runs[0]
    np.testing.assert_allclose(run.records[0].grad, grad, rtol=1e-12)
    np.testing.assert_allclose(run.points[1], np.array([x, y]) - lr * grad, rtol=1e-12)
    assert run.losses[0] == pytest.approx((1 - x) ** 2 + 100 * (y - x * x) ** 2)


def test_momentum_torch_buffer_is_the_lectures_delta_over_eta():
    run = _race("bowl", OptimizerChoice("momentum", 0.05)).runs[0]
    for r in run.records:
        np.testing.assert_allclose(0.05 * r.state["momentum_buffer"], r.lecture.values["Δ(t)"],
                                   rtol=1e-10)


def test_nag_torch_parameter_is_the_lectures_look_ahead_point():
    run = _race("rosenbrock", "nag", steps=80).runs[0]
    lecture_w = _lecture_points(run)
    deltas = np.array([r.lecture.values["Δ(t)"] for r in run.records])
    np.testing.assert_allclose(_torch_points(run), lecture_w - 0.9 * deltas, rtol=1e-10,
                               atol=1e-12)
    assert max(r.gap for r in run.records) < 1e-10
    # ... and not the lecture's own w(t): the two sequences differ by α Δ(t-1)
    assert np.max(np.abs(_torch_points(run) - lecture_w)) > 1e-4


def test_adadelta_is_the_lecture_rule_at_lr_1_and_scaled_otherwise():
    run = _race("himmelblau", "adadelta").runs[0]
    assert run.hyper["lr"] == 1.0
    np.testing.assert_allclose(_torch_points(run), _lecture_points(run), rtol=1e-12)
    first = _race("himmelblau", OptimizerChoice("adadelta", 0.5), steps=1).runs[0].records[0]
    lecture_step = first.lecture.w - first.lecture.w_next
    np.testing.assert_allclose(first.w - first.w_next, 0.5 * lecture_step, rtol=1e-12)


@pytest.mark.parametrize("name", ["adagrad", "rmsprop", "adam", "adamw"])
def test_adaptive_rules_agree_without_eps_and_part_slightly_with_it(name):
    exact = _race("beale", OptimizerChoice(name, params={"eps": 0.0})).runs[0]
    np.testing.assert_allclose(_torch_points(exact), _lecture_points(exact), rtol=1e-10)
    # with ε the lecture divides by √(s + ε), torch by √s + ε: close, not identical
    usual = _race("beale", OptimizerChoice(name, params={"eps": 1e-3})).runs[0]
    gap = np.max(np.abs(_torch_points(usual) - _lecture_points(usual)))
    assert 0 < gap < 1e-2


def test_adam_first_step_moves_each_coordinate_by_lr():
    # t = 1: m̂ = g and v̂ = g², so the step is η g/|g| (up to ε)
    run = _race("rosenbrock", OptimizerChoice("adam", 0.1), steps=1).runs[0]
    r = run.records[0]
    np.testing.assert_allclose(r.w - r.w_next, 0.1 * np.sign(r.grad), rtol=1e-6)
    np.testing.assert_allclose(r.state["exp_avg"], 0.1 * r.grad, rtol=1e-12)


def test_adamw_decays_decoupled_from_the_gradient():
    plain = _race("bowl", OptimizerChoice("adamw", 0.1, {"weight_decay": 0.0}), steps=1)
    decayed = _race("bowl", OptimizerChoice("adamw", 0.1, {"weight_decay": 0.5}), steps=1)
    w0 = np.array(get_surface("bowl").start)
    np.testing.assert_allclose(decayed.runs[0].points[1] - plain.runs[0].points[1],
                               -0.1 * 0.5 * w0, rtol=1e-12)


def test_several_optimizers_start_together_and_report_their_end():
    race = _race("himmelblau", "sgd", "adam", OptimizerChoice("sgd", 0.01), steps=60)
    assert [r.label for r in race.runs] == ["sgd#1", "adam", "sgd#2"]
    assert all(np.array_equal(r.points[0], race.start) for r in race.runs)
    summary = race.summary()
    assert summary[0]["final_loss"] == pytest.approx(race.runs[0].losses[-1])
    assert summary[0]["distance_to_minimum"] < 0.05       # SGD finds (3, 2) from the start
    assert summary[0]["nearest_minimum"] == [3.0, 2.0]
    assert summary[1]["difference"] == "eps_outside"


def test_a_diverging_run_stops_and_keeps_its_finite_points():
    run = _race("rosenbrock", OptimizerChoice("sgd", 0.05), steps=50).runs[0]
    assert run.diverged_at is not None and run.diverged_at < 50
    assert np.all(np.isfinite(run.path())) and len(run.points) == run.diverged_at


def test_settings_the_lecture_has_no_symbol_for_are_named():
    race = _race("bowl", OptimizerChoice("rmsprop", params={"centered": True}), "adam", steps=2)
    assert race.runs[0].unmodelled == ["centered"] and race.runs[1].unmodelled == []


def test_explanation_plugs_in_the_steps_numbers():
    run = _race("bowl", OptimizerChoice("sgd", 0.4), steps=3).runs[0]
    r = run.records[-1]
    last = r.explain("sgd")[-1]
    assert last == f"w(t+1) = w(t) - η g = {num(r.w)} - 0.4 × {num(r.grad)} = {num(r.w_next)}"
    adam = _race("bowl", "adam", steps=2).runs[0].records[-1]
    lines = adam.explain("adam")
    assert f"/ {num(1 - 0.9 ** 2)} = {num(adam.lecture.values['m̂(t)'])}" in lines[3]


@pytest.mark.parametrize("name", list(SURFACES))
def test_surfaces_minima_and_grid(name):
    s = get_surface(name)
    lows = [float(s.loss(np.array(m))) for m in s.minima]
    xs, ys, z = surface_grid(s, 41)
    assert z.shape == (41, 41) and z[5, 7] == pytest.approx(s.fn(xs[5], ys[7]))
    assert max(lows) <= z.min() + 1e-6          # no grid point is below a listed minimum
    assert s.x_range[0] <= s.start[0] <= s.x_range[1]


def test_saddle_has_a_saddle_at_the_origin():
    s = get_surface("saddle")
    assert s.fn(0.1, 0) > 0 > s.fn(0, 0.1) and s.fn(0, 0) == 0


def test_bad_input_is_one_typed_error():
    with pytest.raises(LabInputError) as err:
        OptimizerRace("moon", ["sgd"])
    assert err.value.code == "unknown_surface" and "rosenbrock" in str(err.value)
    with pytest.raises(LabInputError):
        OptimizerRace("bowl", [])
    with pytest.raises(LabInputError):
        run_race("bowl", ["sgd"], 0)
    with pytest.raises(LabInputError):
        OptimizerRace("bowl", ["sgd"], start=("a", 1))
    with pytest.raises(ValueError, match="no optimizer"):
        OptimizerRace("bowl", ["sgdx"])


@pytest.mark.parametrize("name", ["sgd", "momentum", "nag", "adagrad", "adadelta", "rmsprop",
                                  "adam", "adamw"])
def test_every_rule_is_written_out_with_its_new_point(name):
    record = _race("bowl", name, steps=2).runs[0].records[-1]
    lines = record.explain(name)
    assert lines[-1].startswith("w(t+1) = ") and lines[-1].endswith(num(record.lecture.w_next))
    assert "{" not in "".join(lines)
    assert record.torch_line("X").endswith(num(record.w_next))
