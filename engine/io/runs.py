"""Training runs kept beside a project file: ``net.convstudio`` keeps them in ``net.runs/``.

    net.runs/runs.json           {"format": "convstudio.runs", "version": 1, "runs": [...]}
    net.runs/run-1-adam.safetensors   the best weights of one run, with the normalisation and
                                      class names in its metadata (as ``train --save-weights``)

Each run record is plain JSON (its settings, status, curves, best epoch); the window decides
what it holds. Versioned and migrated like the project file; JSON and safetensors only, so
nothing from these files is ever executed.
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
VERSION = 1
INDEX = "runs.json"
FOLDER_SUFFIX = ".runs"

# version n -> function turning a version-n index into a version-(n+1) index
MIGRATIONS: dict[int, Callable[[dict], dict]] = {}


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
    }


@dataclass
class SavedRun:
    """One run read back: its JSON ``record`` and its best weights file (or None)."""

    record: dict
    weights: Path | None = None


def runs_folder(project_path) -> Path:
    """``net.convstudio`` -> ``net.runs`` beside it."""
    path = Path(project_path)
    return path.with_name(path.stem + FOLDER_SUFFIX)


def _file_name(record: dict, index: int) -> str:
    base = f"run-{record.get('session', index)}-{record.get('name', index)}"
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", base) + ".safetensors"


def save_runs(project_path, runs) -> Path:
    """Write ``runs`` — ``(record, state dict or None, metadata)`` triples — beside the
    project; weights files no longer listed are removed. Returns the folder."""
    from safetensors.torch import save_file

    folder = runs_folder(project_path)
    records, keep = [], {INDEX}
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for i, (record, state, metadata) in enumerate(runs):
            record = _json_safe(dict(record))
            if state:
                name = _file_name(record, i)
                tensors = {k: v.detach().contiguous().cpu() for k, v in state.items()}
                _atomic(folder / name, lambda p, t=tensors, m=metadata: save_file(
                    t, p, metadata={k: str(v) for k, v in (m or {}).items()}))
                record["weights"] = name
                keep.add(name)
            else:
                record.pop("weights", None)
            records.append(record)
        text = json.dumps({"format": FORMAT, "version": VERSION, "runs": records},
                          indent=1, sort_keys=True, ensure_ascii=False) + "\n"
        _atomic(folder / INDEX, lambda p: Path(p).write_text(text, encoding="utf-8"))
        for old in folder.glob("run-*.safetensors"):
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
        raise RunsFileError("runs_unreadable", path=str(folder), reason="not a runs index")
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise RunsFileError("runs_unreadable", path=str(folder), reason="no version")
    if version > VERSION:
        raise RunsFileError("runs_future_version", path=str(folder), version=version)
    while version < VERSION:
        doc = MIGRATIONS[version](dict(doc))
        version += 1
    runs = doc.get("runs")
    if not isinstance(runs, list) or not all(isinstance(r, dict) for r in runs):
        raise RunsFileError("runs_unreadable", path=str(folder), reason="no list of runs")
    out = []
    for record in runs:
        name = record.get("weights")
        weights = folder / name if isinstance(name, str) and "/" not in name and "\\" not in name \
            else None
        out.append(SavedRun(record, weights if weights is not None and weights.exists()
                            else None))
    return out


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
