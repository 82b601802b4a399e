"""A folder of the user's own images, one sub-folder per class, resized to one size and split
into training and validation (stratified, from a seed).

Unreadable images are skipped and counted (``info["skipped"]``), never fatal. A folder whose
images would not fit comfortably in memory becomes a ``StreamingDataset`` that reads from disk
during training (a DataLoader with worker processes) instead.
"""
from __future__ import annotations

import os
import warnings
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from engine import errors
from engine.data.dataset import DataError, ImageDataset, Split, split_indices
from engine.data.progress import DataProgress
from engine.system import available_memory

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".bmp", ".gif", ".webp", ".tif", ".tiff", ".ppm",
                  ".pgm"}
MEMORY_SHARE = 0.25  # stream when the decoded images would take more of the free memory

errors.define({
    "images_skipped": "{count} of the {total} images in {path} could not be read (damaged, or "
                      "larger than PIL's pixel limit) and were skipped.",
})


def skipped_note(dataset) -> tuple[str, dict] | None:
    """("images_skipped", data) when a folder's unreadable images were skipped, else None:
    the CLI and the window both tell the person how many."""
    info = getattr(dataset, "info", None) or {}
    skipped = int(info.get("skipped", 0) or 0)
    if not skipped:
        return None
    total = skipped + len(dataset.train) + len(dataset.val)
    return "images_skipped", {"count": skipped, "total": total, "path": info.get("path", "")}


def scan_folder(path) -> tuple[list[str], list[Path], list[int]]:
    """(class names, image files, labels) of a folder with one sub-folder per class."""
    root = Path(path).expanduser()
    if not root.is_dir():
        raise DataError("missing_folder", path=str(root))
    classes, files, labels = [], [], []
    for sub in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")):
        images = sorted(f for f in sub.rglob("*") if f.suffix.lower() in IMAGE_SUFFIXES
                        and f.is_file())
        if images:
            files += images
            labels += [len(classes)] * len(images)
            classes.append(sub.name)
    if not classes:
        raise DataError("empty_folder", path=str(root))
    if len(classes) == 1:
        raise DataError("one_class", path=str(root), found=classes[0])
    return classes, files, labels


def load_folder(path, image_size: int = 64, channels: int | None = None,
                val_fraction: float = 0.2, seed: int = 0, progress=None,
                memory_limit: int | None = None, stream: bool | None = None):
    """An ``ImageDataset`` (or ``StreamingDataset`` when too big, or ``stream=True``).
    ``channels`` None: 1 when every sampled image is grayscale, else 3."""
    classes, files, labels = scan_folder(path)
    name = Path(path).expanduser().name or str(path)
    channels = channels or _guess_channels(files)
    need = len(files) * channels * image_size * image_size * 4 * 2  # raw + normalised copy
    if stream is None:
        budget = memory_limit if memory_limit is not None else \
            MEMORY_SHARE * (available_memory() or 1 << 31)
        stream = need > budget
    labels_t = _tensor(labels)
    train_idx, val_idx = split_indices(labels_t, val_fraction, seed)
    if stream:
        return StreamingDataset.create(name, classes, files, labels, train_idx.tolist(),
                                       val_idx.tolist(), image_size, channels, path)
    images, ok = _decode_all(files, image_size, channels, name, progress)
    skipped = [str(f) for f, good in zip(files, ok) if not good]
    keep = np.flatnonzero(ok)
    if len(keep) == 0:
        raise DataError("no_readable_images", path=str(path), count=len(files))
    import torch
    remap = -np.ones(len(files), dtype=np.int64)
    remap[keep] = np.arange(len(keep))
    x = torch.from_numpy(images[keep]).float().div_(255)
    y = labels_t[torch.from_numpy(keep)]
    tr = torch.from_numpy(remap[train_idx.numpy()])
    va = torch.from_numpy(remap[val_idx.numpy()])
    tr, va = tr[tr >= 0], va[va >= 0]
    return ImageDataset(name, classes, Split(x[tr], y[tr]), Split(x[va], y[va]),
                        info={"source": "folder", "path": str(path), "skipped": len(skipped),
                              "skipped_files": skipped[:20], "image_size": image_size})


def _tensor(values):
    import torch
    return torch.tensor(values, dtype=torch.int64)


def _guess_channels(files, sample: int = 64) -> int:
    from PIL import Image

    step = max(1, len(files) // sample)
    for f in files[::step][:sample]:
        try:
            with Image.open(f) as im:
                if im.mode not in ("L", "1", "I", "I;16", "F"):
                    return 3
        except Exception:  # noqa: BLE001 - a damaged file says nothing about the others
            continue
    return 1


def read_image(path, image_size: int, channels: int) -> np.ndarray | None:
    """(C, S, S) uint8, or None when the file cannot be read as an image (damaged, or larger
    than PIL's pixel limit: a decompression bomb is refused by its header, never decoded)."""
    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(path) as im:
                if im.size[0] * im.size[1] > (Image.MAX_IMAGE_PIXELS or 89_478_485):
                    return None
                im = im.convert("L" if channels == 1 else "RGB")
                im = im.resize((image_size, image_size), Image.BILINEAR)
                arr = np.array(im, dtype=np.uint8)
    except Exception:  # noqa: BLE001 - PIL raises OSError, SyntaxError, ValueError... when damaged
        return None
    return arr[None] if channels == 1 else arr.transpose(2, 0, 1)


def _decode_all(files, image_size, channels, name, progress):
    out = np.zeros((len(files), channels, image_size, image_size), dtype=np.uint8)
    ok = np.zeros(len(files), dtype=bool)

    def one(i):
        arr = read_image(files[i], image_size, channels)
        if arr is not None:
            out[i], ok[i] = arr, True

    with ThreadPoolExecutor(max_workers=min(8, os.cpu_count() or 2)) as pool:
        for done, _ in enumerate(pool.map(one, range(len(files))), 1):
            if progress and (done % 256 == 0 or done == len(files)):
                progress(DataProgress(name, "load", done, len(files)))
    return out, ok


class FolderSource:
    """A map-style torch dataset over image files: item -> (uint8 CHW tensor, label). An
    unreadable file gives a black image (a huge folder is not pre-checked)."""

    def __init__(self, files, labels, image_size: int, channels: int):
        self.files = [str(f) for f in files]
        self.labels = list(labels)
        self.image_size, self.channels = image_size, channels

    def __len__(self) -> int:
        return len(self.files)

    def __getitem__(self, i):
        import torch
        arr = read_image(self.files[i], self.image_size, self.channels)
        if arr is None:
            arr = np.zeros((self.channels, self.image_size, self.image_size), np.uint8)
        return torch.from_numpy(arr), self.labels[i]


@dataclass
class StreamingDataset:
    """A folder read from disk while training; ``sources()`` gives the two splits."""

    name: str
    class_names: tuple
    train_source: FolderSource
    val_source: FolderSource
    mean: tuple = ()
    std: tuple = ()
    info: dict = field(default_factory=dict)
    streaming = True

    @classmethod
    def create(cls, name, classes, files, labels, train_idx, val_idx, size, channels, path):
        pick = lambda idx: FolderSource([files[i] for i in idx],  # noqa: E731
                                        [labels[i] for i in idx], size, channels)
        ds = cls(name, tuple(classes), pick(train_idx), pick(val_idx),
                 info={"source": "folder", "path": str(path), "image_size": size})
        ds.mean, ds.std = _sample_stats(ds.train_source)
        return ds

    def sources(self):
        return self.train_source, self.val_source

    @property
    def input_shape(self) -> tuple:
        s = self.train_source
        return (s.channels, s.image_size, s.image_size)

    @property
    def num_classes(self) -> int:
        return len(self.class_names)

    @property
    def nbytes(self) -> int:
        c, h, w = self.input_shape
        return (len(self.train_source) + len(self.val_source)) * c * h * w * 4

    def describe(self) -> str:
        c, h, w = self.input_shape
        return (f"{self.name}: {len(self.train_source):,} training and "
                f"{len(self.val_source):,} validation images, {c}x{h}x{w}, "
                f"{self.num_classes} classes (read from disk while training)")


def _sample_stats(source: FolderSource, n: int = 256):
    import torch
    from engine.data.dataset import channel_stats

    step = max(1, len(source) // n)
    sample = [source[i][0] for i in range(0, len(source), step)][:n]
    if not sample:
        return (0.0,) * source.channels, (1.0,) * source.channels
    return channel_stats(torch.stack(sample).float().div_(255))
