"""The batch-norm lab: the batch normalising transform of note 001 (Ioffe & Szegedy's
Algorithm 1) worked through on a small mini-batch, checked against ``torch.nn.BatchNorm1d``.

Training mode, per feature: μ_B = mean, σ²_B = mean of squared deviations (1/m, biased),
x̂ = (x - μ_B) / √(σ²_B + ε), y = γ x̂ + β. Each training pass also moves the running
statistics, r ← (1 - momentum) r + momentum · batch statistic, where PyTorch uses the
*unbiased* variance m/(m-1) σ²_B for the running variance. Evaluation mode normalises with
the running statistics instead: y = γ (x - r_μ) / √(r_σ² + ε) + β.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from engine.labs.errors import LabInputError

MAX_ROWS, MAX_FEATURES = 16, 4
DEFAULT_BATCH = ((1.0, 10.0), (2.0, 20.0), (4.0, 50.0), (9.0, 40.0))


@dataclass(frozen=True)
class BatchNormSteps:
    """Every intermediate of the transform (arrays are per feature, or rows x features)."""

    x: np.ndarray
    gamma: np.ndarray
    beta: np.ndarray
    eps: float
    momentum: float
    passes: int
    mean: np.ndarray              # μ_B
    var: np.ndarray               # σ²_B (biased: 1/m)
    var_unbiased: np.ndarray      # m/(m-1) σ²_B, what the running variance takes
    denom: np.ndarray             # √(σ²_B + ε)
    x_hat: np.ndarray
    y: np.ndarray
    torch_y: np.ndarray           # BatchNorm1d in training mode
    running_mean: np.ndarray      # after ``passes`` training passes on this batch
    running_var: np.ndarray
    torch_running_mean: np.ndarray
    torch_running_var: np.ndarray
    eval_y: np.ndarray            # evaluation mode with the running statistics, by hand
    torch_eval_y: np.ndarray

    @property
    def m(self) -> int:
        return int(self.x.shape[0])

    @property
    def train_gap(self) -> float:
        return float(np.max(np.abs(self.y - self.torch_y)))

    @property
    def eval_gap(self) -> float:
        return float(np.max(np.abs(self.eval_y - self.torch_eval_y)))

    @property
    def running_gap(self) -> float:
        return float(max(np.max(np.abs(self.running_mean - self.torch_running_mean)),
                         np.max(np.abs(self.running_var - self.torch_running_var))))

    def to_dict(self) -> dict:
        names = ("x", "gamma", "beta", "mean", "var", "var_unbiased", "denom", "x_hat", "y",
                 "torch_y", "running_mean", "running_var", "eval_y", "torch_eval_y")
        out = {name: np.asarray(getattr(self, name)).tolist() for name in names}
        out.update(eps=self.eps, momentum=self.momentum, passes=self.passes,
                   train_gap=self.train_gap, eval_gap=self.eval_gap,
                   running_gap=self.running_gap)
        return out


def parse_batch(text: str) -> np.ndarray:
    """"1, 10; 2, 20; ..." (rows by ';' or new lines, features by ',' or spaces) -> m x d."""
    rows = [r for r in re.split(r"[;\n]", text) if r.strip()]
    table = [[_number(cell, i + 1) for cell in re.split(r"[,\s]+", row.strip()) if cell]
             for i, row in enumerate(rows)]
    return as_batch(table)


def _number(cell: str, row: int) -> float:
    try:
        value = float(cell)
    except ValueError:
        raise LabInputError("not_a_number", cell=cell, row=row) from None
    if not np.isfinite(value):
        raise LabInputError("not_a_number", variant="not_finite", cell=cell, row=row)
    return value


def as_batch(values) -> np.ndarray:
    """A list of numbers (one feature) or of equal rows -> a float m x d array, checked."""
    try:
        x = np.asarray(values, dtype=float)
    except ValueError:
        raise LabInputError("ragged_batch") from None
    if x.ndim == 1:
        x = x[:, None]
    if x.ndim != 2 or x.size == 0:
        raise LabInputError("bad_batch")
    m, d = x.shape
    if m < 2:
        raise LabInputError("batch_too_small", rows=m)
    if m > MAX_ROWS or d > MAX_FEATURES:
        raise LabInputError("batch_too_large", rows=m, features=d, max_rows=MAX_ROWS,
                            max_features=MAX_FEATURES)
    if not np.all(np.isfinite(x)):
        raise LabInputError("not_a_number", variant="batch")
    return x


def _per_feature(value, d: int, name: str) -> np.ndarray:
    v = np.asarray(value, dtype=float).ravel()
    if v.size == 1:
        v = np.full(d, float(v[0]))
    if v.size != d or not np.all(np.isfinite(v)):
        raise LabInputError("bad_parameter", name=name, features=d)
    return v


def batch_norm_steps(values, gamma=1.0, beta=0.0, eps: float = 1e-5, momentum: float = 0.1,
                     passes: int = 1) -> BatchNormSteps:
    """The four steps by hand, and the same through BatchNorm1d (float64), train and eval."""
    x = as_batch(values)
    m, d = x.shape
    g, b = _per_feature(gamma, d, "gamma"), _per_feature(beta, d, "beta")
    if not (eps > 0 and np.isfinite(eps)):
        raise LabInputError("bad_parameter", variant="eps", name="eps")
    if not 0 <= momentum <= 1:
        raise LabInputError("bad_parameter", variant="momentum", name="momentum")
    if not 1 <= int(passes) <= 1000:
        raise LabInputError("bad_parameter", variant="passes", name="passes")
    passes = int(passes)
    mean = x.sum(axis=0) / m
    var = ((x - mean) ** 2).sum(axis=0) / m
    denom = np.sqrt(var + eps)
    x_hat = (x - mean) / denom
    y = g * x_hat + b
    var_unbiased = var * m / (m - 1)
    keep = (1 - momentum) ** passes        # r_n = keep · r_0 + (1 - keep) · statistic
    running_mean = (1 - keep) * mean       # r_0 = 0
    running_var = keep * 1.0 + (1 - keep) * var_unbiased  # r_0 = 1
    eval_y = g * (x - running_mean) / np.sqrt(running_var + eps) + b
    torch_y, t_mean, t_var, torch_eval_y = _with_torch(x, g, b, eps, momentum, passes)
    return BatchNormSteps(x, g, b, float(eps), float(momentum), passes, mean, var,
                          var_unbiased, denom, x_hat, y, torch_y, running_mean, running_var,
                          t_mean, t_var, eval_y, torch_eval_y)


def _with_torch(x, gamma, beta, eps, momentum, passes):
    import torch

    bn = torch.nn.BatchNorm1d(x.shape[1], eps=eps, momentum=momentum).double()
    with torch.no_grad():
        bn.weight.copy_(torch.from_numpy(gamma))
        bn.bias.copy_(torch.from_numpy(beta))
        batch = torch.from_numpy(x)
        bn.train()
        y = bn(batch).numpy().copy()
        for _ in range(passes - 1):
            bn(batch)
        bn.eval()
        eval_y = bn(batch).numpy().copy()
    return y, bn.running_mean.numpy().copy(), bn.running_var.numpy().copy(), eval_y


def _n(value) -> str:
    return f"{float(value):.4g}"


def explain_training(s: BatchNormSteps, feature: int = 0) -> list[str]:
    """The four steps of Algorithm 1 for one feature, with its numbers."""
    j, m = feature, s.m
    xs, mu, var = s.x[:, feature], s.mean[j], s.var[j]
    lines = [f"1. μ_B = (1/m) Σ x_i = ({' + '.join(_n(v) for v in xs)}) / {m} = {_n(mu)}",
             f"2. σ²_B = (1/m) Σ (x_i - μ_B)² = ("
             + " + ".join(f"({_n(v)} - {_n(mu)})²" for v in xs) + f") / {m} = {_n(var)}",
             f"3. x̂_i = (x_i - μ_B) / √(σ²_B + ε) = (x_i - {_n(mu)}) / √({_n(var)} + {s.eps:g})"
             f" = (x_i - {_n(mu)}) / {_n(s.denom[j])}"]
    for i, v in enumerate(xs):
        lines.append(f"   x̂_{i + 1} = ({_n(v)} - {_n(mu)}) / {_n(s.denom[j])} = "
                     f"{_n(s.x_hat[i, j])}")
    lines.append(f"4. y_i = γ x̂_i + β = {_n(s.gamma[j])} x̂_i + {_n(s.beta[j])}")
    for i in range(m):
        lines.append(f"   y_{i + 1} = {_n(s.gamma[j])} × {_n(s.x_hat[i, j])} + {_n(s.beta[j])}"
                     f" = {_n(s.y[i, j])}")
    return lines


def explain_evaluation(s: BatchNormSteps, feature: int = 0) -> list[str]:
    """The running statistics after the training passes, and evaluation mode with them."""
    j, n, mom = feature, s.passes, s.momentum
    keep = (1 - mom) ** n
    lines = [f"r_μ ← (1 - {mom:g}) r_μ + {mom:g} μ_B    (n = {n}, r_μ(0) = 0)",
             f"   r_μ(n) = (1 - {1 - mom:g}^n) μ_B = (1 - {_n(keep)}) × {_n(s.mean[j])} = "
             f"{_n(s.running_mean[j])}",
             f"r_σ² ← (1 - {mom:g}) r_σ² + {mom:g} · m/(m-1) σ²_B    (n = {n}, r_σ²(0) = 1)",
             f"   r_σ²(n) = {_n(keep)} × 1 + (1 - {_n(keep)}) × {s.m}/{s.m - 1} × "
             f"{_n(s.var[j])} = {_n(s.running_var[j])}",
             f"y_i = γ (x_i - r_μ) / √(r_σ² + ε) + β"]
    root = np.sqrt(s.running_var[j] + s.eps)
    for i, v in enumerate(s.x[:, j]):
        lines.append(f"   y_{i + 1} = {_n(s.gamma[j])} × ({_n(v)} - {_n(s.running_mean[j])}) / "
                     f"{_n(root)} + {_n(s.beta[j])} = {_n(s.eval_y[i, j])}")
    return lines
