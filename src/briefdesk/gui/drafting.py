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
        if self.paste_wait.reading:  # the article just pasted is the one to draft from
            from briefdesk.gui.paste_wait import DRAFT_WAITS

            self.paste_wait.draft_asked = True
            self.show_status(DRAFT_WAITS, 60000)
            return
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
        before = self.doc.brief.model_copy(deep=True)
        with self.doc.macro(f"Draft from “{source.title or 'source'}”"):
            for edit in edits:
                self.doc.set_value(edit.path, edit.value, f"Draft {edit.what}")
            # What the draft took counts as accepted: renaming it later does not bring it back.
            for edit in remembered:
                self.doc.set_value(edit.path, edit.value, "Draft")
        self._refresh_suggestions()
        if any(edit.path == "bluf" for edit in edits):
            self._focus_bluf_end()
        done = drafting.summary(before, self.doc.brief, [e.what for e in edits], extraction)
        # Named as the Sources list now shows it (the draft may have titled it).
        number, now = next(
            (i, s) for i, s in enumerate(self.doc.brief.sources, 1) if s.id == source.id
        )
        named = f"[{number}] “{now.title}”" if now.title else f"source [{number}]"
        self._announce_draft(f"Drafted from {named}: {done}. Ctrl+Z undoes the whole draft.")

    def _announce_draft(self, message: str) -> None:
        """Say what the draft did until the undo stack next changes: after Ctrl+Z the bar said
        "Drafted 3 actors…" over an empty brief (N10-31); it now says the draft was undone,
        and any other change takes the line away."""
        stack = self.doc.undo_stack
        if not getattr(self, "_status_watch", False):
            # A slot of the window itself: Qt drops it with the window (a closure outlived it).
            stack.indexChanged.connect(self._stack_moved)
            self._status_watch = True
        self._status_note: tuple[str, int] | None = (message, stack.index())
        self.show_status(message, 10000)

    def _stack_moved(self, now: int) -> None:
        note: tuple[str, int] | None = getattr(self, "_status_note", None)
        if note is None:
            return
        message, step = note
        self._status_note = None
        from briefdesk.gui.status_text import clip_quotes

        if self.statusBar().currentMessage() == clip_quotes(message):
            self.statusBar().clearMessage()
        if step and now == step - 1 and self.doc.undo_stack.count() >= step:
            undone = "Draft undone: the brief is as it was before Ctrl+D."
            self._status_note = (undone, 0)  # the next change takes this line away in turn
            self.show_status(undone, 10000)

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
