"""Column widths for the record tables: every column readable, none starved by a long one.

Qt's own modes fit poorly here: with the first column stretched and the others sized to their
contents, one long role ("Minister, Defense Acquisition Program Administration") squeezed the
actors' names to "South Ko…". Short columns get all they need; what is left is shared equally
among the long ones, and spare room goes to the first column (the record's name or title).
"""

from __future__ import annotations

from typing import Any


def fit_widths(wanted: list[int], total: int) -> list[int]:
    """Widths for columns that would like ``wanted`` pixels in ``total`` pixels."""
    if not wanted:
        return []
    if sum(wanted) <= total:
        widths = list(wanted)
        widths[0] += total - sum(wanted)
        return widths
    widths = [0] * len(wanted)
    remaining = max(total, 0)
    order = sorted(range(len(wanted)), key=lambda i: wanted[i])
    for done, index in enumerate(order):
        share = remaining // (len(order) - done)
        widths[index] = min(wanted[index], share)
        remaining -= widths[index]
    return widths


def fit_columns(table: Any) -> None:
    """Apply :func:`fit_widths` to a ``QTableWidget`` for its current contents and width."""
    header = table.horizontalHeader()
    count = table.columnCount()
    wanted = [max(table.sizeHintForColumn(i), header.sectionSizeHint(i)) for i in range(count)]
    for index, width in enumerate(fit_widths(wanted, table.viewport().width())):
        if header.sectionSize(index) != width:
            header.resizeSection(index, width)


def fit_height(table: Any, minimum: int) -> None:
    """A fixed-size table (a deal's parties, a brief's options) as tall as its rows and one
    empty row, between ``minimum`` and twice that: no screenful of blank rows."""
    rows = table.rowCount() + 1
    wanted = table.horizontalHeader().height() + rows * table.verticalHeader().defaultSectionSize()
    wanted += 2 * table.frameWidth() + table.horizontalScrollBar().sizeHint().height()
    table.setMaximumHeight(max(minimum, min(wanted, minimum * 2)))
