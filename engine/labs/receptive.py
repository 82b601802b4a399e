"""The receptive-field lab: a stack of convolutions and poolings, and how much of the input one
output unit sees after each layer (seed 000/001 on VGG: two 3x3 convolutions see 5x5, three
see 7x7, with 3 x 3x3xC^2 weights instead of 7x7xC^2).

The sizes, jumps and weight counts come from the editor's own analysis (``engine.analysis``) of
the stack built as a network graph; the lab adds where on the input grid the window lies.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from engine.analysis import analyze
from engine.graph import sequential
from engine.labs.errors import LabInputError

_TOKEN = re.compile(r"^(conv|pool)(\d+)(?:s(\d+))?(?:d(\d+))?$")
MAX_LAYERS = 12
MAX_GRID = 64


@dataclass(frozen=True)
class StackLayer:
    """One layer of the stack: ``conv3``, ``conv3s2`` (stride 2), ``conv3d2`` (dilation 2),
    ``pool2`` (2x2 max pooling, stride 2), ``pool3s2`` (AlexNet's overlapping pooling)."""
    kind: str       # "conv" or "pool"
    kernel: int
    stride: int
    dilation: int = 1

    @property
    def padding(self) -> int:
        """Convolutions keep the size at stride 1 (padding D*(K-1)/2); poolings pad nothing."""
        return self.dilation * (self.kernel - 1) // 2 if self.kind == "conv" else 0

    @property
    def token(self) -> str:
        text = f"{self.kind}{self.kernel}"
        default_stride = 1 if self.kind == "conv" else self.kernel
        if self.stride != default_stride:
            text += f"s{self.stride}"
        if self.dilation != 1:
            text += f"d{self.dilation}"
        return text

    def graph_layer(self, channels: int) -> tuple:
        if self.kind == "conv":
            return ("Conv2d", {"out_channels": channels, "kernel_size": self.kernel,
                               "stride": self.stride, "padding": self.padding,
                               "dilation": self.dilation})
        return ("MaxPool2d", {"kernel_size": self.kernel, "stride": self.stride})


def parse_layer(token: str) -> StackLayer:
    match = _TOKEN.match(token.strip().lower())
    if not match:
        raise LabInputError("unknown_layer", token=token.strip())
    kind, kernel, stride, dilation = match.groups()
    kernel = int(kernel)
    if kind == "pool" and dilation:
        raise LabInputError("unknown_layer", variant="pool_dilation", token=token.strip())
    stride = int(stride) if stride else (1 if kind == "conv" else kernel)
    layer = StackLayer(kind, kernel, stride, int(dilation) if dilation else 1)
    if not (1 <= kernel <= 11 and 1 <= layer.stride <= 4 and 1 <= layer.dilation <= 4):
        raise LabInputError("unknown_layer", variant="range", token=token.strip())
    return layer


def parse_stack(text: str) -> list[StackLayer]:
    tokens = [t for t in re.split(r"[,\s]+", text) if t]
    if not tokens:
        raise LabInputError("empty_stack")
    if len(tokens) > MAX_LAYERS:
        raise LabInputError("long_stack", count=len(tokens), limit=MAX_LAYERS)
    return [parse_layer(t) for t in tokens]


@dataclass(frozen=True)
class LayerField:
    layer: StackLayer
    node_id: str
    receptive_field: int   # from engine.analysis
    jump: int
    output_size: int
    weights: int
    formula: str
    region: tuple          # (top, left, bottom, right) on the input, inclusive, unclipped


@dataclass(frozen=True)
class StackResult:
    layers: tuple
    channels: int
    size: int
    unit: tuple                  # (row, col) of the chosen unit of the last layer
    fields: list = field(repr=False)
    single_kernel_weights: int   # one conv with a kernel as large as the final field
    graph: object = field(repr=False, default=None)

    @property
    def receptive_field(self) -> int:
        return self.fields[-1].receptive_field

    @property
    def weights(self) -> int:
        return sum(f.weights for f in self.fields)

    @property
    def output_size(self) -> int:
        return self.fields[-1].output_size


def stack_graph(layers, channels: int = 64, size: int = 15):
    """The stack as a network of the editor: Input (C x N x N) then the layers."""
    return sequential((channels, size, size), [layer.graph_layer(channels) for layer in layers],
                      name="receptive field " + ",".join(layer.token for layer in layers))


def analyse_stack(layers, channels: int = 64, size: int = 15,
                  unit: tuple | None = None) -> StackResult:
    """Receptive field, jump and weights of every layer of the stack (engine.analysis), and the
    input region of one unit of the last layer (the centre one unless ``unit`` is given)."""
    layers = tuple(layers)
    if not layers:
        raise LabInputError("empty_stack")
    if not (1 <= channels <= 4096 and 1 <= size <= MAX_GRID):
        raise LabInputError("bad_setting", variant="size", name="size", low=1, high=MAX_GRID)
    graph = stack_graph(layers, channels, size)
    analysis = analyze(graph)
    ids = [nid for nid in analysis.nodes if graph.nodes[nid].type != "Input"]
    for nid in ids:
        report = analysis.nodes[nid]
        if report.error is not None:
            raise LabInputError("stack_too_small", size=size, reason=report.error.message)
    reports = [analysis.nodes[nid] for nid in ids]
    last = reports[-1].output_shape[1]
    unit = unit if unit is not None else (last // 2, last // 2)
    if not all(0 <= u < last for u in unit):
        raise LabInputError("bad_setting", variant="unit", name="unit", low=0, high=last - 1,
                            last=last)
    spans = _spans_below(layers, unit)
    fields = []
    for i, (layer, nid, report) in enumerate(zip(layers, ids, reports)):
        centre = tuple(min(max((a + b) // 2, 0), report.output_shape[1] - 1)
                       for a, b in spans[i])
        fields.append(LayerField(layer, nid, report.receptive_field, report.jump,
                                 report.output_shape[1], report.weights,
                                 report.formulas.get("receptive_field", ""),
                                 _input_region(layers[:i + 1], centre)))
    rf = fields[-1].receptive_field
    single = analyze(sequential((channels, size, size), [
        ("Conv2d", {"out_channels": channels, "kernel_size": rf, "padding": rf // 2})]))
    single_weights = next(r.weights for r in single.nodes.values() if r.type == "Conv2d")
    return StackResult(layers, channels, size, unit, fields, single_weights, graph)


def _back(span: tuple, layer: StackLayer) -> tuple:
    """The input positions (first, last) one layer's output positions (first, last) read."""
    a, b = span
    return (a * layer.stride - layer.padding,
            b * layer.stride - layer.padding + layer.dilation * (layer.kernel - 1))


def _spans_below(layers, unit) -> list:
    """For each layer, the (row span, col span) of its outputs that the chosen unit reads."""
    spans = [((unit[0], unit[0]), (unit[1], unit[1]))]
    for layer in reversed(layers[1:]):
        rows, cols = spans[0]
        spans.insert(0, (_back(rows, layer), _back(cols, layer)))
    return spans


def _input_region(layers, unit) -> tuple:
    rows, cols = (unit[0], unit[0]), (unit[1], unit[1])
    for layer in reversed(layers):
        rows, cols = _back(rows, layer), _back(cols, layer)
    return rows[0], cols[0], rows[1], cols[1]


def auto_size(layers) -> int:
    """A grid large enough to show the whole receptive field with a margin (15 at least)."""
    rf, jump = 1, 1
    for layer in layers:
        rf += layer.dilation * (layer.kernel - 1) * jump
        jump *= layer.stride
    return min(MAX_GRID, max(15, rf + 4 + (rf + 1) % 2))


def weights_expression(result: StackResult) -> str:
    """ "3*3*64*64 + 3*3*64*64 = 73,728": the stack's convolution weights."""
    c = result.channels
    terms = [f"{f.layer.kernel}*{f.layer.kernel}*{c}*{c}" for f in result.fields
             if f.layer.kind == "conv"]
    return f"{' + '.join(terms) or '0'} = {result.weights:,}"


def single_expression(result: StackResult) -> str:
    """ "7*7*64*64 = 200,704": one convolution that sees as much at once."""
    rf, c = result.receptive_field, result.channels
    return f"{rf}*{rf}*{c}*{c} = {result.single_kernel_weights:,}"
