"""Inspection speed on ResNet-18 at 224x224 (engine.zoo's graph, random weights).

Prints median times and ratios against references measured in the same run:
- feature maps of one layer (targets < 50 ms): against a full forward of the same network;
- CAM at the last block (target < 100 ms): against a full forward;
- Grad-CAM: against a plain hook-based Grad-CAM written here (forward hook keeps the layer's
  output, a tensor hook its gradient, one backward through the whole network, as the common
  libraries do), on the same module, and against torchcam / pytorch-grad-cam when installed;
- a batch of 16 probe images per image against one image at a time.
Run: python bench/bench_inspect.py [--repeat N]
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402
import torch  # noqa: E402

from engine import zoo  # noqa: E402
from engine.inspect import Inspector  # noqa: E402

LAYER = "layer4_1_relu"  # the last block: the default Grad-CAM layer and CAM's f_k


def median_ms(fn, repeat: int) -> float:
    return round_robin({"x": fn}, repeat)["x"]


def round_robin(fns: dict, repeat: int) -> dict:
    """Median milliseconds of each function, run in turns so that every one sees the same
    background load (this CPU is shared)."""
    for fn in fns.values():
        fn()  # warm-up (builds and caches the cut modules)
    times: dict = {name: [] for name in fns}
    for _ in range(repeat):
        for name, fn in fns.items():
            start = time.perf_counter()
            fn()
            times[name].append((time.perf_counter() - start) * 1000)
    return {name: statistics.median(t) for name, t in times.items()}


def hook_gradcam(module, layer: str, x, cls: int):
    """The plain way: hooks on the layer, gradients on, backward through everything."""
    store = {}

    def forward_hook(mod, inputs, output):
        store["a"] = output
        output.register_hook(lambda g: store.__setitem__("g", g))

    handle = module.get_submodule(layer).register_forward_hook(forward_hook)
    try:
        module.zero_grad(set_to_none=True)
        out = module(x)
        out[:, cls].sum().backward()
    finally:
        handle.remove()
    a, g = store["a"].detach(), store["g"]
    return torch.relu((g.mean(dim=(2, 3), keepdim=True) * a).sum(dim=1))


def third_party(module, layer: str, x, cls: int, repeat: int) -> list:
    """Rows for torchcam / pytorch-grad-cam, when they happen to be installed."""
    rows = []
    try:
        from torchcam.methods import GradCAM as TorchCamGradCAM
        extractor = TorchCamGradCAM(module, target_layer=layer)

        def run_torchcam():
            out = module(x)
            extractor(cls, out)
        rows.append(("Grad-CAM, torchcam", median_ms(run_torchcam, repeat)))
        extractor.remove_hooks()
    except ImportError:
        rows.append(("Grad-CAM, torchcam", None))
    try:
        from pytorch_grad_cam import GradCAM
        from pytorch_grad_cam.utils.model_targets import ClassifierOutputTarget
        cam = GradCAM(model=module, target_layers=[module.get_submodule(layer)])
        rows.append(("Grad-CAM, pytorch-grad-cam",
                     median_ms(lambda: cam(x, targets=[ClassifierOutputTarget(cls)]), repeat)))
    except ImportError:
        rows.append(("Grad-CAM, pytorch-grad-cam", None))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--threads", type=int, default=0, help="torch threads (default: all)")
    args = parser.parse_args()
    repeat = args.repeat
    if args.threads:
        torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    inspector = Inspector(zoo.create("resnet18"))
    module = inspector.module
    x = np.random.default_rng(0).random((1, 3, 224, 224), dtype=np.float32)
    xt = torch.from_numpy(x)
    probes = np.random.default_rng(1).random((16, 3, 224, 224), dtype=np.float32)
    cls = int(inspector.predict(x).top_classes[0, 0])

    def forward_pass():
        with torch.no_grad():
            module(xt)

    plain_module = zoo_module_with_grads(inspector)
    t = round_robin({
        "forward": forward_pass,
        "early": lambda: inspector.activations(x, "layer1_1_relu"),
        "late": lambda: inspector.activations(x, LAYER),
        "cam": lambda: inspector.cam(x, method="cam"),
        "ours": lambda: inspector.cam(x, method="gradcam", layer=LAYER),
        "plain": lambda: hook_gradcam(plain_module, LAYER, xt, cls)}, repeat)
    forward, early, late, cam, ours, plain = (t[k] for k in (
        "forward", "early", "late", "cam", "ours", "plain"))
    ref = hook_gradcam(plain_module, LAYER, xt, cls)[0].numpy()
    got = inspector.cam(x, method="gradcam", layer=LAYER, classes=cls).maps[0].clip(0)
    agree = np.allclose(ref, got, rtol=1e-3, atol=1e-5 * max(1.0, float(ref.max())))

    t = round_robin({
        "batch": lambda: inspector.cam(probes, method="gradcam"),
        "single": lambda: [inspector.cam(p[None], method="gradcam") for p in probes]},
        max(3, repeat // 4))
    batch, single = t["batch"], t["single"] / len(probes)

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"ResNet-18, 224x224, {torch.get_num_threads()} threads, median of {repeat}, "
          f"load average {load:.1f} on {os.cpu_count()} cores (others' work slows every row)")
    rows = [("full forward (reference)", forward, ""),
            ("feature maps, layer1 (early)", early, _target(early, 50)),
            (f"feature maps, {LAYER} (last)", late, _target(late, 50)),
            ("CAM (forward + sum_k w_k f_k)", cam, _target(cam, 100)),
            ("Grad-CAM, engine", ours, ""),
            ("Grad-CAM, plain hooks (reference)", plain, "")]
    for name, ms, note in rows:
        print(f"  {name:<38s} {ms:8.1f} ms  {ms / forward:5.2f}x forward  {note}")
    print(f"  Grad-CAM engine / plain hooks: {ours / plain:.2f} (maps agree: {agree})")
    for name, ms in third_party(plain_module, LAYER, xt, cls, repeat):
        print(f"  {name:<38s} " + ("not installed" if ms is None else
                                   f"{ms:8.1f} ms  engine / it: {ours / ms:.2f}"))
    print(f"  Grad-CAM per image in a batch of 16: {batch / 16:.1f} ms vs one at a time "
          f"{single:.1f} ms ({single / (batch / 16):.2f}x faster batched)")


def zoo_module_with_grads(inspector):
    """A separate copy of the same network with the usual training-ready parameters."""
    from engine.build import build_module
    module = build_module(inspector.graph)
    module.load_state_dict(inspector.module.state_dict())
    return module.eval()


def _target(ms: float, limit: float) -> str:
    return f"(target < {limit:.0f} ms: {'met' if ms < limit else 'missed'})"


if __name__ == "__main__":
    main()
