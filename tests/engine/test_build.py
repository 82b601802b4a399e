"""Graph -> torch.fx GraphModule: real forward passes agree with the analysis."""
import pytest
import torch

from engine import layers
from engine.analysis import analyze
from engine.build import BuildError, build_module
from engine.graph import NetworkGraph, sequential

# one small network per layer type (the layer under test is named "t")
IMAGE_LAYERS = {
    "Conv2d": {"out_channels": 6, "kernel_size": 5, "stride": 2, "padding": 1},
    "MaxPool2d": {"kernel_size": 3, "stride": 2, "ceil_mode": True},
    "AvgPool2d": {"kernel_size": 2, "stride": 2, "padding": 1},
    "StochasticPool2d": {"kernel_size": 3, "stride": 2},
    "AdaptiveAvgPool2d": {"output_size": 3},
    "GlobalAvgPool": {}, "LocalResponseNorm": {}, "BatchNorm2d": {}, "Dropout2d": {},
    "ReLU": {}, "LeakyReLU": {}, "Sigmoid": {}, "Tanh": {}, "Softmax": {}, "Flatten": {},
    "Identity": {}, "Dropout": {}, "Output": {},
}
FLAT_LAYERS = {"Linear": {"out_features": 7}, "BatchNorm1d": {}}


def _check(g: NetworkGraph, batch=3):
    a = analyze(g)
    assert a.ok, [p.message for p in a.errors]
    module = build_module(g, a)
    shapes = {}
    handles = [getattr(module, n).register_forward_hook(
        lambda m, i, o, n=n: shapes.__setitem__(n, tuple(o.shape[1:])))
        for n, _ in module.named_children()]
    inputs = [torch.rand(batch, *a[i].output_shape) for i in g.input_nodes()]
    out = module.eval()(*inputs)
    for h in handles:
        h.remove()
    for node_id, shape in shapes.items():
        assert shape == a[node_id].output_shape, node_id
    outs = out if isinstance(out, tuple) else (out,)
    for o, node_id in zip(outs, g.output_nodes()):
        assert tuple(o.shape[1:]) == a[node_id].output_shape
    return module, a


@pytest.mark.parametrize("layer_type", sorted(IMAGE_LAYERS))
def test_each_image_layer_matches_the_analysis(layer_type):
    g = sequential((4, 11, 13), [("t", layer_type, IMAGE_LAYERS[layer_type])])
    _check(g)


@pytest.mark.parametrize("layer_type", sorted(FLAT_LAYERS))
def test_each_flat_layer_matches_the_analysis(layer_type):
    g = sequential((2, 4, 4), [("f", "Flatten", {}), ("t", layer_type, FLAT_LAYERS[layer_type])])
    _check(g)


def test_every_built_in_layer_is_covered():
    covered = set(IMAGE_LAYERS) | set(FLAT_LAYERS) | {"Input", "Add", "Concat"}
    built_in = {s.type for s in layers.all_specs()
                if s.infer.__module__ == "engine.layers.builtin"}
    assert built_in == covered


def inception_like() -> NetworkGraph:
    g = NetworkGraph("branchy net")
    g.add_node("Input", {"channels": 8, "height": 16, "width": 16}, node_id="x")
    g.add_node("Conv2d", {"out_channels": 4, "kernel_size": 1}, node_id="b1")
    g.add_node("Conv2d", {"out_channels": 6, "kernel_size": 3, "padding": 1}, node_id="b3")
    g.add_node("MaxPool2d", {"kernel_size": 3, "stride": 1, "padding": 1}, node_id="bp")
    g.add_node("Concat", node_id="cat")
    g.add_node("Conv2d", {"out_channels": 18, "kernel_size": 1}, node_id="proj")
    g.add_node("Add", node_id="res")
    g.add_node("GlobalAvgPool", node_id="gap")
    g.add_node("Linear", {"out_features": 5}, node_id="fc")
    g.add_node("Output", node_id="scores")
    g.add_node("Output", node_id="features")
    for s, d in (("x", "b1"), ("x", "b3"), ("x", "bp"), ("b1", "cat"), ("b3", "cat"),
                 ("bp", "cat"), ("x", "proj"), ("cat", "res"), ("proj", "res"), ("res", "gap"),
                 ("gap", "fc"), ("fc", "scores"), ("res", "features")):
        g.connect(s, d)
    return g


def test_branching_graph_with_concat_add_and_two_outputs():
    module, a = _check(inception_like())
    assert a["cat"].output_shape == (18, 16, 16)
    assert "torch.cat" in module.code and "res = " in module.code
    assert type(module).__name__ == "BranchyNet"


def test_state_dict_keys_are_named_after_nodes():
    module = build_module(inception_like())
    keys = list(module.state_dict())
    assert keys[:2] == ["b1.weight", "b1.bias"] and "fc.weight" in keys
    n = sum(p.numel() for p in module.parameters())
    assert n == analyze(inception_like()).totals.params


def test_two_inputs_become_two_arguments():
    g = NetworkGraph()
    g.add_node("Input", {"channels": 3, "height": 8, "width": 8}, node_id="left")
    g.add_node("Input", {"channels": 5, "height": 8, "width": 8}, node_id="right")
    g.add_node("Concat", node_id="cat")
    g.connect("left", "cat")
    g.connect("right", "cat")
    module, _ = _check(g)
    assert module(torch.ones(1, 3, 8, 8), torch.zeros(1, 5, 8, 8)).shape == (1, 8, 8, 8)


def test_a_broken_network_refuses_to_build_with_the_analysis_message():
    g = sequential((1, 4, 4), [("c", "Conv2d", {"kernel_size": 5})])
    with pytest.raises(BuildError, match="larger than its 1x4x4 input"):
        build_module(g)


def _conv_with(kernel, bias=0.0):
    g = sequential((1, 4, 4), [("c", "Conv2d", {"out_channels": 1, "kernel_size": 3})])
    m = build_module(g)
    with torch.no_grad():
        m.c.weight.copy_(torch.tensor(kernel, dtype=torch.float32).view(1, 1, 3, 3))
        m.c.bias.fill_(bias)
    return m, g


def test_the_worked_convolution_of_seed_004():
    m, _ = _conv_with([[2, 0, 1], [0, 1, 2], [1, 0, 2]])
    x = torch.tensor([[1, 2, 3, 0], [0, 1, 2, 3], [3, 0, 1, 2], [2, 3, 0, 1]],
                     dtype=torch.float32).view(1, 1, 4, 4)
    assert m(x).view(2, 2).tolist() == [[15, 16], [6, 15]]
    m, _ = _conv_with([[2, 0, 1], [0, 1, 2], [1, 0, 2]], bias=3.0)
    assert m(x).view(2, 2)[0, 0].item() == 18


def test_the_worked_binary_convolution_of_seeds_000_and_003():
    g = sequential((1, 5, 5), [("c", "Conv2d", {"out_channels": 1, "kernel_size": 3,
                                                "bias": False})])
    m = build_module(g)
    with torch.no_grad():
        m.c.weight.copy_(torch.tensor([[1, 0, 1], [0, 1, 0], [1, 0, 1]],
                                      dtype=torch.float32).view(1, 1, 3, 3))
    x = torch.tensor([[1, 1, 1, 0, 0], [0, 1, 1, 1, 0], [0, 0, 1, 1, 1], [0, 0, 1, 1, 0],
                      [0, 1, 1, 0, 0]], dtype=torch.float32).view(1, 1, 5, 5)
    assert m(x).view(3, 3).tolist() == [[4, 3, 4], [2, 4, 3], [2, 3, 4]]


def test_built_networks_export_to_torchscript_and_onnx(tmp_path):
    import warnings
    module = build_module(inception_like()).eval()
    x = torch.rand(2, 8, 16, 16)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        scripted = torch.jit.script(module)
    torch.testing.assert_close(scripted(x)[0], module(x)[0])
    onnx = pytest.importorskip("onnx")
    path = tmp_path / "net.onnx"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(module, (x,), str(path), dynamo=False)
    model = onnx.load(str(path))
    onnx.checker.check_model(model)
    assert {n.op_type for n in model.graph.node} >= {"Conv", "Concat", "Add", "Gemm"}
