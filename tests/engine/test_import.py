"""Importing real torchvision models, a user's nn.Module (.py) and an exported program (.pt2):
the graph's analysis equals the original's parameter count, and with the weights carried over
the built network computes exactly what the original computes."""
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import torch

from engine.analysis import analyze
from engine.build import build_module
from engine.io.import_map import ModelImportError, UnsupportedError
from engine.io.import_sources import import_model

torchvision = pytest.importorskip("torchvision")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def one_thread():
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


def _original(name):
    kwargs = dict(aux_logits=False, init_weights=False) if name == "googlenet" else {}
    torch.manual_seed(0)
    return torchvision.models.get_model(name, weights=None, **kwargs).eval()


def _assert_same_function(result, original, size=64):
    ours = build_module(result.graph).eval()
    ours.load_state_dict(result.state_dict, strict=True)
    x = torch.randn(2, 3, size, size)
    with torch.no_grad():
        expected, got = original(x), ours(x)
    assert got.shape == expected.shape
    torch.testing.assert_close(got, expected, rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize("name", [
    "resnet18", "mobilenet_v2", "efficientnet_b0", "mobilenet_v3_small",
    pytest.param("googlenet", marks=pytest.mark.slow),
    pytest.param("densenet121", marks=pytest.mark.slow)])
def test_torchvision_model_imports_with_its_parameter_count_and_outputs(name, tmp_path):
    original = _original(name)
    weights = tmp_path / f"{name}.pt"
    torch.save(original.state_dict(), weights)
    result = import_model(f"torchvision:{name}", str(weights), input_shape=(3, 64, 64))
    analysis = analyze(result.graph)
    assert analysis.ok, analysis.errors[:1]
    assert analysis.totals.params == sum(p.numel() for p in original.parameters())
    _assert_same_function(result, original)


def test_resnet18_reads_as_the_zoo_writes_it():
    result = import_model("torchvision:resnet18")
    g = result.graph
    conv = g.nodes["layer2_0_conv1"]
    assert conv.type == "Conv2d" and conv.params == dict(
        out_channels=128, kernel_size=3, stride=2, padding=1, dilation=1, groups=1, bias=False)
    assert g.nodes["layer2_0_downsample_0"].params["kernel_size"] == 1
    assert g.nodes["avgpool"].type == "GlobalAvgPool"  # AdaptiveAvgPool2d(1) + flatten
    assert g.nodes["fc"].params == {"out_features": 1000, "bias": True}
    adds = [n for n in g.nodes.values() if n.type == "Add"]
    assert len(adds) == 8
    assert sorted(b.name for b in g.blocks.values())[:2] == ["layer1.0", "layer1.1"]
    ys = [g.nodes[n].pos[1] for n in ("input", "conv1", "layer1_0_conv1", "fc", "output")]
    assert ys == sorted(ys) and len(set(ys)) == len(ys)  # top to bottom
    assert analyze(g)["output"].output_shape == (1000,)


def test_squeeze_excitation_becomes_a_channel_multiply():
    g = import_model("torchvision:efficientnet_b0", input_shape=(3, 32, 32)).graph
    types = {n.type for n in g.nodes.values()}
    assert {"SiLU", "Multiply", "Sigmoid", "StochasticDepth"} <= types
    mul = next(n for n in g.nodes.values() if n.type == "Multiply")
    shapes = analyze(g)[mul.id].input_shapes
    assert sorted(len(s) for s in shapes) == [3, 3] and (1, 1) in [s[1:] for s in shapes]


def test_unsupported_module_gets_one_sentence_naming_it():
    with pytest.raises(UnsupportedError) as err:
        import_model("torchvision:shufflenet_v2_x0_5", input_shape=(3, 64, 64))
    assert str(err.value).startswith("stage2.0")
    assert "\n" not in str(err.value)


def test_unknown_torchvision_name_suggests_close_ones():
    with pytest.raises(ModelImportError, match="did you mean resnet18"):
        import_model("torchvision:resnet1")


USER_NET = textwrap.dedent('''
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    class TinyNet(nn.Module):
        def __init__(self):
            super().__init__()
            self.conv1 = nn.Conv2d(1, 8, 3, padding=1)
            self.conv2 = nn.Conv2d(8, 8, 3, padding=1)
            self.branch = nn.Conv2d(8, 4, 1)
            self.fc = nn.Linear(12 * 7 * 7, 10)

        def forward(self, x):
            x = F.max_pool2d(F.relu(self.conv1(x)), 2)
            y = F.relu(self.conv2(x)) + x
            z = torch.cat([y, self.branch(y)], 1)
            z = F.avg_pool2d(z, 2)
            return self.fc(z.view(z.size(0), -1))
''')


def test_users_py_module_imports_with_functional_calls(tmp_path):
    file = tmp_path / "tiny.py"
    file.write_text(USER_NET)
    result = import_model(f"{file.with_suffix('')}.py:TinyNet", input_shape=(1, 28, 28))
    g = result.graph
    kinds = [g.nodes[n].type for n in analyze(g).nodes]
    for t in ("ReLU", "MaxPool2d", "Add", "Concat", "AvgPool2d", "Flatten", "Linear"):
        assert t in kinds
    assert analyze(g).totals.params == result.original_params
    # the user's weights carried over: outputs equal the module's own
    sys.path.insert(0, str(tmp_path))
    try:
        import tiny
        torch.manual_seed(3)
        original = tiny.TinyNet().eval()
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop("tiny", None)
    from safetensors.torch import save_file
    save_file(original.state_dict(), str(tmp_path / "w.safetensors"))
    result = import_model(str(file), str(tmp_path / "w.safetensors"), class_name="TinyNet",
                          input_shape=(1, 28, 28))
    ours = build_module(result.graph).eval()
    ours.load_state_dict(result.state_dict, strict=True)
    x = torch.randn(3, 1, 28, 28)
    with torch.no_grad():
        torch.testing.assert_close(ours(x), original(x))


def test_pickled_weights_are_refused_not_executed(tmp_path):
    file = tmp_path / "tiny.py"
    file.write_text(USER_NET)

    class Evil:
        def __reduce__(self):
            return (print, ("pickle ran",))
    bad = tmp_path / "evil.pt"
    torch.save({"conv1.weight": Evil()}, bad)
    with pytest.raises(ModelImportError, match="cannot be read as weights"):
        import_model(f"{file}", str(bad), input_shape=(1, 28, 28))


def test_exported_program_imports(tmp_path):
    original = _original("mobilenet_v2")
    program = torch.export.export(original, (torch.randn(1, 3, 64, 64),))
    torch.export.save(program, tmp_path / "m.pt2")
    result = import_model(str(tmp_path / "m.pt2"))
    g = result.graph
    assert g.nodes["input"].params == dict(channels=3, height=64, width=64)
    assert "features_1_conv_0_0" in g.nodes and g.nodes["features_1_conv_0_0"].type == "Conv2d"
    assert analyze(g).totals.params == sum(p.numel() for p in original.parameters())
    _assert_same_function(result, original)


def cli(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


def test_cli_import_writes_project_and_weights(tmp_path):
    original = _original("resnet18")
    torch.save(original.state_dict(), tmp_path / "r.pt")
    out = cli("import", "torchvision:resnet18", "--weights", tmp_path / "r.pt",
              "--out", tmp_path / "r.convstudio")
    assert out.returncode == 0, out.stderr
    assert "11,689,512 parameters (the original: 11,689,512)" in out.stdout
    from safetensors.torch import load_file

    from engine.io import load_project
    graph = load_project(tmp_path / "r.convstudio").graph
    ours = build_module(graph).eval()
    ours.load_state_dict(load_file(str(tmp_path / "r.safetensors")), strict=True)
    x = torch.randn(1, 3, 64, 64)
    with torch.no_grad():
        torch.testing.assert_close(ours(x), original(x))


@pytest.mark.parametrize("args,needle", [
    (("torchvision:nonet",), "torchvision has no classification model"),
    (("nothing.txt",), "is not something to import"),
    (("missing.py:Net",), "does not exist"),
    (("torchvision:shufflenet_v2_x0_5", "--input", "3x64x64"), "ConvStudio can only flatten"),
])
def test_cli_import_bad_input_is_one_line(tmp_path, args, needle):
    out = cli("import", *args, "--out", tmp_path / "x.convstudio")
    assert out.returncode == 2
    assert needle in out.stderr and len(out.stderr.strip().splitlines()) == 1
    assert "Traceback" not in out.stderr
