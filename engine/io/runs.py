"""Training runs kept beside a project file: ``net.convstudio`` keeps them in ``net.runs/``.

    net.runs/runs.json           {"format": "convstudio.runs", "version": 2, "runs": [...]}
    net.runs/run-1-adam.safetensors   the best weights of one run, with the normalisation and
                                      class names in its metadata (as ``train --save-weights``)
    net.runs/run-1-adam.epochs.safetensors    the weights after each epoch (what Look inside's
                                      epoch slider scrubs), tensors named ``3/conv1.weight``
    net.runs/run-1-adam.mistakes.safetensors  the last epoch's most confident mistakes as small
                                      8-bit images (C, H, W), tensors named ``0``, ``1``, ...

Each run record is plain JSON (its settings, status, curves, best epoch, its last epoch's
evaluation: confusion matrix, per-class accuracy, mistakes); the window decides what it holds,
the record names its files (``weights``, ``epoch_weights``, ``mistake_images``). Versioned and
migrated like the project file (version 1 had no per-epoch weights, evaluation or mistake
images); JSON and safetensors only, so nothing from these files is ever executed.
"""
from __future__ import annotations

import json
import math
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from engine.errors import UserError

FORMAT = "convstudio.runs"
VERSION = 2
INDEX = "runs.json"
FOLDER_SUFFIX = ".runs"
EPOCHS_BUDGET = 64 * 2 ** 20  # bytes of per-epoch weights kept for one run (evenly spaced)
THUMBNAIL_SIDE = 96  # mistake images larger than this are scaled down to it


def _v1_to_v2(doc: dict) -> dict:
    """Version 1 kept curves and best weights only: its runs have no evaluation, per-epoch
    weights or mistake images (the window shows "after the first epoch" for them)."""
    runs = doc.get("runs")
    if isinstance(runs, list):
        runs = [dict(r, evaluation=r.get("evaluation")) if isinstance(r, dict) else r
                for r in runs]
    return {**doc, "version": 2, "runs": runs}


# version n -> function turning a version-n index into a version-(n+1) index
MIGRATIONS: dict[int, Callable[[dict], dict]] = {1: _v1_to_v2}


class RunsFileError(UserError, ValueError):
    """The runs kept beside a project cannot be read or written."""

    code = "runs_unreadable"
    templates = {
        "runs_unreadable": "The training runs kept in {path} cannot be read ({reason}); the "
                           "network opens without them.",
        "runs_future_version": "The training runs in {path} were saved by a newer ConvStudio "
                               "(version {version}); update ConvStudio to see them.",
        "runs_write_failed": "Cannot write the training runs into {path}: {reason}; choose "
                             "another folder or free some disk space.",
        "runs_not_an_index": "The training runs kept in {path} cannot be read (it is not a "
                             "runs index); the network opens without them.",
        "runs_no_version": "The training runs kept in {path} cannot be read (the index has no "
                           "version); the network opens without them.",
        "runs_no_list": "The training runs kept in {path} cannot be read (the index has no "
                        "list of runs); the network opens without them.",
    }


@dataclass
class RunToKeep:
    """One run to write: its JSON ``record``, best ``weights`` (a state dict) with their
    ``metadata``, ``epochs`` ({epoch: state dict}, the weights after each epoch) and
    ``mistake_images`` ((C, H, W) floats in [0, 1], the last epoch's mistakes in order)."""

    record: dict
    weights: dict | None = None
    metadata: dict | None = None
    epochs: dict | None = None
    mistake_images: list | None = None


@dataclass
class SavedRun:
    """One run read back: its JSON ``record``, its best weights file (or None), its per-epoch
    weights file and its mistake images file (or None)."""

    record: dict
    weights: Path | None = None
    epoch_weights: Path | None = None
    mistake_images: Path | None = None


def runs_folder(project_path) -> Path:
    """``net.convstudio`` -> ``net.runs`` beside it."""
    path = Path(project_path)
    return path.with_name(path.stem + FOLDER_SUFFIX)


def _file_name(record: dict, index: int, kind: str = "") -> str:
    base = f"run-{record.get('session', index)}-{record.get('name', index)}"
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", base) + kind + ".safetensors"


def kept_epochs(epochs: dict, budget: int = EPOCHS_BUDGET) -> list[int]:
    """The epochs whose weights are kept: all of them when they fit ``budget`` bytes, else as
    many as fit, evenly spaced, always the first and the last."""
    order = sorted(epochs)
    if not order:
        return []
    size = max(sum(v.numel() * v.element_size() for v in epochs[e].values()) for e in order)
    room = max(1, budget // max(1, size))
    if room >= len(order):
        return order
    if room == 1:
        return order[-1:]
    picks = {round(i * (len(order) - 1) / (room - 1)) for i in range(room)}
    return [order[i] for i in sorted(picks)]


def thumbnail(image):
    """(C, H, W) floats in [0, 1] -> an 8-bit tensor no larger than THUMBNAIL_SIDE a side
    (rounded as the window draws it, so a small image comes back pixel for pixel)."""
    import numpy as np
    import torch

    arr = image.detach().cpu().float() if hasattr(image, "detach") else \
        torch.from_numpy(np.asarray(image, dtype=np.float32).copy())
    if arr.ndim == 2:
        arr = arr[None]
    side = max(arr.shape[-2:])
    if side > THUMBNAIL_SIDE:
        scale = THUMBNAIL_SIDE / side
        size = [max(1, round(arr.shape[-2] * scale)), max(1, round(arr.shape[-1] * scale))]
        arr = torch.nn.functional.interpolate(arr[None], size=size, mode="bilinear",
                                              antialias=True, align_corners=False)[0]
    return (arr * 255 + 0.5).clamp(0, 255).to(torch.uint8).contiguous()


def _as_kept(entry) -> RunToKeep:
    if isinstance(entry, RunToKeep):
        return entry
    record, state, metadata = entry  # the (record, state dict, metadata) triple of version 1
    return RunToKeep(record, state, metadata)


def save_runs(project_path, runs) -> Path:
    """Write ``runs`` — ``RunToKeep`` items, or ``(record, state dict or None, metadata)``
    triples — beside the project; files no longer listed are removed. Returns the folder."""
    from safetensors.torch import save_file

    folder = runs_folder(project_path)
    records, keep = [], {INDEX}

    def write(name: str, tensors: dict, metadata: dict | None = None) -> str:
        tensors = {k: v.detach().contiguous().cpu() for k, v in tensors.items()}
        _atomic(folder / name, lambda p: save_file(
            tensors, p, metadata={k: str(v) for k, v in (metadata or {}).items()}))
        keep.add(name)
        return name

    try:
        folder.mkdir(parents=True, exist_ok=True)
        for i, entry in enumerate(runs):
            run = _as_kept(entry)
            record = _json_safe(dict(run.record))
            for key in ("weights", "epoch_weights", "mistake_images"):
                record.pop(key, None)
            if run.weights:
                record["weights"] = write(_file_name(record, i), run.weights, run.metadata)
            if run.epochs:
                epochs = kept_epochs(run.epochs)
                tensors = {f"{e}/{k}": v for e in epochs for k, v in run.epochs[e].items()}
                record["epoch_weights"] = write(_file_name(record, i, ".epochs"), tensors,
                                                {"epochs": json.dumps(epochs)})
            if run.mistake_images:
                tensors = {str(j): thumbnail(img) for j, img in enumerate(run.mistake_images)}
                record["mistake_images"] = write(_file_name(record, i, ".mistakes"), tensors)
            records.append(record)
        text = json.dumps({"format": FORMAT, "version": VERSION, "runs": records},
                          indent=1, sort_keys=True, ensure_ascii=False) + "\n"
        _atomic(folder / INDEX, lambda p: Path(p).write_text(text, encoding="utf-8"))
        for old in folder.glob("run-*.safetensors"):  # and .epochs / .mistakes files
            if old.name not in keep:
                old.unlink()
    except OSError as exc:
        raise RunsFileError("runs_write_failed", path=str(folder),
                            reason=exc.strerror or str(exc)) from None
    return folder


def load_runs(project_path) -> list[SavedRun]:
    """The runs kept beside ``project_path`` ([] when there is no runs folder)."""
    folder = runs_folder(project_path)
    index = folder / INDEX
    if not index.exists():
        return []
    try:
        doc = json.loads(index.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise RunsFileError("runs_unreadable", path=str(folder),
                            reason=type(exc).__name__) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise RunsFileError("runs_not_an_index", path=str(folder))
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise RunsFileError("runs_no_version", path=str(folder))
    if version > VERSION:
        raise RunsFileError("runs_future_version", path=str(folder), version=version)
    while version < VERSION:
        doc = MIGRATIONS[version](dict(doc))
        version += 1
    runs = doc.get("runs")
    if not isinstance(runs, list) or not all(isinstance(r, dict) for r in runs):
        raise RunsFileError("runs_no_list", path=str(folder))
    out = []
    for record in runs:
        found = [_in_folder(folder, record.get(key))
                 for key in ("weights", "epoch_weights", "mistake_images")]
        out.append(SavedRun(record, *found))
    return out


def _in_folder(folder: Path, name) -> Path | None:
    """A file the index names, only inside the runs folder and only when it is there."""
    if not isinstance(name, str) or not name or "/" in name or "\\" in name or \
            name.startswith("."):
        return None
    path = folder / name
    return path if path.is_file() else None


def epochs_in(path) -> list[int]:
    """The epochs whose weights a ``.epochs.safetensors`` file holds, in order."""
    from safetensors import safe_open
    try:
        with safe_open(str(path), framework="pt") as f:
            keys = list(f.keys())
    except Exception as exc:  # a damaged file: the run opens without its epochs
        raise RunsFileError("runs_unreadable", path=str(path),
                            reason=type(exc).__name__) from None
    return sorted({int(k.split("/", 1)[0]) for k in keys if k.split("/", 1)[0].isdigit()})


def load_epoch_weights(path, epoch: int) -> dict:
    """The state dict after ``epoch`` from a ``.epochs.safetensors`` file."""
    from safetensors import safe_open
    prefix = f"{int(epoch)}/"
    try:
        with safe_open(str(path), framework="pt") as f:
            return {k[len(prefix):]: f.get_tensor(k) for k in f.keys() if k.startswith(prefix)}
    except Exception as exc:
        raise RunsFileError("runs_unreadable", path=str(path),
                            reason=type(exc).__name__) from None


def load_mistake_images(path) -> list:
    """The mistake images of a ``.mistakes.safetensors`` file as (C, H, W) float32 arrays in
    [0, 1], in the order they were shown."""
    import numpy as np
    from safetensors.numpy import load_file
    try:
        tensors = load_file(str(path))
    except Exception as exc:
        raise RunsFileError("runs_unreadable", path=str(path),
                            reason=type(exc).__name__) from None
    order = sorted((k for k in tensors if k.isdigit()), key=int)
    return [tensors[k].astype(np.float32) / 255 for k in order]


def _json_safe(value):
    """NaN and infinities become None (strict JSON has no such numbers)."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {str(k): _json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json_safe(v) for v in value]
    return value


def _atomic(path: Path, write) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        write(os.fspath(tmp))
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
