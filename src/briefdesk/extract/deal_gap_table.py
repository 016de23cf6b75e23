"""Each row of a register set in spaced columns is a deal (round 15).

A procurement register, an annex of awards or a quarterly list of contracts copied from a PDF or
a web page keeps its columns as runs of spaces, not " | " cells ("MOH/G/27/041    Supply of 60
ambulances    Tamale Motors Limited    96,000,000    12 April 2027"), and the currency stands
once in the header ("Amount (GH¢)"). The money reader finds no amount in a bare "96,000,000" and
the table reader (``deal_table``) reads only " | " cells, so no row was a deal. Under a header
of three or more spaced cells that names a seller column ("Contractor", "Supplier", "Awarded
to") and an amount column with its currency ("Amount (GH¢)", "Value (USD)", "Contract sum
(ZMW)"), each row with as many cells is a deal ("deal.table-row"): priced by its amount cell in
the header's currency, sold by the party its seller cell names, bought by its buyer cell's party
or else by the notice's own buyer (``deal_lots.notice_buyer``). A row a sentence already priced
keeps its deal and takes the row's sides.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal, InvalidOperation

from briefdesk.extract import rx as re
from briefdesk.extract.deal_field_blocks import field_party
from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.deal_lots import notice_buyer
from briefdesk.extract.deal_table import header_columns
from briefdesk.extract.money import MoneyMention, find_money
from briefdesk.extract.resolver import Found

_GAP = re.compile(r"[ \t]{2,}|\t")
_AMOUNT_HEAD = re.compile(
    r"(?:amount|value|price|sum|cost)\b[^()]{0,20}\(([^()\d]{1,6})\)|^([A-Z]{3}|US\$|€|£)$",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?")
_WHY = "the register's {column!r} column"


def gap_table_sides(
    text: str, found: Found, deals: list[DealBuild], money: list[MoneyMention] | None = None
) -> None:
    """Make or fill a deal for each row of a spaced register (see the module)."""
    if "   " not in text:
        return
    header: tuple[dict[str, int], int, str, int] | None = None  # columns, amount, code, width
    buyer = ""
    mentions: list[tuple[int, int, str]] | None = None
    at = 0
    for line in text.splitlines(keepends=True):
        start, at = at, at + len(line)
        cells = _cells(line, start)
        if len(cells) < 3:
            header = None  # (a table ends at a line that is no row)
            continue
        named = _header(text, cells)
        if named:
            header = named
            continue
        if header is None or len(cells) != header[3]:
            continue
        mentions = sorted(found.mentions) if mentions is None else mentions
        buyer = buyer or notice_buyer(text, found, mentions)
        _row(text, found, mentions, deals, cells, header, buyer)


def _cells(line: str, start: int) -> list[tuple[int, int]]:
    """The spans of a line's cells, split at runs of two spaces or more."""
    body = line.rstrip("\n").rstrip()
    lead = len(body) - len(body.lstrip())
    spans, at = [], lead
    for gap in _GAP.finditer(body, lead):
        spans.append((start + at, start + gap.start()))
        at = gap.end()
    if at < len(body):
        spans.append((start + at, start + len(body)))
    return spans if len(spans) >= 3 else []


def _header(text: str, cells: list[tuple[int, int]]) -> tuple[dict[str, int], int, str, int] | None:
    """(columns, amount column, currency code, cell count) of a register's header, or None."""
    labels = [text[start:end] for start, end in cells]
    columns = header_columns(labels)
    if "seller" not in columns:
        return None
    for index, label in enumerate(labels):
        head = _AMOUNT_HEAD.search(label.strip())
        code = _currency(head.group(1) or head.group(2)) if head else ""
        if code:
            return columns, index, code, len(cells)
    return None


def _row(
    text: str,
    found: Found,
    mentions: list[tuple[int, int, str]],
    deals: list[DealBuild],
    cells: list[tuple[int, int]],
    header: tuple[dict[str, int], int, str, int],
    buyer: str,
) -> None:
    columns, amount_at, code, _width = header
    s_start, s_end = cells[columns["seller"]]
    seller = field_party(text, found, mentions, s_start, s_end)
    if seller and not any(m[0] == s_start and m[2] == seller for m in mentions):
        seller = ""  # "Medilink Supplies (Ghana) Ltd" read as "Ghana": no seller, not a wrong one
    a_start, a_end = cells[amount_at]
    deal = next((d for d in deals if d.value and a_start <= d.value.start < a_end), None)
    if deal is None:
        number = _NUMBER.fullmatch(text[a_start:a_end].strip())
        try:
            amount = Decimal(number.group().replace(",", "")) if number else None
        except InvalidOperation:
            amount = None
        if amount is None:
            return
        value = MoneyMention(amount, code, text[a_start:a_end].strip(), a_start, a_end)
        item_at = columns.get("item")
        item = text[slice(*cells[item_at])].strip() if item_at is not None else ""
        deal = DealBuild("other", value, item=item, evidence=[(cells[0][0], cells[-1][1])])
        deal.rule = "deal.table-row"
        deals.append(deal)
    if seller:
        deal.seller, deal.seller_why = found.actors[seller].name, _WHY.format(column="seller")
    own = field_party(text, found, mentions, *cells[columns["buyer"]]) if "buyer" in columns else ""
    if own or (buyer and buyer != deal.seller):
        deal.buyer = found.actors[own].name if own else buyer
        deal.buyer_why = _WHY.format(column="buyer") if own else "the body that issues the register"


def _currency(token: str) -> str:
    """The code of a header's currency ("GH¢" -> "GHS", "USD"), read as the money reader would."""
    read = find_money(f"{token.strip()} 1 million", Counter())
    return read[0].currency if read else ""
