"""Languages: choosing one, installing its compiled translation, and translating engine text.

Every visible string goes through ``QCoreApplication.translate`` (``tr``). The engine never
produces UI text: layer titles, parameter labels and help are translated here by their English
text (context "Layers"), and problems and file errors by their ``code`` and ``data``
(gui.problem_text). Re-scan all of gui/ and rebuild the .qm files with::

    python -m gui.i18n update
"""
from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from gui import resources

_PROBLEM_TEXT = ("error_text", "file_error_text", "problem_text")  # gui.problem_text's, re-exported


def __getattr__(name: str):
    """``error_text``, ``file_error_text`` and ``problem_text`` come from gui.problem_text,
    imported on first use (it imports the engine's templates; the first frame needs none)."""
    if name in _PROBLEM_TEXT:
        from gui import problem_text
        return getattr(problem_text, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

LANGUAGE_NAMES = {"en": "English", "ko": "한국어"}
_installed: list[QTranslator] = []
_current = "en"


def tr(text: str) -> str:
    return QCoreApplication.translate("Language", text)


def system_language() -> str:
    """'ko' when the system locale is Korean, else 'en'."""
    return "ko" if QLocale.system().language() == QLocale.Language.Korean else "en"


def resolve_language(choice: str | None) -> str:
    """Turn a setting ('system', 'en', 'ko') or a command-line value into a language code."""
    if choice in LANGUAGE_NAMES:
        return choice
    return system_language()


def current_language() -> str:
    return _current


def install_language(app: QCoreApplication, language: str) -> bool:
    """Load resources/i18n/convstudio_<language>.qm (English needs none). True when loaded."""
    global _current
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _current = language if language in LANGUAGE_NAMES else "en"
    if isinstance(app, QApplication):
        from gui.fonts import use_language_font
        use_language_font(app, _current)  # Hangul everywhere, even without a system font
    if _current == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English))
        plurals = QTranslator(app)  # English plural forms only: "1 layer", "2 layers"
        if plurals.load(str(resources.translation_file("en"))):
            app.installTranslator(plurals)
            _installed.append(plurals)
        return True
    translator = QTranslator(app)
    qm = resources.translation_file(_current)
    if not translator.load(str(qm)):
        print(f"warning: no translation file {qm}; showing English.", file=sys.stderr)
        _current = "en"
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    qt_own = QTranslator(app)  # Qt's own dialog buttons (Open, Cancel, ...)
    if qt_own.load(QLocale(_current), "qtbase", "_",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    QLocale.setDefault(QLocale(QLocale.Language.Korean))
    return True


# ---------------------------------------------------------------- engine text (layers)
def layer_text(text: str) -> str:
    """A layer title, category, summary, parameter label, help or choice, in the UI language."""
    return QCoreApplication.translate("Layers", text) if text else text


def optimizer_title(title: str) -> str:
    """An optimizer's title ("Gradient descent with momentum") in the UI language."""
    return QCoreApplication.translate("Optimizers", title) if title else title


def class_name(name: str) -> str:
    """A class name in the UI language: the Shapes classes are translated, the names of a
    user's folder or a downloaded set are shown as they are."""
    return QCoreApplication.translate("DataSets", str(name)) if name else str(name)


def dataset_name(name: str) -> str:
    """"Shapes 1x28x28" -> "도형 1x28x28": the set's word translated, its size kept."""
    word, sep, rest = str(name).partition(" ")
    return QCoreApplication.translate("DataSets", word) + sep + rest


def param_label(param) -> str:
    return layer_text(param.display)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] != ["update"]:
        print("usage: python -m gui.i18n update   (re-scan gui/, update the .ts, build the .qm)")
        return 2
    from gui.i18n_tools import update
    return update()


if __name__ == "__main__":
    sys.exit(main())
