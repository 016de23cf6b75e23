"""The main window's actions, their keyboard shortcuts and its menus, built once."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from briefdesk.gui.modules import codes
from briefdesk.gui.window_base import WindowBase

if TYPE_CHECKING:
    from PySide6.QtGui import QAction


class WindowActions(WindowBase):
    """Mixed into MainWindow: every command as a ``QAction`` with its key, and the menu bar."""

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

        from briefdesk.gui.encoding_choice import add_sources_in_encoding

        K = QKeySequence.StandardKey
        self.act_new = self._action("&New", self.new_file, K.New)
        self.act_open = self._action("&Open…", self.open_file, K.Open)
        self.act_save = self._action("&Save", self.save, K.Save)
        self.act_save_as = self._action("Save &As…", self.save_as, "Ctrl+Shift+S")
        self.act_add_source = self._action("Add &source…", self.add_source_dialog, "Ctrl+Shift+O")
        self.act_add_source_encoding = self._action(
            "Add source in encodin&g…",
            lambda: add_sources_in_encoding(self),  # type: ignore[arg-type]
            tip="Read files in an encoding you choose (when an import was unsure of it)",
        )
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
        self.act_party = self._action(
            "Use as deal pa&rty (the side it lacks)",
            lambda: self.link_party(None),
            "Ctrl+Alt+R",
            "The selected words become the deal's missing side: a loan's borrower when it has "
            "a lender, a concession's concessionaire…",
        )
        from briefdesk.gui.deal_from_selection import SHORTCUT, TEXT, new_deal_from_selection

        self.act_deal_from = self._action(
            TEXT,
            lambda: new_deal_from_selection(self),
            SHORTCUT,
            "The selected sentences become a deal: kind, sides, status and value read from "
            "them, one undo step",
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
            self.act_party,
            self.act_deal_from,
            self.act_judgment,
            self.act_cite,
        ]
        self.sources_pane.article.link_actions = [
            *self.link_actions[:3],
            None,
            *self.link_actions[3:9],
            None,
            *self.link_actions[9:],
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
                self.act_add_source_encoding,
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
        from briefdesk.gui.deal_swap import install as install_swap

        edit_menu.addSeparator()
        edit_menu.addAction(install_swap(self))
        from briefdesk.gui.draft_around import install as install_around

        edit_menu.addAction(install_around(self))  # after swap: it set the context menu up
        link_menu = bar.addMenu("&Link")
        for action in self.sources_pane.article.link_actions:
            if action is None:
                link_menu.addSeparator()
            else:
                link_menu.addAction(action)
        view_menu = bar.addMenu("&View")
        # Ctrl+N opens the N-th tab; Places, added after Ctrl+1…7 were learnt, is the last
        # (Ctrl+8), so Ctrl+7 is still Sources. Each tab says its key (newcomer15 N15-13).
        titles = [self.editor.tabText(i).replace("&", "") for i in range(self.editor.count())]
        for index, title in enumerate(titles):
            key = f"Ctrl+{index + 1}"
            view_menu.addAction(self._action(title, lambda i=index: self._show_tab(i), key))
            self.editor.setTabToolTip(index, f"{title} ({key})")
        view_menu.addSeparator()
        for index, title in enumerate(("Suggestions", "Checks", "Preview", "Pages")):
            view_menu.addAction(
                self._action(title, lambda i=index: self._show_side(i), f"Alt+{index + 1}")
            )
        view_menu.addSeparator()
        view_menu.addAction(self._action("Article text", self.sources_pane.article.setFocus, "F6"))
        from briefdesk.gui.help_menu import install as install_help

        install_help(self, bar)


def _standard_or(key: Any, fallback: str) -> Any:
    """The platform's shortcut for a standard action, or ``fallback`` where it has none."""
    from PySide6.QtGui import QKeySequence

    bound = QKeySequence.keyBindings(key)
    return bound if bound else [QKeySequence(fallback)]
