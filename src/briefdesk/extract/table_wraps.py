"""Cells a PDF's layout text wrapped onto the next line (round 19).

A PDF table set in columns keeps each row on its line only while its cells fit: a long
description goes on under itself ("Road rehabilitation, Section A" / "(Mbeya to Tunduma)"), and
a header's label too ("Name of" / "contractor", "Contract sum" / "(TZS bn)"). The wrapped line
holds one or two fragments, indented to where their cells start, so it is no row of its own
(``row_cells`` wants three cells), and it used to end the table as prose would, losing every
row below it. Here such a line is read as the rest of the cells above: each fragment must start
where a cell of the line above starts (within two characters), and the line must be indented.
"""

from __future__ import annotations

from briefdesk.extract import rx as re

_GAP = re.compile(r" {2,}")
_SLACK = 2  # characters a wrapped fragment may stand off its cell's start (PDF kerning)


def wrapped_parts(
    text: str, start: int, end: int, above: list[tuple[int, int]], above_start: int
) -> dict[int, tuple[int, int]] | None:
    """The fragments of the line ``text[start:end]`` by the index of the cell of the line
    above (cells ``above``, that line starting at ``above_start``) each continues, or None
    when the line is not a wrapped part of that row (not indented, or a fragment that starts
    where no cell does)."""
    line = text[start:end]
    if not line.strip() or not line.startswith("  ") or "|" in line:
        return None
    columns = [cell_start - above_start for cell_start, _ in above]
    parts: dict[int, tuple[int, int]] = {}
    at = start + len(line) - len(line.lstrip())
    stop = start + len(line.rstrip())
    spans = []
    for gap in _GAP.finditer(text, at, stop):
        spans.append((at, gap.start()))
        at = gap.end()
    spans.append((at, stop))
    for span in spans:
        offset = span[0] - start
        index = next((i for i, c in enumerate(columns) if abs(c - offset) <= _SLACK), None)
        if index is None or index in parts or index == 0:
            return None  # (a row's first cell, its number or name, never wraps in our tables)
        parts[index] = span
    return parts


def joined(text: str, cell: tuple[int, int], parts: list[tuple[int, int]]) -> str:
    """A cell's words with those wrapped onto the lines below ("Section A (Mbeya to Tunduma)")."""
    return " ".join(text[slice(*span)].strip() for span in [cell, *parts])
