"""The recovery question after a crash: every recovery file left by a session that died is
listed with its network's name, the time it was saved and its size; the person recovers one,
discards the ones they choose, or decides later. Nothing is deleted without being asked for.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QVBoxLayout)

from engine.io.recovery import RecoveryInfo, describe_recovery


def tr(text: str) -> str:
    return QCoreApplication.translate("Recovery", text)


def describe(info: RecoveryInfo) -> str:
    """One line per recovery file: name, time, and what it holds."""
    name = info.name or tr("Unsaved network")
    if not info.readable:
        return tr("%1 — saved %2 — damaged, cannot be recovered").replace("%1", name).replace(
            "%2", info.saved_at)
    where = Path(info.original).name if info.original else tr("never saved")
    return (tr("%1 (%2) — saved %3 — %4 layers, %5 links")
            .replace("%1", name).replace("%2", where).replace("%3", info.saved_at)
            .replace("%4", str(info.layers)).replace("%5", str(info.links)))


class RecoveryDialog(QDialog):
    """Lists recovery files; ``chosen`` is the file to recover (None: recover nothing now)."""

    def __init__(self, paths: list[Path], parent=None):
        super().__init__(parent)
        self.setObjectName("recovery_dialog")
        self.setWindowTitle(tr("Recover unsaved work"))
        self.chosen: Path | None = None
        self.discarded: list[Path] = []
        text = QLabel(tr("ConvStudio did not close properly. These networks had changes that "
                         "were not saved; recover one, discard the ones you do not need, or "
                         "decide next time."), self)
        text.setWordWrap(True)
        self.files = QListWidget(self)
        self.files.setObjectName("recovery_list")
        self.files.setAccessibleName(tr("Recovery files"))
        self.files.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        infos = sorted((describe_recovery(p) for p in paths), key=lambda i: i.saved_at,
                       reverse=True)
        for info in infos:
            item = QListWidgetItem(describe(info), self.files)
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            item.setData(Qt.ItemDataRole.UserRole + 1, info.readable)
        buttons = QDialogButtonBox(self)
        self.recover_button = self._button(buttons, "recovery_recover", tr("Recover"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self.discard_button = self._button(buttons, "recovery_discard", tr("Discard"),
                                           QDialogButtonBox.ButtonRole.DestructiveRole)
        self.later_button = self._button(buttons, "recovery_later", tr("Decide later"),
                                         QDialogButtonBox.ButtonRole.RejectRole)
        self.recover_button.clicked.connect(self._recover)
        self.discard_button.clicked.connect(self._discard)
        self.later_button.clicked.connect(self.reject)
        self.files.itemSelectionChanged.connect(self._update_buttons)
        self.files.itemDoubleClicked.connect(lambda _item: self._recover())
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.files)
        layout.addWidget(buttons)
        if self.files.count():
            self.files.setCurrentRow(0)
        self._update_buttons()
        self.resize(640, 320)

    def _button(self, box, name, text, role) -> QPushButton:
        button = box.addButton(text, role)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    def _selected(self) -> list[QListWidgetItem]:
        return self.files.selectedItems()

    def _update_buttons(self) -> None:
        selected = self._selected()
        self.recover_button.setEnabled(len(selected) == 1 and bool(
            selected[0].data(Qt.ItemDataRole.UserRole + 1)))
        self.discard_button.setEnabled(bool(selected))

    def _recover(self) -> None:
        selected = self._selected()
        if len(selected) == 1 and selected[0].data(Qt.ItemDataRole.UserRole + 1):
            self.chosen = Path(selected[0].data(Qt.ItemDataRole.UserRole))
            self.accept()

    def _discard(self) -> None:
        """Delete the selected recovery files (the person asked for exactly these)."""
        for item in self._selected():
            path = Path(item.data(Qt.ItemDataRole.UserRole))
            path.unlink(missing_ok=True)
            self.discarded.append(path)
            self.files.takeItem(self.files.row(item))
        if not self.files.count():
            self.reject()
        self._update_buttons()
