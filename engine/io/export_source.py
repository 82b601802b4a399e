"""A network as one standalone PyTorch source file, written the way a person would write it.

``network_source(graph)`` returns the text of a ``.py`` file holding an ``nn.Module`` class whose
``__init__`` creates every layer under its node name (so ``state_dict`` keys equal the app's
built module's: ``load_state_dict(..., strict=True)`` works) and whose ``forward`` follows the
graph: a chain reuses ``x``, a branch gets a variable named after the layer that starts it,
merges read ``a + b`` and ``torch.cat([a, b], dim=1)``. The project's own layers (stochastic
pooling, LeNet-5's subsampling ...) and one class per composite block are written into the same
file, so it runs with only ``torch`` installed.

Everything about how a layer is written comes from its ``LayerSpec`` (``code``, ``code_expr``,
``code_classes``, ``inner``); nothing here knows a layer type by name.
"""
from __future__ import annotations

import importlib
import inspect
import textwrap

from engine import layers
from engine.analysis import analyze
from engine.io.export_errors import ExportError

RESERVED = {"self", "torch", "nn", "F"}
INDENT = "    "


def network_source(graph, analysis=None, class_name: str | None = None,
                   origin: str = "") -> str:
    """The text of a standalone ``.py`` file defining the network as an ``nn.Module``."""
    analysis = analysis or analyze(graph)
    _check(graph, analysis)
    writer = SourceWriter()
    name = writer.add_network(graph, analysis, class_name or class_name_for(graph.name))
    return writer.render(name, graph, analysis, origin)


def class_name_for(name: str) -> str:
    """"LeNet-5 (modern)" -> "LeNet5Modern"; the class the exported file defines."""
    from engine.build import _class_name
    return _class_name(name)


def _check(graph, analysis) -> None:
    if analysis.errors:
        first = analysis.errors[0]
        raise ExportError("network_invalid", first=first.message,
                          problems=list(analysis.errors))
    if not graph.input_nodes():
        raise ExportError("export_no_input")


class SourceWriter:
    """Collects the classes of one file: our custom layers, composite blocks, the network."""

    def __init__(self):
        self.custom: dict[str, str] = {}      # "module:Class" -> its source
        self.blocks: dict[tuple, str] = {}    # (type, params, shape) -> class name
        self.classes: list[str] = []          # block and network classes, in order
        self.names: set[str] = set()

    # ------------------------------------------------------------ classes
    def add_network(self, graph, analysis, name: str, doc: str = "") -> str:
        """Write ``graph`` as a class; returns the class name (made unique in the file)."""
        name = self._unique(name)
        body = NetworkCode(self, graph, analysis)
        text = textwrap.fill(doc or _docstring(graph, analysis), 92,
                             subsequent_indent=INDENT, break_on_hyphens=False)
        lines = [f"class {name}(nn.Module):", f'{INDENT}"""{text}"""', ""]
        lines += [f"{INDENT}def __init__(self):", f"{INDENT * 2}super().__init__()"]
        lines += [INDENT * 2 + line for line in body.init_lines]
        lines += ["", f"{INDENT}def forward(self, {', '.join(body.arguments)}):"]
        lines += [INDENT * 2 + line for line in body.forward_lines]
        self.classes.append("\n".join(lines))
        return name

    def block_class(self, spec, params: dict, shapes: list) -> str:
        """The class of a composite block for these parameters and input shape (one per kind)."""
        key = (spec.type, tuple(sorted(params.items())), tuple(map(tuple, shapes)))
        if key not in self.blocks:
            graph, analysis = spec.inner(params, shapes)
            shape = "x".join(map(str, shapes[0]))
            doc = f"{spec.title} for {shape} inputs: {_param_text(params)}."
            self.blocks[key] = self.add_network(graph, analysis, spec.type, doc)
        return self.blocks[key]

    def need_classes(self, paths) -> None:
        for path in paths:
            if path not in self.custom:
                module, _, attr = path.partition(":")
                cls = getattr(importlib.import_module(module), attr)
                self.names.add(attr)
                self.custom[path] = textwrap.dedent(inspect.getsource(cls)).rstrip()

    def _unique(self, name: str) -> str:
        base, i = name, 2
        while name in self.names:
            name, i = f"{base}{i}", i + 1
        self.names.add(name)
        return name

    # ------------------------------------------------------------ the file
    def render(self, name: str, graph, analysis, origin: str = "") -> str:
        body = list(self.custom.values()) + self.classes
        text = "\n\n\n".join(body)
        imports = ["import torch"]
        if "F." in text:
            imports.append("import torch.nn.functional as F")
        imports.append("from torch import nn")
        head = (_file_docstring(name, graph, analysis, origin)
                + "\nfrom __future__ import annotations\n\n" + "\n".join(imports))
        return "\n\n\n".join([head, text, _main_block(name, graph, analysis)]) + "\n"


class NetworkCode:
    """The ``__init__`` and ``forward`` lines of one graph."""

    def __init__(self, writer: SourceWriter, graph, analysis):
        self.writer, self.graph, self.analysis = writer, graph, analysis
        self.init_lines: list[str] = []
        self.forward_lines: list[str] = []
        self.arguments: list[str] = []
        self.var: dict[str, str] = {}        # node -> the variable holding its output
        self.pending: dict[str, int] = {}    # variable -> consumers not written yet
        outputs = set(graph.output_nodes())
        self.kept = outputs                  # values that must survive until return
        self._block = None
        for node_id in analysis.nodes:
            self._node(node_id)
        results = [self.var[o] for o in graph.output_nodes()]
        self.forward_lines.append(f"return {', '.join(results)}")
        if not self.init_lines:
            self.init_lines.append("pass")

    def _node(self, node_id: str) -> None:
        node = self.graph.nodes[node_id]
        spec = layers.get(node.type)
        report = self.analysis.nodes[node_id]
        sources = self.graph.inputs_of(node_id)
        args = [self.var[s] for s in sources]
        self._comment(node_id)
        if spec.max_inputs == 0:  # an Input: an argument of forward
            name = "x" if len(self.graph.input_nodes()) == 1 else _safe(node_id)
            self.arguments.append(name)
            self._assign(node_id, name)
            return
        for s in sources:
            if s not in self.kept:
                self.pending[self.var[s]] -= 1
        if spec.build is None and spec.code_expr is None and len(args) == 1:
            self.var[node_id] = args[0]  # Output: the value passes through unchanged
            self.kept.add(node_id)
            return
        expr = self._expression(node_id, node, spec, report, args)
        self.forward_lines.append(f"{self._target(node_id, sources)} = {expr}")

    def _expression(self, node_id, node, spec, report, args) -> str:
        if spec.code_expr is not None:
            return spec.code_expr(args)
        if _clashes_with_module(node_id):
            raise ExportError("reserved_name", node=node_id)
        if spec.inner is not None:
            ctor = f"{self.writer.block_class(spec, node.params, report.input_shapes)}()"
        elif spec.code is not None:
            self.writer.need_classes(spec.code_classes)
            ctor = spec.code(node.params, report.input_shapes)
        else:
            raise ExportError("no_source", node=node_id, name=node.label, layer=spec.type,
                              layer_title=spec.title)
        self.init_lines.append(f"self.{node_id} = {ctor}")
        return f"self.{node_id}({', '.join(args)})"

    def _target(self, node_id: str, sources: list) -> str:
        """Reuse the input's variable along a chain; else ``x`` when free; else a new name."""
        if len(sources) == 1:
            src = sources[0]
            if src not in self.kept and len(self.graph.out_links(src)) == 1:
                return self._assign(node_id, self.var[src])
        for name in ("x", "out"):
            if self.pending.get(name, 0) == 0 and not self._holds_kept(name):
                return self._assign(node_id, name)
        return self._assign(node_id, _safe(node_id))

    def _assign(self, node_id: str, name: str) -> str:
        self.var[node_id] = name
        self.pending[name] = len(self.graph.out_links(node_id))
        return name

    def _holds_kept(self, name: str) -> bool:
        return any(self.var.get(k) == name for k in self.kept)

    def _comment(self, node_id: str) -> None:
        """A ``# block name`` line where the layers of a named group begin."""
        block = self.graph.block_of(node_id)
        if block is not None and block is not self._block and block.name:
            for lines in (self.init_lines, self.forward_lines):
                lines.append(f"# {block.name}")
        self._block = block


def _safe(name: str) -> str:
    return name + "_" if name in RESERVED else name


def _clashes_with_module(name: str) -> bool:
    from torch import nn
    return hasattr(nn.Module, name) or name in RESERVED


def _param_text(params: dict) -> str:
    return ", ".join(f"{k}={v}" for k, v in params.items()) or "defaults"


def _shape_text(graph, analysis) -> str:
    shapes = []
    for node_id in graph.input_nodes():
        shape = analysis.nodes[node_id].output_shape
        shapes.append("x".join(map(str, shape)))
    return ", ".join(shapes)


def _docstring(graph, analysis) -> str:
    totals = analysis.totals
    return (f"{graph.name or 'The network'}: input {_shape_text(graph, analysis)}, "
            f"{totals.params:,} parameters, {totals.macs:,} multiply-accumulates.")


def _file_docstring(name: str, graph, analysis, origin: str) -> str:
    where = f" from {origin}" if origin else ""
    shapes = ", ".join("(N, " + ", ".join(map(str, analysis.nodes[i].output_shape)) + ")"
                       for i in graph.input_nodes())
    return textwrap.dedent(f'''\
        """{graph.name or name} as plain PyTorch, written by ConvStudio{where}.

        Needs only torch. Input: {shapes} tensors. Weights exported from ConvStudio load
        with strict key checking:

            model = {name}()
            model.load_state_dict(torch.load("weights.pt", weights_only=True))
            # or: from safetensors.torch import load_file
            #     model.load_state_dict(load_file("weights.safetensors"))
            model.eval()
        """''')


def _main_block(name: str, graph, analysis) -> str:
    inputs = ", ".join("torch.randn(2, " + ", ".join(map(str, analysis.nodes[i].output_shape))
                       + ")" for i in graph.input_nodes())
    return textwrap.dedent(f'''\
        if __name__ == "__main__":
            model = {name}().eval()
            with torch.no_grad():
                out = model({inputs})
            print(model)
            shapes = [tuple(o.shape) for o in (out if isinstance(out, tuple) else (out,))]
            print("output:", ", ".join(map(str, shapes)))''')
