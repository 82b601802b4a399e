"""The pooling lab (issue §2): max, average and stochastic pooling (seed 000) stepped window by
window. Stochastic pooling shows p_i = a_i / sum a_k per window, draws in training mode whose
frequencies converge to p_i, and the evaluation value sum p_i a_i. Every number comes from
engine.labs.pool (PyTorch's pooling and the project's StochasticPool2d)."""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, \
    QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from engine.labs import LabInputError
from engine.labs.grids import MAX_SIZE, fmt, parse_value
from gui.labs.grid_view import GridView, Outline
from gui.labs.messages import lab_error_text
from gui.labs.stepper import StepControls

WINDOW = QColor("#1c7ed6")
WINDOW_FILL = QColor(28, 126, 214, 60)
PICKED = QColor(47, 158, 68, 140)
PRESET_TITLES = {
    "basic": QT_TRANSLATE_NOOP("PoolLab", "Seed 000: 4x4 map, 2x2 windows, stride 2"),
    "stochastic": QT_TRANSLATE_NOOP("PoolLab", "Seed 000: stochastic pooling"),
    "alexnet": QT_TRANSLATE_NOOP("PoolLab", "AlexNet: overlapping 3x3 windows, stride 2"),
}
MODE_TITLES = {"max": QT_TRANSLATE_NOOP("PoolLab", "Max pooling"),
               "avg": QT_TRANSLATE_NOOP("PoolLab", "Average pooling"),
               "stochastic": QT_TRANSLATE_NOOP("PoolLab", "Stochastic pooling")}
MANY = 100


def tr(text: str) -> str:
    return QCoreApplication.translate("PoolLab", text)


class PoolingLab(QWidget):
    def __init__(self, host=None):
        super().__init__(host)
        self.setObjectName("pool_lab")
        self.setup = None
        self.result = None
        self.samples = None        # (draws, OH, OW) values drawn in training mode
        layout = QHBoxLayout(self)
        layout.addWidget(self._build_controls())
        layout.addWidget(self._build_views(), 1)
        self.load_preset("basic")

    # ------------------------------------------------------------ assembly
    def _combo(self, name: str, titles: dict) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        for key, title in titles.items():
            combo.addItem(tr(title), key)
        return combo

    def _spin(self, name: str, low: int, high: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.valueChanged.connect(lambda _v: self._settings_changed())
        return spin

    def _build_controls(self) -> QWidget:
        box = QWidget(self)
        box.setObjectName("pool_controls")
        self.controls_box = box
        layout = QVBoxLayout(box)
        self.preset = self._combo("pool_preset", PRESET_TITLES)
        self.preset.activated.connect(lambda i: self.load_preset(self.preset.itemData(i)))
        self.mode = self._combo("pool_mode", MODE_TITLES)
        self.mode.currentIndexChanged.connect(lambda _i: self._settings_changed())
        layout.addWidget(QLabel(tr("Example"), box))
        layout.addWidget(self.preset)
        layout.addWidget(QLabel(tr("Pooling"), box))
        layout.addWidget(self.mode)
        form = QFormLayout()
        self.window_size = self._spin("pool_window", 1, MAX_SIZE)
        self.stride = self._spin("pool_stride", 1, MAX_SIZE)
        self.rows = self._spin("pool_rows", 1, MAX_SIZE)
        self.cols = self._spin("pool_cols", 1, MAX_SIZE)
        self.mode.setAccessibleName(tr("Pooling"))
        for label, widget in ((tr("Window"), self.window_size),
                              (tr("Stride"), self.stride), (tr("Input rows"), self.rows),
                              (tr("Input columns"), self.cols)):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        layout.addLayout(form)
        layout.addStretch(1)
        self._quiet = False
        return box

    def _build_views(self) -> QWidget:
        page = QWidget(self)
        grid = QGridLayout(page)
        self.views_grid = grid
        self.input_view = GridView("pool_input_view", page, editable=True)
        self.output_view = GridView("pool_output_view", page)
        for col, title in enumerate((tr("Input"), tr("Output"))):
            grid.addWidget(QLabel(f"<b>{title}</b>", page), 0, col, Qt.AlignmentFlag.AlignHCenter)
        grid.addWidget(self.input_view, 1, 0)
        grid.addWidget(self.output_view, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(1, 3)
        self.steps = StepControls("pool", page)
        self.steps.step_changed.connect(lambda _i: self._show())
        grid.addWidget(self.steps, 2, 0, 1, 2)
        self.explain = QLabel(page)
        self.explain.setObjectName("pool_explain")
        self.explain.setWordWrap(True)
        grid.addWidget(self.explain, 3, 0, 1, 2)
        grid.addWidget(self._build_stochastic(page), 4, 0, 1, 2)
        grid.setRowStretch(4, 2)
        self.message = QLabel(page)
        self.message.setObjectName("pool_message")
        self.message.setStyleSheet("color: #e03131; font-weight: bold;")
        self.message.setWordWrap(True)
        grid.addWidget(self.message, 5, 0, 1, 2)
        self.input_view.cell_edited.connect(self._cell_edited)
        self.output_view.cell_clicked.connect(self._output_clicked)
        return page

    def _build_stochastic(self, parent) -> QWidget:
        box = QGroupBox(tr("Stochastic pooling of this window"), parent)
        box.setObjectName("pool_stochastic_box")
        layout = QGridLayout(box)
        self.prob_view = GridView("pool_prob_view", box)
        self.freq_view = GridView("pool_freq_view", box)
        layout.addWidget(QLabel(tr("p_i = a_i / Σ a_k"), box), 0, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(QLabel(tr("How often each was drawn"), box), 0, 1,
                         Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.prob_view, 1, 0)
        layout.addWidget(self.freq_view, 1, 1)
        buttons = QVBoxLayout()
        self.sample_button = QPushButton(tr("Draw once (training)"), box)
        self.sample_button.setObjectName("pool_sample")
        self.sample_button.clicked.connect(lambda: self.draw(1))
        self.many_button = QPushButton(tr("Draw %1 times").replace("%1", str(MANY)), box)
        self.many_button.setObjectName("pool_sample_many")
        self.many_button.clicked.connect(lambda: self.draw(MANY))
        self.reset_button = QPushButton(tr("Forget the draws"), box)
        self.reset_button.setObjectName("pool_reset_draws")
        self.reset_button.clicked.connect(self.reset_draws)
        for button in (self.sample_button, self.many_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons, 1, 2)
        self.draw_label = QLabel(box)
        self.draw_label.setObjectName("pool_draws")
        self.draw_label.setWordWrap(True)
        layout.addWidget(self.draw_label, 2, 0, 1, 3)
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(1, 1)
        self.stochastic_box = box
        return box

    # ------------------------------------------------------------ changes
    def load_preset(self, name: str) -> None:
        from engine.labs.pool import preset
        self.preset.setCurrentIndex(max(0, self.preset.findData(name)))
        self.apply(preset(name))

    def apply(self, setup) -> bool:
        from engine.labs.pool import pool
        self.setup = setup
        self.samples = None
        try:
            self.result = pool(setup)
            self.message.clear()
        except LabInputError as exc:
            self.result = None
            self.message.setText(lab_error_text(exc))
        self._quiet = True
        self.mode.setCurrentIndex(self.mode.findData(setup.mode))
        self.window_size.setValue(setup.kernel)
        self.stride.setValue(setup.stride)
        self.rows.setValue(setup.image.shape[0])
        self.cols.setValue(setup.image.shape[1])
        self._quiet = False
        self.steps.set_count(self.result.steps if self.result else 1)
        self._show()
        return self.result is not None

    def _settings_changed(self) -> None:
        if self._quiet or self.setup is None:
            return
        image = np.zeros((self.rows.value(), self.cols.value()))
        h, w = min(image.shape[0], self.setup.image.shape[0]), \
            min(image.shape[1], self.setup.image.shape[1])
        image[:h, :w] = self.setup.image[:h, :w]
        self.apply(self.setup.with_(image=image, mode=self.mode.currentData(),
                                    kernel=self.window_size.value(), stride=self.stride.value()))

    def _cell_edited(self, _ch: int, row: int, col: int, text: str) -> None:
        try:
            value = parse_value(text)
        except LabInputError as exc:
            self.message.setText(lab_error_text(exc))
            return
        image = np.array(self.setup.image, dtype=np.float64)
        image[row, col] = value
        self.apply(self.setup.with_(image=image))

    def _output_clicked(self, _ch: int, row: int, col: int) -> None:
        if self.result is not None:
            self.steps.pause()
            self.steps.set_index(row * self.result.output.shape[1] + col)

    def draw(self, times: int) -> None:
        """Draw ``times`` samples of StochasticPool2d in training mode (every window at once)."""
        from engine.labs.pool import draw
        if self.result is None:
            return
        new = draw(self.setup.with_(mode="stochastic"), times)
        self.samples = new if self.samples is None else np.concatenate([self.samples, new])
        self._show()

    def reset_draws(self) -> None:
        self.samples = None
        self._show()

    # ------------------------------------------------------------ showing it
    def current_window(self):
        return self.result.windows[self.steps.index] if self.result else None

    def _show(self) -> None:
        self.input_view.clear_marks()
        self.output_view.clear_marks()
        self.input_view.set_values(self.setup.image)
        stochastic = self.setup.mode == "stochastic"
        self.stochastic_box.setVisible(stochastic)
        self.views_grid.setRowStretch(4, 2 if stochastic else 0)  # the grids take the room
        if self.result is None:
            self.output_view.blank = None
            self.output_view.set_values(np.zeros((1, 1)), [["?"]])
            self.explain.clear()
            return
        window = self.current_window()
        for r in window.rows:
            for c in window.cols:
                self.input_view.shades[(0, r, c)] = WINDOW_FILL
        self.input_view.outlines = [Outline(window.rows[0], window.cols[0], window.rows[-1],
                                            window.cols[-1], WINDOW)]
        if self.setup.mode == "max":
            r, c = window.argmax
            self.input_view.shades[(0, window.rows[r], window.cols[c])] = PICKED
        oh, ow = self.result.output.shape
        self.output_view.blank = np.arange(oh * ow).reshape(1, oh, ow) > window.index
        self.output_view.set_values(self.result.output)
        self.output_view.outlines = [Outline(window.row, window.col, window.row, window.col,
                                             WINDOW)]
        self.explain.setText(self.explain_html(window))
        if stochastic:
            self._show_stochastic(window)

    def explain_html(self, window) -> str:
        where = f"y<sub>{window.row + 1},{window.col + 1}</sub>"
        source = {"max": "max_pool2d", "avg": "avg_pool2d",
                  "stochastic": tr("StochasticPool2d, evaluation mode")}[self.setup.mode]
        lines = [f"{where} = {window.expression(self.setup.mode)}"]
        if self.setup.mode == "stochastic":
            lines.insert(0, tr("Evaluation: s = Σ p_i a_i"))
        lines.append(tr("PyTorch (%1): %2").replace("%1", source)
                     .replace("%2", f"<b>{fmt(window.output)}</b>"))
        return "<span style='font-size:large'>" + "<br>".join(lines) + "</span>"

    def _show_stochastic(self, window) -> None:
        from engine.labs.pool import draw_counts
        total = fmt(np.clip(window.values, 0, None).sum())
        texts = [[f"{fmt(max(v, 0))}/{total}" for v in row] for row in window.values]
        self.prob_view.set_values(window.probabilities, texts)
        if self.samples is None:
            self.freq_view.set_values(np.zeros_like(window.values),
                                      np.full(window.values.shape, "–", dtype=object))
            self.draw_label.setText(tr("No draws yet: press Draw to sample in training mode."))
            return
        values = self.samples[:, window.row, window.col]
        counts = draw_counts(window, values)
        freq = counts / len(values)
        self.freq_view.set_values(freq, [[fmt(round(v, 3)) for v in row] for row in freq])
        self.freq_view.clear_marks()
        last = values[-1]
        for (r, c), v in np.ndenumerate(window.values):
            if np.isclose(v, last):
                self.freq_view.shades[(0, r, c)] = PICKED
                self.input_view.shades[(0, window.rows[r], window.cols[c])] = PICKED
        self.draw_label.setText(
            tr("%1 draws; the last one picked %2. The frequencies approach p_i as the draws add "
               "up; evaluation uses Σ p_i a_i = %3.").replace("%1", str(len(values)))
            .replace("%2", fmt(last)).replace("%3", fmt(window.expectation)))

    # ------------------------------------------------------------ window hooks
    def resizeEvent(self, event) -> None:
        """The settings take about a quarter of the width; the grids get the rest."""
        super().resizeEvent(event)
        self.controls_box.setFixedWidth(max(260, self.width() // 4))

    def set_presentation(self, on: bool) -> None:
        for view in (self.input_view, self.output_view, self.prob_view, self.freq_view):
            view.set_preferred_cell(56 if on else 40)

    def shutdown(self) -> None:
        self.steps.shutdown()
