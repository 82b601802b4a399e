"""Engine problems (warnings and errors of a network) as one translated sentence, chosen by
``code`` and filled from ``data``; an unknown code (or data that does not fit the template)
falls back to the engine's English sentence. Errors raised by the engine (refused edits,
unreadable files) are translated from the engine's own templates: gui.error_text.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from gui.error_text import file_error_text, user_error_text  # noqa: F401 (re-export)

# network problems (engine.problems.Problem.code); {node} is the node's name
PROBLEMS = {
    "needs_image": QT_TRANSLATE_NOOP(
        "Problems", "{layer} needs an image-shaped input (channels x height x width) but gets "
        "a flat vector of {input}; move it before the Flatten layer."),
    "needs_flat": QT_TRANSLATE_NOOP(
        "Problems", "{layer} needs a flat vector but gets a {input} tensor; add a Flatten (or a "
        "global average pooling) layer before it."),
    "groups_mismatch": QT_TRANSLATE_NOOP(
        "Problems", "A convolution with {groups} groups needs input channels ({in_channels}) and "
        "output channels ({out_channels}) that both divide by {groups}; change groups or the "
        "channel counts."),
    "kernel_too_large": QT_TRANSLATE_NOOP(
        "Problems", "The {kernel}x{kernel} {layer} window is larger than its {size}x{size} input "
        "(padding {padding}); use a smaller kernel, more padding, or remove a pooling layer "
        "before it."),
    "uneven_window": QT_TRANSLATE_NOOP(
        "Problems", "The {kernel}x{kernel} window with stride {stride} does not tile {size} "
        "pixels (padding {padding}): ({size} + 2*{padding} - {kernel}) / {stride} is not a whole "
        "number, so PyTorch drops the last {dropped} row(s) and column(s) of the image."),
    "same_padding_stride": QT_TRANSLATE_NOOP(
        "Problems", "Padding \"same\" only works with stride 1; with stride {stride} the size is "
        "kept by padding ((N-1)S + F - N)/2 = {padding}, so enter a number instead."),
    "pool_padding": QT_TRANSLATE_NOOP(
        "Problems", "The pooling padding ({padding}) must be at most half the window ({kernel}); "
        "reduce the padding."),
    "add_mismatch": QT_TRANSLATE_NOOP(
        "Problems", "Add needs inputs of the same shape: {first} from input 1 and {other} from "
        "input {number}."),
    "concat_mismatch": QT_TRANSLATE_NOOP(
        "Problems", "Concat joins channels, so its inputs need the same height and width: "
        "{first} from input 1 and {other} from input {number}; make the branches keep the same "
        "size (padding) or resize one of them."),
    "cycle": QT_TRANSLATE_NOOP(
        "Problems", "{node} is part of a cycle; a network must flow one way — remove one of the "
        "links that loop back."),
    "missing_input": QT_TRANSLATE_NOOP(
        "Problems", "{node} has {has} of the {needed} inputs it needs; connect the output of a "
        "layer to it (or delete it)."),
    "unused_output": QT_TRANSLATE_NOOP(
        "Problems", "The result of {node} is not used; connect it to another layer or an "
        "Output."),
    "table_channels": QT_TRANSLATE_NOOP(
        "Problems", "The connection table joins {needed} input maps but the input has "
        "{channels} channels; feed it {needed} channels."),
    "transform_channels": QT_TRANSLATE_NOOP(
        "Problems", "The input transform maps the 3 channels of an ImageNet-normalised RGB "
        "image, but gets {input}; put it right after a 3-channel Input."),
    "bad_slice": QT_TRANSLATE_NOOP(
        "Problems", "The channel slice {start}:{end} does not fit an input of {channels} "
        "channels; choose 0 <= start < end <= {channels}."),
}

def _shape(value) -> str:
    if isinstance(value, (tuple, list)) and all(isinstance(v, int) for v in value):
        return "x".join(str(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


def _fill(template: str, data: dict, fallback: str) -> str:
    """The translated template filled from ``data``; the engine's own sentence (richer: node
    names, fixes) when no translation is active or the data does not fit."""
    text = QCoreApplication.translate("Problems", template)
    if text == template and fallback:
        return fallback
    try:
        return text.format(**{k: _shape(v) for k, v in data.items()})
    except (KeyError, IndexError, ValueError):
        return fallback


def problem_text(problem, node_label: str | None = None) -> str:
    """One translated sentence for an engine Problem (an error or a warning of the network)."""
    template = PROBLEMS.get(problem.code)
    if template is None:
        return problem.message
    data = dict(problem.data)
    data.setdefault("node", node_label or problem.node_id or "")
    data.setdefault("layer", node_label or "")
    if problem.code in ("add_mismatch", "concat_mismatch") and "shapes" in data:
        shapes, index = data["shapes"], int(data.get("index", 1))
        data.update(first=shapes[0], other=shapes[index], number=index + 1)
    if problem.code == "kernel_too_large" and data.get("input") is None:
        data["input"] = ""
    if problem.code == "missing_input":
        data.setdefault("needed", 1)
        data.setdefault("has", 0)
    return _fill(template, data, problem.message)


def error_text(exc: Exception) -> str:
    """A refused edit (GraphError and friends) as one translated sentence."""
    return user_error_text(exc)
