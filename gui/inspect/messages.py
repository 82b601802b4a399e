"""Engine errors of the inspection as one translated sentence: the engine's own template for
the error's code, translated (gui.error_text); anything else falls back to the engine's English
sentence."""
from __future__ import annotations

from gui.error_text import user_error_text


def error_text(exc: BaseException) -> str:
    path = (getattr(exc, "data", None) or {}).get("path") or ""
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    return user_error_text(exc, **({"path": name} if name else {}))
