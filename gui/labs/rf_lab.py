"""The receptive-field lab (issue §4): stack 3x3 convolutions, strides, poolings and dilations
and watch one output unit's receptive field grow on the input grid (two 3x3 -> 5x5, three ->
7x7), with the lecture's weight comparison. Sizes, jumps and weights come from the editor's own
analysis (engine.labs.receptive runs engine.analysis); "Open in editor" puts the stack on the
canvas."""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QFormLayout, QGridLayout, QHBoxLayout, QHeaderView, \
    QLabel, QListWidget, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, \
    QWidget

from engine.labs import LabInputError
from gui.labs.grid_view import GridView, Outline
from gui.labs.messages import lab_error_text

LAYER_COLORS = [QColor("#1c7ed6"), QColor("#2f9e44"), QColor("#e8590c"), QColor("#ae3ec9"),
                QColor("#f08c00"), QColor("#0c8599"), QColor("#e03131"), QColor("#5c940d")]
ADD_BUTTONS = (
    ("conv3", QT_TRANSLATE_NOOP("RfLab", "+ 3x3 convolution")),
    ("conv3s2", QT_TRANSLATE_NOOP("RfLab", "+ 3x3 convolution, stride 2")),
    ("conv3d2", QT_TRANSLATE_NOOP("RfLab", "+ 3x3 convolution, dilation 2")),
    ("pool2", QT_TRANSLATE_NOOP("RfLab", "+ 2x2 max pooling")),
    ("pool3s2", QT_TRANSLATE_NOOP("RfLab", "+ 3x3 max pooling, stride 2")),
)
PRESETS = {
    "conv3,conv3": QT_TRANSLATE_NOOP("RfLab", "Two 3x3 convolutions (5x5)"),
    "conv3,conv3,conv3": QT_TRANSLATE_NOOP("RfLab", "Three 3x3 convolutions (7x7, VGG)"),
    "conv3,pool2,conv3": QT_TRANSLATE_NOOP("RfLab", "Convolution, pooling, convolution"),
    "conv3d2,conv3d2": QT_TRANSLATE_NOOP("RfLab", "Two dilated 3x3 convolutions"),
}


def tr(text: str, disambiguation=None, n: int = -1) -> str:
    """Translate ``text``; with ``n`` a plural message ("%n layer(s)": "1 layer", "2 layers")."""
    return QCoreApplication.translate("RfLab", text, disambiguation, n)


def layer_title(layer) -> str:
    """"3x3 convolution, stride 2" for a StackLayer."""
    k = f"{layer.kernel}x{layer.kernel}"
    text = (tr("%1 convolution") if layer.kind == "conv" else tr("%1 max pooling")).replace(
        "%1", k)
    if layer.stride != 1:
        text += ", " + tr("stride %1").replace("%1", str(layer.stride))
    if layer.dilation != 1:
        text += ", " + tr("dilation %1").replace("%1", str(layer.dilation))
    return text


class ReceptiveFieldLab(QWidget):
    def __init__(self, host=None):
        super().__init__(host)
        self.setObjectName("rf_lab")
        self.host = host
        self.layers = []
        self.result = None
        layout = QHBoxLayout(self)
        layout.addWidget(self._build_controls())
        layout.addWidget(self._build_views(), 1)
        self.load_stack("conv3,conv3,conv3")

    def _build_controls(self) -> QWidget:
        box = QWidget(self)
        box.setObjectName("rf_controls")
        self.controls_box = box
        layout = QVBoxLayout(box)
        self.preset = QComboBox(box)
        self.preset.setObjectName("rf_preset")
        self.preset.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.preset.setMinimumContentsLength(10)
        self.preset.setAccessibleName(tr("Example"))
        for key, title in PRESETS.items():
            self.preset.addItem(tr(title), key)
        self.preset.activated.connect(lambda i: self.load_stack(self.preset.itemData(i)))
        layout.addWidget(QLabel(tr("Example"), box))
        layout.addWidget(self.preset)
        layout.addWidget(QLabel(tr("Layers, input first"), box))
        self.stack_list = QListWidget(box)
        self.stack_list.setObjectName("rf_stack")
        self.stack_list.setAccessibleName(tr("Layers, input first"))
        layout.addWidget(self.stack_list, 1)
        for token, title in ADD_BUTTONS:
            button = QPushButton(tr(title), box)
            button.setObjectName(f"rf_add_{token}")
            button.clicked.connect(lambda _=False, t=token: self.add_layer(t))
            layout.addWidget(button)
        row = QHBoxLayout()
        self.remove_button = QPushButton(tr("Remove the last"), box)
        self.remove_button.setObjectName("rf_remove")
        self.remove_button.clicked.connect(self.remove_last)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        form = QFormLayout()
        self.channels = QSpinBox(box)
        self.channels.setObjectName("rf_channels")
        self.channels.setRange(1, 4096)
        self.channels.setValue(64)
        self.channels.valueChanged.connect(lambda _v: self.refresh())
        self.size = QSpinBox(box)
        self.size.setObjectName("rf_size")
        self.size.setRange(3, 64)
        self.size.setValue(15)
        self.size.valueChanged.connect(lambda _v: self.refresh())
        form.addRow(tr("Channels (C)"), self.channels)
        form.addRow(tr("Input size"), self.size)
        layout.addLayout(form)
        self.open_button = QPushButton(tr("Open in editor"), box)
        self.open_button.setObjectName("rf_open_editor")
        self.open_button.clicked.connect(self.open_in_editor)
        self.open_button.setEnabled(getattr(self.host, "main_window", None) is not None)
        layout.addWidget(self.open_button)
        return box

    def _build_views(self) -> QWidget:
        page = QWidget(self)
        grid = QGridLayout(page)
        self.grid_title = QLabel(page)
        self.grid_title.setObjectName("rf_grid_title")
        self.grid_title.setWordWrap(True)
        grid.addWidget(self.grid_title, 0, 0)
        self.grid_view = GridView("rf_grid", page)
        grid.addWidget(self.grid_view, 1, 0)
        self.table = QTableWidget(0, 4, page)
        self.table.setObjectName("rf_table")
        self.table.setHorizontalHeaderLabels([tr("Layer"), tr("Receptive field"), tr("Jump"),
                                              tr("Weights")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        grid.addWidget(self.table, 0, 1, 2, 1)
        self.compare = QLabel(page)
        self.compare.setObjectName("rf_compare")
        self.compare.setWordWrap(True)
        grid.addWidget(self.compare, 2, 0, 1, 2)
        self.message = QLabel(page)
        self.message.setObjectName("rf_message")
        self.message.setStyleSheet("color: #e03131; font-weight: bold;")
        self.message.setWordWrap(True)
        grid.addWidget(self.message, 3, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(1, 1)
        return page

    # ------------------------------------------------------------ changes
    def load_stack(self, text: str) -> None:
        from engine.labs.receptive import auto_size, parse_stack
        self.layers = parse_stack(text)
        self.preset.setCurrentIndex(max(0, self.preset.findData(text)))
        self.size.blockSignals(True)
        self.size.setValue(auto_size(self.layers))
        self.size.blockSignals(False)
        self.refresh()

    def add_layer(self, token: str) -> None:
        from engine.labs.receptive import auto_size, parse_layer
        self.layers.append(parse_layer(token))
        self.size.blockSignals(True)
        self.size.setValue(max(self.size.value(), auto_size(self.layers)))
        self.size.blockSignals(False)
        self.refresh()

    def remove_last(self) -> None:
        if self.layers:
            self.layers.pop()
        self.refresh()

    def refresh(self) -> None:
        from engine.labs.receptive import analyse_stack
        self.stack_list.clear()
        for i, layer in enumerate(self.layers):
            self.stack_list.addItem(f"{i + 1}. {layer_title(layer)}")
            self.stack_list.item(i).setForeground(LAYER_COLORS[i % len(LAYER_COLORS)])
        self.remove_button.setEnabled(bool(self.layers))
        try:
            self.result = analyse_stack(self.layers, self.channels.value(), self.size.value())
            self.message.clear()
        except LabInputError as exc:
            self.result = None
            self.message.setText(lab_error_text(exc))
        self._show()

    def open_in_editor(self) -> bool:
        """Put the stack on the editor's canvas as a new network (unsaved work is asked about)."""
        window = getattr(self.host, "main_window", None)
        if window is None or self.result is None:
            return False
        if not window.files.new_from_graph(self.result.graph):
            return False
        window.raise_()
        window.activateWindow()
        return True

    # ------------------------------------------------------------ showing it
    def _show(self) -> None:
        n = self.size.value()
        self.grid_view.clear_marks()
        self.grid_view.set_values(np.zeros((n, n)), np.full((n, n), "", dtype=object))
        self.table.setRowCount(0)
        if self.result is None:
            self.compare.clear()
            self.grid_title.clear()
            return
        fields = self.result.fields
        for i, f in enumerate(fields):
            color = LAYER_COLORS[i % len(LAYER_COLORS)]
            width = 4.0 if i == len(fields) - 1 else 2.0  # the final field stands out
            self.grid_view.outlines.append(Outline(*f.region, color, width))
        top, left, bottom, right = fields[-1].region
        fill = QColor(LAYER_COLORS[(len(fields) - 1) % len(LAYER_COLORS)])
        fill.setAlpha(45)
        for r in range(max(top, 0), min(bottom, n - 1) + 1):
            for c in range(max(left, 0), min(right, n - 1) + 1):
                self.grid_view.shades[(0, r, c)] = fill
        centre = fields[0].region
        mid = ((centre[0] + centre[2]) // 2, (centre[1] + centre[3]) // 2)
        self.grid_view.texts[0, mid[0], mid[1]] = "●"
        self.grid_view.update()
        rf = self.result.receptive_field
        self.grid_title.setText(
            "<b>" + tr("Input %1x%1: what one output unit sees").replace("%1", str(n)) + "</b><br>"
            + tr("After %n layer(s): %1x%1 pixels", None, len(fields)).replace("%1", str(rf)))
        for i, f in enumerate(fields):
            self.table.insertRow(i)
            cells = (f"{i + 1}. {f.layer.token}", f"{f.receptive_field}x{f.receptive_field}",
                     str(f.jump), f"{f.weights:,}")
            for col, text in enumerate(cells):  # the list on the left names each layer whole
                item = QTableWidgetItem(text)
                item.setToolTip(f"{layer_title(f.layer)}: {f.formula}")
                if col == 0:
                    item.setForeground(LAYER_COLORS[i % len(LAYER_COLORS)])
                self.table.setItem(i, col, item)
        self.compare.setText(self.compare_html())

    def compare_html(self) -> str:
        from engine.labs.receptive import single_expression, weights_expression
        r = self.result
        rf = r.receptive_field
        lines = [tr("Receptive field: %1 (from the editor's analysis)")
                 .replace("%1", r.fields[-1].formula),
                 tr("Weights of this stack: %1").replace("%1", weights_expression(r)),
                 tr("One %1x%1 convolution that sees as much: %2").replace("%1", str(rf))
                 .replace("%2", single_expression(r))]
        if r.single_kernel_weights > r.weights:
            lines.append(tr("The stack needs %1% of those weights, and a ReLU after each of its "
                            "convolutions adds non-linearity (VGG).")
                         .replace("%1", f"{100 * r.weights / r.single_kernel_weights:.0f}"))
        return "<br>".join(lines)

    def resizeEvent(self, event) -> None:
        """The settings take about a quarter of the width; the grids get the rest."""
        super().resizeEvent(event)
        self.controls_box.setFixedWidth(max(260, self.width() // 4))

    def set_presentation(self, on: bool) -> None:
        self.grid_view.set_preferred_cell(40 if on else 30)
