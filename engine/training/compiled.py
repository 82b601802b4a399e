"""The compiled training step (``TrainConfig.compile``): ``torch.compile`` of each run's model,
called by its training step and by nothing else.

``Run.model`` stays the plain ``nn.Module``: evaluation, checkpoints, saved weights, Look
inside and the state dict's names never see the compiled wrapper (no ``_orig_mod.`` prefix
anywhere). Only a full training batch goes through the compiled model; the smaller last batch
of an epoch takes the plain model, which computes the same thing (one eager step per epoch
instead of a recompile: 8 s cold, 0.3 s with inductor's cache, for LeNet-5 on a 2-core CPU),
and evaluation (other batch sizes) stays uncompiled too. Shapes are static
(``dynamic=False``): one graph for the batch size, no guards on symbolic sizes.

A compile that fails (no C++ compiler, an error inside torch._dynamo or inductor) is no
traceback: that run trains uncompiled from that step on and says so once, as a ``Notice``
event (code ``compile_failed``). torch.compile is lazy, so this happens at the first step, not
at set-up.
"""
from __future__ import annotations

from engine import errors

COMPILE_MODES = ("off", "default", "reduce-overhead")

# the backend torch.compile uses; tests set "aot_eager" (same graphs, no C++ compile) through
# this private hook so that they run in seconds
_BACKEND = "inductor"

errors.define({
    "compile_needs_cuda": "Compile mode reduce-overhead uses CUDA graphs, which need an NVIDIA "
                          "GPU; on {device} the training step is compiled with mode default "
                          "instead.",
    "compile_failed": "The training step of {run} could not be compiled ({detail}); it trains "
                      "uncompiled instead, which gives the same results more slowly.",
    "compile_not_fused": "The race is stepped as one batched model, which is not compiled; set "
                         "the fused race off to compile each run's step instead.",
})


def resolve_mode(mode: str, device_info) -> tuple[str, tuple | None]:
    """(the mode used on this device, a (code, data) note or None). reduce-overhead needs CUDA
    graphs; elsewhere it becomes default, said once in a note (not refused: a project set up on
    a GPU machine still trains on a laptop, as precision and the fused race choose per device)."""
    if mode == "reduce-overhead" and device_info.kind != "cuda":
        return "default", ("compile_needs_cuda", {"device": device_info.name})
    return mode, None


def compile_model(model, mode: str):
    """The compiled callable of ``model`` (which is left as it is) for ``mode``."""
    import torch

    if _BACKEND != "inductor":
        return torch.compile(model, backend=_BACKEND, dynamic=False)
    return torch.compile(model, mode=None if mode == "default" else mode, dynamic=False)


def failure_note(run: str, exc: BaseException) -> tuple[str, dict]:
    detail = " ".join(str(exc).split())
    first = detail.split(". ")[0][:160]  # dynamo's messages run to pages
    return "compile_failed", {"run": run, "detail": f"{type(exc).__name__}: {first}"}
