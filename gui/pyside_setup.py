"""One change to how PySide6 imports, made before the window's modules load.

PySide6 (6.4 to 6.11 at least) watches every import that follows its own and reads the
*source file* of each new module to see whether it names PySide6: the answer chooses whether
that module's calls take part in ``from __feature__ import snake_case`` switching. ConvStudio
never uses ``__feature__``, and reading ~60 files before the first frame, ~210 until the editor
is built and ~1,200 when training imports torch costs about 0.13 ms each (8 ms before the first
frame, 0.1-0.4 s of torch's import). The check is replaced by one that looks at the module's
names instead of its file: a module that holds anything from PySide6 uses it. The choice only
matters to a program that switches ``__feature__`` on; if PySide stops offering the hook, this
does nothing.
"""
from __future__ import annotations

import sys
import types

_NAMED = (type, types.FunctionType, types.BuiltinFunctionType)


def _holds_pyside(module) -> bool:
    """Whether a module's globals hold a PySide6 module, class or function (other values are
    not asked anything, not even their ``__class__``: a lookup could load or warn)."""
    for value in list(vars(module).values()):
        kind = type(value)
        if issubclass(kind, types.ModuleType):
            owner = value.__name__
        elif issubclass(kind, _NAMED):
            owner = getattr(value, "__module__", None)
        else:
            continue
        if isinstance(owner, str) and owner.startswith("PySide6"):
            return True
    return False


def skip_source_scan() -> bool:
    """Install the cheaper check; True when PySide's hook was there to replace."""
    import PySide6.QtCore  # noqa: F401  (installs the import hook)

    feature = sys.modules.get("PySide6.support.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _holds_pyside
    return True
