"""What each composite block is made of: functions that add a block's primitive layers.

A template's ``emit(e, x, p, in_shape)`` adds layers through an ``Emitter`` starting from the
node ``x`` and returns the id of the block's output node. Local names follow torchvision's
module names (``conv1``, ``bn1``, ``downsample_0``, ``branch2_1_conv``, ``denselayer3_norm1``)
so a block's layers line up with torchvision's ``state_dict`` one to one.
"""
from __future__ import annotations

from engine.graph_errors import BlockError
from engine.graph.model import NetworkGraph


class Emitter:
    """Adds nodes named ``<prefix>_<local>`` (or just ``<local>``) to a graph, wired in order."""

    def __init__(self, graph: NetworkGraph, prefix: str = ""):
        self.graph = graph
        self.prefix = prefix
        self.added: list[str] = []

    def node_id(self, local: str) -> str:
        return f"{self.prefix}_{local}" if self.prefix else local

    def add(self, local: str, layer_type: str, params: dict | None = None, *inputs: str) -> str:
        node = self.graph.add_node(layer_type, params, node_id=self.node_id(local))
        self.added.append(node.id)
        for port, src in enumerate(inputs):
            self.graph.add_link_unchecked(src, node.id, port)
        return node.id


def _conv(e, name, x, out, k, stride=1, padding=None, groups=1, bias=False):
    pad = k // 2 if padding is None else padding
    return e.add(name, "Conv2d", dict(out_channels=out, kernel_size=k, stride=stride,
                                      padding=pad, groups=groups, bias=bias), x)


def _channels(in_shape, block: str) -> int:
    if in_shape is None or len(in_shape) != 3:
        raise BlockError("block_needs_image", block=block)
    return in_shape[0]


def _projection(shortcut: str, in_shape, out: int, stride: int) -> bool:
    if shortcut == "projection":
        return True
    if shortcut == "identity" or in_shape is None or len(in_shape) != 3:
        return False
    return stride != 1 or in_shape[0] != out  # "auto", as torchvision decides


def _residual_tail(e, x, main, p, in_shape):
    """Shortcut (identity or 1x1 conv + BN projection), the sum, then ReLU."""
    short = x
    if _projection(p["shortcut"], in_shape, p["out_channels"], p["stride"]):
        short = _conv(e, "downsample_0", x, p["out_channels"], 1, p["stride"], 0)
        short = e.add("downsample_1", "BatchNorm2d", {}, short)
    total = e.add("add", "Add", {}, main, short)
    return e.add("relu", "ReLU", {}, total)


def residual_basic(e, x, p, in_shape):
    """ResNet-18/34 block: 3x3 conv-BN-ReLU, 3x3 conv-BN, + shortcut, ReLU."""
    out, s = p["out_channels"], p["stride"]
    y = _conv(e, "conv1", x, out, 3, s)
    y = e.add("bn1", "BatchNorm2d", {}, y)
    y = e.add("relu1", "ReLU", {}, y)
    y = _conv(e, "conv2", y, out, 3)
    y = e.add("bn2", "BatchNorm2d", {}, y)
    return _residual_tail(e, x, y, p, in_shape)


def _bottleneck(e, x, p, in_shape, width, groups):
    s = p["stride"]
    s1, s3 = (s, 1) if p.get("stride_on", "3x3") == "1x1" else (1, s)
    y = _conv(e, "conv1", x, width, 1, s1)
    y = e.add("bn1", "BatchNorm2d", {}, y)
    y = e.add("relu1", "ReLU", {}, y)
    y = _conv(e, "conv2", y, width, 3, s3, groups=groups)
    y = e.add("bn2", "BatchNorm2d", {}, y)
    y = e.add("relu2", "ReLU", {}, y)
    y = _conv(e, "conv3", y, p["out_channels"], 1)
    y = e.add("bn3", "BatchNorm2d", {}, y)
    return _residual_tail(e, x, y, p, in_shape)


def bottleneck(e, x, p, in_shape):
    """ResNet-50/101/152 block: 1x1 reduce, 3x3, 1x1 expand (each with BN), + shortcut."""
    return _bottleneck(e, x, p, in_shape, p["width"], 1)


def resnext(e, x, p, in_shape):
    """ResNeXt block: a bottleneck whose 3x3 conv is split into ``cardinality`` groups."""
    return _bottleneck(e, x, p, in_shape, p["cardinality"] * p["group_width"],
                       p["cardinality"])


def inception(e, x, p, in_shape):
    """Inception v1: 1x1 | 1x1 -> 3x3 | 1x1 -> 5x5 | 3x3 max pool -> 1x1, concatenated."""
    bn = p["batch_norm"]

    def unit(name, src, out, k):
        y = _conv(e, f"{name}_conv", src, out, k, bias=not bn)
        if bn:
            y = e.add(f"{name}_bn", "BatchNorm2d", {"eps": 1e-3}, y)
        return e.add(f"{name}_relu", "ReLU", {}, y)

    b1 = unit("branch1", x, p["ch1x1"], 1)
    b2 = unit("branch2_1", unit("branch2_0", x, p["ch3x3red"], 1), p["ch3x3"], 3)
    b3 = unit("branch3_1", unit("branch3_0", x, p["ch5x5red"], 1), p["ch5x5"],
              p["branch3_kernel"])
    pool = e.add("branch4_0", "MaxPool2d", dict(kernel_size=3, stride=1, padding=1), x)
    b4 = unit("branch4_1", pool, p["pool_proj"], 1)
    return e.add("concat", "Concat", {}, b1, b2, b3, b4)


def dense_block(e, x, p, in_shape):
    """DenseNet block: layer i sees the concatenation of the input and every earlier output."""
    k, feats = p["growth_rate"], [x]
    for i in range(1, p["num_layers"] + 1):
        name = f"denselayer{i}"
        y = feats[0] if i == 1 else e.add(f"{name}_cat", "Concat", {}, *feats)
        y = e.add(f"{name}_norm1", "BatchNorm2d", {}, y)
        y = e.add(f"{name}_relu1", "ReLU", {}, y)
        if p["bottleneck"]:
            y = _conv(e, f"{name}_conv1", y, p["bn_size"] * k, 1)
            y = e.add(f"{name}_norm2", "BatchNorm2d", {}, y)
            y = e.add(f"{name}_relu2", "ReLU", {}, y)
            y = _conv(e, f"{name}_conv2", y, k, 3)
        else:
            y = _conv(e, f"{name}_conv1", y, k, 3)
        feats.append(y)
    return e.add("concat", "Concat", {}, *feats)


def transition(e, x, p, in_shape):
    """DenseNet transition: BN-ReLU, 1x1 conv to floor(compression * C) channels, 2x2 avg pool."""
    c = _channels(in_shape, "Transition")
    y = e.add("norm", "BatchNorm2d", {}, x)
    y = e.add("relu", "ReLU", {}, y)
    y = _conv(e, "conv", y, max(1, int(c * p["compression"])), 1)
    return e.add("pool", "AvgPool2d", dict(kernel_size=2, stride=2), y)


def _bn_relu_conv(e, name, x, out, k, stride=1, groups=1):
    y = e.add(f"{name}_bn", "BatchNorm2d", {}, x)
    y = e.add(f"{name}_relu", "ReLU", {}, y)
    return _conv(e, f"{name}_conv", y, out, k, stride, groups=groups)


def dpn(e, x, p, in_shape):
    """Dual path block: one 1x1-3x3(grouped)-1x1 path whose output is split in two; the first
    part is added to the residual path, the second appended to the dense path.

    Input and output are the two paths concatenated (residual channels first).
    """
    bw, inc, r, s = p["residual_channels"], p["increment"], p["width"], p["stride"]
    if p["shortcut"] != "projection" and _channels(in_shape, "DPN") <= bw:
        raise BlockError("dpn_identity_channels", channels=in_shape[0], residual=bw)
    # the shared bottleneck first, so that it is the main column on the canvas
    y = _bn_relu_conv(e, "c1x1_a", x, r, 1)
    y = _bn_relu_conv(e, "c3x3_b", y, r, 3, s, p["groups"])
    y = _bn_relu_conv(e, "c1x1_c", y, bw + inc, 1)
    out1 = e.add("out1", "ChannelSlice", dict(start=0, end=bw), y)
    out2 = e.add("out2", "ChannelSlice", dict(start=bw, end=0), y)
    split = x
    if p["shortcut"] == "projection":
        split = _bn_relu_conv(e, "c1x1_w", x, bw + 2 * inc, 1, s)
    resid_in = e.add("resid_in", "ChannelSlice", dict(start=0, end=bw), split)
    dense_in = e.add("dense_in", "ChannelSlice", dict(start=bw, end=0), split)
    resid = e.add("resid", "Add", {}, resid_in, out1)
    dense = e.add("dense", "Concat", {}, dense_in, out2)
    return e.add("concat", "Concat", {}, resid, dense)
