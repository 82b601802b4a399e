"""Images made to fit a network's Input layer: channels converted (gray <-> RGB) and the size
resized, the one way the inspection panel, a drawing and the probe images are adapted.
Values stay in [0, 1]."""
from __future__ import annotations

from functools import lru_cache

import numpy as np

from engine.data.shapes import PRESETS

SAMPLE_COUNT = 256


def fit_images(images, shape: tuple, mode: str = "bilinear"):
    """(N, C', H', W') float tensor -> (N, C, H, W) for ``shape`` = (C, H, W): the channel
    mean for one channel, the gray channel repeated for several, then resized with ``mode``
    ("bilinear" or "area")."""
    import torch

    c, h, w = shape
    if images.shape[1] != c:
        images = (images.mean(dim=1, keepdim=True) if c == 1
                  else images[:, :1].expand(-1, c, -1, -1))
    if tuple(images.shape[2:]) != (h, w):
        kwargs = {"align_corners": False} if mode == "bilinear" else {}
        images = torch.nn.functional.interpolate(images, size=(h, w), mode=mode, **kwargs)
    return images.contiguous()


def fit_drawing(pixels: np.ndarray, shape: tuple) -> np.ndarray:
    """A (H', W') drawing in [0, 1] -> a (C, H, W) float32 image (area resampling keeps thin
    strokes visible when shrinking)."""
    import torch

    drawing = torch.from_numpy(np.ascontiguousarray(pixels, dtype=np.float32))[None, None]
    return fit_images(drawing, shape, mode="area")[0].numpy().copy()


def preset_for(shape: tuple) -> str | None:
    """The Shapes preset drawn at exactly ``shape`` (C, H, W), or None."""
    return next((name for name, (c, size) in PRESETS.items()
                 if tuple(shape) == (c, size, size)), None)


@lru_cache(maxsize=4)  # the same seed gives the same images: draw them once per shape
def shapes_for_input(input_shape: tuple, count: int = SAMPLE_COUNT, seed: int = 7):
    """(images (N, C, H, W) numpy, labels, class names, mean, std): Shapes validation images
    for a network taking ``input_shape`` — the preset of that shape when there is one, else
    the nearest preset converted and resized."""
    from engine.data.shapes import make_shapes

    c = input_shape[0]
    preset = preset_for(input_shape) or ("gray28" if c == 1 else "rgb64")
    data = make_shapes(preset, n_train=count, n_val=count, seed=seed)
    images = fit_images(data.val.images, tuple(input_shape)).numpy()
    return images, data.val.labels.numpy(), list(data.class_names), data.mean, data.std
