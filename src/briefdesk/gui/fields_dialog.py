"""The form behind "Edit & accept": one row per field, wide enough to read what it holds.

A field is a line of text or, with ``choices``, a drop-down (the editor's words, the model's
value). ``relabel`` lets a form rename rows as a choice changes — a loan's parties are Borrower
and Lender, as the deal editor says, and so are they here the moment Kind says "loan". The dialog
only returns data (:meth:`FieldsDialog.answers`); the caller decides what it means.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from briefdesk.gui.wheel_guard import guard as guard_wheel

MIN_WIDTH = 560  # a deal title or a source's words fit without scrolling sideways


@dataclass(frozen=True)
class Field:
    label: str
    value: str = ""
    choices: tuple[tuple[str, str], ...] = ()  # (value, words): a drop-down
    key: str = ""  # what the answer is filed under; the label when blank
    placeholder: str = ""

    @property
    def name(self) -> str:
        return self.key or self.label


Relabel = Callable[[dict[str, str]], dict[str, str]]  # answers so far → {key: new label}


class FieldsDialog(QDialog):
    def __init__(
        self,
        title: str,
        fields: Sequence[Field | tuple[str, str]],
        parent: QWidget | None = None,
        relabel: Relabel | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._relabel = relabel
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
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(MIN_WIDTH)
        self._apply_labels()

    def _widget(self, field: Field) -> QLineEdit | QComboBox:
        if not field.choices:
            edit = QLineEdit(field.value)
            edit.setPlaceholderText(field.placeholder)
            edit.setCursorPosition(0)  # the start of a long value, not its cut-off end
            return edit
        combo = QComboBox()
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
            if key in self.labels:
                self.labels[key].setText(text)

    def answers(self) -> dict[str, str]:
        """Every field's text (a drop-down's value), by key."""
        out: dict[str, str] = {}
        for key, widget in self.widgets.items():
            out[key] = str(widget.currentData()) if isinstance(widget, QComboBox) else widget.text()
        return out
