"""The batch-norm lab (issue 12 §6, note 001's Algorithm 1): an editable mini-batch, the four
steps of the batch normalising transform with their numbers, checked against
``torch.nn.BatchNorm1d`` in training mode, then evaluation mode with the running statistics.
All numbers come from ``engine.labs.batchnorm``; the pass runs on the thread pool (the first
one imports torch) and only the newest delivers.
"""
from __future__ import annotations

import html

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGridLayout, QHeaderView, QLabel,
                               QPushButton, QSpinBox, QTableWidget, QTableWidgetItem,
                               QTextBrowser, QWidget)

from engine.labs.batchnorm import (DEFAULT_BATCH, MAX_FEATURES, MAX_ROWS, BatchNormSteps,
                                   as_batch, batch_norm_steps, explain_evaluation,
                                   explain_training)
from engine.labs.errors import LabInputError
from gui.workers import Workers, import_torch_once
from gui.labs.input_messages import message_for
from gui.labs.layout import controls_column, settings_and_views, stack
from gui.training.optimizers import SciSpinBox

DEBOUNCE_MS = 120
BAD_CELL = QColor("#f4b6b6")
RESULT_COLUMNS = ("x_i", "x_i - μ_B", QT_TRANSLATE_NOOP("BatchNormLab", "x̂_i\n(normalised)"),
                  QT_TRANSLATE_NOOP("BatchNormLab", "y_i\n(by hand)"),
                  QT_TRANSLATE_NOOP("BatchNormLab", "BatchNorm1d\n(training)"),
                  QT_TRANSLATE_NOOP("BatchNormLab", "y_i, evaluation\n(by hand)"),
                  QT_TRANSLATE_NOOP("BatchNormLab", "BatchNorm1d\n(evaluation)"))


def tr(text: str) -> str:
    return QCoreApplication.translate("BatchNormLab", text)


def _fmt(value: float) -> str:
    return f"{float(value):.4g}"


class BatchNormLab(QWidget):
    def __init__(self, host=None):
        super().__init__(host)
        self.setObjectName("batchnorm_lab")
        self.presentation = False
        self.steps: BatchNormSteps | None = None
        self.jobs = Workers(self)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.recompute)
        self._build()
        self.set_batch(DEFAULT_BATCH, gamma=(2.0, 1.0), beta=(0.5, 0.0))
        self.retranslate()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        self.batch = QTableWidget(self, objectName="bn_batch")
        self.batch.itemChanged.connect(lambda _item: self._changed())
        self.affine = QTableWidget(2, 1, self, objectName="bn_affine")
        self.affine.itemChanged.connect(lambda _item: self._changed())
        for table in (self.batch, self.affine):
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_row = QPushButton(self, objectName="bn_add_row")
        self.remove_row = QPushButton(self, objectName="bn_remove_row")
        self.add_feature = QPushButton(self, objectName="bn_add_feature")
        self.remove_feature = QPushButton(self, objectName="bn_remove_feature")
        self.add_row.clicked.connect(lambda: self._resize(1, 0))
        self.remove_row.clicked.connect(lambda: self._resize(-1, 0))
        self.add_feature.clicked.connect(lambda: self._resize(0, 1))
        self.remove_feature.clicked.connect(lambda: self._resize(0, -1))
        buttons = QGridLayout()
        for k, b in enumerate((self.add_row, self.remove_row, self.add_feature,
                               self.remove_feature)):
            buttons.addWidget(b, k // 2, k % 2)
        self.eps = SciSpinBox(1e-5, 1e-12, 1.0, True, self)
        self.eps.setObjectName("bn_eps")
        self.momentum = SciSpinBox(0.1, 0.0, 1.0, False, self)
        self.momentum.setObjectName("bn_momentum")
        self.passes = QSpinBox(self, objectName="bn_passes")
        self.passes.setRange(1, 1000)
        self.feature = QComboBox(self, objectName="bn_feature")
        self.feature.currentIndexChanged.connect(self._show)
        for w in (self.eps, self.momentum, self.passes):
            w.valueChanged.connect(self._changed)
        self.captions = {k: QLabel(self) for k in ("batch", "affine", "eps", "momentum",
                                                     "passes", "feature")}
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # captions above: fits 1280x720
        form.addRow(self.captions["eps"], self.eps)
        form.addRow(self.captions["momentum"], self.momentum)
        form.addRow(self.captions["passes"], self.passes)
        form.addRow(self.captions["feature"], self.feature)
        self.message = QLabel(self, objectName="bn_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #d04040;")
        scroll = controls_column(self, "bn_controls", [
            self.captions["batch"], (self.batch, 3), buttons, self.captions["affine"],
            (self.affine, 1), form, self.message], 300, stretch_end=False)
        self.captions["batch"].setWordWrap(True)
        self.results = QTableWidget(0, len(RESULT_COLUMNS), self, objectName="bn_results")
        self.results.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.summary = QLabel(self, objectName="bn_summary")
        self.summary.setWordWrap(True)
        self.explain = QTextBrowser(self, objectName="bn_explain")
        top = stack(self, [(self.results, 1), self.summary])
        settings_and_views(self, scroll, top, self.explain, (260, 420), (340, 940))

    def retranslate(self) -> None:
        self.captions["batch"].setText(tr("Mini-batch (one row per example, one column per "
                                          "feature)"))
        self.captions["affine"].setText(tr("Learned scale γ and shift β"))
        self.captions["eps"].setText(tr("ε"))
        self.captions["momentum"].setText(tr("Momentum of the running statistics"))
        self.captions["passes"].setText(tr("Training passes before evaluation"))
        self.captions["feature"].setText(tr("Feature worked through"))
        self.add_row.setText(tr("+ example"))
        self.remove_row.setText(tr("- example"))
        self.add_feature.setText(tr("+ feature"))
        self.remove_feature.setText(tr("- feature"))
        self.affine.setVerticalHeaderLabels(["γ", "β"])
        self.results.setHorizontalHeaderLabels([tr(text) for text in RESULT_COLUMNS])
        self._headers()
        self._show()

    def _headers(self) -> None:
        d = self.batch.columnCount()
        names = [tr("feature {0}").format(j + 1) for j in range(d)]
        self.batch.setHorizontalHeaderLabels(names)
        self.affine.setHorizontalHeaderLabels(names)
        current = max(self.feature.currentIndex(), 0)
        self.feature.blockSignals(True)
        self.feature.clear()
        self.feature.addItems(names)
        self.feature.setCurrentIndex(min(current, d - 1))
        self.feature.blockSignals(False)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------ the batch
    def set_batch(self, rows, gamma=None, beta=None) -> None:
        x = np.asarray(rows, dtype=float)
        m, d = x.shape
        self.batch.blockSignals(True)
        self.affine.blockSignals(True)
        self.batch.setRowCount(m)
        self.batch.setColumnCount(d)
        self.affine.setColumnCount(d)
        for i in range(m):
            for j in range(d):
                self.batch.setItem(i, j, QTableWidgetItem(f"{x[i, j]:g}"))
        for j in range(d):
            g = 1.0 if gamma is None else gamma[j]
            b = 0.0 if beta is None else beta[j]
            self.affine.setItem(0, j, QTableWidgetItem(f"{g:g}"))
            self.affine.setItem(1, j, QTableWidgetItem(f"{b:g}"))
        self.batch.blockSignals(False)
        self.affine.blockSignals(False)
        self._headers()
        self._changed()

    def _resize(self, rows: int, features: int) -> None:
        m = min(max(self.batch.rowCount() + rows, 1), MAX_ROWS)
        d = min(max(self.batch.columnCount() + features, 1), MAX_FEATURES)
        old_m, old_d = self.batch.rowCount(), self.batch.columnCount()
        self.batch.blockSignals(True)
        self.affine.blockSignals(True)
        self.batch.setRowCount(m)
        self.batch.setColumnCount(d)
        self.affine.setColumnCount(d)
        for i in range(m):
            for j in range(d):
                if i >= old_m or j >= old_d:
                    self.batch.setItem(i, j, QTableWidgetItem(f"{i + j + 1:g}"))
        for j in range(old_d, d):
            self.affine.setItem(0, j, QTableWidgetItem("1"))
            self.affine.setItem(1, j, QTableWidgetItem("0"))
        self.batch.blockSignals(False)
        self.affine.blockSignals(False)
        self._headers()
        self._changed()

    def _read(self, table: QTableWidget) -> np.ndarray:
        """The table's numbers; a cell that is not one is tinted and named in the error."""
        values = np.zeros((table.rowCount(), table.columnCount()))
        bad = None
        table.blockSignals(True)
        for i in range(table.rowCount()):
            for j in range(table.columnCount()):
                item = table.item(i, j)
                text = item.text().strip().replace(",", ".") if item else ""
                try:
                    values[i, j] = float(text)
                    ok = np.isfinite(values[i, j])
                except ValueError:
                    ok = False
                if item:
                    item.setBackground(QBrush() if ok else QBrush(BAD_CELL))
                if not ok and bad is None:
                    bad = (text, i + 1)
        table.blockSignals(False)
        if bad is not None:
            raise LabInputError("not_a_number", cell=bad[0], row=bad[1])
        return values

    # ------------------------------------------------------------------ computing
    def _changed(self) -> None:
        self._debounce.start()

    def recompute(self) -> None:
        try:
            x = as_batch(self._read(self.batch))
            affine = self._read(self.affine)
        except LabInputError as exc:
            self.message.setText(message_for(exc))
            return
        eps, momentum, passes = self.eps.value(), self.momentum.value(), self.passes.value()
        def work():
            import_torch_once()  # never two threads importing torch at once
            return batch_norm_steps(x, affine[0], affine[1], eps, momentum, passes)
        self.jobs.submit("bn", work, self._on_result, self._on_error)

    def _on_result(self, steps: BatchNormSteps) -> None:
        self.steps = steps
        self.message.clear()
        self._show()

    def _on_error(self, exc: Exception) -> None:
        self.message.setText(message_for(exc))

    def _show(self) -> None:
        s = self.steps
        if s is None:
            return
        j = min(max(self.feature.currentIndex(), 0), s.x.shape[1] - 1)
        columns = (s.x[:, j], s.x[:, j] - s.mean[j], s.x_hat[:, j], s.y[:, j], s.torch_y[:, j],
                   s.eval_y[:, j], s.torch_eval_y[:, j])
        self.results.setRowCount(s.m)
        for c, values in enumerate(columns):
            for i, v in enumerate(values):
                self.results.setItem(i, c, QTableWidgetItem(_fmt(v)))
        self.summary.setText(tr("Feature {0}: μ_B = {1}, σ²_B = {2}. torch.nn.BatchNorm1d "
                                "agrees to {3} in training mode and to {4} in evaluation "
                                "mode.").format(j + 1, _fmt(s.mean[j]), _fmt(s.var[j]),
                                                f"{s.train_gap:.1e}", f"{s.eval_gap:.1e}"))
        pre = "<pre style='margin:2px 0 8px 8px; white-space:pre-wrap'>{0}</pre>"
        self.explain.setHtml(
            "<p><b>" + html.escape(tr("Training mode: the batch normalising transform "
                                      "(Algorithm 1)")) + "</b></p>"
            + pre.format(html.escape("\n".join(explain_training(s, j))))
            + "<p><b>" + html.escape(tr("Evaluation mode: the running statistics replace the "
                                        "batch's")) + "</b></p>"
            + "<p>" + html.escape(tr("PyTorch's running variance takes the unbiased variance "
                                     "m/(m-1) σ²_B, so evaluation does not reproduce the "
                                     "training output even on the same batch.")) + "</p>"
            + pre.format(html.escape("\n".join(explain_evaluation(s, j)))))

    # ------------------------------------------------------------------ the shell's hooks
    def set_presentation(self, on: bool) -> None:
        self.presentation = on

    def shutdown(self) -> None:
        self._debounce.stop()
        self.jobs.wait()
