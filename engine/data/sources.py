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
            raise DataError("missing_folder", "Write the folder after folder:, e.g. "
                            "folder:~/pictures/pets.", path="")
        from engine.data.folder import load_folder
        return load_folder(arg, image_size=image_size, val_fraction=val_fraction, seed=seed,
                           progress=progress)
    from engine.data.classic import load_classic
    return load_classic(kind, root=root, download=download, progress=progress,
                        max_train=max_train)
