"""The start page: what a first-time user (or a class) sees in the central area until they start
working — a zoo network to open with its card, the lecture examples, the teaching labs, recent
files and a five-step "build your first CNN" guide. Help > Getting started and File > New bring
it back. It only asks the window to do things (``StartPage.host`` is the MainWindow).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from gui.widgets.example_titles import example_title
from gui.widgets.flow_layout import FlowLayout

# the zoo networks a lecture walks through, oldest first (the rest: "All models…")
FEATURED = ("lenet5", "alexnet", "vgg16", "googlenet", "resnet18", "densenet121")


def tr(text: str) -> str:
    return QCoreApplication.translate("StartPage", text)


def guide_steps() -> list[tuple[str, str, str]]:
    """(target, title, text) of the five steps; target names what the tour highlights."""
    return [
        ("palette", tr("1. Choose layers"),
         tr("The palette lists every layer. Drag Input, Convolution, ReLU, Max pooling, Flatten, "
            "Linear and Output onto the canvas, or double-click them.")),
        ("canvas", tr("2. Connect them"),
         tr("Drag from a layer's lower port to the next layer's upper port. Every card shows "
            "its output size as soon as its input is known.")),
        ("analysis", tr("3. Read the numbers"),
         tr("The analysis table shows each layer's output size, parameters and MACs; hover a "
            "number to see its formula.")),
        ("train", tr("4. Train it"),
         tr("Press Train, choose the Shapes data set and one or more optimizers, then Start: "
            "the curves grow as the network learns.")),
        ("inspect", tr("5. Look inside"),
         tr("Look inside shows the feature maps, the filters and where the network looks "
            "(CAM) for any image, epoch by epoch.")),
    ]


def _card_button(name: str, title: str, body: str, tip: str, parent: QWidget) -> QPushButton:
    """A card: a left-aligned button about 46 characters wide (a zoo title with its year
    fits), its lines elided to fit."""
    button = QPushButton(parent)
    button.setObjectName(name)
    metrics = button.fontMetrics()
    width = metrics.averageCharWidth() * 46
    inner = width - 28
    lines = [title] + (body.split("\n") if body else [])
    button.setText("\n".join(metrics.elidedText(line, Qt.TextElideMode.ElideRight, inner)
                             for line in lines))
    button.setToolTip(tip)
    button.setAccessibleName(title)
    button.setFixedWidth(width)
    button.setStyleSheet("QPushButton { text-align: left; padding: 6px 10px; }")
    return button


class StartPage(QScrollArea):
    """``zoo_requested(name)``, ``example_requested(name)``, ``lab_requested(key)``,
    ``recent_requested(path)``, ``tour_requested()``, ``empty_requested()``, ``zoo_dialog_requested()``."""

    zoo_requested = Signal(str)
    example_requested = Signal(str)
    lab_requested = Signal(str)
    recent_requested = Signal(str)
    tour_requested = Signal()
    empty_requested = Signal()
    zoo_dialog_requested = Signal()

    def __init__(self, recent_files=lambda: [], labs=lambda: [], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("start_page")
        self.setAccessibleName(tr("Start page"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAcceptDrops(True)
        self._recent_files, self._labs = recent_files, labs
        self.rebuild()

    # ------------------------------------------------------------ content
    def rebuild(self) -> None:
        """(Re)fill the page: recent files, labs and the language change between visits."""
        old = self.takeWidget()
        if old is not None:
            old.setParent(None)
            old.deleteLater()
        self.body = QWidget(objectName="start_body")
        self.column = QVBoxLayout(self.body)
        self.column.setContentsMargins(24, 18, 24, 18)
        title = QLabel(tr("Welcome to ConvStudio"), self.body, objectName="start_title")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.column.addWidget(title)
        intro = QLabel(tr("Open a network to explore, or build your own: every shape and number "
                          "is shown with its formula."), self.body)
        intro.setWordWrap(True)
        self.column.addWidget(intro)
        self._section(tr("Open a network from the model zoo"), self._zoo_cards())
        self._section(tr("Build your first CNN in 5 steps"), self._guide())
        self._section(tr("Lecture examples"), self._examples())
        labs = self._lab_buttons()
        if labs is not None:
            self._section(tr("Teaching labs"), labs)
        self._section(tr("Recent files"), self._recent())
        self.column.addStretch(1)
        self.setWidget(self.body)

    def _section(self, heading: str, content: QWidget) -> None:
        label = QLabel(heading, self.body)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        label.setFont(font)
        label.setContentsMargins(0, 8, 0, 0)
        self.column.addWidget(label)
        self.column.addWidget(content)

    def _flow(self, name: str) -> tuple[QWidget, FlowLayout]:
        box = QWidget(self.body, objectName=name)
        flow = FlowLayout(box, spacing=8)
        return box, flow

    def _guide(self) -> QWidget:
        """The five steps in one wrapping row (each step's text in its tooltip and in the
        tour), then the buttons that start the tour or an empty canvas."""
        box, flow = self._flow("start_guide")
        for i, (target, title, text) in enumerate(guide_steps()):
            step = QLabel(("\u2192 " if i else "") + title, box, objectName=f"start_step_{target}")
            step.setToolTip(text)
            flow.addWidget(step)
        show = QPushButton(tr("Show me on the window"), box, objectName="start_tour")
        show.clicked.connect(self.tour_requested)
        empty = QPushButton(tr("Start with an empty canvas"), box, objectName="start_empty")
        empty.clicked.connect(self.empty_requested)
        flow.addWidget(show)
        flow.addWidget(empty)
        return box

    def _zoo_cards(self) -> QWidget:
        from gui.i18n import current_language
        box, flow = self._flow("start_zoo")
        try:
            import engine.zoo as zoo
        except ModuleNotFoundError:
            return box
        known = set(zoo.names())
        for name in (n for n in FEATURED if n in known):
            info, card = zoo.info(name), zoo.card(name)
            text = card.text(current_language() if current_language() in card.texts else "en")
            params = tr("%1 parameters").replace("%1", f"{info.params:,}")
            title = f"{text.title or card.title} ({card.year})"
            button = _card_button(f"start_zoo_{name}", title, f"{text.idea}\n{params}",
                                  f"{title}: {text.idea}", box)
            button.clicked.connect(lambda _=False, n=name: self.zoo_requested.emit(n))
            flow.addWidget(button)
        more = QPushButton(tr("All models…"), box, objectName="start_zoo_all")
        more.clicked.connect(self.zoo_dialog_requested)
        flow.addWidget(more)
        return box

    def _examples(self) -> QWidget:
        from engine.examples import EXAMPLES
        box, flow = self._flow("start_examples")
        for name in EXAMPLES:
            button = _card_button(f"start_example_{name}", example_title(name), "",
                                  name, box)
            button.clicked.connect(lambda _=False, n=name: self.example_requested.emit(n))
            flow.addWidget(button)
        return box

    def _lab_buttons(self) -> QWidget | None:
        labs = list(self._labs())
        if not labs:
            return None
        box, flow = self._flow("start_labs")
        for key, title in labs:
            button = _card_button(f"start_lab_{key}", title, "", title, box)
            button.clicked.connect(lambda _=False, k=key: self.lab_requested.emit(k))
            flow.addWidget(button)
        return box

    def _recent(self) -> QWidget:
        box = QWidget(self.body, objectName="start_recent")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        files = list(self._recent_files())
        if not files:
            layout.addWidget(QLabel(tr("No recent files yet."), box))
        for i, path in enumerate(files):
            button = QPushButton(f"{Path(path).name}  \u2014  {Path(path).parent}", box)
            button.setObjectName(f"start_recent_{i}")
            button.setToolTip(path)
            button.setFlat(True)
            button.setStyleSheet("QPushButton { text-align: left; }")
            button.clicked.connect(lambda _=False, p=path: self.recent_requested.emit(p))
            layout.addWidget(button)
        return box

    # ------------------------------------------------------------ a layer dragged onto the page
    def dragEnterEvent(self, event) -> None:  # noqa: N802
        """Dragging a layer from the palette means the user starts building: show the canvas
        (the drop then lands there)."""
        if event.mimeData().formats():
            self.empty_requested.emit()
        event.ignore()
