"""Step-through controls shared by the labs: step back, play/pause, step forward, restart and
a speed slider. The current step is ``index`` (0 .. count-1); ``step_changed`` reports it."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QWidget

SPEEDS_MS = (1600, 1000, 600, 350, 150)  # slider positions, slow to fast


def tr(text: str) -> str:
    return QCoreApplication.translate("StepControls", text)


class StepControls(QWidget):
    step_changed = Signal(int)

    def __init__(self, prefix: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"{prefix}_steps")
        self.index, self.count = 0, 1
        self.timer = QTimer(self)
        self.timer.setObjectName(f"{prefix}_timer")
        self.timer.timeout.connect(self._tick)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.back = self._button(f"{prefix}_step_back", "◀ " + tr("Back"), self.step_back)
        self.play = self._button(f"{prefix}_play", "▶ " + tr("Play"), self.toggle_play)
        self.forward = self._button(f"{prefix}_step_forward", tr("Step") + " ▶",
                                    self.step_forward)
        self.restart = self._button(f"{prefix}_restart", "⟲ " + tr("Restart"),
                                    lambda: self.set_index(0))
        for button in (self.back, self.play, self.forward, self.restart):
            layout.addWidget(button)
        speed_label = QLabel(tr("Speed"), self)
        layout.addWidget(speed_label)
        self.speed = QSlider(Qt.Orientation.Horizontal, self)
        self.speed.setObjectName(f"{prefix}_speed")
        self.speed.setAccessibleName(tr("Speed"))
        self.speed.setRange(0, len(SPEEDS_MS) - 1)
        self.speed.setValue(2)
        self.speed.setMaximumWidth(160)
        self.speed.valueChanged.connect(lambda v: self.timer.setInterval(SPEEDS_MS[v]))
        self.timer.setInterval(SPEEDS_MS[self.speed.value()])
        speed_label.setBuddy(self.speed)
        layout.addWidget(self.speed)
        self.position = QLabel(self)
        self.position.setObjectName(f"{prefix}_position")
        layout.addWidget(self.position)
        layout.addStretch(1)
        self._show()

    def _button(self, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text)
        button.clicked.connect(slot)
        return button

    # ------------------------------------------------------------ behaviour
    def set_count(self, count: int) -> None:
        self.count = max(1, count)
        if self.index >= self.count:
            self.index = self.count - 1
        self._show()

    def set_index(self, index: int) -> None:
        index = max(0, min(self.count - 1, index))
        self.index = index
        self._show()
        self.step_changed.emit(self.index)

    def step_forward(self) -> None:
        self.set_index(self.index + 1)

    def step_back(self) -> None:
        self.set_index(self.index - 1)

    def toggle_play(self) -> None:
        if self.timer.isActive():
            self.pause()
        else:
            if self.index >= self.count - 1:
                self.set_index(0)
            self.timer.start()
            self._show()

    def pause(self) -> None:
        self.timer.stop()
        self._show()

    def _tick(self) -> None:
        if self.index >= self.count - 1:
            self.pause()
            return
        self.step_forward()

    @property
    def playing(self) -> bool:
        return self.timer.isActive()

    def _show(self) -> None:
        playing = self.timer.isActive()
        self.play.setText(("⏸ " + tr("Pause")) if playing else ("▶ " + tr("Play")))
        self.back.setEnabled(self.index > 0)
        self.forward.setEnabled(self.index < self.count - 1)
        self.position.setText(tr("Cell %1 of %2").replace("%1", str(self.index + 1))
                              .replace("%2", str(self.count)))

    def shutdown(self) -> None:
        self.timer.stop()
