"""The Trainer: one network trained by one optimizer, or an optimizer race — every run from
identical initial weights, fed the identical batches (and augmentation) in lock-step.

``run(callback)`` blocks in the caller's thread and reports through small frozen events;
``stop()`` (finish the current batch, then end cleanly), ``pause()`` and ``resume()`` may be
called from any thread. Errors never escape ``run``: they become ``RunFailed`` events.
"""
from __future__ import annotations

import math
import threading
import time

from engine.training import checkpoints
from engine.training.config import TrainConfig
from engine.training.errors import OutOfMemoryError, TrainingError
from engine.training.events import (FINISH_COMPLETED, FINISH_EARLY_STOPPED, FINISH_STOPPED,
                                    BatchEnded, CheckpointSaved, EpochEnded, Notice,
                                    RunFailed, RunFinished, RunStarted)
from engine.training.setup import Setup, prepare


class Trainer:
    def __init__(self, network, dataset, config: TrainConfig | None = None,
                 initial_weights: dict | None = None):
        """``network``: a ``NetworkGraph`` (built with ``engine.build.build_module``) or an
        ``nn.Module`` (its current weights are every run's initial weights). ``dataset``: an
        ``engine.data.ImageDataset`` or ``StreamingDataset``. ``initial_weights``: a state dict
        (pretrained, or from an earlier training of an edited network) whose tensors that still
        fit are copied in (``engine.io.transplant``; the report is ``setup.extra["transplant"]``)."""
        self.network = network
        self.initial_weights = initial_weights
        self.dataset = dataset
        self.config = config or TrainConfig()
        self._stop = threading.Event()
        self._go = threading.Event()
        self._go.set()
        self.setup: Setup | None = None
        self.results: dict = {}  # run name -> its RunFinished / RunFailed

    # ------------------------------------------------------------ control (any thread)
    def stop(self) -> None:
        """Finish the current batch, then end every run with reason ``stopped``."""
        self._stop.set()
        self._go.set()

    def pause(self) -> None:
        self._go.clear()

    def resume(self) -> None:
        self._go.set()

    @property
    def paused(self) -> bool:
        return not self._go.is_set()

    @property
    def runs(self) -> list:
        return self.setup.runs if self.setup else []

    def models(self) -> dict:
        """Run name -> its trained ``nn.Module`` (after or during ``run``)."""
        return {r.name: r.model for r in self.runs}

    # ------------------------------------------------------------ the run
    def run(self, callback=None) -> dict:
        """Train; returns ``{run name: RunFinished or RunFailed}``."""
        emit = callback or (lambda event: None)
        try:
            self.setup = prepare(self.network, self.dataset, self.config, self.initial_weights)
        except (TrainingError, ValueError, OSError) as exc:
            return self._fail_all(emit, exc)
        except Exception as exc:  # noqa: BLE001 - e.g. out of memory while moving the model
            from engine.training.oom import is_out_of_memory
            code = "setup_out_of_memory" if is_out_of_memory(exc) else "setup_failed"
            error = TrainingError(code, detail=" ".join(str(exc).split()),
                                  error=type(exc).__name__)
            return self._fail_all(emit, error)
        s = self.setup
        emit(RunStarted(
            tuple(r.name for r in s.runs), tuple(r.optimizer_name for r in s.runs),
            s.device.device, s.device.name, s.device.memory, s.device.precision,
            self.config.epochs, len(s.train_loader), self.config.batch_size,
            s.train_size, s.val_size, tuple(self.dataset.class_names), s.start_epoch,
            s.train_loader.kind, tuple(r.base_lr for r in s.runs), s.compile))
        for code, data in s.notes:
            emit(Notice.of("", code, data))
        t_start = time.perf_counter()
        try:
            for epoch in range(s.start_epoch, self.config.epochs + 1):
                if not self._active() or self._stop.is_set():
                    break
                completed = self._train_epoch(epoch, emit)
                if not completed:
                    break
                self._end_epoch(epoch, emit, t_start)
        except Exception as exc:  # noqa: BLE001 - a run never ends in a traceback
            for r in self._active():
                self._fail(r, exc, emit)
        reason = FINISH_STOPPED if self._stop.is_set() else FINISH_COMPLETED
        for r in self._active():
            self._finish(r, reason, emit, t_start)
        return dict(self.results)

    def _train_epoch(self, epoch: int, emit) -> bool:
        """Train every active run for one epoch; False when stopped part-way."""
        s, cfg = self.setup, self.config
        steps = len(s.train_loader)
        every, min_gap = max(1, cfg.batch_event_every), cfg.batch_event_min_seconds
        grad_every = cfg.grad_norm_every
        for r in self._active():
            r.reset_epoch()
        self._epoch_t0 = last_emit = time.perf_counter()
        seen_since = 0
        for step, (x, y) in enumerate(s.train_loader.epoch(epoch), 1):
            if not self._go.is_set():
                self._go.wait()
            if self._stop.is_set():
                return False
            s.global_step += 1
            sample = bool(grad_every) and s.global_step % grad_every == 0
            active = self._active()
            if s.fused is None or len(active) < len(s.runs) or not self._fused_step(x, y,
                                                                                  sample):
                for r in active:
                    self._step(r, x, y, sample, emit)
            seen_since += int(y.shape[0])
            if step % every == 0 or step == steps:
                now = time.perf_counter()
                if now - last_emit >= min_gap or step == steps:  # losses synced only when due
                    for r in self._active():
                        self._flush(r, epoch, step, steps, emit, seen_since / max(
                            1e-9, now - last_emit))
                    last_emit, seen_since = now, 0
            if not self._active():
                return True
        return True

    def _step(self, r, x, y, sample, emit) -> None:
        try:
            r.train_step(x, y, sample)
        except Exception as exc:  # noqa: BLE001
            from engine.training.oom import is_out_of_memory
            if is_out_of_memory(exc):
                exc = self._oom_error(r, x, y)
            self._fail(r, exc, emit)
        if r.notes:  # e.g. its compiled step fell back to the plain one
            for code, data in r.notes:
                emit(Notice.of(r.name, code, data))
            r.notes.clear()

    def _fused_step(self, x, y, sample) -> bool:
        """Step every run at once; False (and run by run from now on) when the batched
        model cannot take this network, before any optimizer has stepped."""
        try:
            self.setup.fused.step(x, y, sample)
        except Exception:  # noqa: BLE001 - e.g. an op vmap cannot batch: the plain path
            self.setup.fused = None
            return False
        return True

    def _flush(self, r, epoch, step, steps, emit, ips) -> None:
        try:
            loss = r.flush(self.setup.global_step)
        except TrainingError as exc:
            self._fail(r, exc, emit)
            return
        emit(BatchEnded(r.name, epoch, step, self.setup.global_step, loss, r.current_lr(),
                        ips, steps))

    def _end_epoch(self, epoch: int, emit, t_start: float) -> None:
        """Evaluate every active run, track the best epoch, early-stop, checkpoint."""
        s, cfg = self.setup, self.config
        train_seconds = time.perf_counter() - self._epoch_t0
        for r in list(self._active()):
            result = s.evaluate(r)
            train_loss, train_acc = r.epoch_train_metrics()
            r.epochs_completed = epoch
            is_best = result.accuracy > r.best_val_acc or (
                result.accuracy == r.best_val_acc and result.loss < r.best_val_loss)
            if is_best:
                r.best_epoch, r.best_val_acc, r.best_val_loss = epoch, result.accuracy, result.loss
            improved = result.loss < r.early_best_loss - cfg.early_stopping_min_delta
            if improved:
                r.early_best_loss, r.epochs_without_improvement = result.loss, 0
            else:
                r.epochs_without_improvement += 1
            emit(EpochEnded(
                r.name, epoch, train_loss, train_acc, result.loss, result.accuracy,
                time.perf_counter() - self._epoch_t0, r.epoch_seen / max(1e-9, train_seconds),
                r.current_lr(), result.per_class_acc, result.confusion, r.grad_norms(),
                result.mistakes, is_best, r.best_epoch))
            if cfg.checkpoint_dir and (epoch % cfg.checkpoint_every == 0
                                       or epoch == cfg.epochs):
                path = checkpoints.save_run(
                    cfg.checkpoint_dir, r, epoch, s.global_step, is_best,
                    checkpoints.weights_metadata(self.dataset, cfg))
                emit(CheckpointSaved(r.name, epoch, str(path), is_best))
            if result.count and not math.isfinite(result.loss):
                self._fail(r, TrainingError("val_loss_not_finite", run=r.name, epoch=epoch),
                           emit)
            elif (cfg.early_stopping_patience
                  and r.epochs_without_improvement >= cfg.early_stopping_patience):
                self._finish(r, FINISH_EARLY_STOPPED, emit, t_start)
        if cfg.checkpoint_dir:
            checkpoints.write_index(cfg.checkpoint_dir, s.runs, epoch, cfg.to_dict())

    # ------------------------------------------------------------ endings
    def _active(self) -> list:
        return [r for r in self.setup.runs if r.active] if self.setup else []

    def _finish(self, r, reason: str, emit, t_start: float) -> None:
        r.active = False
        event = RunFinished(r.name, reason, r.epochs_completed, r.best_epoch,
                            max(0.0, r.best_val_acc), r.best_val_loss,
                            time.perf_counter() - t_start)
        self.results[r.name] = event
        emit(event)

    def _fail(self, r, exc: BaseException, emit) -> None:
        r.active = False
        if not isinstance(exc, (TrainingError, ValueError)):
            exc = TrainingError("training_failed", run=r.name, detail=" ".join(str(exc).split()),
                                error=type(exc).__name__)
        event = RunFailed.from_error(r.name, exc)
        self.results[r.name] = event
        emit(event)

    def _fail_all(self, emit, exc) -> dict:
        names = [o.label or o.name for o in self.config.optimizers] or [""]
        for name in names:
            event = RunFailed.from_error(name, exc)
            self.results[name] = event
            emit(event)
        return dict(self.results)

    def _oom_error(self, r, x, y) -> OutOfMemoryError:
        from engine.training.oom import largest_fitting_batch, probe_step

        release = None
        if self.setup.device.kind == "cuda":
            import torch
            release = torch.cuda.empty_cache
            release()
        r.optimizer.zero_grad(set_to_none=True)
        try:
            largest = largest_fitting_batch(probe_step(r, x, y), int(y.shape[0]), release)
        except Exception:  # noqa: BLE001 - the search itself may fail; say what we know
            largest = None
        return OutOfMemoryError(self.setup.device.name, int(y.shape[0]), largest)
