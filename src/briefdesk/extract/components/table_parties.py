"""Component: a name in a table's buyer or seller column is a party (round 13, N13-40).

An award notice or digest lists its deals as rows ("2 | Tactical radios | 1,200 | Aselsan
(Türkiye) | USD 18.5 million") under a header naming a "Supplier" or "Customer" column. A firm
with no cue in its name ("Aselsan", "Theon Sensors") is found by no chunk rule; the column's
label says what it is: the cell's name, without a bracketed country, is an organisation (a
state's name stays a state, and a cell that is not a capitalised name is left alone).
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.deal_table import header_columns
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.table_shape import header_of, is_rule, is_total, row_cells

# "Aselsan", "Theon Sensors (Greece)", "Paramount Group (South Africa)"; at most six words.
_NAME = re.compile(r"\s*([A-Z][\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){0,5})\s*(?:\(([^()]*)\))?\s*$")


def table_parties(res: Resolver) -> None:
    """Make each unclaimed name in a buyer or seller column an organisation."""
    text = res.text
    if "|" not in text and "   " not in text:
        return
    columns: dict[str, int] = {}
    width = 0
    at = 0
    for line in text.splitlines(keepends=True):
        start, at = at, at + len(line)
        if is_rule(line):
            continue
        cells = row_cells(text, start, start + len(line.rstrip("\n")))
        if not cells:
            columns = {} if line.strip() else columns
            continue
        header = _header(text, cells)
        if header or not columns:
            columns, width = (header, len(cells)) if header else (columns, width)
            continue
        if (" | " not in line and len(cells) != width) or is_total(text, cells):
            continue  # (a spaced or tab row of another shape: its cells do not line up)
        for index, (c_start, c_end) in enumerate(cells):
            if index in (columns.get("buyer"), columns.get("seller")):
                _party(res, text[c_start:c_end], c_start)


def _header(text: str, cells: list[tuple[int, int]]) -> dict[str, int]:
    """A header's party columns: a " | " row naming a buyer or seller column (round 13), or
    any row ``table_shape`` reads as the header of a table of deals (round 18)."""
    labels = [text[start:end] for start, end in cells]
    if " | " in text[cells[0][0] : cells[-1][1]]:
        named = header_columns(labels)
        if named:
            return named
    shape = header_of(text, cells)
    return dict(shape.columns) if shape else {}


def _party(res: Resolver, cell: str, offset: int) -> None:
    match = _NAME.match(cell)
    if not match:
        return
    name = match.group(1).rstrip(".")
    start = offset + match.start(1)
    end = start + len(name)
    if res.gaz.names.get(name) or res.claimed(start, end):
        return
    home = res.gaz.names.get((match.group(2) or "").strip(), "")  # "(Greece)": its country
    res.org(name, start, end, home)
    res.claim(start, end)
