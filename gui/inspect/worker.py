"""Engine work off the GUI thread: a job runs on the global QThreadPool and its result comes
back as a queued signal; only the latest job of each kind delivers (older ones are dropped), so
quickly changing a choice never shows a stale picture."""
from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Signals(QObject):
    finished = Signal(str, int, object)
    failed = Signal(str, int, object)


class _Job(QRunnable):
    def __init__(self, kind: str, token: int, fn, signals: _Signals):
        super().__init__()
        self.kind, self.token, self.fn, self.signals = kind, token, fn, signals

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # noqa: BLE001 - shown to the user as one sentence
            self.signals.failed.emit(self.kind, self.token, exc)
        else:
            self.signals.finished.emit(self.kind, self.token, result)


class JobRunner(QObject):
    """``submit(kind, fn, on_done, on_error)``; ``busy`` is True while any job is running."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._signals = _Signals(self)
        self._signals.finished.connect(self._done)
        self._signals.failed.connect(self._failed)
        self._latest: dict[str, int] = {}
        self._handlers: dict[str, tuple] = {}
        self._running = 0
        self.pool = QThreadPool.globalInstance()

    @property
    def busy(self) -> bool:
        return self._running > 0

    def submit(self, kind: str, fn, on_done, on_error) -> None:
        token = self._latest.get(kind, 0) + 1
        self._latest[kind] = token
        self._handlers[kind] = (on_done, on_error)
        self._running += 1
        self.pool.start(_Job(kind, token, fn, self._signals))

    @Slot(str, int, object)
    def _done(self, kind: str, token: int, result) -> None:
        self._running -= 1
        if token == self._latest.get(kind):
            self._handlers[kind][0](result)

    @Slot(str, int, object)
    def _failed(self, kind: str, token: int, exc) -> None:
        self._running -= 1
        if token == self._latest.get(kind):
            self._handlers[kind][1](exc)
