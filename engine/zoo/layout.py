"""Tidy canvas positions: top to bottom by depth, parallel branches side by side."""
from __future__ import annotations

from engine.graph.model import NetworkGraph

DX, DY = 190.0, 80.0  # column and row spacing on the canvas


def layered_positions(graph: NetworkGraph, node_ids=None) -> dict[str, tuple[int, int]]:
    """(row, column) per node: row = longest path from the inputs, column = the column of the
    node's leftmost source, moved right until the cell is free (so branches sit side by side
    and the main path stays in column 0)."""
    ids = set(graph.nodes if node_ids is None else node_ids)
    order, stuck = graph.topological_order()
    cells: dict[str, tuple[int, int]] = {}
    taken: set[tuple[int, int]] = set()
    for n in order + stuck:
        if n not in ids:
            continue
        preds = [cells[s] for s in graph.inputs_of(n) if s in cells]
        row = max((r + 1 for r, _ in preds), default=0)
        col = min((c for _, c in preds), default=0)
        while (row, col) in taken:
            col += 1
        taken.add((row, col))
        cells[n] = (row, col)
    return cells


def apply_layout(graph: NetworkGraph, node_ids=None, origin=(0.0, 0.0)) -> float:
    """Move the nodes to their layered positions below ``origin``; return the height used."""
    cells = layered_positions(graph, node_ids)
    ox, oy = origin
    for n, (row, col) in cells.items():
        graph.move(n, (ox + col * DX, oy + row * DY))
    return max((row for row, _ in cells.values()), default=0) * DY
