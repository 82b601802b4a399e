"""The 2-D loss surfaces of the optimizer lab: each a function E(x, y) written with plain
arithmetic, so one definition serves both torch (autograd for the optimizers) and numpy (the
contour grid), with its view, a suggested start and where its minima lie.

The learning rates each surface suggests keep every optimizer stable and moving visibly in a
hundred or so steps; they are starting points for the student to change, not tuned optima.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from engine.labs.errors import LabInputError


@dataclass(frozen=True)
class Surface:
    name: str
    title: str
    formula: str                      # E(x, y) as the lab shows it
    fn: Callable                      # fn(x, y) -> E, for tensors and arrays alike
    x_range: tuple[float, float]
    y_range: tuple[float, float]
    start: tuple[float, float]
    minima: tuple[tuple[float, float], ...]
    sgd_lr: float                     # SGD; momentum and NAG take a tenth (α = 0.9)
    adaptive_lr: float                # Adam, AdamW; AdaGrad x 5, RMSprop / 10
    log_levels: bool = False          # contours on log(E - min + 1): steep walls, flat valley

    def loss(self, point):
        """E at a 2-element tensor or array."""
        return self.fn(point[0], point[1])

    def suggested_lr(self, optimizer: str) -> float:
        """A learning rate that works on this surface for ``optimizer`` (AdaDelta: 1.0)."""
        if optimizer == "sgd":
            return self.sgd_lr
        if optimizer in ("momentum", "nag"):
            return self.sgd_lr / 10
        if optimizer == "adadelta":
            return 1.0
        if optimizer == "adagrad":
            return self.adaptive_lr * 5
        if optimizer == "rmsprop":  # its first step is η/√(1-γ) = 10 η with γ = 0.99
            return self.adaptive_lr / 10
        return self.adaptive_lr


def _bowl(x, y):
    return 0.1 * x ** 2 + 2 * y ** 2


def _rosenbrock(x, y):
    return (1 - x) ** 2 + 100 * (y - x ** 2) ** 2


def _saddle(x, y):
    return x ** 2 + y ** 4 / 4 - y ** 2 / 2


def _beale(x, y):
    return ((1.5 - x + x * y) ** 2 + (2.25 - x + x * y ** 2) ** 2
            + (2.625 - x + x * y ** 3) ** 2)


def _himmelblau(x, y):
    return (x ** 2 + y - 11) ** 2 + (x + y ** 2 - 7) ** 2


_SURFACES = (
    Surface("bowl", "Elongated quadratic bowl", "E = 0.1 x² + 2 y²", _bowl,
            (-5.0, 5.0), (-2.5, 2.5), (-4.5, 1.5), ((0.0, 0.0),), 0.4, 0.1),
    Surface("rosenbrock", "Rosenbrock valley", "E = (1 - x)² + 100 (y - x²)²", _rosenbrock,
            (-2.0, 2.0), (-1.0, 3.0), (-1.2, 1.0), ((1.0, 1.0),), 1e-3, 0.1, True),
    Surface("saddle", "Saddle point", "E = x² + y⁴/4 - y²/2", _saddle,
            (-3.0, 3.0), (-2.0, 2.0), (-2.5, 0.01), ((0.0, 1.0), (0.0, -1.0)), 0.1, 0.05),
    Surface("beale", "Beale", "E = (1.5 - x + xy)² + (2.25 - x + xy²)² + (2.625 - x + xy³)²",
            _beale, (-4.5, 4.5), (-4.5, 4.5), (1.0, 1.5), ((3.0, 0.5),), 5e-3, 0.05, True),
    Surface("himmelblau", "Himmelblau (four minima)", "E = (x² + y - 11)² + (x + y² - 7)²",
            _himmelblau, (-5.0, 5.0), (-5.0, 5.0), (-0.3, -0.5),
            ((3.0, 2.0), (-2.805118, 3.131312), (-3.779310, -3.283186), (3.584428, -1.848126)),
            0.005, 0.1, True),
)

SURFACES: dict[str, Surface] = {s.name: s for s in _SURFACES}


def get_surface(name: str) -> Surface:
    try:
        return SURFACES[name]
    except KeyError:
        raise LabInputError("unknown_surface", name=name, choices=", ".join(SURFACES)) from None


def surface_grid(surface: Surface, n: int = 160) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(xs, ys, E)`` on an n x n grid over the surface's view; ``E[i, j]`` is at
    ``(xs[i], ys[j])`` (pyqtgraph's image order)."""
    xs = np.linspace(*surface.x_range, n)
    ys = np.linspace(*surface.y_range, n)
    gx, gy = np.meshgrid(xs, ys, indexing="ij")
    return xs, ys, np.asarray(surface.fn(gx, gy), dtype=float)
