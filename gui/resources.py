"""The one place that finds our files: those under resources/ (translations, styles, icons)
and main.py, to start the program again."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "resources"


def path(*parts: str) -> Path:
    """A file or folder under resources/."""
    return ROOT.joinpath(*parts)


def translations_dir() -> Path:
    return path("i18n")


def translation_file(language: str, compiled: bool = True) -> Path:
    """resources/i18n/convstudio_<language>.qm (or .ts when ``compiled`` is False)."""
    return translations_dir() / f"convstudio_{language}.{'qm' if compiled else 'ts'}"


def restart_command(project: str = "") -> tuple[str, list[str]]:
    """The command that starts ConvStudio again with the saved settings (no --lang or
    --theme override), reopening the project file ``project``."""
    main_py = str(ROOT.parent / "main.py")
    arguments = [main_py] + (["--open", project] if project else [])
    return sys.executable, arguments
