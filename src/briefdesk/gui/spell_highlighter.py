"""Red wavy underlines under unknown words in prose fields, with a spelling context menu.

Qt re-highlights only the paragraphs that changed, so typing costs one paragraph's words (each
looked up once, then cached). The dictionaries load in a background thread after the window is
built; until then nothing is underlined. Checking itself is ``briefdesk.spelling`` (Qt-free).
"""

from __future__ import annotations

import contextlib
import threading
from typing import Any

from PySide6.QtCore import QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QMenu, QPlainTextEdit

from briefdesk import spelling
from briefdesk.gui.spell_suggest import add_suggestions
from briefdesk.spelling.checker import is_loaded, words_in

BRIEF_WORDS_MS = 300
FIRST_LOAD_DELAY_MS = 1000


def utf16_len(text: str) -> int:
    """Qt counts UTF-16 units: characters beyond the BMP (emoji) take two."""
    return len(text.encode("utf-16-le")) // 2


class SpellService(QObject):
    """The window's one checker: loads it off the GUI thread, follows the open brief."""

    changed = Signal()  # checker ready, words added/ignored, or the brief's names changed
    _loaded = Signal(object, object)  # checker or None, the config it was built for

    def __init__(self) -> None:
        super().__init__()
        spelling.LOAD_IN_REVIEW = False  # a review on the GUI thread must never wait for a load
        self.checker: Any = None
        self._doc: Any = None
        self._words: set[str] = set()
        self._loading: object = None
        self._loaded.connect(self._on_loaded)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(BRIEF_WORDS_MS)
        self._timer.timeout.connect(self._update_brief_words)

    def configure(self, settings: object) -> None:
        """Language and team dictionary from Settings; reloads (in the background) on change."""
        if spelling.configure_from_settings(settings) or self.checker is None:
            self.checker = None
            self.changed.emit()
            # Reading a dictionary holds the GIL in slices for ~0.7 s: not while the window is
            # still finishing its start-up.
            language = spelling._config.language if spelling._config else ""
            QTimer.singleShot(0 if is_loaded(language) else FIRST_LOAD_DELAY_MS, self.load)

    def load(self) -> None:
        config = spelling._config
        if self._loading == config:
            return
        self._loading = config

        def work() -> None:
            checker = spelling.current(load=True)
            if checker is not None:
                checker.warm()
            with contextlib.suppress(RuntimeError):  # the window closed while it loaded
                self._loaded.emit(checker, config)

        threading.Thread(target=work, name="spelling-load", daemon=True).start()

    def _on_loaded(self, checker: Any, config: object) -> None:
        if config != spelling._config:
            return  # the settings changed while this one loaded
        self._loading = None
        self.checker = checker
        if checker is not None and self._doc is not None:
            self._apply_brief_words()
        self.changed.emit()

    def follow(self, doc: Any) -> None:
        """Names and source words of ``doc``'s brief are never flagged."""
        self._doc = doc
        doc.changed.connect(self._brief_changed)

    def _brief_changed(self, path: str) -> None:
        if path == "" or path.split("[")[0].split(".")[0] in {
            "actors",
            "places",
            "deals",
            "sources",
            "header",
        }:
            self._timer.start()

    def _update_brief_words(self) -> None:
        if self.checker is not None and self._apply_brief_words():
            self.changed.emit()

    def _apply_brief_words(self) -> bool:
        from briefdesk.spelling.brief_words import brief_words

        # Compared with what this service last applied: the Checks review may have handed the
        # same words to the checker first, and the underlines must still be redrawn.
        words = brief_words(self._doc.brief)
        changed = words != self._words
        self._words = words
        self.checker.set_brief_words(words)
        return changed

    def known(self, word: str) -> bool:
        return self.checker is None or bool(self.checker.known(word))

    def add(self, word: str) -> None:
        if self.checker is not None:
            try:
                self.checker.add(word)
            except OSError as exc:
                self.checker.problems.append(f"cannot save to the personal dictionary: {exc}")
            self.changed.emit()

    def ignore(self, word: str) -> None:
        if self.checker is not None:
            self.checker.ignore(word)
            self.changed.emit()


_service: SpellService | None = None


def service() -> SpellService:
    global _service
    if _service is None:
        _service = SpellService()
    return _service


class SpellHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, spell: SpellService) -> None:
        super().__init__(document)
        self.spell = spell
        self.underline = QTextCharFormat()
        self.underline.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.underline.setUnderlineColor(QColor("#d0021b"))
        spell.changed.connect(self.rehighlight)

    def highlightBlock(self, text: str) -> None:
        checker = self.spell.checker
        if checker is None or not text:
            return
        wide = not text.isascii() and utf16_len(text) != len(text)
        for start, end, word in words_in(text):
            if checker.known(word):
                continue
            if wide:
                self.setFormat(utf16_len(text[:start]), utf16_len(word), self.underline)
            else:
                self.setFormat(start, end - start, self.underline)


def attach(edit: QPlainTextEdit) -> SpellHighlighter:
    """Underline unknown words in ``edit`` and offer suggestions on right-click."""
    highlighter = SpellHighlighter(edit.document(), service())
    edit.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    edit.customContextMenuRequested.connect(
        lambda pos: spelling_menu(edit, pos).exec(edit.viewport().mapToGlobal(pos))
    )
    return highlighter


def word_at(edit: QPlainTextEdit, pos: QPoint) -> tuple[QTextCursor, str] | None:
    """The unknown word under ``pos`` (viewport coordinates), selected in a cursor."""
    cursor = edit.cursorForPosition(pos)
    block = cursor.block()
    text = block.text()
    offset = cursor.positionInBlock()
    for start, end, word in words_in(text):
        left, right = utf16_len(text[:start]), utf16_len(text[:end])
        if left <= offset <= right and not service().known(word):
            found = QTextCursor(block)
            found.setPosition(block.position() + left)
            found.setPosition(block.position() + right, QTextCursor.MoveMode.KeepAnchor)
            return found, word
    return None


def spelling_menu(edit: QPlainTextEdit, pos: QPoint) -> QMenu:
    """The usual edit menu, led by suggestions, "Add to dictionary" and "Ignore"."""
    standard = edit.createStandardContextMenu(edit.viewport().mapToGlobal(pos))
    hit = word_at(edit, pos)
    checker = service().checker
    if hit is None or checker is None:
        return standard
    cursor, word = hit
    menu = QMenu(edit)
    menu.setObjectName("spelling-menu")
    add_suggestions(menu, checker, word, lambda s: _replace(edit, cursor, s))  # off the GUI thread
    menu.addAction("Add to dictionary").triggered.connect(lambda: service().add(word))
    menu.addAction("Ignore").triggered.connect(lambda: service().ignore(word))
    menu.addSeparator()
    standard.setParent(menu, standard.windowFlags())  # its actions live as long as the menu
    menu.addActions(standard.actions())
    return menu


def _replace(edit: QPlainTextEdit, cursor: QTextCursor, text: str) -> None:
    """As if typed: the binding sees textChanged and records one undo step."""
    edit.setTextCursor(cursor)
    edit.textCursor().insertText(text)


def select_span(edit: QPlainTextEdit, start: int, end: int) -> None:
    """Select Python-str offsets ``start``..``end`` of the edit's text (from a Checks finding)."""
    text = edit.toPlainText()
    cursor = edit.textCursor()
    cursor.setPosition(utf16_len(text[:start]))
    cursor.setPosition(utf16_len(text[:end]), QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    edit.ensureCursorVisible()
