"""One run of a race: its own copy of the model, optimizer, schedule and running sums.

The training step is the hot loop, so it is kept to what a hand-written loop does plus two
device-side accumulations (loss, correct count) that are synced only when an event is due.
With ``TrainConfig.compile`` on, full batches go through the run's compiled model
(``engine.training.compiled``); ``model`` itself is never replaced.
"""
from __future__ import annotations

import contextlib
import math

from engine.build import STOCHASTIC_MARK
from engine.training.errors import LossExplodedError



class Run:
    def __init__(self, name: str, optimizer_name: str, model, optimizer, scheduler, loss_fn,
                 device_info, hyper: dict):
        import torch

        self.name = name
        self.optimizer_name = optimizer_name
        self.model = model
        self.optimizer = optimizer
        self.scheduler = scheduler
        self.loss_fn = loss_fn
        self.hyper = hyper
        self.base_lr = float(hyper["lr"])
        dtype = device_info.autocast_dtype
        self.autocast = ((lambda: torch.autocast(device_info.kind, dtype=dtype))
                         if dtype is not None else contextlib.nullcontext)
        self.scaler = (torch.amp.GradScaler(device_info.kind)
                       if device_info.precision == "float16" and device_info.kind == "cuda"
                       else None)
        self.device_kind = device_info.kind
        self.active = True
        # a private random stream, so dropout masks match across the runs of a race
        self.rng_state = None
        self.stochastic = is_stochastic(model)
        self.best_epoch = 0
        self.best_val_acc = -1.0
        self.best_val_loss = math.inf
        self.early_best_loss = math.inf
        self.epochs_without_improvement = 0
        self.epochs_completed = 0
        self._grad_names, self._grad_params, self._grad_owner = _grad_layers(model)
        self._layer_idx = None
        # the compiled model (TrainConfig.compile) for full batches of ``compiled_batch``
        # images; None: every step runs ``model`` (see engine.training.compiled)
        self.compiled = None
        self.compiled_batch = 0
        self.cudagraphs = False
        self.notes: list = []  # (code, data) said once by the trainer (a compile that failed)
        self.reset_epoch()

    def use_compiled(self, compiled, batch_size: int, mode: str) -> None:
        """Step full batches of ``batch_size`` through ``compiled`` (``model`` stays as it is)."""
        self.compiled, self.compiled_batch = compiled, int(batch_size)
        self.cudagraphs = mode == "reduce-overhead"

    # ------------------------------------------------------------ per epoch sums
    def reset_epoch(self) -> None:
        self.window_loss, self.window_correct = [], []
        self.epoch_loss_sum = 0.0
        self.epoch_correct = 0
        self.epoch_seen = 0
        self.window_seen = 0
        self.epoch_steps = 0
        self.grad_sum = None
        self.grad_samples = 0
        self.last_window_loss = math.nan

    # ------------------------------------------------------------ the step
    def train_step(self, x, y, sample_grads: bool = False) -> None:
        if self.stochastic:
            saved = _swap_rng(self.rng_state, self.device_kind)
        if self.compiled is not None and x.shape[0] == self.compiled_batch:
            loss, out = self._compiled_backward(x, y)
        else:
            loss, out = self._backward(self.model, x, y)
        if self.scaler is not None:
            if sample_grads:
                self.scaler.unscale_(self.optimizer)
                self._sample_grads()
            self.scaler.step(self.optimizer)
            self.scaler.update()
        else:
            if sample_grads:
                self._sample_grads()
            self.optimizer.step()
        if self.scheduler is not None:
            self.scheduler.step()
        if self.stochastic:
            self.rng_state = _swap_rng(saved, self.device_kind)
        self.record(loss, out, y)

    def _backward(self, forward, x, y):
        """Forward, loss, zero the gradients, backward (scaled for float16): (loss, output)."""
        with self.autocast():
            out = forward(x)
            loss = self.loss_fn(out, y)
        self.optimizer.zero_grad(set_to_none=True)
        (loss if self.scaler is None else self.scaler.scale(loss)).backward()
        return loss, out

    def _compiled_backward(self, x, y):
        """``_backward`` through the compiled model; when compiling fails (before any optimizer
        step: torch.compile compiles the forward at its first call, the backward at the first
        backward), this run goes on uncompiled and keeps a note saying why."""
        try:
            if self.cudagraphs:
                import torch
                torch.compiler.cudagraph_mark_step_begin()
            return self._backward(self.compiled, x, y)
        except Exception as exc:  # noqa: BLE001 - a compiler's error is no reason to stop
            from engine.training.compiled import failure_note
            from engine.training.oom import is_out_of_memory
            if is_out_of_memory(exc):
                raise  # the trainer measures the batch that fits, uncompiled
            self.compiled = None
            result = self._backward(self.model, x, y)  # an error of the network itself: here
            self.notes.append(failure_note(self.name, exc))
            return result

    def record(self, loss, out, y) -> None:
        """Add one step's loss and correct count to the window (on the device, no sync)."""
        self.window_loss.append(loss.detach())
        self.window_correct.append((out.detach().argmax(1) == y).sum())
        self.window_seen += int(y.shape[0])

    def flush(self, global_step: int) -> float:
        """Sync the losses since the last flush (one transfer); raise LossExplodedError naming
        the first step whose loss was NaN or infinite. Returns the window's mean loss."""
        import torch

        if not self.window_loss:
            return self.last_window_loss
        n = len(self.window_loss)
        stacked = torch.stack([torch.stack(self.window_loss).float(),
                               torch.stack(self.window_correct).float()]).cpu()
        losses, correct = stacked[0], stacked[1]
        bad = ~torch.isfinite(losses)
        if bool(bad.any()):
            first = int(torch.nonzero(bad)[0])
            raise LossExplodedError(global_step - n + 1 + first, float(losses[first]),
                                    self.current_lr(), self.name)
        self.epoch_loss_sum += float(losses.sum())
        self.epoch_correct += int(correct.sum())
        self.epoch_seen += self.window_seen
        self.epoch_steps += n
        self.last_window_loss = float(losses.mean())
        self.window_loss, self.window_correct, self.window_seen = [], [], 0
        return self.last_window_loss

    def epoch_train_metrics(self) -> tuple[float, float]:
        """(mean training loss over the epoch's steps, training accuracy)."""
        return (self.epoch_loss_sum / max(1, self.epoch_steps),
                self.epoch_correct / max(1, self.epoch_seen))

    def current_lr(self) -> float:
        return float(self.optimizer.param_groups[0]["lr"])

    # ------------------------------------------------------------ gradient norms
    def _sample_grads(self) -> None:
        import torch

        if not self._grad_params:
            return
        sq = torch.stack([p.grad.detach().float().pow(2).sum() if p.grad is not None
                          else torch.zeros((), device=p.device) for p in self._grad_params])
        if self._layer_idx is None:
            self._layer_idx = torch.tensor(self._grad_owner, device=sq.device)
        per_layer = torch.zeros(len(self._grad_names), device=sq.device).index_add_(
            0, self._layer_idx, sq).sqrt()
        self.grad_sum = per_layer if self.grad_sum is None else self.grad_sum + per_layer
        self.grad_samples += 1

    def grad_norms(self) -> dict | None:
        """Mean L2 norm of each layer's gradient (all its parameters) over the sampled steps."""
        if self.grad_sum is None:
            return None
        values = (self.grad_sum / self.grad_samples).cpu().tolist()
        return dict(zip(self._grad_names, values))


def _grad_layers(model):
    """(layer names, parameters, owning layer index of each parameter), in model order."""
    layers, params, owner = [], [], []
    for name, module in model.named_modules():
        own = [p for p in module.parameters(recurse=False) if p.requires_grad]
        if own:
            layers.append(name or type(model).__name__)
            params.extend(own)
            owner.extend([len(layers) - 1] * len(own))
    return layers, params, owner


def _swap_rng(state, kind):
    """Install ``state`` (None: keep the current one) and return the previous state."""
    import torch

    if kind == "cuda":
        previous = torch.cuda.get_rng_state()
        if state is not None:
            torch.cuda.set_rng_state(state)
    else:
        previous = torch.get_rng_state()
        if state is not None:
            torch.set_rng_state(state)
    return previous


def is_stochastic(model) -> bool:
    """Whether training ``model`` draws random numbers: a layer whose LayerSpec says
    ``stochastic`` (marked by ``engine.build``), or any of torch's dropout modules in a module
    that did not come from a graph."""
    from torch.nn.modules.dropout import _DropoutNd

    return any(getattr(m, STOCHASTIC_MARK, False) or isinstance(m, _DropoutNd)
               for m in model.modules())
