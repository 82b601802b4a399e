"""The optimizer checklist: one row per optimizer of the engine's registry, each with its own
learning rate, its other hyperparameters and its update rule, all read from
``engine.training.optimizers.OPTIMIZERS`` (names, defaults, ranges, help and rule text are
declared there once)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QCheckBox, QDoubleSpinBox, QFormLayout, QFrame, QGridLayout,
                               QLabel, QToolButton, QVBoxLayout, QWidget)

from engine.training.config import OptimizerConfig
from engine.training.optimizers import OPTIMIZERS, OptimizerSpec
from gui.i18n import optimizer_title
from gui.training import style


class SciSpinBox(QDoubleSpinBox):
    """A spin box that shows 1e-08 and 0.001 alike (``%g``) and steps by a factor of ten for
    learning rates, where linear steps make no sense."""

    def __init__(self, value: float, minimum: float, maximum: float, log_steps: bool, parent=None):
        super().__init__(parent)
        self.log_steps = log_steps
        self.setDecimals(12)
        self.setRange(minimum, maximum)
        self.setValue(value)
        self.setSingleStep(0.01 if not log_steps else 1)
        self.setKeyboardTracking(False)

    def textFromValue(self, value: float) -> str:  # noqa: N802 (Qt override)
        return f"{value:g}"

    def valueFromText(self, text: str) -> float:  # noqa: N802
        try:
            return float(text.replace(",", "."))
        except ValueError:
            return self.value()

    def validate(self, text, pos):  # noqa: D102 - accept anything float() might read
        from PySide6.QtGui import QValidator
        try:
            float(text.replace(",", "."))
            return QValidator.State.Acceptable, text, pos
        except ValueError:
            return QValidator.State.Intermediate, text, pos

    def stepBy(self, steps: int) -> None:  # noqa: N802
        if self.log_steps and self.value() > 0:
            self.setValue(self.value() * (10 ** (steps / 2)))  # two clicks per decade
        else:
            super().stepBy(steps)


class OptimizerRow(QFrame):
    """Tick box + learning rate, and (expanded) every other hyperparameter and the rule."""

    changed = Signal()

    def __init__(self, spec: OptimizerSpec, parent=None):
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(f"optimizer_{spec.name}")
        self.check = QCheckBox(optimizer_title(spec.title), self, objectName=f"use_{spec.name}")
        self.check.setStyleSheet(f"QCheckBox {{ color: {style.colour_for(spec.name).name()}; "
                                 "font-weight: bold; }")
        self.check.toggled.connect(self.changed)
        self.lr = SciSpinBox(spec.lr, 1e-7, 100.0, True, self)
        self.lr.setObjectName(f"lr_{spec.name}")
        self.lr.valueChanged.connect(self.changed)
        self.more = QToolButton(self, objectName=f"more_{spec.name}")
        self.more.setCheckable(True)
        self.more.setText("\u2026")
        self.details = QWidget(self)
        self.details.setVisible(False)
        self.more.toggled.connect(self.details.setVisible)
        self.editors: dict[str, QWidget] = {}
        form = QFormLayout(self.details)
        form.setContentsMargins(24, 0, 0, 4)
        for p in spec.params:
            if isinstance(p.default, bool):
                editor = QCheckBox(self.details)
                editor.setChecked(p.default)
            else:
                editor = SciSpinBox(float(p.default), p.minimum, p.maximum, False, self.details)
            editor.setObjectName(f"{spec.name}_{p.name}")
            editor.setToolTip(p.help)
            editor.setAccessibleName(f"{optimizer_title(spec.title)} {p.name}")
            self.editors[p.name] = editor
            form.addRow(f"{p.label or p.name} ({p.name})" if p.label else p.name, editor)
        self.rule = QLabel(spec.update_rule, self.details, objectName=f"rule_{spec.name}")
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.rule.setFont(mono)
        self.rule.setWordWrap(True)
        self.rule.setToolTip(spec.torch_note)
        form.addRow(self.rule)
        self.lr_label = QLabel(self)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.check, 0, 0)
        grid.addWidget(self.lr_label, 0, 1)
        grid.addWidget(self.lr, 0, 2)
        grid.addWidget(self.more, 0, 3)
        grid.addWidget(self.details, 1, 0, 1, 4)
        grid.setColumnStretch(0, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.lr_label.setText(self.tr("\u03b7"))
        self.lr.setToolTip(self.tr("Learning rate \u03b7: how far each step moves the weights."))
        self.lr.setAccessibleName(self.tr("Learning rate of {0}").format(
            optimizer_title(self.spec.title)))
        self.more.setToolTip(self.tr("Show the other settings and the update rule"))
        self.more.setAccessibleName(self.more.toolTip())

    def config(self) -> OptimizerConfig:
        params = {}
        for p in self.spec.params:
            editor = self.editors[p.name]
            value = editor.isChecked() if isinstance(p.default, bool) else editor.value()
            if value != p.default:
                params[p.name] = value
        return OptimizerConfig(self.spec.name, float(self.lr.value()), params)


class OptimizerList(QWidget):
    """Every registered optimizer as a row; ``chosen()`` returns the ticked ones' configs."""

    changed = Signal()

    def __init__(self, parent=None, ticked=("sgd", "momentum", "adam")):
        super().__init__(parent)
        self.setObjectName("optimizer_list")
        self.rows = {name: OptimizerRow(spec, self) for name, spec in OPTIMIZERS.items()}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for name, row in self.rows.items():
            row.check.setChecked(name in ticked)
            row.changed.connect(self.changed)
            layout.addWidget(row)

    def retranslate(self) -> None:
        for row in self.rows.values():
            row.retranslate()

    def chosen(self) -> list[OptimizerConfig]:
        return [row.config() for row in self.rows.values() if row.check.isChecked()]

    def set_chosen(self, names) -> None:
        for name, row in self.rows.items():
            row.check.setChecked(name in names)
