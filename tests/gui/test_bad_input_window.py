"""The bad-input corpus (tests/bad_inputs.py) through the window, in Korean: File > Open and
the inspection panel's weights and image choosers keep the open work and show one translated
sentence for every file the engine refuses."""
from __future__ import annotations

import random
import re

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from engine.examples import tiny_cnn
from engine.io import ProjectFileError, load_project
from gui.commands import SetParamCommand
from tests import bad_inputs as bad
from tests.gui.shell_fixtures import *  # noqa: F401,F403
from tests.gui.test_inspect_panel import panel, settle, weights  # noqa: F401 (fixtures)

HANGUL = re.compile(r"[\uac00-\ud7a3]")


def _one_translated_sentence(text: str) -> None:
    assert text and "\n" not in text and "Traceback" not in text, text
    assert HANGUL.search(text), f"not translated: {text!r}"


def _corpus(folder, count=30):
    files = []
    for i, text in enumerate(bad.HOSTILE_PROJECTS):
        path = folder / f"hostile_{i}.convstudio"
        path.write_bytes(text.encode("utf-8", "surrogatepass"))
        files.append(path)
    files += [bad.bad_project(random.Random(i), folder) for i in range(count)]
    return files


def test_file_open_keeps_the_open_work_for_every_refused_file(korean, window, tmp_path,
                                                              monkeypatch):
    window.files.new_from_graph(tiny_cnn())
    window.document.undo_stack.push(SetParamCommand(window.document, "conv1",
                                                    "out_channels", 12))
    before = window.document.graph.to_dict()
    refused = 0
    for path in _corpus(tmp_path):
        try:
            load_project(path)
            continue  # a harmless mutation: the file opens, nothing to check here
        except ProjectFileError:
            refused += 1
        monkeypatch.setattr(QFileDialog, "getOpenFileName",
                            staticmethod(lambda *a, p=str(path), **k: (p, "")))
        window.action_map["open"].trigger()  # File > Open, through its real action
        box = window.files.error_box
        assert box is not None and box.isVisible(), path.name
        _one_translated_sentence(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()
        window.files.error_box = None
        assert window.document.graph.to_dict() == before and window.isWindowModified()
    assert refused >= 20


def test_weights_and_image_choosers_keep_the_panel_and_say_one_sentence(korean, qtbot, panel,
                                                                       tmp_path, monkeypatch):
    before = panel.features.values.copy()
    rnd = random.Random(5)
    weights_files = [bad.bad_weights(rnd, tmp_path) for _ in range(14)]
    images = [bad.bad_image(rnd, tmp_path) for _ in range(8)]
    for path, button in ([(w, panel.weights_button) for w in weights_files]
                         + [(i, panel.source.open_button) for i in images]):
        monkeypatch.setattr(QFileDialog, "getOpenFileName",
                            staticmethod(lambda *a, p=str(path), **k: (p, "")))
        panel._say("")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        settle(qtbot, panel)
        text = panel.status.text()
        if not text:  # the file was harmless after all (e.g. a cut after the last pixel)
            before = panel.features.values.copy()
            continue
        _one_translated_sentence(text)
        assert np.array_equal(panel.features.values, before), path.name


def test_the_data_preview_says_how_many_images_of_a_folder_were_skipped(qtbot, tmp_path,
                                                                       monkeypatch, english):
    from gui.training.data_panel import FOLDER
    from gui.training.setup import SetupPanel
    root = tmp_path / "pets"
    for cls in ("cats", "dogs"):
        (root / cls).mkdir(parents=True)
        for i in range(4):
            bad.good_png(root / cls, f"{i}.png", 10)
    (root / "cats" / "0_bomb.png").write_bytes(bad.png_header(30000, 30000))
    (root / "dogs" / "broken.png").write_bytes(b"\x89PNG broken")
    setup = SetupPanel()
    qtbot.addWidget(setup)
    setup.show()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: str(root)))
    chooser = setup.data.chooser
    chooser.setCurrentIndex(chooser.findData(FOLDER))  # the list's "Folder…" entry
    qtbot.waitUntil(lambda: setup.data.note.text().startswith("pets"), timeout=60000)
    text = setup.data.note.text()
    assert "2 classes" in text
    assert "2 of the 10 images in" in text and "were skipped" in text
