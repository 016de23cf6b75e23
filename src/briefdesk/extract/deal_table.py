"""A deal's sides and count from a table's labelled columns (newcomer12 N12-30).

A digest or annex lists deals as rows under a header ("Buyer | Seller | Item | Quantity |
Value"); import keeps each row as one line with cells joined by " | ". No sentence says who
buys, so the sentence rules read nothing, or worse, take a side from a sentence below the table
("Indonesia's order was the largest"). Under a header naming a buyer or seller column, the
deal priced in a row takes its sides from that row's cells and its count from a quantity
column: the table's labels outrank any cue from outside the row.
"""

from __future__ import annotations

import bisect

from briefdesk.extract import rx as re
from briefdesk.extract.deal_kinds import PARTY_TYPES, DealBuild
from briefdesk.extract.resolver import Found

_SEP = " | "
_COLUMNS = {
    "buyer": ("buyer", "purchaser", "customer", "client", "borrower", "importer", "recipient"),
    "seller": ("seller", "supplier", "vendor", "contractor", "lender", "exporter", "maker"),
    "quantity": ("quantity", "qty", "number", "units", "no."),
}
_COUNT = re.compile(r"^\s*(\d{1,5})\s*$")
_WHY = "the table's {column!r} column"


def table_sides(text: str, found: Found, deals: list[DealBuild]) -> None:
    """Fill each priced row's deal from the columns of the header above it (see the module)."""
    if _SEP not in text:
        return
    columns: dict[str, int] = {}
    at = 0
    mentions = sorted(found.mentions)
    for line in text.splitlines(keepends=True):
        start, at = at, at + len(line)
        if _SEP not in line:
            columns = {} if line.strip() else columns  # a table ends at a line of prose
            continue
        cells = line.rstrip("\n").split(_SEP)
        header = _header(cells)
        if header:
            columns = header
            continue
        if not columns:
            continue
        deal = next((d for d in deals if d.value and start <= d.value.start < at), None)
        if deal is not None:
            _fill(found, mentions, deal, cells, columns, start)


def _header(cells: list[str]) -> dict[str, int]:
    """The columns a header row names ({"buyer": 0, "seller": 1, ...}); {} for a data row."""
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        label = cell.strip().lower().rstrip(":")
        for column, words in _COLUMNS.items():
            if label in words or label.split(" (")[0] in words:
                found.setdefault(column, index)
    return found if ("buyer" in found or "seller" in found) else {}


def _fill(
    found: Found,
    mentions: list[tuple[int, int, str]],
    deal: DealBuild,
    cells: list[str],
    columns: dict[str, int],
    line_start: int,
) -> None:
    offsets = []
    at = line_start
    for cell in cells:
        offsets.append((at, at + len(cell)))
        at += len(cell) + len(_SEP)
    for column in ("buyer", "seller"):
        index = columns.get(column)
        if index is None or index >= len(cells):
            continue
        key = first_party(found, mentions, *offsets[index])
        if not key:
            continue
        why = _WHY.format(column=column)
        if column == "buyer":
            deal.buyer, deal.buyer_why = found.actors[key].name, why
        else:
            deal.seller, deal.seller_why = found.actors[key].name, why
    index = columns.get("quantity")
    if index is not None and index < len(cells) and deal.quantity is None:
        count = _COUNT.match(cells[index])
        if count:
            deal.quantity = int(count.group(1))


def first_party(found: Found, mentions: list[tuple[int, int, str]], start: int, end: int) -> str:
    """The first party named in ``start:end`` (a cell, a labelled field), ``mentions`` sorted;
    of names starting together the longest ("Kenya Ports Authority", not its "Kenya")."""
    at = bisect.bisect_left(mentions, (start, -1, ""))
    best: tuple[int, int, str] | None = None
    for m_start, m_end, key in mentions[at:]:
        if m_start >= end or (best is not None and m_start >= best[1]):
            break
        actor = found.actors.get(key)
        party = actor is not None and actor.type in PARTY_TYPES
        if party and (best is None or (m_start == best[0] and m_end > best[1])):
            best = (m_start, m_end, key)
    return best[2] if best else ""
