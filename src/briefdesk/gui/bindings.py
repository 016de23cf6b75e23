"""Bindings: one widget shown and edited as one field of the brief.

Each converts between what its widget shows and the model value (text, date, amount, grade,
choice), and refuses what does not parse with a one-line reason; a ``Form`` (gui/forms.py)
places them under a base path and keeps them in step with the document.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from briefdesk.gui.spell_highlighter import attach as attach_spelling
from briefdesk.gui.wheel_guard import guard as guard_wheel
from briefdesk.model.codes import NOT_GRADED

if TYPE_CHECKING:
    from briefdesk.gui.forms import Form

_BAD = "border: 1px solid #c0392b;"


class Binding:
    """One widget ↔ one field; subclasses convert between widget and model values."""

    merge = False
    undo_text = ""  # what Undo says for an edit here; "" names the field ("Edit title")
    # Edits that go with a new value (a deal's kind: its sides' roles and made-up titles), one
    # undo step with it, and what the status line says of them; None: the value alone.
    follow: Callable[[Any, str, Any], tuple[list[Any], str]] | None = None

    def __init__(self, rel: str, widget: QWidget) -> None:
        self.rel = rel
        self.widget = widget
        self.form: Form | None = None
        self.hint = widget.toolTip()  # the widget's own help, back once a refusal is put right

    def read(self) -> Any:  # widget → model value; raise ValueError when not parseable
        raise NotImplementedError

    def show(self, value: Any) -> None:  # model value → widget
        raise NotImplementedError

    def clear(self) -> None:
        self.show(None)

    def edited(self) -> None:
        if self.form is not None:
            self.form.commit(self)

    def mark_bad(self, bad: bool, reason: str = "") -> None:
        self.widget.setStyleSheet(_BAD if bad else "")
        self.widget.setToolTip(reason or self.hint)


class LineBinding(Binding):
    merge = True

    def __init__(self, rel: str, widget: QLineEdit | None = None, placeholder: str = "") -> None:
        edit = widget or QLineEdit()
        if placeholder:
            edit.setPlaceholderText(placeholder)
        super().__init__(rel, edit)
        self.edit = edit
        edit.textEdited.connect(lambda _t: self.edited())

    def read(self) -> Any:
        return self.edit.text()

    def show(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if self.edit.text() != text:
            self.edit.setText(text)


class CodeBinding(LineBinding):
    """Short upper-case codes (ISO country): 'pk' is stored as 'PK', no caps lock needed."""

    def __init__(self, rel: str, placeholder: str = "", length: int = 2) -> None:
        super().__init__(rel, placeholder=placeholder)
        self.edit.setMaxLength(length)
        self.edit.setMaximumWidth(self.edit.fontMetrics().horizontalAdvance("W" * 12) + 20)

    def read(self) -> Any:
        return self.edit.text().strip().upper()


class TextBinding(Binding):
    """Multi-line prose (Markdown subset)."""

    merge = True

    def __init__(
        self, rel: str, placeholder: str = "", min_lines: int = 3, max_lines: int = 0
    ) -> None:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setPlaceholderText(placeholder)
        line = edit.fontMetrics().lineSpacing()
        edit.setMinimumHeight(line * min_lines + 12)
        if max_lines:  # a record's note must not push the fields under it below the fold
            edit.setMaximumHeight(line * max_lines + 12)
        super().__init__(rel, edit)
        self.edit = edit
        self._showing = False
        edit.textChanged.connect(self._changed)
        self.spelling = attach_spelling(edit)  # prose is spell-checked as you type

    def _changed(self) -> None:
        if not self._showing:
            self.edited()

    def read(self) -> Any:
        return self.edit.toPlainText()

    def show(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if self.edit.toPlainText() != text:
            self._showing = True
            try:
                cursor = self.edit.textCursor()
                position = cursor.position()
                self.edit.setPlainText(text)
                cursor.setPosition(min(position, len(text)))
                self.edit.setTextCursor(cursor)
            finally:
                self._showing = False


class LinesBinding(TextBinding):
    """A list of short strings, one per line (pros, cons, indicators, aliases)."""

    def read(self) -> Any:
        return [line.strip() for line in self.edit.toPlainText().splitlines() if line.strip()]

    def show(self, value: Any) -> None:
        lines = list(value or [])
        if self.read() != lines:
            super().show("\n".join(lines))


class TypedCombo(QComboBox):
    """A picker typed like a form (newcomer13 N13-13), with one rule for every typed list
    (newcomer16 N16-05, N16-06: "l" moved on by itself and "v" did not, so the usual Tab
    skipped Confidence; "B" on a proposed Buyer went on to Borrower). A letter picks the first
    choice starting with it, whatever is shown, and each press of it again the next one ("v":
    very unlikely, "vv": very likely, at any typing speed); digits 1–9 pick the n-th choice;
    the keyboard stays, and Tab moves on as from any field. A letter no choice starts with
    belongs to the next field ("l" then "m", or "l" "l" (N19-12): Likelihood then Confidence).
    With the list open, Ctrl shortcuts (Ctrl+7, Ctrl+E) close it and still run."""

    HINT = "Type a letter (again for the next choice with it) or a number; Tab moves on"

    def __init__(self) -> None:
        super().__init__()
        self.view().installEventFilter(self)
        self.setToolTip(self.HINT)
        self._last = ""  # the letter pressed last here: pressed again, it goes on to the next

    def _choices(self) -> list[int]:
        """The indexes of real choices ("(not set)", "(choose actor)" are none to type)."""
        return [i for i in range(self.count()) if self.itemData(i) not in (None, "")]

    def focusInEvent(self, event: Any) -> None:
        self._last = ""
        super().focusInEvent(event)

    def keyPressEvent(self, event: Any) -> None:
        letter = event.text().strip().casefold()
        plain = not event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        )
        last, self._last = self._last, ""
        if len(letter) != 1 or not letter.isalnum() or not plain:
            super().keyPressEvent(event)
            return
        choices = self._choices()
        if letter.isdigit():
            number = int(letter)
            if 1 <= number <= len(choices):
                self._pick(choices[number - 1])
            return
        matches = [i for i in choices if self.itemText(i).casefold().startswith(letter)]
        if not matches:
            self._hand_on(event)
            return
        current = self.currentIndex()
        again = letter == last and current in matches
        if again and len(matches) == 1:  # no other choice has it: "l", "l" is Likely, Low (N19-12)
            self._hand_on(event, only_to_picker=True)
            return
        self._last = letter
        self._pick(matches[(matches.index(current) + 1) % len(matches)] if again else matches[0])

    def _pick(self, index: int) -> None:
        if index != self.currentIndex():
            self.setCurrentIndex(index)
        self.activated.emit(index)  # as a pick with the mouse: the binding saves it

    def _hand_on(self, event: Any, *, only_to_picker: bool = False) -> None:
        """The key belongs to the next field: move there and give it the key (a picker's only)."""
        from PySide6.QtGui import QKeyEvent
        from PySide6.QtWidgets import QApplication

        self.focusNextChild()
        target = QApplication.focusWidget()
        if only_to_picker and not isinstance(target, TypedCombo):
            return self.setFocus()  # a repeated letter is never typed into a text box
        if target is not None and target is not self:
            copy = QKeyEvent(event.type(), event.key(), event.modifiers(), event.text())
            QApplication.sendEvent(target, copy)

    def eventFilter(self, watched: Any, event: Any) -> bool:
        from PySide6.QtCore import QEvent

        if (
            event.type() == QEvent.Type.KeyPress
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
            and self.view().isVisible()
        ):
            self.hidePopup()
            return self._run_shortcut(event)
        return super().eventFilter(watched, event)

    def _run_shortcut(self, event: Any) -> bool:
        """The window's action for this chord, run as if no list were open; True when run."""
        from PySide6.QtGui import QAction, QKeySequence

        pressed = QKeySequence(event.keyCombination())
        for action in self.window().findChildren(QAction):
            if action.isEnabled() and pressed in action.shortcuts():
                action.trigger()
                return True
        return False


class ComboBinding(Binding):
    def __init__(
        self, rel: str, choices: Sequence[tuple[str, Any]], *, typed: bool = False
    ) -> None:
        combo = TypedCombo() if typed else QComboBox()
        guard_wheel(combo)
        super().__init__(rel, combo)
        self.combo = combo
        self.set_choices(choices)
        combo.activated.connect(lambda _i: self.edited())

    def set_choices(self, choices: Sequence[tuple[str, Any]]) -> None:
        current = self.combo.currentData()
        self.combo.blockSignals(True)
        self.combo.clear()
        for label, value in choices:
            self.combo.addItem(label, value)
        index = self.combo.findData(current)
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.blockSignals(False)

    def read(self) -> Any:
        return self.combo.currentData()

    def show(self, value: Any) -> None:
        for index in range(self.combo.count()):
            if self.combo.itemData(index) == value:
                self.combo.setCurrentIndex(index)
                return
        self.combo.setCurrentIndex(0)


def enum_choices(enum: type[Enum], *, optional: str | None = None) -> list[tuple[str, Any]]:
    choices: list[tuple[str, Any]] = [(optional, None)] if optional is not None else []
    for member in enum:
        choices.append((choice_words(member.value), member))
    return choices


# Labels not their words capitalised: "mou" read as "Mou" (N14-38); a lease as the export's.
_LABELS = {"mou": "MoU / LoI", "lease": "Lease / charter"}


def choice_words(value: object) -> str:
    """A code as the window shows it: ``arms_sale`` → "Arms sale", ``mou`` → "MoU / LoI"."""
    text = str(value)
    if text in _LABELS:
        return _LABELS[text]
    # The codes are US English (``organization``); the window speaks en-GB like the kind dialog
    # and the export (newcomer16 N16-14: the Type list said "Organization").
    label = text.replace("_", " ").replace("organization", "organisation")
    return label[:1].upper() + label[1:]


class CheckBinding(Binding):
    def __init__(self, rel: str, label: str) -> None:
        box = QCheckBox(label)
        super().__init__(rel, box)
        self.box = box
        box.toggled.connect(lambda _b: self.edited())

    def read(self) -> Any:
        return self.box.isChecked()

    def show(self, value: Any) -> None:
        self.box.blockSignals(True)
        self.box.setChecked(bool(value))
        self.box.blockSignals(False)


UNGRADED = NOT_GRADED  # what the grade field, the Sources table and the list say of F6


class GradeBinding(LineBinding):
    """A source's Admiralty grade typed as two characters ("B2"): reliability and credibility
    in one field, stored in their own fields."""

    merge = False
    undo_text = "Change grade"  # the edit replaces the whole source: "Edit item" said nothing

    def __init__(self) -> None:
        # Empty while ungraded, and saying so in grey: a grey "B2" example read as a graded
        # source, and a grey "F6" as a disabled field holding F6 (newcomer16 N16-15).
        super().__init__("", placeholder=UNGRADED)
        self.edit.setMaxLength(2)
        self.edit.setMaximumWidth(self.edit.fontMetrics().horizontalAdvance(UNGRADED) + 24)
        self.edit.setToolTip(
            "Reliability A–F and credibility 1–6, e.g. B2; not graded until you type one"
        )

    def edited(self) -> None:
        if len(self.edit.text().strip()) == 2:  # half a grade is not a grade yet
            super().edited()

    def read(self) -> Any:
        text = self.edit.text().strip().upper()
        if len(text) != 2 or text[0] not in "ABCDEF" or text[1] not in "123456":
            raise ValueError(f"{text!r} is not a grade: a letter A–F and a digit 1–6, e.g. B2")
        if self.form is None or (path := self.form.path_of(self)) is None:
            raise ValueError("no source selected")
        source = self.form.doc.value(path)
        return source.model_copy(update={"reliability": text[0], "credibility": int(text[1])})

    def show(self, value: Any) -> None:
        grade = str(getattr(value, "grade", "") or "")
        text = "" if grade == "F6" else grade
        if self.edit.text().upper() != text:
            self.edit.setText(text)


class DateBinding(LineBinding):
    """ISO date or empty; a half-typed date is shown red and not stored until it parses."""

    merge = False

    def __init__(self, rel: str) -> None:
        super().__init__(rel, placeholder="YYYY-MM-DD")
        self.edit.setMaximumWidth(self.edit.fontMetrics().horizontalAdvance("0000-00-00") + 40)

    def read(self) -> Any:
        text = self.edit.text().strip()
        if not text:
            return None
        try:
            day = dt.date.fromisoformat(text)
        except ValueError:
            raise ValueError(f"{text!r} is not a date (YYYY-MM-DD)") from None
        from briefdesk.model.bounds import year_problem

        if (problem := year_problem(day)) is not None:
            raise ValueError(problem)
        return day

    def show(self, value: Any) -> None:
        current: Any
        try:
            current = self.read()
        except ValueError:
            current = object()
        if current != value:
            self.edit.setText(value.isoformat() if value else "")


class IntBinding(LineBinding):
    merge = False

    def read(self) -> Any:
        text = self.edit.text().strip().replace(",", "")
        if not text:
            return None
        if text.startswith("-") and text[1:].isdigit():
            raise ValueError(f"{text!r}: a count cannot be negative")
        if not text.isdigit():
            raise ValueError(f"{text!r} is not a whole number")
        return int(text)


def parse_decimal(text: str) -> Decimal | None:
    cleaned = text.strip().replace(",", "").replace(" ", "")
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(f"{text!r} is not a number") from None
    if not value.is_finite():
        raise ValueError(f"{text!r} is not a number")
    from briefdesk.model.bounds import amount_problem

    if (problem := amount_problem(value)) is not None:  # what a brief can hold, as on load
        raise ValueError(f"{text!r}: {problem}")
    return value
