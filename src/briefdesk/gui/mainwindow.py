"""The BriefDesk main window: sources on the left, the brief in the middle, helpers on the right."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

# Only what the first frame needs: touching the ``Qt`` namespace or more widget classes here
# makes PySide6 build their enums before the window can appear.
from PySide6.QtCore import QByteArray, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QWidget

from briefdesk.gui.accepting import Accepting
from briefdesk.gui.citing import Citing
from briefdesk.gui.drafting import Drafting
from briefdesk.gui.hand_linking import HandLinking
from briefdesk.gui.lazy import lazy
from briefdesk.gui.modules import (
    codes,
    core,
    model,
    store,
    suggestion_kit,
)
from briefdesk.gui.reading import SourceReading
from briefdesk.gui.session import FileSession, freeze_long_lived
from briefdesk.settings import Settings, save_settings

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from briefdesk.gui import spell_highlighter
else:
    spell_highlighter = lazy("briefdesk.gui.spell_highlighter")

AUTOSAVE_MS = 30_000
DISK_CHECK_MS = 5_000


class MainWindow(FileSession, SourceReading, Accepting, HandLinking, Drafting, Citing, QMainWindow):
    """Wiring, menus and panels; the file session, source reading and accepting live in the
    mixins (gui/session.py, gui/reading.py, gui/accepting.py)."""

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
        # The last reading of each source, as the extractor returned it (draft needs the keys).
        self.extractions: dict[str, Any] = {}
        self._draft_waiting = ""  # source to draft from as soon as its reading is done
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
        spell_highlighter.service().configure(self.settings)  # loads in the background
        spell_highlighter.service().follow(self.doc)
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
        freeze_long_lived()
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
        self.act_draft = self._action(
            "&Draft brief from this source",
            self.draft_from_source,
            "Ctrl+D",
            "Fill the brief from the shown source in one undo step: actors, deal, places, "
            "title and a BLUF draft",
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
        # Connected after the stack's own slots: runs once the change is made.
        self.act_undo.triggered.connect(lambda _c=False: self.reveal_undone(False))
        self.act_redo.triggered.connect(lambda _c=False: self.reveal_undone(True))

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
            [
                self.act_add_source,
                self.act_paste_source,
                self.act_suggest,
                self.act_draft,
                self.act_export,
            ]
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
        if panel is self.suggestions_panel:
            self.suggestions_panel.focus_list()
        elif panel is not None:
            targets.get(panel, panel).setFocus()

    def _show_tab(self, index: int) -> None:
        """Show a tab with the keyboard where work is waiting: the first thing the checks flag
        on it (an ungraded source, a drafted BLUF), else its first field."""
        from briefdesk.review import review_brief

        self.editor.setCurrentIndex(index)
        for finding in review_brief(self.doc.brief):
            here = self.editor.tab_of(finding.path) == index
            cited = finding.path.endswith(".evidence")  # needs words from the article
            if here and not cited and self.editor.focus_path(finding.path):
                _cursor_to_end(self.focusWidget())
                return
        self.editor.currentWidget().setFocus()
        self.editor.focusNextChild()

    def _connect(self) -> None:
        self.doc.dirtyChanged.connect(lambda _d: self._update_title())
        self.doc.fileChanged.connect(self._update_title)
        self.doc.changed.connect(self._doc_changed)
        self.doc.refused.connect(lambda message: self.show_status(self.in_words(message), 6000))
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
        self.suggestions_panel.neverRequested.connect(self.never_suggest)
        self.suggestions_panel.draft_button.clicked.connect(self.draft_from_source)
        self.checks.jumpRequested.connect(self.jump_to)
        for records in self.editor.lists.values():
            records.citeRequested.connect(self.cite_for)
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

    # --- navigation, panels, dialogs ------------------------------------------------------------
    def _template_chosen(self, _index: int) -> None:
        """The page preview renders with the template the checks are for."""
        self.pages.template = str(self.checks.template.currentData() or "standard")
        self.preview.template = self.pages.template
        self.preview.schedule()

    def _side_changed(self, index: int) -> None:
        self.preview.set_active(self.side.widget(index) is self.preview)
        self.pages.set_active(self.side.widget(index) is self.pages)

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
        spell_highlighter.service().configure(self.settings)
        self.list_templates()  # the templates folder may have changed
        self._refresh_suggestions()  # the never-suggest list may have changed
        self.show_status("Settings saved")

    def never_suggest(self, items: list[Any]) -> None:
        from briefdesk.gui.memory import never_suggest_this

        never_suggest_this(self, items)


def _standard_or(key: Any, fallback: str) -> Any:
    """The platform's shortcut for a standard action, or ``fallback`` where it has none."""
    from PySide6.QtGui import QKeySequence

    bound = QKeySequence.keyBindings(key)
    return bound if bound else [QKeySequence(fallback)]


def _cursor_to_end(widget: Any) -> None:
    """In a text field reached from a check, typing goes on after what is there."""
    move = getattr(widget, "moveCursor", None)
    if callable(move):
        from PySide6.QtGui import QTextCursor

        move(QTextCursor.MoveOperation.End)
