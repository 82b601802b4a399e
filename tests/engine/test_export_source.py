"""The PyTorch source export: a standalone file a person could have written, whose module takes
the app's weights with strict=True and computes exactly what the app's module computes."""
import ast
import subprocess
import sys

import pytest
import torch

from engine import zoo
from engine.analysis import analyze
from engine.build import build_module
from engine.io.export import export_network
from engine.io.export_errors import ExportError
from engine.io.export_source import class_name_for, network_source
from engine.io.sources import set_input_shape
from tests.engine.export_helpers import (branching_graph, import_file, input_shape,
                                         randomise_batchnorm)

SIZES = (32, 48, 64)  # the smallest square input each zoo model accepts, for speed
# the CPU-sized models, LeNet-5 (our own layers) and GoogLeNet (inception branches) run in
# every quick pass; the large ones are marked slow (they still run in the suite)
QUICK = {m.name for m in zoo.list_models(figures=False) if m.small} | {"lenet5", "googlenet"}


def small_zoo_graph(name: str):
    """Zoo model ``name`` at its smallest valid input of SIZES, with 4096-wide classifier
    layers narrowed to 64 (the wiring and every layer type stay; building 100 M weights twice
    would only make the test slow)."""
    graph = zoo.create(name)
    channels = graph.nodes[graph.input_nodes()[0]].params["channels"]
    for size in SIZES:
        set_input_shape(graph, (channels, size, size))
        if not analyze(graph).errors:
            break
    for node in graph.nodes.values():
        if node.type == "Linear" and node.params["out_features"] >= 1024 and graph.successors(
                node.id) and graph.nodes[graph.successors(node.id)[0]].type != "Output":
            graph.set_param(node.id, "out_features", 64)
    assert not analyze(graph).errors
    return graph


def exported_module(graph, tmp_path):
    path = tmp_path / "net.py"
    path.write_text(network_source(graph), encoding="utf-8")
    module = import_file(path)
    return getattr(module, class_name_for(graph.name))()


def assert_same_network(graph, tmp_path):
    """strict load of the app module's weights, then equal outputs in eval mode."""
    torch.manual_seed(0)
    app = build_module(graph)
    randomise_batchnorm(app)
    mine = exported_module(graph, tmp_path)
    assert set(mine.state_dict()) == set(app.state_dict())
    mine.load_state_dict(app.state_dict(), strict=True)
    app.eval()
    mine.eval()
    x = torch.randn(2, *input_shape(graph), generator=torch.Generator().manual_seed(2))
    with torch.no_grad():
        want, got = app(x), mine(x)
    if isinstance(want, tuple):
        assert len(got) == len(want)
        for w, g in zip(want, got):
            torch.testing.assert_close(g, w, rtol=0, atol=0)
    else:
        torch.testing.assert_close(got, want, rtol=0, atol=0)


@pytest.mark.parametrize("name", sorted(QUICK))
def test_every_zoo_model_exports_to_source_that_computes_the_same(name, tmp_path):
    assert_same_network(small_zoo_graph(name), tmp_path)


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(set(zoo.names()) - QUICK))
def test_every_big_zoo_model_exports_to_source_that_computes_the_same(name, tmp_path):
    assert_same_network(small_zoo_graph(name), tmp_path)


def test_a_branching_user_graph_exports_with_its_merges_blocks_and_own_layers(tmp_path):
    graph = branching_graph()
    assert_same_network(graph, tmp_path)
    text = network_source(graph)
    # readable: merges are plain Python, every layer is an attribute named after its node
    assert "x = out + right + x" in text
    assert "torch.cat([spool, x, out], dim=1)" in text
    assert "self.stem = nn.Conv2d(3, 8, 3, padding=1)" in text
    assert "self.left = nn.Conv2d(8, 8, 3, padding='same')" in text
    assert "self.right = nn.Conv2d(8, 8, 1, bias=False)" in text
    assert "self.res = ResidualBlock()" in text and "self.inc = Inception()" in text
    assert "getattr" not in text and "add_1" not in text  # no torch.fx naming
    classes = [n.name for n in ast.parse(text).body if isinstance(n, ast.ClassDef)]
    assert set(classes) == {"StochasticPool2d", "Subsample2d", "ChannelSlice",
                            "ResidualBlock", "Inception", "MyBranchingNet"}
    assert max(len(line) for line in text.splitlines()) <= 100


def test_the_chain_of_a_plain_network_reads_like_hand_written_code():
    from engine.examples import tiny_cnn
    text = network_source(tiny_cnn())
    forward = text[text.index("def forward"):text.index("if __name__")]
    assert forward.split("\n")[1:9] == [
        "        x = self.conv1(x)", "        x = self.relu1(x)", "        x = self.pool1(x)",
        "        x = self.conv2(x)", "        x = self.relu2(x)", "        x = self.gap(x)",
        "        x = self.fc(x)", "        return x"]


def test_stochastic_pooling_keeps_training_behaviour_in_the_file(tmp_path):
    """In training mode the exported StochasticPool2d samples one window element, as ours."""
    graph = branching_graph()
    mine = exported_module(graph, tmp_path)
    pool = mine.spool.train()
    x = torch.rand(1, 1, 2, 2)
    picks = {float(pool(x)) for _ in range(200)}
    assert picks <= {float(v) for v in x.flatten()} and len(picks) > 1


def test_the_file_runs_with_only_torch_installed(tmp_path):
    """Run it in an isolated interpreter from another folder: no ConvStudio on the path."""
    out = tmp_path / "lenet5.py"
    export_network(zoo.create("lenet5"), "py", out)
    run = subprocess.run([sys.executable, "-I", str(out)], cwd=tmp_path, capture_output=True,
                         text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "output: (2, 10)" in run.stdout
    assert "engine" not in out.read_text()


def test_a_layer_the_source_writer_cannot_write_is_named(monkeypatch):
    from engine.layers import registry
    from engine.layers.spec import LayerInfo, LayerSpec
    spec = LayerSpec("Mystery", "Activation", "Mystery layer", "?",
                     lambda shapes, p: LayerInfo(tuple(shapes[0])),
                     build=lambda p, s: torch.nn.Identity())
    monkeypatch.setitem(registry._REGISTRY, "Mystery", spec)
    from engine.graph import sequential
    graph = sequential((1, 8, 8), [("odd", "Mystery", {}), ("output", "Output", {})])
    with pytest.raises(ExportError) as err:
        network_source(graph)
    assert str(err.value) == ("odd (Mystery layer) cannot be written as PyTorch source; "
                              "choose another export format.")


def test_a_network_with_errors_is_refused_in_one_sentence():
    from engine.graph import sequential
    graph = sequential((3, 8, 8), [("fc", "Linear", {}), ("output", "Output", {})])
    with pytest.raises(ExportError) as err:
        network_source(graph)
    assert str(err.value).startswith("The network cannot be exported while it has errors: ")


def test_every_registered_layer_says_how_it_is_written_as_code():
    """A new layer type gets exported by saying so on its spec; this names the one that
    does not."""
    from engine import layers
    for spec in layers.all_specs():
        if spec.build is not None:
            assert spec.code is not None or spec.inner is not None, spec.type
        if spec.function is not None:
            assert spec.code_expr is not None, spec.type
        for path in spec.code_classes:
            module, _, name = path.partition(":")
            assert hasattr(__import__(module, fromlist=[name]), name), path
