"""The training panel: setup on the left, the monitor on the right, Start / Pause / Stop on top.

Start copies the network (``graph.copy()``) so the canvas stays editable while the snapshot
trains; the data is prepared and the trainer runs in a ``TrainingWorker`` thread; events come
back through an ``EventBridge``. Stop finishes the current batch and ends cleanly; closing the
window calls ``shutdown()``, which asks the run to stop and waits for it.
"""
from __future__ import annotations

import threading

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QScrollArea, QSplitter,
                               QVBoxLayout, QWidget)

from engine.training import events as ev
from gui.training import style
from gui.training.bridge import EventBridge, TrainingWorker
from gui.training.data_panel import load_data
from gui.training.monitor import MonitorWidget
from gui.training.setup import SetupPanel


PROBE_IMAGES = 8


class RunJob:
    """What the worker thread runs: prepare the data (reporting progress), then train.
    Has the trainer's ``stop``/``pause``/``resume`` so the worker can treat it as one."""

    def __init__(self, graph, settings: dict, config, trainer_factory=None):
        self.graph, self.settings, self.config = graph, settings, config
        self.trainer_factory = trainer_factory
        self.trainer = None
        self.dataset = None
        self.probes = None  # a ProbeRecorder: the same validation images captured every epoch
        self._stop = threading.Event()
        self._lock = threading.Lock()

    def run(self, callback) -> None:
        name = self.settings.get("dataset", "")

        def progress(done, total):
            callback(ev.DataProgress(name, "load", int(done), int(total)))

        try:
            self.dataset = load_data(self.settings["source"], self.settings["train_images"],
                                     self.settings["val_fraction"], progress=progress)
        except Exception as exc:  # a typed data error: one sentence in the monitor
            callback(ev.RunFailed.from_error("", exc))
            return
        with self._lock:
            if self._stop.is_set():
                return
            if self.trainer_factory is None:
                from engine.training import Trainer
                self.trainer_factory = Trainer
            self.trainer = self.trainer_factory(self.graph, self.dataset, self.config)
        self.trainer.run(self._with_probes(callback))

    def _with_probes(self, callback):
        """Capture feature maps, filters and CAM of a few fixed validation images at the end of
        every epoch of every run (what ZFNet did), for the inspection panel's epoch slider."""
        split = getattr(self.dataset, "val", None)
        if not self.settings.get("probes", True) or split is None or not hasattr(
                self.trainer, "models"):
            return callback
        try:
            from engine.inspect.probes import ProbeRecorder
            images = split.images[:PROBE_IMAGES]
            self.probes = ProbeRecorder(self.graph, images.numpy() if hasattr(
                images, "numpy") else images)
        except Exception:  # noqa: BLE001 - probes are a bonus; training goes on without them
            self.probes = None
            return callback
        return self.probes.callback(self.trainer, forward=callback)

    def stop(self) -> None:
        with self._lock:
            self._stop.set()
            if self.trainer is not None:
                self.trainer.stop()

    def pause(self) -> None:
        if self.trainer is not None:
            self.trainer.pause()

    def resume(self) -> None:
        if self.trainer is not None:
            self.trainer.resume()


class TrainingPanel(QWidget):
    """``start()``, ``toggle_pause()``, ``stop()``; ``run_ended`` once the worker has finished.
    ``job_factory(graph, settings, config)`` makes what the worker runs (tests pass a scripted
    trainer)."""

    run_ended = Signal()
    probes_updated = Signal(object)  # a ProbeRecorder with a new epoch captured

    def __init__(self, document=None, parent: QWidget | None = None, job_factory=None):
        super().__init__(parent)
        self.setObjectName("training_panel")
        self.document = document
        self.job_factory = job_factory or RunJob
        self.worker: TrainingWorker | None = None
        self.job = None
        self.bridge = EventBridge(self)
        self.setup = SetupPanel(self)
        self.monitor = MonitorWidget(self)
        self.bridge.event_received.connect(self._on_event)
        self.start_button = QPushButton(self, objectName="start_training")
        self.pause_button = QPushButton(self, objectName="pause_training")
        self.stop_button = QPushButton(self, objectName="stop_training")
        self.start_button.clicked.connect(self.start)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button.clicked.connect(self.stop)
        self.snapshot_note = QLabel(self, objectName="snapshot_note")
        self.snapshot_note.setWordWrap(True)
        controls = QHBoxLayout()
        for button in (self.start_button, self.pause_button, self.stop_button):
            controls.addWidget(button)
        controls.addWidget(self.snapshot_note, 1)
        self.scroll = scroll = QScrollArea(self, objectName="setup_scroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.setup)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(self.setup.sizeHint().width() + 24)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self.monitor)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(controls)
        layout.addWidget(self.splitter, 1)
        self.paused = False
        if document is not None:
            document.analysis_changed.connect(self.setup.set_analysis)
            self.setup.set_analysis(document.analysis)
        else:
            from engine.analysis import analyze
            self.setup.set_analysis(analyze(self._graph_snapshot()))
        self.retranslate()
        self._update_buttons()
        self.setup.probe_devices()
        self.setup.data.load_preview()

    def retranslate(self) -> None:
        self.start_button.setText(self.tr("Start"))
        self.stop_button.setText(self.tr("Stop"))
        self.pause_button.setText(self.tr("Resume") if self.paused else self.tr("Pause"))
        for b in (self.start_button, self.pause_button, self.stop_button):
            b.setAccessibleName(b.text())
        self.start_button.setToolTip(self.tr("Train every ticked optimizer from the same "
                                             "starting weights on the same batches"))
        self.stop_button.setToolTip(self.tr("Finish the current batch, then end the run"))
        self.setup.retranslate()
        self.monitor.retranslate()

    def set_presentation(self, on: bool) -> None:
        font = style.plot_font(on)
        for w in (self.start_button, self.pause_button, self.stop_button, self.snapshot_note):
            w.setFont(font)
        self.monitor.set_presentation(on)
        # on a projector the room watches the curves: the setup folds away (drag it back out)
        self.scroll.setMinimumWidth(0 if on else self.setup.sizeHint().width() + 24)
        self.splitter.setSizes([0, 1] if on else [380, 900])

    @property
    def running(self) -> bool:
        return self.worker is not None and self.worker.isRunning()

    def _update_buttons(self) -> None:
        running = self.worker is not None
        self.start_button.setEnabled(not running)
        self.pause_button.setEnabled(running)
        self.stop_button.setEnabled(running)
        self.pause_button.setText(self.tr("Resume") if self.paused else self.tr("Pause"))
        self.setup.set_running(running)

    # ------------------------------------------------------------ control
    def _graph_snapshot(self):
        if self.document is not None:
            return self.document.graph.copy()
        from engine.examples import tiny_cnn
        return tiny_cnn()

    def start(self) -> bool:
        """Start a run on a snapshot of the network; False (with a message) when it cannot."""
        if self.worker is not None:
            return False
        config = self.setup.config()
        settings = self.setup.settings()
        if not config.optimizers:
            self.monitor._show_failure(self.tr("Tick at least one optimizer, then press Start."))
            return False
        self.job = self.job_factory(self._graph_snapshot(), settings, config)
        self.monitor.begin(settings)
        self.worker = TrainingWorker(self.job, self.bridge, self)
        self.worker.finished.connect(self._on_worker_finished)
        self.paused = False
        self.snapshot_note.setText(self.tr("Training a copy of the network taken at Start; "
                                           "edits on the canvas apply to the next run."))
        self._update_buttons()
        self.worker.start()
        return True

    def toggle_pause(self) -> None:
        if self.worker is None:
            return
        self.paused = not self.paused
        (self.worker.pause if self.paused else self.worker.resume)()
        self._update_buttons()

    def stop(self) -> None:
        if self.worker is not None:
            self.worker.request_stop()
            if self.paused:
                self.worker.resume()
            self.stop_button.setEnabled(False)

    def shutdown(self, timeout_ms: int = 30000) -> bool:
        """Closing the window: ask the run to stop and wait for it; True when it ended."""
        self.setup.wait_for_jobs(timeout_ms)
        if self.worker is None:
            return True
        ended = self.worker.shutdown(timeout_ms)
        self.bridge.drain()
        return ended

    def _on_event(self, event) -> None:
        if isinstance(event, ev.RunStarted) and self.job is not None:
            dataset = getattr(self.job, "dataset", None)
            if dataset is not None:
                self.monitor.image_source = lambda i, split=dataset.val: split.images[i]
        if isinstance(event, ev.DataProgress):
            self.setup.data.show_download(event.done, event.total)
        if isinstance(event, ev.EpochEnded) and getattr(self.job, "probes", None) is not None:
            self.probes_updated.emit(self.job.probes)
        self.monitor.handle(event)

    def _on_worker_finished(self) -> None:
        self.bridge.drain()  # events posted just before the thread ended
        self.worker.deleteLater()
        self.worker = None
        self.paused = False
        self.snapshot_note.clear()
        self._update_buttons()
        self.run_ended.emit()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.shutdown()
        super().closeEvent(event)
