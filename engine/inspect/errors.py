"""Typed errors of the inspection engine.

Each is a ``UserError(code, **data)`` (engine.errors): a user interface phrases the code's template
in its own language, ``str(err)`` is the English sentence for the CLI and logs.
"""
from __future__ import annotations

from engine.errors import UserError


class InspectError(UserError, ValueError):
    """Base class: something asked of the inspection engine cannot be done."""

    code = "inspect_error"
    templates = {"inspect_error": "This cannot be inspected."}


class LayerChoiceError(InspectError):
    """The chosen layer does not exist or cannot be used for the requested view."""

    code = "bad_layer"


class NoCamHeadError(InspectError):
    """CAM needs global average pooling followed by one Linear layer at the end."""

    code = "no_cam_head"


class ClassIndexError(InspectError):
    code = "bad_class"


class ImageInputError(InspectError):
    """An image file or array cannot be used as network input."""

    code = "bad_image"


class WeightsFileError(InspectError):
    """A weights file is missing, unreadable, or does not fit the network.

    ``code`` is one of ``weights_not_found``, ``weights_unreadable``, ``weights_mismatch``;
    for a mismatch ``data`` holds ``missing``, ``unexpected`` and ``wrong_shape`` key lists.
    """

    code = "weights_unreadable"
