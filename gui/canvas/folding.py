"""Folding a plain group into one card on the canvas (a view state, not a model edit).

The members and the links between them are hidden; links to and from the outside attach to
the folded card (a hidden NodeItem answers its anchors with its block's). The card shows the
number of layers and the block's output shape, and turns red when a member cannot work.
"""
from __future__ import annotations

from gui.canvas.labels import shape_text, tr


def apply_fold(scene, block_id: str) -> None:
    """Make the items of ``block_id`` match whether it is folded."""
    frame = scene.blocks.get(block_id)
    if frame is None:
        return
    folded = block_id in scene.folded
    frame.folded = folded
    members = set()
    for item in frame.members:
        members.add(item.node_id)
        item.proxy = frame if folded else None
        item.setVisible(not folded)
        if folded:
            item.setSelected(False)
    frame.adjust()
    for item in frame.members:
        for link in item.links:
            inside = link.link.src in members and link.link.dst in members
            link.setVisible(not (folded and inside))
            link.adjust()
    if folded and scene.doc.analysis is not None:
        summarise(scene, frame, scene.doc.analysis)
    frame.update()


def unfold_items(items) -> None:
    """Show NodeItems that left a folded block (ungrouped, deleted block)."""
    for item in items:
        item.proxy = None
        item.setVisible(True)
        for link in item.links:
            link.setVisible(True)
            link.adjust()


def summarise(scene, frame, analysis) -> None:
    """'12 layers -> 256x56x56' from the member whose output leaves the block."""
    ids = [i.node_id for i in frame.members]
    inside = set(ids)
    graph = scene.doc.graph
    exits = [n for n in ids if any(d not in inside for d in graph.successors(n))] or ids[-1:]
    report = analysis.nodes.get(exits[0]) if exits else None
    shape = shape_text(report.output_shape) if report is not None else ""
    count = tr("%n layer(s)", None, len(ids))
    frame.summary = f"{count} \u2192 {shape}" if shape else count
    frame.broken = any(analysis.nodes.get(n) is not None and analysis.nodes[n].error
                       for n in ids)
    frame.update()
