"""The model registry: every zoo model registered once by name, like torchvision's models."""
from __future__ import annotations

import inspect
from typing import Callable

from engine.errors import UserError
from engine.values import FrozenValue
from engine.source_errors import SourceError


class ZooError(SourceError):
    """Base class of the zoo's errors (a SourceError, so ``zoo:NAME`` reports it cleanly)."""

    code = "zoo_error"
    templates = {"zoo_error": "This zoo model cannot be used."}


class UnknownModelError(ZooError):
    code = "unknown_model"
    templates = {
        "unknown_model": "There is no model {name!r} in the zoo; did you mean {close}?",
        "unknown_model_none": "There is no model {name!r} in the zoo; run `python main.py zoo "
                              "list` to see them all.",
    }


class ModelOptionError(ZooError):
    code = "bad_model_option"
    templates = {"bad_model_option": (
        "{name} has no option {option!r}; its options are: {choices}.")}


class DuplicateModelError(UserError, ValueError):
    code = "duplicate_model"
    templates = {"duplicate_model": (
        "A zoo model named {name!r} is already registered.")}


class ZooEntry(FrozenValue):
    """A registered model: ``small`` trains in minutes on a CPU; ``torchvision`` names the
    torchvision model with the same architecture."""

    _fields = ("name", "title", "year", "family", "input_shape", "builder", "small",
               "torchvision")

    def __init__(self, name: str, title: str, year: int, family: str, input_shape: tuple,
                 builder: Callable, small: bool = False, torchvision: str | None = None) -> None:
        for field, value in zip(self._fields, (name, title, year, family, input_shape, builder,
                                               small, torchvision)):
            object.__setattr__(self, field, value)

    @property
    def options(self) -> dict:
        """Keyword options ``create`` accepts for this model, with their defaults."""
        return {n: p.default for n, p in inspect.signature(self.builder).parameters.items()
                if p.default is not inspect.Parameter.empty}


_MODELS: dict[str, ZooEntry] = {}


def register_model(name: str, *, title: str, year: int, family: str, input_shape: tuple,
                   small: bool = False, torchvision: str | None = None):
    """Decorator: register a function returning a NetworkGraph. A name is refused twice."""
    def wrap(fn):
        if name in _MODELS:
            raise DuplicateModelError("duplicate_model", name=name)
        _MODELS[name] = ZooEntry(name, title, year, family, tuple(input_shape), fn, small,
                                 torchvision)
        return fn
    return wrap


def entries() -> dict[str, ZooEntry]:
    return _MODELS


def entry(name: str) -> ZooEntry:
    try:
        return _MODELS[name]
    except KeyError:
        pass
    import difflib
    close = difflib.get_close_matches(name.lower(), list(_MODELS), n=3, cutoff=0.5)
    raise UnknownModelError("unknown_model" if close else "unknown_model_none", name=name,
                            close=" or ".join(close))


def check_options(e: ZooEntry, options: dict) -> None:
    allowed = e.options
    for key in options:
        if key not in allowed:
            choices = ", ".join(sorted(allowed)) or "none"
            raise ModelOptionError("bad_model_option", name=e.name, option=key,
                                   options=sorted(allowed), choices=choices)
