"""CAM / Grad-CAM over the image: method, class chooser with scores, a second class side by
side, opacity and colour map. The panel computes maps in its worker and calls ``show_cams``."""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QSlider, QSplitter, QVBoxLayout, QWidget)

from engine.inspect import COLORMAPS, image_to_rgb, overlay, resize_map
from gui.inspect.image_view import ImageView
from gui.widgets.docks import scrolled

SHOW_SIDE = 256  # the overlay is drawn at least this large


def tr(text: str) -> str:
    return QCoreApplication.translate("CamView", text)


class CamView(QWidget):
    """``request_changed`` asks the panel to recompute (method or classes changed)."""

    request_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("inspect_cam_view")
        self.image = None
        self.results: list = []  # CamResult per shown class
        self.method = QComboBox(self, objectName="inspect_cam_method")
        for text, key in ((tr("Automatic"), "auto"), (tr("CAM"), "cam"),
                          (tr("Grad-CAM"), "gradcam")):
            self.method.addItem(text, key)
        self.classes = QListWidget(self, objectName="inspect_cam_classes")
        self.classes.setAccessibleName(tr("Class"))
        self.compare = QComboBox(self, objectName="inspect_cam_compare")
        self.compare.setAccessibleName(tr("Compare with"))
        self.opacity = QSlider(Qt.Orientation.Horizontal, self, objectName="inspect_cam_opacity")
        self.opacity.setRange(0, 100)
        self.opacity.setValue(50)
        self.opacity.setAccessibleName(tr("Opacity"))
        self.colormap = QComboBox(self, objectName="inspect_cam_colormap")
        self.colormap.addItems(list(COLORMAPS))
        self.colormap.setCurrentText("jet")
        self.info = QLabel(self, objectName="inspect_cam_info")
        self.info.setWordWrap(True)
        self.views = [ImageView("inspect_cam_overlay", self),
                      ImageView("inspect_cam_overlay_2", self)]
        self.titles = [QLabel(self, objectName="inspect_cam_title"),
                       QLabel(self, objectName="inspect_cam_title_2")]
        self._layout()
        self.method.currentIndexChanged.connect(self.request_changed)
        self.user_picked = False  # follow the top prediction until the user picks a class
        self.classes.currentRowChanged.connect(self._on_class_picked)
        self.compare.currentIndexChanged.connect(lambda _i: self.request_changed.emit())
        self.opacity.valueChanged.connect(self._render)
        self.colormap.currentIndexChanged.connect(self._render)

    def _layout(self) -> None:
        side = QWidget(self)
        form = QVBoxLayout(side)
        form.setContentsMargins(0, 0, 0, 0)
        for label, widget in ((tr("Method"), self.method), (tr("Class (probability)"),
                                                             self.classes),
                              (tr("Compare with"), self.compare), (tr("Opacity"), self.opacity),
                              (tr("Colour map"), self.colormap)):
            form.addWidget(QLabel(label, side))
            form.addWidget(widget, 1 if widget is self.classes else 0)
        form.addWidget(self.info)
        pictures = QWidget(self)
        row = QHBoxLayout(pictures)
        for title, view in zip(self.titles, self.views):
            col = QVBoxLayout()
            col.addWidget(title)
            col.addWidget(view, 1)
            row.addLayout(col)
        split = QSplitter(self)
        split.addWidget(scrolled(side, "inspect_cam_side"))  # the overlays get the height
        split.addWidget(pictures)
        split.setSizes([220, 700])
        QVBoxLayout(self).addWidget(split)

    # ---------------------------------------------------------------- choices
    def _on_class_picked(self, _row: int) -> None:
        """Only a user's choice arrives here (filling the list blocks the signal)."""
        self.user_picked = True
        self.request_changed.emit()

    def set_scores(self, probs: np.ndarray, names: list) -> None:
        """Fill the class list, best first: the top prediction is chosen (as the epoch, run or
        image changes) unless the user picked a class, which is then kept."""
        keep = self.chosen_class() if self.user_picked else None
        order = np.argsort(-probs)
        self.classes.blockSignals(True)
        self.compare.blockSignals(True)
        self.classes.clear()
        current = self.compare.currentData()
        self.compare.clear()
        self.compare.addItem(tr("(nothing)"), None)
        for c in order:
            item = QListWidgetItem(f"{names[c]}  {probs[c]:.1%}")
            item.setData(Qt.ItemDataRole.UserRole, int(c))
            self.classes.addItem(item)
            self.compare.addItem(f"{names[c]}  {probs[c]:.1%}", int(c))
        rows = [self.classes.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.classes.count())]
        self.classes.setCurrentRow(rows.index(keep) if keep in rows else 0)
        if current is not None:
            self.compare.setCurrentIndex(max(0, self.compare.findData(current)))
        self.classes.blockSignals(False)
        self.compare.blockSignals(False)

    def reset_choice(self) -> None:
        """A new image: explain its predicted class again, with nothing beside it."""
        self.user_picked = False
        for widget in (self.classes, self.compare):
            widget.blockSignals(True)
        self.classes.setCurrentRow(-1)
        self.compare.setCurrentIndex(0)
        for widget in (self.classes, self.compare):
            widget.blockSignals(False)

    def chosen_class(self) -> int | None:
        item = self.classes.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def chosen_classes(self) -> list:
        first = self.chosen_class()
        second = self.compare.currentData()
        return [c for c in (first, second) if c is not None]

    def chosen_method(self) -> str:
        return self.method.currentData()

    # ---------------------------------------------------------------- pictures
    def show_cams(self, image: np.ndarray, results: list, names: list) -> None:
        self.image, self.results = image, results
        for i, title in enumerate(self.titles):
            if i < len(results):
                r = results[i]
                kind = tr("CAM") if r.method == "cam" else tr("Grad-CAM")
                c = int(r.classes[0])
                title.setText(tr("%1 of %2 at %3").replace("%1", kind).replace("%2", names[c])
                              .replace("%3", r.layer))
            title.setVisible(i < len(results))
            self.views[i].setVisible(i < len(results))
        if results:
            r = results[0]
            h, w = r.maps.shape[1:]
            self.info.setText(tr("%1x%2 map upsampled to %3x%4.").replace("%1", str(h))
                              .replace("%2", str(w)).replace("%3", str(image.shape[1]))
                              .replace("%4", str(image.shape[2])))
        self._render()

    def _render(self) -> None:
        if self.image is None:
            return
        base = image_to_rgb(self.image)
        scale = max(1, SHOW_SIDE // max(base.shape[:2]))
        base = np.kron(base, np.ones((scale, scale, 1), np.uint8))
        alpha = self.opacity.value() / 100.0
        for view, r in zip(self.views, self.results):
            heat = np.clip(resize_map(r.heat[0], base.shape[:2]), 0.0, 1.0)
            view.set_rgb(overlay(base, heat, alpha, self.colormap.currentText()))
