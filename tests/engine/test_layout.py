"""Automatic layered layout: children below parents, branches side by side, main path straight."""
from engine import zoo
from engine.graph import NetworkGraph, sequential
from engine.graph.layout import COLUMN, ROW, layered_layout


def _below_parents(graph, pos):
    return [lk for lk in graph.links if pos[lk.dst][1] < pos[lk.src][1] + ROW]


def _overlaps(pos):
    rows = {}
    for x, y in pos.values():
        rows.setdefault(y, []).append(x)
    return [(y, a, b) for y, xs in rows.items() for a, b in zip(sorted(xs), sorted(xs)[1:])
            if b - a < COLUMN - 1e-6]


def test_chain_is_one_straight_column_from_the_origin():
    g = sequential((1, 28, 28), [("Conv2d", {}), ("ReLU", {}), ("Flatten", {}),
                                 ("Linear", {})])
    pos = layered_layout(g, origin=(10.0, 20.0))
    assert [pos[n] for n in g.nodes] == [(10.0, 20.0 + i * ROW) for i in range(5)]
    assert g.nodes["conv1"].pos == (0.0, 90.0)  # the graph itself is not changed


def test_fork_puts_branches_side_by_side_and_merge_below_both():
    g = NetworkGraph()
    g.add_node("Input", {"channels": 8, "height": 8, "width": 8}, node_id="x")
    for b in ("a", "b", "c"):
        g.add_node("Conv2d", {"out_channels": 4, "padding": 1}, node_id=b)
        g.connect("x", b)
    g.add_node("Concat", {}, node_id="cat")
    for b in ("a", "b", "c"):
        g.connect(b, "cat")
    pos = layered_layout(g)
    assert {pos[b][1] for b in "abc"} == {ROW}
    assert sorted(pos[b][0] for b in "abc") == [0.0, COLUMN, 2 * COLUMN]
    assert pos["cat"][1] == 2 * ROW
    assert not _below_parents(g, pos)


def test_resnet152_main_path_straight_shortcuts_beside_it():
    g = zoo.create("resnet152")
    pos = layered_layout(g)
    assert len(pos) == len(g.nodes) > 500
    assert not _below_parents(g, pos)
    assert not _overlaps(pos)
    # every convolution of the main path sits in column 0, every projection shortcut in column 1
    main = [n for n in g.nodes if n.endswith(("_conv1", "_conv2", "_conv3", "_add"))]
    shortcut = [n for n in g.nodes if "downsample" in n]
    assert {pos[n][0] for n in main} == {0.0}
    assert {pos[n][0] for n in shortcut} == {COLUMN}


def test_googlenet_layout_has_no_overlaps_and_stays_compact():
    g = zoo.create("googlenet")
    pos = layered_layout(g)
    assert not _below_parents(g, pos) and not _overlaps(pos)
    assert max(x for x, _ in pos.values()) <= 4 * COLUMN  # four inception branches at most


def test_subset_layout_leaves_other_nodes_out():
    g = sequential((3, 8, 8), [("ReLU", {}), ("ReLU", {}), ("ReLU", {})])
    pos = layered_layout(g, ["relu2", "relu3"], origin=(500.0, 0.0))
    assert pos == {"relu2": (500.0, 0.0), "relu3": (500.0, ROW)}
    assert layered_layout(NetworkGraph()) == {}
