"""Analysis figures against the lecture notes and hand calculation."""
import pytest

from engine.analysis import Analyzer, analyze, training_memory
from engine.examples import alexnet_table
from engine.graph import NetworkGraph, sequential

# seed 000: per layer (output C, H, W) and the table's weight count (conv weights include biases,
# FC weights leave them out)
ALEXNET_TABLE = {
    "conv1": ((96, 55, 55), 34_944), "pool1": ((96, 27, 27), 0),
    "conv2": ((256, 27, 27), 614_656), "pool2": ((256, 13, 13), 0),
    "conv3": ((384, 13, 13), 885_120), "conv4": ((384, 13, 13), 1_327_488),
    "conv5": ((256, 13, 13), 884_992), "pool5": ((256, 6, 6), 0),
    "fc6": ((4096,), 37_748_736), "fc7": ((4096,), 16_777_216), "fc8": ((1000,), 4_096_000),
}


def test_every_row_of_the_alexnet_table():
    a = analyze(alexnet_table())
    for node_id, (shape, table_weights) in ALEXNET_TABLE.items():
        r = a[node_id]
        assert r.output_shape == shape, node_id
        shown = r.params if node_id.startswith("conv") else r.weights
        assert shown == table_weights, node_id
    # the table's "58,621,952" is the FC weights alone
    assert sum(a[f].weights for f in ("fc6", "fc7", "fc8")) == 58_621_952
    # 249,476,608 bytes = (conv weights with biases + FC weights) * 4 bytes
    conv = sum(a[c].params for c in ("conv1", "conv2", "conv3", "conv4", "conv5"))
    assert (conv + 58_621_952) * 4 == 249_476_608
    # the correct totals, weights and biases apart so a teacher can reconcile them
    assert a.totals.params == 62_378_344
    assert a.totals.biases == 96 + 256 + 384 + 384 + 256 + 4096 + 4096 + 1000
    assert a.totals.param_bytes == 249_476_608 + 4 * (4096 + 4096 + 1000)
    assert a.totals.activation_elements == 781_736


def test_formulas_show_the_numbers_plugged_in():
    a = analyze(alexnet_table())
    assert a["conv1"].formulas["output"].startswith("floor((224 + 2*3 - 11) / 4) + 1 = 55")
    assert a["conv1"].formulas["params"] == "(11*11*3 + 1) * 96 = 34,944"
    assert a["fc6"].formulas["weights"] == "9,216 * 4,096 = 37,748,736"
    assert a["pool1"].receptive_field == 19
    assert "11 + (3 - 1) * 4 = 19" in a["pool1"].formulas["receptive_field"]


def test_a_window_that_does_not_tile_its_input_is_a_warning():
    g = sequential((1, 28, 28), [("pool", "MaxPool2d", {"kernel_size": 3, "stride": 2})])
    (w,) = analyze(g)["pool"].warnings
    assert "does not tile 28 pixels" in w.message and "drops the last 1" in w.message
    assert w.code == "uneven_window" and w.data["dropped"] == 1


def test_dropping_only_padding_is_explained_not_warned():
    # AlexNet's conv1: (224 + 6 - 11) / 4 leaves 3 over, all of them padding
    r = analyze(alexnet_table())["conv1"]
    assert not r.warnings
    assert "the last 3 padded rows are never reached; no pixel is lost" in r.formulas["output"]
    # ResNet's 7x7/2 p3 stem and 1x1/2 projection shortcut: no warning either
    g = sequential((3, 56, 56), [("stem", "Conv2d", {"kernel_size": 7, "stride": 2,
                                                    "padding": 3}),
                                 ("proj", "Conv2d", {"kernel_size": 1, "stride": 2})])
    a = analyze(g)
    assert not a.warnings and a["proj"].output_shape[1:] == (14, 14)


def test_output_size_and_same_padding_formulas_of_seed_002():
    # (N - F) / S + 1 with N=7, F=3: stride 1 -> 5, stride 2 -> 3, stride 3 -> not allowed
    for stride, expected in ((1, 5), (2, 3)):
        g = sequential((1, 7, 7), [("c", "Conv2d", {"kernel_size": 3, "stride": stride})])
        r = analyze(g)["c"]
        assert r.output_shape[1:] == (expected, expected) and not r.warnings
    g = sequential((1, 7, 7), [("c", "Conv2d", {"kernel_size": 3, "stride": 3})])
    assert analyze(g)["c"].warnings[0].code == "uneven_window"
    # padding ((N-1)S + F - N) / 2 = 1 keeps 7x7 with a 3x3 filter at stride 1; "same" does it
    g = sequential((1, 7, 7), [("c", "Conv2d", {"kernel_size": 3, "padding": "same"})])
    assert analyze(g)["c"].output_shape == (16, 7, 7)


def test_macs_are_multiply_accumulates_and_flops_twice_that():
    g = sequential((3, 32, 32), [("c", "Conv2d", {"out_channels": 8, "kernel_size": 3,
                                                 "padding": 1}),
                                ("f", "Flatten", {}), ("fc", "Linear", {"out_features": 10})])
    a = analyze(g)
    assert a["c"].macs == 32 * 32 * 8 * 3 * 3 * 3
    assert a["fc"].macs == 8 * 32 * 32 * 10
    assert a.totals.flops == 2 * a.totals.macs


def test_grouped_and_dilated_convolution():
    g = sequential((32, 16, 16), [("c", "Conv2d", {"out_channels": 64, "kernel_size": 3,
                                                  "groups": 4, "dilation": 2, "padding": 2})])
    r = analyze(g)["c"]
    assert r.output_shape == (64, 16, 16)
    assert r.weights == 64 * (32 // 4) * 9
    assert r.receptive_field == 5


def test_errors_speak_to_a_student_and_other_nodes_still_get_shapes():
    g = NetworkGraph()
    g.add_node("Input", {"channels": 3, "height": 224, "width": 224}, node_id="x")
    g.add_node("Conv2d", {"out_channels": 64, "kernel_size": 7, "stride": 4, "padding": 3},
               node_id="conv3")
    g.add_node("Conv2d", {"out_channels": 128, "kernel_size": 3, "stride": 8, "padding": 1},
               node_id="conv5")
    g.add_node("Add", node_id="add")
    g.add_node("ReLU", node_id="after")
    g.add_node("Linear", node_id="fc")
    g.add_node("Conv2d", node_id="lonely")
    for s, d in (("x", "conv3"), ("x", "conv5"), ("conv3", "add"), ("conv5", "add"),
                 ("add", "after"), ("conv3", "fc")):
        g.connect(s, d)
    a = analyze(g)
    assert a["add"].error.message == (
        "Add needs inputs of the same shape: 64x56x56 from conv3 and 128x28x28 from conv5 — "
        "add a 1x1 convolution with stride 2 and 128 filters on the shortcut.")
    assert a["after"].output_shape is None and a["after"].blocked_by == "add"
    assert a["conv3"].output_shape == (64, 56, 56)  # unaffected by the broken node
    assert "needs a flat vector" in a["fc"].error.message
    assert "Flatten" in a["fc"].error.message
    assert a["lonely"].error.code == "missing_input"
    assert {p.node_id for p in a.errors} == {"add", "fc", "lonely"}


def test_kernel_larger_than_input_and_channel_mismatch_in_concat():
    g = sequential((1, 4, 4), [("c", "Conv2d", {"kernel_size": 5})])
    err = analyze(g)["c"].error
    assert err.code == "kernel_too_large" and "larger than its 1x4x4 input" in err.message
    g = NetworkGraph()
    g.add_node("Input", {"channels": 3, "height": 8, "width": 8}, node_id="x")
    g.add_node("MaxPool2d", node_id="p")
    g.add_node("Concat", node_id="cat")
    g.connect("x", "p")
    g.connect("x", "cat")
    g.connect("p", "cat")
    assert analyze(g)["cat"].error.code == "concat_mismatch"


def test_a_cycle_read_from_a_file_is_named():
    g = sequential((1, 8, 8), [("a", "ReLU", {}), ("b", "ReLU", {})])
    g.add_node("Add", node_id="add")
    g.connect("b", "add")
    g.disconnect("input1", "a")
    g.add_link_unchecked("add", "a", 0)
    a = analyze(g)
    assert {p.node_id for p in a.errors if p.code == "cycle"} == {"a", "b", "add"}


def test_receptive_field_through_branches_takes_the_largest():
    g = NetworkGraph()
    g.add_node("Input", {"channels": 1, "height": 32, "width": 32}, node_id="x")
    g.add_node("Conv2d", {"kernel_size": 3, "padding": 1}, node_id="c3")
    g.add_node("Conv2d", {"kernel_size": 5, "padding": 2}, node_id="c5")
    g.add_node("Concat", node_id="cat")
    for s, d in (("x", "c3"), ("x", "c5"), ("c3", "cat"), ("c5", "cat")):
        g.connect(s, d)
    assert analyze(g)["cat"].receptive_field == 5
    # two stacked 3x3 convolutions see 5x5, three see 7x7 (VGG, seed 000)
    g = sequential((1, 32, 32), [("Conv2d", {"padding": 1})] * 3)
    a = analyze(g)
    assert [a[n].receptive_field for n in ("conv1", "conv2", "conv3")] == [3, 5, 7]


def test_training_memory_counts_optimizer_state_copies():
    a = analyze(alexnet_table())
    p = a.totals.params
    sgd, _ = training_memory(a, 1, "sgd")
    adam, formula = training_memory(a, 1, "adam")
    momentum, _ = training_memory(a, 1, "momentum")
    assert momentum.total - sgd.total == 4 * p
    assert adam.total - sgd.total == 8 * p
    b32, _ = training_memory(a, 32, "sgd")
    assert b32.activations == 32 * sgd.activations
    assert "2 optimizer copies" in formula
    with pytest.raises(ValueError, match="Unknown optimizer"):
        training_memory(a, 1, "lbfgs")


def test_incremental_reanalysis_recomputes_only_what_changed():
    g = sequential((3, 32, 32), [("Conv2d", {"padding": 1}), ("ReLU", {})] * 20)
    an = Analyzer()
    an.analyze(g)
    assert an.recomputed == 41
    g.set_param("conv20", "out_channels", 8)
    a = an.analyze(g)
    assert an.recomputed == 2  # conv20 and the ReLU after it
    assert a["relu20"].output_shape == (8, 32, 32)
    g.set_param("conv20", "out_channels", 16)
    an.analyze(g)
    assert an.recomputed == 2
