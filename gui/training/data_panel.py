"""Choosing the data: which set, how much of it for validation, augmentation, and a preview grid
of samples with their labels (generated or read off the GUI thread).

Shapes (generated, always available offline) is listed first. The torchvision sets and a folder
of images are offered when the engine's ``engine.data.load_dataset`` is there; a set missing
from the cache without a network shows the engine's offline error as one translated sentence.
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QFormLayout, QLabel,
                               QProgressBar, QSpinBox, QVBoxLayout, QWidget)

from engine.data.folder import skipped_note
from engine.training.session import DataChoice
from gui.error_text import code_text
from gui.training.images import ImageGrid
from gui.training.messages import explain_error
from gui.workers import Workers, import_torch_once

PREVIEW_COUNT = 12  # tiles: one per class, at most this many
PREVIEW_POOL = 200  # generated images the tiles are chosen from
SHAPES_PRESETS = ("gray28", "rgb32", "rgb64")
TORCHVISION_SETS = ("mnist", "fashion_mnist", "kmnist", "cifar10", "cifar100", "svhn")
FOLDER = "folder"


def data_choice(source: str, n_train: int, val_fraction: float, seed: int = 0) -> DataChoice:
    """What the engine loads for the panel's choice: ``n_train`` images are generated for a
    Shapes set; the other sets give every image they have."""
    return DataChoice(source, n_train if source.startswith("shapes:") else 0, val_fraction,
                      seed)


def load_preview(source: str):
    """A few samples of ``source``, read in a worker (it imports torch and may generate, read
    or download)."""
    import_torch_once()
    return data_choice(source, PREVIEW_POOL, 0.2).load()


def preview_indices(images, labels, n_classes: int, limit: int = PREVIEW_COUNT) -> list[int]:
    """One image per class (the first ``limit`` classes), each the clearest of its class
    among the pool: the highest pixel contrast, so a colour shape never hides in its
    background. A class missing from the pool is skipped."""
    import numpy as np
    labels = np.asarray(labels)
    chosen = []
    for c in range(min(n_classes, limit)):
        members = np.flatnonzero(labels == c)
        if not len(members):
            continue
        contrast = [float(np.asarray(images[int(i)], dtype=np.float32).std()) for i in members]
        chosen.append(int(members[int(np.argmax(contrast))]))
    return chosen


class DataPanel(QWidget):
    """``source()`` and ``settings()`` describe the chosen data; ``preview_ready`` fires when
    the grid shows the new samples (tests wait on it)."""

    preview_ready = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.num_classes: int | None = None  # of the previewed data set
        self.setObjectName("data_panel")
        self.folder = ""
        self.jobs = Workers(self, threads=1)
        self.chooser = QComboBox(self, objectName="dataset_chooser")
        self.train_images = QSpinBox(self, objectName="train_images")
        self.train_images.setRange(100, 1_000_000)
        self.train_images.setSingleStep(1000)
        self.train_images.setValue(10000)
        self.val_share = QSpinBox(self, objectName="validation_share")
        self.val_share.setRange(5, 50)
        self.val_share.setValue(20)
        self.val_share.setSuffix(" %")
        self.flip = QCheckBox(self, objectName="augment_flip")
        self.crop = QSpinBox(self, objectName="augment_crop")
        self.crop.setRange(0, 8)
        self.download = QProgressBar(self, objectName="download_progress")
        self.download.setVisible(False)
        self.note = QLabel(self, objectName="data_note")
        self.note.setWordWrap(True)
        self.preview = ImageGrid(columns=4, tile=44)
        self.preview.setObjectName("data_preview")
        form = QFormLayout()
        self.labels = [QLabel(self) for _ in range(5)]
        for label, field in zip(self.labels, (self.chooser, self.train_images, self.val_share,
                                              self.flip, self.crop)):
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.download)
        layout.addWidget(self.note)
        layout.addWidget(self.preview)
        self.retranslate()
        self.chooser.currentIndexChanged.connect(self._on_chosen)

    def retranslate(self) -> None:
        current = self.chooser.currentData()
        self.chooser.blockSignals(True)
        self.chooser.clear()
        names = {"gray28": self.tr("Shapes, gray 28\u00d728 (offline)"),
                 "rgb32": self.tr("Shapes, colour 32\u00d732 (offline)"),
                 "rgb64": self.tr("Shapes, colour 64\u00d764 (offline)")}
        for preset in SHAPES_PRESETS:
            self.chooser.addItem(names[preset], f"shapes:{preset}")
        import engine.data as data
        if hasattr(data, "load_dataset"):
            titles = {"mnist": "MNIST", "fashion_mnist": "Fashion-MNIST", "kmnist": "KMNIST",
                      "cifar10": "CIFAR-10", "cifar100": "CIFAR-100", "svhn": "SVHN"}
            for name in TORCHVISION_SETS:
                self.chooser.addItem(titles[name], name)
            self.chooser.addItem(self.tr("A folder of my images\u2026"), FOLDER)
        index = self.chooser.findData(current)
        self.chooser.setCurrentIndex(max(index, 0))
        self.chooser.blockSignals(False)
        for label, text in zip(self.labels, (self.tr("Data set"), self.tr("Training images"),
                                             self.tr("Validation share"),
                                             self.tr("Augmentation"), self.tr("Random crop"))):
            label.setText(text)
        self.chooser.setAccessibleName(self.tr("Data set"))
        self.flip.setText(self.tr("Flip left-right at random"))
        self.crop.setSpecialValueText(self.tr("off"))
        self.crop.setSuffix(self.tr(" px padding"))
        self.train_images.setToolTip(self.tr("Generated sets only: how many training images."))

    def source(self) -> str:
        data = self.chooser.currentData()
        return f"folder:{self.folder}" if data == FOLDER else data

    def set_source(self, source: str) -> bool:
        """Choose ``source`` ("shapes:rgb32", "mnist") in the list; False when not offered."""
        index = self.chooser.findData(source)
        if index >= 0:
            self.chooser.setCurrentIndex(index)
        return index >= 0

    def source_name(self, source: str) -> str:
        """The list's name for ``source`` ("Shapes, colour 32x32 (offline)")."""
        index = self.chooser.findData(source)
        return self.chooser.itemText(index) if index >= 0 else source

    def settings(self) -> dict:
        return {"dataset": self.chooser.currentText(), "source": self.source(),
                "train_images": self.train_images.value(),
                "val_fraction": self.val_share.value() / 100}

    def augment(self) -> dict:
        return {"flip": self.flip.isChecked(), "crop_padding": self.crop.value()}

    def _on_chosen(self, _index: int) -> None:
        if self.chooser.currentData() == FOLDER:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Folder with one sub-folder "
                                                                    "per class"))
            if not folder:
                self.chooser.setCurrentIndex(0)
                return
            self.folder = folder
        self.train_images.setEnabled(self.source().startswith("shapes:"))
        self.load_preview()

    def load_preview(self) -> None:
        """Generate or read a few samples off the GUI thread; the newest request wins."""
        self.note.setText(self.tr("Loading a preview\u2026"))
        source = self.source()
        self.jobs.submit("preview", lambda: load_preview(source), self._on_preview,
                         self._on_preview_failed)

    def _on_preview_failed(self, error) -> None:
        self.note.setText(explain_error(error))
        self.preview.set_images([], [])
        self.preview_ready.emit()

    def _on_preview(self, dataset) -> None:
        from gui.i18n import class_name, dataset_name
        split = dataset.train
        names = dataset.class_names
        pool = range(min(PREVIEW_POOL, len(split)))
        chosen = preview_indices([split.images[i] for i in pool],
                                 [int(split.labels[i]) for i in pool], len(names))
        self.num_classes = dataset.num_classes
        text = self.tr("{0}: {1} classes, images {2}").format(
            dataset_name(dataset.name), len(names), "\u00d7".join(map(str, dataset.input_shape)))
        skipped = skipped_note(dataset)
        if skipped:  # unreadable images of a folder were left out: say how many
            text += " " + code_text(skipped[0], skipped[1], "")
        self.note.setText(text)
        self.preview.set_images([split.images[i] for i in chosen],
                                [class_name(names[int(split.labels[i])]) for i in chosen])
        self.preview_ready.emit()

    def show_download(self, done: int, total: int) -> None:
        self.download.setVisible(total > 0 and done < total)
        self.download.setRange(0, max(total, 1))
        self.download.setValue(done)
