"""What the main window's parts may use of one another, declared once for the type checker.

``MainWindow`` is assembled from mixins (file session, source reading, accepting, hand linking,
drafting); each uses attributes and methods that another part or the window itself provides.
They are declared here, on a base that is a ``QMainWindow`` for mypy and plain ``object`` at run
time, so the parts stay importable without Qt widgets and the list is kept in one place.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMainWindow

    from briefdesk import model, store
    from briefdesk.gui import suggestions as suggestion_kit
    from briefdesk.gui.checks_panel import ChecksPanel
    from briefdesk.gui.document import BriefDocument
    from briefdesk.gui.editor import BriefEditor
    from briefdesk.gui.runner import TaskRunner
    from briefdesk.gui.sources_pane import SourcesPane
    from briefdesk.gui.suggestions import SuggestionsPanel
    from briefdesk.settings import Settings

    class WindowBase(QMainWindow):
        """The window as its parts see it."""

        settings: Settings
        doc: BriefDocument
        runner: TaskRunner
        editor: BriefEditor
        sources_pane: SourcesPane
        suggestions_panel: SuggestionsPanel
        checks: ChecksPanel
        side: Any
        recent_menu: Any
        built: bool
        lock: store.BriefLock | None
        suggestions: dict[str, list[suggestion_kit.Suggestion]]
        extracting: set[str]
        found: dict[str, int]
        extractions: dict[str, Any]
        _draft_waiting: str
        _reading_queue: list[str]
        _focus_spans: list[model.Span]
        _snapshot: store.Snapshot | None
        _snapshot_revision: int
        _disk_warned: Any
        _templates_job: Any
        autosave_timer: Any
        disk_timer: Any

        def show_status(self, message: str, timeout: int = 5000) -> None: ...
        def persist_settings(self) -> None: ...
        def save_window_state(self) -> None: ...
        def jump_to(self, path: str) -> None: ...
        def new_brief_record(self) -> model.Brief: ...
        def _focus_on(self, spans: list[model.Span], colour: Any = None) -> None: ...
        def _apply_highlights(self) -> None: ...
        def _reload_sources(self) -> None: ...
        def _refresh_suggestions(self) -> None: ...
        def read_all_sources(self) -> None: ...
        def extract(self, source: model.Source, then: Any = None) -> None: ...
        def _release_lock(self) -> None: ...
        def _discard_snapshot(self) -> None: ...
        def _fill_recent(self) -> None: ...
        def _already_in_brief(self, suggestion: suggestion_kit.Suggestion) -> bool: ...
        def _drop_suggestion(self, suggestion: suggestion_kit.Suggestion) -> None: ...
        def _source_text(self, source_id: str) -> str: ...
        def open_path(self, path: Path, *, ask: bool = True) -> bool: ...
        def citing_target(self) -> str: ...
        def _cite(self, record_path: str, span: model.Span) -> None: ...

        link_actions: list[QAction]
        act_cite: QAction

        def current_source(self) -> model.Source | None: ...
        def _show_side(self, index: int) -> None: ...
        def _add_evidence(self, record_path: str, spans: list[model.Span]) -> None: ...

        library_panel: Any

        def draft_from_source(self) -> None: ...
        def _update_link_actions(self) -> None: ...
        def _accept_actor(
            self, suggestion: suggestion_kit.Suggestion, name: str, *, edited: bool
        ) -> int: ...
        def in_words(self, message: str) -> str: ...

else:
    WindowBase = object
