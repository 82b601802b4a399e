"""The window's tests start in English with its plural forms, as the app does at start-up
(``main.py`` installs the language): "3 layers", not the source text "3 layer(s)", whichever
test file runs first or alone."""
import pytest


@pytest.fixture(scope="session", autouse=True)
def english_first(qapp):
    from gui.i18n import install_language
    install_language(qapp, "en")
    yield
