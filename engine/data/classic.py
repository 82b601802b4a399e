"""MNIST, Fashion-MNIST, KMNIST, CIFAR-10, CIFAR-100 and SVHN, kept in a cache folder.

The download addresses and checksums come from torchvision's dataset classes; the files are
read by ``engine.data.readers`` straight into tensors (no per-image Python). Downloads report
``DataProgress`` events; without a network a missing set raises one ``DataError`` (code
``offline``) that says what to do. The official test split is the validation split.
"""
from __future__ import annotations

import hashlib
import os
import socket
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from engine.data import readers
from engine.data.dataset import DataError, ImageDataset, Split
from engine.data.progress import DataProgress

DIGITS = tuple(str(d) for d in range(10))
CIFAR10_CLASSES = ("airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse",
                   "ship", "truck")


@dataclass(frozen=True)
class ClassicSet:
    key: str  # "mnist"
    title: str  # "MNIST"
    folder: str  # inside the cache
    kind: str  # "idx", "cifar10", "cifar100", "svhn"
    tv_class: str  # torchvision.datasets class holding the addresses
    num_classes: int = 10  # known before the files are (a script for a set not yet downloaded)

    def files(self) -> list[str]:
        """The files that must be in ``cache/folder`` (an IDX file may also be .gz)."""
        if self.kind == "idx":
            return ["train-images-idx3-ubyte", "train-labels-idx1-ubyte",
                    "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"]
        if self.kind == "cifar10":
            return [f"data_batch_{i}" for i in range(1, 6)] + ["test_batch", "batches.meta"]
        if self.kind == "cifar100":
            return ["train", "test", "meta"]
        return ["train_32x32.mat", "test_32x32.mat"]


CLASSIC_SETS = {s.key: s for s in [
    ClassicSet("mnist", "MNIST", "MNIST/raw", "idx", "MNIST"),
    ClassicSet("fashion_mnist", "Fashion-MNIST", "FashionMNIST/raw", "idx", "FashionMNIST"),
    ClassicSet("kmnist", "KMNIST", "KMNIST/raw", "idx", "KMNIST"),
    ClassicSet("cifar10", "CIFAR-10", "cifar-10-batches-py", "cifar10", "CIFAR10"),
    ClassicSet("cifar100", "CIFAR-100", "cifar-100-python", "cifar100", "CIFAR100", 100),
    ClassicSet("svhn", "SVHN", "SVHN", "svhn", "SVHN"),
]}
ALIASES = {"fashion": "fashion_mnist", "fashionmnist": "fashion_mnist", "fmnist": "fashion_mnist",
           "cifar-10": "cifar10", "cifar-100": "cifar100"}


def cache_dir() -> Path:
    """``$CONVSTUDIO_DATA``, else the user's cache folder (``~/.cache/convstudio/datasets``)."""
    if os.environ.get("CONVSTUDIO_DATA"):
        return Path(os.environ["CONVSTUDIO_DATA"]).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "convstudio" / "datasets"


def is_cached(name: str, root=None) -> bool:
    spec = _spec(name)
    folder = Path(root or cache_dir()) / spec.folder
    return all(_find(folder, f) is not None for f in spec.files())


def load_classic(name: str, root=None, download: bool = True, progress=None,
                 max_train: int = 0) -> ImageDataset:
    """Read a classic set from the cache, downloading it first when missing and allowed.
    ``progress`` receives ``DataProgress`` events; ``max_train`` keeps the first N training
    images (0: all)."""
    spec = _spec(name)
    root = Path(root or cache_dir())
    folder = root / spec.folder
    if not is_cached(name, root):
        if os.environ.get("CONVSTUDIO_OFFLINE"):
            raise _offline(spec, folder)
        if not download:
            raise DataError("not_cached", dataset=spec.title, path=str(folder))
        _download(spec, root, progress)
    if progress:
        progress(DataProgress(spec.title, "load", 0, 1))
    (xtr, ytr), (xva, yva), classes = _READERS[spec.kind](folder, spec)
    for images, labels in ((xtr, ytr), (xva, yva)):
        readers.check_labels(images, labels, len(classes), folder)
    if max_train:
        xtr, ytr = xtr[:max_train], ytr[:max_train]
    if progress:
        progress(DataProgress(spec.title, "load", 1, 1))
    return ImageDataset(spec.title, classes, _split(xtr, ytr), _split(xva, yva),
                        info={"source": spec.key, "path": str(folder)})


def _spec(name: str) -> ClassicSet:
    key = ALIASES.get(name.lower(), name.lower())
    if key not in CLASSIC_SETS:
        raise DataError("unknown_dataset", name=name, choices=", ".join(CLASSIC_SETS))
    return CLASSIC_SETS[key]


def _split(images: np.ndarray, labels: np.ndarray) -> Split:
    import torch

    if images.ndim == 3:
        images = images[:, None]
    if not images.flags.writeable or not images.flags.c_contiguous:
        images = np.array(images, copy=True, order="C")
    x = torch.from_numpy(images).to(torch.float32).div_(255)
    return Split(x, torch.from_numpy(np.asarray(labels, dtype=np.int64)))


def _find(folder: Path, name: str) -> Path | None:
    for candidate in (folder / name, folder / f"{name}.gz"):
        if candidate.exists():
            return candidate
    return None


# ---------------------------------------------------------------- readers per kind

def _read_idx_set(folder: Path, spec: ClassicSet):
    def pair(prefix):
        images = readers.read_idx(_find(folder, f"{prefix}-images-idx3-ubyte"))
        labels = readers.read_idx(_find(folder, f"{prefix}-labels-idx1-ubyte"))
        if images.ndim != 3 or labels.ndim != 1 or len(images) != len(labels):
            raise DataError("files_mismatch", dataset=spec.title, path=str(folder),
                            images=images.shape, labels=labels.shape)
        return images, labels.astype(np.int64)
    return pair("train"), pair("t10k"), _idx_classes(spec)


def _idx_classes(spec: ClassicSet) -> tuple:
    if spec.key == "mnist":
        return DIGITS
    import torchvision.datasets as tvd
    return tuple(getattr(tvd, spec.tv_class).classes)


def _read_cifar10(folder: Path, spec: ClassicSet):
    def batches(names):
        parts = [readers.read_cifar_pickle(folder / n) for n in names]
        x = np.concatenate([readers.cifar_images(p, folder / n) for p, n in zip(parts, names)])
        y = np.concatenate([readers.cifar_labels(p, "labels", folder / n)
                            for p, n in zip(parts, names)])
        return x, y
    meta = readers.read_cifar_pickle(folder / "batches.meta")
    classes = (readers.cifar_names(meta, "label_names", folder / "batches.meta")
               or CIFAR10_CLASSES)
    return batches([f"data_batch_{i}" for i in range(1, 6)]), batches(["test_batch"]), classes


def _read_cifar100(folder: Path, spec: ClassicSet):
    def part(name):
        p = readers.read_cifar_pickle(folder / name)
        return readers.cifar_images(p, folder / name), readers.cifar_labels(
            p, "fine_labels", folder / name)
    meta = readers.read_cifar_pickle(folder / "meta")
    classes = readers.cifar_names(meta, "fine_label_names", folder / "meta")
    if not classes:
        raise readers.damaged(folder / "meta", "it names no classes")
    return part("train"), part("test"), classes


def _read_svhn(folder: Path, spec: ClassicSet):
    return (readers.read_svhn_mat(folder / "train_32x32.mat"),
            readers.read_svhn_mat(folder / "test_32x32.mat"), DIGITS)


_READERS = {"idx": _read_idx_set, "cifar10": _read_cifar10, "cifar100": _read_cifar100,
            "svhn": _read_svhn}


# ---------------------------------------------------------------- downloading

def _sources(spec: ClassicSet) -> list[tuple[list[str], str, str]]:
    """[(candidate urls, file name, md5)] from torchvision's class attributes."""
    import torchvision.datasets as tvd

    cls = getattr(tvd, spec.tv_class)
    if spec.kind == "idx":
        return [([m + f for m in cls.mirrors], f, md5) for f, md5 in cls.resources]
    if spec.kind in ("cifar10", "cifar100"):
        return [([cls.url], cls.filename, cls.tgz_md5)]
    return [([url], fname, md5) for url, fname, md5 in
            (cls.split_list["train"], cls.split_list["test"])]


def _download(spec: ClassicSet, root: Path, progress) -> None:
    from torchvision.datasets.utils import extract_archive

    folder = root / spec.folder
    target = folder if spec.kind in ("idx", "svhn") else root
    try:
        target.mkdir(parents=True, exist_ok=True)
        for urls, fname, md5 in _sources(spec):
            path = target / fname
            if not (path.exists() and _md5(path) == md5):
                _fetch_any(urls, path, md5, spec.title, progress)
            if fname.endswith((".gz", ".tar.gz", ".tgz")):
                if progress:
                    progress(DataProgress(spec.title, "extract", 0, 1))
                extract_archive(str(path), str(folder if spec.kind == "idx" else root))
    except OSError as exc:
        if isinstance(exc, (urllib.error.URLError, socket.timeout, ConnectionError)):
            raise _offline(spec, folder) from None
        raise DataError("download_failed", dataset=spec.title, path=str(target),
                        reason=exc.strerror or str(exc)) from None


def _fetch_any(urls, path: Path, md5: str, title: str, progress) -> None:
    last: Exception | None = None
    for url in urls:
        try:
            _fetch(url, path, title, progress)
        except (urllib.error.URLError, socket.timeout, ConnectionError) as exc:
            last = exc
            continue
        if _md5(path) == md5:
            return
        path.unlink(missing_ok=True)
        last = DataError("bad_checksum", dataset=title, file=path.name)
    if isinstance(last, DataError):
        raise last
    raise last or urllib.error.URLError("no address")


def _fetch(url: str, path: Path, title: str, progress, chunk: int = 1 << 20) -> None:
    tmp = path.with_suffix(path.suffix + ".part")
    request = urllib.request.Request(url, headers={"User-Agent": "ConvStudio"})
    with urllib.request.urlopen(request, timeout=20) as response, open(tmp, "wb") as out:
        total = int(response.headers.get("Content-Length") or 0)
        done = 0
        while block := response.read(chunk):
            out.write(block)
            done += len(block)
            if progress:
                progress(DataProgress(title, "download", done, total))
    os.replace(tmp, path)


def _md5(path: Path) -> str:
    digest = hashlib.md5(usedforsecurity=False)
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _offline(spec: ClassicSet, folder: Path) -> DataError:
    return DataError("offline", dataset=spec.title, path=str(folder))
