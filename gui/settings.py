"""User settings (language, theme, presentation mode, recent files, window layout) in QSettings.

The location can be redirected with the CONVSTUDIO_CONFIG_DIR environment variable or
``use_config_dir`` so tests never touch a real user's settings.
"""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

ORGANIZATION = "ConvStudio"
APPLICATION = "ConvStudio"
MAX_RECENT = 8
LANGUAGES = ("system", "en", "ko")
THEMES = ("system", "light", "dark")

_config_dir: str | None = None


def use_config_dir(folder: str | os.PathLike | None) -> None:
    """Keep settings and recovery files in ``folder`` (None: the default per-user place)."""
    global _config_dir
    _config_dir = str(folder) if folder else None


def config_dir() -> Path:
    folder = _config_dir or os.environ.get("CONVSTUDIO_CONFIG_DIR")
    if not folder:
        base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation)
        folder = base or str(Path.home() / ".config" / APPLICATION)
    return Path(folder)


def recovery_dir() -> Path:
    return config_dir() / "recovery"


class Settings:
    """Typed access to the few settings the window keeps."""

    def __init__(self) -> None:
        self.qsettings = QSettings(str(config_dir() / "convstudio.ini"),
                                   QSettings.Format.IniFormat)

    def _get(self, key: str, default, allowed=None):
        value = self.qsettings.value(key, default)
        if allowed is not None and value not in allowed:
            return default
        return value

    # ------------------------------------------------------------ preferences
    @property
    def language(self) -> str:
        return str(self._get("ui/language", "system", LANGUAGES))

    @language.setter
    def language(self, value: str) -> None:
        self.qsettings.setValue("ui/language", value)

    @property
    def theme(self) -> str:
        return str(self._get("ui/theme", "system", THEMES))

    @theme.setter
    def theme(self, value: str) -> None:
        self.qsettings.setValue("ui/theme", value)

    @property
    def presentation(self) -> bool:
        return str(self._get("ui/presentation", "false")).lower() == "true"

    @presentation.setter
    def presentation(self, value: bool) -> None:
        self.qsettings.setValue("ui/presentation", "true" if value else "false")

    @property
    def autosave_seconds(self) -> int:
        try:
            return max(5, int(self._get("files/autosave_seconds", 60)))
        except (TypeError, ValueError):
            return 60

    # ------------------------------------------------------------ recent files
    def recent_files(self) -> list[str]:
        value = self.qsettings.value("files/recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or []) if v][:MAX_RECENT]

    def add_recent(self, path: str) -> list[str]:
        path = str(Path(path).resolve())
        files = [path] + [f for f in self.recent_files() if f != path]
        self.qsettings.setValue("files/recent", files[:MAX_RECENT])
        return files[:MAX_RECENT]

    def clear_recent(self) -> None:
        self.qsettings.setValue("files/recent", [])

    # ------------------------------------------------------------ window layout
    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        return (self.qsettings.value("window/geometry"), self.qsettings.value("window/state"))

    def save_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        self.qsettings.setValue("window/geometry", geometry)
        self.qsettings.setValue("window/state", state)

    def sync(self) -> None:
        self.qsettings.sync()
