"""The form behind "Edit & accept": one row per field, wide enough to read what it holds.

A field is a line of text or, with ``choices``, a drop-down (the editor's words, the model's
value). ``relabel`` lets a form rename rows as a choice changes — a loan's parties are Borrower
and Lender, as the deal editor says, and so are they here the moment Kind says "loan" — and the
words of another drop-down's items (a sanctions listing's statuses read "adopted", "lifted").
The dialog only returns data (:meth:`FieldsDialog.answers`); the caller decides what it means,
and with ``validate`` may refuse an answer: the dialog then stays open with everything typed,
names the field in a line under the form and puts the cursor in it (one typo used to close the
box and lose every other edit).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from briefdesk.gui.bindings import TypedCombo
from briefdesk.gui.wheel_guard import guard as guard_wheel

MIN_WIDTH = 560  # a deal title or a source's words fit without scrolling sideways


@dataclass(frozen=True)
class Field:
    label: str
    value: str = ""
    choices: tuple[tuple[str, str], ...] = ()  # (value, words): a drop-down
    key: str = ""  # what the answer is filed under; the label when blank
    placeholder: str = ""
    # A long list of names (the brief's actors): typed into, any part of a name filters it.
    filter: bool = False

    @property
    def name(self) -> str:
        return self.key or self.label


# Answers so far → {key: a row's new label, or {value: new words} for a drop-down's items}.
Relabel = Callable[[dict[str, str]], dict[str, str | dict[str, str]]]
Validate = Callable[[dict[str, str]], object]  # raises FieldError (or ValueError) to refuse


class FieldError(ValueError):
    """A refused answer and the key of the field that holds it (its message names the field)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


_BAD = "border: 1px solid #c0392b;"


class FieldsDialog(QDialog):
    def __init__(
        self,
        title: str,
        fields: Sequence[Field | tuple[str, str]],
        parent: QWidget | None = None,
        relabel: Relabel | None = None,
        validate: Validate | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._relabel = relabel
        self._validate = validate
        self._bad: str = ""
        self.widgets: dict[str, QLineEdit | QComboBox] = {}
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in fields:
            field = spec if isinstance(spec, Field) else Field(spec[0], spec[1])
            widget = self._widget(field)
            label = QLabel(field.label)
            label.setBuddy(widget)
            self.widgets[field.name] = widget
            self.labels[field.name] = label
            form.addRow(label, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c0392b;")
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(MIN_WIDTH)
        self._apply_labels()

    def _widget(self, field: Field) -> QLineEdit | QComboBox:
        if not field.choices:
            edit = QLineEdit(field.value)
            edit.setPlaceholderText(field.placeholder)
            edit.setCursorPosition(0)  # the start of a long value, not its cut-off end
            return edit
        if field.filter:
            return FilterCombo(field.choices, field.value, field.placeholder)
        combo = TypedCombo()  # typed as every picker is: "B" is the first choice with B
        guard_wheel(combo)
        for value, words in field.choices:
            combo.addItem(words, value)
        at = combo.findData(field.value)
        combo.setCurrentIndex(max(at, 0))
        combo.currentIndexChanged.connect(lambda _i: self._apply_labels())
        return combo

    def _apply_labels(self) -> None:
        if self._relabel is None:
            return
        for key, text in self._relabel(self.answers()).items():
            widget = self.widgets.get(key)
            if isinstance(text, dict):
                if isinstance(widget, QComboBox):
                    for index in range(widget.count()):
                        words = text.get(str(widget.itemData(index)))
                        if words:
                            widget.setItemText(index, words)
            elif key in self.labels:
                self.labels[key].setText(text)

    def accept(self) -> None:
        """Close only on answers ``validate`` takes; otherwise show why and where, keep all."""
        if self._validate is not None:
            try:
                self._validate(self.answers())
            except ValueError as exc:
                self.show_problem(getattr(exc, "field", ""), str(exc))
                return
        super().accept()

    def show_problem(self, key: str, message: str) -> None:
        """The message under the form; the field it names red, with the cursor in it."""
        if self._bad and self._bad in self.widgets:
            self.widgets[self._bad].setStyleSheet("")
        self.problem.setText(message)
        self.problem.show()
        widget = self.widgets.get(key)
        self._bad = key if widget is not None else ""
        if widget is None:
            return
        widget.setStyleSheet(_BAD)
        widget.setFocus()
        if isinstance(widget, QLineEdit):
            widget.selectAll()

    def answers(self) -> dict[str, str]:
        """Every field's text (a drop-down's value), by key."""
        out: dict[str, str] = {}
        for key, widget in self.widgets.items():
            if isinstance(widget, FilterCombo):
                out[key] = widget.value()
            elif isinstance(widget, QComboBox):
                out[key] = str(widget.currentData())
            else:
                out[key] = widget.text()
        return out


class FilterCombo(QComboBox):
    """A name picked by typing any part of it (newcomer16 N16-06): a space typed in a plain
    drop-down opened its list, names sharing a first word were only reached with the mouse
    (the list in the brief's order: "Kardovan", Down gave "European Union"). The names are in
    alphabetical order; what is typed filters them; an answer is the name typed or chosen, or
    the only one the words are part of."""

    def __init__(self, choices: Sequence[tuple[str, str]], value: str, placeholder: str) -> None:
        super().__init__()
        guard_wheel(self)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for data, words in sorted((c for c in choices if c[0]), key=lambda c: c[1].casefold()):
            self.addItem(words, data)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        line = self.lineEdit()
        assert line is not None
        line.setPlaceholderText(placeholder or "Type any part of a name")
        self.setCurrentIndex(self.findData(value))
        if self.currentIndex() < 0:
            line.clear()

    def value(self) -> str:
        """The chosen name's value; "" when the words name none, or more than one."""
        typed = " ".join(self.currentText().split()).casefold()
        if not typed:
            return ""
        names = [(self.itemText(i).casefold(), str(self.itemData(i))) for i in range(self.count())]
        exact = [data for name, data in names if name == typed]
        within = [data for name, data in names if typed in name]
        if exact:
            return exact[0]
        return within[0] if len(within) == 1 else ""
