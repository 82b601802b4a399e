"""An ``nn.Module`` -> an editable ConvStudio network, through torch.fx tracing.

The model is traced in evaluation mode with torch's layers (and the few ConvStudio knows) as
leaves; a shape pass on a zero image gives every tensor's shape. Each traced call becomes a
node (``engine.io.import_map``), named after the module path (``layer1.0.conv1`` ->
``layer1_0_conv1``, like the zoo) or the function (``add``, ``cat_1``). A pooling to 1x1 that
only feeds a flatten becomes one global average pooling. Residual blocks, inception modules and
SE blocks (a module whose calls include a merge) are grouped as blocks; the layout is the
canvas's own layered layout. The weights are the module's own ``state_dict`` renamed to the
new nodes, so ``build_module(graph)`` loads them with ``strict=True``.
"""
from __future__ import annotations

import keyword
import re
from dataclasses import dataclass, field

from engine.graph.model import NetworkGraph, is_reserved_id
from engine.io.import_map import (PASS, ModelImportError, UnsupportedError, describe_call,
                                  function_table, leaf_types, module_table, read_module)

MERGES = ("Add", "Concat", "Multiply")


@dataclass
class ImportedModel:
    graph: NetworkGraph
    state_dict: dict              # keys of the module ``build_module(graph)`` makes
    source: str = ""
    original_params: int = 0      # what the original module counts, for checking
    renamed: dict = field(default_factory=dict)  # original module path -> node id


@dataclass
class _Record:
    id: str
    type: str
    params: dict
    srcs: list
    module: str = ""      # original module path ("" for a function call)
    group: str = ""       # the module path of the block it belongs to


def import_module(model, input_shape=(3, 224, 224), name: str = "", source: str = ""
                  ) -> ImportedModel:
    """Trace ``model`` and return its network, weights and what was renamed."""
    import torch

    model = model.eval()
    traced = _trace(model, name or type(model).__name__)
    shapes = _shapes(traced, input_shape)
    records, renamed = _convert(traced, dict(model.named_modules()), shapes, input_shape)
    records = _fold_global_pooling(records)
    graph = _make_graph(records, name or type(model).__name__)
    state = _weights(model, records)
    with torch.no_grad():
        count = sum(p.numel() for p in model.parameters())
    return ImportedModel(graph, state, source, count, renamed)


# ---------------------------------------------------------------- tracing
def _trace(model, name: str):
    import torch.fx as fx

    leaves = leaf_types()

    class _Tracer(fx.Tracer):
        def is_leaf_module(self, m, qualname):
            return isinstance(m, leaves) or super().is_leaf_module(m, qualname)

    try:
        graph = _Tracer().trace(model)
    except Exception as exc:  # noqa: BLE001 - any tracing failure is the model's, said once
        raise ModelImportError("not_traceable", name=name, detail=_short(exc)) from None
    return fx.GraphModule(model, graph)


def _shapes(traced, input_shape) -> dict:
    """fx node name -> output shape (batch first) for tensor results, None otherwise."""
    import torch
    from torch.fx.passes.shape_prop import ShapeProp

    c, h, w = input_shape
    try:
        with torch.no_grad():
            ShapeProp(traced).propagate(torch.zeros(1, c, h, w))
    except Exception as exc:  # noqa: BLE001
        raise ModelImportError("import_input_mismatch", shape=f"{c}x{h}x{w}",
                               detail=_short(exc)) from None
    out = {}
    for node in traced.graph.nodes:
        meta = node.meta.get("tensor_meta")
        out[node.name] = tuple(meta.shape) if hasattr(meta, "shape") else None
    return out


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:140]


# ---------------------------------------------------------------- conversion
def _convert(traced, modules: dict, shapes: dict, input_shape):
    mod_table, fn_table = module_table(), function_table()
    records: list[_Record] = []
    env: dict[str, str] = {}  # fx node name -> our node id (tensors only)
    used_ids: set[str] = set()
    calls: dict[str, int] = {}  # module path -> times called
    renamed: dict[str, str] = {}

    def fresh(base: str) -> str:
        base = re.sub(r"\W", "_", base) or "node"
        if not base[0].isalpha() or keyword.iskeyword(base):
            base = "n_" + base
        candidate, i = base, 1
        while (candidate in used_ids or candidate in ("input", "output")
               or is_reserved_id(candidate)):
            candidate = f"{base}_{i}"
            i += 1
        used_ids.add(candidate)
        return candidate

    for node in traced.graph.nodes:
        if node.op == "placeholder":
            if any(r.type == "Input" for r in records):
                raise UnsupportedError("many_inputs")
            c, h, w = input_shape
            records.append(_Record("input", "Input", dict(channels=c, height=h, width=w), []))
            used_ids.add("input")
            env[node.name] = "input"
            continue
        if node.op == "output":
            _outputs(node, env, records, used_ids)
            continue
        if node.op == "get_attr":
            raise UnsupportedError("tensor_in_forward", module=node.target)
        if shapes.get(node.name) is None:
            continue  # sizes, indices and other non-tensor values
        srcs = [env[a.name] for a in _tensor_args(node) if a.name in env]
        in_shapes = [shapes[a.name] for a in _tensor_args(node) if a.name in env]
        where, group = _where(node), _block_of(node)
        if node.op == "call_module":
            module = modules[node.target]
            calls[node.target] = calls.get(node.target, 0) + 1
            if calls[node.target] > 1 and any(True for _ in module.parameters(recurse=False)):
                raise UnsupportedError("shared_module", module=node.target)
            result = read_module(mod_table, module, node.target)
            base = node.target
        else:
            reader = fn_table.get(node.target)
            if reader is None:
                raise UnsupportedError("no_layer_for_call", module=where,
                                       call=describe_call(node.target))
            result = reader(node.args, node.kwargs,
                            {"in": in_shapes, "out": shapes[node.name]}, where)
            base = node.name
        if result == PASS:
            if srcs:
                env[node.name] = srcs[0]
            continue
        layer_type, params = result
        node_id = fresh(base)
        if node.op == "call_module" and calls[node.target] == 1:
            renamed[node.target] = node_id
        records.append(_Record(node_id, layer_type, params, srcs,
                               node.target if node.op == "call_module" else "", group))
        env[node.name] = node_id
    _check_merges(records)
    return records, renamed


def _tensor_args(node) -> list:
    import torch.fx as fx

    found: list = []

    def visit(a):
        if isinstance(a, fx.Node):
            if a.meta.get("tensor_meta") is not None and hasattr(a.meta["tensor_meta"],
                                                                  "shape"):
                found.append(a)
        elif isinstance(a, (list, tuple)):
            for x in a:
                visit(x)
        elif isinstance(a, dict):
            for x in a.values():
                visit(x)

    visit(node.args)
    visit(node.kwargs)
    return found


def _where(node) -> str:
    stack = node.meta.get("nn_module_stack") or {}
    path = list(stack.values())[-1][0] if stack else ""
    return f"{path} ({node.name})" if path and node.op != "call_module" else (path or node.name)


def _block_of(node) -> str:
    """The innermost non-leaf module the call happens in ("" at the top level)."""
    stack = list((node.meta.get("nn_module_stack") or {}).values())
    if node.op == "call_module" and stack:
        stack = stack[:-1]
    return stack[-1][0] if stack else ""


def _outputs(node, env, records, used_ids) -> None:
    import torch.fx as fx

    values = node.args[0]
    values = list(values) if isinstance(values, (list, tuple)) else [values]
    for i, v in enumerate(values):
        if not isinstance(v, fx.Node) or v.name not in env:
            raise UnsupportedError("bad_output")
        node_id = "output" if i == 0 else f"output_{i + 1}"
        used_ids.add(node_id)
        records.append(_Record(node_id, "Output", {}, [env[v.name]]))


def _check_merges(records) -> None:
    for r in records:
        if r.type in MERGES and len(set(r.srcs)) != len(r.srcs):
            raise UnsupportedError("self_combine", module=r.id)


def _fold_global_pooling(records: list) -> list:
    """AdaptiveAvgPool2d(1) followed only by Flatten -> one GlobalAvgPool (the GAP of a
    GAP + FC head, which the class activation map recognises)."""
    consumers: dict[str, list] = {}
    for r in records:
        for s in r.srcs:
            consumers.setdefault(s, []).append(r)
    drop: dict[str, str] = {}
    for r in records:
        after = consumers.get(r.id, [])
        if (r.type == "AdaptiveAvgPool2d" and r.params.get("output_size") == 1
                and len(after) == 1 and after[0].type == "Flatten"):
            r.type, r.params = "GlobalAvgPool", {}
            drop[after[0].id] = r.id
    kept = [r for r in records if r.id not in drop]
    for r in kept:
        r.srcs = [drop.get(s, s) for s in r.srcs]
    return kept


def _make_graph(records, name: str) -> NetworkGraph:
    from engine.graph.layout import layered_layout

    graph = NetworkGraph(name)
    for r in records:
        graph.add_node(r.type, r.params, node_id=r.id)
    for r in records:
        for port, s in enumerate(r.srcs):
            graph.add_link_unchecked(s, r.id, port)
    for n, pos in layered_layout(graph).items():
        graph.move(n, pos)
    _group_blocks(graph, records)
    graph.revision = 0
    return graph


def _group_blocks(graph: NetworkGraph, records) -> None:
    """Group the calls of each module that contains a merge (a residual or inception block,
    a squeeze-and-excitation gate): the structure a reader looks for, foldable on the canvas."""
    with_merge = {r.group for r in records if r.type in MERGES and r.group}
    members: dict[str, list] = {}
    for r in records:
        owner = _owner(r.group, with_merge)
        if owner:
            members.setdefault(owner, []).append(r.id)
    for path, ids in members.items():
        if len(ids) >= 2:
            block_id = graph.new_id("block_" + re.sub(r"\W", "_", path))
            graph.group(ids, path, block_id=block_id)


def _owner(path: str, with_merge: set) -> str:
    """The innermost module at or above ``path`` that contains a merge."""
    while path:
        if path in with_merge:
            return path
        path = path.rpartition(".")[0]
    return ""


# ---------------------------------------------------------------- weights
def _weights(model, records) -> dict:
    modules = dict(model.named_modules())
    state = {}
    for r in records:
        if r.module:
            for key, value in modules[r.module].state_dict().items():
                state[f"{r.id}.{key}"] = value.detach().clone()
    return state
