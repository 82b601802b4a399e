"""The training panel: setup on the left, the monitor on the right, Start / Pause / Stop on top.

Start copies the network (``graph.copy()``) so the canvas stays editable while the snapshot
trains; the data is prepared and the trainer runs in a ``TrainingWorker`` thread; events come
back through an ``EventBridge``. Stop finishes the current batch and ends cleanly; closing the
window calls ``shutdown()``, which asks the run to stop and waits for it.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QScrollArea, QSplitter,
                               QToolButton, QVBoxLayout, QWidget)

from engine.training import events as ev
from engine.training.session import RunControl, TrainingSession
from gui.training import style
from gui.training.bridge import EventBridge, TrainingWorker
from gui.training.data_panel import data_choice
from gui.training.input_check import InputCheckBar
from gui.training.messages import explain
from gui.training.monitor import MonitorWidget
from gui.training.setup import SetupPanel
from gui.workers import import_torch_once


class WindowSession(TrainingSession):
    """The engine session as the window runs it: torch is imported under the window's lock
    (a preview or the device probe may be importing it at the same moment)."""

    def run(self, callback=None) -> dict:
        import_torch_once()
        return super().run(callback)


def make_session(graph, settings: dict, config) -> TrainingSession:
    """The engine session for the panel's settings: the Input layer is checked, not adapted
    (the panel offers the fix before Start)."""
    from engine.inspect.probes import ProbeRecorder
    data = data_choice(settings["source"], settings["train_images"], settings["val_fraction"])
    return WindowSession(graph, data, config, adapt_input=False,
                         probes=ProbeRecorder if settings.get("probes", True) else None)


def keep_run_views(run, job: RunControl, name: str) -> None:
    """An ended run keeps what its views need once the job is gone (for the project file): its
    weights after each epoch (the probes' captures) and its last epoch's mistake images."""
    probes = getattr(job, "probes", None)
    if probes is not None:
        run.epoch_weights = {c.epoch: c.weights for c in probes.captures(name)
                             if c.weights is not None}
    dataset = getattr(job, "dataset", None)
    epoch = run.last_epoch
    if epoch is not None and epoch.mistakes and dataset is not None:
        import numpy as np
        images = dataset.val.images  # copies: a view would keep the whole split alive
        run.mistake_images = [np.array(_numpy(images[m.index]), dtype=np.float32)
                              for m in epoch.mistakes]


def _numpy(image):
    return image.detach().cpu().numpy() if hasattr(image, "detach") else image


class TrainingPanel(QWidget):
    """``start()``, ``toggle_pause()``, ``stop()``; ``run_ended`` once the worker has finished.
    ``job_factory(graph, settings, config)`` makes the ``RunControl`` the worker runs (an engine
    ``TrainingSession``; tests pass a scripted trainer)."""

    run_ended = Signal()
    probes_updated = Signal(object)  # a ProbeRecorder with a new epoch captured

    def __init__(self, document=None, parent: QWidget | None = None, job_factory=None):
        super().__init__(parent)
        self.setObjectName("training_panel")
        self.document = document
        self.job_factory = job_factory or make_session
        self.worker: TrainingWorker | None = None
        self.job: RunControl | None = None
        self.bridge = EventBridge(self)
        self.setup = SetupPanel(self)
        self.monitor = MonitorWidget(self)
        self.bridge.event_received.connect(self._on_event)
        self.monitor.runs_view.save_weights_requested.connect(self._ask_and_save_weights)
        self.start_button = QPushButton(self, objectName="start_training")
        self.pause_button = QPushButton(self, objectName="pause_training")
        self.stop_button = QPushButton(self, objectName="stop_training")
        self.start_button.clicked.connect(self.start)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button.clicked.connect(self.stop)
        self.snapshot_note = QLabel(self, objectName="snapshot_note")
        self.snapshot_note.setWordWrap(True)
        self.setup_toggle = QToolButton(self, objectName="toggle_training_setup")
        self.setup_toggle.setCheckable(True)
        self.setup_toggle.setChecked(True)
        self.setup_toggle.toggled.connect(self.show_setup)
        controls = QHBoxLayout()
        for button in (self.setup_toggle, self.start_button, self.pause_button,
                       self.stop_button):
            controls.addWidget(button)
        controls.addWidget(self.snapshot_note, 1)
        self.input_check = InputCheckBar(self)
        self.input_check.variant_chosen.connect(self.setup.data.set_source)
        self.input_check.adapt_chosen.connect(self.adapt_input)
        self.scroll = scroll = QScrollArea(self, objectName="setup_scroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.setup)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(self.setup.sizeHint().width() + 24)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self.monitor)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.splitterMoved.connect(
            lambda *_: self._sync_setup_toggle())
        self.splitter.setSizes([380, 900])
        self.splitter.setChildrenCollapsible(True)  # the settings may take the curves' place
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(controls)
        layout.addWidget(self.input_check)
        layout.addWidget(self.splitter, 1)
        self.paused = False
        self.presentation = False
        if document is not None:
            document.analysis_changed.connect(self.setup.set_analysis)
            document.analysis_changed.connect(lambda _a: self.check_input())
            self.setup.set_analysis(document.analysis)
        else:
            from engine.analysis import analyze
            self.setup.set_analysis(analyze(self._graph_snapshot()))
        self.retranslate()
        self._update_buttons()
        self.setup.data.chooser.currentIndexChanged.connect(lambda _i: self.check_input())
        self.check_input()
        self.setup.probe_devices()
        self.setup.data.load_preview()

    MONITOR_MIN = 480  # below this width beside the settings, the curves are not worth showing

    def setup_width(self) -> int:
        """The settings column's width with no label or field cut (its scroll bar included)."""
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        return max(self.setup.minimumSizeHint().width(), self.setup.sizeHint().width()) + bar + 4

    def setup_covers(self) -> bool:
        """Whether the settings are shown in place of the curves (no room for both)."""
        sizes = self.splitter.sizes()
        return sizes[0] > 0 and sizes[1] == 0

    def show_setup(self, shown: bool) -> None:
        """Fold the settings column away (the curves take the width) or bring it back: beside
        the curves when both fit, else in their place (the toggle brings the curves back)."""
        if shown:
            total = max(1, self.splitter.width())
            setup = self.setup_width()
            if total >= setup + self.MONITOR_MIN:
                self.splitter.setSizes([setup, total - setup])
            else:  # a narrow panel (1280 px in presentation): a legible column, no sliver
                self.splitter.setSizes([total, 0])
        else:
            self.splitter.setSizes([0, 1])
        self._sync_setup_toggle()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        """The settings shown beside the curves are never squeezed below their width: a
        narrower panel shows them in the curves' place, a wider one beside them again."""
        super().resizeEvent(event)
        if not self.presentation:
            return  # outside presentation the column keeps its minimum width (the dock scrolls)
        sizes = self.splitter.sizes()
        if sizes[0] > 0 and event.size().width() != event.oldSize().width():
            fits = self.splitter.width() >= self.setup_width() + self.MONITOR_MIN
            if (sizes[1] == 0) == fits or (sizes[1] > 0 and sizes[0] < self.setup_width()):
                self.show_setup(True)

    def _sync_setup_toggle(self) -> None:
        shown = self.splitter.sizes()[0] > 0
        self.setup_toggle.blockSignals(True)
        self.setup_toggle.setChecked(shown)
        self.setup_toggle.blockSignals(False)
        if self.setup_covers():
            text, tip = self.tr("◂ Curves"), self.tr("Hide the training settings and show "
                                                          "the curves")
        elif shown:
            text, tip = self.tr("◂ Settings"), self.tr("Hide the training settings")
        else:
            text, tip = self.tr("Settings ▸"), self.tr("Show the training settings")
        self.setup_toggle.setText(text)
        self.setup_toggle.setToolTip(tip)
        self.setup_toggle.setAccessibleName(tip)

    def retranslate(self) -> None:
        self._sync_setup_toggle()
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
        self.input_check.retranslate()

    def set_presentation(self, on: bool) -> None:
        self.presentation = bool(on)
        font = style.plot_font(on)
        for w in (self.setup_toggle, self.start_button, self.pause_button, self.stop_button,
                  self.snapshot_note):
            w.setFont(font)
        self.monitor.set_presentation(on)
        # on a projector the room watches the curves: the setup folds away (its toggle brings
        # it back, beside the curves or in their place)
        self.scroll.setMinimumWidth(0 if on else self.setup.sizeHint().width() + 24)
        if on:
            self.show_setup(False)
        else:
            self.splitter.setSizes([380, 900])
            self._sync_setup_toggle()

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

    def check_input(self) -> bool:
        """Show the fixes when the Input layer does not take the chosen data; True if it fits."""
        data = self.setup.data
        graph = self.document.graph if self.document is not None else None
        fits = self.input_check.check(graph, data.source(), data.chooser.currentText(),
                                      data.source_name)
        self._show_progress_row()
        return fits

    def _show_progress_row(self) -> None:
        """Before Start the bar takes the progress line's place (it has nothing to show yet):
        on a 720-line projector the curves keep their height while the bar is shown."""
        self.monitor.progress_row.setVisible(self.worker is not None
                                             or self.input_check.isHidden())

    def adapt_input(self, shape: tuple) -> None:
        """Set the canvas network's Input layer to ``shape`` (one undoable step)."""
        from gui.commands import SetParamCommand
        doc = self.document
        inputs = doc.graph.input_nodes() if doc is not None else []
        if len(inputs) != 1:
            return
        stack = doc.undo_stack
        stack.beginMacro(self.tr("Set the Input layer to {0}").format(
            "\u00d7".join(map(str, shape))))
        for key, value in zip(("channels", "height", "width"), shape):
            stack.push(SetParamCommand(doc, inputs[0], key, int(value)))
        stack.endMacro()
        doc.analyze_now()

    def start(self) -> bool:
        """Start a run on a snapshot of the network; False (with a message) when it cannot."""
        if self.worker is not None:
            return False
        config = self.setup.config()
        settings = self.setup.settings()
        if not config.optimizers:
            self.monitor.show_failure(explain("no_optimizer", {}, ""))
            return False
        if not self.check_input():
            self.input_check.emphasise()  # the bar above says why (the same sentence once)
            return False
        self.job = self.job_factory(self._graph_snapshot(), settings, config)
        if self.document is not None and getattr(self.document, "weights", None):
            self.job.initial_weights = self.document.weights
        self.monitor.begin(settings)
        if self.setup_covers():
            self.show_setup(False)  # the run's curves are what to watch now
        self.worker = TrainingWorker(self.job, self.bridge, self)
        self.worker.finished.connect(self._on_worker_finished)
        self.paused = False
        self.snapshot_note.setText(self._snapshot_text())
        self._update_buttons()
        self._show_progress_row()
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
        job = self.job
        if isinstance(event, ev.RunStarted) and job is not None and job.dataset is not None:
            self.monitor.image_source = lambda i, split=job.dataset.val: split.images[i]
        if isinstance(event, ev.RunStarted) and job is not None:
            self._say_transplant(job)
        if isinstance(event, ev.DataProgress):
            self.setup.data.show_download(event.done, event.total)
        if isinstance(event, ev.EpochEnded) and job is not None and job.probes is not None:
            self.probes_updated.emit(job.probes)
        self.monitor.handle(event)
        if isinstance(event, (ev.RunFinished, ev.RunFailed)) and job is not None and event.run:
            self._keep_weights(job, event.run)

    def _say_transplant(self, job: RunControl) -> None:
        """A run from imported or pretrained weights: one line under the buttons says which
        layers kept them and which start fresh (the report the Messages dock shows)."""
        report = getattr(job, "transplant_report", lambda: None)()
        if report is None:
            return
        from gui.weights_report import report_text
        self.snapshot_note.setText(self._snapshot_text() + "\n" + report_text(report))

    def _snapshot_text(self) -> str:
        return self.tr("Training a copy of the network taken at Start; edits on the canvas "
                       "apply to the next run.")

    def _keep_weights(self, job: RunControl, name: str) -> None:
        """An ended run keeps its best weights (CPU copy) for saving and the project file."""
        session = self.monitor.history.current
        run = session.runs.get(name) if session else None
        if run is not None and run.weights is None:
            run.weights = job.best_weights(name)
            run.weights_meta = job.weights_metadata()
            keep_run_views(run, job, name)
            self.monitor.runs_view.refresh()

    def keep_runs(self) -> bool:
        """Whether saving the project also keeps its runs (the Runs tab's tick)."""
        return self.monitor.runs_view.keep_check.isChecked()

    def save_run_weights(self, key: str, path: str) -> bool:
        """Write a run's best weights to ``path``; False (with a sentence) when it cannot."""
        from gui.training.keeper import save_run_weights
        run = self.monitor.history.run(key)
        if run is None:
            return False
        try:
            written = save_run_weights(run, path)
        except (OSError, ValueError) as exc:
            self.monitor.show_failure(self.tr("Cannot write {0}: {1}; choose another folder.")
                                      .format(path, getattr(exc, "strerror", None) or exc))
            return False
        self.snapshot_note.setText(self.tr("Saved the weights of {0} to {1}.").format(
            f"#{run.session} {run.name}", written))
        return True

    def _ask_and_save_weights(self, key: str) -> None:
        from PySide6.QtWidgets import QFileDialog
        run = self.monitor.history.run(key)
        if run is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the weights"), f"{run.name}_{run.session}.safetensors",
            self.tr("Weights (*.safetensors)"))
        if path:
            self.save_run_weights(key, path if path.endswith(".safetensors")
                                  else path + ".safetensors")

    def _on_worker_finished(self) -> None:
        self.bridge.drain()  # events posted just before the thread ended
        self.monitor.worker_ended()
        self.worker.deleteLater()
        self.worker = None
        self.paused = False
        self.snapshot_note.clear()
        self._update_buttons()
        self._show_progress_row()
        self.run_ended.emit()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.shutdown()
        super().closeEvent(event)
