"""Colour maps, overlays and grids computed with numpy (no matplotlib).

Each map is a 256-entry RGB lookup table: ``viridis`` (perceptually even, interpolated through
anchor colours of the viridis palette), ``jet`` (the classic rainbow used in CAM figures),
``gray`` and ``coolwarm`` (diverging, for signed values such as filter weights: blue < 0 < red).
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np

_ANCHORS = {
    "viridis": [(68, 1, 84), (72, 40, 120), (59, 82, 139), (44, 114, 142), (33, 145, 140),
                (40, 174, 128), (94, 201, 98), (173, 220, 48), (253, 231, 37)],
    "gray": [(0, 0, 0), (255, 255, 255)],
    "coolwarm": [(59, 76, 192), (141, 176, 254), (221, 221, 221), (244, 154, 123),
                 (180, 4, 38)],
}
COLORMAPS = ("viridis", "jet", "gray", "coolwarm")


@lru_cache(maxsize=None)
def lut(name: str) -> np.ndarray:
    """The (256, 3) uint8 lookup table of a colour map."""
    t = np.linspace(0.0, 1.0, 256)
    if name == "jet":
        rgb = np.stack([np.clip(1.5 - np.abs(4 * t - c), 0, 1) for c in (3, 2, 1)], axis=1)
        table = np.round(rgb * 255)
    elif name in _ANCHORS:
        anchors = np.asarray(_ANCHORS[name], dtype=float)
        pos = np.linspace(0.0, 1.0, len(anchors))
        table = np.stack([np.interp(t, pos, anchors[:, i]) for i in range(3)], axis=1)
    else:
        raise ValueError(f"There is no colour map {name!r}; choose one of "
                         f"{', '.join(COLORMAPS)}.")
    table = table.astype(np.uint8)
    table.setflags(write=False)
    return table


def normalise(values, vmin=None, vmax=None) -> np.ndarray:
    """Scale to [0, 1] between vmin and vmax (default: the array's own range)."""
    v = np.asarray(values, dtype=np.float32)
    lo = float(np.nanmin(v)) if vmin is None else float(vmin)
    hi = float(np.nanmax(v)) if vmax is None else float(vmax)
    if not np.isfinite(lo) or not np.isfinite(hi) or hi <= lo:
        return np.zeros_like(v)
    return np.clip((v - lo) / (hi - lo), 0.0, 1.0)


def apply_colormap(values, name: str = "viridis", vmin=None, vmax=None) -> np.ndarray:
    """Colour an array of any shape: returns uint8 RGB with a trailing axis of 3."""
    idx = np.round(np.nan_to_num(normalise(values, vmin, vmax)) * 255).astype(np.intp)
    return lut(name)[idx]


def image_to_rgb(image) -> np.ndarray:
    """A (C, H, W) float image in [0, 1] (1 or 3 channels) -> (H, W, 3) uint8."""
    img = np.asarray(image, dtype=np.float32)
    if img.ndim == 2:
        img = img[None]
    img = img[:3] if img.shape[0] >= 3 else np.repeat(img[:1], 3, axis=0)
    return np.round(np.clip(img, 0, 1).transpose(1, 2, 0) * 255).astype(np.uint8)


def overlay(image, heat, alpha: float = 0.5, name: str = "jet") -> np.ndarray:
    """Blend a [0, 1] heat map over an image: (1 - alpha) * image + alpha * colour(heat)."""
    base = image if (isinstance(image, np.ndarray) and image.dtype == np.uint8
                     and image.ndim == 3 and image.shape[2] == 3) else image_to_rgb(image)
    colour = apply_colormap(heat, name, 0.0, 1.0).astype(np.float32)
    if colour.shape[:2] != base.shape[:2]:
        raise ValueError(f"The heat map is {colour.shape[0]}x{colour.shape[1]} but the image "
                         f"is {base.shape[0]}x{base.shape[1]}; upsample the map first.")
    a = float(np.clip(alpha, 0.0, 1.0))
    return np.round((1 - a) * base.astype(np.float32) + a * colour).astype(np.uint8)


def tile_grid(tiles, cols: int | None = None, pad: int = 2, background: int = 255):
    """Arrange (N, h, w, 3) uint8 tiles in a grid with ``pad`` pixels between them.

    Returns (grid, origins) where origins[i] is the (row, col) pixel of tile i's top-left."""
    tiles = np.asarray(tiles)
    n, h, w = tiles.shape[:3]
    cols = cols or int(np.ceil(np.sqrt(n)))
    rows = int(np.ceil(n / cols))
    grid = np.full((rows * (h + pad) + pad, cols * (w + pad) + pad, 3), background, np.uint8)
    origins = []
    for i in range(n):
        r, c = divmod(i, cols)
        y, x = pad + r * (h + pad), pad + c * (w + pad)
        grid[y:y + h, x:x + w] = tiles[i]
        origins.append((y, x))
    return grid, origins
