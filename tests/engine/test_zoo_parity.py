"""Zoo models against torchvision itself: parameters, output, state_dict layout, numerics."""
import pytest
import torch

from engine import zoo
from engine.analysis import analyze
from engine.build import build_module
from engine.io.sources import set_input_shape
from engine.zoo.torchvision_keys import from_torchvision, zoo_key

torchvision = pytest.importorskip("torchvision")

# zoo name -> (torchvision name, constructor keywords)
PARITY = {
    "resnet18": ("resnet18", {}), "resnet34": ("resnet34", {}), "resnet50": ("resnet50", {}),
    "resnet101": ("resnet101", {}), "resnet152": ("resnet152", {}),
    "resnext50_32x4d": ("resnext50_32x4d", {}),
    "vgg11": ("vgg11", {}), "vgg13": ("vgg13", {}), "vgg16": ("vgg16", {}),
    "vgg19": ("vgg19", {}), "vgg11_bn": ("vgg11_bn", {}), "vgg13_bn": ("vgg13_bn", {}),
    "vgg16_bn": ("vgg16_bn", {}), "vgg19_bn": ("vgg19_bn", {}),
    "densenet121": ("densenet121", {}), "densenet169": ("densenet169", {}),
    "alexnet_torchvision": ("alexnet", {}),
    "googlenet": ("googlenet", {"aux_logits": False, "init_weights": False}),
}


def _torchvision_on_meta(name, **kwargs):
    with torch.device("meta"):
        return torchvision.models.get_model(name, weights=None, **kwargs)


@pytest.mark.parametrize("name", list(PARITY))
def test_same_parameters_output_and_state_dict_layout_as_torchvision(name):
    tv_name, kwargs = PARITY[name]
    ref = _torchvision_on_meta(tv_name, **kwargs)
    graph = zoo.create(name)
    result = analyze(graph)
    assert zoo.info(name).params == result.totals.params
    assert result.totals.params == sum(p.numel() for p in ref.parameters())
    assert result["output"].output_shape == (ref.fc.out_features if hasattr(ref, "fc") else
                                             _last_linear(ref).out_features,)
    with torch.device("meta"):
        ours = build_module(graph, result)
    sd, sd_ref = ours.state_dict(), ref.state_dict()
    # one to one, in torchvision's order: same shapes, keys renamed mechanically
    assert list(sd) == [zoo_key(name if name != "alexnet_torchvision" else tv_name, k)
                        for k in sd_ref]
    assert [tuple(v.shape) for v in sd.values()] == [tuple(v.shape) for v in sd_ref.values()]


def _last_linear(model):
    return [m for m in model.modules() if isinstance(m, torch.nn.Linear)][-1]


def test_googlenet_aux_classifiers_match_torchvision_with_aux_logits():
    ref = _torchvision_on_meta("googlenet", aux_logits=True, init_weights=False)
    graph = zoo.create("googlenet", aux=True)
    result = analyze(graph)
    assert result.totals.params == sum(p.numel() for p in ref.parameters()) == 13_004_888
    outputs = graph.output_nodes()
    assert outputs == ["output", "aux1_output", "aux2_output"]  # the main result first
    assert all(result[o].output_shape == (1000,) for o in outputs)
    assert result["aux1_pool"].input_shapes == [(512, 14, 14)]
    assert result["aux2_pool"].input_shapes == [(528, 14, 14)]


@pytest.mark.parametrize("name,size", [("resnet18", 32), ("googlenet", 32),
                                       ("densenet121", 32)])
def test_torchvision_weights_load_and_give_the_same_outputs(name, size):
    """With torchvision's (random) weights loaded, our network computes the same function."""
    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # small CPU work: one thread is fastest on a busy machine
    try:
        _compare_outputs(name, size)
    finally:
        torch.set_num_threads(threads)


def _compare_outputs(name, size):
    tv_name, kwargs = PARITY[name]
    torch.manual_seed(0)
    ref = torchvision.models.get_model(tv_name, weights=None, **kwargs).eval()
    graph = zoo.create(name)
    set_input_shape(graph, (3, size, size))
    ours = build_module(graph).eval()
    ours.load_state_dict(from_torchvision(name, ref.state_dict()), strict=True)
    x = torch.randn(1, 3, size, size)
    with torch.no_grad():
        expected, got = ref(x), ours(x)
    assert got.shape == expected.shape == (1, 1000)
    torch.testing.assert_close(got, expected, rtol=1e-4, atol=1e-4)


@pytest.mark.parametrize("name,size", [("resnet50", 97), ("densenet_cifar", 33),
                                       ("googlenet", 83), ("dpn68", 99), ("zfnet", 224),
                                       ("lenet5", 32)])
def test_analysis_shapes_agree_with_the_built_module_at_odd_sizes(name, size):
    """Every node's analysed shape is the shape torch computes (meta tensors, odd inputs)."""
    from torch.fx.passes.shape_prop import ShapeProp
    graph = zoo.create(name)
    c = graph.nodes["input"].params["channels"]
    set_input_shape(graph, (c, size, size))
    result = analyze(graph)
    assert result.ok
    with torch.device("meta"):
        module = build_module(graph, result)
        ShapeProp(module).propagate(torch.empty(1, c, size, size))
    seen = 0
    for fx_node in module.graph.nodes:
        meta = fx_node.meta.get("tensor_meta")
        if fx_node.name in result.nodes and meta is not None:
            assert tuple(meta.shape[1:]) == result[fx_node.name].output_shape, fx_node.name
            seen += 1
    assert seen > 0.8 * len([n for n in graph.nodes if graph.nodes[n].type != "Output"])
