"""What a manager-ready note needs and a new user has not set: the marking and the author,
asked in the Export dialog itself (newcomer15 N15-11: a first brief spent 8-9 actions on the
Header tab and Settings for them, and a user who did not know Settings held them paid that on
every brief).

Shown only when the brief has no marking or no author. Filled in, they go into the brief in
one undo step as the export starts, and — unless unticked — into Settings, so every new and
drafted brief starts with them and the box does not come back.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QWidget

from briefdesk.gui.document import BriefDocument
from briefdesk.gui.editor_widgets import levels_for
from briefdesk.gui.marking_combo import MarkingCombo
from briefdesk.gui.wheel_guard import guard as guard_wheel
from briefdesk.model import Marking, Person
from briefdesk.model.codes import MarkingScheme
from briefdesk.settings import Settings

UNMARKED = "(leave unmarked)"


def marking_choices() -> list[tuple[str, Marking | None]]:
    """Every standard marking as one pick ("TLP:AMBER", "OFFICIAL-SENSITIVE"): one drop-down a
    keyboard fills with a letter or two, not a scheme then a level."""
    markings = [
        Marking(scheme=scheme, level=level)
        for scheme in (MarkingScheme.TLP, MarkingScheme.UK)
        for level in levels_for(scheme)
    ]
    return [(UNMARKED, None), *((m.label, m) for m in markings)]


class ExportFillIn(QWidget):
    """The marking and author rows of the Export dialog; empty and hidden when both are set."""

    def __init__(
        self, doc: BriefDocument, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.doc = doc
        self.settings = settings
        header = doc.brief.header
        self.needs_marking = doc.brief.marking.scheme is MarkingScheme.NONE
        self.needs_author = not header.from_.name.strip()
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.marking = MarkingCombo()  # "a" picks TLP:AMBER (N20-11)
        guard_wheel(self.marking)
        self.marking.setAccessibleName("Marking for this note")
        for label, marking in marking_choices():
            self.marking.addItem(label, marking)
        self.name = QLineEdit(settings.author.name)
        self.name.setPlaceholderText("your name, as the note's From line")
        self.name.setAccessibleName("Author name")
        self.post = QLineEdit(settings.author.title)
        self.post.setPlaceholderText("your post, e.g. Desk Officer, Gulf")
        self.post.setAccessibleName("Author post")
        self.remember = QCheckBox("&Remember for new briefs (Settings)")
        self.remember.setChecked(True)
        if self.needs_marking:
            form.addRow("&Marking", self.marking)
        if self.needs_author:
            form.addRow("&From", self.name)
            form.addRow("Post", self.post)
        form.addRow("", self.remember)
        self.setVisible(self.needs_marking or self.needs_author)

    def chosen_marking(self) -> Marking | None:
        data = self.marking.currentData()
        return data if self.needs_marking and isinstance(data, Marking) else None

    def chosen_author(self) -> Person | None:
        name = self.name.text().strip()
        if not self.needs_author or not name:
            return None
        return self.doc.brief.header.from_.model_copy(
            update={"name": name, "title": self.post.text().strip()}
        )

    def apply(self) -> str:
        """Put what was filled in into the brief (one undo step) and, when ticked, Settings.
        Returns what was done, for the status line ("" when nothing was filled in)."""
        marking, author = self.chosen_marking(), self.chosen_author()
        if marking is None and author is None:
            return ""
        done: list[str] = []
        with self.doc.macro("Marking and author for export"):
            if marking is not None:
                self.doc.set_value("marking", marking, "Change marking")
                done.append(f"marked {marking.label}")
            if author is not None:
                self.doc.set_value("header.from", author, "Change author")
                done.append(f"From {author.name}")
        if self.remember.isChecked():
            if marking is not None:
                self.settings.marking_scheme = marking.scheme.value
                self.settings.marking_level = marking.level
            if author is not None:
                self.settings.author.name = author.name
                self.settings.author.title = author.title
            done.append("kept in Settings for new briefs")
        return "; ".join(done)
