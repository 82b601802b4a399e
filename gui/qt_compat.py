"""Work around a PySide6 6.12 / shiboken6 reference-count bug on Python < 3.12.

There, every call of a Qt method that returns nothing (``item.setPos``, ``painter.setPen``,
``widget.setObjectName``, ...) takes one reference from ``None`` without having given one:
None is immortal from Python 3.12 on, and the bindings seem to rely on it. On 3.11 ``None``'s
count falls by thousands per second while a canvas repaints, and the process aborts with
"Fatal Python error: none_dealloc" (at exit, or mid-session once it reaches zero).
Giving ``None`` a huge reference count makes it as good as immortal, as on 3.12; ``None`` is
never freed anyway, so this changes nothing else.
"""
from __future__ import annotations

import ctypes
import sys

_FLOOR = 1 << 40


def protect_none() -> None:
    """Lift None's reference count far out of reach (a no-op on Python 3.12+)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    refcnt = ctypes.c_ssize_t.from_address(id(None))
    if refcnt.value < _FLOOR:
        refcnt.value += _FLOOR
