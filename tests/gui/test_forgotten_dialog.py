"""A dialog opened by exec() that no test answers is closed after a while and its test fails
naming it, instead of blocking the suite until CI's time limit."""
from PySide6.QtWidgets import QMessageBox

import tests.gui.conftest as gui_conftest


def test_a_forgotten_message_box_is_rejected_and_named(qapp, no_forgotten_dialog, monkeypatch):
    monkeypatch.setattr(gui_conftest, "FORGOTTEN_DIALOG_S", 1)
    box = QMessageBox(QMessageBox.Icon.Question, "Keep the trained runs?", "Nobody answers.",
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel)
    box.setObjectName("ask_keep_runs")
    answer = box.exec()  # returns only because the watchdog closes it
    assert not box.isVisible() and answer != QMessageBox.StandardButton.Save
    assert no_forgotten_dialog == ["QMessageBox 'ask_keep_runs' titled 'Keep the trained runs?': "
                                   "'Nobody answers.'"]
    no_forgotten_dialog.clear()  # seen: this test passes
