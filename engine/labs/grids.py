"""Grids of numbers as users type them, and numbers as the lecture writes them.

A grid is written row by row: rows separated by ``;`` or new lines, values by commas or spaces
("1,2,3; 0,1,2"); channels of a multi-channel grid are separated by ``|``.
"""
from __future__ import annotations

import math
import re

import numpy as np

from engine.labs.errors import LabInputError, grid_word

MAX_SIZE = 12        # input grids: up to 12x12
MAX_KERNEL = 7       # kernels: 1x1 to 7x7
_ROW_SPLIT = re.compile(r"[;\n/]")
_VALUE_SPLIT = re.compile(r"[,\s]+")


def parse_value(text: str, grid: str = "") -> float:
    """One cell (of the grid named ``grid``, when given): a number (decimals and signs
    allowed); anything else is a LabInputError."""
    cleaned = text.strip().replace("\u2212", "-")
    where = dict(variant="in", grid=grid_word(grid)) if grid else {}
    try:
        value = float(cleaned)
    except ValueError:
        raise LabInputError("grid_value", text=text.strip(), **where) from None
    if not math.isfinite(value):
        raise LabInputError("grid_value", text=text.strip(),
                            **{**where, "variant": "not_finite_in" if grid else "not_finite"})
    return value


def parse_grid(text: str, name: str = "grid") -> np.ndarray:
    """A (C, H, W) float array from ``"1,2;3,4"`` (``|`` between channels)."""
    channels = []
    for channel_text in text.split("|"):
        rows = [r for r in _ROW_SPLIT.split(channel_text) if r.strip()]
        values = [[parse_value(v, name) for v in _VALUE_SPLIT.split(r.strip()) if v]
                  for r in rows]
        if not values:
            raise LabInputError("grid_empty", name=name, grid=grid_word(name))
        width = len(values[0])
        if any(len(r) != width for r in values):
            raise LabInputError("grid_ragged", name=name, grid=grid_word(name), width=width)
        channels.append(values)
    shapes = {(len(c), len(c[0])) for c in channels}
    if len(shapes) != 1:
        raise LabInputError("grid_channels", name=name, grid=grid_word(name))
    return np.array(channels, dtype=np.float64)


def grid_text(array: np.ndarray) -> str:
    """The inverse of parse_grid: "1,2;3,4" (channels joined by " | ")."""
    array = np.asarray(array)
    if array.ndim == 2:
        array = array[None]
    return " | ".join("; ".join(",".join(fmt(v) for v in row) for row in channel)
                      for channel in array)


def fmt(value: float) -> str:
    """A number as the lecture writes it: 15, -1, 0.25 (at most 4 significant decimals)."""
    value = float(value)
    if abs(value - round(value)) < 1e-9:
        return str(int(round(value)))
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def check_size(array: np.ndarray, name: str, limit: int) -> None:
    height, width = array.shape[-2:]
    if height > limit or width > limit or height < 1 or width < 1:
        raise LabInputError("grid_size", name=name, grid=grid_word(name), height=height,
                            width=width, limit=limit)
