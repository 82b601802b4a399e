"""Small frozen records the engine emits to callbacks: their base class and JSON form.

They hold plain numbers, strings, tuples and read-only numpy copies, never live tensors, so a
GUI thread can keep them after the work moved on. A leaf module: training's events and the data
package's ``DataProgress`` both derive from ``EventRecord``.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from typing import ClassVar

import numpy as np


def frozen_array(values, dtype=None) -> np.ndarray:
    """A read-only numpy copy (accepts tensors, lists or arrays)."""
    if hasattr(values, "detach"):
        values = values.detach().cpu().numpy()
    arr = np.array(values, dtype=dtype, copy=True)
    arr.setflags(write=False)
    return arr


def plain(value):
    """``value`` with numpy arrays and scalars, tuples and records turned into JSON types."""
    if isinstance(value, np.ndarray):
        return value.tolist()
    if isinstance(value, (np.floating, np.integer)):
        return value.item()
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (tuple, list)):
        return [plain(v) for v in value]
    if hasattr(value, "to_json"):
        return value.to_json()
    return value


@dataclass(frozen=True, eq=False)
class EventRecord:
    kind: ClassVar[str] = "event"

    def to_json(self) -> dict:
        """A JSON-safe dict: ``{"event": kind, field: value, ...}``."""
        return {"event": self.kind, **{f.name: plain(getattr(self, f.name))
                                       for f in fields(self)}}
