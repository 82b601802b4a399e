"""Paying PyTorch's once-per-process costs before the user presses Start.

The first ``torch.optim`` optimizer made in a process imports ``torch._dynamo`` (and sympy):
about 2.4 s here, which the first run of a session waited before its first step. The window
calls ``warm_up`` on a worker thread when the training panel opens; ``make_optimizer`` calls
it too, so the first optimizer of a process is made by one thread while any other waits (two
threads importing torch._dynamo at once can deadlock in its circular imports).
"""
from __future__ import annotations

import threading

_done = threading.Event()
_lock = threading.Lock()


def warm_up() -> None:
    """Import torch and make one optimizer (idempotent, thread-safe, a no-op when done: a
    second caller waits for the first)."""
    if _done.is_set():
        return
    with _lock:
        if _done.is_set():
            return
        import torch

        param = torch.zeros(1, requires_grad=True)
        torch.optim.SGD([param], lr=0.1)  # its first construction imports torch._dynamo
        _done.set()


def warmed_up() -> bool:
    return _done.is_set()
