"""Loading trained weights into a built network, with clear errors when they do not fit.

Reads what the training engine writes: a safetensors file, or a ``torch.save``d state_dict
(read with ``weights_only=True``, so nothing in the file is executed). A checkpoint dictionary
holding the state_dict under ``model``/``state_dict``/``weights`` is accepted too, and the
prefixes that DataParallel/DDP (``module.``) and torch.compile (``_orig_mod.``) add are removed.
"""
from __future__ import annotations

import json
import math
import os
import warnings
from pathlib import Path

from engine.errors import plural
from engine.inspect.errors import WeightsFileError

_NESTED_KEYS = ("model", "state_dict", "model_state", "weights")
_PREFIXES = ("module.", "_orig_mod.")


def read_state_dict(path: str | os.PathLike) -> dict:
    """Return the tensors of a weights file as a plain {name: tensor} dictionary."""
    import torch

    path = Path(path)
    if not path.is_file():
        raise WeightsFileError("weights_is_folder" if path.is_dir() else "weights_not_found",
                               path=str(path))
    with open(path, "rb") as fh:
        head = fh.read(16)
    try:
        if _looks_like_safetensors(head):
            from safetensors.torch import load_file
            state = load_file(str(path), device="cpu")
        else:
            with warnings.catch_warnings():  # a foreign pickle protocol: refused below anyway
                warnings.simplefilter("ignore")
                state = torch.load(path, map_location="cpu", weights_only=True)
    except Exception as exc:  # noqa: BLE001 - any decoding failure means "not a weights file"
        raise WeightsFileError("weights_unreadable", path=str(path), file=Path(path).name,
                               reason=type(exc).__name__) from None
    return _plain(state, path)


def _looks_like_safetensors(head: bytes) -> bool:
    """safetensors: 8-byte little-endian header length, then a JSON object."""
    return len(head) >= 9 and head[8:9] == b"{"


def _plain(state, path) -> dict:
    import torch

    if isinstance(state, dict):
        for key in _NESTED_KEYS:
            if isinstance(state.get(key), dict):
                state = state[key]
                break
    if not isinstance(state, dict) or not state or not all(
            isinstance(k, str) and isinstance(v, torch.Tensor) for k, v in state.items()):
        raise WeightsFileError("weights_unreadable", path=str(path), file=Path(path).name)
    for key, value in state.items():
        if value.is_floating_point() and not bool(torch.isfinite(value).all()):
            raise WeightsFileError("weights_not_finite", path=str(path), file=Path(path).name,
                                   tensor=key)
    return clean_state_dict(state)


def clean_state_dict(state: dict) -> dict:
    """Remove the ``module.`` (DataParallel/DDP) and ``_orig_mod.`` (torch.compile) prefixes."""
    out = {}
    for key, value in state.items():
        changed = True
        while changed:
            changed = False
            for prefix in _PREFIXES:
                if key.startswith(prefix):
                    key, changed = key[len(prefix):], True
        out[key] = value
    return out


def apply_state_dict(module, state: dict, source: str = "The weights") -> None:
    """Copy ``state`` into ``module``; every key and shape must match exactly."""
    own = module.state_dict()
    missing = sorted(set(own) - set(state))
    unexpected = sorted(set(state) - set(own))
    wrong = sorted(k for k in set(own) & set(state) if tuple(own[k].shape)
                   != tuple(state[k].shape))
    if missing or unexpected or wrong:
        error = WeightsFileError("weights_mismatch", missing=missing, unexpected=unexpected,
                                 wrong_shape=wrong)
        error.display.update(source=source, count=len(missing) + len(unexpected) + len(wrong),
                             detail=_mismatch_detail(missing, unexpected, wrong, own, state))
        raise error
    for key in own:  # a float weight read from bool or int64 data would be cast silently
        if own[key].is_floating_point() and not state[key].is_floating_point():
            raise WeightsFileError("weights_wrong_dtype", source=source, tensor=key,
                                   dtype=str(state[key].dtype).replace("torch.", ""))
    module.load_state_dict(state, strict=True)


def _mismatch_detail(missing, unexpected, wrong, own, state) -> str:
    parts = []
    if wrong:
        k = wrong[0]
        parts.append(f"{k} has shape {_shape(state[k])} in the file but {_shape(own[k])} in "
                     f"the network" + (f" ({len(wrong) - 1} more differ)" if len(wrong) > 1
                                       else ""))
    if missing:
        parts.append(f"{len(missing)} {plural(len(missing), 'tensor|tensors')} the network needs "
                     f"{plural(len(missing), 'is|are')} missing "
                     f"({', '.join(missing[:3])}{', ...' if len(missing) > 3 else ''})")
    if unexpected:
        parts.append(f"{len(unexpected)} {plural(len(unexpected), 'tensor|tensors')} in the file "
                     f"{plural(len(unexpected), 'belongs|belong')} to no layer "
                     f"({', '.join(unexpected[:3])}{', ...' if len(unexpected) > 3 else ''})")
    return "; ".join(parts)


def _shape(t) -> str:
    return "x".join(str(d) for d in t.shape) or "scalar"


def read_normalisation(path: str | os.PathLike, channels: int | None = None):
    """(mean, std) stored in a safetensors file's metadata under ``mean`` and ``std`` (JSON
    lists, one number per channel), or None when the file stores none. The trainer normalises
    its inputs by the training set's statistics, so weights saved with them can be inspected
    exactly as trained. Statistics that cannot be read, do not match ``channels`` or are absurd
    are refused (a WeightsFileError), never dropped silently."""
    meta = read_metadata(path)
    if "mean" not in meta and "std" not in meta:
        return None
    try:
        mean, std = json.loads(meta["mean"]), json.loads(meta["std"])
        mean, std = [float(v) for v in mean], [float(v) for v in std]
    except (KeyError, ValueError, TypeError, RecursionError):
        raise WeightsFileError("bad_normalisation", path=str(path),
                               file=Path(path).name) from None
    if not mean or len(mean) != len(std):
        raise WeightsFileError("bad_normalisation", path=str(path), file=Path(path).name)
    if channels is not None and len(mean) != channels:
        raise WeightsFileError("normalisation_channels", path=str(path), file=Path(path).name,
                               count=len(mean), channels=channels)
    if not all(math.isfinite(v) and abs(v) <= 1e3 for v in mean) or not all(
            math.isfinite(v) and 1e-4 <= v <= 1e3 for v in std):
        raise WeightsFileError("absurd_normalisation", path=str(path), file=Path(path).name,
                               mean=", ".join(f"{v:g}" for v in mean),
                               std=", ".join(f"{v:g}" for v in std))
    return mean, std


def read_metadata(path: str | os.PathLike) -> dict:
    """The text metadata of a safetensors file ({} for another kind of weights file)."""
    try:
        with open(path, "rb") as fh:
            if not _looks_like_safetensors(fh.read(16)):
                return {}
        from safetensors import safe_open
        with safe_open(str(path), framework="pt") as f:
            return dict(f.metadata() or {})
    except Exception:  # noqa: BLE001 - SafetensorError, OSError: a damaged file
        raise WeightsFileError("weights_unreadable", path=str(path),
                               file=Path(path).name) from None


def read_class_names(path: str | os.PathLike) -> list[str]:
    """The class names the training recorded in a safetensors file (``classes``), or []."""
    import json

    try:
        names = json.loads(read_metadata(path).get("classes", "[]"))
    except ValueError:
        return []
    return [str(n) for n in names] if isinstance(names, list) else []


def load_weights(module, path: str | os.PathLike) -> None:
    """Read a weights file and copy it into ``module`` (typed errors on any problem)."""
    apply_state_dict(module, read_state_dict(path), source=f"The weights in {Path(path).name}")
