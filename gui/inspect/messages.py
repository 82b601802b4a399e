"""Engine errors of the inspection as one translated sentence, chosen by ``code``; anything
else falls back to the engine's English sentence."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

TEMPLATES = {
    "weights_not_found": QT_TRANSLATE_NOOP(
        "InspectErrors", "The weights file {path} does not exist; choose the .safetensors or .pt "
        "file saved after training."),
    "weights_unreadable": QT_TRANSLATE_NOOP(
        "InspectErrors", "{path} is not a weights file ConvStudio can read (safetensors or a "
        "PyTorch state_dict)."),
    "weights_mismatch": QT_TRANSLATE_NOOP(
        "InspectErrors", "These weights do not fit this network ({count} tensors differ); load "
        "the weights saved for this network, or train it first."),
    "no_cam_head": QT_TRANSLATE_NOOP(
        "InspectErrors", "CAM needs global average pooling followed by one Linear layer at the "
        "end of the network; use Grad-CAM instead."),
    "bad_layer": QT_TRANSLATE_NOOP(
        "InspectErrors", "This layer cannot be used here; choose a layer with feature maps "
        "(before the Flatten or global pooling)."),
    "bad_image": QT_TRANSLATE_NOOP(
        "InspectErrors", "This image cannot be read or does not fit the network; use a PNG, "
        "JPEG or BMP file."),
    "build_error": QT_TRANSLATE_NOOP(
        "InspectErrors", "The network has errors, so it cannot be inspected; fix the problems "
        "marked in red on the canvas first."),
}


def error_text(exc: BaseException) -> str:
    code = getattr(exc, "code", None)
    template = TEMPLATES.get(code)
    if template is None:
        return str(exc) or type(exc).__name__
    data = dict(getattr(exc, "data", {}) or {})
    data.setdefault("path", data.get("path", ""))
    data["count"] = sum(len(data.get(k, [])) for k in ("missing", "unexpected", "wrong_shape"))
    try:
        return QCoreApplication.translate("InspectErrors", template).format(**data)
    except (KeyError, IndexError, ValueError):
        return str(exc)
