"""The one place that finds files under resources/ (translations, styles, icons)."""
from __future__ import annotations

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


def style_file(name: str) -> Path:
    return path("styles", f"{name}.qss")
