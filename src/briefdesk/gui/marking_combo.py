"""A marking picker typed by its level (newcomer20 N20-11).

Every choice of the one-list marking pickers (the first-run page, the Export dialog's fill-in,
the library's marking ceiling) starts "TLP:", so Qt's own typing found nothing for "a": the
first brief stayed unmarked although the user had typed AMBER's letter. Here a letter picks the
first choice whose *level* starts with it, after the scheme prefix ("a" → TLP:AMBER,
"o" → OFFICIAL), and pressing it again the next such choice (TLP:AMBER+STRICT); a letter no
level starts with falls back to the whole label ("t" → the first TLP choice).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox


def level_of(label: str) -> str:
    """The label after its scheme prefix: "TLP:AMBER" → "AMBER"; "OFFICIAL" as it is."""
    return label.split(":", 1)[1] if ":" in label else label


def matching(labels: list[str], letter: str) -> list[int]:
    """Indexes of the labels whose level starts with ``letter``, else whose label does."""
    letter = letter.casefold()
    found = [i for i, text in enumerate(labels) if level_of(text).casefold().startswith(letter)]
    return found or [i for i, text in enumerate(labels) if text.casefold().startswith(letter)]


class MarkingCombo(QComboBox):
    """A QComboBox whose typed letters pick by marking level."""

    def keyPressEvent(self, event: Any) -> None:
        letter = event.text().strip()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        if len(letter) != 1 or not letter.isalpha() or not plain:
            super().keyPressEvent(event)
            return
        found = matching([self.itemText(i) for i in range(self.count())], letter)
        if not found:
            super().keyPressEvent(event)
            return
        current = self.currentIndex()
        index = found[(found.index(current) + 1) % len(found)] if current in found else found[0]
        if index != current:
            self.setCurrentIndex(index)
            self.activated.emit(index)
