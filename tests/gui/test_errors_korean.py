"""Engine errors in a Korean window: the same template the CLI prints in English, translated
once (engine.errors + resources/i18n), on real dialogs and real exports."""
from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton

from gui import i18n
from tests.engine.test_export_formats import _odd_layer
from tests.gui.shell_fixtures import *  # noqa: F401,F403

HANGUL = re.compile(r"[\uac00-\ud7a3]")


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


def test_a_network_problem_in_the_messages_dock_is_korean_with_the_fix(korean, window):
    from engine.graph import sequential
    g = sequential((3, 8, 8), [("c1", "Conv2d", {"out_channels": 8, "padding": 1}),
                               ("c2", "Conv2d", {"out_channels": 4, "padding": 1})])
    g.add_node("Add", {}, node_id="add", pos=(0.0, 300.0))
    g.connect("c1", "add")
    g.connect("c2", "add")
    window.files.new_from_graph(g)
    window.document.wait_for_analysis()
    assert window.document.analysis["add"].error.message == (  # what the CLI prints
        "Add needs inputs of the same shape: 8x8x8 from c1 and 4x8x8 from c2 — add a 1x1 "
        "convolution on the shortcut to match 8 channels.")
    messages = [m for m in window.messages.messages() if m.startswith("add: ")]
    assert messages == ["add: Add에는 모양이 같은 입력이 필요합니다: c1은(는) 8x8x8, c2은(는) "
                        "4x8x8입니다 — 지름길에 1x1 합성곱을 넣어 채널을 8개로 맞추세요."]


def test_a_problem_inside_a_block_and_a_padded_window_are_korean(korean, window):
    from engine.graph import sequential
    window.files.new_from_graph(sequential((16, 1, 1), [("blk", "Transition", {})]))
    window.document.wait_for_analysis()
    english = window.document.analysis["blk"].error.message
    assert english.startswith("Inside the Transition layer: The 2x2 AvgPool2d window")
    block = [m for m in window.messages.messages() if m.startswith("blk: ")]
    assert len(block) == 1 and block[0].startswith("blk: 전이 층 안: "), block
    assert "안: AvgPool2d의 2x2 창이 8x1x1 입력보다 큽니다" in block[0], block
    assert "Inside" not in block[0] and "window" not in block[0]
    window.files.new_from_graph(sequential((1, 2, 2), [("conv", "Conv2d",
                                                        {"kernel_size": 5, "padding": 1})]))
    window.document.wait_for_analysis()
    assert "larger than its 1x2x2 input padded by 1;" in \
        window.document.analysis["conv"].error.message
    conv = [m for m in window.messages.messages() if m.startswith("conv: ")]
    assert conv == ["conv: Conv2d의 5x5 창이 1x2x2 입력(패딩 1)보다 큽니다. 커널을 줄이거나 "
                    "패딩을 늘리거나 앞의 풀링 레이어를 빼세요."]


def test_runs_kept_beside_a_project_that_cannot_be_read_are_said_in_korean(korean, window,
                                                                          tmp_path):
    import json

    from engine.examples import tiny_cnn
    from engine.io import Project, save_project
    from engine.io.runs import FORMAT, INDEX, runs_folder
    for doc, expected in (({"format": FORMAT, "version": 999, "runs": []},
                           "더 새로운 ConvStudio로 저장되었습니다(버전 999)"),
                          ({"format": "something else"}, "학습 기록 목록 파일이 아닙니다"),
                          ({"format": FORMAT, "version": 2}, "목록 파일에 학습 기록 목록이 없습니다")):
        path = tmp_path / "net.convstudio"
        save_project(Project(tiny_cnn(), {"runs": {"kept": 1}}), path)
        folder = runs_folder(path)
        folder.mkdir(exist_ok=True)
        (folder / INDEX).write_text(json.dumps(doc), encoding="utf-8")
        shown = []
        window.files.error_shown.connect(shown.append)
        assert window.files.open_path(str(path), ask=False)
        window.files.error_shown.disconnect(shown.append)
        assert len(shown) == 1 and expected in shown[0], shown
        assert HANGUL.search(shown[0]) and "\n" not in shown[0]
        assert "cannot be read" not in shown[0] and "newer" not in shown[0]
        window.files.error_box.close()


def test_exporting_a_network_with_errors_names_the_problem_in_korean(korean, window, qtbot,
                                                                     tmp_path):
    from engine.graph import sequential
    from gui.widgets.export_dialogs import ExportDialog
    graph = sequential((3, 8, 8), [("flat", "Flatten", {}), ("conv", "Conv2d", {})])
    dialog = ExportDialog(graph, None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    _choose(dialog.findChild(QComboBox, "export_format"), "py", qtbot)
    path = dialog.findChild(QLineEdit, "export_path")
    path.selectAll()
    qtbot.keyClicks(path, str(tmp_path / "net.py"))
    with qtbot.waitSignal(dialog.finished_writing, timeout=120000):
        qtbot.mouseClick(dialog.findChild(QPushButton, "export_dialog_go"),
                         Qt.MouseButton.LeftButton)
    text = dialog.findChild(QLabel, "export_dialog_status").text()
    assert "네트워크에 오류가 있는 동안에는 내보낼 수 없습니다: Conv2d에는 영상 모양" in text, text
    assert "needs an image-shaped input" not in text
    assert not (tmp_path / "net.py").exists()


def test_a_lab_refuses_bad_input_in_korean(qtbot, qapp):
    from gui.labs.window import LabsWindow
    from tests.gui.labs.lab_helpers import edit_cell, set_spin
    from tests.gui.labs.test_conv_lab_gui import parts
    assert i18n.install_language(qapp, "ko")
    try:
        window = LabsWindow()
        qtbot.addWidget(window)
        window.show()
        lab = window.show_lab("conv")
        p = parts(lab)
        edit_cell(qtbot, p["input"], (0, 2, 2), "abc")
        assert p["message"].text() == ("'abc'은(는) 숫자가 아닙니다. 3, -1, 0.5 같은 숫자를 "
                                       "입력하세요."), p["message"].text()
        set_spin(qtbot, p["kernel_size"], "5")
        text = p["message"].text()
        assert lab.result is None and "5x5 커널이 패딩한 4x4 입력보다 큽니다" in text, text
        assert not re.search(r"[A-Za-z]{4,}", text), text  # no English word left
        window.close()
    finally:
        i18n.install_language(qapp, "en")
