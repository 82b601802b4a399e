"""Shapes: the offline data set that always works.

Each image shows one geometric shape at a random position, size, rotation and colour on a
noisy background, and keeps the shape's bounding box (CAM is scored against it). Everything is
drawn at once with tensor arithmetic on coordinate grids, chunk by chunk: 60,000 28x28 images
take about a second. The same seed gives the same images on every machine.
"""
from __future__ import annotations

import math

from engine.data.dataset import DataError, ImageDataset, Split

SHAPE_CLASSES = ("circle", "square", "triangle", "plus", "star", "ring", "diamond", "x",
                 "frame", "half_circle")

# name -> (channels, size)
PRESETS = {"gray28": (1, 28), "rgb32": (3, 32), "rgb64": (3, 64)}

_CHUNK = 2048  # images drawn at once; fixed, so the output never depends on memory


def make_shapes(preset: str = "gray28", n_train: int = 10000, n_val: int = 2000,
                seed: int = 0, classes=SHAPE_CLASSES, max_rotation: float = 20.0,
                noise: float = 0.08, shading: float = 0.15, progress=None) -> ImageDataset:
    """Generate a Shapes data set. ``preset`` is gray28 (1x28x28), rgb32 or rgb64.

    Classes are balanced; the validation images are drawn after the training images from the
    same random stream, so no image is in both. ``max_rotation`` (degrees) stays small enough
    that a square never turns into a diamond, nor a plus into an x. ``progress(done, total)``
    is called after each chunk. ``noise`` is the standard deviation of the Gaussian pixel
    noise, ``shading`` the strength of a left-right light gradient (0 and 0 give images of
    exactly two colours).
    """
    import torch

    if preset not in PRESETS:
        raise DataError("unknown_preset", preset=preset, choices=", ".join(PRESETS))
    unknown = [c for c in classes if c not in _DRAW]
    if unknown or len(classes) < 2:
        raise DataError("bad_classes", classes=list(classes), choices=", ".join(_DRAW),
                        refused=", ".join(map(str, unknown or list(classes))))
    channels, size = PRESETS[preset]
    total = n_train + n_val
    gen = torch.Generator().manual_seed(int(seed))
    labels = torch.arange(total) % len(classes)
    labels = torch.cat([labels[:n_train][torch.randperm(n_train, generator=gen)],
                        labels[n_train:][torch.randperm(n_val, generator=gen)]])
    images = torch.empty(total, channels, size, size)
    boxes = torch.empty(total, 4)
    for start in range(0, total, _CHUNK):
        stop = min(start + _CHUNK, total)
        images[start:stop], boxes[start:stop] = _draw_chunk(
            labels[start:stop], tuple(classes), channels, size, gen, max_rotation, noise,
            shading)
        if progress:
            progress(stop, total)
    name = f"Shapes {channels}x{size}x{size}"
    return ImageDataset(name, tuple(classes),
                        Split(images[:n_train], labels[:n_train], boxes[:n_train]),
                        Split(images[n_train:], labels[n_train:], boxes[n_train:]),
                        info={"source": "shapes", "preset": preset, "seed": int(seed)})


def _draw_chunk(labels, classes, channels, size, gen, max_rotation, noise, shading):
    import torch

    n = len(labels)
    rand = lambda *shape: torch.rand(*shape, generator=gen)  # noqa: E731
    radius = size * (0.24 + 0.16 * rand(n))  # half-width of the shape's frame
    margin = radius * 1.05
    cx = margin + rand(n) * (size - 2 * margin)
    cy = margin + rand(n) * (size - 2 * margin)
    angle = (rand(n) * 2 - 1) * math.radians(max_rotation)
    grid = torch.arange(size, dtype=torch.float32) + 0.5
    dx = grid.view(1, 1, size) - cx.view(n, 1, 1)
    dy = grid.view(1, size, 1) - cy.view(n, 1, 1)
    cos, sin = angle.cos().view(n, 1, 1), angle.sin().view(n, 1, 1)
    r = radius.view(n, 1, 1)
    u = (cos * dx + sin * dy) / r  # shape frame: unit half-width, y down
    v = (-sin * dx + cos * dy) / r
    mask = torch.zeros(n, size, size, dtype=torch.bool)
    for k, name in enumerate(classes):
        sel = labels == k
        if sel.any():
            mask[sel] = _DRAW[name](u[sel], v[sel])
    fg, bg = _colours(n, channels, gen)
    base = torch.where(mask.unsqueeze(1), fg.view(n, channels, 1, 1), bg.view(n, channels, 1, 1))
    shade = 1 + shading * (rand(n, 1, 1, 1) * 2 - 1) * (dx.unsqueeze(1) / size)  # soft light
    img = base * shade + noise * torch.randn(n, channels, size, size, generator=gen)
    return img.clamp_(0, 1), _boxes(mask)


def _colours(n, channels, gen):
    """Foreground and background colours at least 0.4 apart (Euclidean distance over the
    channels) so every shape stands out of the noise; redrawn where too close."""
    import torch

    fg = torch.rand(n, channels, generator=gen)
    bg = torch.rand(n, channels, generator=gen)
    for _ in range(8):
        close = (fg - bg).norm(dim=1) < 0.4
        if not close.any():
            break
        bg[close] = torch.rand(int(close.sum()), channels, generator=gen)
    close = (fg - bg).norm(dim=1) < 0.4
    bg[close] = (fg[close] < 0.5).float()  # the far end: black or white
    return fg, bg


def _boxes(mask):
    """Tight (x0, y0, x1, y1) boxes of each mask, exclusive ends, from row/column hits."""
    import torch

    n, h, w = mask.shape
    cols, rows = mask.any(dim=1), mask.any(dim=2)
    xs = torch.arange(w).expand(n, w)
    ys = torch.arange(h).expand(n, h)
    big = max(h, w) + 1
    x0 = torch.where(cols, xs, big).min(dim=1).values
    x1 = torch.where(cols, xs, -1).max(dim=1).values + 1
    y0 = torch.where(rows, ys, big).min(dim=1).values
    y1 = torch.where(rows, ys, -1).max(dim=1).values + 1
    return torch.stack([x0, y0, x1, y1], dim=1).float()


# ---------------------------------------------------------------- the shapes, in unit frames
# Each takes (u, v) coordinates (unit = the shape's half-width, v down) and returns a mask.

def _circle(u, v):
    return u * u + v * v <= 0.9


def _square(u, v):
    return (u.abs() <= 0.8) & (v.abs() <= 0.8)


def _triangle(u, v):
    # equilateral, apex up: inside three half-planes at distance 0.5 from the centre
    out = v <= 0.5
    for deg in (210.0, 330.0):
        a = math.radians(deg)
        out &= u * math.cos(a) + v * math.sin(a) <= 0.5
    return out


def _plus(u, v):
    return ((u.abs() <= 0.3) & (v.abs() <= 0.95)) | ((v.abs() <= 0.3) & (u.abs() <= 0.95))


def _star(u, v):
    # five points: fold the angle into one spike and compare with the edge from the point
    # (1, 0) to the inner corner at 36 degrees, radius 0.42
    rho = (u * u + v * v).sqrt()
    phi = torch_atan2(u, -v) % (2 * math.pi / 5)
    phi = (phi - math.pi / 5).abs()  # 0 at an inner corner, pi/5 at a point
    phi = math.pi / 5 - phi  # 0 at a point
    px, py = rho * phi.cos(), rho * phi.sin()
    ix, iy = 0.42 * math.cos(math.pi / 5), 0.42 * math.sin(math.pi / 5)
    # inside when on the origin's side of the line (1, 0) -> (ix, iy)
    return (px - 1) * (iy - 0) - py * (ix - 1) <= 0


def _ring(u, v):
    d = u * u + v * v
    return (d <= 0.9) & (d >= 0.3)


def _diamond(u, v):
    return u.abs() + v.abs() <= 1.0


def _x(u, v):
    a, b = (u + v).abs() / math.sqrt(2), (u - v).abs() / math.sqrt(2)
    return ((a <= 0.22) | (b <= 0.22)) & (u.abs() <= 0.8) & (v.abs() <= 0.8)


def _frame(u, v):
    m = u.abs().maximum(v.abs())
    return (m <= 0.85) & (m >= 0.5)


def _half_circle(u, v):
    return (u * u + v * v <= 0.9) & (v >= -0.1)


def torch_atan2(y, x):
    import torch
    return torch.atan2(y, x)


_DRAW = {"circle": _circle, "square": _square, "triangle": _triangle, "plus": _plus,
         "star": _star, "ring": _ring, "diamond": _diamond, "x": _x, "frame": _frame,
         "half_circle": _half_circle}
