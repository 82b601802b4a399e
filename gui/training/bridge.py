"""Engine training events -> Qt signals, and the worker thread that runs a trainer.

The trainer's callback runs in the worker thread. ``EventBridge.post`` (thread-safe) only
appends to a queue and, if no delivery is pending, schedules one queued call into the GUI
thread; that call drains every event that arrived meanwhile. So a fast trainer never floods the
event loop with one posted call per event, and every signal is emitted in the GUI thread.
"""
from __future__ import annotations

import threading
from collections import deque

from PySide6.QtCore import QObject, QThread, Qt, Signal, Slot

from engine.training import events as ev
from engine.training.session import RunControl



class EventBridge(QObject):
    """Lives in the GUI thread; re-emits engine events as signals there (queued delivery)."""

    event_received = Signal(object)  # every event, in order
    batch_ended = Signal(object)     # the batch events alone (the curves' hot path)
    _wake = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._queue: deque = deque()
        self._lock = threading.Lock()
        self._pending = False
        self.deliveries = 0  # how many drains ran (a measure of event-loop load)
        self._wake.connect(self.drain, Qt.ConnectionType.QueuedConnection)

    def post(self, event) -> None:
        """Callable from any thread: the trainer's callback."""
        with self._lock:
            self._queue.append(event)
            if self._pending:
                return
            self._pending = True
        self._wake.emit()

    __call__ = post

    @Slot()
    def drain(self) -> None:
        """Emit every queued event in the GUI thread, in arrival order."""
        with self._lock:
            events = list(self._queue)
            self._queue.clear()
            self._pending = False
        self.deliveries += 1
        for event in events:
            self.event_received.emit(event)
            if isinstance(event, ev.BatchEnded):
                self.batch_ended.emit(event)


class TrainingWorker(QThread):
    """Runs ``job.run(bridge.post)`` in its own thread (``job``: a ``RunControl``, such as an
    engine ``TrainingSession``).

    Anything the trainer raises instead of reporting becomes a ``RunFailed`` event, so the GUI
    always hears how the run ended. ``request_stop`` asks the trainer to finish its batch and end
    cleanly; ``shutdown`` also waits (closing the window).
    """

    def __init__(self, job: RunControl, bridge: EventBridge, parent: QObject | None = None):
        super().__init__(parent)
        self.job, self.bridge = job, bridge
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.job.run(self.bridge.post)
        except Exception as exc:  # reported to the user as one translated sentence
            self.error = exc
            self.bridge.post(ev.RunFailed.from_error("", exc))

    def request_stop(self) -> None:
        self.job.stop()

    def pause(self) -> None:
        self.job.pause()

    def resume(self) -> None:
        self.job.resume()

    def shutdown(self, timeout_ms: int = 30000) -> bool:
        """Ask the run to stop and wait for the thread; True when it ended in time."""
        if not self.isRunning():
            return True
        self.request_stop()
        self.resume()  # a paused run must wake up to see the stop request
        return self.wait(timeout_ms)
