"""The analysis painted onto the canvas: each card's output shape and problem badge, each
link's tensor shape (one label per fan-out), each folded block's summary. Only items whose
state changed repaint, so a re-analysis after one edit costs little on a 500-node network.
"""
from __future__ import annotations

from gui.canvas.folding import summarise
from gui.canvas.labels import problem_sentence, shape_text


def show_analysis(scene, analysis) -> None:
    reports = analysis.nodes
    for node_id, item in scene.nodes.items():
        report = reports.get(node_id)
        if report is None:  # added since this analysis started
            item.set_state("", None, "", False)
            continue
        if report.error is not None:
            severity, text = "error", problem_sentence(report.error, report.name)
        elif report.warnings:
            severity = "warning"
            text = "\n".join(problem_sentence(w, report.name) for w in report.warnings)
        else:
            severity, text = None, ""
        item.set_state(shape_text(report.output_shape), severity, text,
                       report.blocked_by is not None)
    for block_id in scene.folded:
        summarise(scene, scene.blocks[block_id], analysis)
    labelled = labelled_links(scene)
    for link, item in scene.links.items():
        src, dst = reports.get(link.src), reports.get(link.dst)
        label = shape_text(src.output_shape) if src is not None else ""
        item.set_label(label, dst is not None and dst.error is not None, link in labelled)


def labelled_links(scene) -> set:
    """One link per source shows its shape: the one running most nearly straight down."""
    best: dict[str, tuple] = {}
    for link, item in scene.links.items():
        dx = abs(item.dst_item.pos().x() - item.src_item.pos().x())
        key = (dx, item.dst_item.pos().y(), link.port)
        if link.src not in best or key < best[link.src][0]:
            best[link.src] = (key, link)
    return {link for _, link in best.values()}
