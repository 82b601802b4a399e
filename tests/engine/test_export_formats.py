"""Every export format, loaded back the way its users load it and compared with the app's
module on the same inputs (a batch size other than the one exported with: the batch axis is
dynamic)."""
import pytest
import torch
from safetensors.torch import load_file, save_file

from engine.build import build_module
from engine.graph import sequential
from engine.inspect.weights import load_weights
from engine.io.export import export_network, weights_metadata
from engine.io.export_errors import ExportError
from tests.engine.export_helpers import branching_graph, input_shape, randomise_batchnorm


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    """The branching network with non-trivial weights saved as a user's weights file."""
    tmp = tmp_path_factory.mktemp("export")
    graph = branching_graph()
    torch.manual_seed(5)
    module = build_module(graph)
    randomise_batchnorm(module)
    weights = tmp / "trained.safetensors"
    save_file(module.state_dict(), str(weights), metadata={"classes": '["a","b","c","d","e"]'})
    module.eval()
    loaded = build_module(graph)
    load_weights(loaded, weights)  # as the CLI and the window read a user's weights file
    x = torch.randn(3, *input_shape(graph), generator=torch.Generator().manual_seed(9))
    with torch.no_grad():
        want = module(x)
    return graph, weights, x, want, loaded


def export(trained, fmt, tmp_path, suffix):
    graph, weights, _, _, module = trained
    out = tmp_path / f"net{suffix}"
    result = export_network(graph, fmt, out, module=module, metadata=weights_metadata(weights))
    assert result.files[0] == out and out.stat().st_size > 0
    return out


def test_onnx_passes_the_checker_and_matches_under_onnxruntime(trained, tmp_path):
    import onnx
    import onnxruntime
    graph, _, x, want, _ = trained
    out = export(trained, "onnx", tmp_path, ".onnx")
    model = onnx.load(str(out))
    onnx.checker.check_model(model)
    dims = model.graph.input[0].type.tensor_type.shape.dim
    assert dims[0].dim_param == "batch" and [d.dim_value for d in dims[1:]] == [3, 16, 16]
    session = onnxruntime.InferenceSession(str(out), providers=["CPUExecutionProvider"])
    got = session.run(None, {"input": x.numpy()})[0]
    torch.testing.assert_close(torch.from_numpy(got), want, rtol=0, atol=1e-4)


def test_torchscript_loads_with_torch_jit_and_matches(trained, tmp_path):
    _, _, x, want, _ = trained
    out = export(trained, "torchscript", tmp_path, ".pt")
    with pytest.warns(FutureWarning):  # torch.jit.load is deprecated in favour of torch.export
        loaded = torch.jit.load(str(out))
    with torch.no_grad():
        torch.testing.assert_close(loaded(x), want, rtol=0, atol=1e-6)


@pytest.mark.slow
def test_torch_export_program_loads_and_matches_at_another_batch_size(trained, tmp_path):
    _, _, x, want, _ = trained
    out = export(trained, "export", tmp_path, ".pt2")
    program = torch.export.load(str(out))
    with torch.no_grad():
        torch.testing.assert_close(program.module()(x), want, rtol=0, atol=1e-6)
        one = program.module()(x[:1])
    torch.testing.assert_close(one, want[:1], rtol=0, atol=1e-5)


def test_safetensors_and_state_dict_load_strictly_into_the_built_network(trained, tmp_path):
    graph, _, x, want, _ = trained
    st = export(trained, "safetensors", tmp_path, ".safetensors")
    pt = export(trained, "state_dict", tmp_path, ".pt")
    for state in (load_file(str(st)), torch.load(pt, weights_only=True)):
        fresh = build_module(graph)
        fresh.load_state_dict(state, strict=True)
        with torch.no_grad():
            torch.testing.assert_close(fresh.eval()(x), want, rtol=0, atol=0)
    from safetensors import safe_open
    with safe_open(str(st), framework="pt") as fh:  # the training's metadata is kept
        assert fh.metadata()["classes"] == '["a","b","c","d","e"]'


def test_py_export_with_weights_writes_the_weights_beside_the_source(trained, tmp_path):
    from engine.io.export_source import class_name_for
    from tests.engine.export_helpers import import_file
    graph, _, x, want, module = trained
    result = export_network(graph, "py", tmp_path / "mine.py", module=module)
    assert [p.name for p in result.files] == ["mine.py", "mine.safetensors"]
    model = getattr(import_file(result.files[0]), class_name_for(graph.name))()
    model.load_state_dict(load_file(str(result.files[1])), strict=True)
    with torch.no_grad():
        torch.testing.assert_close(model.eval()(x), want, rtol=0, atol=0)


def _odd_layer(monkeypatch, name, forward):
    """Register (for this test only) a layer whose module runs ``forward``."""
    from engine.layers import registry
    from engine.layers.spec import LayerInfo, LayerSpec

    class Odd(torch.nn.Module):
        def forward(self, x):
            return forward(x)

    spec = LayerSpec(name, "Activation", f"{name} layer", "?",
                     lambda shapes, p: LayerInfo(tuple(shapes[0])),
                     build=lambda p, s: Odd())
    monkeypatch.setitem(registry._REGISTRY, name, spec)
    return sequential((2, 6, 6), [("conv", "Conv2d", dict(out_channels=2, padding=1)),
                                  ("strange", name, {}), ("output", "Output", {})])


def test_a_layer_onnx_has_no_op_for_is_named_in_one_sentence(monkeypatch, tmp_path, capfd):
    graph = _odd_layer(monkeypatch, "InverseErf", lambda x: torch.erfinv(x.clamp(-0.5, 0.5)))
    out = tmp_path / "net.onnx"
    with pytest.raises(ExportError) as err:
        export_network(graph, "onnx", out)
    text = str(err.value)
    assert text.startswith("The layer strange (InverseErf layer) cannot be exported to ONNX (")
    assert "erfinv" in text and text.count(". ") == 0 and "\n" not in text
    assert not out.exists() and not list(tmp_path.iterdir())  # no half-written file
    assert "Torch IR graph" not in capfd.readouterr().err  # the exporter's dump is silenced


@pytest.mark.slow
def test_a_layer_torch_export_cannot_trace_is_named(monkeypatch, tmp_path):
    graph = _odd_layer(monkeypatch, "SignFlip", lambda x: x if x.sum() > 0 else -x)
    with pytest.raises(ExportError) as err:
        export_network(graph, "export", tmp_path / "net.pt2")
    assert str(err.value).startswith(
        "The layer strange (SignFlip layer) cannot be exported to torch.export")


def test_weights_of_an_edited_network_and_unknown_formats_are_one_sentence(tmp_path):
    graph = branching_graph()
    old = build_module(graph)
    graph.set_param("fc", "out_features", 7)  # edited after training
    with pytest.raises(ExportError) as err:
        export_network(graph, "onnx", tmp_path / "x.onnx", module=old)
    assert str(err.value).startswith("The weights belong to another version of this network")
    with pytest.raises(ExportError) as err:
        export_network(graph, "tflite", tmp_path / "x.tflite")
    assert str(err.value) == ("There is no export format 'tflite'; choose one of py, onnx, "
                              "torchscript, export, safetensors, state_dict.")
