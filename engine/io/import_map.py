"""How PyTorch's modules and functions become ConvStudio layers when a model is imported.

The importer's own table, in one place: a torch module class (looked up along its MRO, so
subclasses work) or a function/method seen by torch.fx maps to a registry layer type and the
layer's parameters read back from the module or the call. ``PASS`` marks calls that change
nothing a network diagram shows (``nn.Identity``, ``.contiguous()``). Anything else is refused
with one sentence naming the module (``UnsupportedError``).
"""
from __future__ import annotations

import operator
from math import prod

from engine.source_errors import SourceError

PASS = "pass"  # the call returns its input unchanged


class ModelImportError(SourceError):
    """A model cannot be imported; the message is one sentence naming what and why
    (``ModelImportError(sentence, code=..., **data)``)."""

    code = "import_failed"
    templates = {
        "import_failed": "This model cannot be imported.",
        "input_unknown": "The exported program does not take one image batch (N x C x H x W); "
                         "give the input size.",
        "not_pt2": "{file} is not a torch.export program ({detail}); export it with "
                   "torch.export.save.",
        "not_traceable": "{name} cannot be traced by torch.fx ({detail}); its forward may "
                         "branch on tensor values, which an editable network cannot express.",
        "no_pretrained_source": "{source} has no pretrained weights; use torchvision:NAME or a "
                                "zoo model with a torchvision twin (zoo:resnet18, zoo:vgg16, "
                                "...).",
        "no_pretrained": "torchvision has no pretrained weights for '{model}'.",
        "no_class": "{file} has no nn.Module class '{class_name}'; it defines {classes}.",
        "which_class": "{file} defines {count} nn.Module classes ({classes}); name the one to "
                       "import.",
        "constructor_failed": "{class_name}() failed ({detail}); the class must be "
                              "constructible without arguments.",
        "file_failed": "Running {file} failed: {error}: {detail}.",
        "import_not_found_pt2": "{path} does not exist; choose a .pt2 file written by "
                                "torch.export.save.",
        "import_not_found_py": "{path} does not exist; choose a Python file that defines your "
                               "nn.Module.",
        "import_input_mismatch": "The model cannot take a {shape} image ({detail}); give the "
                                 "input size it expects (channels x height x width).",
        "bad_import_source": "{source!r} is not something to import; write torchvision:NAME, "
                             "FILE.py:ClassName or FILE.pt2.",
        "unknown_torchvision_model": "torchvision has no classification model {name!r}; did "
                                     "you mean {close}?",
        "unknown_torchvision_model_none": "torchvision has no classification model {name!r}; "
                                          "see torchvision.models.list_models() for the "
                                          "classification models.",
    }


class UnsupportedError(ModelImportError):
    code = "unsupported_module"
    templates = {
        "unsupported_module": "A module of this model has no ConvStudio layer.",
        "bad_output": "The model returns something other than tensors (a dictionary or a "
                      "constant); return the class scores.",
        "many_inputs": "The model takes more than one input; a ConvStudio network has one "
                       "image input.",
        "not_square": "{module} has a {values} {what}; ConvStudio's layers use square windows, "
                      "so it cannot be imported.",
        "not_zero_padding": "{module} pads with {mode!r}; ConvStudio's convolutions pad with "
                            "zeros only.",
        "bn_no_running_stats": "{module} is a batch norm without running statistics (or with "
                               "a cumulative average); ConvStudio's batch norm keeps a running "
                               "mean with a momentum.",
        "dilated_max_pool": "{module} is a dilated max pooling (or returns indices), which "
                            "ConvStudio has no layer for.",
        "avg_pool_no_pad_count": "{module} averages without the zero padding; ConvStudio's "
                                 "average pooling counts it.",
        "adaptive_one_side": "{module} keeps one side of its input; ConvStudio's adaptive "
                             "pooling sets both.",
        "flatten_dims": "{module} flattens dimensions {start} to {end}; ConvStudio flattens "
                        "everything but the batch.",
        "softmax_dim": "{module} takes the softmax over dimension {dim}; ConvStudio's softmax "
                       "runs over the channels.",
        "gelu_tanh": "{module} is the tanh approximation of GELU, which ConvStudio has no "
                     "layer for.",
        "no_layer_for_module": "{module} is a {kind}, which has no ConvStudio layer; replace it "
                               "or leave it out of the imported model.",
        "reshape_not_flatten": "{module} reshapes a {source} tensor to {target}; ConvStudio can "
                               "only flatten everything but the batch.",
        "concat_dim": "{module} concatenates along dimension {dim}; ConvStudio concatenates "
                      "channels (dimension 1).",
        "constant_operand": "{module} combines a tensor with a constant; ConvStudio's {layer} "
                            "takes two layers' outputs.",
        "mean_dims": "{module} takes a mean over dimensions {dims}; ConvStudio averages over "
                     "height and width only.",
        "clamp_range": "{module} clamps to [{low}, {high}], which ConvStudio has no layer for "
                       "(only ReLU6's [0, 6]).",
        "tensor_in_forward": "The model uses its tensor {module!r} directly in forward; only "
                             "layers (modules) and tensor functions can be imported.",
        "shared_module": "{module} is used twice (shared weights), which a ConvStudio network "
                         "cannot express.",
        "no_layer_for_call": "{module} calls {call}, which has no ConvStudio layer.",
        "self_combine": "{module} combines a layer's output with itself, which a ConvStudio "
                        "network cannot wire (one link per pair).",
        "aten_op": "{module} uses the operation aten.{op}, which has no ConvStudio layer.",
        "computed_kernel": "{module} convolves with a computed kernel, which ConvStudio cannot "
                           "express.",
        "dilated_max_pool_op": "{module} is a dilated max pooling, which ConvStudio has no "
                               "layer for.",
    }


def _square(value, what: str, where: str) -> int:
    if isinstance(value, int):
        return value
    values = tuple(value)
    if len(set(values)) != 1:
        raise UnsupportedError("not_square", module=where, values="x".join(map(str, values)),
                               what=what)
    return int(values[0])


# ---------------------------------------------------------------- modules -> layers

def _conv(m, where):
    if m.padding_mode != "zeros":
        raise UnsupportedError("not_zero_padding", module=where, mode=m.padding_mode)
    if isinstance(m.padding, str):
        if m.padding == "valid":
            padding = 0
        else:
            padding = "same"
    else:
        padding = _square(m.padding, "padding", where)
    return "Conv2d", dict(out_channels=m.out_channels,
                          kernel_size=_square(m.kernel_size, "kernel", where),
                          stride=_square(m.stride, "stride", where), padding=padding,
                          dilation=_square(m.dilation, "dilation", where), groups=m.groups,
                          bias=m.bias is not None)


def _batchnorm(layer_type):
    def read(m, where):
        if m.momentum is None or not m.track_running_stats:
            raise UnsupportedError("bn_no_running_stats", module=where)
        return layer_type, dict(eps=float(m.eps), momentum=float(m.momentum), affine=m.affine)
    return read


def _maxpool(m, where):
    if _square(m.dilation, "dilation", where) != 1 or m.return_indices:
        raise UnsupportedError("dilated_max_pool", module=where)
    kernel = _square(m.kernel_size, "window", where)
    return "MaxPool2d", dict(kernel_size=kernel,
                             stride=_square(m.stride or kernel, "stride", where),
                             padding=_square(m.padding, "padding", where),
                             ceil_mode=bool(m.ceil_mode))


def _avgpool(m, where):
    if not m.count_include_pad or m.divisor_override is not None:
        raise UnsupportedError("avg_pool_no_pad_count", module=where)
    kernel = _square(m.kernel_size, "window", where)
    return "AvgPool2d", dict(kernel_size=kernel,
                             stride=_square(m.stride or kernel, "stride", where),
                             padding=_square(m.padding, "padding", where),
                             ceil_mode=bool(m.ceil_mode))


def _adaptive(m, where):
    size = m.output_size
    if size is None or (not isinstance(size, int) and None in tuple(size)):
        raise UnsupportedError("adaptive_one_side", module=where)
    return "AdaptiveAvgPool2d", dict(output_size=_square(size, "output size", where))


def _flatten_module(m, where):
    if m.start_dim != 1 or m.end_dim != -1:
        raise UnsupportedError("flatten_dims", module=where, start=m.start_dim, end=m.end_dim)
    return "Flatten", {}


def _softmax(m, where):
    if m.dim not in (1, -1):
        raise UnsupportedError("softmax_dim", module=where, dim=str(m.dim))
    return "Softmax", {}


def _plain(layer_type, **params):
    return lambda m, where: (layer_type, dict(params))


def module_table() -> dict:
    """torch module class -> reader(module, path) -> (layer type, params) or PASS."""
    from torch import nn

    from engine.layers import modules as ours

    table = {
        nn.Conv2d: _conv,
        nn.BatchNorm2d: _batchnorm("BatchNorm2d"), nn.BatchNorm1d: _batchnorm("BatchNorm1d"),
        nn.Linear: lambda m, w: ("Linear", dict(out_features=m.out_features,
                                                bias=m.bias is not None)),
        nn.MaxPool2d: _maxpool, nn.AvgPool2d: _avgpool, nn.AdaptiveAvgPool2d: _adaptive,
        nn.ReLU: _plain("ReLU"), nn.ReLU6: _plain("ReLU6"), nn.SiLU: _plain("SiLU"),
        nn.Hardswish: _plain("Hardswish"), nn.Hardsigmoid: _plain("Hardsigmoid"),
        nn.Sigmoid: _plain("Sigmoid"), nn.Tanh: _plain("Tanh"),
        nn.GELU: lambda m, w: _gelu(m.approximate, w),
        nn.LeakyReLU: lambda m, w: ("LeakyReLU", dict(negative_slope=float(m.negative_slope))),
        nn.Softmax: _softmax,
        nn.Dropout: lambda m, w: ("Dropout", dict(p=float(m.p))),
        nn.Dropout2d: lambda m, w: ("Dropout2d", dict(p=float(m.p))),
        nn.LocalResponseNorm: lambda m, w: ("LocalResponseNorm", dict(
            size=m.size, alpha=float(m.alpha), beta=float(m.beta), k=float(m.k))),
        nn.Flatten: _flatten_module,
        nn.Identity: lambda m, w: PASS,
        ours.StochasticPool2d: lambda m, w: ("StochasticPool2d", dict(
            kernel_size=m.kernel_size, stride=m.stride)),
        ours.StochasticDepth: lambda m, w: ("StochasticDepth", dict(p=float(m.p),
                                                                    mode=m.mode)),
    }
    try:
        from torchvision.ops import StochasticDepth
        table[StochasticDepth] = lambda m, w: ("StochasticDepth", dict(p=float(m.p),
                                                                       mode=m.mode))
    except ImportError:  # torchvision is optional for importing one's own modules
        pass
    return table


def _gelu(approximate: str, where: str):
    if approximate != "none":
        raise UnsupportedError("gelu_tanh", module=where)
    return "GELU", {}


def leaf_types() -> tuple:
    """Module classes traced as one call (never looked into)."""
    return tuple(module_table())


def read_module(table: dict, module, where: str):
    for cls in type(module).__mro__:
        if cls in table:
            return table[cls](module, where)
    raise UnsupportedError("no_layer_for_module", module=where, kind=type(module).__name__)


# ---------------------------------------------------------------- calls -> layers

def _arg(args, kwargs, index, name, default=None):
    if name in kwargs:
        return kwargs[name]
    return args[index] if len(args) > index else default


def _flatten_call(args, kwargs, shapes, where):
    start = _arg(args, kwargs, 1, "start_dim", 0)
    end = _arg(args, kwargs, 2, "end_dim", -1)
    if start != 1 or end != -1:
        raise UnsupportedError("flatten_dims", module=where, start=start, end=end)
    return "Flatten", {}


def _view_call(args, kwargs, shapes, where):
    """``x.view(x.size(0), -1)`` and the like: a Flatten when the result is (N, C*H*W)."""
    src, out = shapes["in"][0], shapes["out"]
    if out is not None and len(out) == 2 and len(src) >= 2 and out[0] == src[0] \
            and out[1] == prod(src[1:]):
        return "Flatten", {}
    raise UnsupportedError("reshape_not_flatten", module=where,
                           source="x".join(map(str, src[1:])),
                           target="x".join(map(str, (out or ())[1:])))


def _cat_call(args, kwargs, shapes, where):
    dim = _arg(args, kwargs, 1, "dim", 0)
    if len(shapes["in"]) == 1:
        return PASS  # DenseNet's first layer concatenates a list of one
    if dim != 1:
        raise UnsupportedError("concat_dim", module=where, dim=str(dim))
    return "Concat", {}


def _merge(layer_type):
    def read(args, kwargs, shapes, where):
        if len(shapes["in"]) < 2 or kwargs.get("alpha", 1) != 1:
            raise UnsupportedError("constant_operand", module=where, layer=layer_type)
        return layer_type, {}
    return read


def _pool_call(layer_type):
    def read(args, kwargs, shapes, where):
        kernel = _square(_arg(args, kwargs, 1, "kernel_size"), "window", where)
        stride = _arg(args, kwargs, 2, "stride") or kernel
        padding = _arg(args, kwargs, 3, "padding", 0)
        params = dict(kernel_size=kernel, stride=_square(stride, "stride", where),
                      padding=_square(padding, "padding", where))
        ceil = _arg(args, kwargs, 5 if layer_type == "MaxPool2d" else 4, "ceil_mode", False)
        params["ceil_mode"] = bool(ceil)
        return layer_type, params
    return read


def _mean_call(args, kwargs, shapes, where):
    dims = _arg(args, kwargs, 1, "dim")
    keep = _arg(args, kwargs, 2, "keepdim", False)
    if dims is not None and sorted(d % 4 for d in (dims if isinstance(dims, (list, tuple))
                                                   else [dims])) == [2, 3]:
        return ("AdaptiveAvgPool2d", dict(output_size=1)) if keep else ("GlobalAvgPool", {})
    raise UnsupportedError("mean_dims", module=where, dims=str(dims))


def _simple_call(layer_type, **params):
    return lambda args, kwargs, shapes, where: (layer_type, dict(params))


def _leaky_call(args, kwargs, shapes, where):
    return "LeakyReLU", dict(negative_slope=float(_arg(args, kwargs, 1, "negative_slope",
                                                       0.01)))


def _dropout_call(layer_type):
    def read(args, kwargs, shapes, where):
        return layer_type, dict(p=float(_arg(args, kwargs, 1, "p", 0.5)))
    return read


def _adaptive_call(args, kwargs, shapes, where):
    return "AdaptiveAvgPool2d", dict(output_size=_square(_arg(args, kwargs, 1, "output_size"),
                                                         "output size", where))


def _softmax_call(args, kwargs, shapes, where):
    dim = _arg(args, kwargs, 1, "dim")
    if dim not in (1, -1):
        raise UnsupportedError("softmax_dim", module=where, dim=str(dim))
    return "Softmax", {}


def _hardtanh_call(args, kwargs, shapes, where):
    low, high = _arg(args, kwargs, 1, "min_val", -1.0), _arg(args, kwargs, 2, "max_val", 1.0)
    if (low, high) == (0.0, 6.0):
        return "ReLU6", {}
    raise UnsupportedError("clamp_range", module=where, low=str(low), high=str(high))


def _pass_call(args, kwargs, shapes, where):
    return PASS


def function_table() -> dict:
    """Function (or method name) -> reader(args, kwargs, shapes, where) -> (type, params)."""
    import torch
    import torch.nn.functional as F

    add, mul = _merge("Add"), _merge("Multiply")
    return {
        operator.add: add, operator.iadd: add, torch.add: add, "add": add, "add_": add,
        operator.mul: mul, operator.imul: mul, torch.mul: mul, "mul": mul, "mul_": mul,
        torch.cat: _cat_call, torch.concat: _cat_call,
        torch.flatten: _flatten_call, "flatten": _flatten_call,
        "view": _view_call, "reshape": _view_call, torch.reshape: _view_call,
        F.relu: _simple_call("ReLU"), torch.relu: _simple_call("ReLU"),
        "relu": _simple_call("ReLU"), "relu_": _simple_call("ReLU"),
        F.relu6: _simple_call("ReLU6"), F.hardtanh: _hardtanh_call,
        F.silu: _simple_call("SiLU"), F.hardswish: _simple_call("Hardswish"),
        F.hardsigmoid: _simple_call("Hardsigmoid"), F.gelu: _simple_call("GELU"),
        torch.sigmoid: _simple_call("Sigmoid"), F.sigmoid: _simple_call("Sigmoid"),
        "sigmoid": _simple_call("Sigmoid"), torch.tanh: _simple_call("Tanh"),
        F.tanh: _simple_call("Tanh"), "tanh": _simple_call("Tanh"),
        F.leaky_relu: _leaky_call, F.softmax: _softmax_call, torch.softmax: _softmax_call,
        "softmax": _softmax_call,
        F.dropout: _dropout_call("Dropout"), F.dropout2d: _dropout_call("Dropout2d"),
        F.max_pool2d: _pool_call("MaxPool2d"), F.avg_pool2d: _pool_call("AvgPool2d"),
        F.adaptive_avg_pool2d: _adaptive_call, torch.mean: _mean_call, "mean": _mean_call,
        "contiguous": _pass_call, "clone": _pass_call, "detach": _pass_call,
    }


def describe_call(target) -> str:
    if isinstance(target, str):
        return f".{target}()"
    module = getattr(target, "__module__", "") or ""
    name = getattr(target, "__name__", repr(target))
    if module.startswith("torch.nn.functional"):
        return f"F.{name}"
    if module == "_operator":
        return {"getitem": "indexing ([...])"}.get(name, f"the operator {name}")
    return f"torch.{name}" if module.startswith("torch") else name
