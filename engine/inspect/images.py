"""Reading images for the network and writing PNGs, through PIL (installed with torchvision)."""
from __future__ import annotations

import os
import re
import warnings
from pathlib import Path

import numpy as np

from engine.inspect.errors import ImageInputError


def pixel_limit() -> int:
    """The most pixels an image may have: PIL's own decompression-bomb limit."""
    from PIL import Image
    return int(Image.MAX_IMAGE_PIXELS or 89_478_485)


def _read(path: Path, convert) -> np.ndarray:
    """Open an image, refuse it by its header when it is larger than the pixel limit, and
    convert it with ``convert(image)``; every failure is one ImageInputError, and PIL's own
    warnings never reach the person."""
    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(path) as im:
                width, height = im.size
                if width * height > pixel_limit():
                    raise ImageInputError("image_too_large", path=str(path), width=width,
                                          height=height, limit=f"{pixel_limit():,}")
                return convert(im)
    except ImageInputError:
        raise
    except Image.DecompressionBombError as exc:  # PIL refuses at open beyond twice its limit
        found = re.search(r"\((\d+) pixels\)", str(exc))
        raise ImageInputError("image_too_many_pixels", path=str(path),
                              pixels=f"{int(found.group(1)):,}" if found else "?",
                              limit=f"{pixel_limit():,}") from None
    except FileNotFoundError:
        raise ImageInputError("image_not_found", path=str(path)) from None
    except Exception:  # noqa: BLE001 - PIL raises OSError, SyntaxError, ValueError... for a bad file
        raise ImageInputError("image_unreadable", path=str(path)) from None


def load_image(path: str | os.PathLike, shape: tuple) -> np.ndarray:
    """Read any image file as a (C, H, W) float32 array in [0, 1] for an input of ``shape``:
    resized to H x W (bilinear) and converted to grayscale (C = 1) or RGB (C = 3)."""
    from PIL import Image

    c, h, w = shape
    if c not in (1, 3):
        raise ImageInputError("image_channels", channels=c)

    def convert(im):
        im = im.convert("L" if c == 1 else "RGB").resize((w, h), Image.BILINEAR)
        return np.asarray(im, dtype=np.float32) / 255.0
    arr = _read(Path(path), convert)
    return arr[None] if c == 1 else arr.transpose(2, 0, 1).copy()


def load_display(path: str | os.PathLike, longest: int) -> np.ndarray:
    """Read an image file as (H, W, 3) uint8 RGB at its own aspect ratio, its longer side
    scaled to ``longest`` pixels (for overlays meant for slides)."""
    from PIL import Image

    def convert(im):
        im = im.convert("RGB")
        scale = longest / max(im.size)
        size = (max(1, round(im.size[0] * scale)), max(1, round(im.size[1] * scale)))
        return np.asarray(im.resize(size, Image.BILINEAR))
    return _read(Path(path), convert)


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
        raise ImageInputError("image_write_failed", path=str(path),
                              reason=exc.strerror or str(exc)) from None
    return path
