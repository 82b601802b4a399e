"""A small declared schema for JSON documents, checked whole before anything is built.

A schema is a tree of kinds: :class:`Record` (an object with declared fields), :class:`ListOf`,
:class:`MapOf`, :class:`Text`, :class:`Whole`, :class:`Number`, :class:`Flag` and
:class:`Value` (any JSON value, bounded). :func:`check` walks a parsed document against it
and raises :class:`SchemaViolation` naming the field (``network.nodes[3].params``) and the
rule that failed, so a malformed file is one sentence with its path and field — never a
TypeError deep inside the code that uses it. Every kind carries a limit (length, count, range,
depth), so a huge or absurd file is refused fast.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any


@dataclass
class SchemaViolation(Exception):
    """``field`` breaks ``rule``: missing_field, wrong_type, too_long, too_many, out_of_range,
    bad_text or too_deep; ``data`` holds the numbers of the rule (limit, expected ...)."""

    rule: str
    field: str
    data: dict = field(default_factory=dict)


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _text(value: str, where: str, max_length: int) -> None:
    if len(value) > max_length:
        raise SchemaViolation("too_long", where, {"limit": max_length, "length": len(value)})
    if not _encodable(value):
        raise SchemaViolation("bad_text", where)


def _wrong(where: str, expected: str):
    return SchemaViolation("wrong_type", where, {"expected": expected})


@dataclass(frozen=True)
class Text:
    max_length: int = 1000
    expected = "text"

    def check(self, value, where):
        if not isinstance(value, str):
            raise _wrong(where, self.expected)
        _text(value, where, self.max_length)


@dataclass(frozen=True)
class Whole:
    minimum: int = -2**31
    maximum: int = 2**31 - 1
    expected = "a whole number"

    def check(self, value, where):
        if not isinstance(value, int) or isinstance(value, bool):
            raise _wrong(where, self.expected)
        if not self.minimum <= value <= self.maximum:
            raise SchemaViolation("out_of_range", where, {"minimum": self.minimum,
                                                          "maximum": self.maximum})


@dataclass(frozen=True)
class Number:
    limit: float = 1e9
    expected = "a number"

    def check(self, value, where):
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise _wrong(where, self.expected)
        if not math.isfinite(float(value)) or abs(value) > self.limit:
            raise SchemaViolation("out_of_range", where, {"minimum": -self.limit,
                                                          "maximum": self.limit})


@dataclass(frozen=True)
class Flag:
    expected = "true or false"

    def check(self, value, where):
        if not isinstance(value, bool):
            raise _wrong(where, self.expected)


@dataclass(frozen=True)
class ListOf:
    item: Any
    max_items: int = 10_000
    min_items: int = 0
    expected = "a list"

    def check(self, value, where):
        if not isinstance(value, list):
            raise _wrong(where, self.expected)
        if len(value) > self.max_items:
            raise SchemaViolation("too_many", where, {"limit": self.max_items,
                                                      "count": len(value)})
        if len(value) < self.min_items:
            raise SchemaViolation("too_few", where, {"minimum": self.min_items,
                                                     "count": len(value)})
        for i, item in enumerate(value):
            self.item.check(item, f"{where}[{i}]")


@dataclass(frozen=True)
class MapOf:
    """An object whose keys are free text and whose values all have one kind."""

    value: Any
    max_items: int = 1000
    max_key: int = 100
    expected = "an object"

    def check(self, value, where):
        if not isinstance(value, dict):
            raise _wrong(where, self.expected)
        if len(value) > self.max_items:
            raise SchemaViolation("too_many", where, {"limit": self.max_items,
                                                      "count": len(value)})
        for key, item in value.items():
            _text(key, f"{where}.{key[:40]}", self.max_key)
            self.value.check(item, f"{where}.{key}")


@dataclass(frozen=True)
class Record:
    """An object with declared fields (``optional`` ones may be absent). Undeclared fields are
    checked as ``rest`` when given (sections other subsystems keep), else ignored."""

    fields: dict
    optional: frozenset = frozenset()
    rest: Any = None  # kind of undeclared fields; None allows none
    expected = "an object"

    def check(self, value, where):
        if not isinstance(value, dict):
            raise _wrong(where, self.expected)
        for key, kind in self.fields.items():
            inner = f"{where}.{key}" if where else key
            if key not in value:
                if key in self.optional:
                    continue
                raise SchemaViolation("missing_field", inner)
            kind.check(value[key], inner)
        for key, item in value.items():
            if key in self.fields:
                continue
            if self.rest is None:
                continue  # unknown fields (of a newer minor version) are not read
            inner = f"{where}.{key[:40]}" if where else key[:40]
            _text(key, inner, 100)
            self.rest.check(item, inner)


@dataclass(frozen=True)
class Value:
    """Any JSON value, with bounded depth, text length and container sizes."""

    max_depth: int = 32
    max_text: int = 10_000
    max_items: int = 100_000
    expected = "a value"

    def check(self, value, where, depth: int = 0):
        if depth > self.max_depth:
            raise SchemaViolation("too_deep", where, {"limit": self.max_depth})
        if isinstance(value, str):
            _text(value, where, self.max_text)
        elif isinstance(value, float):
            if not math.isfinite(value):
                raise SchemaViolation("out_of_range", where, {"minimum": "-inf",
                                                              "maximum": "inf"})
        elif isinstance(value, (list, dict)):
            if len(value) > self.max_items:
                raise SchemaViolation("too_many", where, {"limit": self.max_items,
                                                          "count": len(value)})
            items = enumerate(value) if isinstance(value, list) else value.items()
            for key, item in items:
                if isinstance(key, str):
                    _text(key, f"{where}.{key[:40]}", 1000)
                inner = f"{where}[{key}]" if isinstance(value, list) else f"{where}.{key}"
                self.check(item, inner, depth + 1)


def check(schema, document, where: str = "") -> None:
    """Raise SchemaViolation for the first field of ``document`` that breaks ``schema``."""
    schema.check(document, where)
