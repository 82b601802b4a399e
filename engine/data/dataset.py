"""The one data-set object the trainer and the inspection code share.

An ``ImageDataset`` has a ``train`` and a ``val`` ``Split``; each split holds

- ``images``: float32 tensor (N, C, H, W), values in [0, 1] (not normalised),
- ``labels``: int64 tensor (N,), class indices into ``class_names``,
- ``boxes``: optional float32 tensor (N, 4) of object boxes ``(x0, y0, x1, y1)`` in pixels,
  ``x1``/``y1`` exclusive (the box covers columns x0 .. x1-1), or None when unknown.

``mean``/``std`` are per-channel statistics of the training images, computed once; the loader
normalises batches with them. Data sets too large for memory are ``StreamingDataset`` instead
(same ``name``, ``class_names``, ``input_shape``; splits read from disk).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from engine.errors import UserError


class DataError(UserError, ValueError):
    """A data set cannot be made or read: ``DataError(code, **data)`` (see engine.errors)."""

    code = "data_error"
    templates = {
        "data_error": "This data set cannot be used.",
        "missing_folder": "The folder {path} does not exist; choose another.",
        "folder_not_given": "Write the folder after folder:, e.g. folder:~/pictures/pets.",
        "empty_folder": "The folder {path} has no images in class sub-folders; put each "
                        "class's images in a sub-folder named after the class.",
        "one_class": "The folder {path} has only one class ({found}); a classifier needs at "
                     "least two sub-folders.",
        "no_readable_images": "None of the {count} images in {path} can be read; check that "
                              "they are PNG or JPEG files no larger than PIL's pixel limit.",
        "damaged_file": "{path} cannot be read ({why}); delete it so it is downloaded again, "
                        "or choose another data set.",
        "labels_misaligned": "{path} holds {images} images but {labels} labels, so images and "
                             "answers do not pair up; delete it so it is downloaded again.",
        "not_cached": "{dataset} is not in the cache ({path}); allow downloading, copy its "
                      "files there, or use Shapes.",
        "offline": "{dataset} is not in the cache and the network is unreachable; connect to "
                   "the internet once, copy its files into {path}, or use Shapes.",
        "unknown_dataset": "There is no data set '{name}'; choose shapes, {choices} or "
                           "folder:PATH.",
        "files_mismatch": "The {dataset} files in {path} do not match (images {images}, labels "
                          "{labels}); delete them so they are downloaded again.",
        "download_failed": "{dataset} could not be saved into {path}: {reason}; choose another "
                           "cache folder or free some disk space.",
        "bad_checksum": "The downloaded {file} of {dataset} is damaged; try again later.",
        "unknown_preset": "There is no Shapes preset '{preset}'; choose one of {choices}.",
        "bad_classes": "Shapes needs at least two of {choices}; {refused} will not do.",
        "folder_not_named": "Write the folder after folder:, e.g. folder:~/pictures/pets.",
        "bad_max_train": "The number of training images must be 0 (all) or more, not {value}.",
        "needs_scipy": "Reading SVHN needs the scipy package; install it (pip install scipy) or "
                       "choose another data set.",
    }


@dataclass
class Split:
    images: "object"  # torch.Tensor (N, C, H, W) float32 in [0, 1]
    labels: "object"  # torch.Tensor (N,) int64
    boxes: "object | None" = None  # torch.Tensor (N, 4) float32, or None

    def __len__(self) -> int:
        return int(self.labels.shape[0])

    def subset(self, index) -> "Split":
        """The images at ``index`` (a tensor, list or slice), boxes included."""
        return Split(self.images[index], self.labels[index],
                     None if self.boxes is None else self.boxes[index])


@dataclass
class ImageDataset:
    name: str
    class_names: tuple
    train: Split
    val: Split
    mean: tuple = ()
    std: tuple = ()
    info: dict = field(default_factory=dict)  # where it came from (seed, folder, skipped, ...)

    def __post_init__(self):
        self.class_names = tuple(self.class_names)
        if not self.mean or not self.std:
            self.mean, self.std = channel_stats(self.train.images)

    @property
    def input_shape(self) -> tuple:
        """(C, H, W) of one image, as the network's Input layer wants it."""
        return tuple(int(d) for d in self.train.images.shape[1:])

    @property
    def num_classes(self) -> int:
        return len(self.class_names)

    @property
    def nbytes(self) -> int:
        return sum(s.images.element_size() * s.images.nelement() for s in (self.train, self.val))

    def describe(self) -> str:
        c, h, w = self.input_shape
        return (f"{self.name}: {len(self.train):,} training and {len(self.val):,} validation "
                f"images, {c}x{h}x{w}, {self.num_classes} classes")


def channel_stats(images, chunk: int = 8192) -> tuple[tuple, tuple]:
    """Per-channel mean and standard deviation of (N, C, H, W) images, in float64 chunks so
    large sets neither overflow memory nor lose precision."""
    import torch

    n, c = images.shape[0], images.shape[1]
    if n == 0:
        return (0.0,) * c, (1.0,) * c
    total = torch.zeros(c, dtype=torch.float64)
    total_sq = torch.zeros(c, dtype=torch.float64)
    for start in range(0, n, chunk):
        part = images[start:start + chunk].to(torch.float64)
        total += part.sum(dim=(0, 2, 3))
        total_sq += (part * part).sum(dim=(0, 2, 3))
    count = n * images.shape[2] * images.shape[3]
    mean = total / count
    std = (total_sq / count - mean * mean).clamp_min(0).sqrt().clamp_min(1e-6)
    return tuple(float(v) for v in mean), tuple(float(v) for v in std)


def split_indices(labels, val_fraction: float, seed: int):
    """Stratified random split: each class gives ``val_fraction`` of its images (at least one
    when it has two or more) to validation. Returns (train_index, val_index) tensors."""
    import torch

    gen = torch.Generator().manual_seed(seed)
    train_parts, val_parts = [], []
    for cls in torch.unique(labels).tolist():
        idx = torch.nonzero(labels == cls).flatten()
        idx = idx[torch.randperm(len(idx), generator=gen)]
        n_val = int(round(len(idx) * val_fraction))
        if len(idx) >= 2 and val_fraction > 0:
            n_val = min(max(n_val, 1), len(idx) - 1)
        val_parts.append(idx[:n_val])
        train_parts.append(idx[n_val:])
    train = torch.cat(train_parts).sort().values
    val = torch.cat(val_parts).sort().values
    return train, val
