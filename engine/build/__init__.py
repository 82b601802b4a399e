"""Graph -> a real ``torch.fx.GraphModule``.

Each layer becomes a submodule named after its node id, so ``state_dict`` keys read
``conv1.weight``; merges become ``operator.add`` / ``torch.cat`` calls. The result has readable
generated code (``module.code``) and works with torch.compile, ONNX export and TorchScript.
"""
from __future__ import annotations

import re

from engine import layers
from engine.analysis import Analysis, analyze
from engine.errors import UserError
from engine.graph.model import NetworkGraph


# set on the module built for a layer whose LayerSpec is ``stochastic`` (training reads it)
STOCHASTIC_MARK = "convstudio_stochastic"


class BuildError(UserError, ValueError):
    """The network has errors; ``problems`` lists them."""

    code = "build_error"
    templates = {
        "build_error": "The network cannot be built yet; fix the layers marked as errors "
                       "first.",
        "build_invalid": "The network cannot be built: {first}",
        "build_invalid_more": "The network cannot be built: {first} ({more} more "
                              "{more:problem|problems})",
        "build_no_input": "The network has no Input layer; add one and connect it.",
    }

    def __init__(self, code: str | None = None, /, *legacy, problems=(), **data):
        if legacy and not isinstance(legacy[0], str):  # BuildError(message, problems)
            problems, legacy = legacy[0], legacy[1:]
        super().__init__(code, *legacy, **data)
        self.problems = list(problems)


def build_module(graph: NetworkGraph, analysis: Analysis | None = None):
    """Build the network as a GraphModule; raise BuildError when the analysis finds errors."""
    import torch.fx as fx
    from torch import nn

    analysis = analysis or analyze(graph)
    if analysis.errors:
        first = analysis.errors[0]
        more = len(analysis.errors) - 1
        raise BuildError("build_invalid_more" if more else "build_invalid",
                         problems=analysis.errors, first=first.message, more=more)
    inputs = graph.input_nodes()
    if not inputs:
        raise BuildError("build_no_input")
    root = nn.Module()
    fg = fx.Graph()
    env: dict[str, fx.Node] = {}
    for node_id in analysis.nodes:
        node = graph.nodes[node_id]
        spec = layers.get(node.type)
        report = analysis.nodes[node_id]
        args = [env[s] for s in graph.inputs_of(node_id)]
        if node.type == "Input":
            env[node_id] = fg.placeholder(node_id)
        elif node.type == "Output":
            env[node_id] = args[0]
        elif spec.function is not None:
            env[node_id] = spec.function(fg, args, node_id)
        else:
            module = spec.build(node.params, report.input_shapes)
            if spec.stochastic:
                setattr(module, STOCHASTIC_MARK, True)
            if node.frozen:
                freeze_module(module)
            root.add_module(node_id, module)
            env[node_id] = fg.call_module(node_id, tuple(args))
    outs = [env[o] for o in graph.output_nodes()]
    fg.output(outs[0] if len(outs) == 1 else tuple(outs))
    fg.lint()
    return fx.GraphModule(root, fg, class_name=_class_name(graph.name))


FROZEN_MARK = "convstudio_frozen"  # set on every submodule of a frozen layer


def freeze_module(module) -> None:
    """A frozen layer: its parameters need no gradient, and each of its submodules carries a
    mark so that training can keep its batch-norm statistics fixed too (``engine.training``)."""
    module.requires_grad_(False)
    for sub in module.modules():
        setattr(sub, FROZEN_MARK, True)


def _class_name(name: str) -> str:
    words = re.findall(r"[A-Za-z0-9]+", name or "")
    cls = "".join(w[:1].upper() + w[1:] for w in words) or "Network"
    return cls if cls[0].isalpha() else "Net" + cls
