"""The Library part of the Settings dialog: folders, team database and its marking ceiling."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit, QPlainTextEdit, QWidget

from briefdesk.gui.marking_combo import MarkingCombo
from briefdesk.gui.wheel_guard import guard as guard_wheel
from briefdesk.library.markings import DEFAULT_TEAM_CEILING, NO_CEILING, ceiling_rank
from briefdesk.model.codes import TLP_LEVELS, UK_LEVELS
from briefdesk.settings import Settings

CEILINGS = ("", *(f"TLP:{level}" for level in TLP_LEVELS), *UK_LEVELS, NO_CEILING)
_SHOWN = {"": f"{DEFAULT_TEAM_CEILING} (default)", NO_CEILING: "(no ceiling: every marking sent)"}


class LibraryBox(QGroupBox):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__("Library of past briefs", parent)
        form = QFormLayout(self)
        self.folders = QPlainTextEdit("\n".join(settings.library_folders))
        self.folders.setPlaceholderText("One folder of .brief files per line")
        self.folders.setFixedHeight(64)
        self.dsn = QLineEdit(settings.library_dsn)
        self.dsn.setPlaceholderText("blank: this computer only (SQLite); or host=… dbname=…")
        self.dsn.setToolTip(
            "A PostgreSQL connection string without a password: PostgreSQL reads the password"
            " from ~/.pgpass (or the file PGPASSFILE names)"
        )
        self.ceiling = MarkingCombo()  # "a" picks TLP:AMBER (N20-11)
        guard_wheel(self.ceiling)
        self.ceiling.addItems([_SHOWN.get(c, c) for c in CEILINGS])
        self.ceiling.setToolTip(
            "Briefs marked above this never go to the team database (not even their names);"
            " custom markings count as above every level"
        )
        if settings.library_ceiling in CEILINGS:
            self.ceiling.setCurrentIndex(CEILINGS.index(settings.library_ceiling))
        form.addRow("&Folders", self.folders)
        form.addRow("&Team database", self.dsn)
        form.addRow("Highest &marking sent", self.ceiling)

    def dsn_problem(self) -> str:
        """A password typed into the connection string is refused, not kept (newcomer8 F25)."""
        from briefdesk.library.dsn_password import password_problem

        return password_problem(self.dsn.text(), "Team database")

    def problem(self) -> str:
        try:
            ceiling_rank(self.chosen_ceiling())
        except ValueError as exc:
            return str(exc)
        return ""

    def chosen_ceiling(self) -> str:
        return CEILINGS[max(0, self.ceiling.currentIndex())]

    def apply(self, settings: Settings) -> None:
        lines = self.folders.toPlainText().splitlines()
        settings.library_folders = [line.strip() for line in lines if line.strip()]
        settings.library_dsn = self.dsn.text().strip()
        settings.library_ceiling = self.chosen_ceiling()
