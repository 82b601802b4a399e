"""The analysis table: one row per layer like the lecture's AlexNet table, a totals row, and a
training-memory estimate. Hovering a cell shows its formula with the numbers plugged in;
clicking a row selects the node on the canvas.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, \
    QSizePolicy, QSpinBox, QTableView, QVBoxLayout, QWidget

from engine.analysis import OPTIMIZER_STATE_COPIES, human_bytes, training_memory
from gui.i18n import layer_text, problem_text

# (column key, formula key in NodeReport.formulas)
COLUMNS = (("layer", None), ("type", None), ("output", "output"), ("values", "activations"),
           ("weights", "weights"), ("biases", "biases"), ("params", "params"), ("macs", "macs"),
           ("rf", "receptive_field"))
ERROR_COLOR, WARNING_COLOR = QColor("#c62828"), QColor("#b26a00")


def tr(text: str) -> str:
    return QCoreApplication.translate("AnalysisTable", text)


def column_titles() -> list[str]:
    return [tr("Layer"), tr("Type"), tr("Output (C x H x W)"), tr("Values"), tr("Weights"),
            tr("Biases"), tr("Parameters"), tr("MACs"), tr("Receptive field")]


def _num(n: int) -> str:
    return f"{n:,}"


def short_number(n: int) -> str:
    """1,814,073,344 -> "1.81 G" (decimal prefixes, as MAC and FLOP counts are quoted)."""
    for size, unit in ((1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "k")):
        if n >= size:
            return f"{n / size:.2f} {unit}"
    return str(n)


class AnalysisModel(QAbstractTableModel):
    """Rows: the analysis' node reports in topological order, then one totals row."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.analysis = None
        self.reports: list = []
        self._titles = column_titles()

    def set_analysis(self, analysis) -> None:
        self.beginResetModel()
        self.analysis = analysis
        self.reports = list(analysis.nodes.values()) if analysis else []
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        if parent.isValid() or not self.reports:  # no totals row for an empty network
            return 0
        return len(self.reports) + 1

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        return None

    def node_id(self, row: int) -> str | None:
        return self.reports[row].node_id if 0 <= row < len(self.reports) else None

    def row_of(self, node_id: str) -> int:
        for row, report in enumerate(self.reports):
            if report.node_id == node_id:
                return row
        return -1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, key = index.row(), COLUMNS[index.column()][0]
        if row == len(self.reports):
            return self._totals_data(key, role)
        report = self.reports[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return _cell(report, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(report, index.column())
        if role == Qt.ItemDataRole.ForegroundRole:
            if report.error is not None:
                return QBrush(ERROR_COLOR)
            if report.warnings and key in ("layer", "output"):
                return QBrush(WARNING_COLOR)
        if role == Qt.ItemDataRole.TextAlignmentRole and key not in ("layer", "type"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _tooltip(self, report, column: int) -> str | None:
        key, formula_key = COLUMNS[column]
        if report.error is not None:
            return problem_text(report.error, report.name)
        if report.blocked_by:
            return tr("No shape yet: fix %1 first.").replace("%1", report.blocked_by)
        if key == "type":
            from engine import layers
            return layer_text(layers.get(report.type).title) if layers.exists(report.type) \
                else report.type
        lines = []
        if formula_key and formula_key in report.formulas:
            lines.append(report.formulas[formula_key])
        if key == "macs" and report.macs:
            lines.append(tr("FLOPs = 2 x MACs = %1").replace("%1", _num(report.flops)))
        if key in ("layer", "output"):
            lines += [problem_text(w, report.name) for w in report.warnings]
        return "\n".join(lines) or None

    def _totals_data(self, key: str, role):
        t = self.analysis.totals
        if role == Qt.ItemDataRole.DisplayRole:
            values = {"layer": tr("Total"), "values": _num(t.activation_elements),
                      "weights": _num(t.weights), "biases": _num(t.biases),
                      "params": _num(t.params), "macs": _num(t.macs)}
            return values.get(key, "")
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = {
                "values": tr("New values stored by the layers (the input, reshapes and "
                             "in-place activations not counted): %1 bytes as float32")
                .replace("%1", _num(t.activation_bytes)),
                "weights": tr("Sum of the weights column"),
                "biases": tr("Sum of the biases column"),
                "params": tr("%1 weights + %2 biases = %3 (%4 as float32)")
                .replace("%1", _num(t.weights)).replace("%2", _num(t.biases))
                .replace("%3", _num(t.params)).replace("%4", human_bytes(t.param_bytes)),
                "macs": tr("FLOPs = 2 x MACs = %1").replace("%1", _num(t.flops))}
            return tips.get(key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key not in ("layer", "type"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _cell(report, key: str) -> str:
    if key == "layer":
        return report.name
    if key == "type":
        return report.type
    if not report.ok:
        return "—" if key == "output" else ""
    if key == "output":
        return "x".join(map(str, report.output_shape))
    values = {"values": report.activation_elements, "weights": report.weights,
              "biases": report.biases, "params": report.params, "macs": report.macs}
    if key in values:
        return _num(values[key])
    if key == "rf":
        return tr("global") if report.rf_global else report.rf_text()
    return ""


class AnalysisTableWidget(QWidget):
    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("analysis")
        self.document = document
        self.model = AnalysisModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("analysis_table")
        self.table.setAccessibleName(tr("Analysis table"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self._fit_rows_to_font()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(48)
        header.setResizeContentsPrecision(80)  # sizing looks at ~80 rows, not all 500
        self._sized_rows = -1
        self.table.clicked.connect(self._on_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table)
        self.totals = QLabel(self)
        self.totals.setObjectName("analysis_totals")
        self.totals.setWordWrap(True)
        self.totals.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.totals)
        layout.addLayout(self._memory_row())
        document.analysis_changed.connect(self._on_analysis_changed)
        document.selection_changed.connect(self._on_selection_changed)
        self._on_analysis_changed(document.analysis)

    def _memory_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        title = QLabel(tr("Training memory:"), self)
        title.setObjectName("memory_title")
        self.batch = QSpinBox(self)
        self.batch.setObjectName("memory_batch")
        self.batch.setAccessibleName(tr("Batch size"))
        self.batch.setRange(1, 65536)
        self.batch.setValue(64)
        self.batch.setPrefix(tr("batch "))
        self.optimizer = QComboBox(self)
        self.optimizer.setObjectName("memory_optimizer")
        self.optimizer.setAccessibleName(tr("Optimizer"))
        names = {"sgd": "SGD", "momentum": tr("Momentum"), "nag": "NAG", "adagrad": "AdaGrad",
                 "rmsprop": "RMSprop", "adadelta": "AdaDelta", "adam": "Adam", "adamw": "AdamW"}
        for key in OPTIMIZER_STATE_COPIES:
            self.optimizer.addItem(names.get(key, key), key)
        self.optimizer.setCurrentIndex(self.optimizer.findData("adam"))
        self.memory = QLabel(self)
        self.memory.setObjectName("memory_estimate")
        self.memory.setWordWrap(True)  # never widens the dock (presentation fonts)
        self.memory.setMinimumWidth(80)
        self.memory.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.memory.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.batch.valueChanged.connect(self._update_memory)
        self.optimizer.currentIndexChanged.connect(self._update_memory)
        for w in (title, self.batch, self.optimizer):
            row.addWidget(w)
        row.addWidget(self.memory, 1)
        return row

    def _fit_rows_to_font(self) -> None:
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.FontChange:  # presentation mode
            self._fit_rows_to_font()
            self._sized_rows = -1
            self._on_analysis_changed(self.document.analysis)
        super().changeEvent(event)

    # ------------------------------------------------------------ following the document
    def _on_analysis_changed(self, analysis) -> None:
        self.model.set_analysis(analysis)
        if len(self.model.reports) != self._sized_rows:  # a new network, not a param edit
            self._sized_rows = len(self.model.reports)
            self.table.resizeColumnsToContents()
            header = self.table.horizontalHeader()
            for column in range(header.count()):  # a little air between the numbers
                header.resizeSection(column, header.sectionSize(column) + 14)
            self.table.scrollToTop()  # a new network reads from its first layer
            self.table.horizontalScrollBar().setValue(0)
        self._on_selection_changed(self.document.selection)
        self._update_totals(analysis)
        self._update_memory()

    def _update_totals(self, analysis) -> None:
        if analysis is None or not analysis.nodes:
            self.totals.clear()
            return
        t = analysis.totals
        text = (tr("Parameters %1 (%2 as float32) · MACs %3 · FLOPs = 2 x MACs = %4")
                .replace("%1", _num(t.params)).replace("%2", human_bytes(t.param_bytes))
                .replace("%3", short_number(t.macs)).replace("%4", short_number(t.flops)))
        if t.frozen_params:
            text += tr(" · trainable %1 · frozen %2").replace(
                "%1", _num(t.trainable_params)).replace("%2", _num(t.frozen_params))
        self.totals.setText(text)
        self.totals.setToolTip(tr("MACs: multiply-accumulates; the lecture's ResNet \"FLOPs\" "
                                  "row (1.8, 3.6, ... x10^9) counts these."))

    def _update_memory(self) -> None:
        analysis = self.document.analysis
        if analysis is None or not analysis.nodes:
            self.memory.clear()
            return
        if analysis.errors:
            self.memory.setText(tr("shown once every layer has a shape"))
            self.memory.setToolTip("")
            return
        est, formula = training_memory(analysis, self.batch.value(),
                                       self.optimizer.currentData())
        self.memory.setText(
            tr("%1 (weights %2, gradients %3, optimizer state %4, activations %5)")
            .replace("%1", human_bytes(est.total)).replace("%2", human_bytes(est.weights))
            .replace("%3", human_bytes(est.gradients))
            .replace("%4", human_bytes(est.optimizer_state))
            .replace("%5", human_bytes(est.activations)))
        self.memory.setToolTip(formula)

    def _on_selection_changed(self, ids) -> None:
        selection = self.table.selectionModel()
        row = self.model.row_of(ids[0]) if len(ids) == 1 else -1
        current = selection.selectedRows()
        if row < 0:
            selection.clearSelection()
        elif not current or current[0].row() != row:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _on_clicked(self, index) -> None:
        node_id = self.model.node_id(index.row())
        if node_id:
            self.document.select([node_id])
