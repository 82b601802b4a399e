"""Start the window: ``run_app(argv)`` (called by main.py).

Options: --lang en|ko, --presentation, --theme light|dark|system, --open FILE or SOURCE
(``zoo:NAME``, ``example:NAME``, ``torchvision:NAME``, as the command line takes them; or a file
name alone). Torch is never imported here: the editor and the analysis do not need it, so the
window appears in a fraction of a second; training and inspection import it when they start.
"""
from __future__ import annotations

import argparse
import gc
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from gui import i18n, theme
from gui.resources import restart_command  # noqa: F401  (part of the app's API)
from gui.settings import APPLICATION, ORGANIZATION, Settings


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="convstudio", description="ConvStudio window")
    parser.add_argument("--lang", choices=("en", "ko"), help="the interface language")
    parser.add_argument("--presentation", action="store_true",
                        help="large fonts and nodes for projectors")
    parser.add_argument("--theme", choices=("light", "dark", "system"),
                        help="colour theme (default: the saved choice, else the system's)")
    parser.add_argument("--open", dest="open_file", metavar="FILE", help="a project file, zoo:NAME, example:NAME or torchvision:NAME")
    parser.add_argument("file", nargs="?", help=argparse.SUPPRESS)
    args, _qt_args = parser.parse_known_args(argv)  # Qt's own options (-platform ...) pass
    return args


def create_application(argv: list[str]) -> QApplication:
    app = QApplication.instance()
    if app is None:  # Fusion from the start: setStyle would hand Python the style (9 ms)
        app = QApplication([sys.argv[0] if sys.argv else "convstudio", "-style", "fusion",
                            *[a for a in argv if a.startswith("-psn")]])
        theme.mark_fusion(app)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("ConvStudio")
    return app


def build_window(args: argparse.Namespace, settings: Settings | None = None, *,
                 staged: bool = False):
    """Language, theme and the window, configured from the options and saved settings
    (``staged``: only the window's frame now, the editor after its first paint)."""
    settings = settings or Settings()
    app = QApplication.instance()
    i18n.install_language(app, i18n.resolve_language(args.lang or settings.language))
    theme.apply_theme(app, args.theme or settings.theme)
    theme.follow_system(app)
    from gui.main_window import MainWindow
    window = MainWindow(settings, staged=staged)
    if args.presentation or settings.presentation:
        window.set_presentation(True)
    return window


def after_show(window, args: argparse.Namespace) -> None:
    """Once the window shows: offer recovery, open what ``--open`` names (a project file or a
    SOURCE such as ``zoo:resnet18``, as the command line takes them), else the start page."""
    source = args.open_file or args.file
    recovered = window.files.offer_recovery()
    if source and not recovered:
        window.files.open_source(source, ask=False)
    if not window.document.graph.nodes and not window.document.path and not window.start.shown:
        window.start.show()  # until the user starts working
    window.files.start_autosave()


def launch(args: argparse.Namespace, settings: Settings | None = None):
    """Show the window's first frame (the start page) as soon as possible; the editor is built
    right after it is painted, then what the window opens follows."""
    window = build_window(args, settings, staged=True)
    if not (args.open_file or args.file):
        window.start.show()  # the first frame is the start page, not an empty canvas
    window.show()
    window.when_ready(lambda: (after_show(window, args), resume_collection()))
    return window


def resume_collection() -> None:
    """main.py starts the window with Python's cyclic garbage collector off: start-up makes
    some 45,000 objects the collector tracks, nearly all living as long as the program
    (modules, classes, functions, Qt's enums), and would scan them about 40 times for nothing
    before the first frame (6 ms). Once the window is built they are frozen (never scanned
    again) and collection resumes; with the collector already on (tests, a program that
    embeds the window) this does nothing."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def run_app(argv: list[str]) -> int:
    args = parse_args(argv)
    app = create_application(argv)
    window = launch(args)  # noqa: F841  (kept alive by this frame while the app runs)
    return app.exec()
