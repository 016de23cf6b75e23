"""The BriefDesk main window: sources on the left, the brief in the middle, helpers on the right."""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

# Only what the first frame needs: touching the ``Qt`` namespace or more widget classes here
# makes PySide6 build their enums before the window can appear.
from PySide6.QtCore import QByteArray, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QWidget

from briefdesk.gui.lazy import lazy
from briefdesk.settings import Settings, save_settings

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent

    from briefdesk import model, store
    from briefdesk.gui import core, fieldpath, linking, prompts
    from briefdesk.gui import suggestions as suggestion_kit
    from briefdesk.model import codes
else:
    # Loaded on first use: the window frame is shown before these are needed.
    prompts = lazy("briefdesk.gui.prompts")
    store = lazy("briefdesk.store")
    model = lazy("briefdesk.model")
    codes = lazy("briefdesk.model.codes")
    core = lazy("briefdesk.gui.core")
    fieldpath = lazy("briefdesk.gui.fieldpath")
    linking = lazy("briefdesk.gui.linking")
    suggestion_kit = lazy("briefdesk.gui.suggestions")

AUTOSAVE_MS = 30_000
DISK_CHECK_MS = 5_000


class MainWindow(QMainWindow):
    ready = Signal()  # the whole window is built (after the first frame when deferred)

    def __init__(
        self, settings: Settings, parent: QWidget | None = None, *, defer: bool = False
    ) -> None:
        """``defer``: show a light frame first and build the rest on the next event-loop turn."""
        super().__init__(parent)
        self.settings = settings
        self.built = False
        self.lock: store.BriefLock | None = None
        self.suggestions: dict[str, list[suggestion_kit.Suggestion]] = {}
        self.extracting: set[str] = set()
        self.found: dict[str, int] = {}  # suggestions the last reading of each source found
        self._focus_spans: list[model.Span] = []
        self._focus_colour = None
        self._snapshot: store.Snapshot | None = None
        self._snapshot_revision = -1
        self._disk_warned: Any = None
        self._highlight_key: Any = None
        self._templates_job: Any = None
        # Sources waiting to be read in the background after a brief is opened, one at a time
        # so the runner's other thread stays free for the preview, autosave and export.
        self._reading_queue: list[str] = []
        # Dismissed suggestions by source text (content hash): kept for the whole session, so
        # reading the source again after reopening the brief does not bring them back.
        self.dismissed: dict[str, set[Any]] = {}
        self.setAcceptDrops(True)
        self.setObjectName("briefdesk-main")
        self.setWindowTitle("BriefDesk")
        geometry = self.settings.blob("geometry")
        if geometry is None or not self.restoreGeometry(QByteArray(geometry)):
            self.resize(1440, 900)
        if not defer:
            self.build()

    def build(self) -> None:
        """Create the document, panes, actions and menus (imports the heavy modules)."""
        if self.built:
            return
        from briefdesk.gui.qtfix import guard_singletons

        # Before the thousands of emits a session makes; after the first frame (ctypes costs).
        guard_singletons()
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QSplitter, QTabWidget

        from briefdesk.gui.checks_panel import ChecksPanel
        from briefdesk.gui.document import BriefDocument
        from briefdesk.gui.editor import BriefEditor
        from briefdesk.gui.preview import HtmlPreview, PagePreview
        from briefdesk.gui.runner import TaskRunner
        from briefdesk.gui.sources_pane import SourcesPane
        from briefdesk.gui.suggestions import SuggestionsPanel

        self.doc = BriefDocument(self.new_brief_record(), self)
        self.runner = TaskRunner(self)
        self.sources_pane = SourcesPane()
        self.editor = BriefEditor(self.doc)
        self.side = QTabWidget()
        self.side.setObjectName("side-tabs")
        self.suggestions_panel = SuggestionsPanel()
        self.checks = ChecksPanel(self.doc)
        self.preview = HtmlPreview(self.doc, self.runner)
        self.pages = PagePreview(self.doc, self.runner)
        self.side.addTab(self.suggestions_panel, "Suggestions")
        self.side.addTab(self.checks, "Checks")
        self.side.addTab(self.preview, "Preview")
        self.side.addTab(self.pages, "Pages")

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main-splitter")
        self.splitter.addWidget(self.sources_pane)
        self.splitter.addWidget(self.editor)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.editor.lists["sources"].remove_hook = self.remove_source
        self.editor.lists["actors"].remove_hook = self.remove_actor
        self._build_status_bar()
        self._build_actions()
        self._build_menus()
        self._connect()
        from briefdesk.gui import library_panel

        self.library_panel = library_panel.install(self)
        self._restore_window_state()
        self._update_title()
        self._reload_sources()

        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()
        self.disk_timer = QTimer(self)
        self.disk_timer.setInterval(DISK_CHECK_MS)
        self.disk_timer.timeout.connect(self.check_disk)
        self.disk_timer.start()
        self.built = True
        self.list_templates()
        _freeze_long_lived()
        self.ready.emit()

    def list_templates(self) -> None:
        """Fill the Checks panel's template picker (in the background: it reads every .docx)."""
        self._templates_job = self.runner.submit(
            "Listing templates",
            core.template_choices,
            self.settings.user_templates_dir(),
            on_done=self._templates_listed,
        )

    def _templates_listed(self, choices: object) -> None:
        self._templates_job = None
        if isinstance(choices, list) and choices:
            self.checks.set_templates(choices)

    def warm_up(self) -> None:
        """Start the extraction worker early so the first pasted article gets suggestions fast."""
        self.runner.submit("Preparing suggestions", core.warm_up)

    # --- construction ---------------------------------------------------------------------------
    def new_brief_record(self) -> model.Brief:
        """A blank brief pre-filled with the user's author defaults and marking."""
        author = self.settings.author
        header = model.Header(
            date=dt.date.today(),
            **{
                "from": model.Person(
                    name=author.name, title=author.title, unit=author.unit, phone=author.phone
                )
            },
        )
        try:
            marking = model.Marking(
                scheme=codes.MarkingScheme(self.settings.marking_scheme),
                level=self.settings.marking_level,
                caveats=self.settings.marking_caveats,
            )
        except ValueError:
            marking = model.Marking()
        return model.Brief(header=header, marking=marking)

    def _build_status_bar(self) -> None:
        from PySide6.QtWidgets import QLabel, QProgressBar

        self.status_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(140)
        self.progress.setVisible(False)
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.progress)

    def _action(self, text: str, slot: Any, shortcut: Any = None, tip: str = "") -> QAction:
        from PySide6.QtGui import QAction, QKeySequence

        action = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        from PySide6.QtGui import QKeySequence

        K = QKeySequence.StandardKey
        self.act_new = self._action("&New", self.new_file, K.New)
        self.act_open = self._action("&Open…", self.open_file, K.Open)
        self.act_save = self._action("&Save", self.save, K.Save)
        self.act_save_as = self._action("Save &As…", self.save_as, "Ctrl+Shift+S")
        self.act_add_source = self._action("Add &source…", self.add_source_dialog, "Ctrl+Shift+O")
        self.act_paste_source = self._action(
            "&Paste as source", self.paste_source, "Ctrl+Shift+V", "New source from the clipboard"
        )
        self.act_export = self._action("&Export…", self.export_dialog, "Ctrl+E")
        self.act_recover = self._action(
            "Recover &unsaved work…",
            self.recover_dialog,
            tip="Restore a brief that was being edited when BriefDesk or the machine stopped",
        )
        self.act_suggest = self._action(
            "Suggest from this source",
            self.suggest_current,
            "Ctrl+R",
            "Read the shown source again and list what it mentions",
        )
        # Windows (and some Linux desktops) bind no key to Preferences or Quit: keyboard users
        # still get one, and the menu shows it.
        self.act_settings = self._action(
            "Se&ttings…", self.settings_dialog, _standard_or(K.Preferences, "Ctrl+,")
        )
        self.act_quit = self._action("&Quit", self.close, _standard_or(K.Quit, "Ctrl+Q"))
        self.act_undo = self.doc.undo_stack.createUndoAction(self, "&Undo")
        self.act_undo.setShortcut(K.Undo)
        self.act_redo = self.doc.undo_stack.createRedoAction(self, "&Redo")
        self.act_redo.setShortcuts([QKeySequence(K.Redo), QKeySequence("Ctrl+Y")])
        self.addAction(self.act_undo)
        self.addAction(self.act_redo)

        self.act_person = self._action(
            "Add as &person", lambda: self.link_actor(codes.ActorType.PERSON), "Ctrl+Alt+P"
        )
        self.act_org = self._action(
            "Add as &organisation",
            lambda: self.link_actor(codes.ActorType.ORGANIZATION),
            "Ctrl+Alt+O",
        )
        self.act_state = self._action(
            "Add as &state", lambda: self.link_actor(codes.ActorType.STATE), "Ctrl+Alt+S"
        )
        self.act_item = self._action("Use as deal &item", self.link_deal_item, "Ctrl+Alt+I")
        self.act_value = self._action("Use as deal &value", self.link_deal_value, "Ctrl+Alt+V")
        self.act_buyer = self._action(
            "Use as deal &buyer", lambda: self.link_party(codes.PartyRole.BUYER), "Ctrl+Alt+B"
        )
        self.act_seller = self._action(
            "Use as deal se&ller", lambda: self.link_party(codes.PartyRole.SELLER), "Ctrl+Alt+L"
        )
        self.act_judgment = self._action("Use as key &judgment", self.link_judgment, "Ctrl+Alt+J")
        self.act_cite = self._action(
            "&Cite as evidence for selected item", self.link_evidence, "Ctrl+Alt+E"
        )
        self.link_actions = [
            self.act_person,
            self.act_org,
            self.act_state,
            self.act_item,
            self.act_value,
            self.act_buyer,
            self.act_seller,
            self.act_judgment,
            self.act_cite,
        ]
        self.sources_pane.article.link_actions = [
            *self.link_actions[:3],
            None,
            *self.link_actions[3:7],
            None,
            *self.link_actions[7:],
        ]
        self._update_link_actions()

    def _build_menus(self) -> None:
        from PySide6.QtWidgets import QMenu

        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addActions([self.act_new, self.act_open])
        self.recent_menu = QMenu("Open &Recent", self)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.act_save, self.act_save_as, self.act_recover])
        file_menu.addSeparator()
        file_menu.addActions(
            [self.act_add_source, self.act_paste_source, self.act_suggest, self.act_export]
        )
        file_menu.addSeparator()
        file_menu.addActions([self.act_settings, self.act_quit])
        self._fill_recent()
        edit_menu = bar.addMenu("&Edit")
        edit_menu.addActions([self.act_undo, self.act_redo])
        link_menu = bar.addMenu("&Link")
        for action in self.sources_pane.article.link_actions:
            if action is None:
                link_menu.addSeparator()
            else:
                link_menu.addAction(action)
        view_menu = bar.addMenu("&View")
        for index in range(self.editor.count()):
            title = self.editor.tabText(index).replace("&", "")
            view_menu.addAction(
                self._action(title, lambda i=index: self._show_tab(i), f"Ctrl+{index + 1}")
            )
        view_menu.addSeparator()
        for index, title in enumerate(("Suggestions", "Checks", "Preview", "Pages")):
            view_menu.addAction(
                self._action(title, lambda i=index: self._show_side(i), f"Alt+{index + 1}")
            )
        view_menu.addSeparator()
        view_menu.addAction(self._action("Article text", self.sources_pane.article.setFocus, "F6"))

    def _show_side(self, index: int) -> None:
        """Show a side panel and put the keyboard in it (arrows, Enter, Delete work at once)."""
        self.side.setCurrentIndex(index)
        panel = self.side.widget(index)
        targets: dict[QWidget, QWidget] = {
            self.suggestions_panel: self.suggestions_panel.tree,
            self.checks: self.checks.list,
            self.preview: self.preview.view,
            self.pages: self.pages.button,
        }
        if panel is not None:
            targets.get(panel, panel).setFocus()

    def _show_tab(self, index: int) -> None:
        self.editor.setCurrentIndex(index)
        self.editor.currentWidget().setFocus()
        self.editor.focusNextChild()

    def _connect(self) -> None:
        self.doc.dirtyChanged.connect(lambda _d: self._update_title())
        self.doc.fileChanged.connect(self._update_title)
        self.doc.changed.connect(self._doc_changed)
        self.doc.refused.connect(lambda message: self.show_status(message, 6000))
        self.runner.busyChanged.connect(self._busy_changed)
        self.sources_pane.sourceSelected.connect(self._source_selected)
        self.sources_pane.add_button.clicked.connect(self.add_source_dialog)
        self.sources_pane.paste_button.clicked.connect(self.paste_source)
        self.sources_pane.article.selectionChanged.connect(self._update_link_actions)
        self.editor.recordSelected.connect(self._record_selected)
        self.editor.currentChanged.connect(lambda _i: self._update_link_actions())
        self.suggestions_panel.suggestionSelected.connect(self._suggestion_selected)
        self.suggestions_panel.acceptRequested.connect(self.accept_suggestions)
        self.suggestions_panel.dismissRequested.connect(self.dismiss_suggestions)
        self.checks.jumpRequested.connect(self.jump_to)
        self.checks.template.currentIndexChanged.connect(self._template_chosen)
        self.side.currentChanged.connect(self._side_changed)
        self._side_changed(self.side.currentIndex())

    # --- window state -------------------------------------------------------------------------
    def _restore_window_state(self) -> None:
        for key, splitter in (
            ("main-splitter", self.splitter),
            ("sources-splitter", self.sources_pane.splitter),
        ):
            blob = self.settings.blob(key)
            restored = blob is not None and splitter.restoreState(QByteArray(blob))
            if not restored:
                splitter.setSizes([390, 650, 400] if splitter is self.splitter else [140, 700])
        self.side.setCurrentIndex(
            max(0, min(3, int(self.settings.window_state.get("side-tab", "0") or 0)))
        )

    def save_window_state(self) -> None:
        self.settings.set_blob("geometry", bytes(self.saveGeometry().data()))
        self.settings.set_blob("main-splitter", bytes(self.splitter.saveState().data()))
        self.settings.set_blob(
            "sources-splitter", bytes(self.sources_pane.splitter.saveState().data())
        )
        self.settings.window_state["side-tab"] = str(self.side.currentIndex())
        self.persist_settings()

    def persist_settings(self) -> None:
        try:
            save_settings(self.settings)
        except OSError as exc:
            self.show_status(f"Could not save settings: {exc.strerror or exc}")

    # --- status & title -----------------------------------------------------------------------
    def show_status(self, message: str, timeout: int = 5000) -> None:
        self.statusBar().showMessage(message, timeout)

    def _busy_changed(self, busy: bool, label: str) -> None:
        self.progress.setVisible(busy)
        self.progress.setToolTip(label)
        self.status_label.setText(f"{label}…" if busy else "")

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.doc.display_name()}[*] — BriefDesk")
        self.setWindowModified(self.doc.dirty)

    def title_text(self) -> str:
        """Window title as the user reads it (with the unsaved mark resolved)."""
        return self.windowTitle().replace("[*]", "*" if self.isWindowModified() else "")

    # --- files --------------------------------------------------------------------------------
    def maybe_save(self) -> bool:
        """True when it is fine to drop the current brief (saved, discarded, or clean)."""
        if not self.built or not self.doc.dirty:
            return True
        choice = prompts.ask_save_changes(self, self.doc.display_name())
        if choice == prompts.SaveChoice.SAVE:
            return self.save()
        return choice == prompts.SaveChoice.DISCARD

    def new_file(self) -> None:
        if not self.maybe_save():
            return
        self._load(self.new_brief_record(), None, None)

    def open_file(self) -> None:
        folder = (
            str(Path(self.settings.recent_files[0]).parent) if self.settings.recent_files else ""
        )
        path = prompts.choose_open_brief(self, folder)
        if path is not None:
            self.open_path(path)

    def open_path(self, path: Path, *, ask: bool = True) -> bool:
        if ask and not self.maybe_save():
            return False
        path = Path(path)
        try:
            opened = store.open_brief(path)
        except store.StoreError as exc:
            prompts.show_error(self, "Cannot open brief", str(exc))
            if not path.exists():
                self.settings.remove_recent(path)
                self._fill_recent()
            return False
        go_ahead, lock = self._acquire_lock(path, ask=True)
        if not go_ahead:
            return False
        self._load(opened.brief, path, opened.stamp, lock)
        self.settings.add_recent(path)
        self._fill_recent()
        self.persist_settings()
        return True

    def _load(
        self, brief: model.Brief, path: Path | None, stamp: Any, lock: store.BriefLock | None = None
    ) -> None:
        # The template listing belongs to the window, not to the brief being replaced.
        listing = self._templates_job
        self.runner.cancel_all(keep=[listing] if listing is not None else [])
        self._release_lock()
        self._discard_snapshot()
        self.lock = lock
        self.suggestions.clear()
        self.found.clear()
        self._focus_spans = []
        self._reading_queue = []
        self.extracting.clear()
        self.doc.reset(brief, path, stamp)
        self._disk_warned = None
        self.editor.refresh_all()
        self.read_all_sources()
        self.library_panel.show_context(brief)
        _freeze_long_lived()

    def save(self) -> bool:
        if self.doc.path is None:
            return self.save_as()
        return self._save_to(self.doc.path, self.doc.stamp, force=False)

    def save_as(self) -> bool:
        suggested = str(
            self.doc.path or Path.home() / f"{_safe_name(self.doc.brief.header.title)}.brief"
        )
        path = prompts.choose_save_brief(self, suggested)
        if path is None:
            return False
        # The file dialog already asked before replacing an existing file.
        ok = self._save_to(path, _stamp(path), force=True)
        if ok and (self.lock is None or not _same_file(self.lock.path, path)):
            self._release_lock()
            _go, self.lock = self._acquire_lock(path, ask=False)
        return ok

    def _save_to(self, path: Path, expected: Any, *, force: bool) -> bool:
        from briefdesk.model.checks import check_brief

        problems = check_brief(self.doc.brief)
        if problems:
            # A file that would not open again is worse than no save: say what to fix.
            prompts.show_error(self, "Cannot save", f"{path.name}: {problems[0]}")
            self.jump_to(problems[0].path)
            return False
        self.doc.brief.modified = dt.datetime.now(dt.UTC).replace(microsecond=0)
        try:
            stamp = store.save_brief(path, self.doc.brief, expected=expected, force=force)
        except store.ChangedOnDisk:
            if not prompts.ask_changed_on_disk(self, path.name):
                return False
            return self._save_to(path, expected, force=True)
        except store.StoreError as exc:
            prompts.show_error(self, "Cannot save", str(exc))
            return False
        self.doc.mark_saved(path, stamp)
        self.library_panel.saved(path)  # never raises: a library problem never fails a save
        self._disk_warned = None
        self._discard_snapshot()
        self.settings.add_recent(path)
        self._fill_recent()
        self.persist_settings()
        self.show_status(f"Saved {path}")
        return True

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for index, name in enumerate(self.settings.recent_files):
            action = self.recent_menu.addAction(f"&{index + 1} {Path(name).name}")
            action.setToolTip(name)
            action.triggered.connect(lambda _c=False, n=name: self.open_path(Path(n)))
        self.recent_menu.setEnabled(bool(self.settings.recent_files))

    def _acquire_lock(self, path: Path, *, ask: bool) -> tuple[bool, store.BriefLock | None]:
        """(go ahead, lock) for editing ``path``.

        Our own lock on the same file is handed over (reloading must not ask whether the brief
        is "in use" by ourselves); a folder where no lock can be written still opens."""
        if self.lock is not None and _same_file(self.lock.path, path):
            own, self.lock = self.lock, None
            return True, own
        try:
            try:
                return True, store.BriefLock.acquire(path)
            except store.LockedByOther as exc:
                # Both may edit; whoever saves second is warned that the file changed on disk.
                if not ask:
                    self.show_status(str(exc), 10000)
                    return True, None
                if not prompts.ask_yes_no(self, "Brief in use", f"{exc}\n\nOpen it anyway?"):
                    return False, None
                return True, store.BriefLock.acquire(path, force=True)
        except (OSError, store.StoreError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            self.show_status(
                f"{path.name}: cannot mark it as in use ({reason}); "
                "others opening it will not be warned.",
                10000,
            )
            return True, None

    def _release_lock(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    # --- autosave, recovery, changed on disk ----------------------------------------------------
    def autosave(self) -> None:
        """Snapshot unsaved work to the recovery folder (serialised off the GUI thread)."""
        if not self.doc.dirty or self.doc.revision == self._snapshot_revision:
            return
        self._snapshot_revision = self.doc.revision
        self.runner.submit(
            "Autosave",
            _write_snapshot,
            self.doc.snapshot(),
            self.doc.path,
            on_done=self._snapshot_written,
            on_error=lambda m: self.show_status(f"Autosave failed: {m}"),
        )

    def autosave_now(self) -> store.Snapshot:
        """Synchronous snapshot (tests and quitting)."""
        snapshot = store.write_snapshot(self.doc.snapshot(), self.doc.path)
        self._snapshot = snapshot
        self._snapshot_revision = self.doc.revision
        return snapshot

    def _snapshot_written(self, snapshot: object) -> None:
        if isinstance(snapshot, store.Snapshot):
            self._snapshot = snapshot

    def _discard_snapshot(self) -> None:
        if self._snapshot is not None:
            store.discard_snapshot(self._snapshot)
            self._snapshot = None
        self._snapshot_revision = -1

    def offer_recovery(self) -> bool:
        """After a crash: offer the newest orphaned snapshot; True when one was restored."""
        try:
            orphans = store.orphaned_snapshots()
        except OSError:
            return False
        if not orphans:
            return False
        descriptions = [
            f"{s.title or 'Untitled brief'} (autosaved {_local_time(s.saved_at)}"
            + (f", from {s.original.name})" if s.original else ")")
            for s in orphans
        ]
        if not prompts.ask_restore(self, descriptions):
            for snapshot in orphans:
                store.discard_snapshot(snapshot)
            return False
        newest = orphans[0]
        try:
            brief = store.restore_snapshot(newest)
        except store.StoreError as exc:
            prompts.show_error(self, "Cannot restore", str(exc))
            return False
        original = newest.original
        stamp = _stamp(original) if original else None
        lock = None
        if original is not None and stamp is not None:
            # The crashed session's lock is stale: take it, so others are warned again.
            _go, lock = self._acquire_lock(original, ask=False)
        self._load(brief, original, stamp, lock)
        self.doc.mark_unsaved()
        # The snapshot now belongs to this process (same brief id, same file); the other
        # orphans stay in the recovery folder: each is another brief's only unsaved copy.
        self.autosave_now()
        if self._snapshot is None or self._snapshot.path != newest.path:
            store.discard_snapshot(newest)
        others = len(orphans) - 1
        more = (
            f" {others} more unsaved brief{'s are' if others != 1 else ' is'} kept: "
            "File → Recover unsaved work."
            if others
            else ""
        )
        self.show_status(
            f"Restored unsaved work from the recovery folder — save it to keep it.{more}", 15000
        )
        return True

    def recover_dialog(self) -> None:
        """File → Recover unsaved work: the next brief a crash left behind."""
        if not self.maybe_save():
            return
        if not self.offer_recovery():
            self.show_status("No unsaved work left to recover.")

    def check_disk(self) -> None:
        path = self.doc.path
        if path is None or (not self.isActiveWindow() and not self.isVisible()):
            return
        current = _stamp(path)
        if current == self.doc.stamp or current == self._disk_warned:
            return
        try:
            if not store.changed_on_disk(path, self.doc.stamp):
                return
        except (OSError, store.StoreError):
            return  # the folder went away for a moment (network share): look again later
        self._disk_warned = current
        if current is None:
            self.show_status(
                f"{path.name} was deleted or moved on disk; save to write it again.", 10000
            )
            return
        if not self.doc.dirty and prompts.ask_yes_no(
            self, "Changed on disk", f"“{path.name}” was changed by someone else. Reload it?"
        ):
            self.open_path(path, ask=False)
        else:
            self.show_status(f"{path.name} was changed on disk by someone else.", 10000)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.built:
            event.accept()
            return
        if not self.maybe_save():
            event.ignore()
            return
        self.runner.cancel_all()
        self.runner.wait(3000)
        core.shutdown_workers()
        self.autosave_timer.stop()
        self.disk_timer.stop()
        self._discard_snapshot()
        self._release_lock()
        self.save_window_state()
        event.accept()

    # --- sources --------------------------------------------------------------------------------
    def add_source_dialog(self) -> None:
        self.add_source_files(prompts.choose_source_files(self))

    def add_source_files(self, paths: list[Path]) -> None:
        for path in paths:
            self.runner.submit(
                f"Importing {path.name}",
                core.import_checked,
                Path(path),
                list(self.doc.brief.sources),
                on_done=self._source_imported,
                on_error=partial(self._import_failed, Path(path)),
            )

    def _import_failed(self, path: Path, message: str) -> None:
        # The importer usually names the file itself; saying it twice reads like a glitch.
        named = message.startswith((f"{path.name}:", f"{path}:"))
        prompts.show_error(
            self, "Cannot add source", message if named else f"{path.name}: {message}"
        )

    def paste_source(self) -> None:
        from PySide6.QtGui import QGuiApplication

        text = QGuiApplication.clipboard().text()
        if not text.strip():
            prompts.show_error(
                self, "Nothing to paste", "The clipboard holds no text to use as a source."
            )
            return
        self.add_source_text(text)

    def add_source_text(self, text: str) -> None:
        self.runner.submit(
            "Importing pasted text",
            core.import_checked,
            text,
            list(self.doc.brief.sources),
            on_done=self._source_imported,
            on_error=lambda message: prompts.show_error(self, "Cannot add source", message),
        )

    def _source_imported(self, result: object) -> None:
        if not isinstance(result, tuple):
            return
        source, duplicate = result
        if duplicate is None:
            # A source added while this import ran may be the same article.
            duplicate = next(
                (s for s in self.doc.brief.sources if s.content_hash == source.content_hash), None
            )
        if duplicate is not None:
            prompts.show_info(
                self,
                "Already a source",
                f"This text is already in the brief as “{duplicate.title or duplicate.id}”.",
            )
            self.sources_pane.select(duplicate.id)
            return
        if not source.title.strip():
            # Pasted text has no title: its first line is what the user will recognise.
            first = next((line.strip() for line in source.text.splitlines() if line.strip()), "")
            title = first if len(first) <= 90 else first[:89].rsplit(" ", 1)[0] + "…"
            source = source.model_copy(update={"title": title})
        if self.doc.brief.source(source.id) is not None:
            source = source.model_copy(
                update={"id": f"{source.id}-{len(self.doc.brief.sources) + 1}"}
            )
        self.doc.insert_record("sources", source, text=f"Add source {source.title or ''}".strip())
        self.sources_pane.select(source.id)
        self.library_panel.show_context(self.doc.brief)
        self.show_status(
            f"Added source “{source.title or 'Untitled'}” ({len(source.text):,} characters)"
        )
        self.extract(source)

    def extract(self, source: model.Source, then: Any = None) -> None:
        """Read ``source`` in the background; ``then()`` runs on the GUI thread afterwards."""
        self.extracting.add(source.id)
        self._refresh_suggestions()
        self.runner.submit(
            f"Reading {source.title or 'source'}",
            core.extract,
            source.model_copy(deep=True),
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
        # Asked for by name: what was dismissed from this source is listed again.
        self.dismissed.pop(_source_key(source), None)
        self.extract(source)

    def _extracted(self, source: model.Source, then: Any, result: object) -> None:
        self.extracting.discard(source.id)
        found = suggestion_kit.from_extraction(result, source)
        dismissed = self.dismissed.get(_source_key(source), set())
        self.suggestions[source.id] = [
            s for s in found if suggestion_kit.suggestion_key(s) not in dismissed
        ]
        self.found[source.id] = len(found)
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
        if plan.sources:
            self.add_source_files(plan.sources)
            count = len(plan.sources)
            self.show_status(f"Importing {count} file{'s' if count != 1 else ''}…")
        summary = plan.summary()
        if summary:
            title = "Some files were not imported" if plan.sources else "Nothing to import"
            prompts.show_info(self, title, summary)
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
            or len(self.doc.brief.sources) != self.sources_pane.list.count()
            or any(word in path for word in (".title", "reliability", "credibility"))
        )
        if not path or sources_touched:
            self._reload_sources()
        self._refresh_suggestions_if_actors(path)
        self._apply_highlights()

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
            self._focus_on(suggestion.spans, suggestion_colour())

    # --- suggestions ----------------------------------------------------------------------------
    def open_suggestions(self) -> list[suggestion_kit.Suggestion]:
        source_id = self.sources_pane.current_id()
        items = self.suggestions.get(source_id, [])
        return [s for s in items if not self._already_in_brief(s)]

    def _already_in_brief(self, suggestion: suggestion_kit.Suggestion) -> bool:
        if suggestion.kind == "actors":
            names = [suggestion.name, *getattr(suggestion.raw, "aliases", [])]
            return any(linking.find_actor(self.doc.brief, n) is not None for n in names)
        if suggestion.kind == "deals":
            return linking.deal_in_brief(self.doc.brief, suggestion.raw, suggestion.label)
        if suggestion.kind == "significance":
            wanted = " ".join(suggestion.name.split()).casefold()
            return any(
                " ".join(j.statement.split()).casefold() == wanted
                for j in self.doc.brief.significance.judgments
            )
        if suggestion.kind == "places":
            wanted = suggestion.name.casefold()
            return any(p.name.casefold() == wanted for p in self.doc.brief.places)
        if suggestion.kind == "dates":
            return linking.date_in_brief(
                self.doc.brief,
                getattr(suggestion.raw, "resolved", None),
                [s.quote for s in suggestion.spans],
                suggestion.label,
            )
        return False

    def _refresh_suggestions(self) -> None:
        source_id = self.sources_pane.current_id()
        busy = source_id in self.extracting
        self.suggestions_panel.set_suggestions(
            self.open_suggestions(), busy, self._empty_suggestions_note(source_id)
        )

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
        return f"Nothing left to suggest from this source. {by_hand}"

    def _refresh_suggestions_if_actors(self, path: str) -> None:
        # What the brief holds decides which suggestions are still open (undo brings them back).
        if not path or any(
            fieldpath.related(path, part)
            for part in ("actors", "places", "deals", "significance.judgments")
        ):
            self._refresh_suggestions()

    def dismiss_suggestions(self, items: list[suggestion_kit.Suggestion]) -> None:
        for suggestion in items:
            group = self.suggestions.get(suggestion.source_id, [])
            if suggestion in group:
                group.remove(suggestion)
            source = self.doc.brief.source(suggestion.source_id)
            if source is not None:
                self.dismissed.setdefault(_source_key(source), set()).add(
                    suggestion_kit.suggestion_key(suggestion)
                )
        self._focus_on([])
        self._refresh_suggestions()

    def accept_suggestions(
        self, items: list[suggestion_kit.Suggestion], edit: bool = False
    ) -> None:
        """Accept (optionally after editing the name) as one undo step."""
        accepted = 0
        title = "Accept suggestion" if len(items) == 1 else f"Accept {len(items)} suggestions"
        with self.doc.macro(title):
            for suggestion in items:
                name = suggestion.name or suggestion.label
                if edit:
                    kind = suggestion.kind.rstrip("s").capitalize()
                    answer = prompts.ask_text(self, "Edit suggestion", f"{kind}:", name)
                    if answer is None or not answer.strip():
                        continue
                    name = answer.strip()
                try:
                    if self._accept_one(suggestion, name, edited=edit):
                        accepted += 1
                except (fieldpath.EditRefused, ValueError, TypeError, AttributeError) as exc:
                    self.show_status(f"Could not accept “{suggestion.label}”: {exc}", 8000)
                    continue
                # Kept when the brief itself hides it (same name, deal or sentence): undoing the
                # accept then brings the suggestion back instead of losing it.
                if edit or not self._already_in_brief(suggestion):
                    self._drop_suggestion(suggestion)
        self._refresh_suggestions()
        if accepted:
            self.show_status(f"Accepted {accepted} suggestion{'s' if accepted != 1 else ''}")

    def _drop_suggestion(self, suggestion: suggestion_kit.Suggestion) -> None:
        group = self.suggestions.get(suggestion.source_id, [])
        if suggestion in group:
            group.remove(suggestion)

    def _source_text(self, source_id: str) -> str:
        source = self.doc.brief.source(source_id)
        return source.text if source else ""

    def _accept_one(
        self, suggestion: suggestion_kit.Suggestion, name: str, *, edited: bool
    ) -> bool:
        raw = suggestion.raw
        text = self._source_text(suggestion.source_id)
        kind = suggestion.kind
        if kind == "actors":
            self._accept_actor(suggestion, name, edited=edited)
            return True
        if kind == "places":
            place = (
                raw.to_place(suggestion.source_id, text)
                if hasattr(raw, "to_place")
                else model.Place(name=name, evidence=list(suggestion.spans))
            )
            if edited:
                place = place.model_copy(update={"name": name})
            self.doc.insert_record("places", place, text="Accept place")
            return True
        if kind == "deals":
            self._accept_deal(suggestion, name, edited=edited)
            return True
        if kind == "significance":
            judgment = model.KeyJudgment(statement=name, evidence=list(suggestion.spans))
            self.doc.insert_record("significance.judgments", judgment, text="Accept judgment")
            return True
        if kind == "dates":
            return self._accept_date(suggestion)
        return False

    def _accept_date(self, suggestion: suggestion_kit.Suggestion) -> bool:
        """Into the deal date its sentence speaks of (signed, delivery, else announced); a
        year or month alone never becomes a made-up day such as 1 January."""
        raw = suggestion.raw
        value = getattr(raw, "resolved", None)
        index = linking.target_deal(self.doc.brief, self.editor.selected_record())
        span = suggestion.spans[0] if suggestion.spans else None
        if index is not None and span is not None:
            text = self._source_text(suggestion.source_id)
            field, words = linking.date_field(text, span.start, span.end)
            deal = self.doc.brief.deals[index].title or "the deal"
            if field == "delivery":
                self.doc.set_value(f"deals[{index}].dates.delivery", words, "Accept date")
                self.show_status(f"Delivery “{words}” set on {deal}")
                return True
            if isinstance(value, dt.date) and getattr(raw, "precision", "day") in ("day", ""):
                self.doc.set_value(f"deals[{index}].dates.{field}", value, "Accept date")
                self.show_status(f"{field.capitalize()} date {words} set on {deal}")
                return True
        current = self.doc.brief.current_status.rstrip()
        self.doc.set_value("current_status", f"{current}\n- {suggestion.label}".strip())
        return True

    def _accept_actor(
        self, suggestion: suggestion_kit.Suggestion, name: str, *, edited: bool
    ) -> int:
        existing = linking.find_actor(self.doc.brief, name)
        if existing is not None:
            self._add_evidence(f"actors[{existing}]", suggestion.spans)
            return existing
        raw = suggestion.raw
        if hasattr(raw, "to_actor"):
            actor = raw.to_actor(suggestion.source_id, self._source_text(suggestion.source_id))
        else:
            actor = model.Actor(name=name)
        if edited:
            actor = actor.model_copy(update={"name": name})
        if not actor.evidence and suggestion.spans:
            actor = actor.model_copy(update={"evidence": list(suggestion.spans)})
        return self.doc.insert_record("actors", actor, text="Accept actor")

    def _accept_deal(
        self, suggestion: suggestion_kit.Suggestion, name: str, *, edited: bool
    ) -> None:
        """The deal with its buyer and seller: parties not yet in the brief are added as actors,
        from their own suggestion (with its evidence) when extraction found one."""
        raw = suggestion.raw
        text = self._source_text(suggestion.source_id)
        for party in (getattr(raw, "buyer", ""), getattr(raw, "seller", "")):
            if not party or linking.find_actor(self.doc.brief, party) is not None:
                continue
            match = next(
                (
                    s
                    for s in self.suggestions.get(suggestion.source_id, [])
                    if s.kind == "actors" and s.name.casefold() == party.casefold()
                ),
                None,
            )
            if match is not None:
                self._accept_actor(match, match.name, edited=False)
            else:
                self.doc.insert_record(
                    "actors", model.Actor(name=party, type=codes.ActorType.ORGANIZATION)
                )
        ids: dict[str, str] = {}
        for actor in self.doc.brief.actors:
            for known in (actor.name, *actor.aliases):
                ids[known] = actor.id
        for party in (getattr(raw, "buyer", ""), getattr(raw, "seller", "")):
            index = linking.find_actor(self.doc.brief, party) if party else None
            if index is not None:
                ids[party] = self.doc.brief.actors[index].id
        if hasattr(raw, "to_deal"):
            deal = raw.to_deal(suggestion.source_id, text, ids)
            if not deal.title or deal.title == suggestion.label:
                deal = deal.model_copy(update={"title": _deal_title(raw, suggestion.label)})
        else:
            deal = model.Deal(title=name, evidence=list(suggestion.spans))
        if edited:
            deal = deal.model_copy(update={"title": name})
        self.doc.insert_record("deals", deal, text="Accept deal")

    def _add_evidence(self, record_path: str, spans: list[model.Span]) -> None:
        path = f"{record_path}.evidence"
        evidence = list(self.doc.value(path))
        added = [s for s in spans if not linking.has_span(evidence, s)]
        if added:
            self.doc.set_value(path, evidence + added, "Cite evidence")

    # --- linking by hand ------------------------------------------------------------------------
    def _update_link_actions(self) -> None:
        has = self.sources_pane.article.selected_span() is not None
        for action in self.link_actions:
            action.setEnabled(has)
        record = self.editor.selected_record()
        target = linking.evidence_path(self.doc.brief, record) is not None
        # Say which item gets the citation: the selected one may be on another tab.
        label = linking.record_label(self.doc.brief, record) if target else ""
        self.act_cite.setText(
            f"&Cite as evidence for “{label.replace('&', '&&')}”"
            if label
            else "&Cite as evidence for selected item"
        )
        if has:
            self.act_cite.setEnabled(target)

    def _selected_span(self) -> model.Span | None:
        span = self.sources_pane.article.selected_span()
        if span is None:
            self.show_status("Select words in the article first.")
        return span

    def link_actor(self, kind: codes.ActorType) -> int | None:
        span = self._selected_span()
        if span is None:
            return None
        with self.doc.macro(f"Add {span.quote} as {kind.value}"):
            index = self._actor_for(span, kind)
        self.editor.focus_path(f"actors[{index}]")
        self.editor.lists["actors"].select_row(index)
        return index

    def _actor_for(self, span: model.Span, kind: codes.ActorType) -> int:
        existing = linking.find_actor(self.doc.brief, span.quote)
        if existing is not None:
            self._add_evidence(f"actors[{existing}]", [span])
            return existing
        return self.doc.insert_record(
            "actors", model.Actor(name=span.quote, type=kind, evidence=[span]), text="Add actor"
        )

    def _deal_index(self) -> int:
        index = linking.target_deal(self.doc.brief, self.editor.selected_record())
        if index is None:
            index = self.doc.insert_record("deals", model.Deal(title="New deal"), text="Add deal")
        return index

    def link_deal_item(self) -> None:
        span = self._selected_span()
        if span is None:
            return
        with self.doc.macro(f"Use {span.quote} as deal item"):
            index = self._deal_index()
            self.doc.insert_record(
                f"deals[{index}].items", model.DealItem(designation=span.quote, evidence=[span])
            )
        self._show_deal(index)

    def link_deal_value(self) -> None:
        span = self._selected_span()
        if span is None:
            return
        money = linking.parse_money(span.quote)
        if money is None:
            prompts.show_error(
                self,
                "Not an amount",
                f"“{span.quote}” is not an amount with a currency, e.g. $1.6 billion.",
            )
            return
        money = money.model_copy(update={"evidence": [span]})
        with self.doc.macro(f"Use {span.quote} as deal value"):
            index = self._deal_index()
            self.doc.set_value(f"deals[{index}].value", money, "Set deal value")
        self._show_deal(index)

    def link_party(self, role: codes.PartyRole) -> None:
        span = self._selected_span()
        if span is None:
            return
        existing = linking.find_actor(self.doc.brief, span.quote)
        new_actor = None if existing is not None else self._guessed_actor(span)
        if existing is None and new_actor is None:
            return  # the user cancelled the "what kind of actor" question
        if new_actor is not None:
            # "Azerbaijani" or "Pakistan's" may name a state the brief already lists.
            existing = linking.find_same_actor(self.doc.brief, new_actor)
        with self.doc.macro(f"Use {span.quote} as deal {role.value}"):
            deal_index = self._deal_index()
            if existing is not None:
                self._add_evidence(f"actors[{existing}]", [span])
                actor_index = existing
            else:
                assert new_actor is not None
                actor_index = self.doc.insert_record("actors", new_actor, text="Add actor")
            actor_id = self.doc.brief.actors[actor_index].id
            parties = self.doc.brief.deals[deal_index].parties
            if not any(p.actor_id == actor_id and p.role == role for p in parties):
                self.doc.insert_record(
                    f"deals[{deal_index}].parties", model.DealParty(actor_id=actor_id, role=role)
                )
        self._show_deal(deal_index)

    def _guessed_actor(self, span: model.Span) -> model.Actor | None:
        """A new actor for a deal party: its kind (and country) from the words when they tell,
        else from the user; None when the user cancels."""
        guess = linking.guess_actor(span.quote)
        if guess is not None:
            kind, country = codes.ActorType(guess[0]), guess[1]
        else:
            answer = prompts.ask_actor_type(self, span.quote)
            if answer is None:
                return None
            kind, country = answer, ""
        name = linking.bare_name(span.quote)
        if kind == codes.ActorType.STATE and country:
            # "Pakistani" names the state; the brief lists it as Pakistan, with the words kept.
            official = linking.state_name(name, country)
            if official != name:
                return model.Actor(
                    name=official, type=kind, country=country, aliases=[name], evidence=[span]
                )
        return model.Actor(name=name, type=kind, country=country, evidence=[span])

    def link_judgment(self) -> None:
        span = self._selected_span()
        if span is None:
            return
        index = self.doc.insert_record(
            "significance.judgments",
            model.KeyJudgment(statement=span.quote, evidence=[span]),
            text="Add judgment",
        )
        self.editor.focus_path(f"significance.judgments[{index}].statement")

    def link_evidence(self) -> None:
        span = self._selected_span()
        if span is None:
            return
        record = self.editor.selected_record()
        if linking.evidence_path(self.doc.brief, record) is None:
            prompts.show_error(
                self,
                "Nothing selected",
                "Select an actor, deal, item or judgment to cite evidence for.",
            )
            return
        self._add_evidence(record, [span])
        self._focus_on(linking.spans_of(self.doc.brief, record))
        label = linking.record_label(self.doc.brief, record) or "the selected item"
        self.show_status(f"Cited “{span.quote[:60]}” as evidence for {label}")

    def _show_deal(self, index: int) -> None:
        self.editor.focus_path(f"deals[{index}]")
        self.editor.lists["deals"].select_row(index)

    # --- removing records others point at -------------------------------------------------------
    def remove_source(self, list_path: str, index: int) -> bool:
        """Remove a source and every citation of it, so the brief stays valid to save and open."""
        source = self.doc.brief.sources[index]
        edits = linking.citation_edits(self.doc.brief, source.id)
        cited = sum(len(self.doc.value(path)) - len(kept) for path, kept in edits)
        name = source.title or "this source"
        if cited and not prompts.ask_yes_no(
            self,
            "Remove source",
            f"“{name}” is cited {cited} time{'s' if cited != 1 else ''} as evidence. "
            "Remove the source and those citations?",
        ):
            return False
        with self.doc.macro(f"Remove source {name}"):
            for path, kept in edits:
                self.doc.set_value(path, kept)
            self.doc.remove_record(list_path, index)
        self.suggestions.pop(source.id, None)
        return True

    def remove_actor(self, list_path: str, index: int) -> bool:
        """Remove an actor and its places in deals (a party must name an existing actor)."""
        actor = self.doc.brief.actors[index]
        with self.doc.macro(f"Remove actor {actor.name}"):
            for path, value in linking.actor_reference_edits(self.doc.brief, actor.id):
                self.doc.set_value(path, value)
            self.doc.remove_record(list_path, index)
        return True

    # --- navigation, panels, dialogs ------------------------------------------------------------
    def jump_to(self, path: str) -> None:
        if path.startswith("sources[") and self.editor.focus_path(path):
            return
        if not self.editor.focus_path(path):
            self.show_status(f"Cannot show {path}")

    def _template_chosen(self, _index: int) -> None:
        """The page preview renders with the template the checks are for."""
        self.pages.template = str(self.checks.template.currentData() or "standard")

    def _side_changed(self, index: int) -> None:
        self.preview.set_active(self.side.widget(index) is self.preview)

    def export_dialog(self) -> None:
        from briefdesk.gui.export_dialog import ExportDialog

        dialog = ExportDialog(self.doc, self.runner, self.settings, self)
        dialog.open()

    def settings_dialog(self) -> None:
        from briefdesk.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        dialog.accepted.connect(lambda: self._settings_accepted(dialog))
        dialog.open()

    def _settings_accepted(self, dialog: Any) -> None:
        dialog.apply()
        self.persist_settings()
        self.list_templates()  # the templates folder may have changed
        self.show_status("Settings saved")


def suggestion_colour() -> Any:
    from briefdesk.gui.sources_pane import SUGGESTED

    return SUGGESTED


def _freeze_long_lived() -> None:
    """Move what exists now (modules, widgets, the brief just opened) out of the collector's
    view: a full collection walks every tracked object, and with a 50-source brief and its
    suggestions that walk stalled the window for 25–100 ms while the user typed."""
    import gc

    gc.freeze()


def _source_key(source: model.Source) -> str:
    """Which article a source is, across reopening: its text's hash (ids repeat across briefs)."""
    return source.content_hash or source.id


def _write_snapshot(brief: model.Brief, original: Path | None, _token: Any) -> store.Snapshot:
    return store.write_snapshot(brief, original)


def _local_time(stamp: str) -> str:
    """ "2026-11-27T23:05:18Z" → "27 Nov 2026 23:05" in the user's time zone."""
    try:
        moment = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return f"{moment.day} {moment:%b %Y %H:%M}"


def _deal_title(raw: Any, fallback: str) -> str:
    """ "JF-17C fighter jets (Pakistan → Azerbaijan)": the value has its own field and column,
    and a title quoting it goes stale when the amount is corrected."""
    what = str(getattr(raw, "item", "") or str(getattr(raw, "kind", "")).replace("_", " "))
    if not what.strip():
        return fallback
    parties = " → ".join(
        str(p) for p in (getattr(raw, "seller", ""), getattr(raw, "buyer", "")) if p
    )
    title = what.strip()
    title = title[:1].upper() + title[1:]
    return f"{title} ({parties})" if parties else title


def _standard_or(key: Any, fallback: str) -> Any:
    """The platform's shortcut for a standard action, or ``fallback`` where it has none."""
    from PySide6.QtGui import QKeySequence

    bound = QKeySequence.keyBindings(key)
    return bound if bound else [QKeySequence(fallback)]


def _stamp(path: Path) -> store.DiskStamp | None:
    """The file's stamp, or None when it cannot be read (gone, or its folder is unreachable)."""
    try:
        return store.read_stamp(path)
    except (OSError, store.StoreError):
        return None


def _same_file(a: Path, b: Path) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return Path(a) == Path(b)


def _safe_name(title: str) -> str:
    cleaned = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in title).strip()
    return "-".join(cleaned.split())[:60] or "brief"
