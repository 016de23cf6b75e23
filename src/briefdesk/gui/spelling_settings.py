"""The Settings dialog's spelling group: language (en-GB / en-US) and a team word list."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from briefdesk.gui.wheel_guard import guard as guard_wheel
from briefdesk.settings import Settings
from briefdesk.spelling.dictionaries import LANGUAGES, personal_path


class SpellingSettings(QGroupBox):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__("Spelling", parent)
        grid = QFormLayout(self)
        self.language = QComboBox()
        guard_wheel(self.language)
        self.language.setAccessibleName("Spelling language")
        for code, name in LANGUAGES.items():
            self.language.addItem(f"{name} ({code})", code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.spelling_language)))
        self.team = QLineEdit(settings.spelling_team_dictionary)
        self.team.setPlaceholderText("Optional: a shared word list, one word a line")
        self.team.setAccessibleName("Team dictionary")
        browse = QPushButton("Bro&wse…")
        browse.setAutoDefault(False)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.team, 1)
        row.addWidget(browse)
        grid.addRow("Lan&guage", self.language)
        grid.addRow("Team dictionary", row)
        mine = QLabel(f"Words you add go to {personal_path()}")
        mine.setWordWrap(True)
        grid.addRow(mine)

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, "Team dictionary", self.team.text(), "Word lists (*.txt *.dic);;All files (*)"
        )
        if path:
            self.team.setText(path)

    def apply(self, settings: Settings) -> None:
        settings.spelling_language = str(self.language.currentData() or "en-GB")
        settings.spelling_team_dictionary = self.team.text().strip()
