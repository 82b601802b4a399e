"""Sliding-window arithmetic shared by convolution and pooling: output size, padding, warnings.

Output size (seed 002/003): ``floor((N + 2P - F) / S) + 1`` with F the effective kernel
``D*(K-1)+1``; the padding that keeps the size at stride S is ``((N-1)S + F - N) / 2``.
"""
from __future__ import annotations

from engine.errors import plural
from engine.problems import ShapeError, fmt_shape, hint, warning


def effective_kernel(kernel: int, dilation: int = 1) -> int:
    return dilation * (kernel - 1) + 1


def same_padding(n: int, kernel: int, stride: int = 1) -> float:
    """The padding that keeps the size: ((N-1)S + F - N) / 2 (seed 002)."""
    return ((n - 1) * stride + kernel - n) / 2


def pooled_size(n: int, eff: int, stride: int, padding: int, ceil_mode: bool = False) -> int:
    """Output size along one axis by PyTorch's own rule: floor((N + 2P - F) / S) + 1, or with
    ``ceil_mode`` the ceiling, minus the last window when it would start beyond the input and
    the left padding (PyTorch drops it). A ceil-mode window may overhang the padded input, so
    the size can be 1 where F > N + 2P; below 1 the layer cannot run."""
    num = n + 2 * padding - eff
    if not ceil_mode:
        return num // stride + 1
    out = -(-num // stride) + 1
    if (out - 1) * stride >= n + padding:
        out -= 1
    return out


def window_output(layer: str, n: int, kernel: int, stride: int, padding: int,
                  dilation: int = 1, ceil_mode: bool = False, in_shape=None):
    """Return (out, formula, warning-or-None) along one spatial axis of size ``n``."""
    eff = effective_kernel(kernel, dilation)
    span = n + 2 * padding
    num = span - eff
    out = pooled_size(n, eff, stride, padding, ceil_mode)
    if out < 1:
        raise ShapeError(
            "kernel_too_large", layer=layer, kernel=kernel, size=n, padding=padding,
            input=in_shape, eff=eff, extent=fmt_shape(in_shape) if in_shape else f"{n}x{n}",
            dilated=hint("dilated") if dilation > 1 else "",
            padded=hint("padded") if padding else "")
    k_txt = f"{eff}" if dilation == 1 else f"{dilation}*({kernel}-1)+1"
    rounding = "ceil" if ceil_mode else "floor"
    formula = f"{rounding}(({n} + 2*{padding} - {k_txt}) / {stride}) + 1 = {out}"
    if ceil_mode and out != -(-num // stride) + 1:
        formula += " (a last window starting in the right padding is dropped)"
    warn = None
    rest = num % stride
    if rest and not ceil_mode and eff >= stride:  # (a window narrower than its stride skips
        if rest <= padding:                        # pixels everywhere by design)
            # only zero padding falls outside the last window: no image pixel is lost
            formula += (f" (the last {rest} padded {plural(rest, 'row is|rows are')} never "
                        "reached; no pixel is lost)")
        else:
            warn = warning("uneven_window", kernel=kernel, stride=stride, size=n,
                           padding=padding, dropped=rest - padding, eff=eff,
                           padded=hint("padded") if padding else "")
    return out, formula, warn


def spatial(layer: str, in_shape, kernel: int, stride: int, padding, dilation: int = 1,
            ceil_mode: bool = False):
    """Apply a square window to a (C, H, W) shape. Returns ((H', W'), formulas, warnings, pad)."""
    c, h, w = in_shape
    if padding == "same":
        if stride != 1:
            p = same_padding(h, effective_kernel(kernel, dilation), stride)
            raise ShapeError("same_padding_stride", stride=stride, padding=p)
        eff = effective_kernel(kernel, dilation)
        formulas = {"output": f"padding \"same\": P = (F - 1) / 2 = ({eff} - 1) / 2; "
                              f"output {h}x{w} = input"}
        return (h, w), formulas, [], (eff - 1) / 2
    oh, fh, wh = window_output(layer, h, kernel, stride, padding, dilation, ceil_mode, in_shape)
    if w == h:
        ow, fw, ww = oh, fh, None
    else:
        ow, fw, ww = window_output(layer, w, kernel, stride, padding, dilation, ceil_mode,
                                   in_shape)
    formulas = {"output": f"H: {fh}; W: {fw}" if w != h else f"{fh} (height and width)"}
    warns = [x for x in (wh, ww) if x is not None]
    return (oh, ow), formulas, warns, padding
