"""The vanishing-gradient lab (note 003): one backward pass through a deep plain network shows
how much gradient reaches each layer.

A stack of ``depth`` fully connected layers of ``width`` units with sigmoid, tanh or ReLU
(optionally batch norm before the activation, optionally residual links h + f(h)), a linear
head and cross-entropy on a small random batch with random labels. The norm of each layer's
weight gradient shows the sigmoid network's early layers getting almost nothing; the
activation histograms show why (sigmoid saturates, its slope is at most 1/4).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np

from engine.labs.errors import LabInputError

ACTIVATIONS = ("sigmoid", "tanh", "relu")
INITS = ("auto", "xavier", "he", "pytorch")  # auto: Xavier for sigmoid/tanh, He for ReLU
LIMITS = {"depth": (1, 60), "width": (2, 256), "batch": (2, 256)}
CLASSES = 10
# below this share of its largest slope an activation passes almost no gradient
FLAT_SLOPE_SHARE = 0.1


@dataclass(frozen=True)
class VanishingConfig:
    depth: int = 12
    width: int = 64
    activation: str = "sigmoid"
    batch_norm: bool = False
    residual: bool = False
    batch: int = 32
    init: str = "auto"
    seed: int = 0
    bins: int = 30

    def check(self) -> "VanishingConfig":
        if self.activation not in ACTIVATIONS:
            raise LabInputError("unknown_activation", name=self.activation,
                                choices=", ".join(ACTIVATIONS))
        if self.init not in INITS:
            raise LabInputError("unknown_init", name=self.init, choices=", ".join(INITS))
        for key, (lo, hi) in LIMITS.items():
            value = getattr(self, key)
            if not isinstance(value, (int, np.integer)) or not lo <= value <= hi:
                raise LabInputError("out_of_range", name=key, low=lo, high=hi, value=value)
        return self


@dataclass(frozen=True)
class LayerFlow:
    """What one hidden layer (1 = next to the input) saw in the pass."""

    index: int
    grad_norm: float          # ‖∂E/∂W‖ (Frobenius) of its weight matrix
    weight_norm: float        # ‖W‖
    mean: float               # of its activation outputs over the batch
    std: float
    flat_share: float         # share of units whose slope is < 10 % of the maximum (ReLU: 0)
    counts: np.ndarray        # histogram of its activation outputs
    edges: np.ndarray


@dataclass(frozen=True)
class VanishingResult:
    config: VanishingConfig
    loss: float
    layers: tuple[LayerFlow, ...]
    head_grad_norm: float

    @property
    def grad_norms(self) -> np.ndarray:
        return np.array([layer.grad_norm for layer in self.layers])

    @property
    def first_to_last(self) -> float:
        """Gradient norm of the first hidden layer over that of the last (1: none lost)."""
        last = self.layers[-1].grad_norm
        return self.layers[0].grad_norm / last if last > 0 else float("nan")

    def to_dict(self) -> dict:
        return {"config": asdict(self.config), "loss": self.loss,
                "head_grad_norm": self.head_grad_norm, "first_to_last": self.first_to_last,
                "layers": [{"layer": f.index, "grad_norm": f.grad_norm,
                            "weight_norm": f.weight_norm, "mean": f.mean, "std": f.std,
                            "flat_share": f.flat_share} for f in self.layers]}


def gradient_flow(config: VanishingConfig = VanishingConfig()) -> VanishingResult:
    """Build the network (seeded), run one forward and backward pass, measure every layer."""
    import torch

    config.check()
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(config.seed)
        layers, norms, head = _build(config)
        x = torch.randn(config.batch, config.width)
        labels = torch.randint(0, CLASSES, (config.batch,))
        outputs = []
        h = x
        for layer, norm in zip(layers, norms):
            z = layer(h)
            if norm is not None:
                z = norm(z)
            a = _ACTIVATION_FN[config.activation](z)
            outputs.append(a.detach())
            h = h + a if config.residual else a
        loss = torch.nn.functional.cross_entropy(head(h), labels)
        loss.backward()
    hi = 1.0 if config.activation == "sigmoid" else None
    top = max(float(a.max()) for a in outputs) if config.activation == "relu" else 1.0
    lo = -1.0 if config.activation == "tanh" else 0.0
    span = (lo, hi if hi is not None else max(top, 1e-6))
    flows = tuple(_flow(i + 1, layer, a.numpy().astype(float), config, span)
                  for i, (layer, a) in enumerate(zip(layers, outputs)))
    return VanishingResult(config, float(loss.detach()), flows, float(head.weight.grad.norm()))


def _build(config: VanishingConfig):
    import torch

    layers = [torch.nn.Linear(config.width, config.width) for _ in range(config.depth)]
    for layer in layers:
        _initialise(layer, config)
    norms = [torch.nn.BatchNorm1d(config.width) if config.batch_norm else None
             for _ in layers]
    head = torch.nn.Linear(config.width, CLASSES)
    return layers, norms, head


def _initialise(layer, config: VanishingConfig) -> None:
    import torch

    kind = config.init
    if kind == "auto":
        kind = "he" if config.activation == "relu" else "xavier"
    if kind == "pytorch":
        return  # Linear's own reset_parameters (uniform, ±1/√fan_in scaled by √(1/3))
    if kind == "he":
        torch.nn.init.kaiming_normal_(layer.weight, nonlinearity="relu")
    else:
        torch.nn.init.xavier_normal_(layer.weight)
    torch.nn.init.zeros_(layer.bias)


def _sigmoid(z):
    return z.sigmoid()


def _tanh(z):
    return z.tanh()


def _relu(z):
    return z.relu()


_ACTIVATION_FN = {"sigmoid": _sigmoid, "tanh": _tanh, "relu": _relu}


def slope(activation: str, a: np.ndarray) -> np.ndarray:
    """The activation's derivative written through its output: σ' = a(1-a), tanh' = 1-a²,
    ReLU' = 1 where a > 0."""
    if activation == "sigmoid":
        return a * (1 - a)
    if activation == "tanh":
        return 1 - a ** 2
    return (a > 0).astype(float)


_MAX_SLOPE = {"sigmoid": 0.25, "tanh": 1.0, "relu": 1.0}


def _flow(index: int, layer, a: np.ndarray, config: VanishingConfig, span) -> LayerFlow:
    counts, edges = np.histogram(a, bins=config.bins, range=span)
    flat = slope(config.activation, a) < FLAT_SLOPE_SHARE * _MAX_SLOPE[config.activation]
    return LayerFlow(index, float(layer.weight.grad.norm()), float(layer.weight.detach().norm()),
                     float(a.mean()), float(a.std()), float(flat.mean()), counts, edges)
