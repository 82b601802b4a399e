"""The inspection panel: an image (data set, file or drawing) and a layer on the left; feature
maps, filters and CAM / Grad-CAM in tabs; an epoch slider over probe captures from training;
export of any view as PNG. Every engine call runs in a worker (``gui.workers``)."""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QHBoxLayout, QLabel,
                               QPushButton, QSlider, QSplitter, QTabWidget, QVBoxLayout, QWidget)

from engine.inspect import COLORMAPS, Inspector, image_to_rgb, read_normalisation
from gui.inspect.cam_view import CamView
from gui.inspect.feature_view import FeatureMapView
from gui.inspect.filter_view import FilterView
from gui.inspect.image_view import ImageView
from gui.inspect.messages import error_text
from gui.inspect.source import ImageSourceWidget
from gui.widgets.flow_layout import FlowLayout
from gui.workers import Workers

INPUT_SIDE = 224  # the input image is drawn this large so receptive boxes are visible


def tr(text: str) -> str:
    return QCoreApplication.translate("InspectPanel", text)


class InspectPanel(QWidget):
    """``views_updated`` fires after the views show a new result (tests wait on it)."""

    views_updated = Signal()

    def __init__(self, document=None, parent=None):
        super().__init__(parent)
        self.setObjectName("inspect_panel")
        self.document = document
        self.jobs = Workers(self)
        self.inspector: Inspector | None = None
        self.weights_path = ""
        self.image = None
        self.class_names: list = []
        self.stats = None  # (mean, std) of the data set, for "normalise as in training"
        self.probes = None
        self.last = {}
        self._build()
        if document is not None:
            document.selection_changed.connect(self._on_selection)
            document.graph_changed.connect(self._on_graph_event)

    # ---------------------------------------------------------------- layout
    def _build(self) -> None:
        self.rebuild_button = QPushButton(tr("Use the network on the canvas"), self,
                                          objectName="inspect_rebuild")
        self.weights_button = QPushButton(tr("Load weights…"), self, objectName="inspect_weights")
        self.weights_label = QLabel(tr("untrained (random weights)"), self,
                                    objectName="inspect_weights_label")
        self.normalise = QCheckBox(tr("Normalise as in training"), self,
                                   objectName="inspect_normalise")
        self.normalise.setChecked(True)
        self.layer = QComboBox(self, objectName="inspect_layer")
        self.layer.setAccessibleName(tr("Layer"))
        self.colormap = QComboBox(self, objectName="inspect_colormap")
        self.colormap.addItems(list(COLORMAPS))
        for combo in (self.layer, self.colormap):  # never cut a name ("relu2 (Re")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.export_button = QPushButton(tr("Export PNG…"), self, objectName="inspect_export")
        self.status = QLabel(self, objectName="inspect_status")
        self.status.setWordWrap(True)
        self.source = ImageSourceWidget(self)
        self.input_view = ImageView("inspect_input_view", self)
        self.input_caption = QLabel(self, objectName="inspect_input_caption")
        self.features = FeatureMapView(self)
        self.filters = FilterView(self)
        self.cams = CamView(self)
        self.tabs = QTabWidget(self, objectName="inspect_tabs")
        self.tabs.addTab(self.features, tr("Feature maps"))
        self.tabs.addTab(self.filters, tr("Filters"))
        self.tabs.addTab(self.cams, tr("Class activation map"))
        self.probe_bar = self._probe_bar()
        top = FlowLayout()  # wraps instead of making the window wider than a projector
        for w in (self.rebuild_button, self.weights_button, self.weights_label,
                  self.normalise, self._labelled(tr("Layer"), self.layer),
                  self._labelled(tr("Colour map"), self.colormap), self.export_button):
            top.addWidget(w)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.source)
        column.addWidget(self.input_caption)
        column.addWidget(self.input_view, 1)
        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(self.tabs)
        split.setSizes([260, 900])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)
        layout.addWidget(self.probe_bar)
        self._connect()

    def _labelled(self, text: str, field: QWidget) -> QWidget:
        """A label and its field as one piece of the wrapping toolbar: a wrap never leaves the
        label at the end of one line and its combo box on the next (seen in Korean)."""
        pair = QWidget(self)
        row = QHBoxLayout(pair)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(text, pair)
        label.setBuddy(field)
        row.addWidget(label)
        row.addWidget(field)
        return pair

    def _probe_bar(self) -> QWidget:
        bar = QWidget(self, objectName="inspect_probe_bar")
        row = QHBoxLayout(bar)
        self.probe_run = QComboBox(bar, objectName="inspect_probe_run")
        self.probe_run.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.epoch = QSlider(Qt.Orientation.Horizontal, bar, objectName="inspect_epoch")
        self.epoch.setAccessibleName(tr("Epoch"))
        self.epoch_label = QLabel(bar, objectName="inspect_epoch_label")
        row.addWidget(QLabel(tr("Training run"), bar))
        row.addWidget(self.probe_run)
        row.addWidget(self.epoch, 1)
        row.addWidget(self.epoch_label)
        bar.setVisible(False)
        return bar

    def _connect(self) -> None:
        self.rebuild_button.clicked.connect(self.rebuild)
        self.weights_button.clicked.connect(self._weights_dialog)
        self.export_button.clicked.connect(self._export_dialog)
        self.normalise.toggled.connect(lambda _on: self._apply_normalisation())
        self.layer.currentIndexChanged.connect(lambda _i: self.refresh())
        self.colormap.currentTextChanged.connect(self.features.set_colormap)
        self.source.image_chosen.connect(self.set_image)
        self.source.file_requested.connect(self._read_file)
        self.features.cell_clicked.connect(self.show_receptive_field)
        self.cams.request_changed.connect(self.refresh)
        self.probe_run.currentIndexChanged.connect(lambda _i: self._probe_range())
        self.epoch.valueChanged.connect(self._show_epoch)

    # ---------------------------------------------------------------- network and data
    def rebuild(self, graph=None) -> None:
        """Build the network (a copy of the canvas's, or ``graph``) and its Shapes data."""
        graph = (graph or self.document.graph).copy()
        path = self.weights_path

        def work():
            from engine.data.fit import shapes_for_input
            insp = Inspector(graph)
            if path:
                insp.load_weights(path)
            return insp, shapes_for_input(insp.input_shape)
        self._say(tr("Building the network…"))
        self.jobs.submit("build", work, self._built, self._failed)

    def _built(self, result) -> None:
        insp, (images, labels, names, mean, std) = result
        try:
            n = insp.num_classes
        except ValueError as exc:  # e.g. several outputs: no single class score to explain
            self._failed(exc)
            return
        from gui.i18n import class_name
        names = [class_name(name) for name in names]  # the Shapes classes in the UI language
        self.inspector, self.stats = insp, (mean, std)
        self._apply_normalisation(refresh=False)
        self.class_names = names if len(names) == n else [
            tr("class %1").replace("%1", str(i)) for i in range(n)]
        self.layer.blockSignals(True)
        self.layer.clear()
        for node_id in self.inspector.layers(spatial_only=True):
            node = self.inspector.graph.nodes[node_id]
            self.layer.addItem(f"{node.label} ({node.type})", node_id)
        try:
            default = self.inspector.default_layer()
            self.layer.setCurrentIndex(max(0, self.layer.findData(default)))
        except ValueError:
            pass
        self.layer.blockSignals(False)
        self.source.set_input_shape(self.inspector.input_shape)
        self._show_weights_name()
        self._say("")
        self.source.set_dataset(images, labels, names)
        self._predict_dataset()
        if self.probes is not None:  # runs attached while the network was being built
            self._probe_range()

    def _apply_normalisation(self, refresh: bool = True) -> None:
        if self.inspector is not None:
            self.inspector.normalize = self.stats if self.normalise.isChecked() else None
            if refresh:
                self._predict_dataset()
                self.refresh()

    def _predict_dataset(self) -> None:
        insp, images = self.inspector, self.source.images
        if insp is None or images is None:
            return
        self.jobs.submit("predict", lambda: insp.predict(images, k=1).top_classes[:, 0],
                         self.source.set_predictions, self._failed)

    def load_weights(self, path: str) -> None:
        insp = self.inspector
        if insp is None:
            self.weights_path = path
            self.rebuild()
            return

        def work():
            stats = read_normalisation(path, insp.input_shape[0])
            insp.load_weights(path)
            return stats

        def done(stats):
            self.weights_path = path
            if stats is not None:  # the statistics the network was trained with
                self.stats = stats
                self._apply_normalisation(refresh=False)
            self._show_weights_name()
            self._predict_dataset()
            self.refresh()
        self.jobs.submit("weights", work, done, self._failed)

    def _show_weights_name(self) -> None:
        if self.weights_path:
            self.weights_label.setText(self.weights_path.replace("\\", "/").rsplit("/", 1)[-1])

    def _weights_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Load weights"), "", tr(
            "Weights (*.safetensors *.pt *.pth);;All files (*)"))
        if path:
            self.load_weights(path)

    def _read_file(self, path: str) -> None:
        if self.inspector is None:
            return
        from engine.inspect import load_image
        shape = self.inspector.input_shape
        self.jobs.submit("file", lambda: load_image(path, shape),
                         lambda img: self.set_image(img, path.replace("\\", "/")
                                                    .rsplit("/", 1)[-1]), self._failed)

    # ---------------------------------------------------------------- views
    def set_image(self, image, caption: str = "") -> None:
        self.image = np.asarray(image, dtype=np.float32)
        rgb = image_to_rgb(self.image)
        scale = max(1, INPUT_SIDE // max(rgb.shape[:2]))
        self.input_view.set_rgb(np.kron(rgb, np.ones((scale, scale, 1), np.uint8)))
        self.input_view.clear_outline()
        self.input_caption.setText(caption)
        self.cams.reset_choice()
        self.refresh()

    def current_layer(self) -> str | None:
        return self.layer.currentData()

    def refresh(self) -> None:
        """Recompute the feature maps, filters, scores and maps for the image and layer."""
        insp, image, layer = self.inspector, self.image, self.current_layer()
        if insp is None or image is None or layer is None:
            return
        method, classes = self.cams.chosen_method(), self.cams.chosen_classes()

        def work():
            maps = insp.activations(image[None], layer)
            conv = insp.has_filters(layer)
            k = insp.num_classes  # every class's score, for the class list
            cams = [insp.cam(image[None], method=method, classes=classes[0] if classes else None,
                             k=k)]
            cams += [insp.cam(image[None], method=method, classes=c, k=k) for c in classes[1:]]
            return maps, insp.filters(layer) if conv else None, cams[0].prediction, cams
        self.jobs.submit("views", work, self._show_views, self._failed)

    def _show_views(self, result) -> None:
        maps, filters, pred, cams = result
        self.last = {"maps": maps, "filters": filters, "prediction": pred, "cams": cams}
        self.features.show_maps(maps.values[0])
        self.filters.show_filters(filters)
        self.cams.set_scores(pred.probs[0], self.class_names)
        self.cams.show_cams(self.image, cams, self.class_names)
        self._say("")
        self.views_updated.emit()

    def show_receptive_field(self, row: int, col: int) -> None:
        """Outline on the input image the pixels feature-map cell (row, col) sees."""
        if self.inspector is None or self.current_layer() is None:
            return
        try:
            box = self.inspector.receptive_box(self.current_layer(), row, col)
        except ValueError as exc:
            self._say(error_text(exc))
            return
        self.last["box"] = box
        scale = self.input_view.shape[0] / self.inspector.input_shape[1]
        self.input_view.outline(box.top, box.left, box.bottom, box.right, scale)
        self.features.big.outline(row, col, row, col)
        self.input_caption.setText(tr("Cell (%1, %2) sees rows %3–%4, columns %5–%6")
                                   .replace("%1", str(row)).replace("%2", str(col))
                                   .replace("%3", str(box.top)).replace("%4", str(box.bottom))
                                   .replace("%5", str(box.left)).replace("%6", str(box.right)))

    def _on_graph_event(self, event) -> None:
        """Another network was opened: forget the old weights and look at the new one."""
        if type(event).__name__ != "DocumentReset":
            return
        self.weights_path = ""
        self.weights_label.setText(tr("untrained (random weights)"))
        if self.document.graph.nodes:
            self.rebuild()

    def _on_selection(self, node_ids: list) -> None:
        if len(node_ids) == 1 and self.layer.findData(node_ids[0]) >= 0:
            self.layer.setCurrentIndex(self.layer.findData(node_ids[0]))

    # ---------------------------------------------------------------- probes (training)
    def attach_probes(self, recorder) -> None:
        """Show the epoch slider over a ``ProbeRecorder``'s captures. Called again after every
        epoch of a run: the slider follows the newest epoch unless the user moved it back."""
        following = self.probes is not recorder or self.epoch.value() >= self.epoch.maximum()
        self.probes = recorder
        runs = recorder.runs()
        if runs != [self.probe_run.itemText(i) for i in range(self.probe_run.count())]:
            current = self.probe_run.currentText()
            self.probe_run.blockSignals(True)
            self.probe_run.clear()
            self.probe_run.addItems(runs)
            if current in runs:
                self.probe_run.setCurrentText(current)
            self.probe_run.blockSignals(False)
        self.probe_bar.setVisible(True)
        if following:
            self._probe_range()
        else:
            caps = recorder.captures(self.probe_run.currentText() or None)
            self.epoch.setMaximum(max(0, len(caps) - 1))

    def _probe_range(self) -> None:
        caps = self.probes.captures(self.probe_run.currentText() or None)
        self.epoch.setRange(0, max(0, len(caps) - 1))
        self.epoch.setValue(len(caps) - 1)
        self._show_epoch(self.epoch.value())

    def _show_epoch(self, index: int) -> None:
        """Load epoch ``index``'s weights off the GUI thread (a restored run reads them from
        its file the first time); the newest choice wins. A file gone or damaged leaves the
        views, the labels and the weights as they were."""
        caps = self.probes.captures(self.probe_run.currentText() or None) if self.probes else []
        if not caps or self.inspector is None:
            return
        capture, insp = caps[index], self.inspector
        run = self.probe_run.currentText()

        def work() -> bool:
            weights = capture.weights  # a restored epoch: read from disk here, then kept
            if weights is None:
                return False
            insp.load_weights(weights)
            return True

        def shown(loaded: bool) -> None:  # the labels say whose weights the views show
            if not loaded:
                return
            self.epoch_label.setText(tr("epoch %1").replace("%1", str(capture.epoch)))
            self.weights_label.setText(tr("trained: %1, epoch %2").replace("%1", run)
                                       .replace("%2", str(capture.epoch)))
            self.refresh()
        self.jobs.submit("weights", work, shown, self._failed)

    # ---------------------------------------------------------------- export, messages
    def export_png(self, path: str) -> bool:
        """Save the visible tab as a PNG file."""
        return self.tabs.currentWidget().grab().save(path, "PNG")

    def _export_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Export view"), "view.png",
                                              tr("PNG images (*.png)"))
        if path and not self.export_png(path):
            self._say(tr("Cannot write %1; choose another folder.").replace("%1", path))

    def _failed(self, exc) -> None:
        self._say(error_text(exc))

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
