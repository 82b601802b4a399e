"""The words on the canvas: a node's short title with its key parameters (the lecture's
``Conv 5x5/1, 6``), its output shape (``6x28x28``) and its problem as one sentence."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from engine.problems import fmt_shape

SHORT_NAMES = {
    "Conv2d": "Conv", "MaxPool2d": "MaxPool", "AvgPool2d": "AvgPool",
    "StochasticPool2d": "StochPool", "AdaptiveAvgPool2d": "AdaptivePool",
    "GlobalAvgPool": "GAP", "LocalResponseNorm": "LRN", "BatchNorm2d": "BatchNorm",
    "BatchNorm1d": "BatchNorm1d", "Linear": "FC", "Subsample2d": "Subsample",
    "TableConv2d": "TableConv", "ResidualBlock": "Residual", "ResNeXtBlock": "ResNeXt",
    "DPNBlock": "DPN",
}


def tr(text: str) -> str:
    return QCoreApplication.translate("Canvas", text)


def _window(p: dict) -> str:
    k, s = p.get("kernel_size"), p.get("stride", p.get("kernel_size"))
    pad = p.get("padding", 0)
    text = f"{k}x{k}/{s}"
    if pad == "same":
        text += " same"
    elif pad:
        text += f" p{pad}"
    return text


def _conv(p):
    extra = f" g{p['groups']}" if p.get("groups", 1) > 1 else ""
    extra += f" d{p['dilation']}" if p.get("dilation", 1) > 1 else ""
    return f"Conv {_window(p)}{extra}, {p['out_channels']}"


_TITLES = {
    "Conv2d": _conv,
    "MaxPool2d": lambda p: f"MaxPool {_window(p)}",
    "AvgPool2d": lambda p: f"AvgPool {_window(p)}",
    "StochasticPool2d": lambda p: f"StochPool {_window(p)}",
    "AdaptiveAvgPool2d": lambda p: f"AdaptivePool {p['output_size']}x{p['output_size']}",
    "Linear": lambda p: f"FC {p['out_features']}",
    "Dropout": lambda p: f"Dropout {p['p']:g}",
    "Dropout2d": lambda p: f"Dropout2d {p['p']:g}",
    "LeakyReLU": lambda p: f"LeakyReLU {p['negative_slope']:g}",
    "LocalResponseNorm": lambda p: f"LRN {p['size']}",
    "Input": lambda p: "Input",
    "Subsample2d": lambda p: f"Subsample {p['kernel_size']}x{p['kernel_size']}",
    "ChannelSlice": lambda p: f"Slice {p['start']}:{p['end']}",
    "ResidualBlock": lambda p: f"Residual {p['out_channels']}" + _stride(p),
    "Bottleneck": lambda p: f"Bottleneck {p['width']}>{p['out_channels']}" + _stride(p),
    "ResNeXtBlock": lambda p: f"ResNeXt {p['cardinality']}x{p['group_width']}d, "
                              f"{p['out_channels']}" + _stride(p),
    "DenseBlock": lambda p: f"DenseBlock {p['num_layers']}x{p['growth_rate']}",
    "Transition": lambda p: f"Transition {p['compression']:g}",
}


def _stride(p) -> str:
    return f"/{p['stride']}" if p.get("stride", 1) > 1 else ""


def node_title(node) -> str:
    """Type and key parameters, e.g. ``Conv 5x5/1, 6``; a user-given name comes first."""
    try:
        title = _TITLES[node.type](node.params) if node.type in _TITLES else \
            SHORT_NAMES.get(node.type, node.type)
    except (KeyError, TypeError, ValueError):
        title = SHORT_NAMES.get(node.type, node.type)
    return f"{node.name}: {title}" if node.name else title


def shape_text(shape) -> str:
    return fmt_shape(shape) if shape else ""


def problem_sentence(problem, node_label: str = "") -> str:
    """The engine's English sentence, or its translation when a translation is active."""
    from gui import i18n
    if i18n.current_language() == "en":
        return problem.message
    return i18n.problem_text(problem, node_label)


def refusal_sentence(exc: Exception) -> str:
    """Why an edit (a link) was refused, in the UI language."""
    from gui import i18n
    if i18n.current_language() == "en":
        return str(exc)
    return i18n.error_text(exc)


def describe(node, report) -> str:
    """The tooltip of a card that has no problem: name, layer title, shape and costs."""
    from gui.i18n import layer_text
    lines = [f"{node.label} \u00b7 {layer_text(node.spec.title)}"]
    if report is not None and report.ok:
        lines.append(tr("output %1").replace("%1", shape_text(report.output_shape)))
        lines.append(tr("%1 parameters \u00b7 %2 multiply-accumulates").replace(
            "%1", f"{report.params:,}").replace("%2", f"{report.macs:,}"))
    if node.spec.composite:
        lines.append(tr("Double-click to see its layers."))
    return "\n".join(lines)
