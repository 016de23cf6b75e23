"""Keys for the frequent "Add" actions: actor, deal, key judgment (and the source keys shown).

A first-time user drafting by keyboard found no way to add a judgment without the mouse
(newcomer7 F20): the Add buttons only answered Insert inside their own list. Each action here
shows the record's tab, adds a record as one undo step and puts the cursor in its first field,
from anywhere in the window. The keys are Ctrl+Shift+letter, which neither the platform's
standard keys nor the window's other actions use (a test checks both); the Edit menu lists them
and every Add button's tooltip names its key.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction, QKeySequence

# list key in the editor, menu text, key, noun
ADD_KEYS: tuple[tuple[str, str, str], ...] = (
    ("actors", "Add &actor", "Ctrl+Shift+A"),
    ("deals", "Add &deal", "Ctrl+Shift+D"),
    ("significance.judgments", "Add key &judgment", "Ctrl+Shift+J"),
)


def install(window: Any) -> list[QAction]:
    """Add the actions to ``window`` (a MainWindow) and its Edit menu; returns them."""
    actions = []
    for key, text, shortcut in ADD_KEYS:
        records = window.editor.lists[key]
        action = QAction(text, window)
        action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(f"{text.replace('&', '')} to the brief and type its first field")
        action.triggered.connect(lambda _checked=False, k=key: add_record(window, k))
        window.addAction(action)
        actions.append(action)
        native = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
        records.add_button.setToolTip(f"Add {records.noun} ({native}; Insert in the list)")
    edit = _menu(window, "Edit")
    if edit is not None:
        edit.addSeparator()
        edit.addActions(actions)
    _name_source_keys(window)
    return actions


def add_record(window: Any, key: str) -> None:
    """Show the tab holding the ``key`` list and add a record there, ready to type."""
    editor = window.editor
    records = editor.lists[key]
    index = editor.tab_of(key)
    if index >= 0:
        editor.setCurrentIndex(index)
    records.add_record()


def _name_source_keys(window: Any) -> None:
    """The sources pane's buttons name the keys File → Add source and Paste as source have."""
    pane = window.sources_pane
    for button, action in (
        (pane.add_button, window.act_add_source),
        (pane.paste_button, window.act_paste_source),
    ):
        native = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        what = action.text().replace("&", "").rstrip("…")
        button.setToolTip(f"{what} ({native})")


def _menu(window: Any, title: str) -> Any:
    for menu_action in window.menuBar().actions():
        if menu_action.text().replace("&", "") == title and menu_action.menu() is not None:
            return menu_action.menu()
    return None
