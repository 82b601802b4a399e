"""The one error type of the teaching labs: bad input a user typed (a grid cell that is not a
number, a kernel larger than the padded input, ...).

Like ``engine.problems``, it carries a ``code`` and ``data`` so that the GUI can phrase it in the
user's language; ``str(error)`` is the English sentence the CLI prints.
"""
from __future__ import annotations

from typing import Any


class LabInputError(ValueError):
    """Input a lab cannot work with; ``code`` names the problem, ``data`` fills its sentence."""

    def __init__(self, code: str, message: str, **data: Any):
        super().__init__(message)
        self.code = code
        self.message = message
        self.data = data
