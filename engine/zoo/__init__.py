"""The model zoo: every network of the lecture notes as a fresh, editable graph, with a card.

    create(name, **options) -> NetworkGraph   layers laid out top to bottom; composite blocks
                                              already expanded and grouped (collapsible)
    list_models() -> list[ModelInfo]          name, title, year, input shape, params, MACs
    card(name) -> ModelCard                   year, authors, idea, ILSVRC result (en and ko)
    expand(graph, node_id) / collapse(graph, block_id)   one block, neighbours make room
    expand_all(graph) / collapse_all(graph)               every block, then a fresh layout

Unknown names raise UnknownModelError (a SourceError) naming the closest matches.
"""
from __future__ import annotations

from functools import lru_cache

from engine.values import FrozenValue
from engine.zoo.registry import (DuplicateModelError, ModelOptionError, UnknownModelError,
                                 ZooError, register_model)


class ModelInfo(FrozenValue):
    """A zoo model's listing: ``params``, ``macs`` and ``layers`` (primitive layers, nodes other
    than Input/Output) are None when listed without figures; ``small``: trains in minutes on
    a CPU."""

    _fields = ("name", "title", "year", "family", "input_shape", "params", "macs", "layers",
               "small", "torchvision", "options")

    def __init__(self, name: str, title: str, year: int, family: str, input_shape: tuple,
                 params: int | None, macs: int | None, layers: int | None, small: bool,
                 torchvision: str | None, options: dict) -> None:
        for field, value in zip(self._fields, (name, title, year, family, input_shape, params,
                                               macs, layers, small, torchvision, options)):
            object.__setattr__(self, field, value)

    def to_json(self) -> dict:
        return {"name": self.name, "title": self.title, "year": self.year,
                "family": self.family, "input_shape": list(self.input_shape),
                "params": self.params, "macs": self.macs,
                "flops": None if self.macs is None else 2 * self.macs,
                "layers": self.layers, "small": self.small, "torchvision": self.torchvision,
                "options": dict(self.options)}


def _registry():
    import engine.zoo.models  # noqa: F401  (registers every model)
    from engine.zoo import registry
    return registry


def names() -> list[str]:
    return list(_registry().entries())


def create(name: str, **options):
    """A fresh NetworkGraph of model ``name``; ``options`` are the model's own keywords
    (e.g. ``aux=True`` for GoogLeNet, ``stride_on="1x1"`` for the paper's ResNet-50)."""
    reg = _registry()
    entry = reg.entry(name)
    reg.check_options(entry, options)
    return entry.builder(**options)


def info(name: str) -> ModelInfo:
    return _info(name)


@lru_cache(maxsize=None)
def _info(name: str) -> ModelInfo:
    from engine.zoo import figures
    entry = _registry().entry(name)
    params, macs, count = figures.stored(entry.name) or figures.compute(entry.name)
    return ModelInfo(entry.name, entry.title, entry.year, entry.family, entry.input_shape,
                     params, macs, count, entry.small, entry.torchvision, entry.options)


def list_models(figures: bool = True) -> list[ModelInfo]:
    """Every model: the published networks by year, then the small CPU-friendly ones.

    The figures come from ``engine.zoo.figures`` (the engine's analysis of each model, kept
    in a table checked by the tests); ``figures=False`` leaves params/macs/layers None.
    """
    entries = sorted(_registry().entries().values(), key=lambda e: (e.small, e.year))
    if figures:
        return [_info(e.name) for e in entries]
    return [ModelInfo(e.name, e.title, e.year, e.family, e.input_shape, None, None, None,
                      e.small, e.torchvision, e.options) for e in entries]


def card(name: str):
    from engine.zoo.cards import card_for
    return card_for(_registry().entry(name))


def expand(graph, node_id: str, analysis=None):
    from engine.zoo.expansion import expand as _expand
    return _expand(graph, node_id, analysis)


def collapse(graph, block_id: str, analysis=None):
    from engine.zoo.expansion import collapse as _collapse
    return _collapse(graph, block_id, analysis)


def inner_analysis(block_type: str, params: dict, in_shape):
    """The analysis of a collapsed block's own layers for an input shape: the rows to show
    when a user opens a block node (shared and cached: read it, do not change it)."""
    from engine.zoo.blocks import inner_analysis as _inner_analysis
    return _inner_analysis(block_type, params, in_shape)


def expand_all(graph):
    """Expand every block node (one analysis) and lay the network out anew."""
    from engine.zoo.expansion import expand_all as _expand_all
    return _expand_all(graph)


def collapse_all(graph):
    """Collapse every expanded block that still matches its template; edited ones stay."""
    from engine.zoo.expansion import collapse_all as _collapse_all
    return _collapse_all(graph)


__all__ = ["DuplicateModelError", "ModelInfo", "ModelOptionError", "UnknownModelError",
           "ZooError", "card", "collapse", "collapse_all", "create", "expand", "expand_all",
           "info", "inner_analysis", "list_models", "names", "register_model"]
