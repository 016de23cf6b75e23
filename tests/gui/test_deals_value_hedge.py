"""C9-8: the Deals tab's Value column keeps an estimate's hedge ("more than USD 2.4 billion");
it showed a bare "USD 2.4 billion" while the editor below said "more than $2.4 billion"."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from briefdesk.model import Deal, Money


def _value_cell(window: Any, stated: str, estimate: bool) -> str:
    value = Money(amount=Decimal("2400000000"), currency="USD", as_stated=stated, estimate=estimate)
    window.doc.insert_record("deals", Deal(title="Sonar", value=value))
    table = window.editor.lists["deals"].table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    return str(table.item(0, headers.index("Value")).text())


@pytest.mark.parametrize(
    ("stated", "estimate", "shown"),
    [
        ("more than $2.4 billion", True, "more than USD 2.4 billion"),
        ("$2.4 billion or more", True, "USD 2.4 billion or more"),
        ("between $2.4 billion and $3 billion", True, "~USD 2.4 billion"),
        ("", True, "~USD 2.4 billion"),  # an estimate typed without words
        ("more than $9 billion", True, "~USD 2.4 billion"),  # stale words never stand in
        ("$2.4 billion", False, "USD 2.4 billion"),
    ],
)
def test_the_value_column_keeps_the_hedge(
    window: Any, stated: str, estimate: bool, shown: str
) -> None:
    assert _value_cell(window, stated, estimate) == shown


def test_the_note_fields_say_whether_they_are_printed(window: Any) -> None:
    """newcomer13 N13-31: a note field says when the export leaves it out. A deal's note is
    printed by the Standard note and the deal sheet; an actor's note is a working note only."""
    from PySide6.QtWidgets import QLabel

    labels = [label.text().replace("&", "") for label in window.editor.findChildren(QLabel)]
    assert "Working note (not exported)" in labels
    assert "Note (deal sheet only)" not in labels
