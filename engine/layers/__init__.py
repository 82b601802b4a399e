"""Layer registry: every layer type declared once (parameters, help, formula, build)."""
from engine.layers.registry import CATEGORIES, DuplicateLayerError, all_specs, exists, get, register
from engine.layers.spec import LayerInfo, LayerSpec, Param

__all__ = ["CATEGORIES", "DuplicateLayerError", "LayerInfo", "LayerSpec", "Param", "all_specs",
           "exists", "get", "register"]
