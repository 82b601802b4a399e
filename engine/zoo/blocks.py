"""Composite blocks: layer types that stand for a small network of primitive layers.

Each block is one node on the canvas (category "Blocks", ``composite=True``). Its analysis
builds the block's primitive subgraph for the actual input shape and reports the totals, with
every inner layer's figures in the formulas; its ``build`` returns that subgraph as a module.
``engine.zoo.expand`` turns a block node into its layers on the canvas and back.

The zoo's catalogue of layer types: named in ``engine.layers.registry.CATALOGUE`` and imported
on first use of the registry, so saved projects with blocks always open.
"""
from __future__ import annotations

from functools import lru_cache

from engine.graph_errors import BlockError, GraphError
from engine.graph.model import NetworkGraph
from engine.layers import LayerInfo, LayerSpec, Param, register
from engine.layers import labels
from engine.layers.spec import BOOL, CHOICE, FLOAT, INT, Window
from engine.problems import ShapeError, fmt_shape, hint
from engine.zoo import templates as t

INPUT_ID, OUTPUT_ID = "input", "output"

_OUT = Param("out_channels", INT, 64, "Channels the block outputs.", 1, 65536, label="filters")
_STRIDE = Param("stride", INT, 1, "Stride of the block (2 halves the height and width).", 1, 8)
_SHORTCUT = Param("shortcut", CHOICE, "auto", "identity: y = F(x) + x; projection: "
                  "y = F(x) + W_s x with a 1x1 conv and BN; auto: projection only when the "
                  "shape changes (as torchvision).", choices=("auto", "identity", "projection"))

# type -> (emit function, title, summary, params)
TEMPLATES: dict[str, tuple] = {
    "ResidualBlock": (t.residual_basic, "Residual block (basic)",
                      "ResNet-18/34: two 3x3 conv-BN layers and a shortcut, y = ReLU(F(x) + x).",
                      (_OUT, _STRIDE, _SHORTCUT)),
    "Bottleneck": (t.bottleneck, "Residual bottleneck",
                   "ResNet-50/101/152: 1x1 conv reduces to `width` channels, 3x3 conv, 1x1 conv "
                   "expands to out_channels (each with BN), plus the shortcut.",
                   (Param("out_channels", INT, 256, "Channels the block outputs "
                                   "(4 x width in ResNet).", 1, 65536, label="filters"),
                    Param("width", INT, 64, "Channels of the 1x1 reduction and the 3x3 conv.",
                          1, 65536),
                    _STRIDE, _SHORTCUT,
                    Param("stride_on", CHOICE, "3x3", "Which conv strides: 3x3 (torchvision, "
                          "\"ResNet v1.5\") or the first 1x1 (the 2015 paper, fewer MACs).",
                          choices=("3x3", "1x1")))),
    "ResNeXtBlock": (t.resnext, "ResNeXt block",
                     "A bottleneck whose 3x3 conv is split into `cardinality` parallel groups of "
                     "`group_width` channels (aggregated transformations).",
                     (Param("out_channels", INT, 256, "Channels the block outputs.", 1, 65536,
                            label="filters"),
                      Param("cardinality", INT, 32, "Number of groups (C).", 1, 1024),
                      Param("group_width", INT, 4, "Channels per group (d).", 1, 4096),
                      _STRIDE, _SHORTCUT)),
    "Inception": (t.inception, "Inception module (v1)",
                  "GoogLeNet: 1x1 | 1x1 -> 3x3 | 1x1 -> 5x5 | 3x3 max pool -> 1x1 branches, "
                  "concatenated; the 1x1 reductions cut the cost of the large filters.",
                  (Param("ch1x1", INT, 64, "#1x1: filters of the 1x1 branch.", 1, 65536),
                   Param("ch3x3red", INT, 96, "#3x3 reduce: 1x1 filters before the 3x3.", 1,
                         65536),
                   Param("ch3x3", INT, 128, "#3x3: filters of the 3x3 conv.", 1, 65536),
                   Param("ch5x5red", INT, 16, "#5x5 reduce: 1x1 filters before the 5x5.", 1,
                         65536),
                   Param("ch5x5", INT, 32, "#5x5: filters of the 5x5 conv.", 1, 65536),
                   Param("pool_proj", INT, 32, "pool proj: 1x1 filters after the max pool.", 1,
                         65536),
                   Param("batch_norm", BOOL, False, "Conv-BN-ReLU units without conv biases "
                         "(torchvision) instead of conv-ReLU (the 2014 paper)."),
                   Param("branch3_kernel", INT, 5, "Kernel of the \"5x5\" branch (torchvision "
                         "uses 3 to match its pretrained weights).", 1, 15))),
    "DenseBlock": (t.dense_block, "Dense block",
                   "DenseNet: each layer (BN-ReLU-[1x1 conv]-BN-ReLU-3x3 conv) adds growth_rate "
                   "channels and sees every earlier output: C_out = C_in + layers * k.",
                   (Param("num_layers", INT, 6, "Layers in the block.", 1, 256, label="layers"),
                    Param("growth_rate", INT, 32, "Channels each layer adds (k).", 1, 4096,
                          label="growth k"),
                    Param("bottleneck", BOOL, True, "A 1x1 conv to bn_size * k channels before "
                          "each 3x3 (DenseNet-B)."),
                    Param("bn_size", INT, 4, "Bottleneck width as a multiple of k.", 1, 64))),
    "Transition": (t.transition, "Transition layer",
                   "DenseNet: BN-ReLU, a 1x1 conv keeping floor(compression * C) channels, then "
                   "2x2 average pooling (halves height and width).",
                   (Param("compression", FLOAT, 0.5, "Fraction of channels kept (theta).",
                          0.01, 1.0),)),
    "DPNBlock": (t.dpn, "Dual path block (DPN)",
                 "A residual path (added, residual_channels wide) and a dense path (grows by "
                 "`increment` channels) computed by one shared grouped bottleneck.",
                 (Param("residual_channels", INT, 64, "Width of the residual path.", 1, 65536),
                  Param("increment", INT, 16, "Channels added to the dense path.", 1, 65536),
                  Param("width", INT, 128, "Channels of the grouped 3x3 conv.", 1, 65536),
                  Param("groups", INT, 32, "Groups of the 3x3 conv.", 1, 1024),
                  _STRIDE,
                  Param("shortcut", CHOICE, "identity", "projection: a BN-ReLU-1x1 conv makes "
                        "both paths (first block of a stage); identity: split the input.",
                        choices=("identity", "projection")))),
}


def emit(graph: NetworkGraph, block_type: str, params: dict, src: str, in_shape,
         prefix: str = "") -> tuple[list[str], str]:
    """Add a block's layers after node ``src``; return (their ids in order, the output id)."""
    e = t.Emitter(graph, prefix)
    out = TEMPLATES[block_type][0](e, src, params, tuple(in_shape) if in_shape else None)
    return e.added, out


def inner_graph(block_type: str, params: dict, in_shape) -> NetworkGraph:
    """The block alone: Input(in_shape) -> its layers -> Output (ids are local names)."""
    c, h, w = in_shape
    g = NetworkGraph(block_type)
    g.add_node("Input", dict(channels=c, height=h, width=w), node_id=INPUT_ID)
    _, out = emit(g, block_type, params, INPUT_ID, in_shape)
    g.add_node("Output", {}, node_id=OUTPUT_ID)
    g.add_link_unchecked(out, OUTPUT_ID, 0)
    return g


def inner_analysis(block_type: str, params: dict, in_shape):
    """Analysis of the block's own layers for this input (the rows shown when it is opened)."""
    return cached_inner(block_type, tuple(sorted(params.items())), tuple(in_shape))[1]


@lru_cache(maxsize=512)
def cached_inner(block_type: str, items: tuple, in_shape: tuple):
    """(inner graph, its analysis) for ``items`` = sorted parameter pairs; shared, read-only."""
    from engine.analysis import analyze
    graph = inner_graph(block_type, dict(items), in_shape)
    return graph, analyze(graph)


def _make_infer(block_type: str):
    def infer(shapes, p):
        shape = tuple(shapes[0])
        title = TEMPLATES[block_type][1]
        if len(shape) != 3:
            raise ShapeError("needs_image", layer=block_type, input=shape,
                             fix=hint("before_flatten"))
        try:
            result = inner_analysis(block_type, p, shape)
        except (BlockError, GraphError) as exc:
            raise ShapeError(exc.code, **{**exc.data, "block": block_type}) from None
        if result.errors:
            first = result.errors[0]
            data = {**first.data, "inner_layer": first.data.get("layer"),
                    "block": block_type, "inner": first.node_id, "within": title}
            raise ShapeError(first.code, **data)
        return _summarise(result)
    return infer


def _summarise(result) -> LayerInfo:
    rows = [r for r in result.nodes.values() if r.type not in ("Input", "Output")]
    out = result.nodes[OUTPUT_ID]
    tot = result.totals
    weighted = [r for r in rows if r.params]
    formulas = {
        "output": f"{fmt_shape(out.output_shape)} after {len(rows)} inner layers",
        "weights": " + ".join(f"{r.node_id} {r.weights:,}" for r in weighted if r.weights)
                   + f" = {tot.weights:,}",
        "biases": (" + ".join(f"{r.node_id} {r.biases:,}" for r in weighted if r.biases)
                   or "0") + f" = {tot.biases:,}",
        "params": " + ".join(f"{r.node_id} {r.params:,}" for r in weighted)
                  + f" = {tot.params:,}",
        "macs": " + ".join(f"{r.node_id} {r.macs:,}" for r in rows if r.macs)
                + f" = {tot.macs:,}",
    }
    rf = block_window(out)
    warns = [w for r in rows for w in r.warnings]
    return LayerInfo(tuple(out.output_shape), tot.weights, tot.biases, tot.macs, rf, formulas,
                     warns, inner_activations=tot.activation_elements,
                     inner_saved=tot.saved_elements)


def block_window(out) -> Window:
    """The one window a block's layers amount to, from its output's field in the inner
    analysis (whose Input cell 0 is centred on row 0): size r, jump j and centre s give
    padding (r - 1) / 2 - s, so the outer analysis carries size, jump and start on exactly."""
    size, jump = out.receptive_field or 1, out.jump or 1
    start = out.rf_start or 0.0
    return Window(size, jump, (size - 1) / 2 - start)


def _make_build(block_type: str):
    def build(p, shapes):
        from engine.build import build_module
        graph, result = cached_inner(block_type, tuple(sorted(p.items())), tuple(shapes[0]))
        return build_module(graph, result)
    return build


# the canvas's short name and title of each block
_CANVAS = {
    "ResidualBlock": ("Residual", lambda p: f"Residual {p['out_channels']}" + labels.stride(p)),
    "Bottleneck": ("Bottleneck", lambda p: f"Bottleneck {p['width']}>{p['out_channels']}"
                   + labels.stride(p)),
    "ResNeXtBlock": ("ResNeXt", lambda p: f"ResNeXt {p['cardinality']}x{p['group_width']}d, "
                     f"{p['out_channels']}" + labels.stride(p)),
    "Inception": ("Inception", None),
    "DenseBlock": ("DenseBlock", lambda p: f"DenseBlock {p['num_layers']}x{p['growth_rate']}"),
    "Transition": ("Transition", lambda p: f"Transition {p['compression']:g}"),
    "DPNBlock": ("DPN", None),
}

def _make_inner(block_type: str):
    def inner(p, shapes):
        return cached_inner(block_type, tuple(sorted(p.items())), tuple(shapes[0]))
    return inner


for _type, (_emit, _title, _summary, _params) in TEMPLATES.items():
    register(LayerSpec(_type, "Blocks", _title, _summary, _make_infer(_type), params=_params,
                       build=_make_build(_type), composite=True, inner=_make_inner(_type),
                       prefix=_type.lower().replace("block", "") or "block",
                       short_name=_CANVAS[_type][0], label=_CANVAS[_type][1]))
