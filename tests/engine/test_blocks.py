"""Composite blocks: one node with its totals, expanded into layers and collapsed back."""
import keyword

import pytest
import torch

from engine import layers, zoo
from engine.analysis import analyze, training_memory
from engine.build import build_module
from engine.graph import BlockError, NetworkGraph, sequential
from engine.io import graph_from_dict, loads, dumps, Project
from engine.zoo.expansion import BlockEditedError, NotCompositeError

# block type, parameters, input shape -> expected output shape
CASES = [
    ("ResidualBlock", dict(out_channels=16), (16, 12, 12), (16, 12, 12)),
    ("ResidualBlock", dict(out_channels=32, stride=2), (16, 12, 12), (32, 6, 6)),
    ("Bottleneck", dict(out_channels=64, width=16, stride=2), (32, 12, 12), (64, 6, 6)),
    ("Bottleneck", dict(out_channels=64, width=16, stride=2, stride_on="1x1"), (32, 12, 12),
     (64, 6, 6)),
    ("ResNeXtBlock", dict(out_channels=64, cardinality=8, group_width=4), (64, 8, 8),
     (64, 8, 8)),
    ("Inception", dict(ch1x1=8, ch3x3red=6, ch3x3=12, ch5x5red=2, ch5x5=4, pool_proj=4),
     (16, 10, 10), (28, 10, 10)),
    ("Inception", dict(ch1x1=8, ch3x3red=6, ch3x3=12, ch5x5red=2, ch5x5=4, pool_proj=4,
                       batch_norm=True, branch3_kernel=3), (16, 10, 10), (28, 10, 10)),
    ("DenseBlock", dict(num_layers=3, growth_rate=4, bn_size=2), (8, 8, 8), (20, 8, 8)),
    ("DenseBlock", dict(num_layers=2, growth_rate=4, bottleneck=False), (8, 8, 8), (16, 8, 8)),
    ("Transition", dict(compression=0.5), (20, 8, 8), (10, 4, 4)),
    ("DPNBlock", dict(residual_channels=16, increment=4, width=16, groups=4,
                      shortcut="projection", stride=2), (12, 8, 8), (28, 4, 4)),
    ("DPNBlock", dict(residual_channels=16, increment=4, width=16, groups=4), (24, 8, 8),
     (28, 8, 8)),
]


def _one_block(block_type, params, shape):
    g = NetworkGraph("one block")
    c, h, w = shape
    g.add_node("Input", dict(channels=c, height=h, width=w), node_id="x")
    g.add_node(block_type, params, node_id="blk")
    g.add_node("ReLU", {}, node_id="after")
    g.connect("x", "blk")
    g.connect("blk", "after")
    return g


def _same_analysis(a, b):
    assert a.totals == b.totals  # weights, biases, MACs, activations, saved values
    shared = [n for n in a.nodes if n in b.nodes]
    for n in shared:
        assert a[n].output_shape == b[n].output_shape, n
        assert (a[n].receptive_field, a[n].jump, a[n].rf_global) == \
            (b[n].receptive_field, b[n].jump, b[n].rf_global), n


@pytest.mark.parametrize("block_type,params,shape,out", CASES)
def test_block_node_totals_equal_its_expanded_layers(block_type, params, shape, out):
    g = _one_block(block_type, params, shape)
    collapsed = analyze(g)
    r = collapsed["blk"]
    assert r.output_shape == out
    assert r.params > 0 and r.macs > 0
    assert f"= {r.params:,}" in r.formulas["params"]  # inner layers' figures, summed
    block = zoo.expand(g, "blk")
    assert block.template == block_type and block.params == layers.get(block_type).normalise(
        params)
    expanded = analyze(g)
    _same_analysis(collapsed, expanded)
    assert expanded.totals_of(block.nodes).params == r.params
    est_a, _ = training_memory(collapsed, 32, "adam")
    est_b, _ = training_memory(expanded, 32, "adam")
    assert est_a == est_b
    node = zoo.collapse(g, block.id)
    assert node.id == "blk" and node.type == block_type
    _same_analysis(collapsed, analyze(g))


@pytest.mark.parametrize("block_type,params,shape,out", CASES)
def test_block_builds_a_module_with_the_analysed_shape_and_parameters(block_type, params,
                                                                     shape, out):
    g = _one_block(block_type, params, shape)
    result = analyze(g)
    module = build_module(g, result)
    assert sum(p.numel() for p in module.parameters()) == result.totals.params
    y = module(torch.randn(2, *shape))
    assert tuple(y.shape[1:]) == out
    # the block's layers are named inside it: blk.conv1.weight, blk.branch1_conv.weight, ...
    assert all(k.startswith("blk.") for k in module.state_dict())


def test_expanded_ids_are_valid_identifiers_and_state_dict_keys():
    g = _one_block("Bottleneck", dict(out_channels=64, width=16, stride=2), (32, 12, 12))
    block = zoo.expand(g, "blk")
    for n in block.nodes:
        assert n.isidentifier() and not keyword.iskeyword(n) and n.startswith("blk_")
    keys = build_module(g).state_dict()
    assert "blk_conv1.weight" in keys and "blk_downsample_0.weight" in keys
    assert "blk_bn3.running_mean" in keys


@pytest.mark.parametrize("name", ["resnet20_cifar", "googlenet_paper", "densenet_cifar"])
def test_collapsing_and_expanding_a_whole_zoo_model_keeps_its_analysis(name):
    g = zoo.create(name)
    original, layout = analyze(g), g.to_dict()
    blocks = list(g.blocks)
    for b in blocks:
        zoo.collapse(g, b)
    assert not g.blocks and all(g.nodes[b].spec.composite for b in blocks)
    collapsed = analyze(g)
    _same_analysis(original, collapsed)
    for b in blocks:  # each block's node reports what the group of layers added up to
        assert collapsed[b].params == original.totals_of(
            [n for n in original.nodes if n.startswith(b + "_")]).params
    for b in blocks:
        zoo.expand(g, b)
    _same_analysis(original, analyze(g))

    def structure(d):
        return (sorted((n["id"], n["type"], sorted(n["params"].items())) for n in d["nodes"]),
                sorted((lk["src"], lk["dst"], lk["port"]) for lk in d["links"]),
                sorted((b["id"], sorted(b["nodes"]), b["template"]) for b in d["blocks"]))
    assert structure(g.to_dict()) == structure(layout)


def test_collapse_is_refused_when_an_inner_layer_was_edited():
    g = zoo.create("resnet20_cifar")
    before = g.to_dict()
    g.set_param("layer1_0_conv2", "out_channels", 8)
    with pytest.raises(BlockEditedError) as err:
        zoo.collapse(g, "layer1_0")
    assert err.value.code == "block_edited" and "layer1_0" in str(err.value)
    assert "layer1_0" in g.blocks and "layer1_0_conv2" in g.nodes  # nothing changed
    g.set_param("layer1_0_conv2", "out_channels", 16)
    zoo.collapse(g, "layer1_0")
    assert g.nodes["layer1_0"].type == "ResidualBlock"
    assert before != g.to_dict()


def test_expand_refuses_a_plain_layer_and_an_unconnected_block():
    g = sequential((3, 8, 8), [("conv", "Conv2d", {})])
    with pytest.raises(NotCompositeError):
        zoo.expand(g, "conv")
    g.add_node("DenseBlock", {}, node_id="dense")
    with pytest.raises(BlockError, match="input is connected"):
        zoo.expand(g, "dense")
    assert g.nodes["dense"].type == "DenseBlock"
    with pytest.raises(BlockError, match="plain group"):
        g.group(["conv"], "mine", block_id="mine")
        zoo.collapse(g, "mine")


def test_a_wrong_identity_shortcut_is_reported_on_the_block_with_the_fix():
    g = _one_block("ResidualBlock", dict(out_channels=32, stride=2, shortcut="identity"),
                   (16, 12, 12))
    r = analyze(g)["blk"]
    assert r.error is not None and r.error.code == "add_mismatch"
    assert "Inside the Residual block (basic)" in r.error.message
    assert "1x1 convolution with stride 2" in r.error.message
    auto = analyze(_one_block("ResidualBlock", dict(out_channels=32, stride=2), (16, 12, 12)))
    assert auto["blk"].ok and "downsample_0" in auto["blk"].formulas["params"]
    same = analyze(_one_block("ResidualBlock", dict(out_channels=16), (16, 12, 12)))
    assert "downsample" not in same["blk"].formulas["params"]


def test_expand_makes_room_below_and_collapse_gives_it_back():
    g = _one_block("Bottleneck", dict(out_channels=128, width=16), (64, 8, 8))
    g.move("x", (0, 0))
    g.move("blk", (0, 80))
    g.move("after", (0, 160))
    block = zoo.expand(g, "blk")
    ys = [g.nodes[n].pos[1] for n in block.nodes]
    assert min(ys) == 80 and g.nodes["after"].pos[1] > max(ys)
    assert len({g.nodes[n].pos for n in block.nodes}) == len(block.nodes)  # no overlaps
    xs = {g.nodes[n].pos[0] for n in block.nodes}
    assert len(xs) == 2  # the projection shortcut sits beside the main path
    zoo.collapse(g, "blk")
    assert g.nodes["blk"].pos == (0.0, 80.0) and g.nodes["after"].pos == (0.0, 160.0)


def test_blocks_survive_a_project_file_both_collapsed_and_expanded():
    g = zoo.create("densenet_cifar")
    zoo.collapse(g, "denseblock2")
    again = loads(dumps(Project(g))).graph
    assert again == g
    assert again.blocks["denseblock1"].template == "DenseBlock"
    assert again.nodes["denseblock2"].type == "DenseBlock"
    assert analyze(again).totals == analyze(g).totals
    zoo.expand(again, "denseblock2")
    assert graph_from_dict(again.to_dict()).blocks["denseblock2"].params["growth_rate"] == 12


def test_blocks_are_in_the_palette_category():
    blocks = [s for s in layers.all_specs() if s.category == "Blocks"]
    assert {s.type for s in blocks} >= {"ResidualBlock", "Bottleneck", "ResNeXtBlock",
                                        "Inception", "DenseBlock", "Transition", "DPNBlock"}
    assert all(s.composite and s.build for s in blocks)


def test_collapse_all_and_expand_all_keep_the_analysis_and_skip_edited_blocks():
    g = zoo.create("resnet152")
    original = analyze(g)
    g.set_param("layer4_2_conv2", "padding", 2)  # an edit that keeps the shapes working
    g.set_param("layer4_2_conv2", "padding", 1)  # ... undone: the block matches again
    g.set_param("layer3_5_bn1", "eps", 1e-3)     # an edit that stays
    collapsed = zoo.collapse_all(g)
    assert len(collapsed) == 49 and "layer3_5" in g.blocks  # the edited block stays open
    assert g.nodes["layer4_2"].type == "Bottleneck"
    assert len(g.nodes) == 8 + 49 + 10  # stem and head, 49 block nodes, layer3_5's layers
    _same_analysis(original, analyze(g))
    expanded = zoo.expand_all(g)
    assert len(expanded) == 49 and len(g.blocks) == 50
    _same_analysis(original, analyze(g))
    for link in g.links:  # laid out anew, still flowing down
        assert g.nodes[link.dst].pos[1] > g.nodes[link.src].pos[1]


def test_a_collapsed_block_shows_its_inner_layers():
    g = _one_block("Inception", dict(ch1x1=8, ch3x3red=6, ch3x3=12, ch5x5red=2, ch5x5=4,
                                     pool_proj=4), (16, 10, 10))
    node = g.nodes["blk"]
    inner = zoo.inner_analysis(node.type, node.params, (16, 10, 10))
    rows = {r.node_id: r for r in inner.nodes.values()}
    assert rows["branch3_1_conv"].weights == 5 * 5 * 2 * 4
    assert rows["branch4_0"].type == "MaxPool2d" and rows["concat"].output_shape == (28, 10, 10)
    assert inner.totals.params == analyze(g)["blk"].params


def test_inner_problems_become_the_block_nodes_error_never_a_crash():
    too_small = _one_block("Transition", {}, (16, 1, 1))
    r = analyze(too_small)["blk"]
    assert r.error.code == "kernel_too_large" and r.error.data["inner"] == "pool"
    assert r.error.message.startswith("Inside the Transition layer: The 2x2 AvgPool2d window")
    wide = _one_block("ResNeXtBlock", dict(cardinality=1024, group_width=128), (64, 8, 8))
    r = analyze(wide)["blk"]
    assert r.error.code == "param_too_large" and "65536" in r.error.message
    flat = sequential((3, 8, 8), [("flat", "Flatten", {}), ("blk", "DenseBlock", {})])
    assert analyze(flat)["blk"].error.code == "needs_image"
    dpn = _one_block("DPNBlock", dict(residual_channels=64), (32, 8, 8))
    assert "use a projection shortcut" in analyze(dpn)["blk"].error.message


def test_a_block_from_a_damaged_or_newer_file_is_refused_not_crashed():
    g = zoo.create("resnet20_cifar")
    doc = g.to_dict()
    for b in doc["blocks"]:
        if b["id"] == "layer1_0":
            b["template"] = "FancyBlock2030"
        if b["id"] == "layer1_1":
            b["params"] = {"out_channels": "many"}
    g = graph_from_dict(doc)
    with pytest.raises(BlockError, match="does not know"):
        zoo.collapse(g, "layer1_0")
    with pytest.raises(BlockError, match="ungroup it instead"):
        zoo.collapse(g, "layer1_1")
    done = zoo.collapse_all(g)
    assert len(done) == 7 and "layer1_0" in g.blocks and "layer1_1" in g.blocks
