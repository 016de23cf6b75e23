"""Suggestions from extraction, grouped by kind, waiting to be accepted, edited or dismissed."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QToolTip,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

# What a suggestion is, its key and whether the brief holds it are Qt-free (the CLI's draft
# uses them too); imported here for the window's parts, which know them as ``suggestion_kit``.
from briefdesk.editing.suggested import KINDS
from briefdesk.editing.suggested import Suggestion as Suggestion
from briefdesk.editing.suggested import from_extraction as from_extraction
from briefdesk.editing.suggested import in_brief as in_brief
from briefdesk.editing.suggested import suggestion_key as suggestion_key


def why_text(suggestion: Suggestion) -> str:
    """Why the extractor suggests it, one reason a line, in plain words."""
    reasons = getattr(suggestion.raw, "why", None) or []
    lines = [str(getattr(r, "text", "") or r) for r in reasons]
    return "\n".join(f"• {line}" for line in lines if line)


EDIT_KEYS = ("F2", "Shift+Return", "Shift+Enter")


class SuggestionsPanel(QWidget):
    suggestionSelected = Signal(object)  # Suggestion or None
    acceptRequested = Signal(list, bool)  # suggestions, edit first
    dismissRequested = Signal(list)
    neverRequested = Signal(list)  # "Never suggest this": onto the Settings list

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setObjectName("suggestions-tree")
        self.tree.setHeaderLabels(["Suggestion", "Evidence"])
        self.tree.setAccessibleName("Suggestions")
        # The suggestion takes the width the panel has; the evidence (a repeat of the quote,
        # for a glance) keeps a narrow column: no sideways scrolling in a narrow panel.
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.tree.setColumnWidth(1, 110)
        self.tree.installEventFilter(self)
        # Shift/Ctrl+click or Shift+arrows select several; Enter and Delete act on all of them.
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self._position = -1  # where the current suggestion was, to go on from there
        self.note = QLabel("Add a source: suggestions from it appear here.")
        self.note.setWordWrap(True)
        # Offered while the brief is still empty: the whole first draft in one step.
        self.draft_button = QPushButton("Draft the brief from this source (Ctrl+D)")
        self.draft_button.setObjectName("draft-button")
        self.draft_button.setAutoDefault(False)
        self.draft_button.setVisible(False)
        # Enter accepts, F2 edits and Delete dismisses in the list; Alt+A, Alt+E and Alt+K
        # belong to the Actors tab, the Edit menu and the Kind field, so the keys are named on
        # the buttons' tips and in F1 instead of as Alt letters.
        self.accept_button = QPushButton("Accept")
        self.accept_button.setToolTip("Accept the selected suggestion (Enter)")
        self.edit_button = QPushButton("Edit && accept… (F2)")
        self.edit_button.setToolTip(
            "Check and complete the selected suggestion's fields, then accept it (F2 or "
            "Shift+Enter)"
        )
        self.dismiss_button = QPushButton("Dis&miss")
        self.dismiss_button.setToolTip("Dismiss the selected suggestion (Delete)")
        self.accept_kind_button = QPushButton("Accept all of ki&nd")
        # Two rows: in one row the four buttons made the side panel 420 px wide at least, which
        # squeezed the brief editor on a laptop screen.
        buttons = QGridLayout()
        for index, button in enumerate(
            (self.accept_button, self.edit_button, self.dismiss_button, self.accept_kind_button)
        ):
            button.setAutoDefault(False)
            buttons.addWidget(button, index // 2, index % 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.draft_button)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.items: list[Suggestion] = []
        self.accept_button.clicked.connect(lambda: self._request(False))
        self.edit_button.clicked.connect(lambda: self._request(True))
        self.dismiss_button.clicked.connect(self._dismiss)
        self.accept_kind_button.clicked.connect(self._accept_kind)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.itemActivated.connect(lambda *_: self._request(False))
        # Only in the list: window-wide, Delete pressed in a table elsewhere dismissed a suggestion.
        dismiss = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.tree, self._dismiss)
        dismiss.setContext(Qt.ShortcutContext.WidgetShortcut)
        # F2 is the desktop's "edit this item" key (file managers, spreadsheets); Shift+Enter
        # is the accept key with a modifier (newcomer15 N15-37: Edit & accept had no key).
        for key in EDIT_KEYS:
            edit = QShortcut(QKeySequence(key), self.tree, lambda: self._request(True))
            edit.setContext(Qt.ShortcutContext.WidgetShortcut)
        # The menu key and Shift+F10 open the context menu at the current row, not at the mouse.
        for key in ("Shift+F10", "Menu"):
            menu = QShortcut(QKeySequence(key), self.tree, self._keyboard_menu)
            menu.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self._update_buttons()

    EVIDENCE_FROM_WIDTH = 360  # narrower than this, the names get the whole width

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A narrow list (the Library open beside it) shows whole names, not a cut name and
        a cut quote: the evidence column steps aside; selecting still highlights the quote."""
        if watched is self.tree and event.type() == QEvent.Type.Resize:
            narrow = self.tree.width() < self.EVIDENCE_FROM_WIDTH
            if self.tree.isColumnHidden(1) != narrow:
                self.tree.setColumnHidden(1, narrow)
        return False

    def set_suggestions(
        self,
        suggestions: Iterable[Suggestion],
        busy: bool = False,
        empty_note: str = "",
        partial: str = "",
    ) -> None:
        """``empty_note`` says why the list is empty (no source, not read yet, nothing found);
        ``partial`` that only part of the source was read (the list is incomplete)."""
        self.items = list(suggestions)
        current = self.current()
        # Accepted or dismissed: its tooltip must not linger over the next suggestion.
        QToolTip.hideText()
        self.tree.blockSignals(True)
        self.tree.clear()
        reselect: QTreeWidgetItem | None = None
        for kind, title in KINDS:
            members = [s for s in self.items if s.kind == kind]
            if not members:
                continue
            group = QTreeWidgetItem([f"{title} ({len(members)})"])
            group.setData(0, Qt.ItemDataRole.UserRole, kind)
            group.setFlags(
                group.flags() & ~Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
            )
            self.tree.addTopLevelItem(group)
            for suggestion in members:
                quote = suggestion.spans[0].quote if suggestion.spans else ""
                child = QTreeWidgetItem([suggestion.label, quote[:80]])
                why = why_text(suggestion)
                tip = suggestion.detail or suggestion.label
                child.setToolTip(0, f"{tip}\n\nWhy suggested:\n{why}" if why else tip)
                child.setToolTip(1, quote)
                child.setData(0, Qt.ItemDataRole.UserRole, suggestion)
                group.addChild(child)
                if suggestion is current:
                    reselect = child
            group.setExpanded(True)
        self.tree.blockSignals(False)
        if reselect is None and self._position >= 0:
            # The one just accepted or dismissed is gone: go on with the one after it.
            rows = self._rows()
            if rows:
                reselect = rows[min(self._position, len(rows) - 1)]
        if reselect is not None:
            self.tree.setCurrentItem(reselect)
        if busy:
            self.note.setText("Reading the source…")
        elif self.items:
            self.note.setText(
                f"{len(self.items)} suggestion{'s' if len(self.items) != 1 else ''}. "
                "Enter accepts, F2 edits, Delete dismisses; "
                "selecting one highlights its evidence."
            )
        else:
            self.note.setText(
                empty_note
                or "No open suggestions. Add a source, or select words in the article "
                "and right-click to link them by hand."
            )
        if partial and not busy:
            self.note.setText(f"{partial[:1].upper()}{partial[1:]}.\n{self.note.text()}")
        self._update_buttons()

    def _rows(self) -> list[QTreeWidgetItem]:
        """Suggestion rows in display order (group headers left out)."""
        rows = []
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            if group is not None:
                rows += [c for c in (group.child(r) for r in range(group.childCount())) if c]
        return rows

    def selected(self) -> list[Suggestion]:
        """The selected suggestions in display order, else the current one."""
        chosen = [
            data
            for item in self._rows()
            if item.isSelected()
            and isinstance(data := item.data(0, Qt.ItemDataRole.UserRole), Suggestion)
        ]
        current = self.current()
        if current is not None and current not in chosen:
            return [current]
        return chosen

    def focus_list(self) -> None:
        """Keyboard into the list, on a suggestion (never on a group header)."""
        self.tree.setFocus()
        if self.current() is None:
            rows = self._rows()
            if rows:
                self.tree.setCurrentItem(rows[0])

    def current(self) -> Suggestion | None:
        item = self.tree.currentItem()
        data = item.data(0, Qt.ItemDataRole.UserRole) if item else None
        return data if isinstance(data, Suggestion) else None

    def current_kind(self) -> str:
        item = self.tree.currentItem()
        if item is None:
            return ""
        data = item.data(0, Qt.ItemDataRole.UserRole)
        return data.kind if isinstance(data, Suggestion) else str(data or "")

    def select(self, suggestion: Suggestion) -> None:
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            if group is None:
                continue
            for row in range(group.childCount()):
                child = group.child(row)
                if child is not None and child.data(0, Qt.ItemDataRole.UserRole) is suggestion:
                    self.tree.setCurrentItem(child)
                    return

    def _current_changed(self, current: object = None, previous: object = None) -> None:
        item = self.tree.currentItem()
        if item is not None and item.parent() is None and item.childCount():
            # A group header: move on to a suggestion in the direction the user was going.
            rows = self._rows()
            before = previous if isinstance(previous, QTreeWidgetItem) else None
            going_up = before is not None and self.tree.indexOfTopLevelItem(item) <= (
                self.tree.indexOfTopLevelItem(before.parent() or before)
            )
            target = item.child(0)
            if going_up:
                index = self.tree.indexOfTopLevelItem(item)
                above = self.tree.topLevelItem(index - 1) if index > 0 else None
                if above is not None and above.childCount():
                    target = above.child(above.childCount() - 1)
            if target is not None and target in rows:
                self.tree.setCurrentItem(target)
                return
        rows = self._rows()
        if item in rows:
            self._position = rows.index(item)
        self._update_buttons()
        self.suggestionSelected.emit(self.current())

    def _update_buttons(self) -> None:
        has = self.current() is not None
        self.accept_button.setEnabled(has)
        self.edit_button.setEnabled(has)
        self.dismiss_button.setEnabled(has)
        self.accept_kind_button.setEnabled(bool(self.current_kind()))

    def _request(self, edit: bool) -> None:
        chosen = self.selected()
        if chosen:
            self._remember_position(chosen)
            self.acceptRequested.emit(chosen, edit)
            self._keyboard_back_to_list()

    def _dismiss(self) -> None:
        chosen = self.selected()
        if chosen:
            self._remember_position(chosen)
            self.dismissRequested.emit(chosen)
            self._keyboard_back_to_list()

    def _keyboard_back_to_list(self) -> None:
        """After a button (or its dialog) the keyboard goes on in the list: Enter and Delete
        then act on the next suggestion. Left alone when accepting moved it elsewhere (a new
        judgment's statement)."""
        from PySide6.QtWidgets import QApplication

        focused = QApplication.focusWidget()
        in_panel = focused is None or self.isAncestorOf(focused)
        if focused is not self.tree and in_panel and self._rows():
            self.focus_list()

    def context_actions(self) -> list[QAction]:
        """What right-clicking the selection offers (built each time; tests trigger them)."""
        chosen = self.selected()
        if not chosen:
            return []
        accept = QAction("Accept", self.tree)
        accept.setShortcut(QKeySequence("Return"))
        accept.triggered.connect(lambda: self._request(False))
        edit = QAction("Edit && accept…", self.tree)
        edit.setShortcut(QKeySequence("F2"))
        edit.triggered.connect(lambda: self._request(True))
        dismiss = QAction("Dismiss", self.tree)
        dismiss.setShortcut(QKeySequence("Delete"))
        dismiss.triggered.connect(self._dismiss)
        never = QAction("Never suggest this", self.tree)
        never.setToolTip("Add it to the never-suggest list in Settings (every brief)")
        never.setEnabled(any(s.kind in ("actors", "places", "dates") for s in chosen))
        never.triggered.connect(lambda: self.neverRequested.emit(self.selected()))
        for action in (accept, edit, dismiss):
            # Shown in the menu as a reminder; the list's own shortcuts do the work.
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        return [accept, edit, dismiss, never]

    def _context_menu(self, pos: Any) -> None:
        from PySide6.QtWidgets import QMenu

        actions = self.context_actions()
        if actions:
            menu = QMenu(self.tree)
            menu.addActions(actions)
            menu.exec(self.tree.viewport().mapToGlobal(pos))

    def _keyboard_menu(self) -> None:
        item = self.tree.currentItem()
        rect = self.tree.visualItemRect(item) if item is not None else None
        self._context_menu(rect.bottomLeft() if rect is not None else self.tree.rect().topLeft())

    def _remember_position(self, chosen: list[Suggestion]) -> None:
        """After these go, the next is the first one below them (same place in the list)."""
        rows = [item.data(0, Qt.ItemDataRole.UserRole) for item in self._rows()]
        places = [rows.index(s) for s in chosen if s in rows]
        if places:
            self._position = min(places)

    def _accept_kind(self) -> None:
        kind = self.current_kind()
        members = [s for s in self.items if s.kind == kind]
        if members:
            self.acceptRequested.emit(members, False)
