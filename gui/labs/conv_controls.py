"""The convolution lab's settings panel: preset, common kernel, input and kernel size,
channels, padding, stride, dilation and bias. It only reports what the user chose."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QFormLayout, QLabel, QSpinBox, \
    QVBoxLayout, QWidget

from engine.labs.grids import MAX_KERNEL, MAX_SIZE

PRESET_TITLES = {
    "seed004": QT_TRANSLATE_NOOP("ConvLab", "Seed 004: 4x4 input, 3x3 filter"),
    "seed000": QT_TRANSLATE_NOOP("ConvLab", "Seed 000/003: 5x5 binary input"),
    "seed003": QT_TRANSLATE_NOOP("ConvLab", "Seed 003: image patch, sharpen, padding 1"),
    "colour": QT_TRANSLATE_NOOP("ConvLab", "Seed 000: colour image (3 channels)"),
    "seed002": QT_TRANSLATE_NOOP("ConvLab", "Seed 002: stride 3 does not tile 7x7"),
    "seed002_same": QT_TRANSLATE_NOOP("ConvLab", "Seed 002: padding \"same\" keeps 7x7"),
    "random": QT_TRANSLATE_NOOP("ConvLab", "Random numbers"),
}
KERNEL_TITLES = {
    "identity": QT_TRANSLATE_NOOP("ConvLab", "Identity"),
    "sharpen": QT_TRANSLATE_NOOP("ConvLab", "Sharpen"),
    "box_blur": QT_TRANSLATE_NOOP("ConvLab", "Box blur"),
    "sobel_x": QT_TRANSLATE_NOOP("ConvLab", "Sobel x (vertical edges)"),
    "sobel_y": QT_TRANSLATE_NOOP("ConvLab", "Sobel y (horizontal edges)"),
    "outline": QT_TRANSLATE_NOOP("ConvLab", "Outline"),
    "random": QT_TRANSLATE_NOOP("ConvLab", "Random kernel"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("ConvLab", text)


class ConvControls(QWidget):
    preset_chosen = Signal(str)
    kernel_chosen = Signal(str)
    changed = Signal()   # a size, channel count, padding, stride, dilation or bias changed

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("conv_controls")
        layout = QVBoxLayout(self)
        self.preset = self._combo("conv_preset", PRESET_TITLES)
        self.preset.activated.connect(lambda i: self.preset_chosen.emit(self.preset.itemData(i)))
        self.kernel = self._combo("conv_kernel_preset", KERNEL_TITLES,
                                  placeholder=tr("Common kernels…"))
        self.kernel.activated.connect(self._kernel_activated)
        layout.addWidget(QLabel(tr("Example"), self))
        layout.addWidget(self.preset)
        layout.addWidget(QLabel(tr("Kernel"), self))
        layout.addWidget(self.kernel)
        form = QFormLayout()
        self.channels = QComboBox(self)
        self.channels.setObjectName("conv_channels")
        self.channels.addItem(tr("1 (grey)"), 1)
        self.channels.addItem(tr("3 (RGB)"), 3)
        self.rows = self._spin("conv_rows", 1, MAX_SIZE)
        self.cols = self._spin("conv_cols", 1, MAX_SIZE)
        self.kernel_size = self._spin("conv_kernel_size", 1, MAX_KERNEL)
        self.padding = QComboBox(self)
        self.padding.setObjectName("conv_padding")
        for p in range(MAX_KERNEL + 1):
            self.padding.addItem(str(p), p)
        self.padding.addItem(tr("same"), "same")
        self.stride = self._spin("conv_stride", 1, 6)
        self.dilation = self._spin("conv_dilation", 1, 4)
        self.bias = QDoubleSpinBox(self)
        self.bias.setObjectName("conv_bias")
        self.bias.setRange(-999, 999)
        self.bias.setDecimals(2)
        for label, widget in ((tr("Channels"), self.channels), (tr("Input rows"), self.rows),
                              (tr("Input columns"), self.cols),
                              (tr("Kernel size"), self.kernel_size),
                              (tr("Padding (P)"), self.padding), (tr("Stride (S)"), self.stride),
                              (tr("Dilation (D)"), self.dilation), (tr("Bias (w0)"), self.bias)):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        layout.addLayout(form)
        layout.addStretch(1)
        for combo in (self.channels, self.padding):
            combo.currentIndexChanged.connect(lambda _=0: self._changed())
        for spin in (self.rows, self.cols, self.kernel_size, self.stride, self.dilation):
            spin.valueChanged.connect(lambda _=0: self._changed())
        self.bias.valueChanged.connect(lambda _=0: self._changed())
        self._quiet = False

    def _combo(self, name, titles, placeholder=None) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(name)
        # long titles must not widen the settings column; the open list shows them whole
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        if placeholder:
            combo.addItem(placeholder, "")
        for key, title in titles.items():
            combo.addItem(tr(title), key)
        return combo

    def _spin(self, name, low, high) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(low, high)
        return spin

    def _kernel_activated(self, index: int) -> None:
        key = self.kernel.itemData(index)
        self.kernel.setCurrentIndex(0)
        if key:
            self.kernel_chosen.emit(key)

    def _changed(self) -> None:
        if not self._quiet:
            self.changed.emit()

    # ------------------------------------------------------------ the settings as values
    def show_setup(self, setup) -> None:
        """Show ``setup``'s numbers without reporting them as changes."""
        self._quiet = True
        c, h, w = setup.image.shape
        self.channels.setCurrentIndex(0 if c == 1 else 1)
        self.rows.setValue(h)
        self.cols.setValue(w)
        self.kernel_size.setValue(setup.kernel.shape[-1])
        self.padding.setCurrentIndex(self.padding.findData(setup.padding))
        self.stride.setValue(int(setup.stride))
        self.dilation.setValue(int(setup.dilation))
        self.bias.setValue(float(setup.bias))
        self._quiet = False

    def settings(self) -> dict:
        return {"channels": self.channels.currentData(), "rows": self.rows.value(),
                "cols": self.cols.value(), "kernel_size": self.kernel_size.value(),
                "padding": self.padding.currentData(), "stride": self.stride.value(),
                "dilation": self.dilation.value(), "bias": self.bias.value()}
