"""Editors derived from a layer's declared parameters: one table from parameter kind to widget.

Each ``ParamEditor`` wraps one widget, reports user edits through ``edited(value)`` with the
value in the engine's type, and can be set from the model without echoing an edit back.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QAbstractSpinBox, QCheckBox, QComboBox, QDoubleSpinBox, QSpinBox, \
    QWidget

from engine.layers.spec import BOOL, CHOICE, FLOAT, INT, PADDING
from gui.i18n import layer_text

INT_LIMIT = 2**31 - 1
SAME = -1  # the padding spin box's special value, shown as "same"


def tr(text: str) -> str:
    return QCoreApplication.translate("Inspector", text)


class ParamEditor(QObject):
    edited = Signal(object)

    def __init__(self, param, widget: QWidget):
        super().__init__(widget)
        self.param, self.widget = param, widget
        widget.setObjectName(f"inspector_param_{param.name}")
        widget.setAccessibleName(layer_text(param.display))
        widget.setToolTip(layer_text(param.help))
        self._setting = False

    def set_value(self, value) -> None:
        self._setting = True
        try:
            self._show(value)
        finally:
            self._setting = False

    def _emit(self, *_args) -> None:
        if not self._setting:
            self.edited.emit(self.value())

    def value(self):  # pragma: no cover - overridden
        raise NotImplementedError

    def _show(self, value) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class IntEditor(ParamEditor):
    def __init__(self, param, parent=None):
        box = QSpinBox(parent)
        box.setRange(int(param.minimum if param.minimum is not None else -INT_LIMIT),
                     int(param.maximum if param.maximum is not None else INT_LIMIT))
        box.setKeyboardTracking(False)  # typed numbers commit on Enter / focus out
        box.setAccelerated(True)
        super().__init__(param, box)
        box.valueChanged.connect(self._emit)

    def value(self):
        return self.widget.value()

    def _show(self, value) -> None:
        self.widget.setValue(int(value))


class PaddingEditor(IntEditor):
    """A whole number of pixels, or "same" (the spin box's lowest, special value)."""

    def __init__(self, param, parent=None):
        super().__init__(param, parent)
        low = int(param.minimum if param.minimum is not None else 0)
        self.widget.setMinimum(low - 1)
        self.widget.setSpecialValueText(tr("same"))

    def value(self):
        box = self.widget
        return "same" if box.value() == box.minimum() else box.value()

    def _show(self, value) -> None:
        box = self.widget
        box.setValue(box.minimum() if value == "same" else int(value))


class FloatEditor(ParamEditor):
    def __init__(self, param, parent=None):
        box = QDoubleSpinBox(parent)
        box.setDecimals(6)
        box.setRange(float(param.minimum if param.minimum is not None else -1e12),
                     float(param.maximum if param.maximum is not None else 1e12))
        box.setSingleStep(_step(param.default))
        box.setKeyboardTracking(False)
        box.setStepType(QAbstractSpinBox.StepType.AdaptiveDecimalStepType)
        super().__init__(param, box)
        box.valueChanged.connect(self._emit)

    def value(self):
        return float(self.widget.value())

    def _show(self, value) -> None:
        self.widget.setValue(float(value))


class ChoiceEditor(ParamEditor):
    def __init__(self, param, parent=None):
        combo = QComboBox(parent)
        for choice in param.choices:
            combo.addItem(layer_text(str(choice)), choice)
        super().__init__(param, combo)
        combo.currentIndexChanged.connect(self._emit)

    def value(self):
        return self.widget.currentData()

    def _show(self, value) -> None:
        self.widget.setCurrentIndex(max(0, self.widget.findData(value)))


class BoolEditor(ParamEditor):
    def __init__(self, param, parent=None):
        box = QCheckBox(parent)
        super().__init__(param, box)
        box.toggled.connect(self._emit)

    def value(self):
        return self.widget.isChecked()

    def _show(self, value) -> None:
        self.widget.setChecked(bool(value))


EDITORS = {INT: IntEditor, PADDING: PaddingEditor, FLOAT: FloatEditor, CHOICE: ChoiceEditor,
           BOOL: BoolEditor}


def make_editor(param, parent: QWidget | None = None) -> ParamEditor:
    """The editor for one declared parameter (an int spin box for unknown kinds)."""
    return EDITORS.get(param.kind, IntEditor)(param, parent)


def _step(default) -> float:
    try:
        value = abs(float(default))
    except (TypeError, ValueError):
        return 0.1
    if value == 0:
        return 0.1
    step = 1.0
    while step > value:
        step /= 10
    return step
