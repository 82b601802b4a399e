"""A small Qt-free observer mechanism and the events the network document emits.

Views subscribe with ``graph.subscribe(callback)``; every successful mutation calls each
callback with one frozen event after the change is complete. The events are plain frozen values
(engine.values: compared, hashed and shown by their fields), not dataclasses, so importing
this module compiles nothing.
"""
from __future__ import annotations

from typing import Any, Callable

from engine.values import FrozenValue

_set = object.__setattr__


class NodeAdded(FrozenValue):
    _fields = ("node_id",)

    def __init__(self, node_id: str) -> None:
        _set(self, "node_id", node_id)


class NodeRemoved(FrozenValue):
    _fields = ("node_id",)

    def __init__(self, node_id: str) -> None:
        _set(self, "node_id", node_id)


class LinkAdded(FrozenValue):
    _fields = ("src", "dst", "port")

    def __init__(self, src: str, dst: str, port: int) -> None:
        _set(self, "src", src)
        _set(self, "dst", dst)
        _set(self, "port", port)


class LinkRemoved(FrozenValue):
    _fields = ("src", "dst", "port")

    def __init__(self, src: str, dst: str, port: int) -> None:
        _set(self, "src", src)
        _set(self, "dst", dst)
        _set(self, "port", port)


class ParamChanged(FrozenValue):
    _fields = ("node_id", "name", "old", "new")

    def __init__(self, node_id: str, name: str, old: Any, new: Any) -> None:
        _set(self, "node_id", node_id)
        _set(self, "name", name)
        _set(self, "old", old)
        _set(self, "new", new)


class NodeMoved(FrozenValue):
    _fields = ("node_id", "old", "new")

    def __init__(self, node_id: str, old: tuple, new: tuple) -> None:
        _set(self, "node_id", node_id)
        _set(self, "old", old)
        _set(self, "new", new)


class NodeRenamed(FrozenValue):
    _fields = ("node_id", "old", "new")

    def __init__(self, node_id: str, old: str, new: str) -> None:
        _set(self, "node_id", node_id)
        _set(self, "old", old)
        _set(self, "new", new)


class NodeFrozenChanged(FrozenValue):
    """A layer was frozen (its weights stop training) or unfrozen."""

    _fields = ("node_id", "frozen")

    def __init__(self, node_id: str, frozen: bool) -> None:
        _set(self, "node_id", node_id)
        _set(self, "frozen", frozen)


class BlockAdded(FrozenValue):
    _fields = ("block_id",)

    def __init__(self, block_id: str) -> None:
        _set(self, "block_id", block_id)


class BlockRemoved(FrozenValue):
    _fields = ("block_id",)

    def __init__(self, block_id: str) -> None:
        _set(self, "block_id", block_id)


class BlockChanged(FrozenValue):
    _fields = ("block_id",)

    def __init__(self, block_id: str) -> None:
        _set(self, "block_id", block_id)


class DocumentReset(FrozenValue):
    """The whole document was replaced (loading a file); views rebuild from scratch."""

    _fields = ()


class Observable:
    def __init__(self) -> None:
        self._observers: list[Callable[[object], None]] = []
        self._muted = 0

    def subscribe(self, callback: Callable[[object], None]) -> Callable[[], None]:
        """Call ``callback(event)`` after every change; returns a function that unsubscribes."""
        self._observers.append(callback)
        return lambda: self.unsubscribe(callback)

    def unsubscribe(self, callback: Callable[[object], None]) -> None:
        if callback in self._observers:
            self._observers.remove(callback)

    def _emit(self, event: object) -> None:
        """Tell every observer; one that raises does not keep the others from hearing of the
        change (the first error is raised again once all were called)."""
        failure = None
        for cb in list(self._observers):
            try:
                cb(event)
            except Exception as exc:  # noqa: BLE001 - re-raised below, after the others ran
                failure = failure or exc
        if failure is not None:
            raise failure
