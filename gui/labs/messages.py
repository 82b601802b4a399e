"""The labs' input errors (engine.labs.LabInputError) as one sentence in the user's language:
the engine's own template for the error, translated (gui.error_text); no wording of its own."""
from __future__ import annotations

from gui.error_text import user_error_text


def lab_error_text(error) -> str:
    """One translated sentence for a LabInputError (or any engine user error)."""
    return user_error_text(error)
