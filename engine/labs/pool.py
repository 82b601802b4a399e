"""The pooling lab: max, average and stochastic pooling (seed 000) worked through window by window.

Every output comes from PyTorch: ``max_pool2d``, ``avg_pool2d`` and the project's own
``StochasticPool2d`` (evaluation mode for the output, training mode for the draws). Beside it,
the lecture's view of each window: the largest element, the mean, each element's probability
p_i = a_i / sum a_k and the evaluation value sum p_i a_i.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np

from engine.labs.errors import LabInputError
from engine.labs.grids import MAX_SIZE, check_size, fmt

MODES = ("max", "avg", "stochastic")


@dataclass(frozen=True)
class PoolSetup:
    image: np.ndarray        # (H, W)
    mode: str = "max"
    kernel: int = 2
    stride: int = 2

    def with_(self, **changes) -> "PoolSetup":
        return replace(self, **changes)


@dataclass(frozen=True)
class PoolWindow:
    index: int
    row: int
    col: int
    rows: tuple
    cols: tuple
    values: np.ndarray       # (K, K)
    output: float            # PyTorch's value (StochasticPool2d in evaluation mode)

    @property
    def probabilities(self) -> np.ndarray:
        """p_i = a_i / sum a_k (negatives count as 0, as in StochasticPool2d); all 0 when the
        window sums to 0."""
        a = np.clip(self.values, 0, None)
        total = a.sum()
        return a / total if total > 0 else np.zeros_like(a)

    @property
    def expectation(self) -> float:
        """The lecture's evaluation value s_j = sum p_i a_i."""
        return float((self.probabilities * np.clip(self.values, 0, None)).sum())

    @property
    def argmax(self) -> tuple:
        return np.unravel_index(int(np.argmax(self.values)), self.values.shape)

    def expression(self, mode: str) -> str:
        """The window's value written out with its numbers, as the lecture does."""
        flat = [fmt(v) for v in self.values.ravel()]
        if mode == "max":
            return f"max({', '.join(flat)}) = {fmt(self.output)}"
        if mode == "avg":
            return f"({' + '.join(flat)}) / {len(flat)} = {fmt(self.output)}"
        p = self.probabilities.ravel()
        terms = [f"{fmt(pi)}*{v}" for pi, v in zip(p, flat)]
        return f"{' + '.join(terms)} = {fmt(self.expectation)}"

    def probability_expression(self) -> str:
        a = np.clip(self.values, 0, None).ravel()
        total = fmt(a.sum())
        return ", ".join(f"{fmt(v)}/{total}" for v in a)


@dataclass(frozen=True)
class PoolResult:
    setup: PoolSetup
    output: np.ndarray
    windows: list = field(repr=False)

    @property
    def steps(self) -> int:
        return len(self.windows)

    def window_at(self, row: int, col: int) -> PoolWindow:
        return self.windows[row * self.output.shape[1] + col]


def validate(setup: PoolSetup) -> None:
    image = np.asarray(setup.image)
    if image.ndim != 2:
        raise LabInputError("grid_shape", variant="pool")
    check_size(image, "input", MAX_SIZE)
    if setup.mode not in MODES:
        raise LabInputError("unknown_mode", name=setup.mode, choices=", ".join(MODES))
    for name, value in (("window", setup.kernel), ("stride", setup.stride)):
        if int(value) != value or not 1 <= value <= MAX_SIZE:
            raise LabInputError("bad_setting", variant=name, name=name, low=1, high=MAX_SIZE)
    if setup.kernel > min(image.shape):
        h, w = image.shape
        raise LabInputError("kernel_too_large", variant="pool", kernel=setup.kernel,
                            effective=setup.kernel, height=h, width=w)


def pool(setup: PoolSetup) -> PoolResult:
    """PyTorch's pooling of ``setup`` and the lecture's numbers for every window."""
    import torch
    import torch.nn.functional as F

    validate(setup)
    x = torch.as_tensor(np.asarray(setup.image, dtype=np.float64))[None, None]
    k, s = int(setup.kernel), int(setup.stride)
    if setup.mode == "max":
        out = F.max_pool2d(x, k, s)
    elif setup.mode == "avg":
        out = F.avg_pool2d(x, k, s)
    else:
        out = _stochastic(k, s).eval()(x)
    output = out[0, 0].numpy()
    image = x[0, 0].numpy()
    windows = []
    for index in range(output.size):
        row, col = divmod(index, output.shape[1])
        rows, cols = tuple(range(row * s, row * s + k)), tuple(range(col * s, col * s + k))
        windows.append(PoolWindow(index, row, col, rows, cols, image[np.ix_(rows, cols)],
                                  float(output[row, col])))
    return PoolResult(setup, output, windows)


def draw(setup: PoolSetup, draws: int = 1, seed: int | None = None) -> np.ndarray:
    """``draws`` samples of StochasticPool2d in training mode: (draws, OH, OW) sampled values.

    ``seed`` makes the draws repeatable (the global torch generator is left as it was)."""
    import torch

    validate(setup)
    if not 1 <= draws <= 100_000:
        raise LabInputError("bad_setting", variant="draws", name="draws", low=1, high=100_000)
    x = torch.as_tensor(np.asarray(setup.image, dtype=np.float64))[None, None]
    module = _stochastic(int(setup.kernel), int(setup.stride)).train()
    batch = x.expand(draws, 1, *x.shape[2:]).contiguous()
    if seed is None:  # fresh draws from the global generator, different every call
        out = module(batch)
    else:
        with torch.random.fork_rng(devices=[]):
            torch.manual_seed(seed)
            out = module(batch)
    return out[:, 0].numpy()


def draw_counts(window: PoolWindow, samples: np.ndarray) -> np.ndarray:
    """How often each cell of ``window`` was drawn, from the values ``samples`` (for that
    window). Equal values cannot be told apart by their output, so a draw of a value shared by
    several cells counts a fraction for each of them (their p_i are equal too)."""
    counts = np.zeros(window.values.size)
    flat = window.values.ravel()
    for value in np.unique(samples):
        cells = np.flatnonzero(np.isclose(flat, value))
        if cells.size:
            counts[cells] += np.count_nonzero(np.isclose(samples, value)) / cells.size
    return counts.reshape(window.values.shape)


def _stochastic(kernel: int, stride: int):
    from engine.layers.modules import StochasticPool2d
    return StochasticPool2d(kernel, stride)


ALEXNET_INPUT = [[1, 3, 2, 0, 4, 1, 2], [0, 5, 1, 7, 2, 3, 1], [2, 1, 6, 2, 1, 8, 0],
                 [3, 0, 2, 4, 3, 1, 2], [1, 9, 1, 0, 2, 5, 3], [2, 1, 3, 6, 1, 2, 4],
                 [0, 2, 1, 3, 7, 1, 2]]

PRESETS = {
    # a 4x4 map pooled 2x2 with stride 2 (seed 000's max and average pooling)
    "basic": lambda: PoolSetup(np.array([[1, 1, 2, 4], [5, 6, 7, 8], [3, 2, 1, 0],
                                         [1, 2, 3, 4]], dtype=np.float64)),
    # stochastic pooling: the first window [[1,2],[3,4]] gives p = 0.1, 0.2, 0.3, 0.4 and the
    # evaluation value (1 + 4 + 9 + 16) / 10 = 3
    "stochastic": lambda: PoolSetup(np.array([[1, 2, 0, 5], [3, 4, 5, 0], [2, 2, 1, 0],
                                              [2, 2, 0, 3]], dtype=np.float64),
                                    mode="stochastic"),
    # AlexNet's overlapping pooling (seed 001): 3x3 windows with stride 2 on a 7x7 map
    "alexnet": lambda: PoolSetup(np.array(ALEXNET_INPUT, dtype=np.float64), kernel=3, stride=2),
}


def preset(name: str) -> PoolSetup:
    if name not in PRESETS:
        raise LabInputError("unknown_preset", name=name, choices=", ".join(PRESETS))
    return PRESETS[name]()
