"""One entry point for every data set: ``load_dataset("shapes" | "shapes:rgb32" | "mnist" |
... | "folder:PATH")``."""
from __future__ import annotations

from engine.data.dataset import DataError
from engine.data.progress import DataProgress

DATASET_NAMES = ("shapes", "mnist", "fashion_mnist", "kmnist", "cifar10", "cifar100", "svhn")


def load_dataset(source: str, val_fraction: float = 0.2, seed: int = 0, progress=None,
                 root=None, download: bool = True, max_train: int = 0,
                 image_size: int = 64):
    """Return an ``ImageDataset`` (or a ``StreamingDataset`` for a huge folder).

    - ``shapes`` / ``shapes:gray28|rgb32|rgb64``: generated; ``max_train`` images (default
      10,000) and ``val_fraction`` of that again for validation.
    - ``mnist``, ``fashion_mnist``, ``kmnist``, ``cifar10``, ``cifar100``, ``svhn``: from the
      cache folder ``root`` (downloaded when missing and ``download``); the official test split
      is the validation split, so ``val_fraction`` does not apply.
    - ``folder:PATH``: one sub-folder per class, resized to ``image_size``.

    ``progress`` receives ``DataProgress`` events.
    """
    if isinstance(max_train, bool) or not isinstance(max_train, int) or max_train < 0:
        raise DataError("bad_max_train", value=max_train)
    text = source.strip()
    kind, _, arg = text.partition(":")
    kind = kind.lower()
    if kind == "shapes":
        from engine.data.shapes import make_shapes
        n_train = max_train or 10000
        n_val = max(2, int(round(n_train * val_fraction / max(1e-9, 1 - val_fraction))))
        report = None
        if progress:
            report = lambda done, total: progress(  # noqa: E731
                DataProgress("Shapes", "generate", done, total))
        return make_shapes(arg or "gray28", n_train, n_val, seed=seed, progress=report)
    if kind == "folder":
        if not arg:
            raise DataError("folder_not_named", path="")
        from engine.data.folder import load_folder
        return load_folder(arg, image_size=image_size, val_fraction=val_fraction, seed=seed,
                           progress=progress)
    from engine.data.classic import load_classic
    return load_classic(kind, root=root, download=download, progress=progress,
                        max_train=max_train)


# the image shape of each data set that has one fixed shape (a folder's is known once read)
_CLASSIC_SHAPES = {"mnist": (1, 28, 28), "fashion_mnist": (1, 28, 28), "kmnist": (1, 28, 28),
                   "cifar10": (3, 32, 32), "cifar100": (3, 32, 32), "svhn": (3, 32, 32)}


def source_input_shape(source: str) -> tuple | None:
    """(C, H, W) of the images ``source`` gives, known without loading it; None for a folder
    (its shape is known once read) or an unknown name."""
    from engine.data.shapes import PRESETS

    kind, _, arg = source.strip().partition(":")
    kind = kind.lower()
    if kind == "shapes":
        c, size = PRESETS.get(arg or "gray28", (None, None))
        return (c, size, size) if c else None
    from engine.data.classic import ALIASES
    return _CLASSIC_SHAPES.get(ALIASES.get(kind, kind))


def variant_for(source: str, shape: tuple) -> str | None:
    """Another source of the same kind whose images have ``shape``: the Shapes preset drawn at
    that shape for a Shapes source ("shapes:rgb32" for 3x32x32), else None."""
    from engine.data.fit import preset_for

    if source.strip().lower().partition(":")[0] != "shapes":
        return None
    preset = preset_for(shape)
    return f"shapes:{preset}" if preset else None
