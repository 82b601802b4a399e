"""Out-of-memory handling: find the largest batch size that fits, so the error can say it."""
from __future__ import annotations


def is_out_of_memory(exc: BaseException) -> bool:
    import torch

    oom = getattr(torch, "OutOfMemoryError", None) or getattr(torch.cuda, "OutOfMemoryError", ())
    if oom and isinstance(exc, oom):
        return True
    text = str(exc).lower()
    return isinstance(exc, RuntimeError) and ("out of memory" in text
                                              or "can't allocate memory" in text)


def largest_fitting_batch(try_batch, failed_at: int, release=None) -> int:
    """The largest batch size below ``failed_at`` for which ``try_batch(n)`` does not raise an
    out-of-memory error (0 when not even one image fits). Halves first, then bisects to within
    about 6 %. ``release()`` frees cached memory after each failure."""
    lo, hi = 0, int(failed_at)
    n = hi // 2
    while n >= 1:
        if _fits(try_batch, n, release):
            lo = n
            break
        hi, n = n, n // 2
    if lo == 0:
        return 0
    while hi - lo > max(1, lo // 16):
        mid = (lo + hi) // 2
        if _fits(try_batch, mid, release):
            lo = mid
        else:
            hi = mid
    return lo


def _fits(try_batch, n: int, release) -> bool:
    try:
        try_batch(n)
        return True
    except Exception as exc:  # noqa: BLE001 - only out-of-memory is an answer here
        if not is_out_of_memory(exc):
            raise
        if release:
            release()
        return False


def probe_step(run, x, y):
    """``try_batch`` for a run: forward and backward on the first n images, no update."""
    def attempt(n: int) -> None:
        with run.autocast():
            loss = run.loss_fn(run.model(x[:n]), y[:n])
        loss.backward()
        run.optimizer.zero_grad(set_to_none=True)
    return attempt
