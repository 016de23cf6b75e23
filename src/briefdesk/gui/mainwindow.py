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
    core,
    model,
    store,
    suggestion_kit,
)
from briefdesk.gui.navigation import Navigation
from briefdesk.gui.reading import SourceReading
from briefdesk.gui.session import FileSession, freeze_long_lived
from briefdesk.gui.window_actions import WindowActions
from briefdesk.settings import Settings, save_settings

if TYPE_CHECKING:
    from briefdesk.gui import spell_highlighter
else:
    spell_highlighter = lazy("briefdesk.gui.spell_highlighter")

AUTOSAVE_MS = 30_000
DISK_CHECK_MS = 5_000


class MainWindow(
    FileSession,
    SourceReading,
    Accepting,
    HandLinking,
    Drafting,
    Citing,
    WindowActions,
    Navigation,
    QMainWindow,
):
    """Building and wiring the window's panes, its state and status; the file session,
    source reading, accepting, linking, drafting, citing, actions and menus, and keyboard
    navigation live in the mixins (gui/session.py, reading.py, accepting.py, hand_linking.py,
    drafting.py, citing.py, window_actions.py, navigation.py)."""

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
        from briefdesk.gui.paste_wait import PasteWait
        from briefdesk.gui.preview import HtmlPreview, PagePreview
        from briefdesk.gui.runner import TaskRunner
        from briefdesk.gui.sources_pane import SourcesPane
        from briefdesk.gui.suggestions import SuggestionsPanel

        self.doc = BriefDocument(self.new_brief_record(), self)
        self.runner = TaskRunner(self)
        self.paste_wait = PasteWait(self.runner)
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
        from briefdesk.gui import add_actions

        self.add_actions = add_actions.install(self)  # Ctrl+Shift+A / D / J
        from briefdesk.gui.window_keys import WindowKeysFirst

        self.window_keys = WindowKeysFirst(self)  # Ctrl+E exports from a one-line field too
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

    def _connect(self) -> None:
        self.doc.dirtyChanged.connect(lambda _d: self._update_title())
        self.doc.fileChanged.connect(self._update_title)
        self.doc.changed.connect(self._doc_changed)
        self.doc.refused.connect(lambda message: self.show_status(self.in_words(message), 6000))
        self.doc.refusalCleared.connect(self._clear_refusal)
        self.doc.told.connect(lambda message: self.show_status(message, 12000))
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
        room = getattr(self, "dock_room", None)  # the sizes before the Library squeezed them
        state = room.splitter_state() if room is not None else self.splitter.saveState()
        self.settings.set_blob("main-splitter", bytes(state.data()))
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
        from briefdesk.gui.status_text import clip_quotes

        self.statusBar().showMessage(clip_quotes(message), timeout)

    def _clear_refusal(self, message: str) -> None:
        """A field became valid: its old reason leaves the bar (another field's stays)."""
        from briefdesk.gui.status_text import clip_quotes

        if self.statusBar().currentMessage() == clip_quotes(self.in_words(message)):
            self.statusBar().clearMessage()

    def _busy_changed(self, busy: bool, label: str) -> None:
        self.progress.setVisible(busy)
        self.progress.setToolTip(label)
        self.status_label.setText(f"{label}…" if busy else "")

    def _update_title(self) -> None:
        read_only = " (read-only)" if getattr(self, "read_only", False) else ""
        self.setWindowTitle(f"{self.doc.display_name()}{read_only}[*] — BriefDesk")
        self.setWindowModified(self.doc.dirty)

    def title_text(self) -> str:
        """Window title as the user reads it (with the unsaved mark resolved)."""
        return self.windowTitle().replace("[*]", "*" if self.isWindowModified() else "")

    # --- dialogs --------------------------------------------------------------------------------
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
