"""How the canvas writes a layer with its key parameters, as the lecture does: ``Conv 5x5/1, 6``,
``MaxPool 3x3/2``, ``FC 10``. Notation, not prose, so it is the same in every language. Each
layer's ``label`` (on its LayerSpec) is built from these helpers."""
from __future__ import annotations


def window(p: dict) -> str:
    """``KxK/S`` with `` same`` or `` pP`` when padded."""
    k, s = p.get("kernel_size"), p.get("stride", p.get("kernel_size"))
    pad = p.get("padding", 0)
    text = f"{k}x{k}/{s}"
    if pad == "same":
        text += " same"
    elif pad:
        text += f" p{pad}"
    return text


def stride(p: dict) -> str:
    """``/S`` when a block strides, else nothing."""
    return f"/{p['stride']}" if p.get("stride", 1) > 1 else ""


def conv(p: dict) -> str:
    extra = f" g{p['groups']}" if p.get("groups", 1) > 1 else ""
    extra += f" d{p['dilation']}" if p.get("dilation", 1) > 1 else ""
    return f"Conv {window(p)}{extra}, {p['out_channels']}"


def windowed(name: str):
    """A label ``NAME KxK/S``."""
    return lambda p: f"{name} {window(p)}"
