"""Problems found in a network: an error or a warning with a code, data and an English sentence.

The engine never produces translated text. ``code`` and ``data`` let a user interface phrase the
problem in its own language; ``message`` is the English sentence used by the CLI and as a fallback.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from engine.errors import UserError

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    code: str
    message: str
    severity: str = ERROR
    node_id: str | None = None
    data: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def at(self, node_id: str) -> "Problem":
        return Problem(self.code, self.message, self.severity, node_id, self.data)


class ShapeError(UserError):
    """Raised by a layer's shape inference when its inputs cannot work; carries a Problem."""

    code = "shape_error"
    templates = {"shape_error": "This layer cannot work with its input."}

    def __init__(self, code: str | None = None, /, *legacy, **data):
        super().__init__(code, *legacy, **data)
        self.problem = Problem(self.code, self.message, ERROR, None, self.data)

    @property
    def template(self) -> str | None:
        """A network problem keeps the sentence it was raised with (the window phrases it by
        its own template, gui/problem_text.py): a code shared with an error elsewhere (such
        as bad_parameter) must not replace it."""
        return None if self.fallback else super().template


def warning(code: str, message: str, **data) -> Problem:
    return Problem(code, message, WARNING, None, data)


def fmt_shape(shape) -> str:
    """64x56x56 style, as the lecture writes shapes (C x H x W)."""
    return "x".join(str(d) for d in shape)
