"""Korean and English: the Korean UI shows Korean strings everywhere a user looks, engine
problems are translated by code with their numbers, and every translation keeps its
placeholders."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from engine.examples import tiny_cnn
from engine.graph import sequential
from engine.io import ProjectFileError, loads
from engine.problems import Problem
from gui import i18n, resources
from gui.problem_text import FILE_ERRORS, PROBLEMS, file_error_text, problem_text
from tests.gui.shell_fixtures import *  # noqa: F401,F403

PLACEHOLDER = re.compile(r"\{[^}]*\}|%\d|%n")


@pytest.fixture
def korean(qapp, english):
    assert i18n.install_language(qapp, "ko")
    yield
    i18n.install_language(qapp, "en")


def test_korean_window_menus_palette_inspector_and_table(korean, make_window):
    window = make_window()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["파일(&F)", "편집(&E)", "보기(&V)", "학습(&T)", "실습(&L)", "도움말(&H)"]
    assert window.docks["palette"].windowTitle() == "레이어"
    categories = window.palette_panel.category_titles()
    assert "합성곱" in categories and "풀링" in categories and "활성화 함수" in categories
    assert window.palette_panel.item_for("MaxPool2d").text(0) == "최대 풀링"
    window.files.new_from_graph(tiny_cnn())
    window.document.select(["conv1"])
    label = window.inspector.findChild(QLabel, "inspector_label_out_channels")
    assert label.text() == "필터 수"
    help_text = window.inspector.findChild(QLabel, "inspector_help_kernel_size").text()
    assert help_text == "필터의 높이와 너비(K)."
    assert window.inspector.editors["padding"].widget.specialValueText() == "same(유지)"
    header = window.analysis.model.headerData(0, Qt.Orientation.Horizontal)
    assert header == "레이어"
    assert window.action_map["undo"].text().startswith("실행 취소")


def test_korean_problem_messages_keep_the_numbers(korean, window):
    graph = sequential((3, 32, 32), [("conv", "Conv2d", dict(kernel_size=3, stride=2)),
                                     ("flat", "Flatten", {}), ("pool", "MaxPool2d", {})])
    window.files.new_from_graph(graph)
    messages = window.messages.messages()
    assert messages[0] == ("pool: MaxPool2d에는 영상 모양(채널 x 높이 x 너비)의 입력이 필요한데 "
                           "길이 3600의 평평한 벡터가 들어옵니다. Flatten 레이어 앞으로 옮기세요.")
    # 16 filters x 15 x 15: floor((32 - 3) / 2) + 1 = 15
    uneven = [m for m in messages if m.startswith("conv: ")][0]
    assert "(32 + 2*0 - 3) / 2가 정수가 아니므로" in uneven and "마지막 1개 행과 열" in uneven


def test_damaged_file_message_in_korean(korean, window, tmp_path):
    path = tmp_path / "notes.convstudio"
    path.write_text("hello")
    assert not window.files.open_path(str(path))
    assert window.files.error_box.text() == ("notes.convstudio은(는) ConvStudio 프로젝트가 "
                                             "아닙니다(JSON 텍스트가 아님). .convstudio 파일을 "
                                             "여세요.")


def test_english_uses_the_engines_own_sentence_and_unknown_codes_fall_back(english):
    problem = Problem("uneven_window", "The engine's sentence.", "warning", "c",
                      dict(kernel=3, stride=2, size=32, padding=0, dropped=1))
    assert problem_text(problem) == "The engine's sentence."
    assert problem_text(Problem("brand_new_code", "Something new.")) == "Something new."
    with pytest.raises(ProjectFileError) as info:
        loads("[1, 2]", "list.convstudio")
    assert file_error_text(info.value) == str(info.value)


def _messages():
    root = ET.parse(resources.translation_file("ko", compiled=False)).getroot()
    for context in root.iter("context"):
        for msg in context.iter("message"):
            yield context.findtext("name"), msg.findtext("source"), msg.findtext("translation")


def test_every_translation_keeps_its_placeholders():
    for context, source, translation in _messages():
        assert translation, f"{context}: {source!r} has no Korean translation"
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation)), \
            f"{context}: {source!r} -> {translation!r}"


def test_every_problem_and_file_error_code_is_translated():
    translated = {source for context, source, _ in _messages() if context == "Problems"}
    for template in list(PROBLEMS.values()) + list(FILE_ERRORS.values()):
        assert template in translated


def test_compiled_translation_matches_its_source():
    """The committed .qm holds every translation of the .ts (else: python -m gui.i18n update)."""
    from PySide6.QtCore import QTranslator
    translator = QTranslator()
    assert translator.load(str(resources.translation_file("ko")))
    stale = [(context, source) for context, source, translation in _messages()
             if translator.translate(context, source) != translation]
    assert stale == [], "run: python -m gui.i18n update"


def test_no_message_is_missing_or_left_unfinished():
    """Every message of the .ts has a finished Korean translation. The failure lists them:
    translate each in resources/i18n/convstudio_ko.ts, remove type="unfinished", run
    ``python -m gui.i18n update``."""
    root = ET.parse(resources.translation_file("ko", compiled=False)).getroot()
    missing, unfinished = [], []
    for context in root.iter("context"):
        for msg in context.iter("message"):
            element = msg.find("translation")
            forms = element.findall("numerusform")
            text = (forms[0].text if forms else element.text) or ""
            where = f"{context.findtext('name')}: {msg.findtext('source')!r}"
            if not text.strip():
                missing.append(where)
            elif element.get("type") == "unfinished":
                unfinished.append(where)
    assert (len(missing), len(unfinished)) == (0, 0), (
        f"{len(missing)} without a translation, {len(unfinished)} unfinished:\n"
        + "\n".join(missing + unfinished))
