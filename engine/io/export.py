"""Export a network (and its trained weights) in the formats PyTorch users exchange.

    export_network(graph, "onnx", "net.onnx", module=trained_module)

Formats: ``py`` (standalone PyTorch source, see ``export_source``), ``safetensors`` and
``state_dict`` (weights only; the ``.pt`` loads with ``torch.load(weights_only=True)``),
``onnx`` (dynamic batch axis, checked with ``onnx.checker`` when onnx is installed),
``torchscript`` (``torch.jit.script``) and ``export`` (``torch.export``'s ExportedProgram,
``.pt2``, dynamic batch axis). A network a format cannot hold raises one ``ExportError``
sentence naming the layer and the format, found by exporting each layer alone.
"""
from __future__ import annotations

import contextlib
import io
import os
import sys
import tempfile
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from engine.analysis import analyze
from engine.io.export_errors import ExportError
from engine.io.export_source import class_name_for, network_source

# format -> (title, file suffix)
FORMATS = {
    "py": ("PyTorch source", ".py"),
    "onnx": ("ONNX", ".onnx"),
    "torchscript": ("TorchScript", ".pt"),
    "export": ("torch.export (ExportedProgram)", ".pt2"),
    "safetensors": ("safetensors weights", ".safetensors"),
    "state_dict": ("PyTorch state_dict", ".pt"),
}
ONNX_OPSET = 17
EXAMPLE_BATCH = 2


@dataclass
class ExportResult:
    format: str
    files: list = field(default_factory=list)   # Path of every file written
    class_name: str = ""                          # the class a ``py`` export defines
    input_names: tuple = ()


def export_network(graph, fmt: str, out, module=None, metadata: dict | None = None,
                   origin: str = "", analysis=None) -> ExportResult:
    """Write ``graph`` in format ``fmt`` to ``out``. ``module``: a module of this graph (or its
    state dict) holding the weights to export (trained, or read from a file); without it
    the freshly initialised network is written. ``metadata`` goes into safetensors files."""
    if fmt not in FORMATS:
        raise ExportError("unknown_format", format=fmt, choices=list(FORMATS))
    analysis = analysis or analyze(graph)
    out = Path(out)
    if fmt == "py":
        text = network_source(graph, analysis, origin=origin)
        _write(out, lambda p: Path(p).write_text(text, encoding="utf-8"), ".py")
        result = ExportResult(fmt, [out], class_name_for(graph.name))
        if module is not None:
            model = prepared_module(graph, analysis, module)
            side = out.with_suffix(".safetensors")
            _write(side, lambda p: _save_safetensors(model, p, metadata), ".safetensors")
            result.files.append(side)
        return result
    model = prepared_module(graph, analysis, module)
    writer = {"safetensors": lambda p: _save_safetensors(model, p, metadata),
              "state_dict": lambda p: _save_state_dict(model, p),
              "onnx": lambda p: _save_onnx(graph, analysis, model, p),
              "torchscript": lambda p: _save_torchscript(graph, analysis, model, p),
              "export": lambda p: _save_exported(graph, analysis, model, p)}[fmt]
    _write(out, writer, FORMATS[fmt][1])
    return ExportResult(fmt, [out], input_names=tuple(input_names(graph)))


def prepared_module(graph, analysis, module=None):
    """The app's built module of ``graph`` in eval mode on the CPU, with ``module``'s weights."""
    from engine.build import BuildError, build_module

    try:
        model = build_module(graph, analysis)
    except BuildError as exc:
        raise ExportError("network_invalid", first=str(exc)) from None
    if module is not None:
        state = module if isinstance(module, dict) else module.state_dict()
        state = {k: v.detach().cpu() for k, v in state.items()}
        try:
            model.load_state_dict(state, strict=True)
        except RuntimeError:
            raise ExportError("export_weights_mismatch") from None
    return model.cpu().eval()


def weights_metadata(path) -> dict | None:
    """What a safetensors weights file says about its training (normalisation, classes), to
    keep in the exported file; None for other files."""
    try:
        from safetensors import safe_open
        with safe_open(str(path), framework="pt") as fh:
            return dict(fh.metadata() or {}) or None
    except Exception:  # noqa: BLE001 - a .pt state_dict has no metadata
        return None


def input_names(graph) -> list[str]:
    inputs = graph.input_nodes()
    return ["input"] if len(inputs) == 1 else list(inputs)


def example_inputs(graph, analysis, batch: int = EXAMPLE_BATCH) -> tuple:
    import torch
    gen = torch.Generator().manual_seed(0)
    return tuple(torch.randn(batch, *analysis.nodes[i].output_shape, generator=gen)
                 for i in graph.input_nodes())


# ---------------------------------------------------------------- writers

def _write(out: Path, writer, suffix: str = "") -> None:
    """Write through a temporary file so a failed export never leaves half a file."""
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError("cannot_create_folder", folder=str(out.parent),
                          reason=str(exc.strerror or exc), path=str(out)) from None
    tmp = out.with_name(f"{out.name}.part{suffix}")  # torch.export wants its own suffix
    try:
        writer(tmp)
        tmp.replace(out)
    except OSError as exc:
        raise ExportError("cannot_write", path=str(out),
                          reason=str(exc.strerror or exc)) from None
    finally:
        if tmp.exists():
            tmp.unlink()


def _state(model) -> dict:
    return {k: v.detach().contiguous().cpu() for k, v in model.state_dict().items()}


def _save_safetensors(model, path, metadata=None) -> None:
    from safetensors.torch import save_file
    save_file(_state(model), str(path), metadata=metadata or None)


def _save_state_dict(model, path) -> None:
    import torch
    torch.save(_state(model), path)


def _save_onnx(graph, analysis, model, path) -> None:
    names = input_names(graph)
    outputs = [f"output{i}" if len(graph.output_nodes()) > 1 else "output"
               for i in range(len(graph.output_nodes()))]
    axes = {n: {0: "batch"} for n in names + outputs}
    args = example_inputs(graph, analysis)

    def attempt(target, module, inputs, in_names, out_names, dynamic):
        import torch
        with warnings.catch_warnings(), _quiet_stderr():
            warnings.simplefilter("ignore")
            torch.onnx.export(module, inputs, target, dynamo=False, opset_version=ONNX_OPSET,
                              input_names=in_names, output_names=out_names,
                              dynamic_axes=dynamic)

    _guarded("onnx", graph, analysis, model,
             lambda: attempt(str(path), model, args, names, outputs, axes),
             lambda m, x: attempt(io.BytesIO(), m, x, ["x"], ["y"], {"x": {0: "b"}}))
    try:
        import onnx
    except ModuleNotFoundError:  # the checker is optional (a test dependency)
        return
    try:
        onnx.checker.check_model(str(path))
    except Exception as exc:  # noqa: BLE001
        raise ExportError("onnx_invalid", reason=_short(exc)) from None


@contextlib.contextmanager
def _quiet_stderr():
    """Silence what the ONNX exporter's C++ side prints on failure (its log switch is always
    on in this torch): the user gets one sentence from us instead of an IR dump."""
    try:
        fd = sys.stderr.fileno()
    except (AttributeError, OSError, ValueError):
        yield
        return
    sys.stderr.flush()
    saved = os.dup(fd)
    with tempfile.TemporaryFile() as sink:
        os.dup2(sink.fileno(), fd)
        try:
            yield
        finally:
            os.dup2(saved, fd)
            os.close(saved)


def _save_torchscript(graph, analysis, model, path) -> None:
    import torch

    def script(m):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return torch.jit.script(m)

    scripted = _guarded("torchscript", graph, analysis, model, lambda: script(model),
                        lambda m, x: script(m))
    scripted.save(str(path))


def _save_exported(graph, analysis, model, path) -> None:
    import torch

    def export(m, inputs, names):
        batch = torch.export.Dim("batch", min=1, max=1 << 16)
        shapes = {n: {0: batch} for n in names}
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return torch.export.export(m, inputs, dynamic_shapes=shapes)

    names = _forward_arguments(model)
    program = _guarded("export", graph, analysis, model,
                       lambda: export(model, example_inputs(graph, analysis), names),
                       lambda m, x: export(m, x, _forward_arguments(m)))
    torch.export.save(program, str(path))


def _forward_arguments(model) -> list[str]:
    import inspect
    return [p for p in inspect.signature(model.forward).parameters]


# ---------------------------------------------------------------- blame one layer

def _guarded(fmt, graph, analysis, model, whole, one_layer):
    """Run ``whole()``; when it fails, find the first layer that fails alone and name it."""
    try:
        return whole()
    except ExportError:
        raise
    except Exception as exc:  # noqa: BLE001 - any exporter failure becomes one sentence
        node_id, reason = _culprit(graph, analysis, model, one_layer)
        title = FORMATS[fmt][0]
        others = ", ".join(FORMATS[f][0] for f in ("py", "torchscript", "export", "onnx")
                           if f != fmt)
        if node_id is None:
            raise ExportError("format_failed", format=fmt, format_title=title,
                              reason=_short(exc), others=others) from None
        node = graph.nodes[node_id]
        raise ExportError("layer_unsupported", format=fmt, format_title=title, node=node_id,
                          name=node.label, layer=node.type, layer_title=node.spec.title,
                          reason=reason, others=others) from None


def _culprit(graph, analysis, model, one_layer):
    import torch

    names = dict(model.named_children())
    for node_id in analysis.nodes:
        if node_id not in names:
            continue
        shapes = analysis.nodes[node_id].input_shapes
        x = tuple(torch.randn(EXAMPLE_BATCH, *s) for s in shapes)
        try:
            one_layer(names[node_id], x)
        except Exception as exc:  # noqa: BLE001
            return node_id, _short(exc)
    return None, ""


def _short(exc: BaseException, limit: int = 140) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    text = text.split(". ")[0].rstrip(".")
    return text if len(text) <= limit else text[:limit - 1] + "…"
