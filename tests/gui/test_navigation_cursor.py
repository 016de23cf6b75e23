"""Ctrl+1…8 moves the cursor to the end of a text field only (newcomer13 N13-11)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTreeView

from briefdesk.gui.navigation import _cursor_to_end


def test_a_list_that_takes_the_focus_is_left_alone(qtbot: Any) -> None:
    """A tree's moveCursor(action, modifiers) is no text cursor: once a TypeError traceback."""
    tree = QTreeView()
    qtbot.addWidget(tree)
    _cursor_to_end(tree)  # raised TypeError before


def test_typing_goes_on_after_the_text_of_a_field(qtbot: Any) -> None:
    line = QLineEdit("Skjold-M launchers")
    line.setCursorPosition(0)
    text = QPlainTextEdit("First line\nsecond line")
    for widget in (line, text):
        qtbot.addWidget(widget)
        _cursor_to_end(widget)
    assert line.cursorPosition() == len("Skjold-M launchers")
    assert text.textCursor().atEnd()
