"""A minimal lab tab for the shell's tests: an animation timer, presentation and shutdown."""
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class SampleLab(QWidget):
    def __init__(self, host):
        super().__init__(host)
        self.setObjectName("sample_lab")
        self.host = host
        self.presentation = False
        self.timer = QTimer(self)
        self.timer.setInterval(50)
        self.timer.start()
        QVBoxLayout(self).addWidget(QLabel("sample", self))

    def set_presentation(self, on: bool) -> None:
        self.presentation = on

    def shutdown(self) -> None:
        self.timer.stop()
