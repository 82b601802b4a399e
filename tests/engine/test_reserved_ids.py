"""Node ids that are attributes of PyTorch's modules (``eval``, ``training``, ``half`` ...) are
refused where ids are made, and a project file holding one opens with them renamed: each layer
becomes an attribute of the built module, so such an id would break the build and the export."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
import torch
import torch.fx as fx
from torch import nn

from engine.build import build_module
from engine.graph import InvalidNodeIdError, NetworkGraph, is_reserved_id, sequential
from engine.io import load_project
from engine.io.export_source import network_source

IDENTIFIER = str.isidentifier


def module_attributes() -> set[str]:
    """Every attribute a built network (an fx GraphModule, an nn.Module) has of its own."""
    plain = set(dir(nn.Module()))
    built = set(dir(fx.GraphModule(nn.Module(), fx.Graph())))
    return {name for name in plain | built if IDENTIFIER(name)}


def small(node_id: str = "relu1") -> NetworkGraph:
    g = NetworkGraph("small")
    g.add_node("Input", dict(channels=1, height=6, width=6), node_id="x")
    g.add_node("Conv2d", dict(out_channels=2, kernel_size=3, padding=1), node_id="conv")
    g.connect("x", "conv")
    return g


def test_every_module_attribute_is_refused_as_a_node_id_with_a_suggestion():
    names = module_attributes()
    assert {"half", "eval", "cuda", "training", "forward", "to", "state_dict", "graph",
            "code"} <= names
    g = small()
    before = g.to_dict()
    for name in sorted(names):
        with pytest.raises(InvalidNodeIdError) as caught:
            g.add_node("ReLU", node_id=name)
        assert caught.value.code == "reserved_node_id", name
        assert f"'{name}' cannot be a node id" in str(caught.value)
        assert caught.value.data["suggestion"] not in names
    assert g.to_dict() == before
    # the suggested id is accepted and the network builds and runs with it
    with pytest.raises(InvalidNodeIdError) as caught:
        g.add_node("ReLU", node_id="eval")
    suggestion = caught.value.data["suggestion"]
    assert suggestion == "eval_layer" and "such as 'eval_layer'" in str(caught.value)
    g.add_node("ReLU", node_id=suggestion)
    g.connect("conv", suggestion)
    out = build_module(g)(torch.ones(1, 1, 6, 6))
    assert out.shape == (1, 2, 6, 6) and (out >= 0).all()


def test_a_name_torch_compile_gives_nn_module_is_refused_too():
    """The first torch.compile of a process adds an attribute to nn.Module; a layer may not be
    called that either, though the list was read before."""
    g = small()
    g.add_node("ReLU", node_id="relu2")  # the list is read now, before any compile
    compiled = torch.compile(nn.Linear(2, 2), backend="eager")
    compiled(torch.ones(1, 2))
    added = {n for n in module_attributes() if n.startswith("___")}
    assert added, "torch.compile no longer adds a name of its own: drop this test"
    for name in added:
        with pytest.raises(InvalidNodeIdError) as caught:
            g.add_node("ReLU", node_id=name)
        assert caught.value.code == "reserved_node_id"


FRESH = ("import torch.fx as fx\nfrom torch import nn\n"
         "names = set(dir(nn.Module())) | set(dir(fx.GraphModule(nn.Module(), fx.Graph())))\n"
         "print(' '.join(sorted(n for n in names if n.isidentifier())))\n")


def test_the_list_kept_for_editing_without_torch_is_pytorchs_own():
    """Read from a fresh interpreter: a torch.compile earlier in this process adds a name of
    its own to nn.Module (which is_reserved_id reads live, see the test above)."""
    from engine.graph.module_names import NAMES
    fresh = subprocess.run([sys.executable, "-c", FRESH], capture_output=True, text=True,
                           check=True).stdout.split()
    assert {"eval", "training", "graph"} <= set(fresh)
    missing = set(fresh) - NAMES
    assert not missing, (f"PyTorch has new module attributes {sorted(missing)}: run "
                         f"`python -m engine.graph.module_names`")


def test_ids_handed_out_by_the_graph_are_never_module_attributes():
    g = sequential((1, 8, 8), [("Conv2d", {}), ("ReLU", {}), ("Flatten", {}), ("Linear", {})])
    assert not any(is_reserved_id(n) for n in g.nodes)
    assert g.new_id("to") == "to1" and g.new_id("eval") == "eval1"


def _file_with_reserved_ids(path):
    nodes = [
        {"id": "x", "type": "Input", "params": {"channels": 1, "height": 6, "width": 6}},
        {"id": "eval", "type": "Conv2d", "params": {"out_channels": 3, "kernel_size": 3}},
        {"id": "training", "type": "ReLU"},
        {"id": "eval_layer", "type": "Flatten"},  # the first choice of a new id is taken
        {"id": "out", "type": "Output"},
    ]
    links = [{"src": "x", "dst": "eval", "port": 0}, {"src": "eval", "dst": "training",
                                                       "port": 0},
             {"src": "training", "dst": "eval_layer", "port": 0},
             {"src": "eval_layer", "dst": "out", "port": 0}]
    blocks = [{"id": "stem", "name": "Stem", "nodes": ["eval", "training"]}]
    path.write_text(json.dumps({"format": "convstudio.project", "version": 2,
                                "network": {"name": "old", "nodes": nodes, "links": links,
                                            "blocks": blocks}}))
    return path


def test_a_file_with_reserved_ids_opens_renamed_and_builds_exports_and_runs(tmp_path):
    project = load_project(_file_with_reserved_ids(tmp_path / "old.convstudio"))
    g = project.graph
    assert project.renamed == {"eval": "eval_layer2", "training": "training_layer"}
    assert set(g.nodes) == {"x", "eval_layer2", "training_layer", "eval_layer", "out"}
    assert g.inputs_of("training_layer") == ["eval_layer2"]
    assert g.inputs_of("eval_layer") == ["training_layer"]
    assert g.blocks["stem"].nodes == ["eval_layer2", "training_layer"]
    module = build_module(g)
    assert sorted(k for k in module.state_dict()) == ["eval_layer2.bias", "eval_layer2.weight"]
    assert module(torch.ones(2, 1, 6, 6)).shape == (2, 48)
    assert "self.eval_layer2 = nn.Conv2d(" in network_source(g)
    from engine import errors
    sentence = errors.message(*project.notice("old.convstudio"))
    assert sentence == ("old.convstudio: layer ids that every PyTorch module uses for itself "
                        "were renamed so that the network can be built (eval -> eval_layer2, "
                        "training -> training_layer). Save the network to keep the new ids.")
    assert load_project(_file_with_reserved_ids(tmp_path / "again.convstudio")).graph == g


def test_the_cli_says_which_ids_were_renamed(tmp_path):
    path = _file_with_reserved_ids(tmp_path / "old.convstudio")
    done = subprocess.run([sys.executable, "main.py", "validate", str(path)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "note: old.convstudio: layer ids that every PyTorch module uses" in done.stderr
    assert "(eval -> eval_layer2, training -> training_layer)" in done.stderr
    assert "valid (5 layers, 30 parameters)" in done.stdout
