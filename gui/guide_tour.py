"""The "build your first CNN in 5 steps" tour: it highlights, one after the other, the palette,
the canvas, the analysis table, the Train button and the Look inside button, with a bubble that
says what to do there (Back / Next / Close). ``targets`` maps a step's target name to a widget.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

HIGHLIGHT = QColor("#F59E0B")  # amber: visible on light and dark themes and on a projector
BUBBLE_WIDTH = 380


def tr(text: str) -> str:
    return QCoreApplication.translate("GuideTour", text)


class Highlight(QWidget):
    """A thick frame drawn over the window around ``rect``; clicks pass through it."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("tour_highlight")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.target = QRect()

    def show_around(self, rect: QRect) -> None:
        self.target = QRect(rect)
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.show()
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(HIGHLIGHT, 5))
        painter.drawRoundedRect(self.target.adjusted(3, 3, -3, -3), 8, 8)


class GuideTour(QFrame):
    """The bubble; ``start()`` shows step 0. ``finished`` when closed or after the last step."""

    finished = Signal()

    def __init__(self, window: QWidget, steps: list, targets: dict):
        super().__init__(window)
        self.setObjectName("guide_tour")
        self.setFrameShape(QFrame.Shape.Box)
        self.setAutoFillBackground(True)
        self.setStyleSheet(f"#guide_tour {{ border: 3px solid {HIGHLIGHT.name()}; "
                           "border-radius: 6px; }")
        self.window_, self.steps, self.targets = window, steps, targets
        self.index = 0
        self.running = False  # between start() and stop(): the highlight follows the layout
        self.highlight = Highlight(window)
        self.title = QLabel(self, objectName="tour_title")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel(self, objectName="tour_text")
        self.text.setWordWrap(True)
        self.back = QPushButton(tr("Back"), self, objectName="tour_back")
        self.next = QPushButton(self, objectName="tour_next")
        self.close_button = QPushButton(tr("Close"), self, objectName="tour_close")
        self.back.clicked.connect(lambda: self.show_step(self.index - 1))
        self.next.clicked.connect(self._next)
        self.close_button.clicked.connect(self.stop)
        row = QHBoxLayout()
        row.addWidget(self.back)
        row.addWidget(self.next)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addLayout(row)
        self.hide()

    def _watched(self) -> set:
        """The window, the targets and the widgets between them (a target moves with them)."""
        found = {self.window_}
        for widget in self.targets.values():
            while widget is not None and widget is not self.window_:
                found.add(widget)
                widget = widget.parentWidget()
        return found

    def start(self) -> None:
        for widget in self._watched():
            widget.installEventFilter(self)
        self.running = True
        self.show_step(0)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        """The highlight and the bubble follow the window's layout: docks coming back after
        the start page, a resized window, a dragged dock."""
        if (event.type() in (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.Show)
                and self.running):
            target = self.steps[self.index][0]
            if watched is not self and watched is not self.highlight:
                rect = self.target_rect(target)
                if rect != self.highlight.target:
                    self.highlight.show_around(rect)
                    self._place(rect)
        return False

    def target_rect(self, name: str) -> QRect:
        """The target widget's rectangle in window coordinates (empty when it is hidden)."""
        widget = self.targets.get(name)
        if widget is None or not widget.isVisible():
            return QRect()
        return QRect(widget.mapTo(self.window_, QPoint(0, 0)), widget.size())

    def show_step(self, index: int) -> None:
        self.index = max(0, min(index, len(self.steps) - 1))
        target, title, text = self.steps[self.index]
        self.title.setText(title)
        self.text.setText(text)
        self.back.setEnabled(self.index > 0)
        last = self.index == len(self.steps) - 1
        self.next.setText(tr("Done") if last else tr("Next"))
        rect = self.target_rect(target)
        self.highlight.show_around(rect)
        self._place(rect)
        self.show()
        self.raise_()

    def _place(self, rect: QRect) -> None:
        """Beside the target when there is room, else inside it near its top; always inside
        the window."""
        width = min(BUBBLE_WIDTH, self.window_.width() - 20)
        self.setFixedWidth(width)
        # as tall as the wrapped text needs at this width (adjustSize measured the text at
        # another width: in presentation its last line ran under the buttons)
        layout = self.layout()
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
        self.setFixedHeight(max(height, layout.totalMinimumSize().height()))
        area = self.window_.rect().adjusted(10, 10, -10, -10)
        if rect.right() + 12 + width <= area.right():
            x, y = rect.right() + 12, rect.top() + 20
        elif rect.left() - 12 - width >= area.left():
            x, y = rect.left() - 12 - width, rect.top() + 20
        else:
            x, y = rect.center().x() - width // 2, rect.top() + 40
            if rect.height() < self.height() + 60:
                y = rect.bottom() + 12 if rect.bottom() + 12 + self.height() <= area.bottom() \
                    else rect.top() - 12 - self.height()
        x = max(area.left(), min(x, area.right() - width))
        y = max(area.top(), min(y, area.bottom() - self.height()))
        self.move(x, y)

    def _next(self) -> None:
        if self.index >= len(self.steps) - 1:
            self.stop()
        else:
            self.show_step(self.index + 1)

    def stop(self) -> None:
        for widget in self._watched():
            widget.removeEventFilter(self)
        self.running = False
        self.highlight.hide()
        self.hide()
        self.finished.emit()
