"""Primitive layer types of historical networks that PyTorch does not have (LeNet-5's
subsampling and C3 connection table, DPN's channel slice); their modules are in
``engine.layers.modules``. Registered like the built-ins, so they appear in the palette."""
from __future__ import annotations

from engine.layers import LayerInfo, LayerSpec, Param, register
from engine.layers.spec import CHOICE, INT, VIEW, Window, constructor
from engine.layers.windows import spatial
from engine.problems import ShapeError, hint


def _image(layer: str, shape) -> tuple:
    if len(shape) != 3:
        raise ShapeError("needs_image", layer=layer, input=tuple(shape),
                         fix=hint("before_flatten"))
    return shape


# ---------------------------------------------------------------- LeNet-5 subsampling

def _subsample_infer(shapes, p):
    c, h, w = _image("Subsample2d", shapes[0])
    k = p["kernel_size"]
    (oh, ow), formulas, warns, _ = spatial("Subsample2d", (c, h, w), k, k, 0)
    formulas.update({
        "weights": f"{c} coefficients, one per channel",
        "biases": f"{c} (one per channel)",
        "params": f"2 * {c} = {2 * c}",
        "macs": f"{oh}*{ow}*{c} outputs * 1 multiply = {oh * ow * c:,} (plus {k * k - 1} "
                f"additions each)"})
    return LayerInfo((c, oh, ow), c, c, oh * ow * c, Window(k, k), formulas, warns)


def _subsample_build(p, shapes):
    from engine.layers.modules import Subsample2d
    return Subsample2d(shapes[0][0], p["kernel_size"])


register(LayerSpec(
    "Subsample2d", "Pooling", "Trainable subsampling (LeNet-5)",
    "LeNet-5's pooling: per channel, y = w * (sum of a K x K block) + b, with one learned "
    "coefficient w and bias b per channel (2 * C parameters). Non-overlapping (stride = K).",
    _subsample_infer,
    params=(Param("kernel_size", INT, 2, "Block height and width (stride is the same).", 1,
                  64, label="window"),),
    build=_subsample_build, prefix="subsample",
    code=lambda p, s: constructor("Subsample2d", s[0][0], p["kernel_size"]),
    code_classes=("engine.layers.modules:Subsample2d",), short_name="Subsample",
    label=lambda p: f"Subsample {p['kernel_size']}x{p['kernel_size']}"))


# ---------------------------------------------------------------- LeNet-5 C3 table

# LeNet-5's C3 connection table (LeCun et al. 1998, Table I): which of the 6 S2 maps feed
# each of the 16 C3 maps. 6 maps see 3 neighbours, 9 see 4, 1 sees all 6.
LENET5_C3_TABLE = (
    (0, 1, 2), (1, 2, 3), (2, 3, 4), (3, 4, 5), (0, 4, 5), (0, 1, 5),
    (0, 1, 2, 3), (1, 2, 3, 4), (2, 3, 4, 5), (0, 3, 4, 5), (0, 1, 4, 5), (0, 1, 2, 5),
    (0, 1, 3, 4), (1, 2, 4, 5), (0, 2, 3, 5),
    (0, 1, 2, 3, 4, 5),
)


def _table(name: str):
    return {"lenet5_c3": LENET5_C3_TABLE}[name]


def _tableconv_infer(shapes, p):
    c, h, w = _image("TableConv2d", shapes[0])
    table = _table(p["table"])
    need = max(max(row) for row in table) + 1
    if c != need:
        raise ShapeError("table_channels", table=p["table"], needed=need, channels=c)
    k = p["kernel_size"]
    (oh, ow), formulas, warns, _ = spatial("TableConv2d", (c, h, w), k, 1, 0)
    links = sum(len(row) for row in table)
    cout = len(table)
    weights, macs = links * k * k, oh * ow * links * k * k
    counts = {}
    for row in table:
        counts[len(row)] = counts.get(len(row), 0) + 1
    mix = " + ".join(f"{n}*{size}" for size, n in sorted(counts.items()))
    formulas.update({
        "weights": f"({mix}) connections * {k}*{k} = {links} * {k * k} = {weights:,}",
        "biases": f"{cout} (one per map)",
        "params": f"{weights:,} + {cout} = {weights + cout:,}",
        "macs": f"{oh}*{ow} positions * {links} connections * {k}*{k} = {macs:,}"})
    return LayerInfo((cout, oh, ow), weights, cout, macs, Window(k, 1), formulas, warns)


def _tableconv_build(p, shapes):
    from engine.layers.modules import TableConv2d
    return TableConv2d(_table(p["table"]), p["kernel_size"])


register(LayerSpec(
    "TableConv2d", "Convolution", "Partly connected convolution (LeNet-5 C3)",
    "A convolution whose output maps each see only some input maps, listed in a connection "
    "table (LeNet-5's C3: 6 maps see 3 inputs, 9 see 4, 1 sees all 6 -> 1,516 parameters). "
    "It breaks symmetry and saves weights.",
    _tableconv_infer,
    params=(Param("table", CHOICE, "lenet5_c3", "Which connection table to use.",
                  choices=("lenet5_c3",)),
            Param("kernel_size", INT, 5, "Filter height and width.", 1, 64, label="kernel")),
    build=_tableconv_build, prefix="tableconv",
    code=lambda p, s: constructor("TableConv2d", _table(p["table"]), p["kernel_size"]),
    code_classes=("engine.layers.modules:TableConv2d",), short_name="TableConv"))


# ---------------------------------------------------------------- channel slice (DPN)

def _slice_infer(shapes, p):
    shape = tuple(shapes[0])
    c = shape[0]
    start, end = p["start"], p["end"]
    stop = c if end == 0 else end
    if not 0 <= start < stop <= c:
        raise ShapeError("bad_slice", start=start, end=end, end_shown=str(end or ""),
                         channels=c)
    return LayerInfo((stop - start,) + shape[1:], formulas={
        "output": f"channels {start} to {stop - 1} of {c}: {stop - start} channels"})


def _slice_build(p, shapes):
    from engine.layers.modules import ChannelSlice
    return ChannelSlice(p["start"], p["end"] or shapes[0][0])


register(LayerSpec(
    "ChannelSlice", "Merge", "Channel slice",
    "Keeps channels start .. end-1 of its input (end 0 = to the last). DPN uses it to split "
    "a tensor into its residual and dense paths.",
    _slice_infer,
    params=(Param("start", INT, 0, "First channel kept.", 0, 1 << 20),
            Param("end", INT, 0, "One past the last channel kept (0: to the end).", 0, 1 << 20)),
    build=_slice_build, prefix="slice",
    code=lambda p, s: constructor("ChannelSlice", p["start"], p["end"] or s[0][0]),
    code_classes=("engine.layers.modules:ChannelSlice",), storage=VIEW,
    label=lambda p: f"Slice {p['start']}:{p['end']}"))
