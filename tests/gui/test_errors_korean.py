"""Engine errors in a Korean window: the same template the CLI prints in English, translated
once (engine.errors + resources/i18n), on real dialogs and real exports."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton

from gui import i18n
from tests.engine.test_export_formats import _odd_layer
from tests.gui.shell_fixtures import *  # noqa: F401,F403

HANGUL = re.compile(r"[\uac00-\ud7a3]")


@pytest.fixture
def korean(qapp, english):
    assert i18n.install_language(qapp, "ko")
    yield
    i18n.install_language(qapp, "en")


def _choose(combo: QComboBox, data, qtbot) -> None:
    combo.setFocus()
    key = Qt.Key.Key_Down if combo.findData(data) > combo.currentIndex() else Qt.Key.Key_Up
    for _ in range(combo.count()):
        if combo.currentData() == data:
            break
        qtbot.keyClick(combo, key)
    assert combo.currentData() == data


def test_an_onnx_export_that_fails_names_the_layer_in_korean(korean, window, qtbot, tmp_path,
                                                            monkeypatch):
    import torch

    from gui.widgets.export_dialogs import ExportDialog
    graph = _odd_layer(monkeypatch, "InverseErf", lambda x: torch.erfinv(x.clamp(-0.5, 0.5)))
    dialog = ExportDialog(graph, None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    _choose(dialog.findChild(QComboBox, "export_format"), "onnx", qtbot)
    path = dialog.findChild(QLineEdit, "export_path")
    path.selectAll()
    qtbot.keyClicks(path, str(tmp_path / "net.onnx"))
    with qtbot.waitSignal(dialog.finished_writing, timeout=120000):
        qtbot.mouseClick(dialog.findChild(QPushButton, "export_dialog_go"),
                         Qt.MouseButton.LeftButton)
    text = dialog.findChild(QLabel, "export_dialog_status").text()
    assert HANGUL.search(text) and "\n" not in text, text
    assert "레이어 strange(InverseErf layer)은(는) ONNX(으)로 내보낼 수 없습니다" in text, text
    assert "cannot be exported" not in text and "choose another format" not in text
    assert not (tmp_path / "net.onnx").exists()
