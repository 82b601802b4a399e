"""The lecture notes' numbers, reproduced by the zoo's networks (seeds 000, 001, 003)."""
import pytest

from engine import zoo
from engine.analysis import analyze
from engine.graph import sequential

# seed 000, the AlexNet table: output shape and the table's weight count (conv with biases,
# FC without)
ALEXNET_TABLE = {
    "conv1": ((96, 55, 55), 34_944), "pool1": ((96, 27, 27), 0),
    "conv2": ((256, 27, 27), 614_656), "pool2": ((256, 13, 13), 0),
    "conv3": ((384, 13, 13), 885_120), "conv4": ((384, 13, 13), 1_327_488),
    "conv5": ((256, 13, 13), 884_992), "pool5": ((256, 6, 6), 0),
    "fc6": ((4096,), 37_748_736), "fc7": ((4096,), 16_777_216), "fc8": ((1000,), 4_096_000),
}

# seed 003, the GoogLeNet table: params (K = 1024, weights) and ops (M multiply-accumulates)
GOOGLENET_TABLE = {
    "3a": (159, 128), "3b": (380, 304), "4a": (364, 73), "4b": (437, 88), "4c": (463, 100),
    "4d": (580, 119), "4e": (840, 170), "5a": (1072, 54), "5b": (1388, 71),
}
# the paper's own slips, which the card explains (exact values from the six numbers)
GOOGLENET_SLIPS = {"4c": "params", "5a": "both"}


def test_zoo_alexnet_reproduces_the_lecture_table_row_by_row():
    g = zoo.create("alexnet")
    a = analyze(g)
    for node_id, (shape, table_weights) in ALEXNET_TABLE.items():
        r = a[node_id]
        assert r.output_shape == shape, node_id
        assert (r.params if node_id.startswith("conv") else r.weights) == table_weights
    assert sum(a[f].weights for f in ("fc6", "fc7", "fc8")) == 58_621_952
    assert (a.totals.params - a.totals_of(["fc6", "fc7", "fc8"]).biases) * 4 == 249_476_608
    assert a.totals.params == 62_378_344
    # 781,736 values in the table's rows (the real network also stores LRN outputs)
    assert sum(a[n].activation_elements for n in ALEXNET_TABLE) == 781_736
    # and it is the paper's network, not just the table: ReLU, LRN, overlapping pools, dropout
    types = [g.nodes[n].type for n in a.nodes]
    assert types.count("LocalResponseNorm") == 2 and types.count("Dropout") == 2
    assert g.nodes["pool1"].params["kernel_size"] == 3 and g.nodes["pool1"].params["stride"] == 2


def test_googlenet_paper_inception_modules_match_the_table_columns():
    g = zoo.create("googlenet_paper")
    a = analyze(g)
    from engine.zoo.models.googlenet import INCEPTION_TABLE
    c_in = {"3a": 192}
    for name, (k_params, m_ops) in GOOGLENET_TABLE.items():
        block = g.blocks[f"inception{name}"]
        t = a.totals_of(block.nodes)
        # exact, by hand from the six numbers and the input channels
        n1, r3, n3, r5, n5, pp = INCEPTION_TABLE[name]
        cin = a[g.inputs_of(f"inception{name}_branch1_conv")[0]].output_shape[0]
        hand = cin * (n1 + r3 + r5 + pp) + 9 * r3 * n3 + 25 * r5 * n5
        assert t.weights == hand
        size = a[f"inception{name}_concat"].output_shape[1]
        assert t.macs == hand * size * size
        c_in[name] = cin
        slip = GOOGLENET_SLIPS.get(name)
        if slip != "both":  # the table rounds either way: within 1M
            assert abs(t.macs / 1e6 - m_ops) < 1, name
        if slip is None:
            assert t.weights / 1024 == pytest.approx(k_params, rel=0.02), name
    assert c_in["4a"] == 480 and c_in["5b"] == 832
    # the slips, as the card states them
    assert a.totals_of(g.blocks["inception4c"].nodes).weights == 509_440
    assert a.totals_of(g.blocks["inception5a"].nodes).weights == 1_042_432


def test_the_1x1_reduction_example_of_seed_003():
    direct = analyze(sequential((480, 14, 14), [
        ("conv5x5", "Conv2d", dict(out_channels=48, kernel_size=5, padding=2, bias=False))]))
    reduced = analyze(sequential((480, 14, 14), [
        ("reduce", "Conv2d", dict(out_channels=16, kernel_size=1, bias=False)),
        ("conv5x5", "Conv2d", dict(out_channels=48, kernel_size=5, padding=2, bias=False))]))
    assert direct["conv5x5"].macs == 112_896_000                      # 112.9M
    assert round(reduced["reduce"].macs / 1e5) / 10 == 1.5           # 1.5M
    assert round(reduced["conv5x5"].macs / 1e5) / 10 == 3.8          # 3.8M
    assert round(reduced.totals.macs / 1e5) / 10 == 5.3              # 5.3M
    assert direct["conv5x5"].output_shape == reduced["conv5x5"].output_shape == (48, 14, 14)


@pytest.mark.parametrize("depth,lecture", [(18, 1.8), (34, 3.6), (50, 3.8), (101, 7.6),
                                           (152, 11.3)])
def test_resnet_flops_row_is_multiply_accumulates_of_the_paper_variant(depth, lecture):
    options = {"stride_on": "1x1"} if depth >= 50 else {}
    paper = analyze(zoo.create(f"resnet{depth}", **options)).totals
    # the paper prints one decimal; its own arithmetic is within +-0.07 G of the exact count
    assert abs(paper.macs / 1e9 - lecture) < 0.07
    if depth >= 50:
        # torchvision's v1.5 (stride in the 3x3) costs more and does not match the row ...
        tv = analyze(zoo.create(f"resnet{depth}")).totals
        assert tv.macs / 1e9 - lecture > 0.15
        # ... with the very same parameters
        assert tv.params == paper.params


def test_lenet5_has_the_papers_trainable_subsampling_and_c3_table():
    a = analyze(zoo.create("lenet5"))
    assert a["c1"].params == 156 and a["c1"].output_shape == (6, 28, 28)
    assert a["s2"].params == 12 and a["s2"].output_shape == (6, 14, 14)
    assert a["c3"].params == 1_516 and a["c3"].output_shape == (16, 10, 10)
    assert a["s4"].params == 32 and a["s4"].output_shape == (16, 5, 5)
    assert a["c5"].params == 48_120 and a["c5"].output_shape == (120, 1, 1)
    assert a["f6"].params == 10_164
    assert "6*3 + 9*4 + 1*6" in a["c3"].formulas["weights"]


def _weight_depth(graph) -> int:
    """Layers with weights on the longest path: how papers count a network's depth."""
    order, _ = graph.topological_order()
    depth = {}
    for n in order:
        own = graph.nodes[n].type in ("Conv2d", "Linear", "TableConv2d")
        depth[n] = max((depth[s] for s in graph.inputs_of(n)), default=0) + own
    return max(depth.values())


@pytest.mark.parametrize("name,depth", [
    ("alexnet", 8), ("zfnet", 8), ("vgg11", 11), ("vgg11_lrn", 11), ("vgg13", 13),
    ("vgg16_c", 16), ("vgg16", 16), ("vgg19_bn", 19), ("googlenet_paper", 22),
    ("googlenet", 22), ("resnet18", 18), ("resnet34", 34), ("resnet50", 50),
    ("resnet101", 101), ("resnet152", 152), ("resnext50_32x4d", 50), ("densenet121", 121),
    ("densenet169", 169), ("dpn68", 68), ("resnet20_cifar", 20)])
def test_each_network_is_as_deep_as_its_name_says(name, depth):
    assert _weight_depth(zoo.create(name)) == depth


def test_vgg_configurations_follow_the_table_of_seed_001():
    def layers(name):
        g = zoo.create(name)
        return [(g.nodes[n].type, g.nodes[n].params.get("kernel_size"),
                 g.nodes[n].params.get("out_channels")) for n in g.nodes]
    c = layers("vgg16_c")
    assert [x for x in c if x[0] == "Conv2d" and x[1] == 1] == [("Conv2d", 1, 256),
                                                                ("Conv2d", 1, 512),
                                                                ("Conv2d", 1, 512)]
    assert [x[0] for x in layers("vgg11_lrn")].count("LocalResponseNorm") == 1
    # two stacked 3x3 convolutions see 5x5, three see 7x7 (seeds 000, 001)
    a = analyze(zoo.create("vgg16"))
    g = zoo.create("vgg16")
    rf = {g.nodes[n].name: a[n].receptive_field for n in g.nodes if g.nodes[n].name}
    assert (rf["conv1_1"], rf["conv1_2"]) == (3, 5)
    assert round(a.totals.params / 1e6) == 138  # seed 003: "138 million"


def test_alexnet_split_over_two_gpus_has_the_papers_60_million_parameters():
    split = analyze(zoo.create("alexnet", two_gpus=True))
    # conv2, conv4, conv5 see half the channels: (5*5*48 + 1)*256, (3*3*192 + 1)*384, ...
    assert split["conv2"].params == (5 * 5 * 48 + 1) * 256
    assert split["conv4"].params == (3 * 3 * 192 + 1) * 384
    assert split["conv3"].params == (3 * 3 * 256 + 1) * 384  # conv3 sees both GPUs
    assert split.totals.params == 60_965_224
    assert split["fc8"].output_shape == (1000,)


def test_lenet5_c3_maps_only_see_the_maps_of_their_table_row():
    import torch
    from engine.layers.historical import LENET5_C3_TABLE
    from engine.layers.modules import Subsample2d, TableConv2d
    conv = TableConv2d(LENET5_C3_TABLE)
    assert sum(p.numel() for p in conv.parameters()) == 1_516
    x = torch.randn(1, 6, 14, 14, requires_grad=True)
    conv(x)[0, 0].sum().backward()  # map 0 reads S2 maps 0, 1, 2 only
    seen = x.grad.abs().sum(dim=(0, 2, 3)) > 0
    assert seen.tolist() == [True, True, True, False, False, False]
    pool = Subsample2d(6)
    with torch.no_grad():
        pool.weight.fill_(0.5)
        pool.bias.fill_(1.0)
    y = pool(torch.ones(1, 6, 4, 4))
    assert y.shape == (1, 6, 2, 2) and torch.allclose(y, torch.full_like(y, 0.5 * 4 + 1.0))
