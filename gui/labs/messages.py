"""The labs' input errors (engine.labs.LabInputError) as one sentence in the user's language,
chosen by the error's code and filled from its data; an unknown code shows the engine's English."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

LAB_ERRORS = {
    "grid_value": QT_TRANSLATE_NOOP(
        "LabErrors", "\"{text}\" is not a number; type a number such as 3, -1 or 0.5."),
    "kernel_too_large": QT_TRANSLATE_NOOP(
        "LabErrors", "The {kernel}x{kernel} window (spanning {effective}) is larger than the "
        "{height}x{width} (padded) input; use a smaller kernel, a larger input or more padding."),
    "same_padding_stride": QT_TRANSLATE_NOOP(
        "LabErrors", "Padding \"same\" only works with stride 1; with stride {stride} the size "
        "is kept by padding ((N-1)S + F - N)/2 = {padding}, so choose a number instead."),
    "kernel_channels": QT_TRANSLATE_NOOP(
        "LabErrors", "The input has {image} channel(s) but the kernel has {kernel}; give the "
        "kernel one grid per input channel."),
    "grid_size": QT_TRANSLATE_NOOP(
        "LabErrors", "The {name} is {height}x{width}; it can be at most {limit}x{limit}."),
    "stack_too_small": QT_TRANSLATE_NOOP(
        "LabErrors", "The {size}x{size} grid is too small for this stack; use a larger grid or "
        "fewer strided layers."),
    "empty_stack": QT_TRANSLATE_NOOP(
        "LabErrors", "The stack is empty; add a layer such as a 3x3 convolution."),
}


def lab_error_text(error) -> str:
    """One translated sentence for a LabInputError."""
    template = LAB_ERRORS.get(getattr(error, "code", ""))
    if template is None:
        return str(error)
    try:
        return QCoreApplication.translate("LabErrors", template).format(**error.data)
    except (KeyError, IndexError, ValueError):
        return str(error)
