"""The eight optimizers follow the update rules of lecture note 000 (implemented here by hand in
numpy), expose every hyperparameter, and the schedules match torch's own schedulers."""
import math

import numpy as np
import pytest
import torch

from engine.training import ConfigError, OPTIMIZERS, ScheduleConfig, make_optimizer
from engine.training.optimizers import resolved
from engine.training.schedules import lr_curve, lr_factor

A = np.array([[3.0, 0.5], [0.5, 1.0]])  # E(w) = 1/2 w^T A w, gradient A w
W0 = np.array([1.0, -2.0])
STEPS = 25


def grad(w):
    return A @ w


def torch_path(name, **kw):
    w = torch.tensor(W0, requires_grad=True)
    opt = make_optimizer(name, [w], **kw)
    path = []
    for _ in range(STEPS):
        opt.zero_grad()
        (0.5 * w @ torch.tensor(A) @ w).backward()
        opt.step()
        path.append(w.detach().numpy().copy())
    return np.array(path)


def seed_gd(eta):
    w, out = W0.copy(), []
    for _ in range(STEPS):
        w = w - eta * grad(w)
        out.append(w)
    return np.array(out)


def seed_momentum(eta, alpha):
    w, delta, out = W0.copy(), np.zeros(2), []
    for _ in range(STEPS):
        delta = alpha * delta + eta * grad(w)
        w = w - delta
        out.append(w)
    return np.array(out)


def seed_nag_lookahead(eta, alpha):
    # the lecture's w(t); torch's iterate is the look-ahead point w(t) - alpha * delta(t-1)
    w, delta, out = W0.copy(), np.zeros(2), []
    for _ in range(STEPS):
        delta = alpha * delta + eta * grad(w - alpha * delta)
        w = w - delta
        out.append(w - alpha * delta)
    return np.array(out)


def seed_adagrad(eta, eps):
    w, G, out = W0.copy(), np.zeros(2), []
    for _ in range(STEPS):
        g = grad(w)
        G = G + g * g
        w = w - eta / np.sqrt(G + eps) * g
        out.append(w)
    return np.array(out)


def seed_adadelta(gamma, eps):
    w, Eg, Ed, out = W0.copy(), np.zeros(2), np.zeros(2), []
    for _ in range(STEPS):
        g = grad(w)
        Eg = gamma * Eg + (1 - gamma) * g * g
        step = np.sqrt(Ed + eps) / np.sqrt(Eg + eps) * g
        Ed = gamma * Ed + (1 - gamma) * step * step
        w = w - step
        out.append(w)
    return np.array(out)


def seed_rmsprop(eta, gamma, eps):
    w, Eg, out = W0.copy(), np.zeros(2), []
    for _ in range(STEPS):
        g = grad(w)
        Eg = gamma * Eg + (1 - gamma) * g * g
        w = w - eta / np.sqrt(Eg + eps) * g
        out.append(w)
    return np.array(out)


def seed_adam(eta, b1, b2, eps, decay=0.0):
    w, m, v, out = W0.copy(), np.zeros(2), np.zeros(2), []
    for t in range(1, STEPS + 1):
        g = grad(w)
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        mh, vh = m / (1 - b1 ** t), v / (1 - b2 ** t)
        w = w - eta * decay * w  # AdamW: decoupled decay first, as torch does
        w = w - eta / np.sqrt(vh + eps) * mh
        out.append(w)
    return np.array(out)


@pytest.mark.parametrize("name,reference,tol", [
    ("sgd", lambda: seed_gd(0.05), 1e-12),
    ("momentum", lambda: seed_momentum(0.02, 0.9), 1e-12),
    ("nag", lambda: seed_nag_lookahead(0.02, 0.9), 1e-12),
    # torch puts eps outside the square root; with the tiny defaults the paths agree closely
    ("adagrad", lambda: seed_adagrad(0.01, 1e-10), 1e-8),
    ("adadelta", lambda: seed_adadelta(0.9, 1e-6), 1e-10),
    ("rmsprop", lambda: seed_rmsprop(0.001, 0.99, 1e-8), 1e-7),
    ("adam", lambda: seed_adam(0.001, 0.9, 0.999, 1e-8), 1e-7),
    ("adamw", lambda: seed_adam(0.001, 0.9, 0.999, 1e-8, decay=0.01), 1e-7),
])
def test_each_optimizer_follows_the_lecture_update_rule(name, reference, tol):
    np.testing.assert_allclose(torch_path(name), reference(), atol=tol, rtol=0)


def test_hyperparameters_are_passed_through():
    w = torch.zeros(2, requires_grad=True)
    opt = make_optimizer("adam", [w], lr=0.01, overrides={"beta1": 0.8, "beta2": 0.95,
                                                          "eps": 1e-6, "amsgrad": True})
    group = opt.param_groups[0]
    assert group["lr"] == 0.01 and group["betas"] == (0.8, 0.95)
    assert group["eps"] == 1e-6 and group["amsgrad"] is True
    np.testing.assert_allclose(torch_path("momentum", lr=0.05, overrides={"momentum": 0.5}),
                               seed_momentum(0.05, 0.5), atol=1e-12)
    assert make_optimizer("nag", [w]).param_groups[0]["nesterov"] is True


def test_every_optimizer_documents_its_rule_and_settings():
    assert list(OPTIMIZERS) == ["sgd", "momentum", "nag", "adagrad", "adadelta", "rmsprop",
                                "adam", "adamw"]
    for spec in OPTIMIZERS.values():
        assert "w" in spec.update_rule and spec.lr > 0
        for p in spec.params:
            assert p.help and (isinstance(p.default, bool) or p.minimum <= p.default <= p.maximum)
    assert "η" in OPTIMIZERS["sgd"].update_rule and "β1" in OPTIMIZERS["adam"].update_rule


def test_bad_hyperparameters_are_typed_errors():
    with pytest.raises(ConfigError) as err:
        resolved("adam", overrides={"momentum": 0.9})
    assert err.value.code == "unknown_hyperparameter" and "beta1" in str(err.value)
    with pytest.raises(ConfigError) as err:
        resolved("momentum", overrides={"momentum": 1.5})
    assert err.value.code == "hyperparameter_range"
    with pytest.raises(ConfigError):
        resolved("lbfgs")


def _torch_lrs(make_scheduler, steps, lr=0.1):
    opt = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=lr)
    sched = make_scheduler(opt)
    out = []
    for _ in range(steps):
        out.append(opt.param_groups[0]["lr"])
        opt.step()
        sched.step()
    return out


@pytest.mark.parametrize("schedule,reference", [
    (ScheduleConfig("step", step_epochs=2, gamma=0.5),
     lambda o: torch.optim.lr_scheduler.StepLR(o, step_size=2 * 10, gamma=0.5)),
    (ScheduleConfig("cosine", min_lr_factor=0.1),
     lambda o: torch.optim.lr_scheduler.CosineAnnealingLR(o, T_max=50, eta_min=0.01)),
    (ScheduleConfig("onecycle", pct_start=0.3),
     lambda o: torch.optim.lr_scheduler.OneCycleLR(o, max_lr=0.1, total_steps=50,
                                                   cycle_momentum=False)),
])
def test_schedules_match_torch_schedulers(schedule, reference):
    ours = lr_curve(schedule, 0.1, epochs=5, steps_per_epoch=10)
    np.testing.assert_allclose(ours, _torch_lrs(reference, 50), rtol=1e-9, atol=1e-12)


def test_warmup_ramps_linearly_then_follows_the_schedule():
    f = lr_factor(ScheduleConfig("constant", warmup_epochs=1), epochs=3, steps_per_epoch=4)
    assert [f(s) for s in range(6)] == [0.25, 0.5, 0.75, 1.0, 1.0, 1.0]
    g = lr_factor(ScheduleConfig("cosine", warmup_epochs=1), epochs=3, steps_per_epoch=4)
    assert g(0) == 0.25 and g(3) == 1.0 and g(11) < 0.1
    assert math.isclose(g(7), 0.5 * (1 + math.cos(math.pi * 3 / 8)))  # 3 of 8 steps after warm-up
