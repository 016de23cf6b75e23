"""Settings: the never-suggest list — names or patterns (* and ?) extraction never offers,
each for one kind (a person, a place…) or any. Kept in settings.json for every brief."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefdesk.editing.memory import checked, format_never, parse_never
from briefdesk.extract.never import NeverSuggest
from briefdesk.gui.wheel_guard import guard as guard_wheel
from briefdesk.settings import Settings

# (kind, words shown), "any" first: the combo's order.
KIND_LABELS: tuple[tuple[str, str], ...] = (
    ("any", "Anything"),
    ("person", "Person"),
    ("organization", "Organisation"),
    ("state", "State"),
    ("international_organization", "International organisation"),
    ("place", "Place"),
    ("date", "Date"),
)


class NeverSuggestBox(QGroupBox):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__("Never suggest", parent)
        self.setToolTip(
            "Names or patterns (* any words, ? one character) that are never suggested, "
            "in any brief. Right-click a suggestion → Never suggest this adds one."
        )
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("never-suggest-table")
        self.table.setHorizontalHeaderLabels(["Name or pattern", "Kind"])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 240)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(110)
        self.add_button = QPushButton("&Add")
        self.remove_button = QPushButton("&Remove")
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_row("", "any", edit=True))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        for text in settings.never_suggest:
            try:
                rule = parse_never(text)
            except ValueError:
                self.add_row(text, "any")  # shown as typed; OK names what is wrong
            else:
                self.add_row(rule.pattern, rule.kind)

    def add_row(self, pattern: str, kind: str, *, edit: bool = False) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = QTableWidgetItem(pattern)
        self.table.setItem(row, 0, item)
        combo = QComboBox()
        guard_wheel(combo)
        for value, label in KIND_LABELS:
            combo.addItem(label, value)
        combo.setCurrentIndex(max(0, combo.findData(kind)))
        self.table.setCellWidget(row, 1, combo)
        if edit:
            self.table.setCurrentCell(row, 0)
            self.table.editItem(item)
        return row

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self.table.removeRow(row)

    def _rows(self) -> list[tuple[int, str, str]]:
        out = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            combo = self.table.cellWidget(row, 1)
            kind = combo.currentData() if isinstance(combo, QComboBox) else "any"
            out.append((row, item.text().strip() if item else "", str(kind or "any")))
        return out

    def rules(self) -> list[NeverSuggest]:
        """The rows as rules (empty rows left out); ``ValueError`` naming the first bad row."""
        rules: list[NeverSuggest] = []
        for row, pattern, kind in self._rows():
            if not pattern:
                continue
            try:
                rules.append(checked(NeverSuggest(pattern, kind)))
            except ValueError as exc:
                raise ValueError(f"Never suggest, row {row + 1}: {exc}") from None
        return rules

    def problem(self) -> str:
        """One line naming a bad row, or ""."""
        try:
            self.rules()
        except ValueError as exc:
            return str(exc)
        return ""

    def apply(self, settings: Settings) -> None:
        texts = [format_never(rule) for rule in self.rules()]
        settings.never_suggest = list(dict.fromkeys(texts))
