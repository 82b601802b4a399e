"""Typed errors of the inspection engine.

Each carries a ``code`` and ``data`` for a user interface to phrase in its own language, and an
English sentence (``str(err)``) saying what is wrong and what to do, for the CLI and logs.
"""
from __future__ import annotations


class InspectError(ValueError):
    """Base class: something asked of the inspection engine cannot be done."""

    code = "inspect_error"

    def __init__(self, message: str, **data):
        super().__init__(message)
        self.data = data


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

    def __init__(self, code: str, message: str, **data):
        super().__init__(message, **data)
        self.code = code
