"""The window's tests start in English with its plural forms, as the app does at start-up
(``main.py`` installs the language): "3 layers", not the source text "3 layer(s)", whichever
test file runs first or alone.

A modal dialog that nothing answers would block the whole suite (``exec()`` waits for a click
that never comes): one still open after ``FORGOTTEN_DIALOG_S`` seconds is rejected and its test
fails, naming the dialog."""
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

FORGOTTEN_DIALOG_S = 120  # longer than any dialog a test keeps open on purpose (an import)


@pytest.fixture(scope="session", autouse=True)
def english_first(qapp):
    from gui.i18n import install_language
    install_language(qapp, "en")
    yield


def describe(dialog) -> str:
    text = dialog.text() if hasattr(dialog, "text") and callable(dialog.text) else ""
    return (f"{type(dialog).__name__} {dialog.objectName()!r} titled {dialog.windowTitle()!r}"
            + (f": {text!r}" if text else ""))


@pytest.fixture(autouse=True)
def no_forgotten_dialog(qapp):
    """Close a modal dialog left open for FORGOTTEN_DIALOG_S and fail the test (in its call or
    while pytest-qt closes its windows, which happens before any fixture's teardown)."""
    shown = {"dialog": None, "since": 0.0}
    forgotten: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog is not shown["dialog"]:
            shown.update(dialog=dialog, since=time.monotonic())
            return
        if time.monotonic() - shown["since"] < FORGOTTEN_DIALOG_S:
            return
        forgotten.append(describe(dialog))
        shown.update(dialog=None, since=time.monotonic())
        dialog.reject() if isinstance(dialog, QDialog) else dialog.close()

    timer = QTimer()
    timer.setInterval(1000)
    timer.timeout.connect(look)
    timer.start()
    yield forgotten
    timer.stop()
    assert not forgotten, (f"a modal dialog was left open for {FORGOTTEN_DIALOG_S} s with "
                           f"nothing to answer it: {forgotten}")
