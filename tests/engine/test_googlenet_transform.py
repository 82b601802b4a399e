"""Pretrained GoogLeNet computes what torchvision's pretrained googlenet computes: torchvision
builds it with ``transform_input=True`` (its weights were trained on [-1, 1] images), and so
does ConvStudio, with a TransformInput layer right after the Input, in the imported network
(``torchvision:googlenet`` with pretrained weights) and in the zoo's twin (``zoo:googlenet``).
The weights file is written by the test into a temporary TORCH_HOME; nothing downloads."""
from __future__ import annotations

import functools

import pytest
import torch

from engine.analysis import analyze
from engine.build import build_module

torchvision = pytest.importorskip("torchvision")


@functools.cache
def _weights() -> dict:
    """GoogLeNet weights whose outputs depend on the image: random, with BatchNorm statistics
    taken from a batch (as training leaves them), aux heads included as in torchvision's file."""
    torch.manual_seed(7)
    full = torchvision.models.googlenet(weights=None, aux_logits=True, init_weights=False,
                                        transform_input=True)
    for m in full.modules():
        if isinstance(m, torch.nn.BatchNorm2d):
            m.momentum = 1.0
    with torch.no_grad():
        full.train()(torch.randn(4, 3, 64, 64))
    return full.state_dict()


@pytest.fixture
def pretrained_googlenet(tmp_path, monkeypatch):
    """torchvision's googlenet as it is with pretrained weights (transform_input on), and its
    weights file in torchvision's cache layout."""
    from engine.io.pretrained import pretrained_file
    monkeypatch.setenv("TORCH_HOME", str(tmp_path))
    info = pretrained_file("googlenet")
    assert info.path == tmp_path / "hub" / "checkpoints" / "googlenet-1378be20.pth"
    info.path.parent.mkdir(parents=True)
    torch.save(_weights(), info.path)
    reference = torchvision.models.googlenet(weights=None, aux_logits=False, init_weights=False,
                                             transform_input=True)
    missing = reference.load_state_dict(_weights(), strict=False)
    assert not missing.missing_keys
    return reference.eval()


def _images():
    torch.manual_seed(3)
    return torch.randn(2, 3, 64, 64)


def test_imported_pretrained_googlenet_equals_torchvisions(pretrained_googlenet):
    from engine.io.import_sources import import_model
    result = import_model("torchvision:googlenet", pretrained=True, input_shape=(3, 64, 64))
    graph = result.graph
    (first,) = graph.successors(graph.input_nodes()[0])
    assert graph.nodes[first].type == "TransformInput"
    assert analyze(graph).totals.params == result.original_params == sum(
        p.numel() for p in pretrained_googlenet.parameters())
    ours = build_module(graph).eval()
    ours.load_state_dict(result.state_dict, strict=True)
    x = _images()
    with torch.no_grad():
        want = pretrained_googlenet(x)
        got = ours(x)
        torch.testing.assert_close(got, want, atol=1e-5, rtol=0)
        # the transform matters: without it the outputs are another network's
        pretrained_googlenet.transform_input = False
        assert (pretrained_googlenet(x) - want).abs().max() > 1e-3
    # fresh weights or a weights file of one's own: as torchvision without weights, no transform
    plain = import_model("torchvision:googlenet", input_shape=(3, 64, 64)).graph
    assert "TransformInput" not in {n.type for n in plain.nodes.values()}


def test_zoo_googlenet_with_pretrained_weights_equals_torchvisions(pretrained_googlenet):
    from engine.io.import_sources import pretrained_network
    graph, state = pretrained_network("zoo:googlenet")
    assert graph.nodes["transform_input"].type == "TransformInput"
    assert graph.inputs_of("transform_input") == graph.input_nodes()
    ours = build_module(graph).eval()
    ours.load_state_dict(state, strict=True)
    x = _images()
    with torch.no_grad():
        torch.testing.assert_close(ours(x), pretrained_googlenet(x), atol=1e-5, rtol=0)
    assert analyze(graph).errors == []


def test_the_transform_is_exported_as_plain_pytorch(pretrained_googlenet, tmp_path):
    from engine.io.export_source import network_source
    from engine.io.import_sources import pretrained_network
    graph, state = pretrained_network("zoo:googlenet")
    source = network_source(graph)
    assert "class TransformInput(nn.Module):" in source
    assert "self.transform_input = TransformInput()" in source
    namespace: dict = {}
    exec(compile(source, "googlenet.py", "exec"), namespace)
    net = namespace["GoogLeNet"]().eval()
    net.load_state_dict(state, strict=True)
    x = _images()
    with torch.no_grad():
        torch.testing.assert_close(net(x), pretrained_googlenet(x), atol=1e-5, rtol=0)


def test_the_transform_refuses_an_input_that_is_not_rgb():
    from engine.graph import sequential
    g = sequential((1, 16, 16), [("t", "TransformInput", {})])
    (problem,) = analyze(g).errors
    assert problem.code == "transform_channels" and "gets 1x16x16" in problem.message
