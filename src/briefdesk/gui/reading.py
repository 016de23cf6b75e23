"""Sources coming in and being read: import, extraction in the background, and the store of
suggestions per source (open, dismissed)."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefdesk.gui.modules import (
    core,
    fieldpath,
    model,
    prompts,
    suggestion_kit,
)
from briefdesk.gui.window_base import WindowBase

if TYPE_CHECKING:
    from PySide6.QtGui import QDragEnterEvent, QDropEvent


class SourceReading(WindowBase):
    """Mixed into MainWindow: sources in, suggestions out."""

    def add_source_dialog(self) -> None:
        self.add_source_files(prompts.choose_source_files(self))

    def add_source_files(
        self,
        paths: list[Path],
        encoding: str | None = None,
        left_out: list[str] | None = None,
        note: str = "",
    ) -> None:
        """Import files in the background; ``encoding``: the user's choice over any guess;
        ``left_out``/``note``: what a drop did not import, said in the same one box."""
        from briefdesk.gui import batch_landing
        from briefdesk.gui.import_batch import ImportBatch

        batch = ImportBatch(
            [Path(p) for p in paths],
            lambda title, text: prompts.show_error(self, title, text),
            left_out,
            note,
            land=lambda path, found, at: batch_landing.land(self, batch, path, found, at),
            finished=lambda: batch_landing.finished(self, batch),
        )
        for path in batch.paths:
            self.runner.submit(
                f"Importing {path.name}",
                partial(core.import_all_checked, encoding=encoding),
                path,
                list(self.doc.brief.sources),
                on_done=partial(batch.arrived, path),
                on_error=partial(batch.failed, path),
            )

    def paste_source(self) -> None:
        from PySide6.QtGui import QGuiApplication

        clipboard = QGuiApplication.clipboard()
        text = clipboard.text()
        mime = clipboard.mimeData()
        # A page copied whole also comes as HTML: read like an opened page, menus left out.
        html = mime.html() if mime is not None and mime.hasHtml() else ""
        if not text.strip():
            prompts.show_error(
                self, "Nothing to paste", "The clipboard holds no text to use as a source."
            )
            return
        self.add_source_text(text, html)

    def add_source_text(self, text: str, html: str = "") -> None:
        """Import pasted text; ``html``: the same copy as HTML, when the clipboard holds it."""
        from briefdesk.sources.pasted_link import LINK_ADVICE, only_a_link

        if only_a_link(text):  # pasted or dropped: a link is no article (nothing is fetched)
            prompts.show_error(self, "A link, not an article", LINK_ADVICE)
            return
        job = self.runner.submit(
            "Importing pasted text",
            partial(core.import_pasted_checked, html=html),
            text,
            list(self.doc.brief.sources),
            on_done=self._pasted_imported,
            on_error=self._paste_failed,
        )
        self.show_status(self.paste_wait.started(job), 60000)  # at once (N17-08)

    def _pasted_imported(self, result: object) -> None:
        self._source_imported(result)
        if self.paste_wait.take_draft():  # Ctrl+D was pressed while it was read
            self.draft_from_source()

    def _paste_failed(self, message: str) -> None:
        self.show_status("")
        self.paste_wait.take_draft()  # nothing to draft from: the box says why
        prompts.show_error(self, "Cannot add source", message)

    def _sources_imported(self, found: list[object]) -> None:
        for result in found:
            self._source_imported(result)

    def _source_imported(
        self, result: object, already: Any = None, announce: bool = True, before: str | None = None
    ) -> model.Source | None:
        """Add an imported source and show it; returns it (None: not added, a duplicate).
        ``announce``: say so in the status bar; ``before``: the source it goes before (N21-11)."""
        if not isinstance(result, tuple):
            return None
        source, duplicate = result
        if duplicate is None:
            # A source added while this import ran may be the same article.
            duplicate = next(
                (s for s in self.doc.brief.sources if s.content_hash == source.content_hash), None
            )
        if duplicate is not None:
            if already is not None:
                already(f"already in the brief as “{duplicate.title or duplicate.id}”")
                return None
            prompts.show_info(
                self,
                "Already a source",
                f"This text is already in the brief as “{duplicate.title or duplicate.id}”.",
            )
            self.sources_pane.select(duplicate.id)
            return None
        if not source.title.strip():
            # Pasted text has no title: its headline or a short first sentence, never one cut
            # mid-phrase (the draft names it after its deal).
            from briefdesk.editing.draft import pasted_title

            source = source.model_copy(update={"title": pasted_title(source.text)})
        from briefdesk.editing.source_date import with_text_date
        from briefdesk.sources.dedupe import with_update_note

        source = with_update_note(self.doc.brief.sources, source)  # "Updated version of …"
        source = with_text_date(source)  # "WARSAW, 20 November 2026 —" as its published date
        if self.doc.brief.source(source.id) is not None:
            source = source.model_copy(
                update={"id": f"{source.id}-{len(self.doc.brief.sources) + 1}"}
            )
        at = next((i for i, s in enumerate(self.doc.brief.sources) if s.id == before), None)
        self.doc.insert_record("sources", source, at, f"Add source {source.title or ''}".strip())
        self.sources_pane.select(source.id)
        self.library_panel.show_context(self.doc.brief)
        if announce:
            from briefdesk.gui.source_status import added_line

            self.show_status(added_line(source, self.doc.brief), 15000)
        warned = [n[8:] for n in source.notes.splitlines() if n.startswith("Import: ")]
        from briefdesk.sources.charset_symbols import is_misread_note

        if misread := [n for n in warned if is_misread_note(n)]:
            named = f"“{source.title}”" if source.title else "The source"
            prompts.show_info(self, "Check the letters", f"{named}: {misread[0]}.")
        self.extract(source)
        return source

    def extract(self, source: model.Source, then: Any = None) -> None:
        """Read ``source`` in the background; ``then()`` runs on the GUI thread afterwards."""
        self.extracting.add(source.id)
        self._refresh_suggestions()
        from briefdesk.gui.memory import never_list

        never = tuple(never_list(self))
        # The library's confirmed actors (cached, loaded in the background; empty without one).
        known = getattr(getattr(self, "library_reuse", None), "known", ())
        job = partial(core.extract, never=never) if never else core.extract
        if known:
            job = partial(job, known=known)
        # Read with nothing left out: what the user decided is hidden here, by the brief's
        # current keys, so an undo brings a dismissed suggestion straight back.
        self.runner.submit(
            f"Reading {source.title or 'source'}",
            job,
            source.model_copy(deep=True, update={"dismissed": []}),
            on_done=partial(self._extracted, source, then),
            on_error=partial(self._extract_failed, source, then),
        )

    def read_all_sources(self) -> None:
        """Suggestions for every source of a brief just opened: each is read again in the
        background (suggestions are not saved in the brief), the shown source first."""
        current = self.sources_pane.current_id()
        ids = [s.id for s in self.doc.brief.sources if s.id not in self.suggestions]
        ids.sort(key=lambda source_id: source_id != current)
        self._reading_queue = ids
        self.extracting.update(ids)
        self._read_next()

    def _read_next(self) -> None:
        while self._reading_queue:
            source = self.doc.brief.source(self._reading_queue.pop(0))
            if source is None or source.id in self.suggestions:
                if source is not None:
                    self.extracting.discard(source.id)
                continue
            self.extract(source, then=self._read_next)
            return
        self._refresh_suggestions()

    def suggest_current(self) -> None:
        source = self.current_source()
        if source is None:
            self.show_status("Select a source first.")
            return
        self.side.setCurrentWidget(self.suggestions_panel)
        # Asked for by name: what was decided for this source is listed again (undoable).
        self.forget_dismissed(source)
        self.extract(source)

    def _extracted(self, source: model.Source, then: Any, result: object) -> None:
        self.extracting.discard(source.id)
        found = suggestion_kit.from_extraction(result, source)
        self.suggestions[source.id] = found
        self.found[source.id] = len(found)
        self.extractions[source.id] = result
        if not self._reading_queue:  # a source just added (or the last one read): related briefs
            self.library_panel.show_context(self.doc.brief, self.extractions.values())
        if self._draft_waiting == source.id:
            self._draft_waiting = ""
            self.draft_from_source()
        if source.id == self.sources_pane.current_id() or then is None:
            self._refresh_suggestions()
        if then is not None:
            then()

    def _extract_failed(self, source: model.Source, then: Any, message: str) -> None:
        self.extracting.discard(source.id)
        self._refresh_suggestions()
        self.show_status(f"No suggestions for {source.title or 'the source'}: {message}", 10000)
        if then is not None:
            then()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if (mime.hasUrls() and any(url.isLocalFile() for url in mime.urls())) or mime.hasText():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        event.acceptProposedAction()
        files = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        if files:
            self.add_dropped(files)
        elif mime.hasText() and mime.text().strip():
            self.add_source_text(mime.text())

    def add_dropped(self, paths: list[Path]) -> None:
        """Files and folders dropped on the window: articles are imported (a folder's own files,
        one level), a lone .brief is opened, and anything left out is said in one message."""
        from briefdesk.gui.dropped import plan_drop
        from briefdesk.sources import SUPPORTED_SUFFIXES

        plan = plan_drop(paths, SUPPORTED_SUFFIXES)
        reasons, summary = plan.skipped_reasons(), plan.summary()
        if plan.sources:  # one box at the end: refused imports, left-out files, the note
            self.add_source_files(plan.sources, left_out=reasons, note=summary)
            count = len(plan.sources)
            self.show_status(f"Importing {count} file{'s' if count != 1 else ''}…")
        elif reasons or summary:
            lines = "\n".join(f"• {line}" for line in reasons)
            prompts.show_info(self, "Nothing to import", f"{summary}\n{lines}".strip())
        if not plan.sources and not plan.folders and plan.briefs:
            self.open_path(plan.briefs[0])

    def _reload_sources(self) -> None:
        self.sources_pane.set_sources(self.doc.brief.sources)

    def current_source(self) -> model.Source | None:
        source_id = self.sources_pane.current_id()
        return self.doc.brief.source(source_id) if source_id else None

    def _source_selected(self, source_id: str) -> None:
        if source_id in self._reading_queue:
            # The source the user is looking at is read next.
            self._reading_queue.remove(source_id)
            self._reading_queue.insert(0, source_id)
        self.sources_pane.article.show_source(
            self.doc.brief.source(source_id) if source_id else None
        )
        self._refresh_suggestions()
        self._apply_highlights()
        self._update_link_actions()

    def _doc_changed(self, path: str) -> None:
        sources_touched = fieldpath.related(path, "sources") and (
            path == "sources"
            or len(fieldpath.parse(path)) == 2  # a whole source replaced (a draft names it)
            or len(self.doc.brief.sources) != self.sources_pane.list.count()
            or any(word in path for word in (".title", "reliability", "credibility"))
        )
        if not path or sources_touched:
            self._reload_sources()
        self._refresh_suggestions_if_actors(path)
        self._apply_highlights()

    # --- suggestions ----------------------------------------------------------------------------
    def open_suggestions(self) -> list[suggestion_kit.Suggestion]:
        from briefdesk.gui.memory import never_list, ruled_out

        source_id = self.sources_pane.current_id()
        items = self.suggestions.get(source_id, [])
        source = self.doc.brief.source(source_id) if source_id else None
        decided = self.dismissed_keys(source) if source is not None else set()
        never = never_list(self)
        return [
            s
            for s in items
            if suggestion_kit.suggestion_key(s) not in decided
            and not ruled_out(s, never)
            and not self._already_in_brief(s)
        ]

    def _already_in_brief(self, suggestion: suggestion_kit.Suggestion) -> bool:
        return suggestion_kit.in_brief(self.doc.brief, suggestion)

    def _refresh_suggestions(self) -> None:
        source_id = self.sources_pane.current_id()
        from briefdesk.analysis_budget import partial_note

        busy = source_id in self.extracting
        source = self.doc.brief.source(source_id) if source_id in self.suggestions else None
        self.suggestions_panel.set_suggestions(
            self.open_suggestions(),
            busy,
            self._empty_suggestions_note(source_id),
            partial_note(source) if source is not None else "",
        )
        brief = self.doc.brief
        empty = not (brief.actors or brief.deals or brief.bluf.strip())
        self.suggestions_panel.draft_button.setVisible(bool(source_id) and empty)

    def _empty_suggestions_note(self, source_id: str) -> str:
        """Why there is nothing to accept, and what to do next."""
        by_hand = "Select words in the article and right-click to link them by hand."
        if not source_id:
            return (
                "Add a source — paste an article (Ctrl+Shift+V) or drop files on the window — "
                "and what it mentions is suggested here."
            )
        if source_id not in self.suggestions:
            return (
                "No suggestions from this source yet (reading it failed, or it came back with "
                "Undo): press Ctrl+R (File → Suggest from this source) to read it. "
                f"{by_hand}"
            )
        if not self.found.get(source_id):
            return (
                "Nothing found to suggest in this source (suggestions work best on English "
                f"news text). {by_hand}"
            )
        source = self.doc.brief.source(source_id)
        if source is not None and source.dismissed:
            return (
                "Nothing left to suggest from this source (what you dismissed stays dismissed; "
                f"Ctrl+R lists it again). {by_hand}"
            )
        return f"Nothing left to suggest from this source. {by_hand}"

    def _refresh_suggestions_if_actors(self, path: str) -> None:
        # What the brief holds decides which suggestions are still open (undo brings them back).
        if (
            not path
            or path == "sources"
            or path.endswith(".dismissed")
            or any(
                fieldpath.related(path, part)
                for part in ("actors", "places", "deals", "significance.judgments")
            )
        ):
            self._refresh_suggestions()

    def dismiss_suggestions(self, items: list[suggestion_kit.Suggestion]) -> None:
        """Dismissed for good: the keys go into their sources in the brief, one undo step."""
        from briefdesk.gui.memory import remember_decided

        title = "Dismiss suggestion" if len(items) == 1 else f"Dismiss {len(items)} suggestions"
        remember_decided(self, items, title)
        self._focus_on([])
        self._refresh_suggestions()
        # Said, so the last "Accepted 1 suggestion" does not stay up and read as this (N16-11).
        if len(items) == 1:
            self.show_status(f"Dismissed “{items[0].label}” (Ctrl+Z brings it back).", 8000)
        elif items:
            self.show_status(f"Dismissed {len(items)} suggestions (Ctrl+Z brings them back).", 8000)

    # What the user decided (dismissed or accepted) is kept in the brief, per source
    # (``Source.dismissed``, see briefdesk.editing.memory): it survives save, reopen and recovery.
    def dismissed_keys(self, source: model.Source) -> set[str]:
        return set(source.dismissed)

    def remember_dismissed(self, source: model.Source, key: str) -> None:
        from briefdesk.editing.memory import remember_edits

        for edit in remember_edits(self.doc.brief, [(source.id, key)], "Dismiss suggestion"):
            self.doc.set_value(edit.path, edit.value, edit.what)

    def forget_dismissed(self, source: model.Source) -> None:
        from briefdesk.editing.memory import forget_edits

        for edit in forget_edits(self.doc.brief, source.id):
            self.doc.set_value(edit.path, edit.value, "Suggest again from this source")

    def _drop_suggestion(self, suggestion: suggestion_kit.Suggestion) -> None:
        group = self.suggestions.get(suggestion.source_id, [])
        if suggestion in group:
            group.remove(suggestion)

    def _source_text(self, source_id: str) -> str:
        source = self.doc.brief.source(source_id)
        return source.text if source else ""


def suggestion_colour() -> Any:
    from briefdesk.gui.sources_pane import SUGGESTED

    return SUGGESTED
