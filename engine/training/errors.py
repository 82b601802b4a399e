"""Typed training errors: a ``code``, plain ``data`` and one English sentence saying what went
wrong and what to do. The GUI phrases them in its own language from ``code`` and ``data``."""
from __future__ import annotations


class TrainingError(ValueError):
    """Base of every error a training run reports to a user."""

    code = "training_error"

    def __init__(self, message: str, **data):
        super().__init__(message)
        self.data = data


class LossExplodedError(TrainingError):
    """The loss became NaN or infinite."""

    code = "loss_exploded"

    def __init__(self, step: int, loss: float, lr: float, run: str = ""):
        who = f" for {run}" if run else ""
        super().__init__(f"The loss{who} exploded (became {loss}) at step {step}; lower the "
                         f"learning rate (now {lr:g}) or add batch normalisation.",
                         step=step, loss=float(loss), lr=float(lr), run=run)


class OutOfMemoryError(TrainingError):
    """The device ran out of memory; ``largest_batch`` is the largest batch size that fits."""

    code = "out_of_memory"

    def __init__(self, device: str, batch_size: int, largest_batch: int | None):
        hint = (f"use a batch size of {largest_batch} or less" if largest_batch
                else "even one image does not fit; use a smaller network or the CPU")
        super().__init__(f"The {device} ran out of memory at batch size {batch_size}; {hint}.",
                         device=device, batch_size=batch_size, largest_batch=largest_batch)


class ConfigError(TrainingError):
    """A training setting is invalid (unknown optimizer, negative learning rate, ...)."""

    code = "bad_config"

    def __init__(self, message: str, code: str = "bad_config", **data):
        super().__init__(message, **data)
        self.code = code


class DeviceError(TrainingError):
    """The requested device is not available on this machine."""

    code = "device_unavailable"


class CheckpointError(TrainingError):
    """A checkpoint cannot be written or read."""

    code = "checkpoint_error"

    def __init__(self, message: str, code: str = "checkpoint_error", **data):
        super().__init__(message, **data)
        self.code = code
