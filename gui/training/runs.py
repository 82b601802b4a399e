"""The list of every run kept this session, with its settings: tick one to overlay its curves
on the plots, select and press Delete to drop it."""
from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QPushButton, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from gui.training import style
from gui.training.history import (COMPLETED, EARLY_STOPPED, FAILED, RUNNING, STOPPED, History,
                                  RunRecord)

KEY_ROLE = Qt.ItemDataRole.UserRole


class RunsView(QWidget):
    """``overlay_toggled(key, shown)`` when a tick changes; ``runs_deleted(keys)`` on Delete;
    ``save_weights_requested(key)`` for the selected run's Save weights."""

    overlay_toggled = Signal(str, bool)
    runs_deleted = Signal(list)
    save_weights_requested = Signal(str)

    def __init__(self, history: History, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("past_runs")
        self.history = history
        self.tree = QTreeWidget(self, objectName="runs_table")
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.tree.itemChanged.connect(self._on_item_changed)
        self.delete_button = QPushButton(self, objectName="delete_runs")
        self.delete_button.clicked.connect(self.delete_selected)
        self.save_button = QPushButton(self, objectName="save_run_weights")
        self.save_button.clicked.connect(self._save_selected)
        self.keep_check = QCheckBox(self, objectName="keep_runs_with_project")
        self.keep_check.setChecked(True)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_check)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self._shown: set[str] = set()
        self.retranslate()

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([
            self.tr("Run"), self.tr("Optimizer"), self.tr("Learning rate"), self.tr("Data"),
            self.tr("Epochs"), self.tr("Batch"), self.tr("Best val. acc."), self.tr("Status")])
        self.tree.setAccessibleName(self.tr("Runs kept this session"))
        self.delete_button.setText(self.tr("Delete selected runs"))
        self.save_button.setText(self.tr("Save weights\u2026"))
        self.save_button.setToolTip(self.tr("Save the best weights of the selected run as a "
                                            "safetensors file, with its normalisation and "
                                            "class names"))
        self.keep_check.setText(self.tr("Keep the runs with the project file"))
        for w in (self.delete_button, self.save_button, self.keep_check):
            w.setAccessibleName(w.text())
        self.refresh()

    def status_text(self, run: RunRecord) -> str:
        return {RUNNING: self.tr("running"), COMPLETED: self.tr("finished"),
                STOPPED: self.tr("stopped"), EARLY_STOPPED: self.tr("stopped early"),
                FAILED: self.tr("failed")}.get(run.status, run.status)

    def set_shown(self, keys) -> None:
        self._shown = set(keys)
        self.refresh()

    def refresh(self) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        for run in self.history.runs():
            s = run.settings
            lr = s.get("lr")
            acc = run.best_val_acc
            epochs = len(run.epochs["val_acc"])
            item = QTreeWidgetItem([
                f"#{run.session} {run.name}", str(s.get("optimizer", run.name)),
                f"{lr:g}" if isinstance(lr, (int, float)) else "", str(s.get("dataset", "")),
                f"{epochs}/{s.get('epochs', '?')}", str(s.get("batch_size", "")),
                "" if math.isnan(acc) else f"{acc:.1%}", self.status_text(run)])
            item.setData(0, KEY_ROLE, run.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked if run.key in self._shown
                               else Qt.CheckState.Unchecked)
            item.setForeground(1, QBrush(style.colour_for(str(s.get("optimizer", run.name)))))
            self.tree.addTopLevelItem(item)
        for col in range(self.tree.columnCount()):
            self.tree.resizeColumnToContents(col)
        self.tree.blockSignals(False)
        self._update_buttons()

    def selected_key(self) -> str | None:
        items = self.tree.selectedItems()
        return items[0].data(0, KEY_ROLE) if len(items) == 1 else None

    def _update_buttons(self) -> None:
        run = self.history.run(self.selected_key() or "")
        self.save_button.setEnabled(bool(run and run.has_weights))

    def _save_selected(self) -> None:
        key = self.selected_key()
        if key:
            self.save_weights_requested.emit(key)

    def item_for(self, key: str) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, KEY_ROLE) == key:
                return item
        return None

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if column != 0:
            return
        key = item.data(0, KEY_ROLE)
        shown = item.checkState(0) == Qt.CheckState.Checked
        (self._shown.add if shown else self._shown.discard)(key)
        self.overlay_toggled.emit(key, shown)

    def delete_selected(self) -> list[str]:
        """Delete the selected runs that are not running; returns their keys."""
        keys = [item.data(0, KEY_ROLE) for item in self.tree.selectedItems()]
        keys = [k for k in keys if (r := self.history.run(k)) and r.status != RUNNING]
        for key in keys:
            self.history.delete_run(key)
            self._shown.discard(key)
        self.refresh()
        if keys:
            self.runs_deleted.emit(keys)
        return keys
