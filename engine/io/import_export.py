"""An exported program (``torch.export``, ``.pt2``) -> an editable network.

An ExportedProgram holds ATen operations, not modules, but every operation remembers the
module it came from (``nn_module_stack``), so a ``conv2d`` called in ``layer1.0.conv1`` becomes
the node ``layer1_0_conv1`` with its weights, exactly as a traced module would.
"""
from __future__ import annotations

from pathlib import Path

from engine.io import import_fx as fxi
from engine.io.import_map import PASS, ModelImportError, UnsupportedError


def import_exported(path: Path, weights: str | None = None, *, input_shape=None):
    import torch

    if not path.is_file():
        raise ModelImportError("import_not_found_pt2", path=str(path))
    try:
        program = torch.export.load(str(path))
    except Exception as exc:  # noqa: BLE001 - damaged or not an exported program
        raise ModelImportError("not_pt2", file=path.name,
                               detail=" ".join(str(exc).split())[:100]) from None
    gm = program.module()
    if weights:
        from engine.io.weights import load_into, read_weights
        load_into(gm, read_weights(weights), path.stem)
    shape = input_shape or _example_shape(gm)
    shapes = fxi._shapes(gm, shape)
    records = _convert(gm, shapes, shape)
    records = fxi._fold_global_pooling(records)
    graph = fxi._make_graph(records, path.stem)
    state = _weights(gm, records)
    count = sum(v.numel() for k, v in program.state_dict.items()
                if k in program.graph_signature.parameters)
    return fxi.ImportedModel(graph, state, str(path), count)


def _example_shape(gm) -> tuple:
    for node in gm.graph.nodes:
        if node.op == "placeholder":
            val = node.meta.get("val")
            if val is not None and len(val.shape) == 4:
                return tuple(int(d) for d in val.shape[1:])
    raise ModelImportError("input_unknown")


def _leaf_path(node) -> str:
    stack = list((node.meta.get("nn_module_stack") or {}).values())
    return stack[-1][0] if stack else ""


def _convert(gm, shapes, input_shape):
    import torch.fx as fx

    table = _aten_table()
    records, env, used = [], {}, {"input", "output"}
    attrs: dict[str, str] = {}  # get_attr node name -> its tensor name ("conv1.weight")

    def fresh(base):
        base = fxi.re.sub(r"\W", "_", base) or "node"
        candidate, i = base, 1
        while candidate in used:
            candidate, i = f"{base}_{i}", i + 1
        used.add(candidate)
        return candidate

    for node in gm.graph.nodes:
        if node.op == "placeholder":
            c, h, w = input_shape
            records.append(fxi._Record("input", "Input", dict(channels=c, height=h, width=w),
                                       []))
            env[node.name] = "input"
        elif node.op == "get_attr":
            attrs[node.name] = node.target
        elif node.op == "output":
            fxi._outputs(node, env, records, used)
        elif node.op == "call_function" and shapes.get(node.name) is not None:
            op = getattr(node.target, "_overloadpacket", node.target)
            name = getattr(op, "__name__", str(op)).split(".")[-1]
            reader = table.get(name)
            where = _leaf_path(node) or node.name
            if reader is None:
                raise UnsupportedError("aten_op", module=where, op=name)
            tensors = [a for a in node.args if isinstance(a, fx.Node)]
            flat = [a for a in _flatten(node.args) if isinstance(a, fx.Node) and a.name in env]
            result = reader(node, attrs, gm, {"in": [shapes[a.name] for a in flat],
                                              "out": shapes[node.name]}, where)
            if result == PASS:
                if flat:
                    env[node.name] = env[flat[0].name]
                continue
            layer_type, params = result
            path = _leaf_path(node)
            module = path if any(a.name in attrs for a in tensors) else ""
            node_id = fresh(path if module else node.name)
            records.append(fxi._Record(node_id, layer_type, params,
                                       [env[a.name] for a in flat], module,
                                       path.rpartition(".")[0] if module else path))
            env[node.name] = node_id
        elif node.op == "call_function":
            continue  # getitem of a tuple, sizes
    fxi._check_merges(records)
    return records


def _flatten(args):
    for a in args:
        if isinstance(a, (list, tuple)):
            yield from _flatten(a)
        else:
            yield a


def _tensor(gm, attrs, node):
    target = attrs.get(getattr(node, "name", None))
    if target is None:
        return None
    obj = gm
    for part in target.split("."):
        obj = getattr(obj, part)
    return obj


def _arg(node, i, default):
    return node.args[i] if len(node.args) > i else default


def _aten_table():
    from engine.io import import_map as im

    def square(v, what, where):
        return im._square(v, what, where)

    def conv(node, attrs, gm, shapes, where):
        weight = _tensor(gm, attrs, node.args[1])
        if weight is None:
            raise UnsupportedError("computed_kernel", module=where)
        groups = _arg(node, 6, 1)
        return "Conv2d", dict(out_channels=int(weight.shape[0]),
                              kernel_size=square(tuple(weight.shape[2:]), "kernel", where),
                              stride=square(_arg(node, 3, [1]), "stride", where),
                              padding=_padding(_arg(node, 4, [0]), where),
                              dilation=square(_arg(node, 5, [1]), "dilation", where),
                              groups=int(groups), bias=_arg(node, 2, None) is not None)

    def _padding(v, where):
        return "same" if v == "same" else (0 if v == "valid" else square(v, "padding", where))

    def batch_norm(node, attrs, gm, shapes, where):
        affine = _arg(node, 1, None) is not None
        layer = "BatchNorm2d" if len(shapes["out"]) == 4 else "BatchNorm1d"
        return layer, dict(eps=float(_arg(node, 7, 1e-5)), momentum=float(_arg(node, 6, 0.1)),
                           affine=affine)

    def linear(node, attrs, gm, shapes, where):
        weight = _tensor(gm, attrs, node.args[1])
        return "Linear", dict(out_features=int(weight.shape[0]),
                              bias=_arg(node, 2, None) is not None)

    def pool(layer):
        def read(node, attrs, gm, shapes, where):
            kernel = square(node.args[1], "window", where)
            stride = _arg(node, 2, []) or [kernel]
            p = dict(kernel_size=kernel, stride=square(stride, "stride", where),
                     padding=square(_arg(node, 3, [0]), "padding", where))
            if layer == "MaxPool2d":
                if square(_arg(node, 4, [1]), "dilation", where) != 1:
                    raise UnsupportedError("dilated_max_pool_op", module=where)
                p["ceil_mode"] = bool(_arg(node, 5, False))
            else:
                p["ceil_mode"] = bool(_arg(node, 4, False))
            return layer, p
        return read

    def plain(layer, **params):
        return lambda node, attrs, gm, shapes, where: (layer, dict(params))

    def merge(layer):
        def read(node, attrs, gm, shapes, where):
            if len(shapes["in"]) < 2:
                raise UnsupportedError("constant_operand", module=where, layer=layer)
            return layer, {}
        return read

    def cat(node, attrs, gm, shapes, where):
        return im._cat_call(node.args, {}, shapes, where)

    def flatten(node, attrs, gm, shapes, where):
        return im._flatten_call(node.args, {}, shapes, where)

    def view(node, attrs, gm, shapes, where):
        return im._view_call(node.args, {}, shapes, where)

    def adaptive(node, attrs, gm, shapes, where):
        return "AdaptiveAvgPool2d", dict(output_size=square(node.args[1], "output size", where))

    def mean(node, attrs, gm, shapes, where):
        return im._mean_call(node.args, {}, shapes, where)

    def dropout(node, attrs, gm, shapes, where):
        return "Dropout", dict(p=float(_arg(node, 1, 0.5)))

    def hardtanh(node, attrs, gm, shapes, where):
        return im._hardtanh_call(node.args, {}, shapes, where)

    def leaky(node, attrs, gm, shapes, where):
        return "LeakyReLU", dict(negative_slope=float(_arg(node, 1, 0.01)))

    def passthrough(*_):
        return PASS

    table = {
        "conv2d": conv, "batch_norm": batch_norm,
        "_native_batch_norm_legit_no_training": batch_norm, "linear": linear,
        "max_pool2d": pool("MaxPool2d"), "avg_pool2d": pool("AvgPool2d"),
        "adaptive_avg_pool2d": adaptive, "mean": mean,
        "relu": plain("ReLU"), "relu_": plain("ReLU"), "relu6": plain("ReLU6"),
        "hardtanh": hardtanh, "hardtanh_": hardtanh, "silu": plain("SiLU"),
        "silu_": plain("SiLU"), "hardswish": plain("Hardswish"),
        "hardswish_": plain("Hardswish"), "hardsigmoid": plain("Hardsigmoid"),
        "sigmoid": plain("Sigmoid"), "tanh": plain("Tanh"), "gelu": plain("GELU"),
        "leaky_relu": leaky, "softmax": plain("Softmax"), "_softmax": plain("Softmax"),
        "add": merge("Add"), "add_": merge("Add"), "mul": merge("Multiply"),
        "mul_": merge("Multiply"), "cat": cat, "flatten": flatten, "view": view,
        "reshape": view, "dropout": dropout, "dropout_": dropout, "clone": passthrough, "contiguous": passthrough,
        "alias": passthrough, "detach": passthrough,
    }
    return table


def _weights(gm, records) -> dict:
    state = gm.state_dict()
    out = {}
    for r in records:
        if r.module:
            prefix = r.module + "."
            for key, value in state.items():
                if key.startswith(prefix) and "." not in key[len(prefix):]:
                    out[f"{r.id}.{key[len(prefix):]}"] = value.detach().clone()
    return out
