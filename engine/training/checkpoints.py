"""Checkpoints: weights as safetensors, the rest (optimizer and schedule state, epoch, best
metrics, random state) as a state dict that ``torch.load(weights_only=True)`` reads back —
nothing from a file is ever executed.

Layout of a checkpoint folder::

    <dir>/<run>/last.safetensors    weights after the latest saved epoch
    <dir>/<run>/last.state.pt       optimizer, schedule, epoch, best, RNG
    <dir>/<run>/best.safetensors    weights of the best epoch (highest validation accuracy)
    <dir>/checkpoint.json           runs, epoch, and the training settings (for people and tools)
"""
from __future__ import annotations

import json
import os
import pickle
from pathlib import Path

from engine.training.errors import CheckpointError

WEIGHTS = "last.safetensors"
STATE = "last.state.pt"
BEST = "best.safetensors"
INDEX = "checkpoint.json"


def weights_metadata(dataset, config) -> dict:
    """What a weights file needs to be used exactly as trained: the input normalisation (the
    inspection code and ``cam``/``features`` read ``mean``/``std``) and the class names."""
    import json

    meta = {"classes": json.dumps(list(getattr(dataset, "class_names", ()) or ()))}
    if config.normalize and getattr(dataset, "mean", None):
        meta["mean"] = json.dumps([float(v) for v in dataset.mean])
        meta["std"] = json.dumps([float(v) for v in dataset.std])
    return meta


def save_run(folder, run, epoch: int, global_step: int, is_best: bool,
             metadata: dict | None = None) -> Path:
    """Write ``run``'s weights and state for ``epoch``; returns the weights file."""
    import torch

    folder = Path(folder) / run.name
    weights = _state_dict_for_file(run.model)
    state = {
        "epoch": int(epoch), "global_step": int(global_step),
        "optimizer": run.optimizer.state_dict(),
        "scheduler": run.scheduler.state_dict() if run.scheduler is not None else {},
        "scaler": run.scaler.state_dict() if run.scaler is not None else {},
        "rng": torch.get_rng_state(),
        "run_rng": (run.rng_state if run.rng_state is not None
                    else torch.empty(0, dtype=torch.uint8)),
        "best": {"epoch": run.best_epoch, "val_acc": run.best_val_acc,
                 "val_loss": run.best_val_loss, "early_best_loss": run.early_best_loss,
                 "bad_epochs": run.epochs_without_improvement},
    }
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _atomic(folder / WEIGHTS, lambda p: _save_safetensors(weights, p, metadata))
        _atomic(folder / STATE, lambda p: torch.save(state, p))
        if is_best:
            _atomic(folder / BEST, lambda p: _save_safetensors(weights, p, metadata))
    except OSError as exc:
        raise CheckpointError("checkpoint_write_failed", path=str(folder),
                              reason=exc.strerror or str(exc)) from None
    return folder / WEIGHTS


def write_index(folder, runs, epoch: int, config_dict: dict) -> None:
    path = Path(folder) / INDEX
    data = {"format": "convstudio.checkpoint", "version": 1, "epoch": int(epoch),
            "runs": [{"name": r.name, "optimizer": r.optimizer_name,
                      "weights": f"{r.name}/{WEIGHTS}", "best": f"{r.name}/{BEST}",
                      "best_epoch": r.best_epoch} for r in runs],
            "config": config_dict}
    _atomic(path, lambda p: Path(p).write_text(json.dumps(data, indent=2, sort_keys=True,
                                                          default=str) + "\n", "utf-8"))


def load_run(folder, run) -> dict:
    """Restore ``run`` from ``folder``; returns the state dict (epoch, global_step, rng)."""
    import torch

    folder = Path(folder) / run.name
    weights, state_file = folder / WEIGHTS, folder / STATE
    if not weights.exists() or not state_file.exists():
        raise CheckpointError("checkpoint_missing", path=str(folder), run=run.name,
                              folder=str(folder.parent))
    try:
        run.model.load_state_dict(load_weights(weights))
        state = torch.load(state_file, map_location="cpu", weights_only=True)
        run.optimizer.load_state_dict(state["optimizer"])
        if run.scheduler is not None and state["scheduler"]:
            run.scheduler.load_state_dict(state["scheduler"])
        if run.scaler is not None and state["scaler"]:
            run.scaler.load_state_dict(state["scaler"])
    except pickle.UnpicklingError:  # torch's weights_only loader refused a foreign object
        raise CheckpointError("checkpoint_unsafe", path=str(folder), run=run.name) from None
    except Exception as exc:  # noqa: BLE001 - SafetensorError, RuntimeError, KeyError ...
        raise CheckpointError("checkpoint_mismatch", path=str(folder), run=run.name,
                              detail=_short(exc)) from None
    best = state["best"]
    run.best_epoch, run.best_val_acc = int(best["epoch"]), float(best["val_acc"])
    run.best_val_loss = float(best["val_loss"])
    run.early_best_loss = float(best["early_best_loss"])
    run.epochs_without_improvement = int(best["bad_epochs"])
    run.epochs_completed = int(state["epoch"])
    run.rng_state = state["run_rng"] if state["run_rng"].numel() else None
    return state


def load_weights(path) -> dict:
    """A state dict from a safetensors file (CPU tensors)."""
    from safetensors.torch import load_file
    return load_file(os.fspath(path))


def _state_dict_for_file(model) -> dict:
    return {k: v.detach().contiguous().cpu() for k, v in model.state_dict().items()}


def _save_safetensors(tensors: dict, path, metadata: dict | None = None) -> None:
    from safetensors.torch import save_file
    save_file(tensors, os.fspath(path), metadata=metadata)


def _atomic(path: Path, write) -> None:
    from engine.io.atomic import write_atomically
    write_atomically(path, write)


def _short(exc: BaseException) -> str:
    """The first sentence of a library's message, without its advice to the programmer
    (torch suggests weights_only=False, which would run code from the file)."""
    text = " ".join(str(exc).split())
    if "weights_only" in text or "WeightsUnpickler" in text:
        return "it holds objects other than tensors"
    text = text.split(". ")[0]
    return text[:160] + ("..." if len(text) > 160 else "")


def project_record(folder) -> dict:
    """The JSON-safe record of a checkpoint folder that a project file keeps (section
    ``"checkpoints"``): where it is, its epoch, and each run's weight files (relative)."""
    path = Path(folder) / INDEX
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        raise CheckpointError("checkpoint_index_missing", path=str(folder), index=INDEX) from None
    return {"folder": str(Path(folder).resolve()), "epoch": data.get("epoch", 0),
            "runs": data.get("runs", [])}


def record_in_project(project, folder) -> dict:
    """Add (or refresh) ``folder``'s record in ``project.sections["checkpoints"]``."""
    record = project_record(folder)
    kept = [r for r in project.sections.get("checkpoints", [])
            if isinstance(r, dict) and r.get("folder") != record["folder"]]
    project.sections["checkpoints"] = kept + [record]
    return record
