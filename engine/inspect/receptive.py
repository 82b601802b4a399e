"""Receptive fields with their position: which input pixels a feature-map cell can see.

The analysis carries three numbers along the network (``engine.analysis``): ``size`` r
(pixels seen), ``jump`` j (input pixels between neighbouring cells) and ``start`` s (input
coordinate of the centre of cell 0's field); this module reads them, so the outline drawn for a
cell and the analysis table always agree, a collapsed composite block included.

The box a cell actually sees is smaller near the borders: padding at *any* layer on the way, or
rows a stride drops, hide image pixels. ``cell_box`` therefore walks back from the cell to the
input through each layer's window (``NodeReport.window``), mapping a range of output rows
[a, b] to the input rows its windows read, [a t - p, b t - p + k - 1], clipped to the rows that
exist; branches are united.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from engine.graph.model import NetworkGraph
from engine.inspect.errors import LayerChoiceError


@dataclass(frozen=True)
class ReceptiveField:
    """``size`` and ``jump`` in input pixels; ``start`` is the centre of cell 0 (may be x.5)."""

    size: int
    jump: int
    start: float


@dataclass(frozen=True)
class Box:
    """Inclusive pixel rows top..bottom and columns left..right on the input image."""

    top: int
    left: int
    bottom: int
    right: int
    clipped: bool  # part of the field lies in the padding, outside the image

    @property
    def height(self) -> int:
        return self.bottom - self.top + 1

    @property
    def width(self) -> int:
        return self.right - self.left + 1


def receptive_fields(graph: NetworkGraph, analysis) -> dict:
    """Node id -> ReceptiveField, or None where every output sees the whole input."""
    out: dict = {}
    for node_id, report in analysis.nodes.items():
        if not report.ok:
            continue
        if report.rf_global or report.receptive_field is None:
            out[node_id] = None
        else:
            out[node_id] = ReceptiveField(report.receptive_field, report.jump,
                                          report.rf_start or 0.0)
    return out


def cell_box(graph: NetworkGraph, analysis, layer: str, y: int, x: int,
             field: ReceptiveField) -> Box:
    """The pixels of the input image that cell (y, x) of ``layer``'s maps can see."""
    ranges = {layer: ((y, y), (x, x))}
    box = None
    for node_id in reversed(list(analysis.nodes)):
        if node_id not in ranges:
            continue
        report = analysis.nodes[node_id]
        if not graph.inputs_of(node_id):  # an Input
            box = _union(box, ranges[node_id])
            continue
        for src in graph.inputs_of(node_id):
            in_shape = analysis.nodes[src].output_shape
            back = tuple(_back_range(report, r, n) for r, n in
                         zip(ranges[node_id], in_shape[1:]))
            ranges[src] = _union(ranges.get(src), back)
    (top, bottom), (left, right) = box
    clipped = bottom - top + 1 < field.size or right - left + 1 < field.size
    return Box(top, left, bottom, right, clipped)


def _back_range(report, rng, n_in) -> tuple:
    """Input rows read by output rows rng = (a, b) of one layer, along an axis of n_in rows."""
    a, b = rng
    if report.rf_global:
        return 0, n_in - 1
    window = report.window
    if window is None:
        return a, b
    if window.bins:  # torch's bins: [floor(i n / o), ceil((i+1) n / o))
        o = window.bins
        return (a * n_in) // o, -((-(b + 1) * n_in) // o) - 1
    stride, dil, taps = window.stride, window.dilation, window.taps
    pad = math.floor(window.padding)
    # with dilation the outermost taps of a border window may fall in the padding while an
    # inner one is the first to read the image, so look at the first/last few windows
    valid = [t for i in list(range(a, min(b, a + dil) + 1)) + list(range(max(a, b - dil), b + 1))
             for t in range(i * stride - pad, i * stride - pad + dil * taps, dil)
             if 0 <= t < n_in]
    return (min(valid), max(valid)) if valid else (0, n_in - 1)


def _union(old, new) -> tuple:
    if old is None:
        return new
    return tuple((min(o[0], n[0]), max(o[1], n[1])) for o, n in zip(old, new))


def layer_field(fields: dict, graph: NetworkGraph, node_id: str) -> ReceptiveField:
    """The field of one layer, or a LayerChoiceError when it has none (a flat output)."""
    if node_id not in graph.nodes:
        raise LayerChoiceError("no_such_layer", layer=node_id)
    field = fields.get(node_id)
    if field is None:
        raise LayerChoiceError("no_receptive_box", layer=node_id,
                               name=graph.nodes[node_id].label)
    return field
