"""A list of records (actors, deals, judgments…) with a detail form for the selected one."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefdesk.gui import fieldpath
from briefdesk.gui.column_fit import fit_columns, fit_height
from briefdesk.gui.document import BriefDocument
from briefdesk.gui.forms import Form
from briefdesk.gui.record_order import SortState, next_state, view_order

Column = tuple[str, Callable[[Any], str]]


class RecordList(QWidget):
    """Summary table + Add/Remove/Up/Down + detail form bound to ``list_path[row]``."""

    currentChanged = Signal(str)  # path of the selected record, "" when none
    citeRequested = Signal(str)  # path of the record to cite the article's selected words for

    def __init__(
        self,
        doc: BriefDocument,
        list_path: str | None,
        columns: Sequence[Column],
        factory: Callable[[], Any],
        noun: str,
        parent: QWidget | None = None,
        table_height: int = 150,
        grow: bool = False,
        sortable: bool = False,
    ) -> None:
        """``grow``: the table takes the height the page has to spare (the entity lists; a
        fixed 8-row table under a tall page once hid most places). ``sortable``: a header click
        sorts the rows (a view only, see gui/record_order.py)."""
        super().__init__(parent)
        self.doc = doc
        self.list_path = list_path
        self._told: tuple[str, object] | None = None  # the selection last announced
        self.columns = list(columns)
        self.factory = factory
        self.noun = noun
        self.form = Form(doc, None, self)
        # Records others point at (sources, actors) are removed through the window, which also
        # removes what points at them; returns False when the user changes their mind.
        self.remove_hook: Callable[[str, int], bool] | None = None
        self._order: list[int] = []  # view row → index of the record in the brief's list
        self._sort: SortState = None
        self._fitting = False
        self._user_widths = False  # once a column is dragged, the user's widths stay
        self._grow = grow
        self._table_height = table_height

        self.table = QTableWidget(0, len(self.columns))
        self.table.setObjectName(f"{noun}-table")
        self.table.setHorizontalHeaderLabels([c[0] for c in self.columns])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        # Widths follow the contents and the table's width (gui/column_fit.py), so one long
        # column never squeezes the names to a few letters; the user may still drag them.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(self._section_resized)
        self.table.viewport().installEventFilter(self)
        self.table.setMinimumHeight(table_height)
        if grow:
            policy = self.table.sizePolicy()
            policy.setVerticalPolicy(policy.Policy.Expanding)
            policy.setVerticalStretch(1)
            self.table.setSizePolicy(policy)
            self.setSizePolicy(policy)
        else:
            self.table.setMaximumHeight(table_height * 2)
        if sortable:
            header.setSectionsClickable(True)
            header.setSortIndicatorShown(False)
            header.sectionClicked.connect(self._sort_by)
            header.setToolTip(
                "Click a column to sort (again: reverse, a third time: the brief's order, "
                "which Up and Down change)"
            )
        self.table.setTabKeyNavigation(False)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.setAccessibleName(f"{noun.capitalize()} list")

        # No Alt+A here: it belongs to the Actors tab (several "Add" buttons share a page, and
        # ambiguous mnemonics only move focus). Insert and Delete work in the list instead.
        self.add_button = QPushButton(f"Add {noun}")
        self.add_button.setToolTip(f"Add {noun} (Insert in the list)")
        self.remove_button = QPushButton("Remove")
        self.remove_button.setToolTip(f"Remove the selected {noun} (Delete in the list)")
        self.up_button = QPushButton("Up")
        self.down_button = QPushButton("Down")
        self.add_button.clicked.connect(self.add_record)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        for key, slot in (
            (Qt.Key.Key_Insert, self._insert_key),
            (Qt.Key.Key_Delete, self._delete_key),
        ):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.detail = QWidget()
        self.detail_layout = QFormLayout(self.detail)
        self.detail_layout.setContentsMargins(0, 4, 0, 0)
        self.detail_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.citations: QLabel | None = None
        self.cite_button: QPushButton | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1 if grow else 0)
        layout.addLayout(buttons)
        layout.addWidget(self.detail)

        doc.changed.connect(self._on_changed)
        self.reload()

    # --- building the detail form -----------------------------------------------------------
    def add_field(self, label: str, binding: Any) -> QWidget:
        widget = self.form.add(binding)
        self.detail_layout.addRow(label, widget)
        return widget

    def add_row(self, label: str, widget: QWidget) -> None:
        self.detail_layout.addRow(label, widget)

    def enable_citing(self) -> None:
        """A "Cite selection" button and the record's citations under its fields."""
        self.citations = QLabel()
        self.citations.setWordWrap(True)
        self.citations.setTextFormat(Qt.TextFormat.PlainText)
        self.citations.setObjectName(f"{self.noun}-citations")
        self.cite_button = QPushButton("Cite selection")
        self.cite_button.setObjectName(f"{self.noun}-cite")
        self.cite_button.setAutoDefault(False)
        self.cite_button.setToolTip(
            f"Cite the words selected in the article as evidence for this {self.noun} (Ctrl+Alt+E)"
        )
        self.cite_button.clicked.connect(self._cite)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.citations, 1)
        line.addWidget(self.cite_button)
        self.detail_layout.addRow("Sources", row)
        self._show_citations()

    def _cite(self) -> None:
        path = self.current_path()
        if path:
            self.citeRequested.emit(path)

    def _show_citations(self) -> None:
        if self.citations is None:
            return
        path = self.current_path()
        spans = []
        if path:
            try:
                spans = list(getattr(fieldpath.get(self.doc.brief, path), "evidence", []) or [])
            except KeyError:
                spans = []
        if not spans:
            self.citations.setText("No citation yet: select words in the article, then Cite.")
            return
        quotes = [f"“{_clip(s.quote)}”" for s in spans[:3]]
        more = f" and {len(spans) - 3} more" if len(spans) > 3 else ""
        self.citations.setText(f"{len(spans)} cited: " + "; ".join(quotes) + more)

    # --- list handling ------------------------------------------------------------------------
    def set_list_path(self, list_path: str | None) -> None:
        self.list_path = list_path
        self.reload()

    def records(self) -> list[Any]:
        if self.list_path is None:
            return []
        try:
            return fieldpath.list_at(self.doc.brief, self.list_path)
        except KeyError:
            return []

    def current_row(self) -> int:
        """The selected record's index in the brief's list (-1 when none), whatever the sort."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return -1
        view = rows[0].row()
        return self._order[view] if view < len(self._order) else view

    def _view_row(self, index: int) -> int:
        return self._order.index(index) if index in self._order else index

    def _sort_by(self, column: int) -> None:
        self._sort = next_state(self._sort, column)
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(self._sort is not None)
        if self._sort is not None:
            order = Qt.SortOrder.DescendingOrder if self._sort[1] else Qt.SortOrder.AscendingOrder
            header.setSortIndicator(self._sort[0], order)
        self.reload()
        selected = self.current_row()
        if selected >= 0:
            self.table.scrollTo(self.table.model().index(self._view_row(selected), 0))

    def _section_resized(self, *_args: Any) -> None:
        if not self._fitting and self.table.isVisible():
            self._user_widths = True

    def _fit(self) -> None:
        if self._user_widths:
            return
        self._fitting = True
        try:
            fit_columns(self.table)
        finally:
            self._fitting = False

    def current_path(self) -> str:
        row = self.current_row()
        if row < 0 or self.list_path is None:
            return ""
        return f"{self.list_path}[{row}]"

    def select_row(self, row: int) -> None:
        """Select the record at index ``row`` of the brief's list (wherever a sort shows it)."""
        if 0 <= row < self.table.rowCount():
            self.table.selectRow(self._view_row(row))
            item = self.table.item(self._view_row(row), 0)
            if item is not None:
                self.table.scrollToItem(item)
        else:
            self.table.clearSelection()
            self._selection_changed()

    def reload(self) -> None:
        records = self.records()
        previous = self.current_row()
        self._order = view_order(records, self._sort, [fn for _title, fn in self.columns])
        self.table.blockSignals(True)
        self.table.setRowCount(len(records))
        for row, index in enumerate(self._order):
            record = records[index]
            for column, (_title, fn) in enumerate(self.columns):
                text = fn(record)
                item = self.table.item(row, column)
                if item is None:
                    item = QTableWidgetItem(text)
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    self.table.setItem(row, column, item)
                elif item.text() != text:
                    item.setText(text)
        self.table.blockSignals(False)
        enabled = self.list_path is not None
        self.add_button.setEnabled(enabled)
        if previous >= len(records) or (previous < 0 and records):
            previous = len(records) - 1 if previous >= len(records) else 0
        if previous >= 0:
            self.table.blockSignals(True)
            self.table.selectRow(self._view_row(previous))
            self.table.blockSignals(False)
        self._fit()
        if not self._grow:
            fit_height(self.table, self._table_height)
        self._selection_changed(kept=True)

    def _refresh_texts(self) -> None:
        """New texts in place: a sorted table keeps its rows where they are while the user
        types (a row jumping away mid-word loses the user); the next reload sorts again."""
        records = self.records()
        if len(records) != len(self._order):
            self.reload()
            return
        for row, index in enumerate(self._order):
            record = records[index]
            for column, (_title, fn) in enumerate(self.columns):
                item = self.table.item(row, column)
                if item is not None:
                    text = fn(record)
                    if item.text() != text:
                        item.setText(text)
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit()
        return super().eventFilter(watched, event)

    def _on_changed(self, path: str) -> None:
        if self.list_path is None:
            return
        if not path:
            self.reload()
            return
        if path == self.list_path:
            if len(self.records()) != self.table.rowCount():
                self.reload()
            else:
                self._refresh_texts()
                self._selection_changed(kept=True)
        elif fieldpath.related(self.list_path, path):
            self._refresh_texts()
            if path.endswith("evidence"):
                self._show_citations()

    def _selection_changed(self, kept: bool = False) -> None:
        """``kept``: called after the brief changed, not by the user; the selection is
        announced again only when it now stands on another record. Re-announcing the same
        record moved the article to that record's source: accepting a suggestion of source 2
        jumped back to source 1, where the selected actor was cited (N11-10)."""
        path = self.current_path()
        has = bool(path)
        self.remove_button.setEnabled(has)
        row = self.current_row()
        in_order = self._sort is None  # Up/Down move in the brief's order, not a sorted view
        self.up_button.setEnabled(has and in_order and row > 0)
        self.down_button.setEnabled(has and in_order and row < self.table.rowCount() - 1)
        if self.form.base != (path or None):
            self.form.set_base(path or None)
        self.detail.setEnabled(has)
        self._show_citations()
        told = (path, self._record_key(path))
        if kept and told == self._told:
            return
        self._told = told
        self.currentChanged.emit(path)

    def _record_key(self, path: str) -> object:
        """What tells records at one path apart: its id, else its index."""
        row = self.current_row()
        records = self.records()
        return getattr(records[row], "id", row) if path and 0 <= row < len(records) else None

    def _insert_key(self) -> None:
        if self.add_button.isVisible() and self.add_button.isEnabled():
            self.add_record()

    def _delete_key(self) -> None:
        if self.remove_button.isEnabled():
            self.remove_current()
            self.table.setFocus()

    def add_record(self) -> None:
        if self.list_path is None:
            return
        try:
            record = self.factory()
        except ValueError as exc:  # e.g. a deal party needs an actor to point at
            self.doc.refused.emit(f"Cannot add a {self.noun}: {exc}")
            return
        if record is None:  # the factory asked the user, who cancelled
            return
        at = self.doc.insert_record(self.list_path, record, text=f"Add {self.noun}")
        self.select_row(at)
        self.focus_first_field()

    def focus_first_field(self) -> None:
        """Typing goes into the new record at once (the Add button kept the focus before) and
        replaces its placeholder ("New actor"), which is selected (checker8 C4)."""
        first = next((b.widget for b in self.form.bindings if b.widget.isEnabled()), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(first, QLineEdit | QPlainTextEdit):
                first.selectAll()

    def remove_current(self) -> None:
        row = self.current_row()
        if row < 0 or self.list_path is None:
            return
        if self.remove_hook is not None:
            if not self.remove_hook(self.list_path, row):
                return
        else:
            self.doc.remove_record(self.list_path, row, text=f"Remove {self.noun}")
        self.select_row(min(row, self.table.rowCount() - 1))

    def _move(self, delta: int) -> None:
        row = self.current_row()
        if row < 0 or self.list_path is None:
            return
        self.doc.move_record(self.list_path, row, row + delta)
        self.select_row(row + delta)


def _clip(text: str, limit: int = 50) -> str:
    words = " ".join(text.split())
    return words if len(words) <= limit else words[: limit - 1].rsplit(" ", 1)[0] + "…"
