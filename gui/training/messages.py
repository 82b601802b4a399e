"""Engine training errors -> one sentence in the user's language.

The engine reports ``code`` + ``data`` (engine.training.errors, engine.data); the sentence is
the engine's own template for that code, translated (gui.error_text). A code without a
template falls back to the engine's English sentence, so a new error is never shown as a
traceback or a blank. A code the window words its own way (``no_optimizer``: "Tick at least
one optimizer, then press Start.") has that wording in the engine's catalogue too
(engine.training.errors.WINDOW_CODES).
"""
from __future__ import annotations

from engine import errors
from engine.training.errors import WINDOW_CODES
from gui.error_text import code_text, user_error_text


def explain(code: str, data: dict | None, english: str) -> str:
    """The translated sentence for an engine error code, or ``english`` when none fits."""
    return code_text(WINDOW_CODES.get(code, code), data, english)


def explain_error(error: BaseException) -> str:
    """The translated sentence for an exception raised by the engine."""
    code = getattr(error, "code", "")
    if code in WINDOW_CODES:
        return explain(code, getattr(error, "data", None), str(error))
    if isinstance(error, errors.UserError):
        return user_error_text(error)
    return " ".join(str(error).split()) or type(error).__name__


def explain_failure(event) -> str:
    """The translated sentence for a RunFailed event."""
    return explain(event.code, event.data, event.message)
