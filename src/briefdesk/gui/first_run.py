"""The first-run page: the default marking, the officer's name and post and the organisation,
asked once at the window's first start (newcomer18 N18-13).

A first-time desk officer spent 6-9 actions of the first export on them (the Export dialog's
rows, N15-11), at the moment the note was due. Asked at the first start instead, they reach
the first brief's header and marking before the work starts (the draft, the page preview,
Checks and the library's marking ceiling read them), and the first export is Ctrl+E, Enter.
The page is asked once: filled in or skipped (Esc, "Skip"), it never comes back; Settings
keeps every field for later changes, and the Export dialog still asks a brief that lacks them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from briefdesk.gui.export_fillin import marking_choices
from briefdesk.gui.marking_combo import MarkingCombo
from briefdesk.gui.wheel_guard import guard as guard_wheel
from briefdesk.model import Marking
from briefdesk.model.codes import MarkingScheme
from briefdesk.settings import Settings, wants_first_run


class FirstRunPage(QDialog):
    """Four fields, keyboard first: the name has the focus, Tab moves on, Enter saves."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first-run")
        self.setWindowTitle("Welcome to BriefDesk")
        self.settings = settings
        intro = QLabel(
            "Who your notes are from and how they are marked, asked once. Every new brief "
            "starts with them; change them later in Settings."
        )
        intro.setWordWrap(True)
        self.name = QLineEdit(settings.author.name)
        self.name.setPlaceholderText("your name, as the note's From line")
        self.post = QLineEdit(settings.author.title)
        self.post.setPlaceholderText("your post, e.g. Desk Officer, East Africa")
        self.organisation = QLineEdit(settings.author.unit)
        self.organisation.setPlaceholderText("e.g. Economic Section, Ministry of Trade")
        # Wide enough for each field's example to show whole (a cut-off "your name, as the not…"
        # explains nothing).
        for edit in (self.name, self.post, self.organisation):
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 24)
        self.marking = MarkingCombo()  # "a" picks TLP:AMBER (N20-11)
        guard_wheel(self.marking)
        for label, marking in marking_choices():
            self.marking.addItem(label, marking)
        form = QFormLayout()
        form.addRow("&Name", self.name)
        form.addRow("&Post", self.post)
        form.addRow("&Organisation", self.organisation)
        form.addRow("&Marking", self.marking)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
        self.skip = buttons.addButton("S&kip", QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.name.setFocus()

    def chosen_marking(self) -> Marking | None:
        data = self.marking.currentData()
        return data if isinstance(data, Marking) else None

    def apply(self) -> str:
        """Copy what was filled in into Settings; returns it in words for the status line."""
        author = self.settings.author
        author.name = self.name.text().strip() or author.name
        author.title = self.post.text().strip() or author.title
        author.unit = self.organisation.text().strip() or author.unit
        marking = self.chosen_marking()
        if marking is not None:
            self.settings.marking_scheme = marking.scheme.value
            self.settings.marking_level = marking.level
            self.settings.marking_caveats = marking.caveats
        said = [f"From {author.name}" if author.name else "", marking.label if marking else ""]
        return ", ".join(s for s in said if s)


def offer_first_run(window: Any) -> FirstRunPage | None:
    """Open the page over ``window`` when its settings want it (non-blocking: ``open``);
    None when they do not. Either answer marks the page done and saves Settings."""
    if not wants_first_run(window.settings):
        return None
    page = FirstRunPage(window.settings, window)
    page.finished.connect(lambda result: _finished(window, page, result))
    page.open()
    return page


def _finished(window: Any, page: FirstRunPage, result: int) -> None:
    said = page.apply() if result == QDialog.DialogCode.Accepted else ""
    window.settings.first_run_done = True
    window.persist_settings()
    if said:
        filled = fill_open_brief(window)
        window.show_status(f"Settings: {said}" + (f"; {filled}" if filled else ""), 10000)
    else:
        window.show_status("First-run page skipped: the Export dialog asks what a brief lacks")
    page.deleteLater()


def fill_open_brief(window: Any) -> str:
    """The open brief gets the author and marking it lacks, in one undo step; a new brief
    nothing was done to yet stays clean (closing it asks nothing)."""
    from briefdesk.defaults import author_person, default_marking

    doc = window.doc
    brief = doc.brief
    marking = default_marking(window.settings)
    author = author_person(window.settings)
    wants_marking = brief.marking.scheme is MarkingScheme.NONE and (
        marking.scheme is not MarkingScheme.NONE
    )
    wants_author = not brief.header.from_.name.strip() and bool(author.name)
    if not (wants_marking or wants_author):
        return ""
    untouched = not doc.dirty and doc.path is None and not brief.sources
    with doc.macro("Marking and author from the first-run page"):
        if wants_marking:
            doc.set_value("marking", marking, "Change marking")
        if wants_author:
            doc.set_value("header.from", author, "Change author")
    if untouched:
        doc.undo_stack.setClean()
    return "this brief too"
