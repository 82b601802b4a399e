"""The compiled training step (``TrainConfig.compile``): ``torch.compile`` of each run's model,
called by its training step and by nothing else.

``Run.model`` stays the plain ``nn.Module``: evaluation, checkpoints, saved weights, Look
inside and the state dict's names never see the compiled wrapper (no ``_orig_mod.`` prefix
anywhere). Only a full training batch goes through the compiled model; the smaller last batch
of an epoch takes the plain model, which computes the same thing (one eager step per epoch
instead of a recompile: on a 2-core CPU 8 s for LeNet-5 and 27 s for ResNet-20 with an empty
inductor cache, 0.3 s for LeNet-5 with a warm one),
and evaluation (other batch sizes) stays uncompiled too. Shapes are static
(``dynamic=False``): one graph for the batch size; dynamic shapes would spare the recompile but
made the compiled LeNet-5 step 8% slower here (25.4 vs 23.5 ms at batch 128, 1 thread).

Exact: the same losses and weights as the plain step to float rounding (inductor reorders
some sums; tests/engine/test_training_compile.py). A network with dropout draws its masks from
inductor's own random numbers, so they differ from the plain step's (still the same for every
run of a race, each from its own stream).

Where it pays (bench/gpu_suite.py section 5, ``--compile-only``): a step that is launch-bound,
small networks on CUDA, where the fused kernels and (reduce-overhead) CUDA graphs remove most
of the per-layer launches; not measured on a GPU yet. On this 2-core CPU (best of 4
alternating rounds of 100 / 20 steps at batch 128), compiled vs plain:

    ResNet-20   1 thread: 288-305 vs 199-212 images/s (1.45x faster)   2 threads: 596 vs 441
    LeNet-5     1 thread: 5.0-5.4k vs 8.0-9.0k (1.6x slower)            2 threads: 7.1k vs 10.0k

(ResNet-20 gains from batch norm, ReLU and the residual adds fused; in LeNet-5 inductor's C++
for ReLU + max pooling took 13 ms a step forward and 8 ms backward against ATen's 4.4 and
0.4 ms.) The first compile takes 13-24 s (LeNet-5) and 27-33 s (ResNet-20) with an empty
inductor cache, 1.5 s for LeNet-5 with a warm one. Mixed gains and a long first compile: the
default stays "off". A new Trainer builds a new module, which is traced again (inductor's cache
keeps that to seconds); each run of a race compiles its own.

A compile that fails (no C++ compiler, an error inside torch._dynamo or inductor) is no
traceback: that run trains uncompiled from that step on and says so once, as a ``Notice``
event (code ``compile_failed``). torch.compile is lazy, so this happens at the first step, not
at set-up, and before that step's optimizer update: the step is redone uncompiled (should the
backward fail after the compiled forward ran, batch norm has counted that batch twice).
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
                      "uncompiled instead, with the same results.",
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
