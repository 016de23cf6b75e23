"""The window's shortcuts win over a one-line field's own editing keys (newcomer16 N16-04).

On Linux a ``QLineEdit`` claims Ctrl+A, B, D, E, F, H and K as Emacs-style editing keys (Ctrl+E:
end of line), so Ctrl+E (Export) and Ctrl+D (Draft) did nothing, without a word, while the
cursor was in the grade or the title field — exactly where the standard note ends. A chord the
window binds to a command goes to the command from every field; the standard editing keys
(select all, copy, cut, paste, undo, redo) stay the field's.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QWidget

_FIELD_KEYS = (
    QKeySequence.StandardKey.SelectAll,
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo,
)


class WindowKeysFirst(QObject):
    """Installed on each one-line field of ``window`` as it first takes the focus."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._watched: set[int] = set()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: Any, new: Any) -> None:
        if not isinstance(new, QLineEdit | QAbstractSpinBox) or id(new) in self._watched:
            return
        if new.window() is not self._window:
            return  # a dialog's field: the window's commands do not run there
        key = id(new)
        self._watched.add(key)
        new.installEventFilter(self)
        new.destroyed.connect(lambda _o=None: self._watched.discard(key))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        if any(event.matches(key) for key in _FIELD_KEYS) or not self.window_binds(event):
            return False
        event.ignore()  # not overridden: Qt runs the window's shortcut
        return True

    def window_binds(self, event: QKeyEvent) -> bool:
        """True when an enabled command of the window has this chord as its key."""
        pressed = QKeySequence(event.keyCombination())
        return any(
            action.isEnabled() and pressed in action.shortcuts()
            for action in self._window.actions()
            if isinstance(action, QAction)
        )
