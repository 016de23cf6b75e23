"""Composite editors for values that are more than one widget: marking and money."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QWidget

from briefdesk.editing.value_words import says_other_amount
from briefdesk.gui.bindings import Binding, parse_decimal
from briefdesk.gui.document import BriefDocument
from briefdesk.gui.fieldpath import EditRefused
from briefdesk.gui.wheel_guard import guard as guard_wheel
from briefdesk.model import Marking, Money
from briefdesk.model.codes import TLP_LEVELS, UK_LEVELS, MarkingScheme

SCHEME_LABELS = {
    MarkingScheme.NONE: "No marking",
    MarkingScheme.TLP: "TLP 2.0",
    MarkingScheme.UK: "UK classification",
    MarkingScheme.CUSTOM: "Custom text",
}


def levels_for(scheme: MarkingScheme) -> tuple[str, ...]:
    return {MarkingScheme.TLP: TLP_LEVELS, MarkingScheme.UK: UK_LEVELS}.get(scheme, ())


def chosen_scheme(combo: QComboBox) -> MarkingScheme:
    """The scheme picked in ``combo``: Qt hands item data back as a plain ``str``, so the
    ``is MarkingScheme.CUSTOM`` tests never matched and custom text could not be typed."""
    try:
        return MarkingScheme(combo.currentData())
    except ValueError:
        return MarkingScheme.NONE


def stricter_step(before: Marking, after: Marking) -> str:
    """What to say when the level became a stricter one of the same letter ("a" typed again on
    TLP:AMBER picks TLP:AMBER+STRICT; "o" on OFFICIAL, OFFICIAL-SENSITIVE): a desk officer
    re-checking the field by typing got a stricter marking than meant, unsaid (newcomer25
    N25-09). '' for any other change."""
    old, new = before.level, after.level
    if before.scheme is not after.scheme or not old or new == old or not new.startswith(old):
        return ""
    letter = old[:1].lower()
    return (
        f"Marking now {after.label} (was {before.label}): “{letter}” typed again picks the next"
        f" level starting with it; type “{letter}” once more or press Ctrl+Z for {before.label}"
    )


class MarkingEditor(QWidget):
    """Scheme, level and caveats edited together: the model only accepts a consistent triple."""

    def __init__(self, doc: BriefDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.scheme = QComboBox()
        guard_wheel(self.scheme)
        self.scheme.setAccessibleName("Marking scheme")
        for scheme, label in SCHEME_LABELS.items():
            self.scheme.addItem(label, scheme)
        self.level = QComboBox()
        guard_wheel(self.level)
        self.level.setAccessibleName("Marking level")
        self.level.setMinimumContentsLength(14)
        self.caveats = QLineEdit()
        self.caveats.setPlaceholderText("Caveats (e.g. NOFORN)")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scheme)
        layout.addWidget(self.level, 1)
        layout.addWidget(self.caveats, 2)
        self.scheme.activated.connect(self._scheme_changed)
        self.level.activated.connect(lambda _i: self.commit())
        self.level.setEditable(False)
        self.caveats.editingFinished.connect(self.commit)
        doc.changed.connect(self._on_changed)
        self.refresh()

    def _scheme_changed(self) -> None:
        scheme = chosen_scheme(self.scheme)
        current = self.doc.brief.marking
        self._fill_levels(scheme, current.level if current.scheme is scheme else "")
        if scheme is not MarkingScheme.NONE and not self.level.currentText().strip():
            # Nothing to save until the level (or custom text) is chosen: picking a scheme
            # once saved its first level, TLP:CLEAR — the most permissive — for the user
            # (newcomer12 N12-11). The brief keeps its marking (and Checks their warning).
            # The keyboard stays here: moving it to the level on its own sent the user's Tab on
            # to Caveats, where the level's letter was typed and the brief stayed unmarked
            # (newcomer15 N15-12); Tab reaches the level, which says "Choose level".
            return
        self.commit()

    def _fill_levels(self, scheme: MarkingScheme, level: str) -> None:
        self.level.blockSignals(True)
        self.level.clear()
        custom = scheme is MarkingScheme.CUSTOM
        self.level.setEditable(custom)
        if custom:
            self.level.setEditText(level)
            line = self.level.lineEdit()
            if line is not None:
                line.editingFinished.connect(self.commit)
        else:
            self.level.addItems(list(levels_for(scheme)))
            self.level.setPlaceholderText(
                "Choose level" if scheme is not MarkingScheme.NONE else ""
            )
            self.level.setCurrentIndex(self.level.findText(level) if level else -1)
        self.level.setEnabled(scheme is not MarkingScheme.NONE)
        self.level.blockSignals(False)

    def value(self) -> Marking:
        scheme = chosen_scheme(self.scheme)
        level = self.level.currentText().strip() if scheme is not MarkingScheme.NONE else ""
        return Marking(scheme=scheme, level=level, caveats=self.caveats.text().strip())

    def commit(self) -> None:
        scheme = chosen_scheme(self.scheme)
        if scheme in (MarkingScheme.TLP, MarkingScheme.UK) and self.level.currentIndex() < 0:
            typed = self.caveats.text().strip()
            kept = f" (caveats {typed!r} kept here, not yet saved)" if typed else ""
            self.doc.refused.emit(
                f"marking: choose the {SCHEME_LABELS[scheme]} level first{kept}; the brief is"
                " still unmarked"
            )
            return
        try:
            marking = self.value()
        except ValueError as exc:
            self.doc.refused.emit(f"marking: {str(exc).splitlines()[-1].strip()}")
            return
        before = self.doc.brief.marking
        try:
            self.doc.set_value("marking", marking, "Change marking")
        except EditRefused:
            return
        stricter = stricter_step(before, marking)
        if stricter:
            self.doc.told.emit(stricter)

    def _on_changed(self, path: str) -> None:
        if not path or path.startswith("marking"):
            self.refresh()

    def refresh(self) -> None:
        marking = self.doc.brief.marking
        self.scheme.setCurrentIndex(max(0, self.scheme.findData(marking.scheme)))
        self._fill_levels(marking.scheme, marking.level)
        if self.caveats.text() != marking.caveats:
            self.caveats.setText(marking.caveats)


class MoneyBinding(Binding):
    """Amount + ISO currency + words as stated + estimate flag ↔ ``Money | None``."""

    def __init__(self, rel: str) -> None:
        box = QWidget()
        self.amount = QLineEdit()
        self.amount.setPlaceholderText("Amount, e.g. 1600000000 or NOK 2.4 billion")
        self.currency = QLineEdit()
        self.currency.setPlaceholderText("USD")
        self.currency.setMaxLength(3)
        self.currency.setMaximumWidth(70)
        self.as_stated = QLineEdit()
        self.as_stated.setPlaceholderText("As stated, e.g. $1.6 billion")
        self.estimate = QCheckBox("Estimate")
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.amount, 2)
        layout.addWidget(self.currency)
        layout.addWidget(self.as_stated, 2)
        layout.addWidget(self.estimate)
        super().__init__(rel, box)
        for edit in (self.amount, self.currency, self.as_stated):
            edit.editingFinished.connect(self.edited)
        self.estimate.toggled.connect(lambda _b: self.edited())

    def read(self) -> Any:
        typed = self.amount.text()
        try:
            amount = parse_decimal(typed)
        except ValueError:
            return self._phrase(typed)
        if amount is None:
            return None
        currency = self.currency.text().strip().upper() or "USD"
        evidence = []
        stated = self.as_stated.text().strip()
        current = self._current()
        if current is not None:
            evidence = list(current.evidence)
            corrected = amount != current.amount and stated == current.as_stated
            if corrected and says_other_amount(stated, amount):
                # The amount was corrected: the source's words now say another figure,
                # they are no longer this value's words (newcomer8 F21).
                stated, evidence = "", []
        return Money(
            amount=amount,
            currency=currency,
            as_stated=stated,
            estimate=self.estimate.isChecked(),
            evidence=evidence,
        )

    def _current(self) -> Money | None:
        if self.form is None or self.form.base is None:
            return None
        path = self.form.path_of(self)
        current = self.form.doc.value(path) if path else None
        return current if isinstance(current, Money) else None

    def _phrase(self, typed: str) -> Money:
        """Money as the article writes it ("NOK 2.4 billion", "about $90m"; newcomer13 N13-12),
        read by the extraction's own money reader as ``deals --value`` reads it: amount,
        currency and the words as stated in one go; a hedge makes it an estimate. The source's
        citation stays when the amount is the same."""
        from briefdesk.editing.entities import money

        words = " ".join(typed.split())
        currency = self.currency.text().strip().upper()
        read = None
        for attempt in (words, f"{words} {currency}" if currency else ""):
            try:
                read = money(attempt) if attempt else None
            except ValueError:
                continue
            if read is not None:
                break
        if read is None:
            raise ValueError(
                f"{words!r} is not an amount: type digits (2400000000) or the amount with its "
                "currency as the source writes it (NOK 2.4 billion, €420 million, about $90m)"
            )
        current = self._current()
        same = current is not None and current.amount == read.amount
        return read.model_copy(
            update={
                "as_stated": words,
                "estimate": read.estimate or self.estimate.isChecked(),
                "evidence": list(current.evidence) if same and current is not None else [],
            }
        )

    def show(self, value: Any) -> None:
        widgets = (self.amount, self.currency, self.as_stated, self.estimate)
        for widget in widgets:
            widget.blockSignals(True)
        if isinstance(value, Money):
            self.amount.setText(f"{value.amount:,f}")
            self.currency.setText(value.currency)
            self.as_stated.setText(value.as_stated)
            self.estimate.setChecked(value.estimate)
        else:
            self.amount.clear()
            self.currency.clear()
            self.as_stated.clear()
            self.estimate.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)

    def mark_bad(self, bad: bool, reason: str = "") -> None:
        self.amount.setStyleSheet("border: 1px solid #c0392b;" if bad else "")
        self.widget.setToolTip(reason)
