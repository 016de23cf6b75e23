"""A notice's item and count from its two-cell rows (newcomer14 N14-15).

A contract-award or tender notice lists its facts as rows of a label and a value, which import
keeps as "Title | Medium-range air defence launchers and missiles" and "Quantity | 12 launchers,
96 interceptor missiles". No sentence says what is bought, so the sentence rules read no item
and no count. The row whose label names the subject of the contract ("Title", "Subject",
"Object", "Description", "Lot") gives the item, the row labelled "Quantity" ("Qty", "Number of
units") its first count, for the deal priced on one of the rows, else the text's one deal. A
table with more than two columns is read by ``deal_table``; an item or count a sentence gave is
kept.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.deal_kinds import KIND_LABELS, DealBuild

_ROW = re.compile(
    r"^[ \t#*•·▪‣>-]*(?P<label>[A-Za-z][A-Za-z .()]{1,40}?)[ \t]*\|[ \t]*(?P<value>[^|\n]+)$",
    re.M,
)
_ITEM_LABEL = re.compile(
    r"(?:contract\s+|tender\s+|lot\s+)?(?:title|subject|object|description)"
    r"(?:\s+of\s+(?:the\s+)?(?:contract|tender|award|procurement|lot))?|lot|items?|goods",
    re.I,
)
_COUNT_LABEL = re.compile(r"quantity|qty\.?|number\s+of\s+(?:units|items)|units", re.I)
_SUPPLY_OF = re.compile(
    r"^(?:supply|delivery|provision|procurement|purchase|acquisition)\s+of\s+(?:the\s+|an?\s+)?",
    re.I,
)
_COUNT = re.compile(r"^(?:up\s+to\s+|about\s+)?(\d{1,3}(?:,\d{3})?|\d{1,5})(?:\s+(?=[A-Za-z])|$)")
_LEAD_COUNT = re.compile(r"^(\d{1,5})\s+(\D.*)$")


def form_items(text: str, deals: list[DealBuild]) -> None:
    """Fill the item and count of the notice's deal from its label rows (see the module)."""
    if " | " not in text or not deals:
        return
    item = count = None
    priced: DealBuild | None = None
    for row in _ROW.finditer(text):
        label = " ".join(row.group("label").split())
        value = row.group("value").strip().rstrip(".")
        if item is None and _ITEM_LABEL.fullmatch(label):
            item = (value, row.start("value"))
        elif count is None and _COUNT_LABEL.fullmatch(label):
            count = _COUNT.match(value)
        priced = priced or _priced_on(deals, row.start(), row.end())
    if item is None and count is None:
        return
    deal = priced or (deals[0] if len(deals) == 1 else None)
    if deal is None:
        return
    if item and (not deal.item or deal.item.lower() in KIND_LABELS):
        name = _SUPPLY_OF.sub("", item[0])
        lead = _LEAD_COUNT.match(name)  # "Supply of 40 city buses": 40 of them
        if lead:
            name, count_text = lead.group(2), lead.group(1)
            deal.quantity = deal.quantity or int(count_text)
        start = item[1] + item[0].index(name)
        deal.item, deal.item_span = name, (start, start + len(name))
    if count and deal.quantity is None:
        deal.quantity = int(count.group(1).replace(",", ""))
        if not deal.item:  # "Quantity | 40 city buses": the counted goods are the item
            goods = count.string[count.end() :].split(",")[0].strip()
            start = count.string.find(goods)
            deal.item = goods
            at = text.find(count.string)
            deal.item_span = (at + start, at + start + len(goods)) if at >= 0 else None


def _priced_on(deals: list[DealBuild], start: int, end: int) -> DealBuild | None:
    """The deal whose amount stands on the row (``Total value awarded | EUR 214,500,000``)."""
    for deal in deals:
        if deal.value and start <= deal.value.start < end:
            return deal
    return None
