"""MNIST-family, CIFAR and SVHN loading on tiny files written here in each set's own format;
the offline error and download progress with the network replaced. Nothing is downloaded."""
import gzip
import hashlib
import io
import pickle
import struct
import urllib.error

import numpy as np
import pytest
import torch

from engine.data import DataError, load_dataset
from engine.data import classic
from engine.training.events import DataProgress


def _idx(array: np.ndarray) -> bytes:
    header = bytes([0, 0, 0x08, array.ndim]) + struct.pack(f">{array.ndim}i", *array.shape)
    return header + array.astype(np.uint8).tobytes()


def _write_idx_set(folder, n_train=12, n_test=5, gz=False, seed=0):
    rng = np.random.default_rng(seed)
    folder.mkdir(parents=True)
    data = {}
    for prefix, n in (("train", n_train), ("t10k", n_test)):
        images = rng.integers(0, 256, (n, 28, 28), dtype=np.uint8)
        labels = rng.integers(0, 10, n, dtype=np.uint8)
        for kind, arr in (("images-idx3", images), ("labels-idx1", labels)):
            raw = _idx(arr)
            name = f"{prefix}-{kind}-ubyte"
            if gz:
                (folder / f"{name}.gz").write_bytes(gzip.compress(raw))
            else:
                (folder / name).write_bytes(raw)
        data[prefix] = (images, labels)
    return data


@pytest.mark.parametrize("name,sub,gz", [("mnist", "MNIST/raw", False),
                                         ("fashion_mnist", "FashionMNIST/raw", True),
                                         ("kmnist", "KMNIST/raw", False)])
def test_mnist_family_is_read_from_idx_files(tmp_path, name, sub, gz):
    written = _write_idx_set(tmp_path / sub, gz=gz)
    ds = load_dataset(name, root=tmp_path, download=False)
    assert ds.input_shape == (1, 28, 28) and len(ds.train) == 12 and len(ds.val) == 5
    images, labels = written["train"]
    assert torch.equal(ds.train.images[:, 0], torch.from_numpy(images).float() / 255)
    assert ds.train.labels.tolist() == labels.tolist()
    assert ds.val.labels.tolist() == written["t10k"][1].tolist()
    assert len(ds.class_names) == 10
    if name == "fashion_mnist":
        assert ds.class_names[0] == "T-shirt/top"
    assert load_dataset(name, root=tmp_path, download=False, max_train=4).train.labels.shape == (4,)


def _pickle(path, obj):
    path.write_bytes(pickle.dumps(obj, protocol=2))


def test_cifar10_batches_become_rgb_images(tmp_path):
    folder = tmp_path / "cifar-10-batches-py"
    folder.mkdir()
    rng = np.random.default_rng(1)
    batches = []
    for i in range(1, 6):
        data = rng.integers(0, 256, (3, 3072), dtype=np.uint8)
        labels = rng.integers(0, 10, 3).tolist()
        _pickle(folder / f"data_batch_{i}", {"data": data, "labels": labels})
        batches.append((data, labels))
    _pickle(folder / "test_batch", {"data": batches[0][0][:2], "labels": [7, 8]})
    _pickle(folder / "batches.meta", {"label_names": [f"c{i}" for i in range(10)]})
    ds = load_dataset("cifar10", root=tmp_path, download=False)
    assert ds.input_shape == (3, 32, 32) and len(ds.train) == 15 and len(ds.val) == 2
    first = batches[0][0][0]
    # row layout: 1024 red, then 1024 green, then 1024 blue values, each 32 rows of 32
    assert float(ds.train.images[0, 1, 2, 3]) == pytest.approx(first[1024 + 2 * 32 + 3] / 255)
    assert ds.train.labels.tolist() == sum((b[1] for b in batches), [])
    assert ds.class_names[3] == "c3" and ds.val.labels.tolist() == [7, 8]


def test_cifar100_uses_fine_labels(tmp_path):
    folder = tmp_path / "cifar-100-python"
    folder.mkdir()
    data = np.arange(4 * 3072, dtype=np.int64).reshape(4, 3072) % 256
    _pickle(folder / "train", {"data": data.astype(np.uint8), "fine_labels": [0, 5, 99, 3],
                               "coarse_labels": [0, 1, 2, 3]})
    _pickle(folder / "test", {"data": data[:1].astype(np.uint8), "fine_labels": [42]})
    _pickle(folder / "meta", {"fine_label_names": [f"f{i}" for i in range(100)]})
    ds = load_dataset("cifar100", root=tmp_path, download=False)
    assert ds.num_classes == 100 and ds.train.labels.tolist() == [0, 5, 99, 3]
    assert ds.val.labels.tolist() == [42]


def test_a_pickle_that_would_run_code_is_refused(tmp_path):
    folder = tmp_path / "cifar-100-python"
    folder.mkdir()

    class Evil:
        def __reduce__(self):
            return (print, ("pwned",))
    _pickle(folder / "train", {"data": Evil()})
    for f in ("test", "meta"):
        _pickle(folder / f, {})
    with pytest.raises(DataError) as err:
        load_dataset("cifar100", root=tmp_path, download=False)
    assert err.value.code == "damaged_file" and "delete it" in str(err.value)


def test_svhn_mat_files_map_label_10_to_digit_0(tmp_path):
    scipy_io = pytest.importorskip("scipy.io")
    folder = tmp_path / "SVHN"
    folder.mkdir()
    rng = np.random.default_rng(2)
    x = rng.integers(0, 256, (32, 32, 3, 4), dtype=np.uint8)
    scipy_io.savemat(folder / "train_32x32.mat", {"X": x, "y": np.array([[10], [1], [9], [10]])})
    scipy_io.savemat(folder / "test_32x32.mat", {"X": x[..., :2], "y": np.array([[3], [10]])})
    ds = load_dataset("svhn", root=tmp_path, download=False)
    assert ds.train.labels.tolist() == [0, 1, 9, 0] and ds.val.labels.tolist() == [3, 0]
    assert float(ds.train.images[2, 1, 5, 6]) == pytest.approx(x[5, 6, 1, 2] / 255)


def test_missing_set_without_network_says_what_to_do(tmp_path, monkeypatch):
    def unreachable(*args, **kwargs):
        raise urllib.error.URLError("Temporary failure in name resolution")
    monkeypatch.setattr(classic.urllib.request, "urlopen", unreachable)
    with pytest.raises(DataError) as err:
        load_dataset("mnist", root=tmp_path)
    assert err.value.code == "offline" and err.value.data["dataset"] == "MNIST"
    text = str(err.value)
    assert text.startswith("MNIST is not in the cache and the network is unreachable")
    assert "Shapes" in text and "\n" not in text
    with pytest.raises(DataError) as err:
        load_dataset("cifar10", root=tmp_path, download=False)
    assert err.value.code == "not_cached"
    with pytest.raises(DataError) as err:
        load_dataset("imagenet", root=tmp_path)
    assert err.value.code == "unknown_dataset" and "mnist" in str(err.value)


def test_download_reports_progress_checks_the_checksum_and_extracts(tmp_path, monkeypatch):
    # the network is replaced by in-memory responses; the real download code runs
    source = tmp_path / "src"
    written = _write_idx_set(source, gz=True, seed=9)
    files = {p.name: p.read_bytes() for p in source.iterdir()}
    monkeypatch.setattr(classic, "_sources", lambda spec: [
        ([f"mem://{name}"], name, hashlib.md5(raw).hexdigest()) for name, raw in files.items()])

    class Response(io.BytesIO):
        headers = {}

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

    def fake_urlopen(request, timeout=0):
        raw = files[request.full_url.split("//")[1]]
        response = Response(raw)
        response.headers = {"Content-Length": str(len(raw))}
        return response
    monkeypatch.setattr(classic.urllib.request, "urlopen", fake_urlopen)
    events = []
    ds = load_dataset("mnist", root=tmp_path / "cache", progress=events.append)
    assert ds.train.labels.tolist() == written["train"][1].tolist()
    downloads = [e for e in events if isinstance(e, DataProgress) and e.stage == "download"]
    assert downloads and all(e.done == e.total for e in downloads)
    assert {e.stage for e in events} >= {"download", "extract", "load"}
    assert classic.is_cached("mnist", tmp_path / "cache")
