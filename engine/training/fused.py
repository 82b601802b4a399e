"""The fused race: the N models of an optimizer race stepped as one batched model.

On a GPU a small CNN is launch-bound: N runs stepped one after another cost N times the
kernel launches of one. Here every run's parameters and buffers live as slices of one stacked
tensor per name (``stacked[i]`` *is* run i's parameter: same storage), the forward and backward
of all runs is one ``torch.func.vmap`` over ``functional_call`` of a weightless copy of the
network, and each run's own optimizer then steps its own slices. Nothing else changes: every
run keeps its module (evaluation, checkpoints and Look inside use it as before), its optimizer,
schedule and running sums.

Exact, not approximate: it is used only where it computes what the plain path computes (no
dropout or other random layer, whose masks vmap cannot draw from each run's private stream; no
float16 loss scaling), and a test checks the losses and weights against the plain path. On the
CPU it does not pay (bench/bench_training.py: vmap 0.76-0.80x), so ``auto`` means CUDA only.
"""
from __future__ import annotations

import copy

FUSED_CHOICES = ("auto", "on", "off")


def eligible(runs, device_info) -> str:
    """'' when the runs can be fused, else the reason they cannot (for the log)."""
    if len(runs) < 2:
        return "a single run"
    if any(r.stochastic for r in runs):
        return "random layers (dropout) draw per-run masks"
    if any(r.scaler is not None for r in runs):
        return "float16 loss scaling is per run"
    return ""


def make_fused(runs, device_info, choice: str = "auto"):
    """A ``FusedRace`` over ``runs`` when ``choice`` allows it and it is exact, else None."""
    if choice == "off" or (choice == "auto" and device_info.kind != "cuda"):
        return None
    if eligible(runs, device_info):
        return None
    try:
        return FusedRace(runs)
    except Exception:  # noqa: BLE001 - a network vmap cannot batch: the plain path is exact
        return None


class FusedRace:
    def __init__(self, runs) -> None:
        import torch

        self.runs = list(runs)
        first = self.runs[0].model
        self.skeleton = copy.deepcopy(first).to("meta")
        self._modules = [list(r.model.modules()) for r in self.runs]
        self._skeleton_modules = list(self.skeleton.modules())
        self.params: dict = {}
        self.buffers: dict = {}
        self._views: dict = {}  # name -> each run's parameter (a slice of the stacked tensor)
        for name, _ in first.named_parameters():
            own = [dict(r.model.named_parameters())[name] for r in self.runs]
            stacked = torch.stack([p.detach() for p in own]).requires_grad_(own[0].requires_grad)
            for i, p in enumerate(own):
                p.data = stacked.detach()[i]
            self.params[name] = stacked
            self._views[name] = own
        for name, _ in first.named_buffers():
            own = [dict(r.model.named_buffers())[name] for r in self.runs]
            stacked = torch.stack([b.detach() for b in own])
            for i, b in enumerate(own):
                b.data = stacked[i]
            self.buffers[name] = stacked
        self._call = torch.func.vmap(self._one, in_dims=(0, 0, None, None),
                                     randomness="error")

    def _one(self, params, buffers, x, y):
        from torch.func import functional_call

        run = self.runs[0]
        out = functional_call(self.skeleton, (params, buffers), (x,))
        return run.loss_fn(out, y), out

    def step(self, x, y, sample_grads: bool = False) -> None:
        """One training step of every run, as ``Run.train_step`` would do it run by run."""
        for mine, theirs in zip(self._skeleton_modules, self._modules[0]):
            mine.training = theirs.training  # e.g. BatchNorm kept in eval in a frozen part
        try:  # whatever fails here fails before any optimizer stepped: the caller falls back
            with self.runs[0].autocast():
                losses, outs = self._call(self.params, self.buffers, x, y)
            for r in self.runs:
                r.optimizer.zero_grad(set_to_none=True)
            losses.sum().backward()
        except Exception:
            for stacked in self.params.values():
                stacked.grad = None
            raise
        for name, stacked in self.params.items():
            grad = stacked.grad
            if grad is None:
                continue
            for i, p in enumerate(self._views[name]):
                p.grad = grad[i]
            stacked.grad = None
        for i, r in enumerate(self.runs):
            if sample_grads:
                r._sample_grads()
            r.optimizer.step()
            if r.scheduler is not None:
                r.scheduler.step()
            r.record(losses[i], outs[i], y)
