"""The one registry of layer types. Registering a name twice fails."""
from __future__ import annotations

import importlib
from contextlib import contextmanager

from engine.errors import UserError
from engine.graph_errors import UnknownLayerError
from engine.layers.spec import LayerSpec

_REGISTRY: dict[str, LayerSpec] = {}

CATEGORIES = ("Input/Output", "Convolution", "Pooling", "Normalization", "Activation",
              "Regularization", "Linear", "Merge", "Blocks")


class DuplicateLayerError(UserError, ValueError):
    code = "duplicate_layer_type"
    templates = {"duplicate_layer_type": "A layer type named {layer!r} is already registered."}


def register(spec: LayerSpec) -> LayerSpec:
    if spec.type in _REGISTRY:
        raise DuplicateLayerError("duplicate_layer_type", layer=spec.type)
    _REGISTRY[spec.type] = spec
    return spec


def get(layer_type: str) -> LayerSpec:
    _ensure_loaded()
    try:
        return _REGISTRY[layer_type]
    except KeyError:
        raise UnknownLayerError("unknown_layer_type", layer=layer_type) from None


def exists(layer_type: str) -> bool:
    _ensure_loaded()
    return layer_type in _REGISTRY


def all_specs() -> list[LayerSpec]:
    _ensure_loaded()
    return list(_REGISTRY.values())


# The modules that register layer types, imported on first use of the registry. The zoo's
# composite blocks are named here rather than imported: they are layers made of layers, built on
# the analysis and the builder, so they sit above this package. This tuple is the one place the
# registry reaches up, by name; adding a family of layers is one entry here.
CATALOGUE = ("engine.layers.builtin", "engine.layers.historical", "engine.zoo.blocks")

_loaded = False


def _ensure_loaded() -> None:
    """Import every module of CATALOGUE once, so that saved projects with any layer open."""
    global _loaded
    if _loaded:
        return
    _loaded = True
    for module in CATALOGUE:
        importlib.import_module(module)


@contextmanager
def scratch():
    """A copy of the registry for the length of a ``with`` block: layer types registered
    inside are forgotten afterwards (tests add a layer type this way)."""
    _ensure_loaded()
    saved = dict(_REGISTRY)
    try:
        yield
    finally:
        _REGISTRY.clear()
        _REGISTRY.update(saved)
