"""Training-memory estimate: weights + gradients + optimizer state + saved activations."""
from __future__ import annotations

from dataclasses import dataclass

from engine.analysis.analyze import BYTES_PER_VALUE, Analysis
from engine.errors import UserError

# copies of the parameters each optimizer keeps (seed 000's update rules)
OPTIMIZER_STATE_COPIES = {
    "sgd": 0, "momentum": 1, "nag": 1, "adagrad": 1, "rmsprop": 1,
    "adadelta": 2, "adam": 2, "adamw": 2,
}


class UnknownOptimizerError(UserError, ValueError):
    code = "unknown_memory_optimizer"
    templates = {"unknown_memory_optimizer": "Unknown optimizer {name!r}; choose one of "
                                             "{choices}."}


@dataclass(frozen=True)
class MemoryEstimate:
    batch_size: int
    optimizer: str
    weights: int
    gradients: int
    optimizer_state: int
    activations: int

    @property
    def total(self) -> int:
        return self.weights + self.gradients + self.optimizer_state + self.activations

    def formula(self, params: int, saved: int, copies: int, trainable: int | None = None) -> str:
        trainable = params if trainable is None else trainable
        frozen = (f" ({params - trainable:,} frozen: no gradient, no optimizer state)"
                  if trainable != params else "")
        return (f"weights {params:,} * 4 B + gradients {trainable:,} * 4 B + "
                f"{copies} optimizer cop{'y' if copies == 1 else 'ies'} * {trainable:,} * 4 B + "
                f"batch {self.batch_size} * {saved:,} saved values * 4 B = {self.total:,} bytes"
                + frozen)


def training_memory(analysis: Analysis, batch_size: int, optimizer: str = "sgd"
                    ) -> tuple[MemoryEstimate, str]:
    """Return the estimate and its formula with the numbers plugged in."""
    key = optimizer.lower()
    if key not in OPTIMIZER_STATE_COPIES:
        raise UnknownOptimizerError("unknown_memory_optimizer", name=optimizer,
                                    choices=list(OPTIMIZER_STATE_COPIES))
    if batch_size < 1:
        raise ValueError("The batch size must be at least 1.")
    t = analysis.totals
    copies = OPTIMIZER_STATE_COPIES[key]
    input_values = sum(r.activation_elements for r in analysis.nodes.values()
                       if r.type == "Input")
    # frozen layers get no gradient and no optimizer state; a frozen start of the network
    # keeps no activations for the backward pass
    saved = t.saved_elements + input_values - t.unsaved_elements
    trainable = t.trainable_params
    est = MemoryEstimate(batch_size, key, t.params * BYTES_PER_VALUE,
                         trainable * BYTES_PER_VALUE, copies * trainable * BYTES_PER_VALUE,
                         batch_size * saved * BYTES_PER_VALUE)
    return est, est.formula(t.params, saved, copies, trainable)


def human_bytes(n: float) -> str:
    for unit in ("B", "KiB", "MiB", "GiB", "TiB"):
        if abs(n) < 1024 or unit == "TiB":
            return f"{n:,.0f} {unit}" if unit == "B" else f"{n:,.1f} {unit}"
        n /= 1024
    return f"{n} B"
