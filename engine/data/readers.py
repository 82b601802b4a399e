"""Readers for the file formats the classic data sets ship in — IDX (MNIST family), the CIFAR
pickles and SVHN's MATLAB files — returning numpy arrays. Nothing in a file is executed: the
CIFAR pickles go through an unpickler that only rebuilds numpy arrays and plain containers."""
from __future__ import annotations

import gzip
import io
import pickle
from pathlib import Path

import numpy as np

from engine.data.dataset import DataError

_IDX_TYPES = {0x08: np.uint8, 0x09: np.int8, 0x0B: ">i2", 0x0C: ">i4", 0x0D: ">f4", 0x0E: ">f8"}


def read_idx(path) -> np.ndarray:
    """An IDX file (raw or .gz): magic 0 0 type ndim, big-endian int32 sizes, then the data."""
    raw = _read_maybe_gz(path)
    if len(raw) < 4 or raw[0] != 0 or raw[1] != 0 or raw[2] not in _IDX_TYPES:
        raise _damaged(path, "not an IDX file")
    ndim = raw[3]
    header = 4 + 4 * ndim
    if ndim == 0 or len(raw) < header:
        raise _damaged(path, "its header names no sizes")
    dims = tuple(int(d) for d in np.frombuffer(raw[4:header], dtype=">i4"))
    if min(dims) <= 0:
        raise _damaged(path, "its header names a size of 0")
    dtype = np.dtype(_IDX_TYPES[raw[2]])
    count = int(np.prod(dims, dtype=object))
    if len(raw) - header < count * dtype.itemsize:
        raise _damaged(path, "shorter than its header says")
    return np.frombuffer(raw, dtype=dtype, count=count, offset=header).reshape(dims)


class _ArrayUnpickler(pickle.Unpickler):
    _ALLOWED = {("numpy.core.multiarray", "_reconstruct"),
                ("numpy._core.multiarray", "_reconstruct"),
                ("numpy", "ndarray"), ("numpy", "dtype"), ("numpy.core.multiarray", "scalar"),
                ("numpy._core.multiarray", "scalar"), ("builtins", "bytes"),
                ("_codecs", "encode")}  # protocol-2 pickles spell bytes as encode(str)

    def find_class(self, module, name):
        if (module, name) not in self._ALLOWED:
            raise pickle.UnpicklingError(f"{module}.{name} is not allowed")
        return super().find_class(module, name)


def read_cifar_pickle(path) -> dict:
    """One CIFAR batch file as a dict with str keys (bytes keys decoded)."""
    try:
        with open(path, "rb") as fh:
            data = _ArrayUnpickler(io.BytesIO(fh.read()), encoding="latin1").load()
    except (pickle.UnpicklingError, EOFError, ValueError, AttributeError, ImportError) as exc:
        raise _damaged(path, str(exc)) from None
    if not isinstance(data, dict):
        raise _damaged(path, "not a CIFAR batch")
    return {(k.decode() if isinstance(k, bytes) else k): v for k, v in data.items()}


def cifar_images(batch: dict, path) -> np.ndarray:
    """(N, 3072) rows of R, G, B planes -> (N, 3, 32, 32) uint8."""
    data = np.asarray(batch.get("data"))
    if data.ndim != 2 or data.shape[1] != 3 * 32 * 32:
        raise _damaged(path, "its data is not N x 3072")
    return data.astype(np.uint8, copy=False).reshape(-1, 3, 32, 32)


def cifar_labels(batch: dict, key: str, path) -> np.ndarray:
    """The labels of one CIFAR batch: one whole number per image, or the file is damaged."""
    if key not in batch:
        raise _damaged(path, f"it has no {key}")
    try:
        labels = np.asarray(batch[key])
    except (ValueError, TypeError):
        raise _damaged(path, f"its {key} are not numbers") from None
    if labels.ndim != 1 or labels.dtype.kind not in "iu":
        raise _damaged(path, f"its {key} are not one whole number per image")
    images = np.asarray(batch.get("data"))
    if images.ndim >= 1 and len(labels) != len(images):
        raise DataError("labels_misaligned", path=str(path), images=len(images),
                        labels=len(labels))
    return labels.astype(np.int64)


def cifar_names(meta: dict, key: str, path) -> tuple:
    """Class names from a CIFAR meta file (empty when it names none)."""
    names = meta.get(key)
    if names is None:
        return ()
    if not isinstance(names, (list, tuple)) or not all(isinstance(n, (str, bytes))
                                                        for n in names):
        raise _damaged(path, f"its {key} are not names")
    return tuple(n.decode("latin1") if isinstance(n, bytes) else n for n in names)


def check_labels(images, labels, classes: int, path) -> None:
    """Refuse a split whose labels do not pair one to one with its images, or name a class
    the data set does not have: training on it would teach the wrong answers."""
    if len(images) != len(labels):
        raise DataError("labels_misaligned", path=str(path), images=len(images),
                        labels=len(labels))
    if len(labels) and (int(labels.min()) < 0 or int(labels.max()) >= classes):
        raise _damaged(path, f"a label lies outside the {classes} classes")


def read_svhn_mat(path) -> tuple[np.ndarray, np.ndarray]:
    """SVHN's cropped-digits .mat: X (32, 32, 3, N), y (N, 1) with 10 meaning the digit 0."""
    try:
        from scipy.io import loadmat
    except ImportError:
        raise DataError("needs_scipy") from None
    try:
        mat = loadmat(str(path))
    except (ValueError, OSError, TypeError) as exc:
        raise _damaged(path, str(exc)) from None
    x, y = np.asarray(mat.get("X")), np.asarray(mat.get("y"))
    if x.ndim != 4 or x.shape[:3] != (32, 32, 3):
        raise _damaged(path, "X is not 32 x 32 x 3 x N")
    labels = y.reshape(-1).astype(np.int64) % 10
    return np.ascontiguousarray(x.transpose(3, 2, 0, 1)), labels


def _read_maybe_gz(path) -> bytes:
    if path is None:
        raise DataError("damaged_file", path="", why="a file of the data set is missing")
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise _damaged(path, exc.strerror or str(exc)) from None
    if raw[:2] == b"\x1f\x8b":
        try:
            raw = gzip.decompress(raw)
        except (OSError, EOFError) as exc:
            raise _damaged(path, str(exc)) from None
    return raw


def damaged(path, why: str) -> DataError:
    return DataError("damaged_file", path=str(path), why=why)


_damaged = damaged
