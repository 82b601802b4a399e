"""The one error type of exporting a network (to source, weights or an exchange format)."""
from __future__ import annotations


class ExportError(ValueError):
    """A network cannot be written in a format; the message is one sentence naming the layer
    (when one is to blame), the format and what to do. ``code`` says why."""

    def __init__(self, code: str, message: str, **data):
        super().__init__(message)
        self.code = code
        self.data = data
