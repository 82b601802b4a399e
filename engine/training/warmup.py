"""Paying PyTorch's once-per-process costs before the user presses Start.

The first ``torch.optim`` optimizer made in a process imports ``torch._dynamo`` (and sympy):
about 2.4 s here, which the first run of a session waited before its first step. The window
calls ``warm_up`` on a worker thread when the training panel opens.
"""
from __future__ import annotations

import threading

_done = threading.Event()


def warm_up() -> None:
    """Import torch and make one optimizer (idempotent, thread-safe, a no-op when done)."""
    if _done.is_set():
        return
    import torch

    param = torch.zeros(1, requires_grad=True)
    torch.optim.SGD([param], lr=0.1)  # its first construction imports torch._dynamo
    _done.set()


def warmed_up() -> bool:
    return _done.is_set()
