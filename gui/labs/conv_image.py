"""The convolution lab's real-image page: a generated sample (or a loaded picture) and the
current kernel's feature map beside it, computed by torch.nn.functional.conv2d."""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QComboBox, QFileDialog, QGridLayout, QHBoxLayout, QLabel, \
    QPushButton, QSizePolicy, QWidget

from engine.labs import LabInputError
from engine.labs.grids import fmt
from gui.labs.messages import lab_error_text

SAMPLE_TITLES = {"shapes": QT_TRANSLATE_NOOP("ConvLab", "Shapes (generated)"),
                 "rings": QT_TRANSLATE_NOOP("ConvLab", "Rings (generated)"),
                 "checkerboard": QT_TRANSLATE_NOOP("ConvLab", "Checkerboard (generated)")}
MAX_SIDE = 256


def tr(text: str) -> str:
    return QCoreApplication.translate("ConvLab", text)


def grey_pixmap(array: np.ndarray) -> QPixmap:
    """A grey picture of ``array``, its minimum black and its maximum white."""
    low, high = float(array.min()), float(array.max())
    scaled = np.zeros_like(array) if high == low else (array - low) / (high - low) * 255
    data = np.ascontiguousarray(scaled.astype(np.uint8))
    h, w = data.shape
    image = QImage(data.data, w, h, w, QImage.Format.Format_Grayscale8)
    return QPixmap.fromImage(image.copy())


def image_to_grey(image: QImage) -> np.ndarray:
    """A loaded picture as a grey (H, W) array of 0..255, at most MAX_SIDE pixels a side."""
    if max(image.width(), image.height()) > MAX_SIDE:
        image = image.scaled(MAX_SIDE, MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    w, h, stride = grey.width(), grey.height(), grey.bytesPerLine()
    buffer = np.frombuffer(grey.constBits(), dtype=np.uint8, count=stride * h)
    return buffer.reshape(h, stride)[:, :w].astype(np.float64)


class ScaledPicture(QLabel):
    """A picture that fills its space, keeping its shape, with pixels kept sharp."""

    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(120, 120)
        self._pixmap = QPixmap()

    def set_picture(self, pixmap: QPixmap) -> None:
        self._pixmap = pixmap
        self._rescale()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._rescale()

    def _rescale(self) -> None:
        if not self._pixmap.isNull():
            self.setPixmap(self._pixmap.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.FastTransformation))


class ImagePage(QWidget):
    def __init__(self, lab):
        super().__init__(lab)
        self.setObjectName("conv_page_image")
        self.lab = lab
        self.image = None
        self.feature = None
        self.source_name = "shapes"
        top = QHBoxLayout()
        self.sample = QComboBox(self)
        self.sample.setObjectName("conv_image_sample")
        for key, title in SAMPLE_TITLES.items():
            self.sample.addItem(tr(title), key)
        self.sample.activated.connect(lambda i: self.load_sample(self.sample.itemData(i)))
        self.load_button = QPushButton(tr("Load an image…"), self)
        self.load_button.setObjectName("conv_image_load")
        self.load_button.clicked.connect(self.load_dialog)
        top.addWidget(QLabel(tr("Image"), self))
        top.addWidget(self.sample)
        top.addWidget(self.load_button)
        top.addStretch(1)
        grid = QGridLayout(self)
        grid.addLayout(top, 0, 0, 1, 2)
        self.original = ScaledPicture("conv_image_original", self)
        self.feature_view = ScaledPicture("conv_image_feature", self)
        self.original_title = QLabel(self)
        self.feature_title = QLabel(self)
        self.feature_title.setObjectName("conv_image_feature_title")
        self.feature_title.setWordWrap(True)
        grid.addWidget(self.original_title, 1, 0)
        grid.addWidget(self.feature_title, 1, 1)
        grid.addWidget(self.original, 2, 0)
        grid.addWidget(self.feature_view, 2, 1)
        grid.setRowStretch(2, 1)
        self.message = QLabel(self)
        self.message.setObjectName("conv_image_message")
        self.message.setStyleSheet("color: #e03131;")
        grid.addWidget(self.message, 3, 0, 1, 2)
        self.load_sample("shapes")

    def load_sample(self, name: str) -> None:
        from engine.labs.images import sample_image
        self.source_name = name
        self.set_image(sample_image(name))

    def load_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Load an image"), "",
                                              tr("Images (*.png *.jpg *.jpeg *.bmp *.gif)"))
        if path:
            self.load_path(path)

    def load_path(self, path: str) -> bool:
        image = QImage(path)
        if image.isNull():
            self.message.setText(tr("%1 is not an image ConvStudio can read; choose a PNG, JPEG "
                                    "or BMP file.").replace("%1", path))
            return False
        self.source_name = path
        self.set_image(image_to_grey(image))
        return True

    def set_image(self, array: np.ndarray) -> None:
        self.image = array
        self.original.set_picture(grey_pixmap(array))
        h, w = array.shape
        title = tr("Input image")
        self.original_title.setText(f"<b>{title}</b> ({h}x{w})")
        self.show_setup(self.lab.setup)

    def show_setup(self, setup) -> None:
        """The feature map of the lab's kernel (its first channel) with its stride, padding
        and dilation."""
        from engine.labs.images import feature_map
        if self.image is None or setup is None:
            return
        try:
            self.feature = feature_map(self.image, setup.kernel[0], int(setup.stride),
                                       setup.padding, int(setup.dilation), float(setup.bias))
        except LabInputError as exc:
            self.message.setText(lab_error_text(exc))
            return
        except RuntimeError:  # PyTorch refuses: a kernel larger than a tiny picture
            self.message.setText(tr("The kernel is larger than the image; load a larger one."))
            return
        self.message.clear()
        self.feature_view.set_picture(grey_pixmap(self.feature))
        h, w = self.feature.shape
        self.feature_title.setText(
            "<b>" + tr("Feature map") + f"</b> ({h}x{w}) — "
            + tr("values from %1 (black) to %2 (white)")
            .replace("%1", fmt(round(self.feature.min(), 1)))
            .replace("%2", fmt(round(self.feature.max(), 1))))
