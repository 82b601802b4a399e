"""Layer types that torchvision's modern classifiers use (MobileNet, EfficientNet), so that
importing them gives an editable network: ReLU6, SiLU, Hardswish, Hardsigmoid, GELU, the
channel-wise Multiply of squeeze-and-excitation blocks, stochastic depth, and the input
transform of torchvision's pretrained GoogLeNet and Inception-v3.

Registered like every other layer; imported by ``engine.layers.builtin``.
"""
from __future__ import annotations

from engine.layers.registry import register
from engine.layers.spec import CHOICE, FLOAT, LayerInfo, LayerSpec, Param, constructor
from engine.problems import ShapeError, fmt_shape


def _nn():
    import torch.nn as nn
    return nn


def _same(shapes, p) -> LayerInfo:
    return LayerInfo(tuple(shapes[0]))


def _activation(type_, title, summary, build, prefix):
    register(LayerSpec(type_, "Activation", title, summary, _same, build=build, prefix=prefix,
                       keeps_features=True, code=lambda p, s: f"nn.{type_}()"))


_activation("ReLU6", "ReLU6", "min(max(0, x), 6): a ReLU capped at 6, as in MobileNet (keeps "
            "values small for low-precision arithmetic).", lambda p, s: _nn().ReLU6(), "relu6")
_activation("SiLU", "SiLU (swish)", "x * sigmoid(x): smooth, slightly negative for small "
            "negative inputs; EfficientNet's activation.", lambda p, s: _nn().SiLU(), "silu")
_activation("Hardswish", "Hard swish", "x * ReLU6(x + 3) / 6: a cheap piecewise version of "
            "swish (MobileNetV3).", lambda p, s: _nn().Hardswish(), "hardswish")
_activation("Hardsigmoid", "Hard sigmoid", "ReLU6(x + 3) / 6: a cheap piecewise sigmoid, "
            "from 0 to 1 (MobileNetV3's squeeze-and-excitation gate).",
            lambda p, s: _nn().Hardsigmoid(), "hardsigmoid")
_activation("GELU", "GELU", "x * Phi(x), with Phi the standard normal CDF: a smooth ReLU.",
            lambda p, s: _nn().GELU(), "gelu")


# ---------------------------------------------------------------- channel-wise multiply

def _broadcasts(a: tuple, b: tuple) -> bool:
    return len(a) == len(b) and all(x == y or y == 1 for x, y in zip(a, b))


def _multiply_infer(shapes, p):
    big = max((tuple(s) for s in shapes), key=lambda s: (len(s), *s))
    for i, s in enumerate(shapes):
        if not _broadcasts(big, tuple(s)):
            raise ShapeError("multiply_mismatch", shapes=[tuple(x) for x in shapes], index=i,
                             first=big, other=tuple(s), other_from=f"input {i + 1}")
    return LayerInfo(big, formulas={"output": f"{' * '.join(fmt_shape(s) for s in shapes)} "
                                              f"element by element = {fmt_shape(big)}"})


def _multiply_emit(fx_graph, xs, name):
    import operator
    out = xs[0]
    for i, x in enumerate(xs[1:], 1):
        out = fx_graph.create_node("call_function", operator.mul, (out, x),
                                   name=name if i == len(xs) - 1 else f"{name}_{i}")
    return out


register(LayerSpec(
    "Multiply", "Merge", "Multiply (channel scale)",
    "Element-wise product of its inputs; a C x 1 x 1 input scales each channel, as the gate of "
    "a squeeze-and-excitation block: y = x * sigmoid(W2 ReLU(W1 GAP(x))).",
    _multiply_infer, min_inputs=2, max_inputs=None, function=_multiply_emit, prefix="mul",
    code_expr=lambda names: " * ".join(names), keeps_features=True, glyph="x"))


# ---------------------------------------------------------------- stochastic depth

def _stochastic_depth_build(p, s):
    from engine.layers.modules import StochasticDepth
    return StochasticDepth(p["p"], p["mode"])


register(LayerSpec(
    "StochasticDepth", "Regularization", "Stochastic depth",
    "In training, drops a residual branch with probability p (per image: row, or for the whole "
    "batch) and scales the kept ones by 1/(1-p); does nothing in evaluation (EfficientNet).",
    _same,
    params=(Param("p", FLOAT, 0.2, "Probability of dropping the branch.", 0.0, 1.0),
            Param("mode", CHOICE, "row", "row: each image on its own; batch: all at once.",
                  choices=("row", "batch"))),
    build=_stochastic_depth_build, prefix="sdepth", stochastic=True, transparent_at_eval=True,
    code=lambda p, s: constructor("StochasticDepth", p["p"], mode=p["mode"]),
    code_classes=("engine.layers.modules:StochasticDepth",), keeps_features=True, glyph="SD"))


# ---------------------------------------------------------------- GoogLeNet's input transform

def _transform_infer(shapes, p):
    shape = tuple(shapes[0])
    if len(shape) != 3 or shape[0] != 3:
        raise ShapeError("transform_channels", input=shape)
    return LayerInfo(shape, formulas={
        "output": "per channel: x * std / 0.5 + (mean - 0.5) / 0.5, with ImageNet's mean "
                  "(0.485, 0.456, 0.406) and std (0.229, 0.224, 0.225)"})


def _transform_build(p, s):
    from engine.layers.modules import TransformInput
    return TransformInput()


register(LayerSpec(
    "TransformInput", "Normalization", "Input transform (GoogLeNet)",
    "Re-normalises an ImageNet-normalised RGB image ((x - mean) / std) to the [-1, 1] scale "
    "((x - 0.5) / 0.5) that torchvision's pretrained GoogLeNet and Inception-v3 weights were "
    "trained on, as their transform_input does; no weights.",
    _transform_infer, build=_transform_build, prefix="transform",
    code=lambda p, s: "TransformInput()",
    code_classes=("engine.layers.modules:TransformInput",), short_name="Transform",
    glyph="T"))
