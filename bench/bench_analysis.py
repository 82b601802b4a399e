"""Analysis speed on a ResNet-152-sized graph (~500 nodes).

Prints: full analysis, incremental re-analysis after a one-parameter edit (same Analyzer), and,
as the reference measured in the same run, a shape-only forward of the built module on the meta
device (what a naive "run it to get shapes" approach would cost). Target: full < 100 ms.
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


def main() -> None:
    g = resnet152_like()
    full = timeit(lambda: Analyzer().analyze(g))
    analyzer = Analyzer()
    a = analyzer.analyze(g)
    conv = [n for n in g.nodes if n.startswith("conv")][-3]
    values = iter([256, 512] * 100)
    incremental = timeit(lambda: (g.set_param(conv, "out_channels", next(values)),
                                  analyzer.analyze(g)))
    recomputed = analyzer.recomputed
    print(f"graph: {len(g.nodes)} nodes, {a.totals.params:,} parameters, "
          f"{a.totals.macs / 1e9:.2f} GMACs")
    print(f"full analysis:              {full:7.2f} ms   (target < 100 ms)")
    print(f"incremental after one edit: {incremental:7.2f} ms   ({recomputed} layers re-inferred)")
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


if __name__ == "__main__":
    main()
