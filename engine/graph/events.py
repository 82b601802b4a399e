"""A small Qt-free observer mechanism and the events the network document emits.

Views subscribe with ``graph.subscribe(callback)``; every successful mutation calls each
callback with one frozen event after the change is complete.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable


@dataclass(frozen=True)
class NodeAdded:
    node_id: str


@dataclass(frozen=True)
class NodeRemoved:
    node_id: str


@dataclass(frozen=True)
class LinkAdded:
    src: str
    dst: str
    port: int


@dataclass(frozen=True)
class LinkRemoved:
    src: str
    dst: str
    port: int


@dataclass(frozen=True)
class ParamChanged:
    node_id: str
    name: str
    old: Any
    new: Any


@dataclass(frozen=True)
class NodeMoved:
    node_id: str
    old: tuple
    new: tuple


@dataclass(frozen=True)
class NodeRenamed:
    node_id: str
    old: str
    new: str


@dataclass(frozen=True)
class NodeFrozenChanged:
    """A layer was frozen (its weights stop training) or unfrozen."""

    node_id: str
    frozen: bool


@dataclass(frozen=True)
class BlockAdded:
    block_id: str


@dataclass(frozen=True)
class BlockRemoved:
    block_id: str


@dataclass(frozen=True)
class BlockChanged:
    block_id: str


@dataclass(frozen=True)
class DocumentReset:
    """The whole document was replaced (loading a file); views rebuild from scratch."""


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
