"""The monitor: progress, live curves, gradient heatmap, evaluation and past runs.

``MonitorWidget.handle(event)`` takes engine training events (from ``EventBridge.event_received``
or a test) in the GUI thread; it keeps them in a ``History`` and lets each view update itself.
Per-batch work is O(1): append to buffers and mark curves dirty (the curves redraw on a timer).
"""
from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QCheckBox, QFileDialog, QHBoxLayout, QLabel, QProgressBar,
                               QMenu, QPushButton, QSizePolicy, QSlider, QTabWidget, QToolButton,
                               QVBoxLayout,
                               QWidget)

from engine.training import events as ev
from gui.training import style
from gui.training.curves import CurvesView
from gui.training.evaluation import EvaluationView
from gui.training.heatmap import GradientHeatmap
from gui.training.history import FAILED, RUNNING, STOPPED, History, write_csv
from gui.training.messages import explain_failure
from gui.training.runs import RunsView
from gui.widgets.flow_layout import FlowLayout


DEFAULT_SMOOTHING = 60  # percent: per-step losses are noisy; the trend is what a room watches


def format_duration(seconds: float) -> str:
    seconds = max(0, int(round(seconds)))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


class MonitorWidget(QWidget):
    """Everything a user watches while a run goes; ``failed(text)`` carries a translated
    error sentence (also shown in the monitor's message line)."""

    failed = Signal(str)
    finished = Signal()  # every run of the current session has ended

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("training_monitor")
        self.history = History()
        self.image_source = None
        self._started_at = 0.0
        self._total_steps = 0
        self._latest_step = 0
        self._ended_session = 0  # the session whose ending the status line reports
        self.progress = QProgressBar(self, objectName="training_progress")
        self.progress.setTextVisible(True)
        self.status = QLabel(self, objectName="training_status")
        # changing text must not re-lay out the whole panel (and repaint the plots) each time
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.message = QLabel(self, objectName="training_message")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.message.setStyleSheet("QLabel { background: #FDECEA; color: #8A1C1C; "
                                   "border: 1px solid #E57373; border-radius: 4px; padding: 6px; }")
        self.curves = CurvesView(self)
        self.heatmap = GradientHeatmap(self)
        self.evaluation = EvaluationView(self)
        self.runs_view = RunsView(self.history, self)
        self.runs_view.overlay_toggled.connect(self._on_overlay_toggled)
        self.runs_view.runs_deleted.connect(self._on_runs_deleted)
        # epoch views refresh once per burst of EpochEnded (one per run), and only when shown
        self._epoch_timer = QTimer(self, singleShot=True, interval=150)
        self._epoch_timer.timeout.connect(self._refresh_epoch_views)
        # the progress bar and status line follow at most ~5 times a second
        self._pending_batch = None
        self._status_timer = QTimer(self, singleShot=True, interval=200)
        self._status_timer.timeout.connect(self._show_progress)
        self.tabs = QTabWidget(self, objectName="monitor_tabs")
        self.tabs.addTab(self._curves_page(), "")
        self.tabs.addTab(self.heatmap, "")
        self.tabs.addTab(self.evaluation, "")
        self.tabs.addTab(self.runs_view, "")
        self.tabs.currentChanged.connect(lambda _: self._refresh_epoch_views())
        self.tabs.setDocumentMode(True)  # no frame around the pages: the curves get its pixels
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # the panel's margin is enough
        self.progress_row = QWidget(self, objectName="progress_row")
        progress_row = QHBoxLayout(self.progress_row)  # one line: a low projector needs the
        progress_row.setContentsMargins(0, 0, 0, 0)  # height for the curves
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.status, 3)
        layout.addWidget(self.progress_row)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def _curves_page(self) -> QWidget:
        page = QWidget(self, objectName="curves_page")
        self.smoothing = QSlider(Qt.Orientation.Horizontal, page, objectName="smoothing_slider")
        self.smoothing.setRange(0, 95)
        self.smoothing.valueChanged.connect(lambda v: self.curves.set_smoothing(v / 100))
        self.smoothing.setValue(DEFAULT_SMOOTHING)
        self.smoothing_label = QLabel(page)
        self.log_scale = QCheckBox(page, objectName="log_scale")
        self.log_scale.toggled.connect(self.curves.set_log_scale)
        self.export_button = QToolButton(page, objectName="export_curves")
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        self.export_png_action = menu.addAction("", lambda: self._ask_and_export("png"))
        self.export_png_action.setObjectName("export_png")
        self.export_csv_action = menu.addAction("", lambda: self._ask_and_export("csv"))
        self.export_csv_action.setObjectName("export_csv")
        self.export_button.setMenu(menu)
        self.smoothing.setMinimumWidth(120)
        options = FlowLayout()  # wraps on a narrow screen instead of widening the window
        options.addWidget(self.smoothing_label)
        options.addWidget(self.smoothing)
        options.addWidget(self.log_scale)
        options.addWidget(self.export_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(options)
        layout.addWidget(self.curves, 1)
        return page

    def retranslate(self) -> None:
        for i, text in enumerate((self.tr("Curves"), self.tr("Gradients"),
                                  self.tr("Evaluation"), self.tr("Runs"))):
            self.tabs.setTabText(i, text)
        self.smoothing_label.setText(self.tr("Smoothing"))
        self.smoothing.setAccessibleName(self.tr("Smoothing of the loss curves"))
        self.log_scale.setText(self.tr("Logarithmic loss axis"))
        self.export_button.setText(self.tr("Export"))
        self.export_png_action.setText(self.tr("Export PNG\u2026"))
        self.export_csv_action.setText(self.tr("Export CSV\u2026"))
        self.progress.setAccessibleName(self.tr("Training progress"))
        for view in (self.curves, self.heatmap, self.evaluation, self.runs_view):
            view.retranslate()
        if not self._total_steps:
            self.status.setText(self.tr("Choose the data and optimizers, then press Start."))

    def set_presentation(self, on: bool) -> None:
        font = style.plot_font(on)
        for w in (self.status, self.message, self.progress, self.tabs, self.smoothing_label,
                  self.log_scale, self.export_button):
            w.setFont(font)
        self.progress.setMinimumHeight(28 if on else 0)
        self.curves.set_presentation(on)
        self.heatmap.set_presentation(on)
        self.evaluation.set_presentation(on)

    # ------------------------------------------------------------ events
    def begin(self, settings: dict) -> None:
        """A new session is about to start (its events follow)."""
        self.history.begin(settings)
        self.curves.clear_current()
        self.message.setVisible(False)
        self._started_at = time.perf_counter()
        self._latest_step = 0
        self.progress.setValue(0)
        self.status.setText(self.tr("Preparing the data and the network\u2026"))

    def handle(self, event) -> None:
        """Route one engine event (GUI thread)."""
        if isinstance(event, ev.RunFailed) and not event.run:
            return self._session_failed(event)
        run = self.history.apply(event)
        if isinstance(event, ev.BatchEnded):
            self.curves.mark_dirty(run)
            self._pending_batch = event
            if not self._status_timer.isActive():
                self._status_timer.start()
        elif isinstance(event, ev.RunStarted):
            self._on_run_started(event)
        elif isinstance(event, ev.EpochEnded):
            self.curves.mark_dirty(run)
            self._epoch_timer.start()
        elif isinstance(event, (ev.RunFinished, ev.RunFailed)):
            if isinstance(event, ev.RunFailed):
                self.show_failure(explain_failure(event))
            self.runs_view.refresh()
            self.curves.mark_dirty(run)
            self._check_finished()
        elif isinstance(event, ev.DataProgress):
            self._data_progress(event)

    def _on_run_started(self, e: ev.RunStarted) -> None:
        self._total_steps = max(1, (e.total_epochs - e.start_epoch + 1) * e.steps_per_epoch)
        self.curves.set_step_span((e.start_epoch - 1) * e.steps_per_epoch,
                                  e.total_epochs * e.steps_per_epoch)
        self.progress.setRange(0, self._total_steps)
        self._started_at = time.perf_counter()
        from gui.i18n import class_name
        self.evaluation.class_names = tuple(class_name(n) for n in e.class_names)
        session = self.history.current
        shown = set(self.curves.shown_keys())
        for run in session.runs.values():
            self.curves.add_run(run)
            shown.add(run.key)
        self.runs_view.set_shown(shown)
        self.status.setText(self.tr("Training on {0} ({1}): {2:,} training and {3:,} validation "
                                    "images").format(e.device_name, e.precision, e.train_size,
                                                     e.val_size))
        self._refresh_epoch_views()

    def _show_progress(self) -> None:
        if self._pending_batch is not None:
            self._progress(self._pending_batch)
            self._pending_batch = None

    def _progress(self, e: ev.BatchEnded) -> None:
        started = self.history.current.started
        first = (started.start_epoch - 1) * started.steps_per_epoch if started else 0
        done = max(self._latest_step, e.global_step - first)
        self._latest_step = done
        self.progress.setValue(min(done, self._total_steps))
        elapsed = time.perf_counter() - self._started_at
        eta = elapsed / done * (self._total_steps - done) if done else 0
        total_epochs = started.total_epochs if started else e.epoch
        steps = e.steps_per_epoch or (started.steps_per_epoch if started else 0)
        self.status.setText(self.tr(
            "epoch {0}/{1} \u00b7 step {2}/{3} \u00b7 {4:,.0f} images/s \u00b7 ETA {5}").format(
                e.epoch, total_epochs, e.step, steps, e.images_per_second,
                format_duration(eta)))

    def _data_progress(self, e: ev.DataProgress) -> None:
        if e.total:
            self.progress.setRange(0, e.total)
            self.progress.setValue(e.done)
        self.status.setText(self.tr("Preparing {0}: {1}\u2026").format(e.dataset, e.stage))

    def _refresh_epoch_views(self) -> None:
        """Update the gradient or evaluation tab if it is the one showing (the other catches
        up when its tab is chosen): rebuilding a confusion matrix and an image grid per epoch
        and run would stall the event loop for hundreds of milliseconds."""
        runs = list(self.history.current.runs.values()) if self.history.current else []
        page = self.tabs.currentWidget()
        if page is self.heatmap:
            self.heatmap.set_runs(runs)
        elif page is self.evaluation:
            self.evaluation.set_runs(runs, image_source=self.image_source)

    def _session_failed(self, event: ev.RunFailed) -> None:
        session = self.history.current
        for run in (session.runs.values() if session else ()):
            if run.status == RUNNING:
                run.status, run.failure = FAILED, event
        self.show_failure(explain_failure(event))
        self.runs_view.refresh()
        self._check_finished(failed=True)

    def show_failure(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)
        self.failed.emit(text)

    def _check_finished(self, stopped: bool = False, failed: bool = False) -> None:
        session = self.history.current
        if session and not session.running and self._ended_session != session.number:
            self._ended_session = session.number
            self._status_timer.stop()
            self._show_progress()
            self.curves.redraw()
            statuses = {r.status for r in session.runs.values()}
            took = format_duration(time.perf_counter() - self._started_at)
            if failed or (statuses and statuses <= {FAILED}):
                self.progress.setRange(0, 1)
                self.progress.setValue(0)
                text = self.tr("Failed after {0}.").format(took)
            elif stopped or STOPPED in statuses:
                text = self.tr("Stopped after {0}.").format(took)
            else:
                text = self.tr("Finished after {0}.").format(took)
            self.status.setText(text)
            self.finished.emit()

    def worker_ended(self) -> None:
        """The worker thread is done: a run stopped before it began training ends here."""
        self._check_finished(stopped=True)

    # ------------------------------------------------------------ runs kept with a project
    def clear_runs(self) -> None:
        """Forget every run (another network was opened, or the runs were discarded)."""
        for key in list(self.curves.shown_keys()):
            self.curves.remove_run(key)
        self.history.clear()
        self.runs_view.set_shown([])
        self._total_steps = 0
        self.progress.setValue(0)
        self.message.setVisible(False)
        self.status.setText(self.tr("Choose the data and optimizers, then press Start."))
        self._refresh_epoch_views()

    def restore_runs(self, records) -> list:
        """Show runs kept with a project: ``(record, weights path)`` pairs. The newest session's
        curves are drawn; the others are listed in Runs, ready to overlay."""
        runs = self.history.restore(records)
        if not runs:
            return runs
        newest = max(r.session for r in runs)
        shown = [r for r in runs if r.session == newest]
        last = max((float(r.loss.x[-1]) for r in shown if len(r.loss)), default=1.0)
        self.curves.set_step_span(0, int(last))
        for run in shown:
            self.curves.add_run(run)
        self.runs_view.set_shown([r.key for r in shown])
        self.curves.redraw()
        self.status.setText(self.tr("%n run(s) kept with the project are shown; tick others "
                                    "in Runs.", None, len(runs)))
        self._refresh_epoch_views()
        return runs

    # ------------------------------------------------------------ past runs
    def _on_overlay_toggled(self, key: str, shown: bool) -> None:
        run = self.history.run(key)
        if shown and run:
            current = self.history.current
            self.curves.add_run(run, past=not (current and run.session == current.number))
        else:
            self.curves.remove_run(key)

    def _on_runs_deleted(self, keys: list) -> None:
        for key in keys:
            self.curves.remove_run(key)
        self._refresh_epoch_views()

    # ------------------------------------------------------------ export
    def shown_runs(self):
        return [r for r in self.history.runs() if r.key in self.curves.shown_keys()]

    def export_png(self, path: str) -> bool:
        self.curves.redraw()
        return self.curves.grab().save(path)

    def export_csv(self, path: str) -> int:
        return write_csv(path, self.shown_runs())

    def _ask_and_export(self, kind: str) -> None:
        filters = {"png": self.tr("PNG image (*.png)"), "csv": self.tr("CSV table (*.csv)")}
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the curves"),
                                              f"training.{kind}", filters[kind])
        if path:
            (self.export_png if kind == "png" else self.export_csv)(path)
