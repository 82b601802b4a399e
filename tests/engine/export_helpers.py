"""Networks and helpers shared by the export tests."""
from __future__ import annotations

import importlib.util
import sys

import torch

from engine.analysis import analyze
from engine.graph import NetworkGraph


def branching_graph() -> NetworkGraph:
    """A user's network with every kind of wiring the exporter must write: a stem that feeds
    two branches, a residual Add with three inputs, a Concat, our own layers (stochastic
    pooling, LeNet-5's subsampling, a channel slice), collapsed composite blocks (a residual
    block and an inception module) and a value used by three layers."""
    g = NetworkGraph("My branching net")

    def add(node_id, layer_type, params=None, *sources):
        g.add_node(layer_type, params or {}, node_id=node_id)
        for port, src in enumerate(sources):
            g.connect(src, node_id, port)
        return node_id

    add("image", "Input", dict(channels=3, height=16, width=16))
    stem = add("stem", "Conv2d", dict(out_channels=8, kernel_size=3, padding=1), "image")
    act = add("act", "ReLU", {}, stem)
    left = add("left", "Conv2d", dict(out_channels=8, kernel_size=3, padding="same"), act)
    left = add("left_bn", "BatchNorm2d", {}, left)
    right = add("right", "Conv2d", dict(out_channels=8, kernel_size=1, bias=False), act)
    total = add("total", "Add", {}, left, right, act)
    res = add("res", "ResidualBlock", dict(out_channels=16, stride=2), total)
    inc = add("inc", "Inception", dict(ch1x1=4, ch3x3red=4, ch3x3=8, ch5x5red=2, ch5x5=4,
                                       pool_proj=4, batch_norm=True), res)
    half = add("first10", "ChannelSlice", dict(start=0, end=10), inc)
    pool = add("spool", "StochasticPool2d", dict(kernel_size=2, stride=2), res)
    sub = add("sub", "Subsample2d", dict(kernel_size=2), res)
    joined = add("joined", "Concat", {}, pool, sub, add("hpool", "MaxPool2d", {}, half))
    gap = add("gap", "GlobalAvgPool", {}, joined)
    drop = add("drop", "Dropout", dict(p=0.3), gap)
    fc = add("fc", "Linear", dict(out_features=5), drop)
    add("output", "Output", {}, fc)
    return g


def input_shape(graph) -> tuple:
    analysis = analyze(graph)
    return tuple(analysis.nodes[graph.input_nodes()[0]].output_shape)


def import_file(path, name: str = "exported_net"):
    """Import a written .py file as a module of its own."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules.pop(name, None)
    spec.loader.exec_module(module)
    return module


def randomise_batchnorm(module) -> None:
    """Give every BatchNorm running statistics other than 0 and 1, so eval outputs depend on
    them (a wrong key mapping would show)."""
    gen = torch.Generator().manual_seed(1)
    for m in module.modules():
        if isinstance(m, torch.nn.modules.batchnorm._BatchNorm):
            m.running_mean.copy_(torch.randn(m.running_mean.shape, generator=gen) * 0.1)
            m.running_var.copy_(torch.rand(m.running_var.shape, generator=gen) + 0.5)
