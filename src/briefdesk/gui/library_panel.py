"""The Library panel (Ctrl+Shift+F): search past briefs, actor dossiers, related briefs.

Every query and the indexing run on the window's ``TaskRunner`` (so closing the window waits for
them); the GUI thread never touches the database. Indexing itself runs in a child process
(:mod:`briefdesk.library.child_index`): the runner's thread only forwards ≤ 10 progress messages a
second, so the window never waits on it. A failing library only shows a status line.
Opening another brief cancels a running index like any other job; the next run resumes cheaply
because every brief already written is kept.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from briefdesk.gui.library_html import context_html, dossier_html, hits_html
from briefdesk.gui.runner import TaskRunner
from briefdesk.library import jobs
from briefdesk.library.api import IndexReport, SearchFilters, SearchHit
from briefdesk.model import Brief
from briefdesk.settings import Settings


class _Progress(QObject):
    """Carries index progress from the worker thread to the GUI thread (queued signal)."""

    step = Signal(int, str)


class LibraryPanel(QWidget):
    openRequested = Signal(str, str, str)  # path, field path of the hit ("" for the top), query
    message = Signal(str)
    indexed = Signal()  # an index run finished: what the library knows may have changed
    progressed = Signal(int)  # briefs checked so far by the running index (≤ 10 a second)
    addRequested = Signal(object)  # the Dossier shown: "Add to brief" (N21-16)

    def __init__(
        self, settings: Settings, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("library-panel")
        self.settings = settings
        self.runner = runner
        self._progress = _Progress(self)
        self._progress.step.connect(self._indexing_step)
        self._index_job: Any = None
        # The child-process run; the stall benchmark swaps in jobs.index_job to compare.
        self.index_function: Any = jobs.index_child_job
        self._context_brief: Brief | None = None
        self._context_asked = 0
        self._searches = 0
        # What the Related tab is about (the window's brief and its sources' extractions), so a
        # library that changed can be asked again (:mod:`briefdesk.gui.library_watch`).
        self.context_of: Callable[[], tuple[Brief, Iterable[Any]]] | None = None
        self.context_stamp: object = None  # the library's change stamp at the last lookup
        # The file the window's brief was opened from: it is never its own related brief.
        self.path_of: Callable[[], Path | None] | None = None
        self._unreachable: dict[str, SearchHit] = {}  # hits whose file is not here

        self.tabs = QTabWidget()
        self.query = QLineEdit(placeholderText="Search past briefs and their sources…")
        self.query.setToolTip(
            "Every word must appear; 'A OR B' finds either, \"two words\" side by side,"
            " '-word' leaves out"
        )
        self.query.returnPressed.connect(self.search)
        self.results = self._browser()
        self.actor = QLineEdit(placeholderText="Actor name or alias…")
        self.actor.returnPressed.connect(lambda: self.show_dossier(self.actor.text()))
        self.merge_into = QLineEdit(
            placeholderText="another name: the same actor, or a different one"
        )
        merge = QPushButton("&Merge")
        merge.clicked.connect(lambda: self._dossier(("into", self.merge_into.text().strip())))
        apart = QPushButton("&Keep apart")
        apart.clicked.connect(lambda: self._dossier(("apart", self.merge_into.text().strip())))
        unmerge = QPushButton("&Undo merge")
        unmerge.clicked.connect(lambda: self._dossier(("undo", "")))
        self.add_button = QPushButton("&Add to brief")
        self.add_button.setToolTip(
            "Add this actor to the open brief: name, type, country, aliases, newest role and"
            " affiliation, and a note of the brief it came from (Ctrl+Z takes it out)"
        )
        self.add_button.setEnabled(False)
        self.add_button.clicked.connect(self._add_shown)
        self.shown_dossier: Any = None  # the Dossier on the Actor tab, or None
        self.dossier = self._browser()
        self.related = self._browser()
        self.status = QLabel("")
        # A long run summary wraps instead of widening the dock past the room it was given.
        self.status.setWordWrap(True)
        self.index_button = QPushButton("&Index library folders")
        self.index_button.clicked.connect(self.index_now)

        search_tab = QWidget()
        box = QVBoxLayout(search_tab)
        box.addWidget(self.query)
        box.addWidget(self.results, 1)
        actor_tab = QWidget()
        box = QVBoxLayout(actor_tab)
        box.addWidget(self.actor)
        box.addWidget(self.merge_into)  # its own line: the dock stays narrow enough for 800 px
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(merge)
        row.addWidget(apart)
        row.addWidget(unmerge)
        box.addLayout(row)
        add_row = QHBoxLayout()
        add_row.addStretch(1)
        add_row.addWidget(self.add_button)
        box.addLayout(add_row)
        box.addWidget(self.dossier, 1)
        self.tabs.addTab(search_tab, "Search")
        self.tabs.addTab(actor_tab, "Actor")
        self.tabs.addTab(self.related, "Related")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tabs, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.index_button)
        layout.addLayout(bottom)

    def _browser(self) -> QTextBrowser:
        view = QTextBrowser()
        view.setOpenLinks(False)
        view.anchorClicked.connect(self._link)
        return view

    def where(self) -> jobs.Where:
        s = self.settings
        return jobs.Where(s.library_dsn, s.library_ceiling, tuple(s.library_folders))

    # --- search and dossiers --------------------------------------------------------------------
    def search(self, filters: SearchFilters | None = None) -> None:
        text = self.query.text().strip()
        if not text:
            return
        # Said at once, run at once beside background lookups, the newest shown (N23-17).
        self._searches += 1
        asked = self._searches
        self.results.setPlainText(f"Searching the library for “{text}”…")
        self.runner.submit(
            "Searching the library",
            jobs.search_job,
            self.where(),
            text,
            filters or SearchFilters(),
            on_done=lambda hits: self._show_hits(hits, text, asked),
            on_error=self._failed,
            now=True,
        )

    def _show_hits(self, hits: list[SearchHit], text: str, asked: int = 0) -> None:
        if asked and asked != self._searches:
            return  # an older search that finished late
        self._unreachable = {h.path: h for h in hits if not h.reachable}
        self.results.setHtml(hits_html(hits, text))

    def show_dossier(self, name: str) -> None:
        self.actor.setText(name)
        self.tabs.setCurrentIndex(1)
        self._dossier(("", ""))

    def _dossier(self, merge: tuple[str, str]) -> None:
        name = self.actor.text().strip()
        if not name or (merge[0] in ("into", "apart") and not merge[1]):
            return
        self.runner.submit(
            "Reading the dossier",
            jobs.dossier_job,
            self.where(),
            name,
            merge,
            on_done=lambda d: self._show_dossier(d, name),
            on_error=self._failed,
            now=True,
        )

    def _show_dossier(self, dossier: Any, name: str) -> None:
        self.shown_dossier = dossier
        self.add_button.setEnabled(dossier is not None)
        self.dossier.setHtml(dossier_html(dossier, name))

    def _add_shown(self) -> None:
        if self.shown_dossier is not None:
            self.addRequested.emit(self.shown_dossier)

    def show_context(self, brief: Brief, suggestions: Iterable[Any] = ()) -> None:
        """Related briefs, earlier judgments and proposed grades for the brief in the window;
        ``suggestions`` (its sources' extractions) count too, so a new source finds related
        briefs before anything is accepted. Only the newest request's answer is shown."""
        from briefdesk.library import stamp

        if stamp.is_local(self.settings.library_dsn):
            self.context_stamp = stamp.local_stamp()  # before the lookup: a late write refreshes
        copy = brief.model_copy(deep=True)
        statements = {kj.id: kj.statement for kj in copy.significance.judgments}
        own = frozenset(
            name.casefold()
            for name in [
                *(n for a in copy.actors for n in [a.name, *a.aliases]),
                *(i.designation for d in copy.deals for i in d.items),
                *(p.name for p in copy.places),
            ]
        )
        self._context_asked += 1
        asked = self._context_asked
        self.runner.submit(
            "Finding related briefs",
            jobs.context_at_job,
            self.where(),
            copy,
            tuple(suggestions),
            str(path) if (path := self.path_of() if self.path_of else None) else "",
            on_done=lambda c: self._context(asked, c, statements, own),
            on_error=self._failed,
        )

    def refresh_context(self) -> None:
        """Ask again about the brief in the window (after an index run, or the library changed);
        nothing before a brief was shown."""
        if self._context_asked and self.context_of is not None:
            brief, suggestions = self.context_of()
            self.show_context(brief, suggestions)

    def _context(
        self, asked: int, context: Any, statements: dict[str, str], own: frozenset[str]
    ) -> None:
        if asked == self._context_asked:  # an older request that finished late is dropped
            self.related.setHtml(context_html(context, statements, own))

    # --- indexing -------------------------------------------------------------------------------
    @property
    def indexing(self) -> bool:
        return self._index_job is not None

    def index_now(self) -> None:
        if self._index_job is not None:
            self.runner.cancel(self._index_job)
            return
        if not self.settings.library_folders:
            self._say("Choose library folders in Settings first.")
            return
        self.index_button.setText("&Stop indexing")
        self._say("Indexing…")
        self._index_job = self.runner.submit(
            "Indexing the library",
            self.index_function,
            self.where(),
            self._report_progress,
            on_done=self._indexed,
            on_error=self._index_failed,
        )
        self.runner.jobFinished.connect(self._index_finished)

    def _report_progress(self, done: int, path: str) -> None:
        """On the worker thread; the job sends ≤ 10 a second, so the GUI thread is not flooded."""
        self._progress.step.emit(done, path)

    def _indexing_step(self, done: int, _path: str) -> None:
        self.status.setText(f"Indexing… {done:,} briefs checked")
        self.progressed.emit(done)

    def _indexed(self, report: IndexReport) -> None:
        problems = "; ".join(reason for _p, reason in report.problems[:2])
        self._say(f"Library: {report.summary()}" + (f" — {problems}" if problems else ""))
        self.refresh_context()
        self.indexed.emit()

    def _index_failed(self, message: str) -> None:
        self._say(f"Indexing stopped: {message}")

    def _index_finished(self, job_id: int) -> None:
        if self._index_job is not None and job_id == self._index_job.id:
            self.runner.jobFinished.disconnect(self._index_finished)
            self._index_job = None
            self.index_button.setText("&Index library folders")
            if self.status.text().startswith("Indexing…"):
                self._say("Indexing stopped.")

    def saved(self, path: Path) -> None:
        """After a save: update the brief's entry when it sits in a library folder, through the
        core hook the command line uses too (:mod:`briefdesk.library.on_save`), on the runner.

        Never raises: a library that is away must not turn a good save into an error.
        """
        if not self.settings.library_folders:
            return
        self.runner.submit(
            "Updating the library",
            jobs.saved_job,
            self.where(),
            path,
            on_done=self._saved_entry,
            on_error=self._saved_entry,
        )

    def _saved_entry(self, warning: str) -> None:
        if warning:
            self._say(f"Library not updated: {warning}")

    # --- links and messages ---------------------------------------------------------------------
    def _link(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("open:"):
            path, _, rest = text[5:].partition("#")
            field, _, query = rest.partition("?")
            hit = self._unreachable.get(unquote(path))
            if hit is not None and not Path(hit.path).exists():
                # Another desk's file (newcomer13 N13-26): say whose, not "no such file".
                from briefdesk.library.whose import unreachable_line

                self._say(unreachable_line(hit))
                return
            self.openRequested.emit(unquote(path), unquote(field), unquote(query))

    def _failed(self, message: str) -> None:
        if self.results.toPlainText().startswith("Searching the library"):
            self.results.clear()
        self._say(f"Library: {message}")

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.message.emit(text)


def show_hit_words(window: Any, field: str, query: str) -> None:
    """A hit in a source's text: the matched words selected in the article view, as a
    suggestion's evidence is (the search's own snippet showed them; the article must too)."""
    from briefdesk.editing import fieldpath
    from briefdesk.library.search_text import matched_spans
    from briefdesk.model import Span

    try:
        parts = fieldpath.parse(field)
    except KeyError:
        return
    sources = window.doc.brief.sources
    if len(parts) != 3 or parts[0::2] != ["sources", "text"] or not isinstance(parts[1], int):
        return
    if parts[1] >= len(sources):
        return
    source = sources[parts[1]]
    spans = [
        Span(source_id=source.id, start=a, end=b, quote=source.text[a:b])
        for a, b in matched_spans(source.text, query)
    ]
    if spans:
        window._focus_on(spans)


def install(window: Any) -> LibraryPanel:
    """Dock the panel on the right of ``window`` (a MainWindow), with Ctrl+Shift+F to show it."""
    from PySide6.QtGui import QAction, QKeySequence

    panel = LibraryPanel(window.settings, window.runner, window)
    dock = QDockWidget("Library", window)
    dock.setObjectName("library-dock")
    dock.setWidget(panel)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.hide()
    from briefdesk.gui.dock_room import DockRoom

    window.dock_room = DockRoom(window, dock)  # the editor keeps its width when it opens

    def show() -> None:
        window.dock_room.open()
        dock.raise_()
        panel.tabs.setCurrentIndex(0)
        panel.query.setFocus()
        panel.query.selectAll()

    action = QAction("&Library", window)
    action.setShortcut(QKeySequence("Ctrl+Shift+F"))
    action.triggered.connect(show)
    window.addAction(action)
    for menu_action in window.menuBar().actions():
        if menu_action.text().replace("&", "") == "View" and menu_action.menu() is not None:
            menu_action.menu().addSeparator()
            menu_action.menu().addAction(action)

    def open_hit(path: str, field: str, query: str = "") -> None:
        if window.open_path(Path(path)) and field:
            window.jump_to(field)
            if query:
                show_hit_words(window, field, query)

    panel.openRequested.connect(open_hit)
    from briefdesk.gui.library_add import add_from_library

    panel.addRequested.connect(lambda dossier: add_from_library(window, dossier))
    panel.message.connect(lambda text: window.show_status(text, 6000))
    panel.show_library = show  # type: ignore[attr-defined]
    from briefdesk.gui import library_reuse

    window.library_reuse = library_reuse.install(window, panel)
    panel.indexed.connect(window.library_reuse.refresh)
    from briefdesk.gui import library_watch

    panel.context_of = lambda: (window.doc.brief, window.extractions.values())
    panel.path_of = lambda: window.doc.path
    panel.watch = library_watch.install(window, panel, dock)  # type: ignore[attr-defined]
    return panel
