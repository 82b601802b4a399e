"""Learning-rate schedules as a factor of the base rate per optimizer step, so one function
serves torch's LambdaLR, the GUI's preview curve and the tests."""
from __future__ import annotations

import math

from engine.training.config import ScheduleConfig


def lr_factor(schedule: ScheduleConfig, epochs: int, steps_per_epoch: int):
    """Return ``f(step) -> factor`` (step counts from 0); the rate at a step is base * f."""
    total = max(1, epochs * steps_per_epoch)
    warm = int(round(schedule.warmup_epochs * steps_per_epoch))
    kind = schedule.kind

    if kind == "onecycle":
        # torch's OneCycleLR (cosine annealing): from lr/25 up to lr over pct_start of the
        # run, then down to lr/(25 * 1e4)
        up_end = float(schedule.pct_start * total) - 1
        start, peak, end = 1 / 25, 1.0, 1 / (25 * 1e4)

        def onecycle(step):
            if step <= up_end:
                return _cos(start, peak, step / up_end if up_end > 0 else 1.0)
            return _cos(peak, end, min(1.0, (step - up_end) / max(1e-9, total - 1 - up_end)))
        return onecycle

    def main(step):
        if kind == "step":
            return schedule.gamma ** (step // max(1, schedule.step_epochs * steps_per_epoch))
        if kind == "cosine":
            t = min(1.0, max(0, step - warm) / max(1, total - warm))
            return _cos(1.0, schedule.min_lr_factor, t)
        return 1.0

    if warm <= 0:
        return main
    return lambda step: main(step) * min(1.0, (step + 1) / warm)


def _cos(start: float, end: float, t: float) -> float:
    return end + (start - end) * (1 + math.cos(math.pi * t)) / 2


def lr_curve(schedule: ScheduleConfig, lr: float, epochs: int, steps_per_epoch: int) -> list:
    """The learning rate at every step of a run, for previews."""
    f = lr_factor(schedule, epochs, steps_per_epoch)
    return [lr * f(s) for s in range(epochs * steps_per_epoch)]


def is_constant(schedule: ScheduleConfig) -> bool:
    return schedule.kind == "constant" and schedule.warmup_epochs <= 0
