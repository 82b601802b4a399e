"""Background work for the window, in one place: run a function off the GUI thread, get its
result (or its error) back in the GUI thread, drop results that a newer request of the same
kind has made stale, and stop everything when the window closes.

    self.jobs = Workers(self)
    self.jobs.submit("preview", lambda: load(source), self._show, self._failed)

Every ``Workers`` group is registered; ``shutdown_all()`` (the window's close) drops every
pending result and waits for the jobs still running, so no thread is left importing torch or
emitting into deleted widgets while Python shuts down.
"""
from __future__ import annotations

import threading
import weakref

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

_TORCH_IMPORT = threading.Lock()
_GROUPS: "weakref.WeakSet[Workers]" = weakref.WeakSet()


def import_torch_once() -> None:
    """Import torch under one lock: the preview, the device probe and a run may all start at
    once in different threads, and importing torch from two threads at the same time can
    deadlock on its own circular imports."""
    with _TORCH_IMPORT:
        import torch  # noqa: F401


class _Relay(QObject):
    done = Signal(object, object, object)  # job, result, error


class _Job(QRunnable):
    def __init__(self, kind: str, token: int, fn, on_done, on_error, relay: _Relay):
        super().__init__()
        self.setAutoDelete(False)  # the group keeps it until its result is handled
        self.kind, self.token, self.fn = kind, token, fn
        self.on_done, self.on_error, self.relay = on_done, on_error, relay

    def run(self) -> None:
        try:
            result, error = self.fn(), None
        except Exception as exc:  # noqa: BLE001 - handed to on_error, shown as one sentence
            result, error = None, exc
        try:
            self.relay.done.emit(self, result, error)
        except RuntimeError:  # the window is gone; nobody is waiting for this result
            pass


class Workers(QObject):
    """``submit(kind, fn, on_done, on_error)`` runs ``fn()`` in this group's thread pool; only
    the newest job of each kind delivers. ``busy`` while any job runs; ``close()`` drops what
    is pending and waits."""

    def __init__(self, parent: QObject | None = None, threads: int = 2):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self._relay = _Relay(self)
        self._relay.done.connect(self._deliver)
        self._latest: dict[str, int] = {}
        self._jobs: set[_Job] = set()
        self.closed = False
        _GROUPS.add(self)

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def submit(self, kind: str, fn, on_done=None, on_error=None) -> int:
        """Run ``fn`` off the GUI thread; returns the job's number within ``kind``."""
        if self.closed:
            return 0
        token = self._latest.get(kind, 0) + 1
        self._latest[kind] = token
        job = _Job(kind, token, fn, on_done, on_error, self._relay)
        self._jobs.add(job)
        self.pool.start(job)
        return token

    def is_latest(self, kind: str, token: int) -> bool:
        return self._latest.get(kind) == token

    @Slot(object, object, object)
    def _deliver(self, job: _Job, result, error) -> None:
        self._jobs.discard(job)
        if self.closed or not self.is_latest(job.kind, job.token):
            return  # stale: a newer request of this kind is on its way, or the window closes
        handler = job.on_error if error is not None else job.on_done
        if handler is not None:
            handler(error if error is not None else result)

    def wait(self, timeout_ms: int = 30000) -> bool:
        """Block until every job of this group has ended; True when they did in time."""
        return self.pool.waitForDone(timeout_ms)

    def close(self, timeout_ms: int = 30000) -> bool:
        """No more results are delivered; wait for the jobs still running."""
        self.closed = True
        return self.wait(timeout_ms)


def shutdown_all(timeout_ms: int = 30000) -> bool:
    """Close every group of the application (the window closes): True when all ended."""
    ended = True
    for group in list(_GROUPS):
        try:
            ended = group.close(timeout_ms) and ended
        except RuntimeError:  # its Qt side is already deleted, and its pool with it
            pass
    return ended
