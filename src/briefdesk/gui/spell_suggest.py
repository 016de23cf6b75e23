"""Spelling suggestions for the context menu, found off the GUI thread.

Hunspell-style suggestions take 0.1–0.6 s for some words; asked on the GUI thread they froze the
window before the menu opened. The menu now opens at once with "Looking for suggestions…", a
daemon thread asks the checker, and the answer replaces that line (queued back to the GUI thread).
A word asked before is answered from a small cache, so the menu shows it straight away.
"""

from __future__ import annotations

import contextlib
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

LOOKING = "Looking for suggestions…"
NONE_FOUND = "(no suggestions)"
WAIT_SECONDS = 0.03  # a quick answer goes straight into the menu; a slow one follows
CACHE_SIZE = 64

_cache: OrderedDict[tuple[int, str], list[str]] = OrderedDict()
_cache_lock = threading.Lock()


class _Relay(QObject):
    found = Signal(object)


def _cached(checker: Any, word: str) -> list[str] | None:
    with _cache_lock:
        found = _cache.get((id(checker), word))
        if found is not None:
            _cache.move_to_end((id(checker), word))
        return found


def _remember(checker: Any, word: str, found: list[str]) -> None:
    with _cache_lock:
        _cache[(id(checker), word)] = found
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)


def add_suggestions(
    menu: QMenu, checker: Any, word: str, on_pick: Callable[[str], None]
) -> QAction:
    """Put the suggestions for ``word`` at the top of ``menu`` (now, or when found); returns the
    action that later items go after."""
    anchor = menu.addAction(LOOKING)
    anchor.setEnabled(False)
    state = {"filled": False}

    def fill(found: object) -> None:
        if state["filled"]:
            return
        state["filled"] = True
        words = list(found) if isinstance(found, list) else []
        with contextlib.suppress(RuntimeError):  # the menu was closed and deleted meanwhile
            for suggestion in words:
                action = QAction(suggestion, menu)
                font = action.font()
                font.setBold(True)
                action.setFont(font)
                action.triggered.connect(lambda _c=False, s=suggestion: on_pick(s))
                menu.insertAction(anchor, action)
            if words:
                menu.removeAction(anchor)
            else:
                anchor.setText(NONE_FOUND)

    known = _cached(checker, word)
    if known is not None:
        fill(known)
        return anchor
    relay = _Relay(menu)
    relay.found.connect(fill)
    done = threading.Event()
    result: list[list[str]] = []

    def work() -> None:
        try:
            found = list(checker.suggest(word))
        except Exception:  # a checker fault never reaches the user as a traceback
            found = []
        _remember(checker, word, found)
        result.append(found)
        done.set()
        with contextlib.suppress(RuntimeError):
            relay.found.emit(found)

    threading.Thread(target=work, name="spelling-suggest", daemon=True).start()
    if done.wait(WAIT_SECONDS):
        fill(result[0])
    return anchor
