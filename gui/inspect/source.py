"""Choosing the image to look at: from the data set (by class, correct or incorrect), from a
file (any size, converted to the network's input), or drawn with the mouse."""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QPushButton, QSpinBox, QStackedWidget, QVBoxLayout, QWidget)

from gui.inspect.draw_canvas import DrawCanvas

ALL, CORRECT, WRONG = 0, 1, 2


def tr(text: str) -> str:
    return QCoreApplication.translate("InspectSource", text)


class ImageSourceWidget(QWidget):
    """Emits ``image_chosen(image (C, H, W) float32 in [0, 1], caption)``.

    The panel supplies the data (``set_dataset``), predictions (``set_predictions``) and the
    network input shape (``set_input_shape``), and does the file reading in its worker.
    """

    image_chosen = Signal(object, str)
    file_requested = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("inspect_source")
        self.images = None  # (N, C, H, W) numpy
        self.labels = None
        self.class_names: list = []
        self.predicted = None
        self.input_shape = (1, 28, 28)
        self.mode = QComboBox(self, objectName="inspect_source_mode")
        self.mode.addItems([tr("Data set"), tr("File"), tr("Drawing")])
        self.mode.setAccessibleName(tr("Image source"))
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._dataset_page())
        self.pages.addWidget(self._file_page())
        self.pages.addWidget(self._draw_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.mode)
        layout.addWidget(self.pages)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self._fit_page()

    def _fit_page(self) -> None:
        """Make the stack as tall as the visible page, not as its tallest one."""
        from PySide6.QtWidgets import QSizePolicy
        for i in range(self.pages.count()):
            policy = QSizePolicy.Policy.Preferred if i == self.pages.currentIndex() else \
                QSizePolicy.Policy.Ignored
            self.pages.widget(i).setSizePolicy(policy, policy)
        self.pages.adjustSize()

    # ---------------------------------------------------------------- pages
    def _dataset_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.class_filter = QComboBox(page, objectName="inspect_class_filter")
        self.result_filter = QComboBox(page, objectName="inspect_result_filter")
        self.result_filter.addItems([tr("All"), tr("Correct"), tr("Incorrect")])
        self.index = QSpinBox(page, objectName="inspect_image_index")
        self.count = QLabel(page, objectName="inspect_image_count")
        form.addRow(tr("Class"), self.class_filter)
        form.addRow(tr("Show"), self.result_filter)
        row = QHBoxLayout()
        row.addWidget(self.index)
        row.addWidget(self.count)
        form.addRow(tr("Image"), row)
        self.class_filter.currentIndexChanged.connect(self._filters_changed)
        self.result_filter.currentIndexChanged.connect(self._filters_changed)
        self.index.valueChanged.connect(self._emit_dataset)
        return page

    def _file_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.open_button = QPushButton(tr("Open image…"), page, objectName="inspect_open_image")
        self.file_label = QLabel(tr("No file chosen"), page, objectName="inspect_file_label")
        self.file_label.setWordWrap(True)
        layout.addWidget(self.open_button)
        layout.addWidget(self.file_label)
        layout.addStretch(1)
        self.open_button.clicked.connect(self._open_dialog)
        return page

    def _draw_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.canvas = DrawCanvas(page)
        self.clear_button = QPushButton(tr("Clear"), page, objectName="inspect_clear_drawing")
        layout.addWidget(self.canvas)
        layout.addWidget(self.clear_button)
        self.canvas.drawn.connect(self._emit_drawing)
        self.clear_button.clicked.connect(self.canvas.clear)
        return page

    # ---------------------------------------------------------------- data
    def set_input_shape(self, shape: tuple) -> None:
        self.input_shape = tuple(shape)

    def set_dataset(self, images, labels, class_names) -> None:
        self.images, self.labels = images, np.asarray(labels)
        self.class_names = list(class_names)
        self.predicted = None
        self.class_filter.blockSignals(True)
        self.class_filter.clear()
        self.class_filter.addItem(tr("All classes"))
        self.class_filter.addItems(self.class_names)
        self.class_filter.blockSignals(False)
        self._filters_changed()

    def set_predictions(self, predicted) -> None:
        self.predicted = None if predicted is None else np.asarray(predicted)
        self._filters_changed()

    def visible_indices(self) -> np.ndarray:
        if self.images is None:
            return np.zeros(0, int)
        keep = np.ones(len(self.labels), bool)
        if self.class_filter.currentIndex() > 0:
            keep &= self.labels == self.class_filter.currentIndex() - 1
        result = self.result_filter.currentIndex()
        if result != ALL and self.predicted is not None:
            right = self.predicted == self.labels
            keep &= right if result == CORRECT else ~right
        return np.nonzero(keep)[0]

    def _filters_changed(self) -> None:
        n = len(self.visible_indices())
        self.index.blockSignals(True)
        self.index.setRange(0, max(0, n - 1))
        self.index.setValue(min(self.index.value(), max(0, n - 1)))
        self.index.blockSignals(False)
        self.count.setText(tr("of %1").replace("%1", str(n)))
        self._emit_dataset()

    def _emit_dataset(self) -> None:
        idx = self.visible_indices()
        if self.mode.currentIndex() != 0 or not len(idx):
            return
        i = int(idx[min(self.index.value(), len(idx) - 1)])
        name = self.class_names[int(self.labels[i])] if self.class_names else str(self.labels[i])
        self.image_chosen.emit(self.images[i], tr("Image %1 (%2)").replace("%1", str(i))
                               .replace("%2", name))

    def _mode_changed(self, mode: int) -> None:
        self.pages.setCurrentIndex(mode)
        self._fit_page()
        if mode == 0:
            self._emit_dataset()
        elif mode == 2:
            self._emit_drawing()

    def _open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Open image"), "", tr(
            "Images (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp);;All files (*)"))
        if path:
            self.open_file(path)

    def open_file(self, path: str) -> None:
        self.mode.setCurrentIndex(1)
        self.file_label.setText(path)
        self.file_requested.emit(path)

    def _emit_drawing(self) -> None:
        if self.mode.currentIndex() != 2:
            return
        from engine.data.fit import fit_drawing
        self.image_chosen.emit(fit_drawing(self.canvas.pixels(), self.input_shape),
                               tr("Drawing"))
