"""A user at the keyboard for replay tests: each chord or typed field goes to the focused widget
and is counted as one action (shared by the first-run and deal replays)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


class KeyboardUser:
    """Keys to the focused widget (or the window), each chord or typed field one action."""

    def __init__(self, qtbot: Any, window: Any) -> None:
        self.qtbot, self.window = qtbot, window
        self.actions: list[str] = []

    def chord(
        self, name: str, key: Qt.Key, modifiers: Any = Qt.KeyboardModifier.NoModifier
    ) -> None:
        self.actions.append(name)
        self.qtbot.keyClick(QApplication.focusWidget() or self.window, key, modifiers)
        self.qtbot.wait(20)

    def type(self, text: str) -> None:
        self.actions.append(f"type {text!r}")
        self.qtbot.keyClicks(QApplication.focusWidget() or self.window, text)
        self.qtbot.wait(20)
