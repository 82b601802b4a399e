"""Receptive fields with their position: which input pixels a feature-map cell can see.

For every node we carry three numbers along the network (Araujo et al., "Computing receptive
fields of convolutional neural networks", Distill 2019, written here from the recurrences):
``size`` r (pixels seen), ``jump`` j (input pixels between neighbouring cells) and ``start`` s
(input coordinate of the centre of cell 0's field). A window of effective size k, stride t and
padding p maps (r, j, s) to (r + (k-1) j, j t, s + ((k-1)/2 - p) j). Size and jump agree with
``engine.analysis``; the start is what lets a cell (y, x) be outlined on the image.
"""
from __future__ import annotations

from dataclasses import dataclass

from engine.graph.model import NetworkGraph
from engine.inspect.errors import LayerChoiceError
from engine.layers.windows import effective_kernel

_WINDOWS = {"Conv2d", "MaxPool2d", "AvgPool2d", "StochasticPool2d"}
_GLOBAL = {"GlobalAvgPool", "Flatten", "Linear"}


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
        node = graph.nodes[node_id]
        srcs = [out.get(s) for s in graph.inputs_of(node_id)]
        if not report.ok:
            continue
        if node.type == "Input":
            out[node_id] = ReceptiveField(1, 1, 0.0)
            continue
        if not srcs or any(s is None for s in srcs) or node.type in _GLOBAL:
            out[node_id] = None
            continue
        best = max(srcs, key=lambda f: f.size)
        jump = max(f.jump for f in srcs)
        window = _window(node, report)
        if window == "global":
            out[node_id] = None
        elif window is None:
            out[node_id] = ReceptiveField(best.size, jump, best.start)
        else:
            k, stride, pad = window
            out[node_id] = ReceptiveField(best.size + (k - 1) * jump, jump * stride,
                                          best.start + ((k - 1) / 2 - pad) * jump)
    return out


def _window(node, report):
    """(effective kernel, stride, padding) of a windowed layer, "global", or None."""
    p = node.params
    if node.type in _WINDOWS:
        k = effective_kernel(p["kernel_size"], p.get("dilation", 1))
        pad = (k - 1) / 2 if p["padding"] == "same" else p["padding"]
        return k, p["stride"], pad
    if node.type == "AdaptiveAvgPool2d":
        size = report.input_shapes[0][1]
        o = p["output_size"]
        if o == 1:
            return "global"
        step = max(1, size // o)
        return step, step, 0
    return None


def cell_box(field: ReceptiveField, y: int, x: int, image_hw: tuple) -> Box:
    """The pixels of the input image that cell (y, x) of a feature map can see."""
    h, w = image_hw
    half = (field.size - 1) / 2
    cy, cx = field.start + y * field.jump, field.start + x * field.jump
    top, bottom = round(cy - half), round(cy + half)
    left, right = round(cx - half), round(cx + half)
    clipped = top < 0 or left < 0 or bottom > h - 1 or right > w - 1
    return Box(max(top, 0), max(left, 0), min(bottom, h - 1), min(right, w - 1), clipped)


def layer_field(fields: dict, graph: NetworkGraph, node_id: str) -> ReceptiveField:
    """The field of one layer, or a LayerChoiceError when it has none (a flat output)."""
    if node_id not in graph.nodes:
        raise LayerChoiceError(f"There is no layer {node_id!r} in this network.", layer=node_id)
    field = fields.get(node_id)
    if field is None:
        raise LayerChoiceError(f"Every output of {graph.nodes[node_id].label} sees the whole "
                               f"image, so it has no receptive-field box.", layer=node_id)
    return field
