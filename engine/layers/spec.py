"""Layer specifications: parameters declared once, shape/cost inference, and how to build.

A ``LayerSpec`` is everything the rest of the program needs to know about a layer type: the
palette uses ``category``/``title``/``summary``, the inspector derives its editors from
``params``, the analysis calls ``infer`` and the builder calls ``build``.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Callable

from engine.graph_errors import ParameterError

Shape = tuple  # (C, H, W) or (F,), batch dimension excluded

INT, FLOAT, BOOL, CHOICE, PADDING = "int", "float", "bool", "choice", "padding"


@dataclass(frozen=True)
class Param:
    """One declared parameter of a layer (type, default, range or choices, one-line help)."""

    name: str
    kind: str
    default: Any
    help: str
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple = ()
    label: str = ""

    @property
    def display(self) -> str:
        return self.label or self.name.replace("_", " ")

    def coerce(self, value: Any, layer: str = "") -> Any:
        """Return ``value`` converted to this parameter's type, or raise ParameterError."""
        where = f"{layer}.{self.name}" if layer else self.name
        try:
            if self.kind == BOOL:
                if isinstance(value, bool):
                    return value
                if isinstance(value, (int, float)) and value in (0, 1):
                    return bool(value)
                raise TypeError
            if self.kind == CHOICE:
                if value in self.choices:
                    return value
                raise ParameterError(
                    f"{where} must be one of {', '.join(map(str, self.choices))}, not {value!r}.",
                    layer=layer, param=self.name, value=value, choices=self.choices)
            if self.kind == PADDING and value == "same":
                return "same"
            if self.kind in (INT, PADDING):
                if isinstance(value, bool) or not isinstance(value, (int, float)):
                    raise TypeError
                if isinstance(value, float) and not value.is_integer():
                    raise TypeError
                value = int(value)
            elif self.kind == FLOAT:
                if isinstance(value, bool) or not isinstance(value, (int, float)):
                    raise TypeError
                value = float(value)
                if not math.isfinite(value):
                    raise TypeError
        except TypeError:
            expected = {INT: "a whole number", FLOAT: "a number", BOOL: "true or false",
                        PADDING: "a whole number or \"same\""}.get(self.kind, self.kind)
            raise ParameterError(f"{where} must be {expected}, not {value!r}.",
                                 layer=layer, param=self.name, value=value,
                                 expected=self.kind) from None
        if self.minimum is not None and value < self.minimum:
            raise ParameterError(f"{where} must be at least {self.minimum:g}, not {value}.",
                                 layer=layer, param=self.name, value=value, minimum=self.minimum)
        if self.maximum is not None and value > self.maximum:
            raise ParameterError(f"{where} must be at most {self.maximum:g}, not {value}.",
                                 layer=layer, param=self.name, value=value, maximum=self.maximum)
        return value


@dataclass
class LayerInfo:
    """What a layer's inference returns for given input shapes and parameters."""

    shape: Shape
    weights: int = 0
    biases: int = 0
    macs: int = 0
    # receptive field step: ("window", effective_kernel, stride), ("global",) or None (unchanged)
    rf: tuple | None = None
    formulas: dict[str, str] = field(default_factory=dict)
    warnings: list = field(default_factory=list)
    # composite blocks: what their inner layers store, so totals match the expanded network
    inner_activations: int | None = None
    inner_saved: int | None = None


@dataclass(frozen=True)
class LayerSpec:
    type: str
    category: str
    title: str
    summary: str  # a short explanation with its formula
    infer: Callable[[list, dict], LayerInfo]
    params: tuple[Param, ...] = ()
    min_inputs: int = 1
    max_inputs: int | None = 1  # None: any number
    build: Callable[[dict, list], Any] | None = None  # -> nn.Module
    # emits a tensor function into a torch.fx graph: (fx_graph, input_nodes, name) -> fx node
    function: Callable | None = None
    prefix: str = ""
    composite: bool = False

    @property
    def id_prefix(self) -> str:
        return self.prefix or self.type.lower()

    def param(self, name: str) -> Param:
        for p in self.params:
            if p.name == name:
                return p
        raise ParameterError(f"{self.type} has no parameter {name!r}.", layer=self.type,
                             param=name)

    def defaults(self) -> dict:
        return {p.name: p.default for p in self.params}

    def normalise(self, params: dict | None) -> dict:
        """Fill defaults, coerce types, refuse unknown names."""
        params = dict(params or {})
        out = {}
        for p in self.params:
            out[p.name] = p.coerce(params.pop(p.name, p.default), self.type)
        if params:
            name = sorted(params)[0]
            raise ParameterError(f"{self.type} has no parameter {name!r}.", layer=self.type,
                                 param=name)
        return out

    def accepts_inputs(self, count: int) -> bool:
        return count >= self.min_inputs and (self.max_inputs is None or count <= self.max_inputs)
