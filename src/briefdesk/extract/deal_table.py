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
from briefdesk.extract.text import Sentence

SEP = " | "
_COLUMNS = {
    "buyer": ("buyer", "purchaser", "customer", "client", "borrower", "importer", "recipient"),
    "seller": (
        "seller",
        "supplier",
        "vendor",
        "contractor",
        "lender",
        "exporter",
        "maker",
        "successful bidder",
        "winning bidder",
        "awardee",
    ),
    # (a stronger label first: "No. | ... | Qty": the count is in "Qty", "No." numbers the rows)
    "quantity": ("quantity", "qty", "units", "number", "no."),
    "item": ("item", "items", "system", "equipment", "goods", "description", "title"),
}
_COUNT = re.compile(r"^\s*(\d{1,3}(?:,\d{3})?|\d{1,5})\s*$")  # ("1,200")
_ROWS = 40  # rows read back to a header
_WHY = "the table's {column!r} column"
_INTRO_WHY = "the party that announces the awards or orders the table lists"
# The line above a table of deals that names who awards or orders them.
_AWARDS = re.compile(r"\b(?:award|ordered|orders\b|purchas|procure|contracts?\s+(?:to|with))", re.I)


def table_sides(text: str, found: Found, deals: list[DealBuild]) -> None:
    """Fill each priced row's deal from the columns of the header above it (see the module)."""
    if SEP not in text:
        return
    columns: dict[str, int] = {}
    at = 0
    mentions = sorted(found.mentions)
    intro = ""  # the buyer the line above the table names ("... announces the award of:")
    for line in text.splitlines(keepends=True):
        start, at = at, at + len(line)
        if SEP not in line:
            if line.strip():
                columns, intro = {}, _awarder(found, mentions, line, start)
            continue  # (a table ends at a line of prose)
        cells = line.rstrip("\n").split(SEP)
        header = header_columns(cells)
        if header:
            columns = header
            continue
        if not columns:
            continue
        deal = next((d for d in deals if d.value and start <= d.value.start < at), None)
        if deal is not None:
            _fill(found, mentions, deal, cells, columns, start)
            if intro and "buyer" not in columns and intro != deal.seller:
                deal.buyer, deal.buyer_why = intro, _INTRO_WHY


def _awarder(found: Found, mentions: list[tuple[int, int, str]], line: str, start: int) -> str:
    """The party a line that opens a table of awards or orders names first ("The Ministry of
    Defence of Kenya announces the award of the following lots:"), or ''."""
    stripped = line.rstrip()
    if not stripped.endswith(":"):
        return ""
    begin = stripped.rfind(". ") + 1  # (its last sentence: "Nairobi, 1 December 2026. The ...")
    if not _AWARDS.search(stripped, begin):
        return ""
    key = first_party(found, mentions, start + begin, start + len(stripped))
    return found.actors[key].name if key else ""


def table_row_priced(sents: list[Sentence], index: int) -> bool:
    """Whether ``sents[index]`` is a row under a header naming a buyer or seller column: its
    amount is that row's deal whatever words the row has ("2 | Tactical radios | 1,200 |
    Aselsan | USD 18.5 million", round 13, N13-40)."""
    if SEP not in sents[index].text:
        return False
    for back in range(index - 1, max(-1, index - _ROWS), -1):
        line = sents[back].text
        if SEP not in line:
            return False
        if header_columns(line.split(SEP)):
            return True
    return False


def header_columns(cells: list[str]) -> dict[str, int]:
    """The columns a header row names ({"buyer": 0, "seller": 1, ...}); {} for a data row."""
    found: dict[str, int] = {}
    rank: dict[str, int] = {}
    for index, cell in enumerate(cells):
        label = cell.strip().lower().rstrip(":")
        for column, words in _COLUMNS.items():
            for word in (label, label.split(" (")[0]):
                if word in words and words.index(word) < rank.get(column, len(words)):
                    found[column], rank[column] = index, words.index(word)
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
        at += len(cell) + len(SEP)
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
    index = columns.get("item")
    if index is not None and index < len(cells) and cells[index].strip():
        deal.item = cells[index].strip()  # (the row's own words outrank the sentence's)
        deal.item_span = offsets[index]
    index = columns.get("quantity")
    if index is not None and index < len(cells) and deal.quantity is None:
        count = _COUNT.match(cells[index])
        if count:
            deal.quantity = int(count.group(1).replace(",", ""))


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
