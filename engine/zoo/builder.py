"""A small helper the zoo's model functions use to write networks: layers and blocks in order,
shapes tracked as they go (so a block knows its input channels), laid out at the end.

The graph, layer and layout code is imported by the first builder, not with this module: the
model modules import it to register their models, and listing the zoo (the window's start
page, in its first frame) builds nothing.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from engine.graph.model import NetworkGraph


class NetBuilder:
    def __init__(self, name: str, input_shape, input_id: str = "input"):
        from engine.graph.model import NetworkGraph
        c, h, w = input_shape
        self.graph = NetworkGraph(name)
        self.graph.add_node("Input", dict(channels=c, height=h, width=w), node_id=input_id)
        self.shapes: dict[str, tuple] = {input_id: tuple(input_shape)}
        self.cur = input_id

    def layer(self, node_id: str, layer_type: str, params: dict | None = None, *,
              src=None, name: str = "") -> str:
        """Add a primitive layer fed by ``src`` (a node id or a list of them; default: the last
        node added)."""
        srcs = [self.cur] if src is None else ([src] if isinstance(src, str) else list(src))
        node = self.graph.add_node(layer_type, params, node_id=node_id, name=name)
        for port, s in enumerate(srcs):
            self.graph.add_link_unchecked(s, node_id, port)
        from engine import layers
        info = layers.get(layer_type).infer([self.shapes[s] for s in srcs], node.params)
        self.shapes[node_id] = tuple(info.shape)
        self.cur = node_id
        return node_id

    def seq(self, items) -> str:
        """Add ``[(id, type, params), ...]`` one after another."""
        for node_id, layer_type, params in items:
            self.layer(node_id, layer_type, params)
        return self.cur

    def block(self, block_id: str, block_type: str, params: dict | None = None, *,
              src: str | None = None, name: str = "") -> str:
        """Add a composite block expanded into its layers, grouped as a collapsible Block."""
        src = src or self.cur
        from engine import layers
        from engine.zoo.blocks import emit
        spec = layers.get(block_type)
        values = spec.normalise(params)
        added, out = emit(self.graph, block_type, values, src, self.shapes[src], block_id)
        self.graph.group(added, name or block_id, block_id=block_id, template=block_type,
                         params=values)
        self.shapes[out] = tuple(spec.infer([self.shapes[src]], values).shape)
        self.cur = out
        return out

    def conv_bn_relu(self, prefix: str, out: int, k: int, stride: int = 1, padding=None,
                     eps: float = 1e-5) -> str:
        """torchvision's conv (no bias) - BatchNorm - ReLU unit, named prefix_conv/_bn/_relu."""
        pad = k // 2 if padding is None else padding
        self.layer(f"{prefix}_conv", "Conv2d", dict(out_channels=out, kernel_size=k,
                                                    stride=stride, padding=pad, bias=False))
        self.layer(f"{prefix}_bn", "BatchNorm2d", dict(eps=eps))
        return self.layer(f"{prefix}_relu", "ReLU")

    def finish(self, output_id: str = "output") -> NetworkGraph:
        """Add the main Output (first among the outputs, so a built module returns the main
        result first and auxiliary ones after it), lay the network out, reset its revision."""
        if output_id:
            self.layer(output_id, "Output")
            extra = [n for n, node in self.graph.nodes.items()
                     if node.type == "Output" and n != output_id]
            if extra:
                self.graph.restore_order([n for n in self.graph.nodes if n not in extra] + extra)
        from engine.zoo.layout import apply_layout
        apply_layout(self.graph)
        self.graph.revision = 0
        return self.graph
