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
                raise ParameterError("param_not_a_choice", where=where, layer=layer,
                                     param=self.name, value=value,
                                     choices=[str(c) for c in self.choices])
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
            code = {INT: "param_not_int", FLOAT: "param_not_number", BOOL: "param_not_bool",
                    PADDING: "param_not_padding"}.get(self.kind, "param_not_number")
            raise ParameterError(code, where=where, layer=layer, param=self.name, value=value,
                                 expected=self.kind) from None
        if self.minimum is not None and value < self.minimum:
            raise ParameterError("param_too_small", where=where, layer=layer, param=self.name,
                                 value=value, minimum=self.minimum)
        if self.maximum is not None and value > self.maximum:
            raise ParameterError("param_too_large", where=where, layer=layer, param=self.name,
                                 value=value, maximum=self.maximum)
        return value


@dataclass(frozen=True)
class Window:
    """How the cells of a layer's output read its input, along each (square) spatial axis.

    Cell i reads ``taps`` input rows ``dilation`` apart starting at row i * stride - padding, so
    one cell sees ``size`` = dilation * (taps - 1) + 1 rows. ``bins`` > 0 is adaptive pooling
    into that many bins (torch's bin i covers rows floor(i n / o) .. ceil((i+1) n / o) - 1);
    taps and stride then give its typical window. A composite block reports the one window its
    inner layers amount to (padding may be fractional there).
    """

    taps: int
    stride: int
    padding: float = 0
    dilation: int = 1
    bins: int = 0

    @property
    def size(self) -> int:
        return self.dilation * (self.taps - 1) + 1


# what a layer's output is, for counting memory (LayerSpec.storage)
NEW, IN_PLACE, VIEW = "new", "in_place", "view"
# the part a layer plays in a classifier's head (LayerSpec.head_role), for CAM and the scores
SOFTMAX, CLASSIFIER, FLATTEN, GLOBAL_POOL, ADAPTIVE_POOL = (
    "softmax", "classifier", "flatten", "global_pool", "adaptive_pool")


@dataclass
class LayerInfo:
    """What a layer's inference returns for given input shapes and parameters."""

    shape: Shape
    weights: int = 0
    biases: int = 0
    macs: int = 0
    # receptive-field step: a Window, ("global",) (every output sees every input) or None
    # (unchanged); the older ("window", effective_kernel, stride) is read as an unpadded Window
    rf: "Window | tuple | None" = None
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
    # -- traits: what the rest of the program needs to know about this type (no lists of
    # type names elsewhere). Memory: NEW tensor, the same values IN_PLACE (activations,
    # dropout) or a VIEW of an existing tensor (stores nothing; the Input counts as one).
    storage: str = NEW
    transparent_at_eval: bool = False  # evaluation passes values unchanged (Dropout, Identity)
    keeps_features: bool = False  # keeps a feature map's shape and meaning (ReLU, BN, Add):
    #                               Grad-CAM follows a convolution's output through it
    stochastic: bool = False      # random in training: the runs of a race share random draws
    shows_filters: bool = False   # its weights are image filters (the filter view, Grad-CAM)
    head_role: str = ""           # SOFTMAX, CLASSIFIER, FLATTEN, GLOBAL_POOL or ADAPTIVE_POOL
    short_name: str = ""          # the canvas's short name ("Conv"); default: the type
    label: Callable[[dict], str] | None = None  # the canvas title from the parameters
    glyph: str = ""               # the palette icon's text ("Cv"); default: the capitals
    # how the layer is written in an exported PyTorch source file (engine.io.export_source):
    # ``code(params, input_shapes)`` -> the constructor, e.g. "nn.Conv2d(3, 16, 3, padding=1)";
    # ``code_expr(input_names)`` -> the forward expression of a function layer ("a + b");
    # ``code_classes``: "module:Class" whose source the file must hold (our own layers);
    # ``inner(params, input_shapes)`` -> (graph, analysis) a composite block stands for
    code: Callable[[dict, list], str] | None = None
    code_expr: Callable[[list], str] | None = None
    code_classes: tuple[str, ...] = ()
    inner: Callable[[dict, list], tuple] | None = None

    @property
    def id_prefix(self) -> str:
        return self.prefix or self.type.lower()

    def param(self, name: str) -> Param:
        for p in self.params:
            if p.name == name:
                return p
        raise ParameterError("no_such_param", layer=self.type, param=name)

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
            raise ParameterError("no_such_param", layer=self.type, param=name)
        return out

    def canvas_title(self, params: dict) -> str:
        """The short name with the key parameters (``Conv 5x5/1, 6``), as the lecture writes
        layers; the short name alone when the parameters do not fit the label."""
        name = self.short_name or self.type
        if self.label is None:
            return name
        try:
            return self.label(params)
        except (KeyError, TypeError, ValueError):
            return name

    def palette_glyph(self) -> str:
        """The text of the palette icon: ``glyph``, else the type's capitals (at most 3)."""
        if self.glyph:
            return self.glyph
        capitals = "".join(c for c in self.type if c.isupper())
        return (capitals or self.type)[:3]


def constructor(cls: str, *args, defaults: dict | None = None, **kwargs) -> str:
    """Python source of a constructor call; keyword arguments equal to ``defaults`` are left
    out, as a person would write it: ``constructor("nn.Conv2d", 3, 16, 3, stride=1,
    defaults={"stride": 1})`` -> ``"nn.Conv2d(3, 16, 3)"``."""
    defaults = defaults or {}
    parts = [repr(a) for a in args]
    parts += [f"{k}={v!r}" for k, v in kwargs.items() if k not in defaults or defaults[k] != v]
    return f"{cls}({', '.join(parts)})"
