"""The convolution lab's image mode: generated sample images and a kernel's feature map."""
from __future__ import annotations

import numpy as np

from engine.labs.errors import LabInputError

SAMPLES = ("shapes", "rings", "checkerboard")
MAX_IMAGE = 512


def sample_image(name: str, size: int = 128) -> np.ndarray:
    """A generated grey image (H, W) with values 0..255: ``shapes`` (a disc, a square and a
    triangle on a soft gradient), ``rings`` or ``checkerboard``."""
    y, x = np.mgrid[0:size, 0:size] / size
    if name == "shapes":
        image = 40 + 60 * x
        image[(x - 0.3) ** 2 + (y - 0.3) ** 2 < 0.17 ** 2] = 220
        image[(x > 0.58) & (x < 0.88) & (y > 0.15) & (y < 0.45)] = 170
        image[(y > 0.55) & (y < 0.9) & (np.abs(x - 0.5) < (y - 0.55) * 0.9)] = 250
    elif name == "rings":
        image = 127.5 + 127.5 * np.cos(60 * ((x - 0.5) ** 2 + (y - 0.5) ** 2))
    elif name == "checkerboard":
        image = np.where(((x * 8).astype(int) + (y * 8).astype(int)) % 2 == 0, 230.0, 25.0)
    else:
        raise LabInputError("unknown_sample", name=name, choices=", ".join(SAMPLES))
    return np.clip(image, 0, 255).astype(np.float64)


def feature_map(image: np.ndarray, kernel: np.ndarray, stride: int = 1, padding="same",
                dilation: int = 1, bias: float = 0.0) -> np.ndarray:
    """torch.nn.functional.conv2d of a grey image (H, W) with one kernel (K, K)."""
    import torch
    import torch.nn.functional as F

    image = np.asarray(image, dtype=np.float64)
    if image.ndim != 2 or max(image.shape) > MAX_IMAGE or min(image.shape) < 1:
        raise LabInputError("image_size", limit=MAX_IMAGE)
    k = np.asarray(kernel, dtype=np.float64)
    if padding == "same" and stride != 1:
        padding = dilation * (k.shape[-1] - 1) // 2
    x = torch.as_tensor(image)[None, None]
    w = torch.as_tensor(k)[None, None]
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        out = F.conv2d(x, w, torch.tensor([float(bias)], dtype=torch.float64), stride=stride,
                       padding=padding, dilation=dilation)
    return out[0, 0].numpy()


def to_grey(rgb: np.ndarray) -> np.ndarray:
    """Luminance (ITU-R BT.601) of an (H, W, 3) image."""
    rgb = np.asarray(rgb, dtype=np.float64)
    return rgb[..., 0] * 0.299 + rgb[..., 1] * 0.587 + rgb[..., 2] * 0.114
