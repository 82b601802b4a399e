"""The message bar: the network's errors and warnings in the user's language; clicking one
selects its node. Short notes from the canvas (a refused link) appear above the list for a
few seconds.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from engine.problems import ERROR
from gui.i18n import problem_text

NODE_ROLE = Qt.ItemDataRole.UserRole
COLORS = {"error": "#d32f2f", "warning": "#f59e0b", "info": "#3b82f6"}
NOTE_MS = 6000


def tr(text: str) -> str:
    return QCoreApplication.translate("MessageBar", text)


def severity_icon(severity: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(COLORS.get(severity, COLORS["info"])))
    painter.drawEllipse(1, 1, 12, 12)
    painter.end()
    return QIcon(pixmap)


class MessageBar(QWidget):
    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("message_bar")
        self.document = document
        self.note = QLabel(self)
        self.note.setObjectName("message_note")
        self.note.setWordWrap(True)
        self.note.hide()
        # what training will do with the starting weights (gui.weights_report); stays shown
        self.weights_report = QLabel(self)
        self.weights_report.setObjectName("weights_report")
        self.weights_report.setWordWrap(True)
        self.weights_report.hide()
        self.list = QListWidget(self)
        self.list.setObjectName("message_list")
        self.list.setAccessibleName(tr("Messages"))
        self.list.setIconSize(QSize(14, 14))
        self.list.setWordWrap(True)
        self.list.itemClicked.connect(self._on_item_clicked)
        self.list.itemActivated.connect(self._on_item_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)
        layout.addWidget(self.note)
        layout.addWidget(self.weights_report)
        layout.addWidget(self.list)
        self._note_timer = QTimer(self, singleShot=True, interval=NOTE_MS)
        self._note_timer.timeout.connect(self.note.hide)
        document.analysis_changed.connect(self._on_analysis_changed)
        self._on_analysis_changed(document.analysis)

    def messages(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def show_note(self, severity: str, text: str) -> None:
        """A transient message (from the canvas or the window), e.g. why a link was refused."""
        color = COLORS.get(severity, COLORS["info"])
        self.note.setText(f"<span style='color:{color}'>●</span> {text}")
        self.note.show()
        self._note_timer.start()

    def show_weights_report(self, text: str) -> None:
        """The starting weights' transplant report ("" hides it)."""
        self.weights_report.setText(text)
        self.weights_report.setToolTip(text)
        self.weights_report.setVisible(bool(text))

    def _on_analysis_changed(self, analysis) -> None:
        self.list.clear()
        if analysis is None:
            return
        problems = sorted(analysis.problems, key=lambda p: p.severity != ERROR)
        for problem in problems:
            report = analysis.nodes.get(problem.node_id)
            name = report.name if report else (problem.node_id or "")
            text = problem_text(problem, name)
            item = QListWidgetItem(severity_icon(problem.severity),
                                   f"{name}: {text}" if name else text)
            item.setData(NODE_ROLE, problem.node_id)
            item.setToolTip(text)
            self.list.addItem(item)
        if not problems:
            text = (tr("No problems: every layer has a shape.") if analysis.nodes else
                    tr("The network is empty: drag a layer from the palette onto the canvas."))
            item = QListWidgetItem(severity_icon("info"), text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)

    def _on_item_clicked(self, item: QListWidgetItem) -> None:
        node_id = item.data(NODE_ROLE)
        if node_id:
            self.document.select([node_id])
