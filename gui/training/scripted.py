"""A scripted stand-in for ``engine.training.Trainer``: same ``run(callback)``, ``stop``,
``pause``, ``resume``, emitting real engine event records on a timetable.

GUI tests drive the monitor with it in milliseconds, and screenshots show a race without
training for minutes. Curves are deterministic from ``seed``; each optimizer learns at its own
pace so the race separates visibly.
"""
from __future__ import annotations

import threading
import time

import numpy as np

from engine.training import events as ev

PACE = {"sgd": 900.0, "momentum": 260.0, "nag": 240.0, "adagrad": 500.0, "adadelta": 700.0,
        "rmsprop": 200.0, "adam": 150.0, "adamw": 160.0}
SHAPES = ("circle", "square", "triangle", "cross", "star")


class ScriptedTrainer:
    """A ``RunControl`` (engine.training.session) without a network: no data set, no probes,
    and "weights" that are a few numbers per run, so saving and restoring runs can be shown."""

    dataset = None
    probes = None

    def __init__(self, runs=("sgd", "momentum", "adam"), epochs: int = 3,
                 steps_per_epoch: int = 40, batch_size: int = 64, step_delay: float = 0.0,
                 class_names=SHAPES, layers=("conv1", "conv2", "fc"), fail=None,
                 seed: int = 0, emit_every: int = 1):
        """``fail``: ``(global_step, RunFailed-like error)`` to fail the race at that step."""
        self.runs = tuple(runs)
        self.epochs, self.steps_per_epoch = epochs, steps_per_epoch
        self.batch_size, self.step_delay, self.emit_every = batch_size, step_delay, emit_every
        self.class_names, self.layers, self.fail = tuple(class_names), tuple(layers), fail
        self.rng = np.random.default_rng(seed)
        self._stop = threading.Event()
        self._running = threading.Event()
        self._running.set()
        self.steps_done = 0
        self.stopped_at: int | None = None
        self._weights: dict = {}

    # ------------------------------------------------------------ control (any thread)
    def stop(self) -> None:
        self._stop.set()
        self._running.set()

    def pause(self) -> None:
        self._running.clear()

    def resume(self) -> None:
        self._running.set()

    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    def best_weights(self, run: str) -> dict | None:
        return self._weights.get(run)

    def _make_weights(self) -> None:
        """A few tensors per run, made in the run's thread (never import torch in the GUI's)."""
        from gui.workers import import_torch_once
        import_torch_once()
        import torch
        n = len(self.class_names)
        self._weights = {run: {"fc.weight": torch.full((n, 4), float(self.steps_done + i)),
                               "fc.bias": torch.zeros(n)} for i, run in enumerate(self.runs)}

    def weights_metadata(self) -> dict:
        import json
        return {"classes": json.dumps(list(self.class_names))}

    # ------------------------------------------------------------ the run
    def _loss(self, run: str, step: int) -> float:
        tau = PACE.get(run.split("_")[0], 400.0)
        noise = 0.08 * self.rng.standard_normal()
        return float(max(0.02, 0.05 + 1.55 * np.exp(-step / tau) + noise * np.exp(-step / 800)))

    def run(self, callback) -> None:
        n = len(self.class_names)
        callback(ev.RunStarted(self.runs, tuple(r.split("_")[0] for r in self.runs), "cpu",
                               "CPU (scripted)", 0, "float32", self.epochs, self.steps_per_epoch,
                               self.batch_size, self.steps_per_epoch * self.batch_size,
                               10 * self.batch_size, self.class_names,
                               learning_rates=tuple(0.01 for _ in self.runs)))
        start = time.perf_counter()
        step = 0
        for epoch in range(1, self.epochs + 1):
            for s in range(1, self.steps_per_epoch + 1):
                self._running.wait()
                if self._stop.is_set():
                    return self._finish(callback, ev.FINISH_STOPPED, epoch - 1, start)
                step += 1
                if self.step_delay:
                    time.sleep(self.step_delay)
                if self.fail and step == self.fail[0]:
                    for run in self.runs:
                        callback(ev.RunFailed.from_error(run, self.fail[1]))
                    return None
                self.steps_done = step
                if step % self.emit_every == 0:
                    for run in self.runs:
                        callback(ev.BatchEnded(run, epoch, s, step, self._loss(run, step), 0.01,
                                               1000.0, self.steps_per_epoch))
            for run in self.runs:
                callback(self._epoch(run, epoch, step, n))
        return self._finish(callback, ev.FINISH_COMPLETED, self.epochs, start)

    def _finish(self, callback, reason: str, epochs: int, start: float) -> None:
        self.stopped_at = self.steps_done
        if self.steps_done:
            self._make_weights()
        for run in self.runs:
            callback(ev.RunFinished(run, reason, epochs, max(epochs, 1), 0.9, 0.2,
                                    time.perf_counter() - start))

    def _epoch(self, run: str, epoch: int, step: int, n: int) -> ev.EpochEnded:
        loss = self._loss(run, step)
        acc = float(np.clip(1.0 - loss / 1.7, 0.05, 0.995))
        per_class = np.clip(acc + 0.05 * self.rng.standard_normal(n), 0, 1)
        confusion = np.diag((100 * per_class).astype(int))
        for i in range(n):
            confusion[i, (i + 1) % n] = 100 - confusion[i, i]
        depth = len(self.layers)
        grads = {name: float(10.0 ** (-(depth - i) * 1.5 / max(epoch, 1)))
                 for i, name in enumerate(self.layers)}
        mistakes = tuple(ev.Mistake(i * 7, i % n, (i + 1) % n, 0.99 - 0.05 * i)
                         for i in range(6))
        return ev.EpochEnded(run, epoch, loss, acc, loss * 1.1, acc * 0.97, 1.0, 1000.0, 0.01,
                             ev.frozen_array(per_class), ev.frozen_array(confusion), grads,
                             mistakes, is_best=True, best_epoch=epoch)
