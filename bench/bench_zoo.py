"""Opening zoo models: create + analyse ResNet-152 and DenseNet-169, re-analysis after one edit,
collapsing and expanding every block; reference: torchvision building the same model on the
meta device in the same run. Also images/second of the small models on this CPU (one thread,
batch 128, one SGD step = forward + backward + update), to back the "trains in minutes" claim.

Run: python bench/bench_zoo.py [--no-train]
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from engine import zoo  # noqa: E402
from engine.analysis import Analyzer  # noqa: E402

BIG = {"resnet152": "resnet152", "densenet169": "densenet169"}
SMALL = ["lenet5_modern", "lenet5_gap", "vgg_small", "resnet20_cifar", "densenet_cifar"]


def timeit(fn, repeat=10):
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def open_model(name: str) -> None:
    graph = zoo.create(name)
    analyzer = Analyzer()
    analyzer.analyze(graph)
    t_create = timeit(lambda: zoo.create(name))
    t_open = timeit(lambda: Analyzer().analyze(zoo.create(name)))
    full = timeit(lambda: Analyzer().analyze(graph))
    late = "fc" if "fc" in graph.nodes else "classifier"
    values = iter([500, 1000] * 100)
    edit_late = timeit(lambda: (graph.set_param(late, "out_features", next(values)),
                                analyzer.analyze(graph)))
    late_count = analyzer.recomputed
    first_conv = next(n for n in graph.nodes if graph.nodes[n].type == "Conv2d")
    values = iter([32, 64] * 100)
    edit_early = timeit(lambda: (graph.set_param(first_conv, "out_channels", next(values)),
                                 analyzer.analyze(graph)))
    early_count = analyzer.recomputed
    blocks = list(graph.blocks)

    def collapse_expand():
        g = zoo.create(name)
        t = time.perf_counter()
        zoo.collapse_all(g)
        mid = time.perf_counter()
        zoo.expand_all(g)
        end = time.perf_counter()
        zoo.collapse(g, blocks[-1])
        one = time.perf_counter()
        zoo.expand(g, blocks[-1])
        return ((mid - t) * 1000, (end - mid) * 1000, (one - end) * 1000,
                (time.perf_counter() - one) * 1000)
    ce = [collapse_expand() for _ in range(3)]
    collapse_ms, expand_ms, one_c, one_e = (statistics.median(x[i] for x in ce)
                                            for i in range(4))
    ref = torchvision_meta_ms(BIG[name])
    print(f"{name}: {len(graph.nodes)} nodes, {len(blocks)} blocks")
    print(f"  create                       {t_create:8.1f} ms")
    print(f"  create + analyse (open)      {t_open:8.1f} ms"
          + (f"   = {t_open / ref:.2f}x torchvision's meta build ({ref:.1f} ms)" if ref else ""))
    print(f"  full analysis                {full:8.1f} ms")
    print(f"  re-analysis, edit fc         {edit_late:8.1f} ms   ({late_count} layers re-inferred)")
    print(f"  re-analysis, edit conv1      {edit_early:8.1f} ms   ({early_count} layers "
          f"re-inferred)")
    print(f"  collapse all / expand all    {collapse_ms:8.1f} / {expand_ms:.1f} ms")
    print(f"  collapse / expand one block  {one_c:8.1f} / {one_e:.1f} ms (analysis included)")


def torchvision_meta_ms(tv_name: str) -> float | None:
    try:
        import torch
        import torchvision
    except ImportError:
        return None
    def build():
        with torch.device("meta"):
            torchvision.models.get_model(tv_name, weights=None)
    build()
    return timeit(build, repeat=5)


def train_speed() -> None:
    import torch
    from engine.build import build_module
    torch.set_num_threads(1)
    print("small models, one thread, batch 128, SGD step (forward + backward + update):")
    for name in SMALL:
        info = zoo.info(name)
        model = build_module(zoo.create(name)).train()
        opt = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
        x = torch.randn(128, *info.input_shape)
        y = torch.randint(0, 10, (128,))

        def step():
            opt.zero_grad()
            torch.nn.functional.cross_entropy(model(x), y).backward()
            opt.step()
        step()
        ms = timeit(step, repeat=5)
        per_s = 128 / (ms / 1000)
        print(f"  {name:16s} {info.params:>9,} params {info.macs / 1e6:7.1f} M MACs  "
              f"{per_s:8.0f} images/s  -> 50,000 images in {50_000 / per_s / 60:5.1f} min")


def main() -> None:
    for name in BIG:
        open_model(name)
    if "--no-train" not in sys.argv:
        train_speed()


if __name__ == "__main__":
    main()
