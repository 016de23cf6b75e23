"""The order a record table shows its rows in: the brief's own order, or sorted by a column.

Sorting is a view only: rows map back to the record's index in the brief, so editing, citing,
removing and undo still act on the record the user clicked, and export keeps the brief's order.
A header click sorts ascending, a second descending, a third restores the brief's order (the
one Up/Down move in).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

SortState = tuple[int, bool] | None  # (column, descending), or None for the brief's order


def next_state(state: SortState, column: int) -> SortState:
    """Ascending → descending → the brief's order, per column; another column starts ascending."""
    if state is None or state[0] != column:
        return (column, False)
    return (column, True) if not state[1] else None


def sort_key(text: str) -> tuple[int, float, str]:
    """Numbers by value before words (``9`` before ``10``); empty cells last; case ignored."""
    words = text.strip()
    if not words:
        return (2, 0.0, "")
    try:
        return (0, float(words.replace(",", "")), "")
    except ValueError:
        return (1, 0.0, words.casefold())


def view_order(
    records: Sequence[Any], state: SortState, columns: Sequence[Callable[[Any], str]]
) -> list[int]:
    """Record indices in the order their rows are shown (stable: ties keep the brief's order)."""
    order = list(range(len(records)))
    if state is None or not 0 <= state[0] < len(columns):
        return order
    column, descending = state
    text = columns[column]
    keys = {i: sort_key(text(records[i])) for i in order}
    # Empty cells stay last in both directions: they are what a user looks for least.
    filled = sorted((i for i in order if keys[i][0] < 2), key=keys.__getitem__, reverse=descending)
    return filled + [i for i in order if keys[i][0] == 2]
