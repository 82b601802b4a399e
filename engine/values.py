"""Plain value classes for the records the editor builds at start-up, without ``@dataclass``.

A dataclass writes its methods as source text and compiles them when its module is imported
(about half a millisecond a class, every start: that code never reaches the bytecode cache).
These bases give the same behaviour from ``_fields``: ``==`` between instances of the same
class compares the fields in order, ``repr`` is ``Name(field=value, ...)``, and a
:class:`FrozenValue` is hashable by its fields and refuses assignment with
``dataclasses.FrozenInstanceError``. Each class writes its own ``__init__`` (a plain,
compiled function, as fast as the generated one).
"""
from __future__ import annotations

from dataclasses import FrozenInstanceError

__all__ = ["FrozenInstanceError", "FrozenValue", "Value"]


class Value:
    """Equality and repr from ``_fields``; unhashable (like a dataclass with ``eq=True``)."""

    __slots__ = ()
    _fields: tuple[str, ...] = ()

    def _values(self) -> tuple:
        return tuple([getattr(self, name) for name in self._fields])

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return self._values() == other._values()
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{self.__class__.__qualname__}({inner})"


class FrozenValue(Value):
    """A :class:`Value` whose fields cannot change after ``__init__`` (which sets them with
    ``object.__setattr__``); hashable by its fields."""

    __slots__ = ()

    def __hash__(self) -> int:
        return hash(self._values())

    def __setattr__(self, name, value):
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name):
        raise FrozenInstanceError(f"cannot delete field {name!r}")
