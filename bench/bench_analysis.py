"""Analysis speed on a ResNet-152-sized graph (~500 nodes), and linear growth.

Prints: full analysis, re-analysis with nothing changed and after a one-parameter edit (same
Analyzer, as the window keeps one), and, as the reference measured in the same run, a
shape-only forward of the built module on the meta device (what a naive "run it to get shapes"
approach would cost). Then building and analysing synthetic chains of 100..5,000 nodes with
automatic ids: the time per node must stay flat within 2x (issue 15).
Targets: full < 100 ms; re-analysis after one edit well under the full analysis.
Run: python bench/bench_analysis.py
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from engine.analysis import Analyzer  # noqa: E402
from engine.graph import NetworkGraph  # noqa: E402


def resnet152_like() -> NetworkGraph:
    """Bottleneck ResNet-152 layout [3, 8, 36, 3] written with primitive layers."""
    g = NetworkGraph("resnet152-like")
    prev = g.add_node("Input", {"channels": 3, "height": 224, "width": 224}).id

    def chain(src, items):
        for layer_type, params in items:
            node = g.add_node(layer_type, params)
            g.connect(src, node.id)
            src = node.id
        return src

    prev = chain(prev, [("Conv2d", dict(out_channels=64, kernel_size=7, stride=2, padding=3,
                                        bias=False)), ("BatchNorm2d", {}), ("ReLU", {}),
                        ("MaxPool2d", dict(kernel_size=3, stride=2, padding=1))])
    channels = 64
    for stage, (blocks, width) in enumerate(zip((3, 8, 36, 3), (64, 128, 256, 512))):
        for b in range(blocks):
            stride = 2 if b == 0 and stage > 0 else 1
            main = chain(prev, [
                ("Conv2d", dict(out_channels=width, kernel_size=1, bias=False)),
                ("BatchNorm2d", {}), ("ReLU", {}),
                ("Conv2d", dict(out_channels=width, kernel_size=3, stride=stride, padding=1,
                                bias=False)),
                ("BatchNorm2d", {}), ("ReLU", {}),
                ("Conv2d", dict(out_channels=width * 4, kernel_size=1, bias=False)),
                ("BatchNorm2d", {})])
            short = prev
            if b == 0:
                short = chain(prev, [("Conv2d", dict(out_channels=width * 4, kernel_size=1,
                                                     stride=stride, bias=False)),
                                     ("BatchNorm2d", {})])
            add = g.add_node("Add").id
            g.connect(main, add)
            g.connect(short, add)
            prev = chain(add, [("ReLU", {})])
            channels = width * 4
    chain(prev, [("GlobalAvgPool", {}), ("Linear", dict(out_features=1000)), ("Output", {})])
    assert channels == 2048
    return g


def timeit(fn, repeat=30):
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def chain(n: int) -> NetworkGraph:
    """An ``n``-node conv/ReLU chain built the way a file or the palette builds one:
    automatic ids (``conv1``, ``relu1``, ...), one link per node."""
    g = NetworkGraph(f"chain{n}")
    prev = g.add_node("Input", {"channels": 3, "height": 32, "width": 32}).id
    for i in range(n - 1):
        layer = ("Conv2d", {"out_channels": 8, "kernel_size": 3, "padding": 1}) if i % 2 == 0 \
            else ("ReLU", {})
        node = g.add_node(*layer).id
        g.connect(prev, node)
        prev = node
    return g


def rounds(fns: dict, repeat: int = 5) -> dict:
    """Alternate the functions ``repeat`` times; per name the list of times in ms."""
    times = {name: [] for name in fns}
    for _ in range(repeat):
        for name, fn in fns.items():
            t = time.perf_counter()
            fn()
            times[name].append((time.perf_counter() - t) * 1000)
    return times


def linear_table() -> None:
    print("build + analyse synthetic chains (automatic ids); us per node, best / median")
    per_node = []
    for n in (100, 500, 1000, 2000, 5000):
        t = rounds({"build": lambda: chain(n),
                    "analyse": lambda: Analyzer().analyze(chain(n))}, repeat=3)
        build = min(t["build"]) * 1000 / n
        both = min(t["analyse"]) * 1000 / n
        per_node.append(both)
        print(f"  {n:5d} nodes   build {build:6.1f} us/node   build+analyse {both:6.1f} / "
              f"{statistics.median(t['analyse']) * 1000 / n:6.1f} us/node")
    print(f"  per-node spread (max / min): {max(per_node) / min(per_node):4.2f}  (target <= 2)")


def main() -> None:
    g = resnet152_like()
    analyzer = Analyzer()
    a = analyzer.analyze(g)
    conv = [n for n in g.nodes if n.startswith("conv")][-3]
    values = iter([256, 512] * 1000)
    t = rounds({"full": lambda: Analyzer().analyze(g),
                "nothing changed": lambda: analyzer.analyze(g),
                "one edit": lambda: (g.set_param(conv, "out_channels", next(values)),
                                     analyzer.analyze(g))}, repeat=30)
    recomputed = analyzer.recomputed
    full = statistics.median(t["full"])
    print(f"graph: {len(g.nodes)} nodes, {a.totals.params:,} parameters, "
          f"{a.totals.macs / 1e9:.2f} GMACs  (ms: best / median of alternating rounds)")
    for name, target in (("full", "(target < 100 ms)"), ("nothing changed", ""),
                         ("one edit", f"({recomputed} layers re-inferred)")):
        ms = t[name]
        print(f"  {name:<16} {min(ms):7.2f} / {statistics.median(ms):7.2f} ms   "
              f"{statistics.median(ms) / full:5.0%} of full  {target}")
    try:
        import torch
        from engine.build import build_module
        g.set_param(conv, "out_channels", 512)
        with torch.device("meta"):
            module = build_module(g)
            x = torch.empty(1, 3, 224, 224)
            meta = timeit(lambda: module(x), repeat=5)
        print(f"reference, meta forward:    {meta:7.2f} ms   "
              f"-> formulas are {meta / full:.0f}x faster than running the network")
    except Exception as exc:  # noqa: BLE001 - the reference is optional
        print(f"reference skipped: {exc}")
    linear_table()


if __name__ == "__main__":
    main()
