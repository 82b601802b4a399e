"""The one error type of exporting a network (to source, weights or an exchange format)."""
from __future__ import annotations

from engine.errors import UserError


class ExportError(UserError, ValueError):
    """A network cannot be written in a format; the message is one sentence naming the layer
    (when one is to blame), the format and what to do. ``code`` says why."""

    code = "export_failed"
    templates = {
        "export_failed": "The network cannot be exported.",
        "unknown_format": "There is no export format {format!r}; choose one of {choices}.",
        "network_invalid": "The network cannot be exported while it has errors: {first}",
        "export_no_input": "The network has no Input layer; add one and connect it before "
                           "exporting.",
        "export_weights_mismatch": "The weights belong to another version of this network "
                                   "(layers were added or changed since); train it again or "
                                   "export without weights.",
        "cannot_create_folder": "Cannot create the folder {folder}: {reason}; choose another "
                                "destination.",
        "cannot_write": "Cannot write {path}: {reason}; choose another destination.",
        "out_is_a_file": "{path} is a file; choose a folder for the training script.",
        "onnx_invalid": "The ONNX file failed onnx's own check ({reason}); choose TorchScript "
                        "or torch.export instead.",
        "format_failed": "The network cannot be exported to {format_title} ({reason}); choose "
                         "another format ({others}).",
        "layer_unsupported": "The layer {name} ({layer_title}) cannot be exported to "
                             "{format_title} ({reason}); choose another format ({others}) or "
                             "replace the layer.",
        "reserved_name": "The layer name {node!r} is a name PyTorch modules use themselves; "
                         "rename the layer before exporting.",
        "no_source": "{name} ({layer_title}) cannot be written as PyTorch source; choose "
                     "another export format.",
        "bad_shapes_format": "Shapes can be written as {choices}, not {value!r}.",
    }
