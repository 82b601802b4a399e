"""Automatic layered layout of a network, top to bottom, parallel branches side by side.

Qt-free. ``layered_layout(graph)`` returns ``{node_id: (x, y)}`` (the centre of each node, in
canvas units) without changing the graph; the GUI turns it into one undoable move.

How: each node's row is its longest path from an input, so every node sits below all of its
sources. Within a row a node wants the column of its main source (the deepest one), and the
siblings of one parent line up to its right, the one with the longest way still to go first (so the main path
of a network runs straight down and shortcuts and side branches sit beside it). Overlaps in a
row are then removed by pooling neighbours around their mean wish (a one-dimensional isotonic
fit), which keeps the row order and moves nodes as little as possible.
"""
from __future__ import annotations

COLUMN = 200.0  # distance between branch centres
ROW = 80.0      # distance between rows


def ranks(graph, node_ids=None) -> dict[str, int]:
    """Row of each node: 0 for nodes without sources (in the set), else 1 + the deepest source."""
    ids = set(graph.nodes if node_ids is None else node_ids)
    order, stuck = graph.topological_order()
    rank: dict[str, int] = {}
    for n in order + stuck:
        if n in ids:
            rank[n] = max((rank[s] + 1 for s in graph.inputs_of(n) if s in rank), default=0)
    return rank


def _heights(graph, rank: dict[str, int]) -> dict[str, int]:
    """Longest path from each node down to a node without successors (within the set)."""
    height: dict[str, int] = {}
    for n in sorted(rank, key=rank.get, reverse=True):
        height[n] = max((height[d] + 1 for d in graph.successors(n) if d in height), default=0)
    return height


def _main_source(graph, rank, node_id):
    """The source a node lines up under: the deepest one (the main path into a merge; a
    shortcut comes from higher up), the lowest port on a tie."""
    sources = [s for s in graph.inputs_of(node_id) if s in rank]
    return max(sources, key=lambda s: rank[s], default=None)


def _wishes(graph, rank, height, x) -> list[list[tuple[float, str]]]:
    """Per row, (wished x, node) in the order the row should keep."""
    rows: list[list[tuple[float, str]]] = [[] for _ in range(max(rank.values()) + 1)]
    seen_sources = 0
    order, _ = graph.topological_order()
    done = set(order)
    order = [n for n in order if n in rank] + [n for n in rank if n not in done]
    for n in order:
        if rank[n] == 0:
            x[n] = seen_sources * COLUMN
            seen_sources += 1
    by_row: list[list[str]] = [[] for _ in rows]
    for n in order:
        by_row[rank[n]].append(n)
    for r in range(1, len(rows)):
        row = by_row[r]
        children: dict[str, list[str]] = {}
        for n in row:
            children.setdefault(_main_source(graph, rank, n), []).append(n)
        for parent, kids in children.items():
            kids.sort(key=lambda k: -height[k])
            base = x.get(parent, 0.0)
            for i, k in enumerate(kids):
                rows[r].append((base + i * COLUMN, k))
        rows[r].sort(key=lambda item: item[0])
        for want, n in _spread(rows[r]):
            x[n] = want
    rows[0] = [(x[n], n) for n in by_row[0]]
    return rows


def _spread(row: list[tuple[float, str]]) -> list[tuple[float, str]]:
    """Remove overlaps (centres closer than COLUMN) keeping the order: adjacent nodes that
    collide are pooled and the pool is placed where its members are, on average, closest to
    their wishes (pool adjacent violators)."""
    wish = {n: w for w, n in row}
    pools: list[tuple[float, list[str]]] = []  # (start x, names)
    for want, n in row:
        pools.append((want, [n]))
        while len(pools) > 1:
            (a_start, a_names), (b_start, b_names) = pools[-2], pools[-1]
            if a_start + len(a_names) * COLUMN <= b_start:
                break
            names = a_names + b_names
            start = sum(wish[m] - i * COLUMN for i, m in enumerate(names)) / len(names)
            pools[-2:] = [(start, names)]
    return [(start + i * COLUMN, n) for start, names in pools for i, n in enumerate(names)]


def layered_layout(graph, node_ids=None, origin=(0.0, 0.0)) -> dict[str, tuple[float, float]]:
    """Centres for ``node_ids`` (default: every node), the first input at ``origin``."""
    rank = ranks(graph, node_ids)
    if not rank:
        return {}
    height = _heights(graph, rank)
    x: dict[str, float] = {}
    _wishes(graph, rank, height, x)
    left = x[min(rank, key=lambda n: (rank[n], x[n]))] if rank else 0.0
    ox, oy = origin
    return {n: (ox + x[n] - left, oy + rank[n] * ROW) for n in rank}
