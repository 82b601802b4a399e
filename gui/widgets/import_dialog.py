"""File > Import…: a torchvision model by name, a class in the user's own .py file, or an
exported .pt2, with optional weights (a local file, or torchvision's pretrained ones from its
cache). Importing a .py runs its code, and the dialog says so before it does. The import runs
on a worker thread; a refusal is one sentence in the dialog, nothing lost."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFileDialog,
                               QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QRadioButton, QVBoxLayout, QWidget)

from gui.error_text import user_error_text

KINDS = ("torchvision", "python", "exported")


def tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


class _Signals(QObject):
    finished = Signal(object, str)  # ImportedModel or None, error sentence


_ABANDONED: set = set()  # imports still running after their dialog closed (kept alive here)


class _ImportJob(QRunnable):
    def __init__(self, request: dict):
        super().__init__()
        self.request = request
        self.signals = _Signals()

    def run(self) -> None:
        from engine.io.import_sources import import_model
        try:
            result = import_model(**self.request)
        except (ValueError, OSError) as exc:  # the engine's typed errors: one sentence
            self.signals.finished.emit(None, user_error_text(exc))  # translated
            return
        except Exception as exc:  # noqa: BLE001 - never a traceback in front of a user
            self.signals.finished.emit(None, tr("The model could not be imported (%1).")
                                       .replace("%1", type(exc).__name__))
            return
        self.signals.finished.emit(result, "")


class ImportDialog(QDialog):
    """Choose what to import; ``result`` holds the ImportedModel after ``accept``."""

    def __init__(self, parent: QWidget | None = None, models: list[str] | None = None):
        super().__init__(parent)
        self.setObjectName("import_dialog")
        self.setWindowTitle(tr("Import a Model"))
        self.result_model = None
        self.request_weights = False
        self._weights_chosen = False
        self._job = None
        layout = QVBoxLayout(self)
        layout.addWidget(self._kind_row())
        form = QFormLayout()
        self.model_name = QComboBox(objectName="import_torchvision_name", editable=True)
        self.model_name.addItems(models if models is not None else _torchvision_models())
        self.model_name.setCurrentText("resnet18")
        self.model_name.setAccessibleName(tr("torchvision model"))
        form.addRow(tr("torchvision model:"), self.model_name)
        self.path = QLineEdit(objectName="import_path")
        self.path.setAccessibleName(tr("File to import"))
        browse = QPushButton(tr("Browse…"), objectName="import_browse")
        browse.clicked.connect(self._browse_source)
        form.addRow(tr("File:"), _row(self.path, browse))
        self.class_name = QLineEdit(objectName="import_class")
        self.class_name.setPlaceholderText(tr("the nn.Module class (optional if only one)"))
        form.addRow(tr("Class:"), self.class_name)
        self.weights = QComboBox(objectName="import_weights_choice")
        self.weights.addItem(tr("Fresh (random) weights"), "none")
        self.weights.addItem(tr("torchvision's pretrained weights"), "pretrained")
        self.weights.addItem(tr("A weights file…"), "file")
        form.addRow(tr("Weights:"), self.weights)
        self.weights_path = QLineEdit(objectName="import_weights_path")
        self.weights_path.setPlaceholderText(tr(".safetensors or .pt state dict"))
        browse_w = QPushButton(tr("Browse…"), objectName="import_browse_weights")
        browse_w.clicked.connect(self._browse_weights)
        form.addRow(tr("Weights file:"), _row(self.weights_path, browse_w))
        self.input_size = QLineEdit("3x224x224", objectName="import_input")
        self.input_size.setAccessibleName(tr("Input size"))
        form.addRow(tr("Input (C x H x W):"), self.input_size)
        layout.addLayout(form)
        self.code_warning = QLabel(tr("Importing a Python file runs its code on this computer, "
                                      "with your rights. Import only files you trust."),
                                   objectName="import_code_warning", wordWrap=True)
        self.code_warning.setStyleSheet("color: #9a5b00; font-weight: bold;")
        layout.addWidget(self.code_warning)
        self.status = QLabel("", objectName="import_status", wordWrap=True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(tr("Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("import_run")
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.weights.currentIndexChanged.connect(self._update)
        self.resize(560, 0)
        self._update()

    def _kind_row(self) -> QWidget:
        box = QWidget(objectName="import_kinds")
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.kinds = QButtonGroup(self)
        labels = {"torchvision": tr("torchvision model"), "python": tr("Python file (.py)"),
                  "exported": tr("Exported program (.pt2)")}
        for i, kind in enumerate(KINDS):
            button = QRadioButton(labels[kind], objectName=f"import_kind_{kind}")
            self.kinds.addButton(button, i)
            row.addWidget(button)
        self.kinds.button(0).setChecked(True)
        self.kinds.idToggled.connect(lambda *_: self._update())
        return box

    # ------------------------------------------------------------ state
    @property
    def kind(self) -> str:
        return KINDS[max(0, self.kinds.checkedId())]

    def set_kind(self, kind: str) -> None:
        self.kinds.button(KINDS.index(kind)).setChecked(True)

    def _update(self) -> None:
        kind = self.kind
        self.model_name.setEnabled(kind == "torchvision")
        self.path.setEnabled(kind != "torchvision")
        self.class_name.setEnabled(kind == "python")
        pretrained = self.weights.model().item(1)
        pretrained.setEnabled(kind == "torchvision")
        if kind != "torchvision" and self.weights.currentData() == "pretrained":
            self.weights.setCurrentIndex(0)
        self.weights_path.setEnabled(self.weights.currentData() == "file")
        self.code_warning.setVisible(kind == "python")
        self.import_button.setText(tr("Run the File and Import") if kind == "python"
                                   else tr("Import"))

    def request(self) -> dict | None:
        """The import_model keywords for what is chosen; None (with a sentence) when
        something is missing."""
        from engine.io.sources import SourceError, parse_shape
        try:
            shape = parse_shape(self.input_size.text())
        except SourceError:
            self._say(tr("The input size must be channels x height x width, e.g. 3x224x224."))
            return None
        kind, weights = self.kind, self.weights.currentData()
        req = dict(input_shape=shape, pretrained=weights == "pretrained",
                   weights=self.weights_path.text().strip() if weights == "file" else None)
        if weights == "file" and not req["weights"]:
            self._say(tr("Choose the weights file, or fresh weights."))
            return None
        if kind == "torchvision":
            name = self.model_name.currentText().strip()
            req["source"] = f"torchvision:{name}"
        else:
            path = self.path.text().strip()
            suffix = ".py" if kind == "python" else ".pt2"
            if not path.endswith(suffix):
                self._say(tr("Choose a %1 file.").replace("%1", suffix))
                return None
            req["source"] = path
            if kind == "python":
                req["class_name"] = self.class_name.text().strip() or None
        if kind == "exported" and shape == (3, 224, 224) and not self.input_size.isModified():
            req["input_shape"] = None  # the size the program was exported with
        return req

    def _say(self, text: str) -> None:
        self.status.setText(text)

    # ------------------------------------------------------------ running
    @Slot()
    def start_import(self) -> None:
        req = self.request()
        if req is None:
            return
        self._weights_chosen = bool(req["pretrained"] or req["weights"])
        self._say(tr("Importing…"))
        self.import_button.setEnabled(False)
        self._job = _ImportJob(req)
        self._job.signals.finished.connect(self._on_finished)
        QThreadPool.globalInstance().start(self._job)

    @Slot(object, str)
    def _on_finished(self, result, error: str) -> None:
        self._job = None
        self.import_button.setEnabled(True)
        if result is None:
            self._say(error)
            return
        self.result_model = result
        self.request_weights = self._weights_chosen
        self.accept()

    @property
    def busy(self) -> bool:
        return self._job is not None

    def done(self, code: int) -> None:
        if self._job is not None:  # closing while a trace runs: it ends in the background and
            # its result is dropped; waiting here froze the window for as long as the user's
            # file ran (one that never returns, for ever)
            job, self._job = self._job, None
            job.signals.finished.disconnect(self._on_finished)
            _ABANDONED.add(job)
            job.signals.finished.connect(lambda *_: _ABANDONED.discard(job))
        super().done(code)

    def _browse_source(self) -> None:
        kind = self.kind
        pattern = tr("Python files (*.py)") if kind == "python" else \
            tr("Exported programs (*.pt2)")
        path, _ = QFileDialog.getOpenFileName(self, tr("Import"), "", pattern)
        if path:
            self.path.setText(path)

    def _browse_weights(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Weights"), "",
                                              tr("Weights (*.safetensors *.pt *.pth)"))
        if path:
            self.weights_path.setText(path)
            self.weights.setCurrentIndex(2)


def _row(*widgets) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        row.addWidget(w)
    return box


def _torchvision_models() -> list[str]:
    try:
        from engine.io.import_sources import torchvision_models
        return torchvision_models()
    except ImportError:
        return []
