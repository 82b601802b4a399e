"""The window's dialogs driven like a user: New from the model zoo (with its card) and the
settings (theme and presentation apply at once, the language is stored for the next start)."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from gui import theme
from gui.settings import Settings
from tests.gui.shell_fixtures import *  # noqa: F401,F403


def _when_dialog(name, act, delay_ms=50):
    """Run ``act(dialog)`` once the modal dialog named ``name`` is up."""
    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.objectName() == name:
            act(dialog)
        else:
            QTimer.singleShot(delay_ms, poll)
    QTimer.singleShot(delay_ms, poll)


def test_new_from_the_zoo_shows_the_card_and_opens_the_model(window, qtbot):
    import engine.zoo as zoo
    seen = {}

    def choose(dialog):
        qtbot.keyClicks(dialog.search, "lenet-5")
        items = [dialog.list.item(i) for i in range(dialog.list.count())
                 if not dialog.list.item(i).isHidden()]
        seen["visible"] = [i.text() for i in items]
        rect = dialog.list.visualItemRect(items[0])
        qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        seen["card"] = dialog.card.toPlainText()
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Open).click()

    _when_dialog("zoo_dialog", choose)
    assert window.new_from_zoo()
    assert seen["visible"][0] == "LeNet-5 (1998)"
    assert "Yann LeCun" in seen["card"] and "60,850" in seen["card"]
    assert window.document.graph == zoo.create("lenet5")
    assert window.analysis.model.data(window.analysis.model.index(
        window.analysis.model.rowCount() - 1, 6)) == "60,850"
    assert window.windowTitle().startswith("LeNet-5")


def test_zoo_card_in_korean(qapp, english, window):
    from gui import i18n
    from gui.widgets.zoo_dialog import ZooDialog
    i18n.install_language(qapp, "ko")
    try:
        dialog = ZooDialog(window)
        assert dialog.select("resnet18")
        text = dialog.card.toPlainText()
        assert "핵심 아이디어" in text and "잔차" in text and "11,689,512" in text
    finally:
        i18n.install_language(qapp, "en")


def test_settings_apply_theme_and_presentation_and_store_the_language(window, qtbot, qapp):
    base = qapp.font().pointSizeF()

    def change(dialog):
        dialog.theme.setFocus()
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        dialog.language.setCurrentIndex(dialog.language.findData("ko"))
        qtbot.mouseClick(dialog.presentation, Qt.MouseButton.LeftButton,
                         pos=dialog.presentation.rect().center())
        # the language needs a restart: the window offers one; this test declines
        click_message_box(QMessageBox.StandardButton.No)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    _when_dialog("settings_dialog", change)
    try:
        window.action_map["settings"].trigger()
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 80
        assert qapp.font().pointSizeF() == base * theme.PRESENTATION_SCALE
        saved = Settings()
        assert (saved.language, saved.theme, saved.presentation) == ("ko", "dark", True)
        assert window.isVisible()  # the restart was declined
        assert window.menuBar().actions()[0].text() == "&File"  # Korean from the next start
        from gui.app import restart_command
        program, arguments = restart_command("/tmp/net.convstudio")
        assert arguments[0].endswith("main.py") and arguments[1:] == ["--open",
                                                                      "/tmp/net.convstudio"]
    finally:
        window.set_presentation(False)
        theme.apply_theme(qapp, "light")
