"""Work around a reference-counting bug of PySide6 6.12.0 seen on this machine.

``SignalInstance.emit()`` returns ``True`` without a new reference, and
``QCoreApplication.processEvents()`` / ``postEvent()`` return ``None`` the same way, so every
call from Python lowers the count of ``True`` / ``None`` by one. After a few thousand signals
(a training run emits that many in minutes) CPython aborts with "bool_dealloc: deallocating
True or False". ``install()`` measures each call once and, only where the count drops, wraps it
to give the missing reference back. On a fixed PySide6 it changes nothing.
"""
from __future__ import annotations

import ctypes
import sys

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_installed = False


def _leaks(call, obj) -> bool:
    """True when ``call()`` lowers ``obj``'s reference count by one each time."""
    before = sys.getrefcount(obj)
    for _ in range(8):
        call()
    return sys.getrefcount(obj) - before <= -8


def install() -> list[str]:
    """Patch the leaking calls once; returns the names of what was patched."""
    global _installed
    if _installed:
        return []
    _installed = True
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal, SignalInstance

    class _Probe(QObject):
        fired = Signal()

    probe = _Probe()
    patched = []
    if _leaks(probe.fired.emit, True):
        emit = SignalInstance.emit

        def fixed_emit(self, *args):
            result = emit(self, *args)
            _incref(result)
            return result

        SignalInstance.emit = fixed_emit
        patched.append("SignalInstance.emit")
    if QCoreApplication.instance() is not None:
        for name, call in (("processEvents", QCoreApplication.processEvents),
                           ("postEvent", lambda: QCoreApplication.postEvent(
                               probe, QEvent(QEvent.Type.User)))):
            if _leaks(call, None):
                _wrap_static(QCoreApplication, name)
                patched.append(f"QCoreApplication.{name}")
        QCoreApplication.processEvents()  # deliver the probe's posted events
    return patched


def _wrap_static(cls, name: str) -> None:
    original = getattr(cls, name)

    def fixed(*args, **kwargs):
        result = original(*args, **kwargs)
        _incref(result)
        return result

    setattr(cls, name, staticmethod(fixed))
