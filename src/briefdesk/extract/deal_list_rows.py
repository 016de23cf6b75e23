"""Each item of a list "party – item – amount" is a deal with that party (round 18).

A board summary, a digest or a quarterly report lists its deals as bullets with no verb:
"- Government of Laos – Northern Roads Connectivity Program – USD 120 million loan". The
sentence rules read the amount and took sides from neighbouring items ("Laos" buying from
"Kiribati" on the line above). Here two or more list items in a row (bullets or "1." numbers,
blank lines allowed between), each split by spaced dashes into three parts or more, one of them
holding an amount, are deals ("deal.list-item"): the party named in the first part, the item the
part that is neither party nor amount, and on the other side the body that issues the list,
named in the lines above it (``table_shape.issuer_above``). Which side the listed party takes
is what the list is: loans and grants, or a lender's or seller's list ("approved the following",
"booked the following orders") make it the buyer (the borrower); a list of awards ("awarded the
following contracts") its seller. With no such words and no loan or grant, the party is left
unplaced and only the amount and item are read. Kind from the item's words; status from the lines
above. Under words of pledges ("The final communiqué lists the pledges:") an item may also be
"party: amount" ("• Ghana: GH¢ 600 million for the depot"): the listed party gives (a grant,
unless its words say a loan) and the other side is left to the sentence rules.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.deal_kinds import DealBuild, deal_kind
from briefdesk.extract.deal_status import deal_status
from briefdesk.extract.deal_table import first_party
from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.money import MoneyMention
from briefdesk.extract.resolver import Found
from briefdesk.extract.table_shape import ISSUER_BUYS, ISSUER_SELLS, covered, issuer_above

RULE = "deal.list-item"
_ITEM = re.compile(r"^[ \t]*(?:[-•*▪·◦‣]|\d{1,2}[.)])[ \t]+(?=\S)", re.M)
_DASH = re.compile(r"[ \t]+[–—-][ \t]+")
# A giver named before a colon: "the African Development Bank: a grant of US$15 million".
_COLON = re.compile(r"((?:[\w'’.()&-]+[ \t]){0,6}[\w'’.()&-]+):[ \t]+(?=\S)")
# Words above a list of pledges: each listed party gives (round 18, a summit's communiqué).
_GIVES = lazy(
    r"\b(?:pledg(?:e[sd]?|ing)|contribut(?:e[sd]?|ions?|ing)|donat(?:e[sd]?|ions?)|donors?|"
    r"commitments?|committed)\b",
    re.I,
)
_WHY = "the party the list item names first"
_ISSUER_WHY = "the body that issues the list, named above it"
_LENDS = frozenset({"loan", "grant"})


def list_deals(
    text: str, found: Found, deals: list[DealBuild], money: list[MoneyMention]
) -> list[DealBuild]:
    """``deals`` with each "party – item – amount" list item read as a deal (see the module)."""
    if " – " not in text and " — " not in text and " - " not in text and ": " not in text:
        return deals
    lines = text.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    items = [
        _parts(text, starts[i], starts[i] + len(line.rstrip("\n"))) for i, line in enumerate(lines)
    ]
    mentions: list[tuple[int, int, str]] = []
    dropped: set[int] = set()
    index = 0
    while index < len(lines):
        run = _run(lines, items, index)
        if len(run) < 2:
            index += 1
            continue
        mentions = mentions or sorted(found.mentions)
        above = issuer_above(text, found, mentions, lines, starts, run[0])
        for at in run:
            _item(text, found, mentions, deals, money, items[at], above, dropped)
        index = run[-1] + 1
    return [d for d in deals if id(d) not in dropped] if dropped else deals


def _parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of a list item's dash-separated parts, or [] for a line that is none."""
    head = _ITEM.match(text, start, end)
    if not head:
        return []
    spans, at = [], head.end()
    for dash in _DASH.finditer(text, at, end):
        spans.append((at, dash.start()))
        at = dash.end()
    spans.append((at, end))
    if len(spans) >= 3:
        return spans
    colon = _COLON.match(text, head.end(), end)  # "Nigeria: US$250 million over three years"
    return [(head.end(), colon.end(1)), (colon.end(), end)] if colon else []


def _run(lines: list[str], items: list[list[tuple[int, int]]], index: int) -> list[int]:
    """The indexes of the list items from ``index`` on, blank lines between allowed."""
    run: list[int] = []
    while index < len(lines) and (items[index] or not lines[index].strip()):
        if items[index]:
            run.append(index)
        index += 1
    return run


def _item(
    text: str,
    found: Found,
    mentions: list[tuple[int, int, str]],
    deals: list[DealBuild],
    money: list[MoneyMention],
    parts: list[tuple[int, int]],
    above: tuple[str, str, str],
    dropped: set[int],
) -> None:
    words, issuer, acts = above
    priced = next(
        ((i, m) for i, span in enumerate(parts) for m in money if span[0] <= m.start < span[1]),
        None,
    )
    key = first_party(found, mentions, *parts[0])
    if priced is None or priced[0] == 0 or not key:
        return
    if len(parts) == 2 and not _GIVES.search(acts):
        return  # ("Revenue: USD 4.1 billion": a colon list is a deal list only of pledges)
    line = (parts[0][0], parts[-1][1])
    value = priced[1]
    on_line = [d for d in deals if d.value and line[0] <= d.value.start < line[1]]
    deal = next((d for d in on_line if d.value is value), on_line[0] if on_line else None)
    dropped.update(id(d) for d in on_line if d is not deal)
    own_words = text[slice(*line)]
    kind = deal_kind(own_words, f"{words} {own_words}") or "other"
    if deal is None:
        deal = DealBuild(kind, value, rule=RULE)
        deal.evidence.append(line)
        deals.append(deal)
    else:
        deal.value = value
        deal.kind = kind if deal.kind == "other" else deal.kind
        if not covered(deal.evidence, line):
            deal.evidence.append(line)
    party = found.actors[key].name
    middle = [span for i, span in enumerate(parts[1:], 1) if i != priced[0]]
    if middle and text[slice(*middle[0])].strip():
        deal.item_span = middle[0]
        deal.item = text[slice(*middle[0])]
    _place(deal, party, issuer, acts)
    status = deal_status(words)
    if status != "reported" and deal.status == "reported":
        deal.status = status


def _place(deal: DealBuild, party: str, issuer: str, acts: str) -> None:
    """Give the listed party and the issuer their sides (see the module); the other side a
    sentence rule read from a neighbouring item is cleared when no issuer is named. ``acts``:
    the words that say what the issuer does (its own line and the line above the list)."""
    other = (issuer, _ISSUER_WHY) if issuer and issuer != party else ("", "")
    if _GIVES.search(acts):  # a pledge: the listed party gives; to whom, the list does not say
        deal.seller, deal.seller_why, deal.weak = party, _WHY, False
        deal.kind = "grant" if deal.kind == "other" else deal.kind
        if deal.buyer == party:
            deal.buyer, deal.buyer_why = "", ""
    elif deal.kind in _LENDS or (ISSUER_SELLS.search(acts) and not ISSUER_BUYS.search(acts)):
        deal.buyer, deal.buyer_why, deal.weak = party, _WHY, False
        deal.seller, deal.seller_why = other
    elif ISSUER_BUYS.search(acts):
        deal.seller, deal.seller_why, deal.weak = party, _WHY, False
        deal.buyer, deal.buyer_why = other
