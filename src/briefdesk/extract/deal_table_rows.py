"""Each row of a table of deals is a deal, whatever shape the table came in (round 18).

An arms-export licence table, the lots of a tender award, a shipyard's order intake or a list
of contracts tells its deals as rows ("2 | Road rehabilitation, Section B | Kaspian Roads Ltd |
TZS 41.2 billion"). A row has no verb, so the sentence rules found no deal, or read an amount
across two cells ("24<TAB>EUR 96 million" as EUR 24). Under a header whose labels name a party
column and an item or value column (``table_shape``), each later row with as many cells is a
deal ("deal.table-deal"): priced by its value cell (an amount there, or a bare number in the
header's currency, "Value (EUR m)"), with the parties its buyer and seller cells name, its item
and count from those columns and its status from a status column. A side the table has no
column for is the body that issues the table, named in the lines above it, when those lines say
it awards or buys (the buyer: "The Ministry of Works awarded the following contracts:") or
takes orders, lends or sells (the seller: "Kestrel Shipyards booked the following orders").
Kind and status come from the row and the lines above it (title, introduction). The row is the
evidence; a deal a sentence rule already made on the row keeps its identity and takes the row's
reading, and a second deal made on a non-value cell of the row ("12,000" shells) is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from briefdesk.extract import rx as re
from briefdesk.extract.deal_kinds import DealBuild, deal_kind
from briefdesk.extract.deal_status import deal_status
from briefdesk.extract.deal_table import first_party
from briefdesk.extract.money import MoneyMention
from briefdesk.extract.resolver import Found
from briefdesk.extract.table_shape import (
    ISSUER_BUYS,
    ISSUER_SELLS,
    Header,
    covered,
    header_of,
    is_rule,
    is_total,
    issuer_above,
    row_cells,
)
from briefdesk.extract.table_titles import (
    ARMS_TITLE,
    LICENCES_GRANTED,
    RIGHTS_GRANTED,
    above_spans,
    approved_cell,
    exporting_state,
)
from briefdesk.extract.table_wraps import joined, wrapped_parts

RULE = "deal.table-deal"
Span = tuple[int, int]
_WHY = "the table's {column!r} column"
_ISSUER_WHY = "the body that issues the table, named above it"
_ISSUER_GRANTS_WHY = "the body named above the table that auctions or grants the rights"
_GRANT_WHY = "the table's {column!r} column (the winner holds the rights granted)"
# "612,000,000", "612 000 000" (a space or a narrow space between thousands), "48.5".
_NUMBER = re.compile(
    r"\d{1,3}(?:,\d{3})+(?:\.\d{1,3})?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+(?:\.\d{1,3})?"
)
_GROUPS = re.compile(r"[,\s\u00a0\u202f]")
_CANCELLED_CELL = re.compile(
    r"\b(?:[Cc]ancell?ed|[Tt]erminated|[Aa]nnull?ed|[Ww]ithdrawn|[Rr]e-?advertised)\b"
)
_COUNT = re.compile(r"^\s*(\d{1,3}(?:,\d{3})*|\d{1,6})\s*(?:[a-z]+)?\s*$")


@dataclass
class _Table:
    header: Header
    above: str  # the prose above the header: title and introduction
    issuer_buys: str = ""  # the issuer, when the words above say it is the buying side
    issuer_sells: str = ""
    issuer_grants: str = ""  # an authority that auctions or grants rights: the rows' grantor


def table_deals(
    text: str, found: Found, deals: list[DealBuild], money: list[MoneyMention]
) -> list[DealBuild]:
    """``deals`` with each row of a table of deals read as a deal (see the module)."""
    if "|" not in text and "   " not in text:
        return deals
    mentions: list[tuple[int, int, str]] = []
    table: _Table | None = None
    dropped: set[int] = set()
    lines = text.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    rows: list[tuple[_Table, list[Span], dict[int, list[Span]]]] = []
    # The line of cells just above (its index, cells, whether it may open a header, and the
    # last line it or its wrapped parts reach): the row a wrapped line continues.
    last: tuple[int, list[Span], bool, int] | None = None
    for index, line in enumerate(lines):
        start, end = starts[index], starts[index] + len(line.rstrip("\n"))
        cells = [] if is_rule(line) else row_cells(text, start, end)
        if not cells:
            parts = None
            if last is not None and last[3] == index - 1:
                parts = wrapped_parts(text, start, end, last[1], starts[last[0]])
            if parts is not None and last is not None:  # (round 19: cells a PDF wrapped)
                last = (last[0], last[1], last[2], index)
                if not last[2] and rows:
                    for column, span in parts.items():
                        rows[-1][2].setdefault(column, []).append(span)
                else:  # a header's label wrapped ("Name of" / "contractor")
                    more = {i: text[slice(*span)] for i, span in parts.items()}
                    header = header_of(text, last[1], more)
                    if header is not None:
                        mentions = mentions or sorted(found.mentions)
                        table = _table(text, found, mentions, header, lines, starts, last[0])
                continue
            if line.strip() and not is_rule(line):
                table = None  # (prose ends a table; a blank line or a rule does not)
            continue
        header = header_of(text, cells)
        if header is not None or table is None:
            last = (index, cells, True, index)  # (a header, or maybe a header's first line)
            if header is not None:
                mentions = mentions or sorted(found.mentions)
                table = _table(text, found, mentions, header, lines, starts, index)
            continue
        last = None
        if len(cells) != table.header.width or is_total(text, cells):
            continue
        last = (index, cells, False, index)
        rows.append((table, cells, {}))
    for row_table, row, wraps in rows:
        mentions = mentions or sorted(found.mentions)
        _row(text, found, mentions, deals, money, row, row_table, dropped, wraps)
    return [d for d in deals if id(d) not in dropped] if dropped else deals


def _table(
    text: str,
    found: Found,
    mentions: list[tuple[int, int, str]],
    header: Header,
    lines: list[str],
    starts: list[int],
    at: int,
) -> _Table:
    """The table a header opens, with the prose above it and the body that issues it."""
    words, issuer, acts = issuer_above(text, found, mentions, lines, starts, at)
    table = _Table(header, words)
    if issuer and "seller" in header.columns and RIGHTS_GRANTED.search(words):
        table.issuer_grants = issuer  # (round 20) "X closed the spectrum auction": | Winner |
    elif issuer and ISSUER_BUYS.search(acts):
        table.issuer_buys = issuer
    elif issuer and ISSUER_SELLS.search(acts):
        table.issuer_sells = issuer
    if not (table.issuer_buys or table.issuer_sells) and "seller" not in header.columns:
        # (round 19) "Export licences granted by the Republic of Finland": its rows' seller
        spans = above_spans(text, lines, starts, at)
        table.issuer_sells = exporting_state(text, found, mentions, spans)
    return table


def _row(
    text: str,
    found: Found,
    mentions: list[tuple[int, int, str]],
    deals: list[DealBuild],
    money: list[MoneyMention],
    cells: list[tuple[int, int]],
    table: _Table,
    dropped: set[int],
    parts: dict[int, list[Span]],
) -> None:
    columns = table.header.columns
    row = (cells[0][0], cells[-1][1])
    cell = cells[columns["value"]] if "value" in columns else row
    on_row = [d for d in deals if d.value and row[0] <= d.value.start < row[1]]
    own = next((d for d in on_row if d.value and cell[0] <= d.value.start < cell[1]), None)
    value = own.value if own else _priced(text, money, cell, table.header)
    sides = _sides(found, mentions, cells, table)
    lapsed = value is None and _lapsed(text, cells, columns, sides)
    if value is None and not (sides[0][0] and sides[1][0] and "item" in columns) and not lapsed:
        return  # (an unpriced row is a deal only with both sides and what is bought)
    deal = own or (on_row[0] if on_row else None)
    if "value" in columns:
        dropped.update(id(d) for d in on_row if d is not deal)
    context = f"{table.above} {text[slice(*row)]}"
    if deal is None:
        kind = deal_kind(text[slice(*row)], context) or "other"
        if kind == "other" and ARMS_TITLE.search(table.above):
            kind = "arms_sale"  # (round 19: a row of "Laser rangefinders" under an arms title)
        if table.issuer_grants and kind in ("other", "licensed_production"):
            kind = "concession"  # (round 20) a licence won at auction: rights granted
        deal = DealBuild(kind, value, rule=RULE)
        deal.evidence.append(row)
        deals.append(deal)
    elif not covered(deal.evidence, row):
        deal.evidence.append(row)
    deal.value = value or deal.value
    _fill(text, deal, cells, columns, sides, table)
    if "item" in columns and columns["item"] in parts and deal.item:
        deal.item = joined(text, cells[columns["item"]], parts[columns["item"]])
    if lapsed:
        deal.status = "cancelled"


def _lapsed(
    text: str,
    cells: list[tuple[int, int]],
    columns: dict[str, int],
    sides: tuple[tuple[str, str], tuple[str, str]],
) -> bool:
    """(round 24) A tender cancelled before any award: a row with what is bought and who buys,
    its supplier cell a dash or blank and another cell saying so ("- | - | Tender terminated
    under Section 63", "| - | - | Cancelled, see note 3 |": fresh-18 W15, fresh-21 Z15). The
    gold keeps it as the buyer's cancelled deal with no seller."""
    if not sides[0][0] or sides[1][0] or "item" not in columns or "seller" not in columns:
        return False
    if text[slice(*cells[columns["seller"]])].strip() not in ("", "-", "–", "—", "n/a", "N/A"):
        return False
    others = [c for i, c in enumerate(cells) if i not in (columns["item"], columns["seller"])]
    return any(_CANCELLED_CELL.search(text[slice(*c)]) for c in others)


def _priced(
    text: str, money: list[MoneyMention], cell: tuple[int, int], header: Header
) -> MoneyMention | None:
    """The amount a value cell states, or its bare number in the header's currency."""
    for mention in money:
        if cell[0] <= mention.start < cell[1]:
            return mention
    number = _NUMBER.fullmatch(text[slice(*cell)].strip())
    if not number or not header.currency:
        return None
    try:
        amount = Decimal(_GROUPS.sub("", number.group())) * header.scale
    except InvalidOperation:
        return None
    return MoneyMention(amount, header.currency, text[slice(*cell)].strip(), *cell)


def _sides(
    found: Found,
    mentions: list[tuple[int, int, str]],
    cells: list[tuple[int, int]],
    table: _Table,
) -> tuple[tuple[str, str], tuple[str, str]]:
    """((buyer, why), (seller, why)) of a row: its own cells', else the table's issuer."""
    named: dict[str, tuple[str, str]] = {}
    for role in ("buyer", "seller"):
        index = table.header.columns.get(role)
        key = first_party(found, mentions, *cells[index]) if index is not None else ""
        if key:
            named[role] = (found.actors[key].name, _WHY.format(column=role))
    buyer = named.get("buyer", ("", ""))
    seller = named.get("seller", ("", ""))
    if table.issuer_grants:  # the winner or licensee holds the rights, the issuer grants them
        holder = seller[0] or buyer[0]
        why = _GRANT_WHY.format(column="seller" if seller[0] else "buyer")
        return (holder, why if holder else ""), (table.issuer_grants, _ISSUER_GRANTS_WHY)
    issuer = table.issuer_buys or table.issuer_sells
    if "buyer" not in table.header.columns and table.issuer_buys and issuer != seller[0]:
        buyer = (issuer, _ISSUER_WHY)
    if "seller" not in table.header.columns and table.issuer_sells and issuer != buyer[0]:
        seller = (issuer, _ISSUER_WHY)
    return buyer, seller


def _fill(
    text: str,
    deal: DealBuild,
    cells: list[tuple[int, int]],
    columns: dict[str, int],
    sides: tuple[tuple[str, str], tuple[str, str]],
    table: _Table,
) -> None:
    """The row's reading outranks what a sentence rule read on it."""
    (buyer, buyer_why), (seller, seller_why) = sides
    if buyer:
        deal.buyer, deal.buyer_why, deal.weak = buyer, buyer_why, False
    if seller:
        deal.seller, deal.seller_why, deal.weak = seller, seller_why, False
    if "item" in columns and text[slice(*cells[columns["item"]])].strip():
        deal.item_span = cells[columns["item"]]
        deal.item = text[slice(*deal.item_span)]
    if "count" in columns:
        count = _COUNT.match(text[slice(*cells[columns["count"]])])
        if count:
            deal.quantity = int(count.group(1).replace(",", ""))
    cell = text[slice(*cells[columns["status"]])] if "status" in columns else ""
    status = "approved" if approved_cell(cell) else deal_status(cell) if cell else ""
    if status in ("", "reported") and deal.status == "reported":
        granted = LICENCES_GRANTED.search(table.above)  # (round 19)
        status = "approved" if granted else deal_status(table.above)
    if status and status != "reported":
        deal.status = status
