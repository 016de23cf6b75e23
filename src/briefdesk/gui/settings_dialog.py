"""Settings: author, default marking, templates folder, spelling. Returns data via ``apply``."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefdesk.gui import prompts
from briefdesk.gui.editor_widgets import SCHEME_LABELS, chosen_scheme, levels_for
from briefdesk.gui.spelling_settings import SpellingSettings
from briefdesk.gui.wheel_guard import guard as guard_wheel
from briefdesk.model import Marking
from briefdesk.model.codes import MarkingScheme
from briefdesk.settings import Settings


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("BriefDesk settings")
        self.settings = settings
        author = QGroupBox("Author defaults for new briefs")
        grid = QFormLayout(author)
        self.name = QLineEdit(settings.author.name)
        self.title_ = QLineEdit(settings.author.title)
        self.unit = QLineEdit(settings.author.unit)
        self.phone = QLineEdit(settings.author.phone)
        self.email = QLineEdit(settings.author.email)
        self.email.setPlaceholderText("name@example.org")
        grid.addRow("&Name", self.name)
        grid.addRow("&Title", self.title_)
        grid.addRow("&Unit", self.unit)
        grid.addRow("&Phone", self.phone)
        grid.addRow("&Email", self.email)

        marking = QGroupBox("Default marking")
        grid = QFormLayout(marking)
        self.scheme = QComboBox()
        guard_wheel(self.scheme)
        for scheme, label in SCHEME_LABELS.items():
            self.scheme.addItem(label, scheme)
        self.level = QComboBox()
        guard_wheel(self.level)
        self.caveats = QLineEdit(settings.marking_caveats)
        grid.addRow("&Scheme", self.scheme)
        grid.addRow("&Level", self.level)
        grid.addRow("&Caveats", self.caveats)
        try:
            scheme = MarkingScheme(settings.marking_scheme)
        except ValueError:
            scheme = MarkingScheme.NONE
        self.scheme.setCurrentIndex(max(0, self.scheme.findData(scheme)))
        self._fill_levels(settings.marking_level)
        self.scheme.currentIndexChanged.connect(lambda _i: self._fill_levels(""))

        templates = QGroupBox("My templates")
        row = QHBoxLayout(templates)
        self.templates = QLineEdit(str(settings.user_templates_dir()))
        browse = QPushButton("&Browse…")
        browse.setAutoDefault(False)
        browse.clicked.connect(self._browse)
        row.addWidget(self.templates, 1)
        row.addWidget(browse)

        self.spelling = SpellingSettings(settings)

        from briefdesk.gui.library_settings import LibraryBox

        self.library = LibraryBox(settings)
        from briefdesk.gui.never_settings import NeverSuggestBox

        self.never = NeverSuggestBox(settings)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        for widget in (author, marking, templates, self.spelling, self.library, buttons):
            layout.addWidget(widget)
        layout.insertWidget(layout.count() - 1, self.never)  # above OK / Cancel

    def _fill_levels(self, level: str) -> None:
        scheme = chosen_scheme(self.scheme)
        self.level.clear()
        self.level.setEditable(scheme is MarkingScheme.CUSTOM)
        self.level.addItems(list(levels_for(scheme)))
        if level:
            self.level.setCurrentText(level)
        self.level.setEnabled(scheme is not MarkingScheme.NONE)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Templates folder", self.templates.text())
        if folder:
            self.templates.setText(folder)

    def problem(self) -> str:
        """Why OK cannot be taken yet ("" when it can): a silently dropped marking would leave
        every new brief unmarked while the user believes the default is set."""
        if self.marking() is None:
            if chosen_scheme(self.scheme) is MarkingScheme.CUSTOM:
                return "A custom marking needs its text in Level, e.g. COMPANY CONFIDENTIAL."
            return "Choose a level for the default marking."
        return ""

    def accept(self) -> None:
        from briefdesk.email_address import email_problem

        email = email_problem(self.email.text())
        if email:
            prompts.show_error(self, "Author email", f"Author email: {email}")
            self.email.setFocus()
            self.email.selectAll()
            return
        never = self.never.problem()
        if never:
            prompts.show_error(self, "Never suggest", never)
            self.never.table.setFocus()
            return
        dsn = self.library.dsn_problem()
        if dsn:
            prompts.show_error(self, "Team database", dsn)
            self.library.dsn.setFocus()
            return
        message = self.problem()
        if message:
            prompts.show_error(self, "Default marking", message)
            self.level.setFocus()
            return
        super().accept()

    def marking(self) -> Marking | None:
        scheme = chosen_scheme(self.scheme)
        level = self.level.currentText().strip() if scheme is not MarkingScheme.NONE else ""
        try:
            return Marking(scheme=scheme, level=level, caveats=self.caveats.text().strip())
        except ValueError:
            return None

    def apply(self) -> Settings:
        """Copy the fields into the settings object (the caller saves it)."""
        self.settings.author.name = self.name.text().strip()
        self.settings.author.title = self.title_.text().strip()
        self.settings.author.unit = self.unit.text().strip()
        self.settings.author.phone = self.phone.text().strip()
        from briefdesk.email_address import normalized_email

        self.settings.author.email = normalized_email(self.email.text())
        marking = self.marking()
        if marking is not None:
            self.settings.marking_scheme = marking.scheme.value
            self.settings.marking_level = marking.level
            self.settings.marking_caveats = marking.caveats
        self.settings.templates_folder = self.templates.text().strip()
        self.spelling.apply(self.settings)
        self.library.apply(self.settings)
        self.never.apply(self.settings)
        return self.settings
