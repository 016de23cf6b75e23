"""Left pane: the brief's sources and a read-only article view with evidence highlighted."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from briefdesk.gui.word_snap import snap_to_words
from briefdesk.model import Source, Span

LINKED = QColor(255, 236, 150)  # every span the brief cites
FOCUS = QColor(255, 170, 60)  # the selected item's or suggestion's evidence
SUGGESTED = QColor(190, 225, 255)


def py_to_qt(text: str, index: int) -> int:
    """Python indexes code points; Qt counts UTF-16 units (astral characters take two)."""
    return index + sum(1 for ch in text[:index] if ord(ch) > 0xFFFF)


def qt_to_py(text: str, position: int) -> int:
    units = 0
    for index, ch in enumerate(text):
        if units >= position:
            return index
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


class ArticleView(QPlainTextEdit):
    """Read-only article text; selections become evidence spans."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setAccessibleName("Article text")
        self.setPlaceholderText(
            "Select a source, paste an article (Ctrl+Shift+V) or drop files here."
        )
        self.source: Source | None = None
        self.text_version = 0  # bumps whenever the shown text is replaced
        self.link_actions: list[QAction | None] = []

    def show_source(self, source: Source | None) -> None:
        if source is self.source and source is not None:
            return
        self.source = source
        self.text_version += 1
        self.setPlainText(source.text if source else "")

    def selected_span(self) -> Span | None:
        if self.source is None:
            return None
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        text = self.source.text
        start = qt_to_py(text, cursor.selectionStart())
        end = qt_to_py(text, cursor.selectionEnd())
        # Trim surrounding spaces and punctuation the mouse tends to grab.
        while start < end and text[start] in " \t\n\"'“‘(":
            start += 1
        while end > start and text[end - 1] in " \t\n\"'”’),.;:":
            end -= 1
        if start >= end:
            return None
        start, end = snap_to_words(text, start, end)  # "ould raise dredging c" cites whole words
        return Span(source_id=self.source.id, start=start, end=end, quote=text[start:end])

    def highlight(
        self, linked: Iterable[Span], focus: Sequence[Span], colour: QColor = FOCUS
    ) -> None:
        """Background colour on spans of the shown source; scroll to the first focused one."""
        if self.source is None:
            self.setExtraSelections([])
            return
        text = self.source.text
        selections = []
        for spans, background in ((linked, LINKED), (focus, colour)):
            for span in spans:
                if span.source_id != self.source.id or span.end > len(text):
                    continue
                selection = QTextEdit.ExtraSelection()
                fmt = QTextCharFormat()
                fmt.setBackground(background)
                fmt.setForeground(QColor(20, 20, 20))
                selection.format = fmt
                cursor = QTextCursor(self.document())
                cursor.setPosition(py_to_qt(text, span.start))
                cursor.setPosition(py_to_qt(text, span.end), QTextCursor.MoveMode.KeepAnchor)
                selection.cursor = cursor
                selections.append(selection)
        self.setExtraSelections(selections)
        first = next((s for s in focus if s.source_id == self.source.id), None)
        if first is not None:
            cursor = QTextCursor(self.document())
            cursor.setPosition(py_to_qt(text, first.start))
            self.setTextCursor(cursor)
            self.centerCursor()

    def contextMenuEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        menu = self.createStandardContextMenu()
        if self.link_actions:
            menu.addSeparator()
            for action in self.link_actions:
                if action is None:
                    menu.addSeparator()
                else:
                    menu.addAction(action)
        menu.exec(event.globalPos())


class SourcesPane(QWidget):
    sourceSelected = Signal(str)  # source id, "" when none

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setAccessibleName("Sources")
        self.list.setObjectName("sources-list")
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.setUniformItemSizes(True)
        self.article = ArticleView()
        self.add_button = QPushButton("Add f&ile…")  # Alt+F opens the File menu
        self.paste_button = QPushButton("Paste as source")
        for button in (self.add_button, self.paste_button):
            button.setAutoDefault(False)
        title = QLabel("<b>Sources</b>")
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.add_button)
        header.addWidget(self.paste_button)
        top_layout.addLayout(header)
        top_layout.addWidget(self.list)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("sources-splitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.article)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.list.currentItemChanged.connect(self._current_changed)

    def set_sources(self, sources: Sequence[Source]) -> None:
        current = self.current_id()
        self.list.blockSignals(True)
        self.list.clear()
        for source in sources:
            label = source.title or source.filename or "Untitled source"
            item = QListWidgetItem(f"{label}  [{grade_tag(source)}]")
            item.setData(Qt.ItemDataRole.UserRole, source.id)
            item.setToolTip(
                f"{source.outlet or 'No outlet'} · {len(source.text):,} characters\n"
                f"{grade_tip(source)}"
            )
            self.list.addItem(item)
        self.list.blockSignals(False)
        if current and self.select(current):
            return
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self._current_changed(None, None)

    def current_id(self) -> str:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""

    def select(self, source_id: str) -> bool:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == source_id:
                if self.list.currentRow() != row:
                    self.list.setCurrentRow(row)
                return True
        return False

    def _current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        self.sourceSelected.emit(str(current.data(Qt.ItemDataRole.UserRole)) if current else "")


def grade_tag(source: Source) -> str:
    """What the list shows after the title: the grade, or "not graded" — a bare "[F6]" read
    as a key to press to a new user (newcomer14 N14-16)."""
    from briefdesk.gui.bindings import UNGRADED

    return source.grade if source.is_graded else UNGRADED


def grade_tip(source: Source) -> str:
    """The Admiralty grade in words, and where to set it."""
    from briefdesk.model.codes import CREDIBILITY_WORDS, RELIABILITY_WORDS

    words = (
        f"{RELIABILITY_WORDS[source.reliability].lower()}, "
        f"{CREDIBILITY_WORDS[source.credibility].lower()}"
    )
    if not source.is_graded:
        return f"Not graded yet ({words}). Ctrl+7 opens its grade: type e.g. B2."
    return f"Grade {source.grade} (Admiralty code): {words}. Ctrl+7 opens it to change."
