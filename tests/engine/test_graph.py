"""The network document: validated mutations, typed errors, change events."""
import pytest

from engine.graph import (CycleError, DuplicateNodeError, InvalidNodeIdError, NetworkGraph,
                          ParameterError, PortError, UnknownLayerError, sequential)
from engine.graph import events as ev


def residual_graph():
    g = NetworkGraph("res")
    g.add_node("Input", {"channels": 16, "height": 8, "width": 8}, node_id="x")
    g.add_node("Conv2d", {"out_channels": 16, "padding": 1}, node_id="conv")
    g.add_node("ReLU", node_id="relu")
    g.add_node("Add", node_id="add")
    g.connect("x", "conv")
    g.connect("conv", "relu")
    g.connect("relu", "add")
    g.connect("x", "add")
    return g


def test_mutations_emit_events_after_the_change():
    g = NetworkGraph()
    seen = []
    g.subscribe(lambda e: seen.append((e, len(g.nodes))))
    g.add_node("Input", node_id="x")
    g.add_node("Conv2d", node_id="c")
    g.connect("x", "c")
    g.set_param("c", "out_channels", 32)
    g.move("c", (10, 20))
    g.rename("c", "first conv")
    g.remove_node("x")
    kinds = [type(e).__name__ for e, _ in seen]
    assert kinds == ["NodeAdded", "NodeAdded", "LinkAdded", "ParamChanged", "NodeMoved",
                     "NodeRenamed", "LinkRemoved", "NodeRemoved"]
    assert seen[3][0] == ev.ParamChanged("c", "out_channels", 16, 32)
    assert seen[-1][1] == 1  # observers see the graph after the change


def test_ids_are_generated_per_layer_type_and_stable():
    g = sequential((1, 28, 28), [("Conv2d", {}), ("ReLU", {}), ("Conv2d", {})])
    assert list(g.nodes) == ["input1", "conv1", "relu1", "conv2"]
    g.remove_node("conv1")
    assert g.add_node("Conv2d").id == "conv1"


def test_typed_errors_refuse_bad_edits_without_changing_anything():
    g = residual_graph()
    before = g.to_dict()
    with pytest.raises(UnknownLayerError):
        g.add_node("Conv3d")
    with pytest.raises(DuplicateNodeError):
        g.add_node("ReLU", node_id="relu")
    with pytest.raises(InvalidNodeIdError):
        g.add_node("ReLU", node_id="has space")
    with pytest.raises(ParameterError, match="at least 1"):
        g.set_param("conv", "kernel_size", 0)
    with pytest.raises(ParameterError, match="whole number"):
        g.set_param("conv", "stride", 1.5)
    with pytest.raises(ParameterError, match="no parameter"):
        g.add_node("ReLU", {"slope": 2})
    with pytest.raises(CycleError):
        g.connect("add", "add")
    with pytest.raises(PortError, match="already"):
        g.connect("relu", "conv")  # conv takes one input and has it
    with pytest.raises(PortError, match="Input"):
        g.connect("conv", "x")
    assert g.to_dict() == before


def test_a_link_that_would_close_a_loop_is_refused():
    g = residual_graph()
    g.disconnect("x", "conv")
    with pytest.raises(CycleError, match="cycle"):
        g.connect("add", "conv")
    assert not g.can_connect("relu", "conv") and g.can_connect("x", "conv")


def test_padding_accepts_same_or_a_number():
    g = NetworkGraph()
    g.add_node("Conv2d", {"padding": "same"}, node_id="c")
    assert g.node("c").params["padding"] == "same"
    g.set_param("c", "padding", 2)
    with pytest.raises(ParameterError):
        g.set_param("c", "padding", "valid")


def test_merges_take_any_number_of_inputs_and_insert_splits_a_link():
    g = residual_graph()
    assert g.inputs_of("add") == ["relu", "x"]
    link = g.in_links("relu")[0]
    node = g.insert_on_link(link, "BatchNorm2d")
    assert g.inputs_of(node.id) == ["conv"] and g.inputs_of("relu") == [node.id]
    with pytest.raises(PortError):
        g.insert_on_link(g.in_links("relu")[0], "Add")


def test_group_and_ungroup_blocks():
    g = residual_graph()
    block = g.group(["conv", "relu"], "branch")
    assert g.block_of("conv") is block
    with pytest.raises(Exception, match="already in block"):
        g.group(["relu"])
    g.ungroup(block.id)
    assert g.block_of("conv") is None
    g.group(["conv"], block_id="b")
    g.remove_node("conv")
    assert "b" not in g.blocks  # an emptied block disappears


def test_topological_order_is_independent_of_edit_history():
    g = residual_graph()
    order, cyclic = g.topological_order()
    assert order == ["x", "conv", "relu", "add"] and cyclic == []
    g.disconnect("x", "add")
    g.connect("x", "add", 1)
    assert g.topological_order()[0] == order


def test_copy_is_independent_and_equal():
    g = residual_graph()
    h = g.copy()
    assert h == g
    h.set_param("conv", "out_channels", 8)
    assert h != g and g.node("conv").params["out_channels"] == 16


def test_generated_ids_are_always_the_lowest_free_number():
    """new_id keeps a hint per prefix for speed; the id it gives must still be the lowest
    free one after any mix of adds, deletes, explicit ids, groups and undo-like re-adds."""
    import random

    rng = random.Random(7)
    g = NetworkGraph()

    def lowest_free(prefix):
        i = 1
        while f"{prefix}{i}" in g.nodes or f"{prefix}{i}" in g.blocks:
            i += 1
        return f"{prefix}{i}"

    for _ in range(600):
        roll = rng.random()
        if roll < 0.5 or not g.nodes:
            expected = lowest_free("conv")
            assert g.add_node("Conv2d").id == expected
        elif roll < 0.65:
            g.remove_node(rng.choice(list(g.nodes)))
        elif roll < 0.75:
            explicit = f"conv{rng.randint(1, 40)}"
            if explicit not in g.nodes:
                g.add_node("Conv2d", node_id=explicit)
        elif roll < 0.85:
            free = [n for n in g.nodes if g.block_of(n) is None]
            if free:
                expected = lowest_free("block")
                assert g.group([rng.choice(free)]).id == expected
        elif g.blocks:
            g.ungroup(rng.choice(list(g.blocks)))
    g.clear()
    assert g.add_node("Conv2d").id == "conv1"
