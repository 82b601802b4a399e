"""Convenience for writing networks in code: a chain of layers, each fed by the previous one."""
from __future__ import annotations

from engine.graph.model import NetworkGraph


def sequential(input_shape, layer_list, name: str = "", graph: NetworkGraph | None = None,
               start: str | None = None, spacing: float = 90.0) -> NetworkGraph:
    """Build (or extend) a graph from ``[(type, params), ...]`` or ``[(id, type, params), ...]``.

    ``input_shape`` (C, H, W) adds an Input node first unless ``start`` names an existing node
    to continue from. Nodes are laid out top to bottom.
    """
    g = graph or NetworkGraph(name)
    if start is None:
        c, h, w = input_shape
        prev = g.add_node("Input", {"channels": c, "height": h, "width": w},
                          pos=(0.0, 0.0)).id
    else:
        prev = start
    y = g.node(prev).pos[1]
    x = g.node(prev).pos[0]
    for item in layer_list:
        if len(item) == 3:
            node_id, layer_type, params = item
        else:
            (layer_type, params), node_id = item, None
        y += spacing
        node = g.add_node(layer_type, params, node_id=node_id, pos=(x, y))
        g.connect(prev, node.id)
        prev = node.id
    return g
