"""The one registry of layer types. Registering a name twice fails."""
from __future__ import annotations

from engine.errors import UserError
from engine.graph.errors import UnknownLayerError
from engine.layers.spec import LayerSpec

_REGISTRY: dict[str, LayerSpec] = {}

CATEGORIES = ("Input/Output", "Convolution", "Pooling", "Normalization", "Activation",
              "Regularization", "Linear", "Merge", "Blocks")


class DuplicateLayerError(UserError, ValueError):
    pass


def register(spec: LayerSpec) -> LayerSpec:
    if spec.type in _REGISTRY:
        raise DuplicateLayerError(f"A layer type named {spec.type!r} is already registered.")
    _REGISTRY[spec.type] = spec
    return spec


def get(layer_type: str) -> LayerSpec:
    _ensure_loaded()
    try:
        return _REGISTRY[layer_type]
    except KeyError:
        raise UnknownLayerError(f"Unknown layer type {layer_type!r}.",
                                layer=layer_type) from None


def exists(layer_type: str) -> bool:
    _ensure_loaded()
    return layer_type in _REGISTRY


def all_specs() -> list[LayerSpec]:
    _ensure_loaded()
    return list(_REGISTRY.values())


_loaded = False


def _ensure_loaded() -> None:
    """Import the modules that register layers (built-ins, then composite blocks if present)."""
    global _loaded
    if _loaded:
        return
    _loaded = True
    import engine.layers.builtin  # noqa: F401
    import engine.layers.historical  # noqa: F401
    try:
        import engine.zoo.blocks  # noqa: F401  (composite blocks, when the zoo is installed)
    except ModuleNotFoundError as exc:
        if exc.name not in ("engine.zoo", "engine.zoo.blocks"):
            raise
