"""The small frozen records a training run emits to its callback.

They hold plain numbers, strings, tuples and read-only numpy copies — never live tensors — so a
GUI thread can keep them after the run moved on, and a test can build them by hand. Every event
has ``kind`` (a short snake_case name, also the ``"event"`` key of the CLI's JSON log) and
``to_json()``.

Numbering: ``epoch`` counts from 1; ``step`` counts the batches of one epoch from 1;
``global_step`` counts every batch of the run from 1. ``run`` is the run's name (the optimizer's
name in a race, e.g. ``"adam"``; two Adams with different rates become ``"adam"`` and
``"adam_2"``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, ClassVar

import numpy as np

from engine.data.progress import DataProgress  # noqa: F401  (a data event, listed here too)
from engine.records import EventRecord, frozen_array, plain

FINISH_COMPLETED = "completed"
FINISH_STOPPED = "stopped"
FINISH_EARLY_STOPPED = "early_stopped"


# the record base and numpy copies are shared with the data package (DataProgress)
TrainingEvent = EventRecord


@dataclass(frozen=True, eq=False)
class RunStarted(TrainingEvent):
    """Emitted once before the first batch. ``device_memory`` is in bytes: the GPU's memory,
    or the machine's RAM when training on the CPU (0 when unknown)."""

    kind: ClassVar[str] = "run_start"
    runs: tuple[str, ...]
    optimizers: tuple[str, ...]
    device: str  # "cpu", "cuda", "cuda:1", "mps"
    device_name: str  # "NVIDIA GeForce RTX 4090", "CPU (8 threads)"
    device_memory: int
    precision: str  # "float32", "bfloat16", "float16"
    total_epochs: int
    steps_per_epoch: int
    batch_size: int
    train_size: int
    val_size: int
    class_names: tuple[str, ...] = ()
    start_epoch: int = 1  # > 1 when resumed from a checkpoint
    loader: str = "memory"  # "memory" (tensors indexed by batch) or "stream" (DataLoader)
    learning_rates: tuple[float, ...] = ()
    compile: str = "off"  # the compiled training step in use: off, default, reduce-overhead


@dataclass(frozen=True, eq=False)
class BatchEnded(TrainingEvent):
    """Throttled: emitted every few batches (or ~20 times a second), not after every one."""

    kind: ClassVar[str] = "batch_end"
    run: str
    epoch: int
    step: int
    global_step: int
    loss: float  # mean training loss of the batches since the previous BatchEnded
    lr: float
    images_per_second: float
    steps_per_epoch: int = 0


@dataclass(frozen=True)
class Mistake:
    """A validation image the network got wrong, with how sure it was."""

    index: int  # into the validation split
    label: int
    predicted: int
    confidence: float  # softmax probability of ``predicted``

    def to_json(self) -> dict:
        return {"index": self.index, "label": self.label, "predicted": self.predicted,
                "confidence": self.confidence}


@dataclass(frozen=True, eq=False)
class EpochEnded(TrainingEvent):
    """Emitted for each run at the end of each epoch. Accuracies are fractions in [0, 1];
    ``confusion[i, j]`` counts validation images of class i predicted as j; ``grad_norms`` maps
    a layer (node id) to the L2 norm of its weight gradient, averaged over the sampled steps."""

    kind: ClassVar[str] = "epoch_end"
    run: str
    epoch: int
    train_loss: float
    train_acc: float
    val_loss: float
    val_acc: float
    seconds: float
    images_per_second: float
    lr: float = 0.0
    per_class_acc: np.ndarray = field(default_factory=lambda: frozen_array([]))
    confusion: np.ndarray = field(default_factory=lambda: frozen_array(np.zeros((0, 0), int)))
    grad_norms: dict[str, float] | None = None
    mistakes: tuple[Mistake, ...] = ()
    is_best: bool = False
    best_epoch: int = 0

    def to_json(self) -> dict:
        data = super().to_json()
        for key in ("per_class_acc", "confusion", "grad_norms", "mistakes"):
            if not data[key]:
                data.pop(key)
        return data


@dataclass(frozen=True, eq=False)
class CheckpointSaved(TrainingEvent):
    kind: ClassVar[str] = "checkpoint"
    run: str
    epoch: int
    path: str
    is_best: bool = False


@dataclass(frozen=True, eq=False)
class RunFinished(TrainingEvent):
    """A run ended without error. ``reason`` is ``completed``, ``stopped`` (the user asked)
    or ``early_stopped`` (validation stopped improving)."""

    kind: ClassVar[str] = "run_end"
    run: str
    reason: str
    epochs_completed: int
    best_epoch: int
    best_val_acc: float
    best_val_loss: float
    seconds: float


@dataclass(frozen=True, eq=False)
class _Sentence(TrainingEvent):
    """An event that says something about ``run`` ("" for every run): ``code``/``data`` name a
    template of the error catalogue (the window translates it), ``message`` is its English
    sentence (what the command line prints)."""

    run: str
    code: str
    message: str
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, eq=False)
class RunFailed(_Sentence):
    """A run stopped on an error. ``code``/``data`` come from the typed error (see
    ``engine.training.errors``); ``message`` is its one English sentence."""

    kind: ClassVar[str] = "run_failed"

    @classmethod
    def from_error(cls, run: str, error: BaseException) -> "RunFailed":
        code = getattr(error, "code", type(error).__name__)
        data = {k: plain(v) for k, v in (getattr(error, "data", None) or {}).items()}
        return cls(run, str(code), " ".join(str(error).split()), data)


@dataclass(frozen=True, eq=False)
class Notice(_Sentence):
    """Training goes on, but not quite as asked, said once: e.g. the compiled step fell back
    to the plain one."""

    kind: ClassVar[str] = "notice"

    @classmethod
    def of(cls, run: str, code: str, data: dict) -> "Notice":
        from engine.errors import message

        return cls(run, code, message(code, data) or code, {k: plain(v) for k, v in data.items()})


Callback = Callable[[TrainingEvent], Any]


class EventLog:
    """A callback that keeps every event: handy in tests and scripts.

    ``log.of(EpochEnded)`` lists the epoch events; ``log.kinds()`` their kinds in order.
    """

    def __init__(self):
        self.events: list[TrainingEvent] = []

    def __call__(self, event: TrainingEvent) -> None:
        self.events.append(event)

    def of(self, event_type: type, run: str | None = None) -> list:
        return [e for e in self.events if isinstance(e, event_type)
                and (run is None or getattr(e, "run", None) == run)]

    def kinds(self) -> list[str]:
        return [e.kind for e in self.events]
