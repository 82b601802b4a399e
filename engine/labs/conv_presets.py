"""The convolution lab's presets (the seeds' worked examples, exact numbers) and common kernels.

Preset and kernel names are stable keys; the GUI translates their titles, the CLI takes them
as ``--preset NAME`` / ``--kernel-preset NAME``.
"""
from __future__ import annotations

import numpy as np

from engine.labs.conv import SAME, ConvSetup
from engine.labs.errors import LabInputError

SEED004_INPUT = [[1, 2, 3, 0], [0, 1, 2, 3], [3, 0, 1, 2], [2, 3, 0, 1]]
SEED004_FILTER = [[2, 0, 1], [0, 1, 2], [1, 0, 2]]
BINARY_INPUT = [[1, 1, 1, 0, 0], [0, 1, 1, 1, 0], [0, 0, 1, 1, 1], [0, 0, 1, 1, 0],
                [0, 1, 1, 0, 0]]
X_FILTER = [[1, 0, 1], [0, 1, 0], [1, 0, 1]]
PATCH_INPUT = [[105, 102, 100, 97, 96], [103, 99, 103, 101, 102], [101, 98, 104, 102, 100],
               [99, 101, 106, 104, 99], [104, 104, 104, 100, 98]]
SHARPEN = [[0, -1, 0], [-1, 5, -1], [0, -1, 0]]
# seed 000's colour convolution y = X_R*W_R + X_G*W_G + X_B*W_B + w_0 (the notes draw it; these
# small numbers make each channel's sum easy to follow)
COLOUR_INPUT = [[[2, 1, 0, 1], [1, 3, 1, 0], [0, 1, 2, 1], [1, 0, 1, 3]],
                [[1, 0, 2, 1], [0, 1, 1, 2], [2, 1, 0, 1], [1, 2, 1, 0]],
                [[0, 1, 1, 0], [1, 2, 0, 1], [1, 0, 1, 2], [0, 1, 2, 1]]]
COLOUR_FILTER = [[[1, 0, 0], [0, 1, 0], [0, 0, 1]],
                 [[0, 1, 0], [1, 0, 1], [0, 1, 0]],
                 [[-1, 0, 1], [-1, 0, 1], [-1, 0, 1]]]
# seed 002: a 7x7 input, a 3x3 filter and stride 3: (7 - 3)/3 + 1 is not a whole number
SEED002_INPUT = [[(r * 7 + c) % 5 for c in range(7)] for r in range(7)]
BOX3 = [[1, 1, 1], [1, 1, 1], [1, 1, 1]]


def _setup(image, kernel, **kw) -> ConvSetup:
    image, kernel = np.array(image, dtype=np.float64), np.array(kernel, dtype=np.float64)
    if image.ndim == 2:
        image, kernel = image[None], kernel[None]
    return ConvSetup(image, kernel, **kw)


PRESETS = {
    "seed004": lambda: _setup(SEED004_INPUT, SEED004_FILTER),
    "seed000": lambda: _setup(BINARY_INPUT, X_FILTER),
    "seed003": lambda: _setup(PATCH_INPUT, SHARPEN, padding=1),
    "colour": lambda: _setup(COLOUR_INPUT, COLOUR_FILTER, bias=1),
    "seed002": lambda: _setup(SEED002_INPUT, BOX3, stride=3),
    "seed002_same": lambda: _setup(SEED002_INPUT, BOX3, padding=SAME),
}

KERNELS = {
    "identity": [[0, 0, 0], [0, 1, 0], [0, 0, 0]],
    "sharpen": SHARPEN,
    "box_blur": (np.ones((3, 3)) / 9).tolist(),
    "sobel_x": [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]],
    "sobel_y": [[-1, -2, -1], [0, 0, 0], [1, 2, 1]],
    "outline": [[-1, -1, -1], [-1, 8, -1], [-1, -1, -1]],
}


def preset(name: str) -> ConvSetup:
    """A fresh setup for a preset name; a LabInputError lists the names for a wrong one."""
    if name not in PRESETS:
        raise LabInputError("unknown_preset", name=name, choices=", ".join(PRESETS))
    return PRESETS[name]()


def kernel(name: str, channels: int = 1) -> np.ndarray:
    """A common kernel as (channels, 3, 3) (the same grid for every channel)."""
    if name not in KERNELS:
        raise LabInputError("unknown_kernel", name=name, choices=", ".join(KERNELS))
    return np.repeat(np.array(KERNELS[name], dtype=np.float64)[None], channels, axis=0)


def random_setup(rng: np.random.Generator, channels: int = 1, size: int = 5,
                 kernel_size: int = 3) -> ConvSetup:
    """Small whole numbers, easy to add up by hand: inputs 0..9, weights -2..2."""
    image = rng.integers(0, 10, (channels, size, size)).astype(np.float64)
    weights = rng.integers(-2, 3, (channels, kernel_size, kernel_size)).astype(np.float64)
    return ConvSetup(image, weights)
