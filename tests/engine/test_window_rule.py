"""The analysis says a network runs at an input size exactly when PyTorch runs it, and with the
shapes PyTorch computes: every zoo model over a grid of small input sizes, forward passes of
the built module (eval, no gradients), including ceil-mode pooling whose last window overhangs
the input (PyTorch allows it while the window starts inside the input or the left padding)."""
import json

import pytest
import torch

from engine import zoo
from engine.analysis import Analyzer
from engine.build import build_module
from engine.inspect.locate import fx_nodes
from engine.io.sources import set_input_shape
from engine.layers.windows import pooled_size

SIZES = (1, 3, 6, 11, 17, 24, 32, 41)  # small: where pooling rounds and overhangs (17, 24:
#                                        GoogLeNet's ceil-mode pools overhang their input)


def _build_key(analysis) -> tuple:
    """What the built module depends on: channel counts and flat sizes, not heights/widths."""
    return tuple(tuple(s[0] if len(s) == 3 else tuple(s) for s in r.input_shapes)
                 for r in analysis.nodes.values())


def _build(graph, analysis):
    """The module with uninitialised weights (only shapes matter; initialising VGG's 138 M
    weights would take most of the test), unless it holds integer buffers such as LeNet-5's
    connection table: those are built for real."""
    with torch.device("meta"):
        module = build_module(graph, analysis)
    if any(not b.is_floating_point() and not name.endswith("num_batches_tracked")
           for name, b in module.named_buffers()):
        return build_module(graph, analysis).eval()
    return module.to_empty(device="cpu").eval()


def _layer_shapes(graph, module, x) -> dict:
    """Output shape (batch dropped) of every layer built as a submodule, from a forward pass."""
    shapes, hooks = {}, []

    def record(node_id):
        def hook(_module, _inputs, out):
            shapes.setdefault(node_id, tuple(out.shape[1:]))
        return hook

    for node_id, fx_node in fx_nodes(graph, module).items():
        if fx_node.op == "call_module":
            sub = module.get_submodule(str(fx_node.target))
            hooks.append(sub.register_forward_hook(record(node_id)))
    try:
        with torch.no_grad():
            module(x)
    finally:
        for h in hooks:
            h.remove()
    return shapes


@pytest.mark.slow
@pytest.mark.parametrize("name", zoo.names())
def test_the_analysis_agrees_with_pytorch_over_small_inputs(name):
    torch.set_num_threads(1)
    graph, analyzer = zoo.create(name), Analyzer()
    channels = graph.nodes[graph.input_nodes()[0]].params["channels"]
    built = {}
    for size in SIZES:
        set_input_shape(graph, (channels, size, size))
        analysis = analyzer.analyze(graph)
        if not analysis.ok:
            module = built.get("any") or _build(graph, analyzer.analyze(zoo.create(name)))
            built["any"] = module
            with pytest.raises(RuntimeError):  # PyTorch refuses the size too
                _layer_shapes(graph, module, torch.zeros(1, channels, size, size))
            continue
        key = _build_key(analysis)
        if key not in built:
            built[key] = built["any"] = _build(graph, analysis)
        shapes = _layer_shapes(graph, built[key], torch.rand(1, channels, size, size))
        for node_id, shape in shapes.items():
            assert analysis[node_id].output_shape == shape, (size, node_id)


def test_ceil_mode_pooling_sizes_are_pytorchs():
    """Every window, stride and padding up to 5 on inputs of 1 to 12 pixels: the same size as
    PyTorch, and "too small" exactly where PyTorch refuses (GoogLeNet's 3x3/2 on 2x2: 1x1)."""
    pool = torch.nn.functional.max_pool2d
    for n in range(1, 13):
        x = torch.zeros(1, 1, n, n)
        for k in range(1, 6):
            for s in range(1, 6):
                for p in range(0, k // 2 + 1):
                    for ceil in (False, True):
                        ours = pooled_size(n, k, s, p, ceil)
                        try:
                            theirs = pool(x, k, s, p, ceil_mode=ceil).shape[-1]
                        except RuntimeError:
                            theirs = 0
                        assert max(ours, 0) == theirs, (n, k, s, p, ceil)
    assert pooled_size(2, 3, 2, 0, ceil_mode=True) == 1


def test_summary_of_googlenet_at_17_pixels_runs_as_torchvision_does(capsys):
    from torchvision.models import googlenet

    from engine.cli import main

    assert main(["summary", "zoo:googlenet", "--input", "3x17x17", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert not report["errors"]
    net = googlenet(weights=None, aux_logits=False, init_weights=False).eval()
    with torch.no_grad():
        assert tuple(net(torch.rand(1, 3, 17, 17)).shape) == (1, 1000)
    assert report["layers"][-1]["output_shape"] == [1000]
