"""Table tidying after a render: built-in tables drop the columns that came out empty.

A brief where no actor has a stance should not print an empty Stance column. Built-in tables
mark themselves (their table description says so); user tables are never touched, since a blank
column there may be meant for handwriting.
"""

from __future__ import annotations

from typing import Any

COMPACT = "briefdesk:drop-empty-columns"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _text(cell: Any) -> str:
    return "".join(t.text or "" for t in cell.iter(f"{_W}t")).strip()


def drop_empty_columns(root: Any) -> None:
    """In every marked table, remove columns whose body cells are all empty."""
    for table in list(root.iter(f"{_W}tbl")):
        tblpr = table.find(f"{_W}tblPr")
        marker = tblpr.find(f"{_W}tblDescription") if tblpr is not None else None
        if marker is None or marker.get(f"{_W}val") != COMPACT:
            continue
        tblpr.remove(marker)
        rows = table.findall(f"{_W}tr")
        grid = table.find(f"{_W}tblGrid")
        if len(rows) < 2 or grid is None:
            continue
        cells = [row.findall(f"{_W}tc") for row in rows]
        columns = len(grid.findall(f"{_W}gridCol"))
        if any(len(r) != columns for r in cells):
            continue  # merged cells: leave the table as it is
        empty = [c for c in range(columns) if all(not _text(r[c]) for r in cells[1:])]
        if not empty or len(empty) == columns:
            continue
        cols = grid.findall(f"{_W}gridCol")
        freed = sum(int(cols[c].get(f"{_W}w", "0")) for c in empty)
        keep = [c for c in range(columns) if c not in empty]
        widest = max(keep, key=lambda c: int(cols[c].get(f"{_W}w", "0")))
        new_width = int(cols[widest].get(f"{_W}w", "0")) + freed
        cols[widest].set(f"{_W}w", str(new_width))
        for row in cells:
            width = row[widest].find(f"{_W}tcPr/{_W}tcW")
            if width is not None:
                width.set(f"{_W}w", str(new_width))
            for c in empty:
                row[c].getparent().remove(row[c])
        for c in empty:
            grid.remove(cols[c])
