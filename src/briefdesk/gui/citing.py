"""Evidence in the window: highlights in the article, citing words for a record, jumping to what
a check names, showing what an undo changed; messages name things as the user does, never by
field path."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from briefdesk.gui.lazy import lazy

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from briefdesk import model
    from briefdesk.editing import linking
    from briefdesk.gui import suggestions as suggestion_kit
    from briefdesk.gui.document import BriefDocument
    from briefdesk.gui.editor import BriefEditor
    from briefdesk.gui.sources_pane import SourcesPane

    _Base = QMainWindow
else:
    _Base = object
    linking = lazy("briefdesk.editing.linking")
    suggestion_kit = lazy("briefdesk.gui.suggestions")

_FIELD_WORDS = {
    "bluf": "the BLUF",
    "header": "the header",
    "marking": "the marking",
    "purpose": "the purpose",
    "background": "the background",
    "current_status": "the current status",
    "considerations": "the considerations",
    "notes": "the notes",
    "deals": "the deals",
    "recommendations": "the recommendations",
}


class Citing(_Base):
    """Mixed into MainWindow."""

    _citing_for = ""  # the record waiting for the user to select words to cite

    if TYPE_CHECKING:
        doc: BriefDocument
        editor: BriefEditor
        sources_pane: SourcesPane

        _focus_spans: list[model.Span]
        _focus_colour: Any
        _highlight_key: Any

        def show_status(self, message: str, timeout: int = 5000) -> None: ...
        def current_source(self) -> model.Source | None: ...
        def _add_evidence(self, record_path: str, spans: list[model.Span]) -> None: ...
        def _update_link_actions(self) -> None: ...

    def cite_for(self, record_path: str) -> None:
        """ "Cite selection" of a record editor: cite the selected words, or wait for them."""
        span = self.sources_pane.article.selected_span()
        if span is None:
            span = self._own_sentence(record_path)  # its words are a sentence of the source
        if span is None:
            self.start_citing(record_path)
            return
        self._cite(record_path, span)

    def _own_sentence(self, record_path: str) -> model.Span | None:
        """The shown source's sentence the record repeats word for word (N18-13), or None."""
        from briefdesk.editing import fieldpath
        from briefdesk.editing.own_sentence import sentence_span

        source = self.current_source()
        record = record_path.rsplit(".evidence", 1)[0]
        if source is None or len(source.text) > 300_000 or not self.doc.exists(record):
            return None  # (a long text is not searched on every selection change)
        value = fieldpath.get(self.doc.brief, record)
        for field in ("statement", "rationale", "text"):  # a judgment's words, then its why
            text = str(getattr(value, field, "") or "")
            if text.strip() and (span := sentence_span(source, text)) is not None:
                return span
        return None

    def start_citing(self, record_path: str) -> None:
        """Put the keyboard in the article; the next "Cite" goes to this record."""
        self._citing_for = record_path
        record = record_path.rsplit(".evidence", 1)[0]
        own = linking.record_label(self.doc.brief, record) if "[" in record else ""
        label = _quoted(record, own) if own else self.describe(record_path)
        self.sources_pane.article.setFocus()
        self._update_link_actions()
        self.show_status(
            f"Select the words to cite for {label} in the article, then press Ctrl+Alt+E "
            "(or Cite selection).",
            15000,
        )

    def citing_target(self) -> str:
        """The record a citation goes to: the one waiting for words, else the selected one."""
        pending = self._citing_for
        if pending and self.doc.exists(pending):
            return pending
        return self.editor.selected_record()

    def _cite(self, record_path: str, span: model.Span) -> None:
        self._citing_for = ""
        self._add_evidence(record_path, [span])
        self._focus_on(linking.spans_of(self.doc.brief, record_path))
        label = self.describe(record_path)
        self.show_status(f"Cited “{span.quote}” as evidence for {label}")

    def describe(self, path: str) -> str:
        """ "judgment 1 (“Pakistan will…”)", "the BLUF": a field path in the user's words."""
        record = path.rsplit(".evidence", 1)[0] if path.endswith(".evidence") else path
        label = linking.record_label(self.doc.brief, record) if "[" in record else ""
        if label:
            return label
        head = record.split(".", 1)[0].split("[", 1)[0]
        return _FIELD_WORDS.get(head, head.replace("_", " ") or "this item")

    def in_words(self, message: str) -> str:
        """ "deals[0].value.currency: 'USX' is not…" → "currency of JF-17C jets: 'USX' is not…"."""
        import re

        match = re.match(r"^([A-Za-z_][\w.\[\]]*): (.*)$", message, re.S)
        if match is None or not ("." in match.group(1) or "[" in match.group(1)):
            return message
        path, reason = match.groups()
        return f"{self.describe_field(path)}: {reason}"

    def describe_field(self, path: str) -> str:
        """A field path as the user names it: "date", "likelihood of judgment 1 (…)"."""
        record, _sep, field = path.rpartition("]")
        field = field.lstrip(".")
        if not _sep:
            words = path.split(".")[-1].replace("_", " ")
            return _FIELD_WORDS.get(path, words)
        owner = self.describe(record + "]")
        return f"{field.split('.')[-1].replace('_', ' ')} of {owner}" if field else owner

    def jump_to(self, path: str) -> None:
        """Show what a check names; a missing citation starts the citing for its record."""
        if path.endswith(".evidence"):
            record = path.rsplit(".evidence", 1)[0]
            if self.editor.focus_path(record):
                self.start_citing(record)
                return
        if self.editor.focus_path(path):
            return
        self.show_status(f"Cannot show {self.describe(path)}: it is no longer in the brief")

    def reveal_undone(self, redo: bool) -> None:
        """After undo/redo: show the tab and field that changed (it may be on a hidden tab)."""
        stack = self.doc.undo_stack
        command = stack.command(stack.index() - 1 if redo else stack.index())
        path = _command_path(command)
        if path and self.doc.exists(path):
            self.editor.focus_path(path)

    # --- highlights -----------------------------------------------------------------------------
    def _apply_highlights(self) -> None:
        article = self.sources_pane.article
        source = self.current_source()
        if article.source is not source:
            article.show_source(source)
        linked = [
            s for s in linking.all_spans(self.doc.brief) if source and s.source_id == source.id
        ]
        key = (
            article.text_version,
            [(s.start, s.end) for s in linked],
            [(s.source_id, s.start, s.end) for s in self._focus_spans],
            self._focus_colour,
        )
        if key == self._highlight_key:
            return  # typing in a prose field changes no span: leave the article alone
        self._highlight_key = key
        colour = self._focus_colour
        if colour is None:
            article.highlight(linked, self._focus_spans)
        else:
            article.highlight(linked, self._focus_spans, colour)

    def _focus_on(self, spans: list[model.Span], colour: Any = None) -> None:
        self._focus_spans = spans
        self._focus_colour = colour
        if spans:
            wanted = spans[0].source_id
            if wanted != self.sources_pane.current_id():
                self.sources_pane.select(wanted)
        self._apply_highlights()

    def _record_selected(self, path: str) -> None:
        self._update_link_actions()
        if path:
            self._focus_on(linking.spans_of(self.doc.brief, path))

    def _suggestion_selected(self, suggestion: object) -> None:
        if isinstance(suggestion, suggestion_kit.Suggestion):
            self._focus_on(suggestion.spans, _suggestion_colour())


def _command_path(command: Any) -> str:
    if command is None:
        return ""
    for attr in ("path", "list_path"):
        value = getattr(command, attr, "")
        if isinstance(value, str) and value:
            return value
    if command.childCount():
        return _command_path(command.child(0))
    return ""


def _suggestion_colour() -> Any:
    from briefdesk.gui.reading import suggestion_colour

    return suggestion_colour()


def _quoted(path: str, label: str) -> str:
    """ "judgment 2 “Kenya will seek a second loan”": a record's own words, quoted and
    numbered, so a sentence does not run into the message around it (newcomer8 F13)."""
    import re

    match = re.search(r"(actors|places|deals|judgments|options|recommendations)\[(\d+)\]", path)
    if match is None or not label:
        return label
    noun = {"judgments": "judgment", "places": "place"}.get(match.group(1), match.group(1)[:-1])
    return f"{noun} {int(match.group(2)) + 1} “{label.rstrip('.')}”"
