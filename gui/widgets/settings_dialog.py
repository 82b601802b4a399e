"""Settings: language (applies at the next start, and says so), theme and presentation mode
(both apply at once)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, \
    QLabel, QVBoxLayout, QWidget

from gui.i18n import LANGUAGE_NAMES


def tr(text: str) -> str:
    return QCoreApplication.translate("SettingsDialog", text)


class SettingsDialog(QDialog):
    def __init__(self, settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(tr("Settings"))
        self.settings = settings
        self.language = QComboBox(self)
        self.language.setObjectName("settings_language")
        self.language.setAccessibleName(tr("Language"))
        self.language.addItem(tr("As the system"), "system")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.theme = QComboBox(self)
        self.theme.setObjectName("settings_theme")
        self.theme.setAccessibleName(tr("Theme"))
        for code, name in (("system", tr("As the system")), ("light", tr("Light")),
                           ("dark", tr("Dark"))):
            self.theme.addItem(name, code)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        self.presentation = QCheckBox(tr("Large fonts and nodes for projectors"), self)
        self.presentation.setObjectName("settings_presentation")
        self.presentation.setChecked(settings.presentation)
        note = QLabel(tr("A new language is used from the next start of ConvStudio."), self)
        note.setObjectName("settings_language_note")
        note.setWordWrap(True)
        note.setProperty("role", "help")
        form = QFormLayout()
        form.addRow(tr("Language"), self.language)
        form.addRow("", note)
        form.addRow(tr("Theme"), self.theme)
        form.addRow(tr("Presentation mode"), self.presentation)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.setObjectName("settings_buttons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def store(self) -> dict:
        """Write the choices to the settings; returns them."""
        values = {"language": self.language.currentData(), "theme": self.theme.currentData(),
                  "presentation": self.presentation.isChecked()}
        self.settings.language = values["language"]
        self.settings.theme = values["theme"]
        self.settings.presentation = values["presentation"]
        self.settings.sync()
        return values
