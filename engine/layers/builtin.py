"""The built-in layer types. Torch is imported lazily inside the build functions so that the
analysis (used on every edit) never pays for importing it."""
from __future__ import annotations

from math import prod

from engine.layers.registry import register
from engine.layers import labels
from engine.layers.spec import (ADAPTIVE_POOL, BOOL, CLASSIFIER, FLATTEN, FLOAT, GLOBAL_POOL,
                                IN_PLACE, INT, PADDING, SOFTMAX, VIEW, LayerInfo, LayerSpec,
                                Param, Window, constructor)
from engine.layers.windows import spatial
from engine.problems import ShapeError, fmt_shape, hint


def _nn():
    import torch.nn as nn
    return nn


# ---------------------------------------------------------------- shape checks

def _need_image(layer: str, shape, fix: str = "before_flatten") -> tuple:
    if len(shape) != 3:
        raise ShapeError("needs_image", layer=layer, input=tuple(shape), fix=hint(fix))
    return shape


def _need_flat(layer: str, shape) -> tuple:
    if len(shape) != 1:
        raise ShapeError("needs_flat", layer=layer, input=tuple(shape))
    return shape


def _same(shapes, params) -> LayerInfo:
    return LayerInfo(tuple(shapes[0]))


# ---------------------------------------------------------------- input / output

def _input_infer(shapes, p):
    return LayerInfo((p["channels"], p["height"], p["width"]),
                     formulas={"output": f"{p['channels']}x{p['height']}x{p['width']} "
                                         f"as declared"})


register(LayerSpec(
    "Input", "Input/Output", "Input",
    "The image that enters the network: channels x height x width (1 for grayscale, 3 for RGB).",
    _input_infer,
    params=(Param("channels", INT, 3, "Colour channels: 1 grayscale, 3 RGB.", 1, 4096),
            Param("height", INT, 32, "Image height in pixels.", 1, 8192),
            Param("width", INT, 32, "Image width in pixels.", 1, 8192)),
    min_inputs=0, max_inputs=0, prefix="input", storage=VIEW, label=lambda p: "Input",
    glyph="In"))

register(LayerSpec(
    "Output", "Input/Output", "Output",
    "Marks a result of the network (the class scores); the tensor passes through unchanged.",
    _same, prefix="output", storage=VIEW, transparent_at_eval=True, glyph="Out"))

register(LayerSpec(
    "Identity", "Merge", "Identity",
    "Passes its input through unchanged; useful as a named junction or an identity shortcut.",
    _same, build=lambda p, s: _nn().Identity(), code=lambda p, s: "nn.Identity()",
    prefix="identity", storage=VIEW,
    transparent_at_eval=True, keeps_features=True, glyph="="))


# ---------------------------------------------------------------- convolution

def _conv_infer(shapes, p):
    c, h, w = _need_image("Conv2d", shapes[0])
    k, s, d, g, cout = p["kernel_size"], p["stride"], p["dilation"], p["groups"], p["out_channels"]
    if c % g or cout % g:
        raise ShapeError("groups_mismatch", groups=g, in_channels=c, out_channels=cout)
    (oh, ow), formulas, warns, _ = spatial("Conv2d", (c, h, w), k, s, p["padding"], d)
    weights = cout * (c // g) * k * k
    biases = cout if p["bias"] else 0
    macs = cout * oh * ow * (c // g) * k * k
    grp = f" / {g}" if g > 1 else ""
    formulas["weights"] = f"{k}*{k}*{c}{grp} * {cout} = {weights:,}"
    formulas["biases"] = f"{cout} (one per filter)" if biases else "0 (bias off)"
    formulas["params"] = (f"({k}*{k}*{c}{grp} + {1 if biases else 0}) * {cout} = "
                          f"{weights + biases:,}")
    formulas["macs"] = f"{oh}*{ow}*{cout} outputs * {k}*{k}*{c}{grp} = {macs:,}"
    return LayerInfo((cout, oh, ow), weights, biases, macs, Window(k, s, _pad(p, k, d), d),
                     formulas, warns)


def _pad(p: dict, k: int, d: int = 1) -> int:
    """Rows of padding before the first window; "same" pads (F - 1) // 2 there, as torch does."""
    return (d * (k - 1)) // 2 if p["padding"] == "same" else p["padding"]


def _conv_code(p, shapes):
    return constructor("nn.Conv2d", shapes[0][0], p["out_channels"], p["kernel_size"],
                       stride=p["stride"], padding=p["padding"], dilation=p["dilation"],
                       groups=p["groups"], bias=p["bias"],
                       defaults=dict(stride=1, padding=0, dilation=1, groups=1, bias=True))


def _conv_build(p, shapes):
    return _nn().Conv2d(shapes[0][0], p["out_channels"], p["kernel_size"], stride=p["stride"],
                        padding=p["padding"], dilation=p["dilation"], groups=p["groups"],
                        bias=p["bias"])


register(LayerSpec(
    "Conv2d", "Convolution", "Convolution",
    "Slides out_channels filters of size K x K x C_in over the image. Output size: "
    "floor((N + 2P - K) / S) + 1; weights K*K*C_in*C_out, plus one bias per filter.",
    _conv_infer,
    params=(Param("out_channels", INT, 16, "Number of filters = output channels.", 1, 65536,
                  label="filters"),
            Param("kernel_size", INT, 3, "Filter height and width (K).", 1, 1024, label="kernel"),
            Param("stride", INT, 1, "Step between filter positions (S).", 1, 1024),
            Param("padding", PADDING, 0, "Zeros added on each side (P), or \"same\" to keep the "
                  "size (stride 1 only).", 0, 1024),
            Param("dilation", INT, 1, "Spacing between kernel taps (1 = ordinary).", 1, 1024),
            Param("groups", INT, 1, "Split channels into groups convolved separately.", 1, 65536),
            Param("bias", BOOL, True, "Add one learned bias per filter.")),
    build=_conv_build, code=_conv_code, prefix="conv", shows_filters=True, short_name="Conv", label=labels.conv,
    glyph="Cv"))


# ---------------------------------------------------------------- pooling

def _pool_infer(name, with_ceil=True):
    def infer(shapes, p):
        c, h, w = _need_image(name, shapes[0])
        k, s = p["kernel_size"], p["stride"]
        if p["padding"] * 2 > k:
            raise ShapeError("pool_padding", layer=name, padding=p["padding"], kernel=k)
        (oh, ow), formulas, warns, _ = spatial(name, (c, h, w), k, s, p["padding"], 1,
                                                p.get("ceil_mode", False) if with_ceil else False)
        return LayerInfo((c, oh, ow), rf=Window(k, s, p["padding"]), formulas=formulas,
                         warnings=warns)
    return infer


def _pool_code(cls):
    def code(p, shapes):
        return constructor(cls, p["kernel_size"], p["stride"], padding=p["padding"],
                           ceil_mode=p["ceil_mode"], defaults=dict(padding=0, ceil_mode=False))
    return code


def _pool_params(ceil=True):
    base = (Param("kernel_size", INT, 2, "Window height and width.", 1, 1024, label="window"),
            Param("stride", INT, 2, "Step between windows (equal to the window: no overlap; "
                  "smaller: overlapping pooling as in AlexNet).", 1, 1024),
            Param("padding", INT, 0, "Padding on each side (at most half the window).", 0, 512))
    if ceil:
        base += (Param("ceil_mode", BOOL, False, "Round the output size up instead of down, "
                       "keeping a partial last window."),)
    return base


register(LayerSpec(
    "MaxPool2d", "Pooling", "Max pooling",
    "Keeps the largest value of each window; no weights. Output: floor((N + 2P - K) / S) + 1.",
    _pool_infer("MaxPool2d"), params=_pool_params(),
    build=lambda p, s: _nn().MaxPool2d(p["kernel_size"], p["stride"], p["padding"],
                                       ceil_mode=p["ceil_mode"]),
    code=_pool_code("nn.MaxPool2d"), prefix="maxpool", short_name="MaxPool", label=labels.windowed("MaxPool"), glyph="Mx"))

register(LayerSpec(
    "AvgPool2d", "Pooling", "Average pooling",
    "Replaces each window by its mean; no weights. Output: floor((N + 2P - K) / S) + 1.",
    _pool_infer("AvgPool2d"), params=_pool_params(),
    build=lambda p, s: _nn().AvgPool2d(p["kernel_size"], p["stride"], p["padding"],
                                       ceil_mode=p["ceil_mode"]),
    code=_pool_code("nn.AvgPool2d"), prefix="avgpool", short_name="AvgPool", label=labels.windowed("AvgPool"), glyph="Av"))


def _stochastic_build(p, s):
    from engine.layers.modules import StochasticPool2d
    return StochasticPool2d(p["kernel_size"], p["stride"])


register(LayerSpec(
    "StochasticPool2d", "Pooling", "Stochastic pooling",
    "Training: each window picks one element a_i with probability p_i = a_i / sum_k a_k. "
    "Evaluation: outputs the expectation sum_i p_i a_i. Use after ReLU (non-negative inputs).",
    _pool_infer("StochasticPool2d", with_ceil=False),
    params=(Param("kernel_size", INT, 2, "Window height and width.", 1, 1024, label="window"),
            Param("stride", INT, 2, "Step between windows.", 1, 1024),
            Param("padding", INT, 0, "Padding on each side.", 0, 0)),
    build=_stochastic_build, prefix="stochpool",
    code=lambda p, s: constructor("StochasticPool2d", p["kernel_size"], p["stride"]),
    code_classes=("engine.layers.modules:StochasticPool2d",), stochastic=True, short_name="StochPool",
    label=labels.windowed("StochPool"), glyph="St"))


def _adaptive_infer(shapes, p):
    c, h, w = _need_image("AdaptiveAvgPool2d", shapes[0])
    o = p["output_size"]
    step = max(1, h // o)
    return LayerInfo((c, o, o), rf=("global",) if o == 1 else Window(step, step, bins=o),
                     formulas={"output": f"{c}x{o}x{o} whatever the input size ({h}x{w})"})


register(LayerSpec(
    "AdaptiveAvgPool2d", "Pooling", "Adaptive average pooling",
    "Averages over windows chosen so the output is output_size x output_size, whatever the "
    "input size.",
    _adaptive_infer,
    params=(Param("output_size", INT, 1, "Output height and width.", 1, 1024),),
    build=lambda p, s: _nn().AdaptiveAvgPool2d(p["output_size"]), prefix="adaptpool",
    code=lambda p, s: constructor("nn.AdaptiveAvgPool2d", p["output_size"]),
    head_role=ADAPTIVE_POOL, short_name="AdaptivePool",
    label=lambda p: f"AdaptivePool {p['output_size']}x{p['output_size']}", glyph="Ad"))


def _gap_infer(shapes, p):
    c, h, w = _need_image("GlobalAvgPool", shapes[0])
    return LayerInfo((c,), rf=("global",),
                     formulas={"output": f"{c} channels, each the mean of {h}x{w} values"})


def _gap_build(p, s):
    nn = _nn()
    return nn.Sequential(nn.AdaptiveAvgPool2d(1), nn.Flatten(1))


register(LayerSpec(
    "GlobalAvgPool", "Pooling", "Global average pooling (GAP)",
    "Averages each channel over the whole image to one number: C x H x W -> C. A GAP + FC head "
    "makes the Class Activation Map possible: M_c(x, y) = sum_k w_k^c f_k(x, y).",
    _gap_infer, build=_gap_build, prefix="gap",
    code=lambda p, s: "nn.Sequential(nn.AdaptiveAvgPool2d(1), nn.Flatten(1))", head_role=GLOBAL_POOL, short_name="GAP",
    glyph="GAP"))


# ---------------------------------------------------------------- normalisation

def _lrn_infer(shapes, p):
    _need_image("LocalResponseNorm", shapes[0])
    return LayerInfo(tuple(shapes[0]), formulas={
        "output": "b = a / (k + alpha/n * sum of a^2 over n neighbouring channels)^beta"})


register(LayerSpec(
    "LocalResponseNorm", "Normalization", "Local response normalisation (LRN)",
    "AlexNet's normalisation across neighbouring channels: "
    "b_i = a_i / (k + alpha/n * sum_j a_j^2)^beta. No weights.",
    _lrn_infer,
    params=(Param("size", INT, 5, "Number of neighbouring channels (n).", 1, 1024),
            Param("alpha", FLOAT, 1e-4, "Scale (alpha).", 0.0, 1e6),
            Param("beta", FLOAT, 0.75, "Exponent (beta).", 0.0, 100.0),
            Param("k", FLOAT, 2.0, "Additive constant (k).", 0.0, 1e6)),
    build=lambda p, s: _nn().LocalResponseNorm(p["size"], p["alpha"], p["beta"], p["k"]),
    code=lambda p, s: constructor("nn.LocalResponseNorm", p["size"], alpha=p["alpha"],
                                  beta=p["beta"], k=p["k"],
                                  defaults=dict(alpha=1e-4, beta=0.75, k=1.0)),
    prefix="lrn", keeps_features=True, short_name="LRN", label=lambda p: f"LRN {p['size']}",
    glyph="LRN"))


def _bn_infer(name, dims):
    def infer(shapes, p):
        shape = _need_image(name, shapes[0]) if dims == 3 else _need_flat(name, shapes[0])
        c = shape[0]
        affine = p["affine"]
        return LayerInfo(tuple(shape), c if affine else 0, c if affine else 0, formulas={
            "weights": f"{c} scales (gamma), one per channel" if affine else "0 (affine off)",
            "biases": f"{c} shifts (beta), one per channel" if affine else "0 (affine off)",
            "params": f"2 * {c} = {2 * c if affine else 0} (running mean and variance are "
                      f"buffers, not parameters)"})
    return infer


def _bn_code(cls):
    def code(p, shapes):
        return constructor(cls, shapes[0][0], eps=p["eps"], momentum=p["momentum"],
                           affine=p["affine"], defaults=dict(eps=1e-5, momentum=0.1, affine=True))
    return code


_BN_PARAMS = (Param("eps", FLOAT, 1e-5, "Added to the variance for stability.", 0.0, 1.0),
              Param("momentum", FLOAT, 0.1, "Update rate of the running statistics.", 0.0, 1.0),
              Param("affine", BOOL, True, "Learn a scale (gamma) and shift (beta) per channel."))

register(LayerSpec(
    "BatchNorm2d", "Normalization", "Batch normalisation (2-D)",
    "Normalises each channel over the batch: y = gamma * (x - mean) / sqrt(var + eps) + beta.",
    _bn_infer("BatchNorm2d", 3), params=_BN_PARAMS,
    build=lambda p, s: _nn().BatchNorm2d(s[0][0], p["eps"], p["momentum"], p["affine"]),
    code=_bn_code("nn.BatchNorm2d"),
    prefix="bn", keeps_features=True, short_name="BatchNorm", glyph="BN"))

register(LayerSpec(
    "BatchNorm1d", "Normalization", "Batch normalisation (1-D)",
    "Normalises each feature over the batch: y = gamma * (x - mean) / sqrt(var + eps) + beta.",
    _bn_infer("BatchNorm1d", 1), params=_BN_PARAMS,
    build=lambda p, s: _nn().BatchNorm1d(s[0][0], p["eps"], p["momentum"], p["affine"]),
    code=_bn_code("nn.BatchNorm1d"),
    prefix="bn1d", short_name="BatchNorm1d", glyph="BN"))


# ---------------------------------------------------------------- activations & regularisation

def _simple(type_, category, title, summary, build, prefix, params=(), image_only=False,
            **traits):
    def infer(shapes, p):
        if image_only:
            _need_image(type_, shapes[0], "use_dropout")
        return LayerInfo(tuple(shapes[0]))
    traits.setdefault("code", lambda p, s: f"nn.{type_}()")  # no arguments, as torch's
    register(LayerSpec(type_, category, title, summary, infer, params=params, build=build,
                       prefix=prefix, **traits))


_simple("ReLU", "Activation", "ReLU", "max(0, x): keeps positives, zeroes negatives; gradients "
        "do not vanish for positive inputs.", lambda p, s: _nn().ReLU(), "relu",
        storage=IN_PLACE, keeps_features=True, glyph="ReLU")
_simple("LeakyReLU", "Activation", "Leaky ReLU", "x for x > 0, slope * x otherwise.",
        lambda p, s: _nn().LeakyReLU(p["negative_slope"]), "lrelu",
        (Param("negative_slope", FLOAT, 0.01, "Slope for negative inputs.", 0.0, 1.0,
               label="slope"),),
        storage=IN_PLACE, keeps_features=True, glyph="LR",
        code=lambda p, s: constructor("nn.LeakyReLU", p["negative_slope"]),
        label=lambda p: f"LeakyReLU {p['negative_slope']:g}")
_simple("Sigmoid", "Activation", "Sigmoid", "1 / (1 + e^-x): squashes to (0, 1); its gradient "
        "is at most 1/4, so deep sigmoid stacks suffer vanishing gradients.",
        lambda p, s: _nn().Sigmoid(), "sigmoid", keeps_features=True, glyph="σ")
_simple("Tanh", "Activation", "Tanh", "(e^x - e^-x) / (e^x + e^-x): squashes to (-1, 1).",
        lambda p, s: _nn().Tanh(), "tanh", keeps_features=True, glyph="tanh")
_simple("Softmax", "Activation", "Softmax", "e^x_i / sum_j e^x_j over the channels: turns "
        "scores into probabilities that sum to 1.", lambda p, s: _nn().Softmax(dim=1),
        "softmax", head_role=SOFTMAX, glyph="SM", code=lambda p, s: "nn.Softmax(dim=1)")
_simple("Dropout", "Regularization", "Dropout", "In training, zeroes each value with "
        "probability p and scales the rest by 1/(1-p); does nothing in evaluation.",
        lambda p, s: _nn().Dropout(p["p"]), "dropout",
        (Param("p", FLOAT, 0.5, "Probability of dropping a value.", 0.0, 1.0),),
        storage=IN_PLACE, transparent_at_eval=True, keeps_features=True, stochastic=True,
        glyph="Dr", label=lambda p: f"Dropout {p['p']:g}",
        code=lambda p, s: constructor("nn.Dropout", p["p"]))
_simple("Dropout2d", "Regularization", "Dropout (channels)", "In training, zeroes whole "
        "channels with probability p; does nothing in evaluation.",
        lambda p, s: _nn().Dropout2d(p["p"]), "dropout2d",
        (Param("p", FLOAT, 0.5, "Probability of dropping a channel.", 0.0, 1.0),),
        image_only=True, storage=IN_PLACE, transparent_at_eval=True, keeps_features=True,
        stochastic=True, glyph="Dr", label=lambda p: f"Dropout2d {p['p']:g}",
        code=lambda p, s: constructor("nn.Dropout2d", p["p"]))


# ---------------------------------------------------------------- flatten & linear

def _flatten_infer(shapes, p):
    n = prod(shapes[0])
    return LayerInfo((n,), rf=("global",), formulas={
        "output": f"{' * '.join(map(str, shapes[0]))} = {n:,}"})


register(LayerSpec(
    "Flatten", "Linear", "Flatten",
    "Unrolls C x H x W into one vector of C*H*W numbers; the spatial layout is lost.",
    _flatten_infer, build=lambda p, s: _nn().Flatten(1), code=lambda p, s: "nn.Flatten(1)",
    prefix="flatten", storage=VIEW,
    head_role=FLATTEN, glyph="Fl"))


def _linear_infer(shapes, p):
    (n,) = _need_flat("Linear", shapes[0])
    out = p["out_features"]
    biases = out if p["bias"] else 0
    return LayerInfo((out,), n * out, biases, n * out, ("global",), {
        "output": f"{out} outputs",
        "weights": f"{n:,} * {out:,} = {n * out:,}",
        "biases": f"{out} (one per output)" if biases else "0 (bias off)",
        "params": f"({n:,} + {1 if biases else 0}) * {out:,} = {n * out + biases:,}",
        "macs": f"{n:,} inputs * {out:,} outputs = {n * out:,}"})


register(LayerSpec(
    "Linear", "Linear", "Fully connected (FC)",
    "Every output is a weighted sum of every input plus a bias: y = W x + b; "
    "weights in_features * out_features.",
    _linear_infer,
    params=(Param("out_features", INT, 10, "Number of outputs (classes for the last layer).",
                  1, 1 << 20, label="outputs"),
            Param("bias", BOOL, True, "Add one learned bias per output.")),
    build=lambda p, s: _nn().Linear(s[0][0], p["out_features"], bias=p["bias"]), prefix="fc",
    code=lambda p, s: constructor("nn.Linear", s[0][0], p["out_features"], bias=p["bias"],
                                  defaults={"bias": True}),
    head_role=CLASSIFIER, short_name="FC", label=lambda p: f"FC {p['out_features']}",
    glyph="FC"))


# ---------------------------------------------------------------- merges

def _add_infer(shapes, p):
    first = tuple(shapes[0])
    for i, s in enumerate(shapes[1:], 1):
        if tuple(s) != first:
            raise ShapeError("add_mismatch", shapes=[tuple(x) for x in shapes], index=i,
                             first=first, other=tuple(s), first_from="input 1",
                             other_from=f"input {i + 1}", **_add_fix(first, tuple(s)))
    macs = 0
    return LayerInfo(first, macs=macs, formulas={
        "output": f"{len(shapes)} inputs of {fmt_shape(first)} added element by element"})


def _add_fix(a, b) -> dict:
    """The fix an Add mismatch suggests, as data of its sentence (``fix`` is its phrase)."""
    if len(a) == 3 and len(b) == 3 and a[1:] != b[1:] and b[1] and a[1] % b[1] == 0:
        return dict(fix=hint("shortcut_stride"), fix_stride=a[1] // b[1], fix_filters=b[0])
    if len(a) == 3 and len(b) == 3 and a[1:] != b[1:] and a[1] and b[1] % a[1] == 0:
        return dict(fix=hint("shortcut_stride"), fix_stride=b[1] // a[1], fix_filters=a[0])
    if len(a) == 3 and len(b) == 3 and a[0] != b[0]:
        return dict(fix=hint("shortcut_channels"), fix_channels=max(a[0], b[0]))
    return dict(fix="")


def _add_emit(fx_graph, xs, name):
    import operator
    out = xs[0]
    for i, x in enumerate(xs[1:], 1):
        out = fx_graph.create_node("call_function", operator.add, (out, x),
                                   name=name if i == len(xs) - 1 else f"{name}_{i}")
    return out


register(LayerSpec(
    "Add", "Merge", "Add (residual)",
    "Element-wise sum of inputs of identical shape, as in a residual link: y = F(x) + x.",
    _add_infer, min_inputs=2, max_inputs=None, function=_add_emit, prefix="add",
    code_expr=lambda names: " + ".join(names),
    keeps_features=True, glyph="+"))


def _concat_infer(shapes, p):
    first = tuple(shapes[0])
    for i, s in enumerate(shapes[1:], 1):
        s = tuple(s)
        if len(s) != len(first) or s[1:] != first[1:]:
            raise ShapeError("concat_mismatch", shapes=[tuple(x) for x in shapes], index=i,
                             first=first, other=s, first_from="input 1",
                             other_from=f"input {i + 1}")
    total = sum(s[0] for s in shapes)
    return LayerInfo((total,) + first[1:], formulas={
        "output": f"{' + '.join(str(s[0]) for s in shapes)} = {total} channels"})


def _cat_emit(fx_graph, xs, name):
    import torch
    return fx_graph.create_node("call_function", torch.cat, (list(xs),), {"dim": 1}, name=name)


register(LayerSpec(
    "Concat", "Merge", "Concatenate (channels)",
    "Stacks inputs along the channel axis, as in inception modules and dense blocks: "
    "C = C_1 + C_2 + ...; heights and widths must agree.",
    _concat_infer, min_inputs=2, max_inputs=None, function=_cat_emit, prefix="concat",
    code_expr=lambda names: f"torch.cat([{', '.join(names)}], dim=1)",
    glyph="‖"))


import engine.layers.extra  # noqa: E402,F401  (activations and merges of modern classifiers)
