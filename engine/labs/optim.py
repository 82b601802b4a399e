"""The optimizer lab: several optimizers race down one 2-D loss surface from the same start.

Every run steps the real ``torch.optim`` class (built by the app's own
``engine.training.optimizers.make_optimizer``) on a 2-element float64 tensor, and beside it the
lecture's hand-written rule (``optim_rules``) on its own copy of the point. Each step keeps both:
the torch state (its buffers under torch's names) and the lecture's quantities, so the lab can
show the formula with the numbers next to what torch did, and how far apart the two are.

Where the two are the same algorithm (SGD, momentum; AdaDelta at lr 1; AdaGrad, RMSprop, Adam
and AdamW up to where ε sits) the paths coincide; NAG's torch parameter is the lecture's
look-ahead point w(t) - α Δ(t-1), so that is what it is compared with (``DIFFERENCES``).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from engine.labs import optim_rules
from engine.labs.errors import LabInputError
from engine.labs.surfaces import Surface, get_surface
from engine.training import optimizers as registry

DIVERGED_NORM = 1e6  # a point this far out (or a non-finite loss) ends a run

# How torch's arithmetic differs from the lecture's rule: a code (the GUI phrases it in the
# user's language) and the English sentence the CLI prints.
DIFFERENCES = {
    "sgd": ("same", "torch.optim.SGD computes exactly the lecture's rule."),
    "momentum": ("velocity", "torch keeps v = αv + g and steps w -= η v, which is the lecture's "
                 "Δ = η v: the same path while η is constant."),
    "nag": ("lookahead", "torch stores the look-ahead point w(t) - α Δ(t-1) as its parameter "
            "and steps it by -η(g + α v): the lecture's look-ahead sequence, rearranged so no "
            "second gradient is needed."),
    "adagrad": ("eps_outside", "torch divides by √G + ε, the lecture by √(G + ε)."),
    "adadelta": ("extra_lr", "torch multiplies Δw by a learning rate (default 1.0, which is "
                 "the lecture's rule, which has none)."),
    "rmsprop": ("eps_outside", "torch divides by √E[g²] + ε, the lecture by √(E[g²] + ε)."),
    "adam": ("eps_outside", "torch divides by √v̂ + ε, the lecture by √(v̂ + ε)."),
    "adamw": ("eps_outside", "torch divides by √v̂ + ε, the lecture by √(v̂ + ε); the decay "
              "λ w is decoupled from the gradient as in the lecture's AdamW line."),
}

# torch settings the lecture's formulas have no symbol for; set away from their default, the
# lecture path ignores them and the two paths part.
UNMODELLED = {"momentum": ("dampening",), "adagrad": ("lr_decay",),
              "rmsprop": ("momentum", "centered"), "adam": ("amsgrad",),
              "adamw": ("amsgrad",)}


@dataclass(frozen=True)
class OptimizerChoice:
    """One optimizer of the race: its name, learning rate (None: the surface's suggestion)
    and any other hyperparameter overrides (the app's names)."""

    name: str
    lr: float | None = None
    params: dict = field(default_factory=dict)


@dataclass(frozen=True)
class StepRecord:
    """Step t (from 1) of one run: torch's and the lecture's numbers."""

    t: int
    w: np.ndarray                 # torch's point before the step
    grad: np.ndarray              # ∂E/∂w at it, as torch's backward gave it
    state: dict                   # torch's buffers after the step, by torch's names
    w_next: np.ndarray            # torch's point after the step
    loss: float                   # E(w_next)
    lecture: optim_rules.LectureStep
    compared: np.ndarray          # the lecture's point comparable with w_next
    gap: float                    # max |compared - w_next|

    def explain(self, name: str) -> list[str]:
        return optim_rules.explain(name, self.lecture)

    def torch_line(self, torch_class: str) -> str:
        """What torch.optim did in this step: its buffers (torch's names) and the new point."""
        buffers = "".join(f", {key} = {optim_rules.num(value)}"
                          for key, value in self.state.items())
        return (f"torch.optim.{torch_class}: g = {optim_rules.num(self.grad)}{buffers} → "
                f"w = {optim_rules.num(self.w_next)}")


class OptimizerRun:
    """One optimizer stepping the torch path and the lecture path side by side."""

    def __init__(self, surface: Surface, start, choice: OptimizerChoice, label: str):
        import torch

        self.surface, self.name, self.label = surface, choice.name, label
        lr = choice.lr if choice.lr is not None else surface.suggested_lr(choice.name)
        self.hyper = registry.resolved(choice.name, lr, choice.params)
        self.spec = registry.get(choice.name)
        self._w = torch.tensor(start, dtype=torch.float64, requires_grad=True)
        self._optimizer = registry.make_optimizer(choice.name, [self._w], lr, choice.params)
        self._rule = optim_rules.RULES[choice.name]
        self._lecture_w = np.asarray(start, dtype=float)
        self._lecture_state: dict = {}
        self.points = [np.asarray(start, dtype=float)]
        self.losses = [float(surface.loss(self.points[0]))]
        self.records: list[StepRecord] = []
        self.diverged_at: int | None = None

    @property
    def unmodelled(self) -> list[str]:
        """Hyperparameters set away from their default that the lecture's rule ignores."""
        defaults = self.spec.defaults()
        return [k for k in UNMODELLED.get(self.name, ()) if self.hyper[k] != defaults[k]]

    def step(self) -> StepRecord | None:
        if self.diverged_at is not None:
            return None
        import torch

        t = len(self.records) + 1
        w = self._w.detach().numpy().copy()
        self._optimizer.zero_grad()
        self.surface.loss(self._w).backward()
        grad = self._w.grad.detach().numpy().copy()
        self._optimizer.step()
        w_next = self._w.detach().numpy().copy()
        state = {k: v.detach().numpy().copy() for k, v in self._optimizer.state[self._w].items()
                 if torch.is_tensor(v) and v.numel() == 2}
        lecture = self._rule(self._lecture_w, _gradient(self.surface), self.hyper, t,
                             self._lecture_state)
        self._lecture_w = lecture.w_next
        compared = lecture.w_next
        if self.name == "nag":
            compared = lecture.w_next - self.hyper["momentum"] * lecture.values["Δ(t)"]
        loss = float(self.surface.loss(w_next))
        record = StepRecord(t, w, grad, state, w_next, loss, lecture, compared,
                            float(np.max(np.abs(compared - w_next))))
        self.records.append(record)
        if not np.isfinite(loss) or not np.all(np.abs(w_next) < DIVERGED_NORM):
            self.diverged_at = t
            return record
        self.points.append(w_next)
        self.losses.append(loss)
        return record

    def path(self) -> np.ndarray:
        return np.asarray(self.points)


def _gradient(surface: Surface):
    """∂E/∂w at any point, by autograd in float64 (the lecture path's own evaluations)."""
    import torch

    def grad(point: np.ndarray) -> np.ndarray:
        p = torch.tensor(point, dtype=torch.float64, requires_grad=True)
        surface.loss(p).backward()
        return p.grad.numpy().copy()
    return grad


class OptimizerRace:
    """All chosen optimizers from one start on one surface, stepped together."""

    def __init__(self, surface: str | Surface, choices, start=None):
        self.surface = surface if isinstance(surface, Surface) else get_surface(surface)
        choices = [c if isinstance(c, OptimizerChoice) else OptimizerChoice(str(c))
                   for c in choices]
        if not choices:
            raise LabInputError("no_optimizer")
        self.start = _start(self.surface, start)
        labels = _labels(choices)
        self.runs = [OptimizerRun(self.surface, self.start, c, label)
                     for c, label in zip(choices, labels)]

    @property
    def steps_done(self) -> int:
        return max(len(r.records) for r in self.runs)

    def step(self, n: int = 1) -> None:
        for _ in range(n):
            for run in self.runs:
                run.step()

    def summary(self) -> list[dict]:
        """Per run: where it ended, its loss, the nearest minimum and the largest gap between
        the torch and the lecture path; JSON-safe."""
        out = []
        for run in self.runs:
            end = run.points[-1]
            nearest = min(self.surface.minima, key=lambda m: float(np.hypot(*(end - m))))
            out.append({"optimizer": run.name, "label": run.label,
                        "hyperparameters": dict(run.hyper), "steps": len(run.records),
                        "diverged_at": run.diverged_at, "final_point": [float(v) for v in end],
                        "final_loss": run.losses[-1], "nearest_minimum": list(nearest),
                        "distance_to_minimum": float(np.hypot(*(end - nearest))),
                        "max_gap_to_lecture": max((r.gap for r in run.records), default=0.0),
                        "difference": DIFFERENCES[run.name][0],
                        "unmodelled": run.unmodelled})
        return out


def run_race(surface: str, choices, steps: int, start=None) -> OptimizerRace:
    if not 1 <= int(steps) <= 100_000:
        raise LabInputError("bad_steps", value=steps)
    race = OptimizerRace(surface, choices, start)
    race.step(int(steps))
    return race


def _start(surface: Surface, start) -> tuple[float, float]:
    if start is None:
        return surface.start
    try:
        x, y = (float(v) for v in start)
    except (TypeError, ValueError):
        raise LabInputError("bad_start", value=str(start), shown=repr(start)) from None
    if not (np.isfinite(x) and np.isfinite(y)):
        raise LabInputError("bad_start", variant="not_finite", value=str(start))
    return x, y


def _labels(choices) -> list[str]:
    names = [c.name for c in choices]
    return [c.name if names.count(c.name) == 1 else f"{c.name}#{names[:i + 1].count(c.name)}"
            for i, c in enumerate(choices)]
