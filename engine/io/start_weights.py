"""A network's starting weights (imported or pretrained) kept beside its project file.

    net.convstudio            its "weights" section names the file: {"file": "net.weights.safetensors"}
    net.weights.safetensors   the tensors, in the graph's own names

Training copies those that still fit the edited network (``engine.io.transplant``). Only a
file beside the project is read, and only safetensors, so nothing from it is ever executed.
"""
from __future__ import annotations

import os
from pathlib import Path

from engine.errors import UserError

SECTION = "weights"
SUFFIX = ".weights.safetensors"


class StartWeightsError(UserError, ValueError):
    """The starting weights kept beside a project cannot be read or written."""

    code = "start_weights_unreadable"
    templates = {
        "start_weights_missing": "The starting weights {file} are not beside the project any "
                                 "more; the network opens with fresh weights.",
        "start_weights_unreadable": "The starting weights {file} cannot be read ({reason}); "
                                    "the network opens with fresh weights.",
        "start_weights_write_failed": "Cannot write the starting weights {file}: {reason}; "
                                      "choose another folder or free some disk space.",
    }


def weights_file(project_path) -> Path:
    """``net.convstudio`` -> ``net.weights.safetensors`` beside it."""
    path = Path(project_path)
    return path.with_name(path.stem + SUFFIX)


def save_start_weights(project_path, state: dict) -> dict:
    """Write ``state`` beside the project (atomically); returns the project's section."""
    from safetensors.torch import save_file

    target = weights_file(project_path)
    tensors = {k: v.detach().contiguous().cpu() for k, v in state.items()}
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        save_file(tensors, os.fspath(tmp))
        os.replace(tmp, target)
    except OSError as exc:
        raise StartWeightsError("start_weights_write_failed", path=str(target),
                                file=target.name, reason=exc.strerror or str(exc)) from None
    finally:
        if tmp.exists():
            tmp.unlink()
    return {"file": target.name, "tensors": len(tensors)}


def load_start_weights(project_path, section) -> dict:
    """The starting weights a project's section names (a file beside the project)."""
    name = section.get("file") if isinstance(section, dict) else None
    if not isinstance(name, str) or not name or "/" in name or "\\" in name or \
            name.startswith(".") or not name.endswith(".safetensors"):
        raise StartWeightsError("start_weights_unreadable", path=str(project_path),
                                file=str(name), reason="not a file beside the project")
    path = Path(project_path).with_name(name)
    if not path.is_file():
        raise StartWeightsError("start_weights_missing", path=str(path), file=name)
    from safetensors.torch import load_file
    try:
        return load_file(str(path), device="cpu")
    except Exception as exc:  # noqa: BLE001 - damage or another format: say so, open without
        raise StartWeightsError("start_weights_unreadable", path=str(path), file=name,
                                reason=type(exc).__name__) from None
