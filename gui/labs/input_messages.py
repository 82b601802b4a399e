"""Bad lab input as one sentence in the user's language: the engine raises ``LabInputError``
or the optimizer registry's ``ConfigError``, both phrased by the engine's templates, which the
window translates (gui.error_text)."""
from __future__ import annotations

from gui.error_text import user_error_text


def message_for(exc: Exception) -> str:
    return user_error_text(exc)
