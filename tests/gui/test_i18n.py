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
from gui.problem_text import file_error_text, problem_text
from tests.gui.shell_fixtures import *  # noqa: F401,F403

PLACEHOLDER = re.compile(r"\{[^}:!]*|%\d|%n")  # a field by its name ({inputs:input|inputs})


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


def _translation(msg) -> str:
    """The translation, or the first plural form of a ``%n`` message."""
    element = msg.find("translation")
    forms = element.findall("numerusform")
    return (forms[0].text if forms else element.text) or ""


def _messages(language: str = "ko"):
    root = ET.parse(resources.translation_file(language, compiled=False)).getroot()
    for context in root.iter("context"):
        for msg in context.iter("message"):
            yield context.findtext("name"), msg.findtext("source"), _translation(msg)


def test_every_translation_keeps_its_placeholders():
    for context, source, translation in _messages():
        assert translation, f"{context}: {source!r} has no Korean translation"
        assert set(PLACEHOLDER.findall(source)) == set(PLACEHOLDER.findall(translation)), \
            f"{context}: {source!r} -> {translation!r}"


def test_every_problem_and_file_error_code_is_translated():
    from engine import errors as engine_errors
    from engine.problems import PREFIX
    errors = {source for context, source, _ in _messages() if context == "Errors"}
    problems = {code: text for code, text in engine_errors.catalogue().items()
                if code.startswith(PREFIX)}  # network problems: the engine's templates too
    assert len(problems) > 20
    for template in problems.values():
        assert template in errors
    for template in ProjectFileError.templates.values():  # file errors: the engine's templates
        assert template in errors


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
    missing, unfinished = [], []
    for language in ("ko", "en"):  # English holds only the plural forms
        root = ET.parse(resources.translation_file(language, compiled=False)).getroot()
        for context, msg in ((c, m) for c in root.iter("context") for m in c.iter("message")):
            element = msg.find("translation")
            forms = [f.text or "" for f in element.findall("numerusform")]
            text = (forms[0] if forms else element.text) or ""
            if msg.get("numerus") == "yes" and language == "en" and len(forms) < 2:
                text = ""  # English needs both forms: "1 layer", "2 layers"
            where = f"{language} {context.findtext('name')}: {msg.findtext('source')!r}"
            if not text.strip():
                missing.append(where)
            elif element.get("type") == "unfinished":
                unfinished.append(where)
    assert (len(missing), len(unfinished)) == (0, 0), (
        f"{len(missing)} without a translation, {len(unfinished)} unfinished:\n"
        + "\n".join(missing + unfinished))


def test_plurals_in_english_and_korean(qapp, english, window):
    """Qt plurals, not "%n" replaced by hand: "1 layer", "2 layers" in English."""
    from engine.graph import sequential
    window.files.new_from_graph(sequential((1, 8, 8), []))  # the Input alone
    window.document.analyze_now()
    assert window.summary.text().startswith("1 layer · ")
    assert "0 errors" in window.summary.text() and "0 warnings" in window.summary.text()
    window.files.new_from_graph(tiny_cnn())
    window.document.analyze_now()
    assert window.summary.text().startswith("9 layers · ")
    window.document.select(["conv1", "relu1"])
    assert "2 layers selected." in [w.text() for w in window.inspector.findChildren(QLabel)]
    assert i18n.install_language(qapp, "ko")
    from gui.canvas.folding import tr as canvas_tr
    assert canvas_tr("%n layer(s)", None, 1) == "레이어 1개"


def test_engine_counts_read_one_input_two_inputs_and_korean_keeps_the_number(qapp, english):
    """An engine template's plural ({inputs:input|inputs}) in English; the Korean translation
    uses the number alone ({inputs}개)."""
    from gui.error_text import code_text
    from gui.training.messages import explain
    full = "{dst_name} takes {inputs} input(s) and already has them; disconnect one first."
    assert code_text("inputs_full", dict(dst_name="relu", inputs=1), full) == (
        "relu takes 1 input and already has it; disconnect one first.")
    assert code_text("inputs_full", dict(dst_name="add", inputs=2), full) == (
        "add takes 2 inputs and already has them; disconnect one first.")
    assert code_text("build_invalid_more", dict(first="It is wrong.", more=1), "") == (
        "The network cannot be built: It is wrong. (1 more problem)")
    assert explain("no_optimizer", {}, "") == "Tick at least one optimizer, then press Start."
    assert i18n.install_language(qapp, "ko")
    assert code_text("inputs_full", dict(dst_name="add", inputs=2), full) == (
        "add은(는) 입력을 2개 받으며 이미 모두 연결되어 있습니다. 먼저 하나를 끊으세요.")
    assert code_text("build_invalid_more", dict(first="틀렸습니다.", more=1), "") == (
        "네트워크를 만들 수 없습니다: 틀렸습니다. (문제 1개 더)")
    assert explain("no_optimizer", {}, "") == "옵티마이저를 하나 이상 고른 뒤 시작을 누르세요."


def test_korean_font_is_bundled_registered_and_used(qapp, english):
    from PySide6.QtGui import QFontDatabase, QFontMetrics
    from gui import fonts
    assert fonts.korean_font_path().is_file()
    assert (fonts.korean_font_path().parent / "OFL-NanumGothic.txt").is_file()
    families = fonts.register_bundled_fonts()
    assert families and families[0] in QFontDatabase.families()
    assert i18n.install_language(qapp, "ko")
    try:
        font = qapp.font()
        assert font.family() == families[0]
        assert QFontMetrics(font).inFontUcs4(ord("한"))  # Hangul glyphs, not empty boxes
    finally:
        i18n.install_language(qapp, "en")
    assert qapp.font().family() != families[0]


def test_korean_names_for_optimizers_shapes_devices_and_canvas_cards(korean, make_window):
    from engine.training.optimizers import OPTIMIZERS
    from gui.canvas.labels import node_title
    from gui.training.optimizers import OptimizerRow
    from gui.training.setup import SetupPanel
    row = OptimizerRow(OPTIMIZERS["momentum"])
    assert row.check.text() == "모멘텀 경사 하강법"
    assert i18n.class_name("half_circle") == "반원" and i18n.class_name("cat") == "cat"
    assert i18n.dataset_name("Shapes 1x28x28") == "도형 1x28x28"
    setup = SetupPanel()
    assert setup.cpu_text("CPU (2 threads)") == "CPU(스레드 2개)"
    graph = tiny_cnn()
    assert node_title(graph.nodes["conv1"]) == "합성곱 3x3/1 p1, 8"
    assert node_title(graph.nodes["pool1"]).startswith("최대풀링 2x2/2")
    window = make_window()
    window.files.new_from_graph(graph)
    window.document.analyze_now()
    assert window.canvas.canvas_scene.nodes["conv1"].text().startswith("합성곱 3x3/1 p1, 8")
