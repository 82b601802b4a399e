"""Reading images for the network and writing PNGs, through PIL (installed with torchvision)."""
from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from engine.inspect.errors import ImageInputError


def load_image(path: str | os.PathLike, shape: tuple) -> np.ndarray:
    """Read any image file as a (C, H, W) float32 array in [0, 1] for an input of ``shape``:
    resized to H x W (bilinear) and converted to grayscale (C = 1) or RGB (C = 3)."""
    from PIL import Image, UnidentifiedImageError

    c, h, w = shape
    if c not in (1, 3):
        raise ImageInputError(f"The network takes {c}-channel input; only grayscale (1) and "
                              f"RGB (3) networks can read image files.", channels=c)
    path = Path(path)
    try:
        with Image.open(path) as im:
            im = im.convert("L" if c == 1 else "RGB").resize((w, h), Image.BILINEAR)
            arr = np.asarray(im, dtype=np.float32) / 255.0
    except FileNotFoundError:
        raise ImageInputError(f"The image {path} does not exist.", path=str(path)) from None
    except (UnidentifiedImageError, IsADirectoryError, OSError):
        raise ImageInputError(f"{path} is not an image PIL can read; use a PNG, JPEG or BMP "
                              f"file.", path=str(path)) from None
    return arr[None] if c == 1 else arr.transpose(2, 0, 1).copy()


def load_display(path: str | os.PathLike, longest: int) -> np.ndarray:
    """Read an image file as (H, W, 3) uint8 RGB at its own aspect ratio, its longer side
    scaled to ``longest`` pixels (for overlays meant for slides)."""
    from PIL import Image

    try:
        with Image.open(path) as im:
            im = im.convert("RGB")
            scale = longest / max(im.size)
            size = (max(1, round(im.size[0] * scale)), max(1, round(im.size[1] * scale)))
            return np.asarray(im.resize(size, Image.BILINEAR))
    except OSError:
        raise ImageInputError(f"{path} is not an image PIL can read; use a PNG, JPEG or BMP "
                              f"file.", path=str(path)) from None


def resize_map(values: np.ndarray, size: tuple) -> np.ndarray:
    """Resize a 2-D float map to (height, width) bilinearly."""
    from PIL import Image

    h, w = size
    return np.asarray(Image.fromarray(np.asarray(values, np.float32), mode="F")
                      .resize((w, h), Image.BILINEAR))


def resize_rgb(rgb: np.ndarray, size: tuple, smooth: bool = True) -> np.ndarray:
    """Resize an (H, W, 3) uint8 image to (height, width)."""
    from PIL import Image

    h, w = size
    mode = Image.BILINEAR if smooth else Image.NEAREST
    return np.asarray(Image.fromarray(rgb).resize((w, h), mode))


def save_png(rgb: np.ndarray, path: str | os.PathLike) -> Path:
    """Write an (H, W, 3) or (H, W) uint8 array as a PNG file."""
    from PIL import Image

    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        Image.fromarray(np.ascontiguousarray(rgb)).save(path, format="PNG")
    except OSError as exc:
        raise ImageInputError(f"Cannot write {path}: {exc.strerror or exc}; choose another "
                              f"folder.", path=str(path)) from None
    return path
