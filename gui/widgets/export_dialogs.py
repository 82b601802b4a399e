"""File > Export… and Training > Export training script…: choose what and where, then the
engine writes it off the GUI thread (an ONNX or torch.export export takes seconds) and the
dialog says what was written, or one sentence about what went wrong."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget)

from gui.error_text import user_error_text
from gui.workers import Workers, import_torch_once


def tr(text: str, disambiguation=None, n: int = -1) -> str:
    """Translate ``text``; with ``n`` a plural message ("%n step(s)": "1 step", "2 steps")."""
    return QCoreApplication.translate("ExportDialog", text, disambiguation, n)


# the engine's format names, in the order offered, with their titles and suffixes
FORMATS = (("py", ".py"), ("onnx", ".onnx"), ("torchscript", ".pt"), ("export", ".pt2"),
           ("safetensors", ".safetensors"), ("state_dict", ".pt"))


def format_titles() -> dict:
    return {"py": tr("PyTorch source (.py, runs with only torch)"),
            "onnx": tr("ONNX (.onnx, dynamic batch size)"),
            "torchscript": tr("TorchScript (.pt)"),
            "export": tr("torch.export program (.pt2)"),
            "safetensors": tr("Weights: safetensors"),
            "state_dict": tr("Weights: PyTorch state_dict (.pt)")}


class _PathRow(QWidget):
    """A path field with a Browse… button."""

    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        self.edit = QLineEdit(self, objectName=f"{name}_path")
        self.browse = QPushButton(tr("Browse…"), self, objectName=f"{name}_browse")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.browse)


class _WritingDialog(QDialog):
    """A form, a status line and Export / Close; ``work()`` runs in a worker thread."""

    finished_writing = Signal(bool)  # True when the files were written

    def __init__(self, name: str, title: str, action: str, parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.jobs = Workers(self, threads=1)
        self.form = QFormLayout()
        self.status = QLabel(self, objectName=f"{name}_status")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.go = self.buttons.addButton(action, QDialogButtonBox.ButtonRole.ActionRole)
        self.go.setObjectName(f"{name}_go")
        self.go.setDefault(True)  # Enter writes
        self.go.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def start(self) -> None:
        task = self.task()
        if task is None:
            return
        self.go.setEnabled(False)
        self.status.setText(tr("Writing…"))
        self.jobs.submit("write", task, self._done, self._failed)

    def _done(self, text: str) -> None:
        self.go.setEnabled(True)
        self.status.setText(text)
        self.finished_writing.emit(True)

    def _failed(self, error: Exception) -> None:
        self.go.setEnabled(True)
        message = user_error_text(error)
        self.status.setText(tr("Nothing was written: {0}").format(message))
        self.finished_writing.emit(False)

    def done(self, result: int) -> None:  # closing waits for a write in progress
        self.jobs.close()
        super().done(result)


class ExportDialog(_WritingDialog):
    """Format, destination and which weights: freshly initialised, a run of the training panel
    (last or best epoch) or a weights file."""

    def __init__(self, graph, runs=None, parent=None, default_folder: str = ""):
        super().__init__("export_dialog", tr("Export the network"), tr("Export"), parent)
        self.graph = graph
        self.runs = runs  # a training session with finished runs, or None
        self.format = QComboBox(self, objectName="export_format")
        titles = format_titles()
        for fmt, _ in FORMATS:
            self.format.addItem(titles[fmt], fmt)
        self.format.setAccessibleName(tr("Format"))
        self.destination = _PathRow("export", self)
        stem = _file_stem(graph.name)
        self.destination.edit.setText(str(Path(default_folder or Path.home()) / f"{stem}.py"))
        self.weights = QComboBox(self, objectName="export_weights")
        self.weights.setAccessibleName(tr("Weights"))
        self.weights.addItem(tr("Freshly initialised (no training)"), ("none", ""))
        for run in getattr(runs, "runs", []) or []:
            self.weights.addItem(tr("Run {0}: last epoch").format(run.name), ("last", run.name))
            self.weights.addItem(tr("Run {0}: best epoch").format(run.name), ("best", run.name))
        if self.weights.count() > 1:
            self.weights.setCurrentIndex(1)
        self.weights.addItem(tr("From a weights file…"), ("file", ""))
        self.weights_file = ""
        self.form.addRow(tr("Format"), self.format)
        self.form.addRow(tr("Save as"), self.destination)
        self.form.addRow(tr("Weights"), self.weights)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.destination.browse.clicked.connect(self._browse)
        self.weights.activated.connect(self._weights_chosen)

    def _format_changed(self, _index: int) -> None:
        suffix = dict(FORMATS)[self.format.currentData()]
        path = Path(self.destination.edit.text().strip() or _file_stem(self.graph.name))
        self.destination.edit.setText(str(path.with_suffix(suffix)))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Export the network"),
                                              self.destination.edit.text())
        if path:
            self.destination.edit.setText(path)

    def _weights_chosen(self, _index: int) -> None:
        kind, _ = self.weights.currentData()
        if kind == "file":
            path, _ = QFileDialog.getOpenFileName(self, tr("Weights file"), "",
                                                  tr("Weights (*.safetensors *.pt *.pth)"))
            if path:
                self.weights_file = path
                self.weights.setItemText(self.weights.currentIndex(),
                                         tr("File: {0}").format(Path(path).name))
            else:
                self.weights.setCurrentIndex(0)

    def task(self):
        out = self.destination.edit.text().strip()
        if not out:
            self.status.setText(tr("Choose where to save the export."))
            return None
        fmt = self.format.currentData()
        kind, run = self.weights.currentData()
        graph, session, weights_file = self.graph.copy(), self.runs, self.weights_file
        title = self.format.currentText()

        def work():
            import_torch_once()
            from engine.io.export import export_network, weights_metadata
            state, metadata = None, None
            if kind in ("last", "best"):
                state = (session.best_weights(run) if kind == "best" else None) \
                    or session.final_weights(run)
                metadata = session.weights_metadata()
            elif kind == "file" and weights_file:
                from engine.inspect.weights import read_state_dict
                state, metadata = read_state_dict(weights_file), weights_metadata(weights_file)
            result = export_network(graph, fmt, out, module=state, metadata=metadata)
            files = ", ".join(str(f) for f in result.files)
            return tr("Wrote {0}: {1}").format(title, files)
        return work


class ScriptDialog(_WritingDialog):
    """The training panel's current settings as train.py + model.py in a folder."""

    def __init__(self, graph, config, data, parent=None, default_folder: str = "",
                 data_name: str = "", initial_weights: dict | None = None):
        super().__init__("script_dialog", tr("Export the training script"), tr("Write"),
                         parent)
        self.graph, self.config, self.data = graph, config, data
        self.initial_weights = initial_weights  # the document's imported/pretrained weights
        self.folder = _PathRow("script", self)
        stem = _file_stem(graph.name)
        self.folder.edit.setText(str(Path(default_folder or Path.home()) / f"{stem}_training"))
        self.shapes = QComboBox(self, objectName="script_shapes_format")
        self.shapes.addItem(tr("One tensor file"), "tensors")
        self.shapes.addItem(tr("An image folder (one sub-folder per class)"), "folder")
        self.shapes.setEnabled(data.source.startswith("shapes"))
        from engine.training.optimizers import OPTIMIZERS
        from gui.i18n import optimizer_title
        names = ", ".join(optimizer_title(OPTIMIZERS[o.name].title) if o.name in OPTIMIZERS
                          else o.name for o in config.optimizers) or "-"
        # the data set as the training panel names it (data_name), never its source id
        summary = tr("{0}; optimizers: {1}; {2} epochs, batch {3}").format(
            data_name or data.source, names, config.epochs, config.batch_size)
        extras = []
        if config.early_stopping_patience:
            extras.append(tr("early stopping after %n epoch(s) without a better validation loss",
                             None, config.early_stopping_patience))
        if config.grad_norm_every:
            extras.append(tr("gradient norms every %n step(s)", None, config.grad_norm_every))
        if initial_weights:
            extras.append(tr("starting from the imported weights"))
        from engine.training.script import frozen_layers
        frozen = len(frozen_layers(graph))
        if frozen:
            extras.append(tr("%n frozen layer(s)", None, frozen))
        self.summary = QLabel("; ".join([summary, *extras]), self, objectName="script_summary")
        self.summary.setWordWrap(True)
        self.form.addRow(tr("Training setup"), self.summary)
        self.form.addRow(tr("Folder"), self.folder)
        self.form.addRow(tr("Shapes data as"), self.shapes)
        hint = QLabel(tr("Run it with python train.py, or on several GPUs with "
                         "torchrun --nproc_per_node=N train.py."), self)
        hint.setWordWrap(True)
        self.form.addRow(hint)
        self.folder.browse.clicked.connect(self._browse)

    def _browse(self) -> None:
        path = QFileDialog.getExistingDirectory(self, tr("Folder for the training script"),
                                                self.folder.edit.text())
        if path:
            self.folder.edit.setText(path)

    def task(self):
        out = self.folder.edit.text().strip()
        if not out:
            self.status.setText(tr("Choose a folder for the training script."))
            return None
        graph, config, data = self.graph.copy(), self.config, self.data
        shapes, initial = self.shapes.currentData(), self.initial_weights

        def work():
            import_torch_once()
            from engine.training.script import write_training_script
            result = write_training_script(graph, config, data, out, shapes_format=shapes,
                                           initial_weights=initial)
            text = tr("Wrote {0} files into {1}.").format(len(result.files), result.folder)
            return " ".join([text] + [f"({note})" for note in result.notes])
        return work


def _file_stem(name: str) -> str:
    import re
    return re.sub(r"[^A-Za-z0-9_-]+", "_", name or "").strip("_").lower() or "network"
