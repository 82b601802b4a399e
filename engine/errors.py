"""One kind of user error: ``UserError(code, **data)``, phrased by one English template per code.

Every error the engine reports to a person derives from :class:`UserError` (typed subclasses such
as ``GraphError`` or ``DataError`` stay, for ``except``). A subclass declares the templates of its
codes in a ``templates`` class attribute; they are collected into one catalogue here. The CLI
prints ``str(err)``, the English template filled from ``data``; the GUI translates the same
template (its translation stubs are generated from this catalogue) and fills it with
:func:`render`, so both read the same sentence.

Templates use ``str.format`` fields: ``{name}``; a tuple of ints renders as ``3x32x32``, a list
of names as ``a, b``, ``None`` as nothing; format specs such as ``{lr:g}`` work on numbers. A
count's word is written once, in both forms: ``{inputs} {inputs:input|inputs}`` reads "1 input",
"2 inputs" (a spec with ``|`` is the singular, for 1, and the plural form, chosen by the field's
value, see :func:`plural`); a translation may keep such a spec or drop it (``{inputs}개``). A
field whose value is a :class:`Hint` is a phrase of its own (an optional clause such as " padded
by {padding}"): the code of another template, rendered from the same data, and translated with
the sentence around it.

Raise as ``raise DataError("empty_folder", path=str(folder))``, and add the code's template to the
class's ``templates``. This module is a leaf: it imports nothing from the engine.
"""
from __future__ import annotations

import re
import string
import sys
from collections.abc import Mapping
from typing import Any, ClassVar

_CODE = re.compile(r"^[a-z][a-z0-9_]*$")
_CATALOGUE: dict[str, str] = {}
_ORIGIN: dict[str, str] = {}  # code -> the module that defined it


def define(templates: Mapping[str, str], origin: str | None = None) -> None:
    """Add ``code -> English template`` entries; a code may not get two different texts."""
    origin = origin or sys._getframe(1).f_globals.get("__name__", "")
    for code, text in templates.items():
        if not _CODE.match(code):
            raise ValueError(f"error code {code!r} must be lower_snake_case")
        known = _CATALOGUE.get(code)
        if known is not None and known != text:
            raise ValueError(f"error code {code!r} has two templates: {known!r} and {text!r}")
        _CATALOGUE[code] = text
        _ORIGIN.setdefault(code, origin)


def origin(code: str) -> str:
    """The module that defined ``code``'s template ("" when none did)."""
    return _ORIGIN.get(code, "")


def template(code: str) -> str | None:
    """The English template of ``code``, or None when no imported module defines it."""
    return _CATALOGUE.get(code)


def catalogue() -> dict[str, str]:
    """Every template defined by the modules imported so far (code -> English template)."""
    return dict(_CATALOGUE)


def is_code(text: str) -> bool:
    return isinstance(text, str) and bool(_CODE.match(text))


def show(value: Any) -> Any:
    """A data value as a sentence shows it: shapes as 3x32x32, lists joined, None as nothing."""
    if value is None:
        return ""
    if isinstance(value, (tuple, list)):
        if value and all(isinstance(v, int) and not isinstance(v, bool) for v in value):
            return "x".join(str(v) for v in value)
        return ", ".join(str(show(v)) for v in value)
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    return value


def plural(count: Any, forms: str) -> str:
    """The form of ``forms`` ("input|inputs": singular|plural) that goes with ``count``: the
    singular for 1 (or -1), the plural for any other number or a value that is none."""
    one, _, many = forms.partition("|")
    try:
        single = abs(float(count)) == 1
    except (TypeError, ValueError):
        single = False
    return one if single else many


class Hint(str):
    """A data value that names the code of a phrase template (a ``str``, so data stays plain):
    ``render`` puts the phrase, filled from the same data, in the field's place."""


def _is_hint_key(value) -> bool:
    return (isinstance(value, str) and ("_hint_" in value or "_word_" in value)
            and value in _CATALOGUE)


class _Formatter(string.Formatter):
    def __init__(self, translate=None, depth: int = 0):
        super().__init__()
        self.translate = translate
        self.depth = depth

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return super().get_value(key, args, kwargs)
        value = kwargs.get(key)
        if isinstance(value, Hint) or _is_hint_key(value):  # (a Hint copied as a plain str)
            phrase = _CATALOGUE.get(str(value))
            if phrase is None or self.depth > 3:
                return ""
            if self.translate is not None:
                phrase = self.translate(phrase)
            return render(phrase, kwargs, self.translate, self.depth + 1)
        return show(kwargs[key]) if key in kwargs else "?"

    def format_field(self, value, format_spec):
        if "|" in format_spec:  # {inputs:input|inputs}: the word that goes with the count
            return plural(value, format_spec)
        try:
            return super().format_field(value, format_spec)
        except (ValueError, TypeError):
            return str(value)


_FORMATTER = _Formatter()


def render(text: str, data: Mapping[str, Any], translate=None, depth: int = 0) -> str:
    """``text`` (an English template or its translation) filled from ``data``; ``translate``
    (template -> its translation) is applied to the phrases of :class:`Hint` fields."""
    formatter = _FORMATTER if translate is None and depth == 0 else _Formatter(translate, depth)
    try:
        return formatter.vformat(text, (), dict(data))
    except (IndexError, ValueError, AttributeError, KeyError):
        return text


def message(code: str, data: Mapping[str, Any]) -> str | None:
    """The English sentence for ``code`` filled from ``data``; None without a template."""
    text = _CATALOGUE.get(code)
    return None if text is None else render(text, data)


class UserError(Exception):
    """Something a person asked for cannot be done; ``code`` + ``data`` say what, ``str()``
    says it in one English sentence (the code's template filled from ``data``)."""

    code: ClassVar[str] = "user_error"
    templates: ClassVar[dict[str, str]] = {
        "user_error": "This cannot be done.",
    }

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        define(cls.__dict__.get("templates", {}), cls.__module__)

    def __init__(self, code: str | None = None, /, *legacy: str, **data: Any):
        # A first argument that is a sentence rather than a code comes from the older forms
        # ``Error(message, **data)`` and ``Error(message, code="...")``: it is shown as it is.
        # ``Error(code, message)`` keeps its sentence only while the code has no template.
        fallback = legacy[0] if legacy else None
        explicit = code is not None and is_code(code)
        if code is not None and not explicit:
            fallback = code
            code = data.pop("code", None) if is_code(data.get("code")) else None
        self.code = code or type(self).code
        self.data = data
        self.display: dict[str, Any] = {}  # fields shown but not part of ``data`` (e.g. detail)
        self.fallback = fallback
        self._explicit = explicit
        super().__init__(self.code)

    @property
    def template(self) -> str | None:
        """The English template this error is phrased by; None when it carries its own
        sentence (the older form) or its code has no template."""
        if self.fallback and not (self._explicit and template(self.code)):
            return None
        return template(self.code)

    @property
    def message(self) -> str:
        text = self.template
        if text is None:
            return self.fallback or message(self.code, self.fields) or self.code
        return render(text, self.fields)

    @property
    def fields(self) -> dict[str, Any]:
        """What the template is filled from: ``data`` and the display-only fields."""
        return {**self.data, **self.display}

    def __str__(self) -> str:
        return self.message

    def __reduce__(self):
        return (_rebuild, (type(self), self.code, self.data, self.fallback, self.__dict__))


def _rebuild(cls, code, data, fallback, state):
    err = cls.__new__(cls)
    Exception.__init__(err, code)
    err.__dict__.update(state)
    err.code, err.data, err.fallback = code, data, fallback
    return err


define(UserError.templates, __name__)
