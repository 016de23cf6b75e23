"""newcomer7 F20: Add actor / deal / key judgment from the keyboard, from anywhere in the window,
with keys that clash with nothing, shown in the Edit menu and on the Add buttons."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit

from briefdesk.gui.add_actions import ADD_KEYS

Ctrl = Qt.KeyboardModifier.ControlModifier
Shift = Qt.KeyboardModifier.ShiftModifier
LETTER = {"A": Qt.Key.Key_A, "D": Qt.Key.Key_D, "J": Qt.Key.Key_J}


def _count(window: Any, key: str) -> int:
    return int(window.editor.lists[key].table.rowCount())


@pytest.mark.parametrize(("key", "text", "shortcut"), ADD_KEYS)
def test_the_key_adds_a_record_and_puts_the_cursor_in_it(
    window: Any, qtbot: Any, key: str, text: str, shortcut: str
) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.editor.setCurrentIndex(0)  # the Header tab, far from the list
    title = window.editor.forms[0].widget_for("header.title")
    title.setFocus()
    before = _count(window, key)
    qtbot.keyClick(QApplication.focusWidget(), LETTER[shortcut[-1]], Ctrl | Shift)
    qtbot.wait(20)
    records = window.editor.lists[key]
    assert _count(window, key) == before + 1
    assert window.editor.currentIndex() == window.editor.tab_of(key)
    first = next(b.widget for b in records.form.bindings if b.widget.isEnabled())
    assert QApplication.focusWidget() is first  # typing goes into the new record
    if key != "significance.judgments":  # … and its placeholder ("New actor") is replaced
        assert isinstance(first, QLineEdit) and first.text()
        assert first.selectedText() == first.text()
    window.doc.undo_stack.undo()  # one undo step
    assert _count(window, key) == before


def test_the_add_keys_clash_with_no_other_key(window: Any) -> None:
    seen: dict[str, str] = {}
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            name = sequence.toString()
            assert name not in seen or seen[name] == action.text(), (name, action.text())
            seen[name] = action.text()
    ours = {QKeySequence(s).toString() for _k, _t, s in ADD_KEYS}
    assert ours <= set(seen)
    for standard in QKeySequence.StandardKey:
        for bound in QKeySequence.keyBindings(standard):
            assert bound.toString() not in ours, standard


def test_the_edit_menu_and_the_add_buttons_name_the_keys(window: Any) -> None:
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    listed = {a.text(): a.shortcut().toString() for a in edit.actions() if a.text()}
    for key, text, shortcut in ADD_KEYS:
        assert listed[text] == QKeySequence(shortcut).toString()
        tip = window.editor.lists[key].add_button.toolTip()
        assert QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText) in tip
    pane = window.sources_pane
    assert "Ctrl+Shift+O" in pane.add_button.toolTip()
    assert "Ctrl+Shift+V" in pane.paste_button.toolTip()
