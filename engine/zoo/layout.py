"""Tidy canvas positions for zoo networks and expanded blocks, using the canvas's own
auto-layout (``engine.graph.layout``): top to bottom, branches side by side."""
from __future__ import annotations

from engine.graph.layout import ROW, layered_layout
from engine.graph.model import NetworkGraph

DY = ROW  # one row on the canvas


def apply_layout(graph: NetworkGraph, node_ids=None, origin=(0.0, 0.0)) -> float:
    """Move the nodes to their layered positions below ``origin``; return the height used."""
    positions = layered_layout(graph, node_ids, origin)
    for n, pos in positions.items():
        graph.move(n, pos)
    ys = [y for _, y in positions.values()]
    return (max(ys) - min(ys)) if ys else 0.0
