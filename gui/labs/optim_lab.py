"""The optimizer lab (issue 12 §3): the app's eight optimizers race down a 2-D loss surface
from one start, animated together, with each step's lecture formula and numbers beside what
``torch.optim`` did (all computed by ``engine.labs.optim``; this widget only shows it).

Stepping is cheap (a few ms for eight runs), so a QTimer on the GUI thread drives it; the one
slow thing, the first ``torch.optim`` optimizer of the process (it imports torch._dynamo), is
warmed up on a background thread when the lab opens and awaited on shutdown.
"""
from __future__ import annotations

import threading

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QTimer
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel, QPushButton,
                               QSlider, QSpinBox, QSplitter, QTextBrowser, QWidget)

from engine.labs.optim import OptimizerChoice, OptimizerRace
from engine.labs.surfaces import SURFACES, get_surface
from gui.labs import optim_text
from gui.labs.optim_text import tr
from gui.labs.input_messages import message_for
from gui.labs.layout import controls_column, settings_and_views, stack
from gui.labs.optim_plots import LossPlot, SurfacePlot
from gui.training.optimizers import OptimizerList

TICK_MS = 40
SURFACE_TITLES = {"bowl": QT_TRANSLATE_NOOP("OptimizerLab", "Elongated quadratic bowl"),
                  "rosenbrock": QT_TRANSLATE_NOOP("OptimizerLab", "Rosenbrock valley"),
                  "saddle": QT_TRANSLATE_NOOP("OptimizerLab", "Saddle point"),
                  "beale": QT_TRANSLATE_NOOP("OptimizerLab", "Beale"),
                  "himmelblau": QT_TRANSLATE_NOOP("OptimizerLab", "Himmelblau (four minima)")}


def _warm_up_torch_optim() -> None:
    from engine.training.warmup import warm_up
    from gui.workers import import_torch_once
    import_torch_once()  # under the app's one torch-import lock
    warm_up()  # the engine's one first optimizer (the training panel's warm-up shares it)


class OptimizerLab(QWidget):
    """Controls on the left; the contour map, the loss plot and the transport on the right;
    the chosen step worked through below."""

    def __init__(self, host=None):
        super().__init__(host)
        self.setObjectName("optimizer_lab")
        self.presentation = False
        self.race: OptimizerRace | None = None
        self.start = get_surface("rosenbrock").start
        self._warm = threading.Thread(target=_warm_up_torch_optim, name="optim-lab-warm-up",
                                      daemon=True)
        self._warm.start()
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._on_tick)
        self._build()
        self.retranslate()
        self.surface_box.setCurrentIndex(list(SURFACES).index("rosenbrock"))
        self._on_surface_changed()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        self.surface_box = QComboBox(self, objectName="optim_surface")
        for name in SURFACES:
            self.surface_box.addItem("", name)
        self.surface_box.currentIndexChanged.connect(self._on_surface_changed)
        self.formula = QLabel(self, objectName="optim_formula")
        self.formula.setWordWrap(True)
        self.start_label = QLabel(self, objectName="optim_start")
        self.hint = QLabel(self, objectName="optim_hint")
        self.hint.setWordWrap(True)
        self.optimizers = OptimizerList(self, ticked=("sgd", "momentum", "adam"))
        self.optimizers.changed.connect(self._reset)
        self.steps = QSpinBox(self, objectName="optim_steps")
        self.steps.setRange(1, 5000)
        self.steps.setValue(300)
        self.speed = QSpinBox(self, objectName="optim_speed")
        self.speed.setRange(1, 50)
        self.speed.setValue(2)
        self.message = QLabel(self, objectName="optim_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #d04040;")
        self.form = QFormLayout()
        self.surface_caption, self.steps_caption, self.speed_caption = (
            QLabel(self) for _ in range(3))
        self.form.addRow(self.surface_caption, self.surface_box)
        self.form.addRow(self.formula)
        self.form.addRow(self.start_label)
        self.form.addRow(self.hint)
        self.form.addRow(self.steps_caption, self.steps)
        self.form.addRow(self.speed_caption, self.speed)
        scroll = controls_column(self, "optim_controls",
                                 [self.form, self.optimizers, self.message], 300)
        self.surface_plot = SurfacePlot(self)
        self.surface_plot.start_chosen.connect(self.set_start)
        self.loss_plot = LossPlot(self)
        self.play = QPushButton(self, objectName="optim_play")
        self.play.setCheckable(True)
        self.play.toggled.connect(self._on_play)
        self.step_button = QPushButton(self, objectName="optim_step")
        self.step_button.clicked.connect(lambda: self.advance(1))
        self.reset_button = QPushButton(self, objectName="optim_reset")
        self.reset_button.clicked.connect(self._reset)
        self.slider = QSlider(Qt.Orientation.Horizontal, self, objectName="optim_step_slider")
        self.slider.setRange(0, 0)
        self.slider.valueChanged.connect(self._show_step)
        self.step_label = QLabel(self, objectName="optim_step_label")
        transport = QHBoxLayout()
        for w in (self.play, self.step_button, self.reset_button):
            transport.addWidget(w)
        transport.addWidget(self.slider, 1)
        transport.addWidget(self.step_label)
        plots = QSplitter(Qt.Orientation.Horizontal, self)
        plots.addWidget(self.surface_plot)
        plots.addWidget(self.loss_plot)
        plots.setSizes([600, 400])
        top = stack(self, [(plots, 1), transport])
        self.rules = QTextBrowser(self, objectName="optim_rules")
        settings_and_views(self, scroll, top, self.rules, (420, 260), (330, 950))

    def retranslate(self) -> None:
        for i, name in enumerate(SURFACES):
            self.surface_box.setItemText(i, tr(SURFACE_TITLES[name]))
        self.surface_caption.setText(tr("Surface"))
        self.steps_caption.setText(tr("Steps"))
        self.speed_caption.setText(tr("Steps per frame"))
        self.surface_box.setAccessibleName(tr("Surface"))
        self.steps.setAccessibleName(tr("Steps"))
        self.speed.setAccessibleName(tr("Steps per frame"))
        self.hint.setText(tr("Click the map to choose the start."))
        self.play.setText(tr("Play"))
        self.step_button.setText(tr("Step"))
        self.reset_button.setText(tr("Reset"))
        self.slider.setAccessibleName(tr("Step shown"))
        self.optimizers.retranslate()
        for name, row in self.optimizers.rows.items():
            row.check.setText(optim_text.short_name(name))
            row.check.setToolTip(optim_text.title(name))
        self.loss_plot.set_titles(tr("Loss per step"), tr("step t"), tr("E(w) - E_min"))
        self._show_step(self.slider.value())

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------ settings
    @property
    def surface(self):
        return get_surface(self.surface_box.currentData())

    def _on_surface_changed(self) -> None:
        surface = self.surface
        self.start = surface.start
        self.formula.setText(surface.formula)
        self.surface_plot.show_surface(surface)
        for name, row in self.optimizers.rows.items():
            row.lr.blockSignals(True)
            row.lr.setValue(surface.suggested_lr(name))
            row.lr.blockSignals(False)
        self._reset()

    def set_start(self, x: float, y: float) -> None:
        self.start = (x, y)
        self._reset()

    def choices(self) -> list[OptimizerChoice]:
        return [OptimizerChoice(c.name, c.lr, dict(c.params)) for c in self.optimizers.chosen()]

    def _reset(self) -> None:
        """Back to step 0 with the current settings (the race is built at the first step)."""
        self.play.setChecked(False)
        self.race = None
        self.message.clear()
        self.start_label.setText(optim_text.start_text(*self.start))
        self.surface_plot.set_start(*self.start)
        labels = [(c.name, c.name) for c in self.choices()]  # one row per optimizer
        self.surface_plot.set_runs(labels)
        low = min(float(self.surface.loss(m)) for m in self.surface.minima)
        self.loss_plot.set_runs(labels, low)
        self.slider.setRange(0, 0)
        self._show_step(0)

    def _ensure_race(self) -> bool:
        if self.race is None:
            self.message.clear()
            try:
                self.race = OptimizerRace(self.surface, self.choices(), self.start)
            except ValueError as exc:
                self.message.setText(message_for(exc))
                return False
            self._draw()
        return True

    # ------------------------------------------------------------------ stepping
    def advance(self, n: int = 1) -> None:
        """Step every run ``n`` times (up to the step limit) and show the newest step."""
        if self._warm.is_alive():  # torch.optim still loading: never block the window on it
            self.message.setText(tr("Loading PyTorch's optimizers…"))
            if not self.play.isChecked():
                QTimer.singleShot(150, lambda: self.advance(n))
            return
        if not self._ensure_race():
            self.play.setChecked(False)
            return
        left = self.steps.value() - self.race.steps_done
        running = any(r.diverged_at is None for r in self.race.runs)
        if left <= 0 or not running:
            self.play.setChecked(False)
            return
        self.race.step(min(n, left))
        self._draw()
        self.slider.setRange(0, self.race.steps_done)
        self.slider.setValue(self.race.steps_done)

    def _draw(self) -> None:
        for run in self.race.runs:
            self.surface_plot.update_path(run.label, run.path())
            self.loss_plot.update_curve(run.label, run.losses)

    def _on_play(self, on: bool) -> None:
        self.play.setText(tr("Pause") if on else tr("Play"))
        if on:
            self.timer.start()
        else:
            self.timer.stop()

    def _on_tick(self) -> None:
        self.advance(self.speed.value())

    def _show_step(self, step: int) -> None:
        self.step_label.setText(tr("step {0}").format(step))
        self.loss_plot.mark_step(step)
        if self.race is None:
            names = [c.name for c in self.choices()]
            self.rules.setHtml("".join(
                f"<p><b>{optim_text.title(n)}</b></p><pre>{_rule(n)}</pre>" for n in names))
            return
        self.rules.setHtml("".join(optim_text.run_html(run, step) for run in self.race.runs))

    # ------------------------------------------------------------------ the shell's hooks
    def set_presentation(self, on: bool) -> None:
        self.presentation = on
        self.surface_plot.set_presentation(on)
        self.loss_plot.set_presentation(on)
        self.retranslate()
        self._reset()

    def shutdown(self) -> None:
        self.play.setChecked(False)
        self.timer.stop()
        self._warm.join(timeout=10)


def _rule(name: str) -> str:
    import html

    from engine.training.optimizers import get
    return html.escape(get(name).update_rule)
