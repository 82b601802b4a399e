"""Engine training errors -> one sentence in the user's language.

The engine reports ``code`` + ``data`` (engine.training.errors, engine.data); the sentence is
the engine's own template for that code, translated (gui.error_text). A code without a
template falls back to the engine's English sentence, so a new error is never shown as a
traceback or a blank. The few sentences below are the window's own (settings it checks itself).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from engine import errors
from gui.error_text import code_text, user_error_text

def _window_text(code: str) -> str | None:
    if code == "no_optimizer":
        return QCoreApplication.translate("TrainingMessages",
                                          "Tick at least one optimizer, then press Start.")
    return None


def explain(code: str, data: dict | None, english: str) -> str:
    """The translated sentence for an engine error code, or ``english`` when none fits."""
    return _window_text(code) or code_text(code, data, english)


def explain_error(error: BaseException) -> str:
    """The translated sentence for an exception raised by the engine."""
    code = getattr(error, "code", "")
    if _window_text(code):
        return _window_text(code)
    if isinstance(error, errors.UserError):
        return user_error_text(error)
    return " ".join(str(error).split()) or type(error).__name__


def explain_failure(event) -> str:
    """The translated sentence for a RunFailed event."""
    return explain(event.code, event.data, event.message)
