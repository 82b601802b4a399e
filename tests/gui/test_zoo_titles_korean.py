"""Zoo titles follow the language like the cards' text: in Korean the descriptive part of a
title is Korean ("VGG-16 (구성 D)"), while the model names stay as the papers and the Korean
lectures write them ("ResNet-18"). Seen on the start page's cards and in the zoo dialog."""
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton

from engine import zoo
from gui.widgets.zoo_dialog import ZooDialog
from tests.gui.shell_fixtures import *  # noqa: F401,F403  (make_window)


def type_korean(widget, text):
    """Korean is typed through the input method, which commits whole syllables."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def card_title(window, name):
    """The card's first line (its full title; the line is elided only when too long for the
    card, and then shows the start of it) and its second line."""
    button = window.findChild(QPushButton, f"start_zoo_{name}")
    first, second = button.text().split("\n")[:2]
    title = button.accessibleName()
    assert first == title or (first.endswith("\u2026") and title.startswith(first[:-1]))
    return title, second


def test_the_korean_start_page_and_zoo_dialog_show_korean_titles(qtbot, make_window, korean):
    window = make_window()
    window.start.show()
    assert window.start.shown
    assert card_title(window, "vgg16")[0] == "VGG-16 (구성 D) (2014)"
    assert card_title(window, "alexnet")[0] == "AlexNet (논문, 강의 표) (2012)"
    assert card_title(window, "googlenet")[0] == "GoogLeNet (torchvision, 배치 정규화) (2014)"
    # a bare model name stays as it is written; the card's text under it is Korean
    title, idea = card_title(window, "resnet18")
    assert title == "ResNet-18 (2015)" and any("\uac00" <= c <= "\ud7a3" for c in idea)

    seen = {}

    def in_dialog():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ZooDialog):
            QTimer.singleShot(30, in_dialog)
            return
        items = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        seen["items"] = items
        type_korean(dialog.search, "구성")  # Korean words find the Korean title
        QTest.keyClicks(dialog.search, " E")
        seen["shown"] = [dialog.list.item(i).text() for i in range(dialog.list.count())
                         if not dialog.list.item(i).isHidden()]
        seen["card"] = dialog.card.toPlainText().split("\n")[0]
        dialog.search.clear()
        QTest.keyClicks(dialog.search, "configuration E")  # and so do the English ones
        seen["english"] = [dialog.list.item(i).text() for i in range(dialog.list.count())
                           if not dialog.list.item(i).isHidden()]
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(30, in_dialog)
    qtbot.mouseClick(window.findChild(QPushButton, "start_zoo_all"), Qt.MouseButton.LeftButton)
    assert "VGG-11 (구성 A, 배치 정규화) (2014)" in seen["items"]
    assert "LeNet-5 현대식 (ReLU, 최대값 풀링) (1998)" in seen["items"]
    assert "ResNet-18 (2015)" in seen["items"]
    assert seen["shown"] == ["VGG-19 (구성 E) (2014)", "VGG-19 (구성 E, 배치 정규화) (2014)"]
    assert seen["card"] == "VGG-19 (구성 E) (2014)"
    assert seen["english"] == seen["shown"]
    assert len(seen["items"]) >= len(zoo.names())


def test_english_titles_are_unchanged(qtbot, make_window):
    window = make_window()
    window.start.show()
    assert card_title(window, "vgg16")[0] == "VGG-16 (configuration D) (2014)"
    assert zoo.card("vgg16").to_json("ko")["title"] == "VGG-16 (구성 D)"
    assert zoo.card("vgg16").to_json("en")["title"] == "VGG-16 (configuration D)"


def _example_card(qtbot, window, name):
    dialog = ZooDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.select(name)
    return dialog, dialog.card.toPlainText().split("\n")


def test_the_lecture_examples_cards_are_korean_in_the_korean_window(qtbot, make_window,
                                                                    korean):
    from engine.examples import DESCRIPTIONS
    window = make_window()
    dialog, lines = _example_card(qtbot, window, "tiny_cnn")
    title, text = lines[0], " ".join(lines[1:])
    assert title == "28x28 영상용 작은 CNN"  # the start page's title, not the key tiny_cnn
    assert text.strip() == DESCRIPTIONS["tiny_cnn"]["ko"]
    assert "network" not in text and "전역 평균 풀링" in text
    dialog.select("alexnet_table")
    assert dialog.card.toPlainText().startswith("강의 표의 AlexNet\n")
    assert " ".join(dialog.card.toPlainText().split("\n")[1:]).strip() == \
        DESCRIPTIONS["alexnet_table"]["ko"]
    type_korean(dialog.search, "전역 평균")  # the Korean description finds its example
    shown = [dialog.list.item(i) for i in range(dialog.list.count())
             if not dialog.list.item(i).isHidden()]
    assert [item.data(Qt.ItemDataRole.UserRole)[1] for item in shown] == ["tiny_cnn"]
    assert dialog.card.toPlainText().startswith(title)


def test_the_lecture_examples_cards_are_english_in_the_english_window(qtbot, make_window):
    window = make_window()
    _, lines = _example_card(qtbot, window, "alexnet_table")
    assert lines[0] == "AlexNet, as in the lecture's table"
    assert " ".join(lines[1:]).strip().startswith("Exactly the rows of the AlexNet table")
