"""Finding things in a built network: the fx node of each graph node, the CAM head, and the
default Grad-CAM target layer.

``engine.build.build_module`` names each layer's submodule after its node id, merges after
their node id too, and makes each Input a placeholder; the Output layer only marks a value.
"""
from __future__ import annotations

from dataclasses import dataclass

from engine import layers
from engine.graph.model import NetworkGraph
from engine.inspect.errors import LayerChoiceError, NoCamHeadError
from engine.layers.spec import ADAPTIVE_POOL, CLASSIFIER, FLATTEN, GLOBAL_POOL, SOFTMAX


def _spec(graph: NetworkGraph, node_id: str):
    return layers.get(graph.nodes[node_id].type)


def _passes(graph: NetworkGraph, node_id: str) -> bool:
    """Evaluation leaves the values a CAM or the class scores depend on unchanged."""
    return _spec(graph, node_id).transparent_at_eval


def _role(graph: NetworkGraph, node_id: str) -> str:
    return _spec(graph, node_id).head_role


def fx_nodes(graph: NetworkGraph, module) -> dict:
    """Map every graph node id to the fx node whose value it outputs."""
    by_name = {}
    for n in module.graph.nodes:
        if n.op == "placeholder":
            by_name[str(n.target)] = n
        elif n.op == "call_module":
            by_name[str(n.target)] = n
        elif n.op == "call_function":
            by_name.setdefault(n.name, n)
    order, _ = graph.topological_order()
    found = {}
    for node_id in order:
        if graph.nodes[node_id].type == "Output":
            src = graph.inputs_of(node_id)
            if src and src[0] in found:
                found[node_id] = found[src[0]]
        elif node_id in by_name:
            found[node_id] = by_name[node_id]
    return found


def resolve_output(graph: NetworkGraph, node_id: str) -> str:
    """An Output layer shows the value of the layer feeding it; return that layer's id."""
    while node_id in graph.nodes and graph.nodes[node_id].type == "Output":
        src = graph.inputs_of(node_id)
        if not src:
            break
        node_id = src[0]
    return node_id


def score_node(graph: NetworkGraph) -> str:
    """The node holding the class scores before softmax: the network's (first) output,
    stepping back over Output, Identity, Dropout and a final Softmax. With several outputs
    (GoogLeNet's auxiliary classifiers) the first one in the document is the main one."""
    outs = graph.output_nodes()
    if not outs:
        raise LayerChoiceError("no_output_scores")
    node_id = outs[0]
    while _passes(graph, node_id) or _role(graph, node_id) == SOFTMAX:
        src = graph.inputs_of(node_id)
        if len(src) != 1:
            break
        node_id = src[0]
    return node_id


@dataclass(frozen=True)
class CamHead:
    """Where CAM applies: ``features`` (f_k) -> global average pooling -> ``linear`` (w_k^c)."""

    features: str
    pool: str
    linear: str


def find_cam_head(graph: NetworkGraph, analysis) -> CamHead:
    """Find ``features -> GlobalAvgPool (or AdaptiveAvgPool2d(1) + Flatten) -> Linear`` at the
    end of the network, allowing Dropout/Identity in between; raise NoCamHeadError if absent."""
    linear = score_node(graph)
    if _role(graph, linear) != CLASSIFIER:
        raise NoCamHeadError("cam_no_classifier", last=linear)
    node_id = _back(graph, linear)
    if node_id and _role(graph, node_id) == FLATTEN:
        pool = _back(graph, node_id)
        ok = (pool is not None and _role(graph, pool) == ADAPTIVE_POOL
              and graph.nodes[pool].params.get("output_size") == 1)
        node_id = pool if ok else None
    elif node_id and _role(graph, node_id) != GLOBAL_POOL:
        node_id = None
    if node_id is None:
        raise NoCamHeadError("no_cam_head", last=linear)
    features = graph.inputs_of(node_id)[0]
    shape = analysis[features].output_shape
    if not shape or len(shape) != 3:
        raise NoCamHeadError("cam_flat_features", last=linear)
    return CamHead(resolve_output(graph, features), node_id, linear)


def _back(graph: NetworkGraph, node_id: str) -> str | None:
    """The single input of ``node_id``, skipping pass-through layers."""
    src = graph.inputs_of(node_id)
    while len(src) == 1 and _passes(graph, src[0]):
        src = graph.inputs_of(src[0])
    return src[0] if len(src) == 1 else None


def default_target_layer(graph: NetworkGraph, analysis) -> str:
    """The last convolution with an output larger than 1x1, followed forward through its
    activation tail (batch norm, ReLU, a residual Add) while the shape stays the same — the
    layer Grad-CAM conventionally looks at (for a ResNet, the last block's output)."""
    convs = [n for n, r in analysis.nodes.items() if layers.get(r.type).shows_filters
             and r.output_shape
             and len(r.output_shape) == 3 and r.output_shape[1] * r.output_shape[2] > 1]
    if not convs:
        raise LayerChoiceError("no_cam_layer")
    node_id = convs[-1]
    shape = analysis[node_id].output_shape
    while True:
        nxt = graph.successors(node_id)
        if len(nxt) != 1 or not _spec(graph, nxt[0]).keeps_features:
            return node_id
        if analysis[nxt[0]].output_shape != shape:
            return node_id
        node_id = nxt[0]


def check_image_layer(graph: NetworkGraph, analysis, node_id: str) -> str:
    """Return ``node_id`` (an Output resolved to its source) if it outputs C x H x W maps."""
    if node_id not in graph.nodes:
        raise LayerChoiceError("no_such_layer", layer=node_id)
    node_id = resolve_output(graph, node_id)
    shape = analysis[node_id].output_shape if node_id in analysis.nodes else None
    if not shape or len(shape) != 3:
        raise LayerChoiceError("flat_layer", layer=node_id, name=graph.nodes[node_id].label)
    return node_id
