"""Draft from this source (Ctrl+D): the Qt-free ``editing.draft`` applied as one undo step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefdesk.gui.lazy import lazy
from briefdesk.gui.window_base import WindowBase

if TYPE_CHECKING:
    from briefdesk import model
    from briefdesk.editing import draft as drafting
    from briefdesk.model import codes
else:
    drafting = lazy("briefdesk.editing.draft")
    model = lazy("briefdesk.model")
    codes = lazy("briefdesk.model.codes")


class Drafting(WindowBase):
    """Mixed into MainWindow: one key from a pasted article to a brief to edit."""

    def draft_from_source(self) -> None:
        """Fill the brief from the shown source; waits for its reading when still under way."""
        source = self.current_source()
        if source is None:
            self.show_status("Add a source first: paste an article with Ctrl+Shift+V.")
            return
        extraction = self.extractions.get(source.id)
        if extraction is None:
            self._draft_waiting = source.id
            if source.id not in self.extracting:
                self.extract(source)
            self.show_status(f"Reading “{source.title or 'the source'}” — the draft follows.")
            return
        defaults = drafting.Defaults(author=self._author(), marking=self._marking())
        # The same Qt-free path as ``briefdesk draft``: what the user decided on is never
        # drafted in, and what the draft takes is remembered as decided.
        edits, remembered = drafting.draft_remembering(
            self.doc.brief, source.id, extraction, defaults
        )
        if not edits:
            self.show_status("Nothing to add: the brief already has what this source says.")
            return
        with self.doc.macro(f"Draft from “{source.title or 'source'}”"):
            for edit in edits:
                self.doc.set_value(edit.path, edit.value, f"Draft {edit.what}")
            # What the draft took counts as accepted: renaming it later does not bring it back.
            for edit in remembered:
                self.doc.set_value(edit.path, edit.value, "Draft")
        self._refresh_suggestions()
        if any(edit.path == "bluf" for edit in edits):
            self._focus_bluf_end()
        done = drafting.summary(self.doc.brief, [e.what for e in edits])
        self.show_status(f"Drafted {done}. Ctrl+Z undoes the whole draft.", 10000)

    def _focus_bluf_end(self) -> None:
        """The drafted BLUF is the first thing to rewrite: the cursor waits at its end."""
        from PySide6.QtGui import QTextCursor
        from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

        self.editor.focus_path("bluf")
        widget = self.editor.summary_form.widget_for("bluf")
        if isinstance(widget, QPlainTextEdit | QTextEdit):
            widget.moveCursor(QTextCursor.MoveOperation.End)

    def _author(self) -> model.Person | None:
        from briefdesk.defaults import author_person

        if not self.settings.author.name.strip():
            return None
        return author_person(self.settings)

    def _marking(self) -> model.Marking | None:
        try:
            marking = model.Marking(
                scheme=codes.MarkingScheme(self.settings.marking_scheme),
                level=self.settings.marking_level,
                caveats=self.settings.marking_caveats,
            )
        except ValueError:
            return None
        return None if marking.scheme is codes.MarkingScheme.NONE else marking
