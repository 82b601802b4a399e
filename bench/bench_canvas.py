"""Canvas speed: the scene build of every zoo model and of synthetic dense graphs (linear
growth), then ResNet-152 from the zoo (516 nodes, 565 links, 50 block frames) in detail.

Targets (issue 15): every zoo model's scene builds within 3x of the naive stock-item scene
measured in the same run, and the build time per node of synthetic dense graphs (250..2000
nodes, ~3 links per node) stays flat within 2x. Rounds alternate ours / naive; best and median.

Prints: the scene build (CanvasView over an analysed Document), painting the analysis onto
every card, one full paint of the viewport at a readable zoom and at the overview, panning
(scroll + repaint per frame), a one-parameter edit reaching its card, and the start of a wire
drag (every node checked with can_connect). The reference, measured in the same run, is a
naive scene of the same size built from stock items (a rect and two text items per node, a
path item per link) and painted the same way; ratios are ours / naive.
Run offscreen:  QT_QPA_PLATFORM=offscreen python bench/bench_canvas.py [MODEL ...] [--zoo-only]
(the CPU is shared: compare the ratios, and rerun when the absolute figures look noisy)
"""
from __future__ import annotations

import gc
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QPointF, QRectF  # noqa: E402
from PySide6.QtGui import QPainterPath  # noqa: E402
from PySide6.QtWidgets import (QApplication, QGraphicsPathItem, QGraphicsRectItem,  # noqa: E402
                               QGraphicsScene, QGraphicsSimpleTextItem, QGraphicsView)

import gui  # noqa: E402,F401  (the None refcount guard)
from engine import zoo  # noqa: E402
from gui.canvas import CanvasView  # noqa: E402
from gui.commands import SetParamCommand  # noqa: E402
from gui.document import Document  # noqa: E402

SIZE = (1400, 900)


def timed(fn, repeat: int = 1) -> float:
    """Median wall time of ``fn()`` in milliseconds."""
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def naive_view(graph, analysis) -> QGraphicsView:
    """What a straightforward scene would be: stock items, one text item per line."""
    scene = naive_scene(graph, analysis)
    view = QGraphicsView(scene)
    view._keep = scene
    return view


def naive_scene(graph, analysis) -> QGraphicsScene:
    scene = QGraphicsScene()
    centres = {}
    for node in graph.nodes.values():
        x, y = node.pos
        rect = QGraphicsRectItem(QRectF(-86, -25, 172, 50))
        rect.setPos(x, y)
        rect.setFlag(QGraphicsRectItem.GraphicsItemFlag.ItemIsSelectable)
        rect.setFlag(QGraphicsRectItem.GraphicsItemFlag.ItemIsMovable)
        QGraphicsSimpleTextItem(node.type, rect).setPos(-78, -22)
        report = analysis.nodes.get(node.id)
        shape = "x".join(map(str, report.output_shape)) if report and report.ok else ""
        QGraphicsSimpleTextItem(shape, rect).setPos(-78, 0)
        scene.addItem(rect)
        centres[node.id] = QPointF(x, y)
    for link in graph.links:
        a, b = centres[link.src] + QPointF(0, 25), centres[link.dst] - QPointF(0, 25)
        path = QPainterPath(a)
        path.cubicTo(a + QPointF(0, 20), b - QPointF(0, 20), b)
        scene.addItem(QGraphicsPathItem(path))
    return scene


def paint_and_pan(view, zoom: float, frames: int = 30) -> tuple[float, float, float]:
    """At ``zoom``, starting at the top: (first full paint, median full repaint per panned
    frame, median frame when Qt scrolls the viewport and paints only the exposed strip), ms."""
    view.resetTransform()
    view.scale(zoom, zoom)
    top = view.scene().itemsBoundingRect()
    view.centerOn(QPointF(top.center().x(), top.top() + view.viewport().height() / zoom / 2))
    QApplication.processEvents()
    first = timed(lambda: view.viewport().repaint())
    bar = view.verticalScrollBar()

    def full():
        bar.setValue(bar.value() + 40)
        view.viewport().repaint()

    def scrolled():
        bar.setValue(bar.value() + 40)
        QApplication.processEvents()
    full_ms = statistics.median(timed(full) for _ in range(frames))
    scroll_ms = statistics.median(timed(scrolled) for _ in range(frames))
    return first, full_ms, scroll_ms


def dense_graph(n: int):
    """``n`` nodes in a DenseNet-like column: every other node concatenates the five before
    it (about 3 links per node), laid out by the engine's own layered layout."""
    from engine.graph import NetworkGraph
    from engine.zoo.layout import apply_layout
    g = NetworkGraph(f"dense{n}")
    ids = [g.add_node("Input", {"channels": 8, "height": 16, "width": 16}).id]
    while len(ids) < n:
        if len(ids) % 2 == 0 and len(ids) >= 5:
            node = g.add_node("Concat").id
            for src in ids[-5:]:
                g.connect(src, node)
        else:
            node = g.add_node("Conv2d", {"out_channels": 8, "kernel_size": 3, "padding": 1}).id
            g.connect(ids[-1], node)
        ids.append(node)
    apply_layout(g)
    return g


def cpu_ms(fn) -> float:
    """CPU time of ``fn()`` in ms: steadier than wall time while other jobs share the cores."""
    t = time.process_time()
    fn()
    return (time.process_time() - t) * 1000


def build_rounds(graph, rounds: int = 5) -> tuple[list, list]:
    """Alternating rounds of (our scene rebuild, as paid on every open, expand/collapse-all,
    theme or presentation change; the naive scene built from nothing), CPU ms."""
    doc = Document(graph)
    view = CanvasView(doc)
    ours, naive = [], []
    app = QApplication.instance()
    for _ in range(rounds):
        app.processEvents()  # as between two rebuilds in the app: Qt's deferred item work
        # runs in the event loop, and without it each clear() of the same scene gets slower
        gc.collect()  # the other side's garbage is not collected inside a measured build
        ours.append(cpu_ms(view.canvas_scene.rebuild))
        gc.collect()
        naive.append(cpu_ms(lambda: naive_scene(graph, doc.analysis)))
    view.close()
    return ours, naive


def build_table() -> None:
    print("scene build, every zoo model (CPU ms, best / median of alternating rounds)")
    print(f"  {'model':<20} {'nodes':>5} {'links':>5}   {'ours':>13}   {'naive':>13}   ratio"
          f"  (target <= 3x)")
    worst = 0.0
    only = [a for a in sys.argv[1:] if not a.startswith("-")]
    for name in only or zoo.names():
        graph = zoo.create(name)
        ours, naive = build_rounds(graph)
        ratio = min(ours) / min(naive)
        worst = max(worst, ratio)
        print(f"  {name:<20} {len(graph.nodes):5d} {len(graph.links):5d}   "
              f"{min(ours):6.1f} / {statistics.median(ours):6.1f}   "
              f"{min(naive):6.1f} / {statistics.median(naive):6.1f}   {ratio:4.2f}")
    print(f"  worst ratio (best vs best): {worst:4.2f}")
    if "--zoo-only" in sys.argv:
        return
    print("synthetic dense graphs: time per node must stay flat within 2x")
    per_node = []
    for n in (250, 500, 1000, 2000):
        graph = dense_graph(n)
        ours, naive = build_rounds(graph, rounds=3)
        per_node.append(min(ours) * 1000 / n)
        print(f"  {n:5d} nodes {len(graph.links):5d} links   ours {min(ours):7.1f} ms "
              f"({per_node[-1]:5.0f} us/node)   naive {min(naive):7.1f} ms   "
              f"ratio {min(ours) / min(naive):4.2f}")
    print(f"  per-node spread (max / min): {max(per_node) / min(per_node):4.2f}  (target <= 2)")


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    build_table()
    if "--zoo-only" in sys.argv:
        return
    graph = zoo.create("resnet152")
    n_nodes, n_links = len(graph.nodes), len(graph.links)
    doc = Document(graph)
    views = []

    def build():
        views.append(CanvasView(doc))
    cpu = time.process_time()
    build_ms = timed(build, repeat=3)  # the machine is shared: the median of three builds
    build_cpu = (time.process_time() - cpu) * 1000 / 3
    ours = views[-1]
    ours.resize(*SIZE)
    ours.show()
    QApplication.processEvents()
    naive = []
    cpu = time.process_time()
    naive_ms = timed(lambda: naive.append(naive_view(graph, doc.analysis)), repeat=3)
    naive_cpu = (time.process_time() - cpu) * 1000 / 3
    ref = naive[-1]
    ref.resize(*SIZE)
    ref.show()
    QApplication.processEvents()

    analysis_ms = timed(lambda: ours.canvas_scene._on_analysis(doc.analysis), repeat=5)
    edit_ms = timed(lambda: doc.undo_stack.push(
        SetParamCommand(doc, "layer3_5_conv2", "out_channels", 200 + len(views))), repeat=1)
    wire_ms = timed(lambda: ours.canvas_scene.wiring.legal_targets("layer2_0_relu"))

    print(f"ResNet-152: {n_nodes} nodes, {n_links} links, {len(graph.blocks)} blocks; "
          f"viewport {SIZE[0]}x{SIZE[1]}")
    print(f"scene build      ours {build_ms:7.1f} ms   naive {naive_ms:7.1f} ms   "
          f"ratio {build_ms / naive_ms:4.2f}   (CPU time: ours {build_cpu:5.0f} ms, naive "
          f"{naive_cpu:5.0f} ms, ratio {build_cpu / naive_cpu:4.2f})")
    for label, zoom in (("readable 0.7x", 0.7), ("overview 0.12x", 0.12)):
        o_first, o_full, o_scroll = paint_and_pan(ours, zoom)
        r_first, r_full, r_scroll = paint_and_pan(ref, zoom)
        print(f"{label}: first paint ours {o_first:5.1f} ms naive {r_first:5.1f} ms "
              f"(ratio {o_first / r_first:4.2f})")
        print(f"   pan, full repaint per frame  ours {o_full:5.1f} ms ({1000 / o_full:3.0f} fps)"
              f"  naive {r_full:5.1f} ms  ratio {o_full / r_full:4.2f}")
        print(f"   pan, Qt scroll + exposed strip  ours {o_scroll:5.1f} ms "
              f"({1000 / o_scroll:3.0f} fps)  naive {r_scroll:5.1f} ms  "
              f"ratio {o_scroll / r_scroll:4.2f}")
    print(f"analysis painted onto all cards  {analysis_ms:6.2f} ms (no change: compares only)")
    print(f"one parameter edit -> card text  {edit_ms:6.2f} ms (re-analysis is debounced)")
    print(f"wire drag start (can_connect x{n_nodes})  {wire_ms:6.1f} ms")
    ours.close()
    ref.close()
    del app


if __name__ == "__main__":
    main()
