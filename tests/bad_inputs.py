"""A corpus of bad inputs, generated from a seed: damaged and hostile project files, weights
files, images and data sets. The CLI sweep and the window sweep walk the same corpus.

Each maker takes a ``random.Random`` and a folder and returns the path it wrote; every file is
a mutation of a valid one (so it gets past the first checks and hits the deeper ones) or one of
the known hostile shapes (size bombs, deep nesting, huge numbers, lone surrogates).
"""
from __future__ import annotations

import json
import pickle
import random
import re
import struct
import zlib
from pathlib import Path

import numpy as np

_WEIRD_VALUES = [None, [], {}, [1, 2], {"a": 1}, "", "x" * 3000, -1, 0, 10**30, 99, 1e308,
                 -1e-300, True, "\ud800", [[[[[[[[[[1]]]]]]]]]], 2**63, 1.5, "conv1"]


def valid_project() -> dict:
    from engine.examples import tiny_cnn
    from engine.io import Project
    return Project(tiny_cnn()).to_dict()


def _paths(doc, prefix=()):
    """Every (path, value) in a JSON document."""
    yield prefix, doc
    items = doc.items() if isinstance(doc, dict) else enumerate(doc) if isinstance(
        doc, list) else ()
    for key, value in items:
        yield from _paths(value, prefix + (key,))


def _set(doc, path, value):
    for key in path[:-1]:
        doc = doc[key]
    doc[path[-1]] = value


def _delete(doc, path):
    for key in path[:-1]:
        doc = doc[key]
    del doc[path[-1]]


def bad_project(rnd: random.Random, folder: Path) -> Path:
    """A project file with one random field replaced, removed, or the text damaged."""
    doc = valid_project()
    how = rnd.choice(["replace", "replace", "replace", "delete", "truncate", "deep", "digits",
                      "nan", "many"])
    paths = [p for p, _ in _paths(doc) if p]
    path = rnd.choice(paths)
    text = None
    if how == "replace":
        _set(doc, path, rnd.choice(_WEIRD_VALUES))
    elif how == "delete":
        _delete(doc, path)
    elif how == "deep":
        depth = rnd.choice([40, 1000, 50_000])
        text = json.dumps(doc)[:-1] + ', "extra": ' + "[" * depth + "]" * depth + "}"
    elif how == "digits":
        text = re.sub(r'"height": \d+', '"height": ' + "7" * 5000, json.dumps(doc), count=1)
    elif how == "nan":
        text = re.sub(r'"height": \d+', '"height": NaN', json.dumps(doc), count=1)
    elif how == "many":
        node = doc["network"]["nodes"][-1]
        doc["network"]["nodes"] += [dict(node, id=f"n{i}") for i in range(6000)]
    text = text if text is not None else json.dumps(doc)
    data = text.encode("utf-8", "surrogatepass")
    if how == "truncate":
        data = data[:rnd.randrange(len(data))]
    out = folder / f"bad_{rnd.randrange(10**9)}.convstudio"
    out.write_bytes(data)
    return out


HOSTILE_PROJECTS = [
    '{"format": "convstudio.project", "version": 1, "network": {"nodes": [], "links": [], '
    '"blocks": null}}',
    '{"format": "convstudio.project", "version": 1, "network": {"nodes": [{"id": "a", "type": '
    '"ReLU"}, {"id": "b", "type": "ReLU"}], "links": [{"src": "a", "dst": "b", "port": '
    '1000000000000000000000000000000}]}}',
    '{"format": "convstudio.project", "version": 1, "network": {"name": "\\ud800", "nodes": [], '
    '"links": []}}',
    '{"format": "convstudio.project", "version": true, "network": []}',
    "[" * 100_000,
    "\x00\xff\xfe",
]


def tiny_weights(folder: Path, metadata: dict | None = None, transform=None) -> Path:
    """A real safetensors file of tiny_cnn's weights (optionally transformed)."""
    from safetensors.torch import save_file

    from engine.build import build_module
    from engine.examples import tiny_cnn
    state = {k: v.contiguous() for k, v in build_module(tiny_cnn()).state_dict().items()}
    if transform:
        state = transform(state)
    out = folder / f"w_{len(list(folder.iterdir()))}.safetensors"
    save_file(state, str(out), metadata=metadata)
    return out


def bad_weights(rnd: random.Random, folder: Path) -> Path:
    """A weights file damaged or holding what trained weights never hold."""
    import torch
    how = rnd.choice(["truncate", "flip", "header", "nan", "inf", "bool", "int64", "meta_json",
                      "meta_channels", "meta_std", "pickle", "empty"])
    if how == "nan":
        return tiny_weights(folder, transform=lambda s: {
            k: (v.fill_(float("nan")) if v.is_floating_point() else v) for k, v in s.items()})
    if how == "inf":
        return tiny_weights(folder, transform=lambda s: {
            k: (v.fill_(float("inf")) if k.endswith("bias") else v) for k, v in s.items()})
    if how in ("bool", "int64"):
        dtype = torch.bool if how == "bool" else torch.int64
        return tiny_weights(folder, transform=lambda s: {k: v.to(dtype) for k, v in s.items()})
    if how == "meta_json":
        return tiny_weights(folder, {"mean": "[0.5,", "std": "{]"})
    if how == "meta_channels":
        return tiny_weights(folder, {"mean": "[0.5, 0.5, 0.5]", "std": "[0.2, 0.2, 0.2]"})
    if how == "meta_std":
        return tiny_weights(folder, {"mean": "[0.5]", "std": rnd.choice(
            ["[1e-300]", "[0]", "[-1]", "[1e300]", "[NaN]"])})
    out = folder / f"bw_{rnd.randrange(10**9)}.safetensors"
    if how == "pickle":
        class Evil:
            def __reduce__(self):
                return (print, ("this ran",))
        torch.save({"conv1.weight": Evil()}, out)
        return out
    if how == "empty":
        out.write_bytes(b"")
        return out
    data = bytearray(tiny_weights(folder).read_bytes())
    if how == "truncate":
        data = data[:rnd.randrange(1, len(data))]
    elif how == "flip":
        for _ in range(rnd.randint(1, 8)):
            data[rnd.randrange(min(len(data), 400))] = rnd.randrange(256)
    else:  # a header that lies about the tensors
        size = struct.unpack("<Q", data[:8])[0]
        header = json.loads(data[8:8 + size])
        key = rnd.choice([k for k in header if k != "__metadata__"])
        header[key][rnd.choice(["dtype", "shape", "data_offsets"])] = rnd.choice(
            ["F64", [10**12], [0, 10**15], "BOOL", [-1, 3]])
        raw = json.dumps(header).encode()
        data = struct.pack("<Q", len(raw)) + raw + data[8 + size:]
    out.write_bytes(bytes(data))
    return out


def png_header(width: int, height: int, body: bytes = b"") -> bytes:
    """A PNG whose header claims ``width`` x ``height`` (a size bomb when large)."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    idat = zlib.compress(body or b"\0" * 64)
    return (b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + chunk
            + struct.pack(">I", zlib.crc32(chunk)) + struct.pack(">I", len(idat)) + b"IDAT"
            + idat + struct.pack(">I", zlib.crc32(b"IDAT" + idat))
            + b"\0\0\0\0IEND" + struct.pack(">I", zlib.crc32(b"IEND")))


def good_png(folder: Path, name: str, size: int = 12, mode: str = "RGB") -> Path:
    from PIL import Image
    out = folder / name
    Image.new(mode, (size, size), 128 if mode in ("L", "P") else (200, 30, 30)).save(out)
    return out


def bad_image(rnd: random.Random, folder: Path) -> Path:
    how = rnd.choice(["bomb", "bomb", "truncated", "noise", "empty", "text", "zero"])
    out = folder / f"img_{rnd.randrange(10**9)}.png"
    if how == "bomb":
        side = rnd.choice([10000, 14000, 30000, 65535])
        out.write_bytes(png_header(side, side))
    elif how == "truncated":
        data = good_png(folder, "src.png", 40).read_bytes()
        out.write_bytes(data[:rnd.randrange(8, len(data) - 12)])
    elif how == "noise":
        out.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(rnd.randrange(256) for _ in range(200)))
    elif how == "empty":
        out.write_bytes(b"")
    elif how == "zero":
        out.write_bytes(png_header(0, 0))
    else:
        out.write_text("not an image at all")
    return out


# ---------------------------------------------------------------- data sets

def bad_folder_dataset(rnd: random.Random, folder: Path) -> Path:
    """A class-per-folder data set with damaged files (the first sampled may be a bomb)."""
    root = folder / f"folder_{rnd.randrange(10**9)}"
    for cls in ("cats", "dogs"):
        (root / cls).mkdir(parents=True)
        if rnd.random() < 0.5:
            (root / cls / "0_bomb.png").write_bytes(png_header(30000, 30000))
        for i in range(rnd.randint(0, 3)):
            good_png(root / cls, f"{i + 1}_ok.png", 10)
        for i in range(rnd.randint(0, 2)):
            (root / cls / f"{i + 5}_bad.png").write_bytes(b"\x89PNG broken")
    return root


def _idx(array: np.ndarray, dims=None) -> bytes:
    dims = array.shape if dims is None else dims
    return bytes([0, 0, 0x08, len(dims)]) + struct.pack(f">{len(dims)}i", *dims) + \
        array.astype(np.uint8).tobytes()


def bad_mnist(rnd: random.Random, folder: Path) -> Path:
    """An MNIST cache whose files have 0 dimensions, lying sizes or misaligned labels."""
    root = folder / f"mnist_{rnd.randrange(10**9)}"
    raw = root / "MNIST" / "raw"
    raw.mkdir(parents=True)
    how = rnd.choice(["no_dims", "zero", "short", "misaligned", "bad_label"])
    for prefix, n in (("train", 6), ("t10k", 3)):
        images = np.zeros((n, 28, 28), np.uint8)
        labels = np.arange(n) % 10
        img, lab = _idx(images), _idx(labels)
        if how == "no_dims":
            img = bytes([0, 0, 0x08, 0])
        elif how == "zero":
            img = _idx(np.zeros(0), dims=(0, 28, 28))
        elif how == "short":
            img = img[:100]
        elif how == "misaligned":
            lab = _idx(labels[:2])
        elif how == "bad_label":
            lab = _idx(np.full(n, 200))
        (raw / f"{prefix}-images-idx3-ubyte").write_bytes(img)
        (raw / f"{prefix}-labels-idx1-ubyte").write_bytes(lab)
    return root


def bad_cifar(rnd: random.Random, folder: Path) -> Path:
    """A CIFAR-10 cache whose batches lack labels, pair 5 images with 2 labels, or lie."""
    root = folder / f"cifar_{rnd.randrange(10**9)}"
    cache = root / "cifar-10-batches-py"
    cache.mkdir(parents=True)
    how = rnd.choice(["no_labels", "misaligned", "not_numbers", "bad_data", "evil"])
    for name in [f"data_batch_{i}" for i in range(1, 6)] + ["test_batch"]:
        batch = {"data": np.zeros((5, 3072), np.uint8), "labels": [0, 1, 2, 3, 4]}
        if how == "no_labels":
            del batch["labels"]
        elif how == "misaligned":
            batch["labels"] = [0, 1]
        elif how == "not_numbers":
            batch["labels"] = ["cat"] * 5
        elif how == "bad_data":
            batch["data"] = np.zeros((5, 17), np.uint8)
        data = pickle.dumps(batch, protocol=2)
        if how == "evil":
            data = b"cos\nsystem\n(S'echo pwned'\ntR."
        (cache / name).write_bytes(data)
    (cache / "batches.meta").write_bytes(pickle.dumps({"label_names": [f"c{i}" for i in
                                                                        range(10)]}))
    return root
