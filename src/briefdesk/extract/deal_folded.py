"""A price told after the deal: "Chile has ordered 40 buses from Hanwol Motors. (...) Chile will
pay $80 million over five years." / "Hanwol said the order was worth $80 million."

The unpriced deal before names both sides; the amount's sentence names one of them, or only
points back ("the order"). They are one deal: the amount takes the earlier deal's sides (and
its item and a further status), and the unpriced deal goes. Nothing is folded across a loan
or grant, "a separate/another" deal, a side the earlier deal does not have, or more than four
sentences.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefdesk.extract.deal_apart import Reader, read_back
from briefdesk.extract.deal_commitments import HOME_MODIFIER
from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.deal_more import ANOTHER, BACK_REFERENCE, is_unpriced_deal
from briefdesk.extract.deal_pointed import value_clause
from briefdesk.extract.deal_same_goods import same_goods_deal
from briefdesk.extract.deal_status import PROGRESS
from briefdesk.extract.statement_end import LIST_ITEM
from briefdesk.extract.text import Sentence

# "a lump-sum contract", "another order": a contract of its own, not one told again.
_NEW_CONTRACT = re.compile(
    r"\b(?:a|an|another|second|new)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:contract|subcontract|agreement|deal|order|convention|concession|lease)\b"
)
# "The company committed to an investment of $1.9 billion": the holder named just before pledges
# the amount; it prices the concession or licence told before it (N14-01).
# Round 15: the holder also as "They", "The partners", "The consortium"; the pledge also as
# a work programme, with the amount before its noun ("committed to a $30 million work
# programme", "committed to a minimum work program of $780 million"). Round 19: the holder
# also as "The Milan-listed company" (HOME_MODIFIER).
_COMMITTED = re.compile(
    r"^\W*(?:It|They|The\s+" + HOME_MODIFIER + r"(?:company|concessionaire|miner|firm|group|"
    r"operator|developer|licensee|partners|consortium|holder|investor))"
    r"\s+(?:has\s+|have\s+|had\s+)?(?:committed|pledged|promised|undertook|undertaken)\s+"
    r"(?:to\s+)?(?:(?:an?\s+)?(?:[\w-]+\s+){0,2}?invest|[^.;]{0,40}?\bwork\s+program)"
)
_NUMBER_ONLY = re.compile(r"^\s*\d{1,2}\.\s*$")
_REACH = 6  # sentences from the unpriced deal to its price (a paragraph or two)
_REACH_POINTED = 2  # a value sentence with no deal word prices one of the two before it
_MONEY_KINDS = frozenset({"loan", "grant"})


def _fits(side: str, other: str, same: Callable[[str, str], bool]) -> bool:
    return not side or same(side, other)


def _another_between(sents: list[Sentence], deal: DealBuild, priced: DealBuild) -> bool:
    """Whether a sentence between the unpriced deal and the price tells a contract of its own
    ("A few days later the subsidiary signed a lump-sum contract with an engineering house"):
    "The contract is worth US$96 million" then prices that one, not the deal before it."""
    between = range(deal.sentence_index + 1, priced.sentence_index)
    return any(
        _NEW_CONTRACT.search(sents[index].text) and is_unpriced_deal(sents[index].text)
        for index in between
    )  # ("signed the mining convention" is the deal before, told again)


def _list_item_apart(deal: DealBuild, sents: list[Sentence], text: str) -> bool:
    """Whether ``deal`` is told by an item of a list and the price (``text``) is no item of it:
    a listed agreement is told whole in its item ("(b) an agreement under which X will supply
    ...;"), and a price in a paragraph after the list is another matter's (round 20)."""
    told = sents[deal.sentence_index].text if 0 <= deal.sentence_index < len(sents) else ""
    return bool(LIST_ITEM.match(told)) and not LIST_ITEM.match(text)


def _after_list(sents: list[Sentence], index: int) -> bool:
    """Whether sentence ``index`` follows a list's last item (past a bare paragraph number,
    "4.") and is none itself: it points back to no item (round 20)."""
    back = index - 1
    while back > 0 and _NUMBER_ONLY.match(sents[back].text):
        back -= 1
    own = sents[index].text if 0 <= index < len(sents) else ""
    return back >= 0 and bool(LIST_ITEM.match(sents[back].text)) and not LIST_ITEM.match(own)


def _earlier(
    priced: DealBuild,
    deals: list[DealBuild],
    sents: list[Sentence],
    text: str,
    same: Callable[[str, str], bool],
) -> DealBuild | None:
    """The one unpriced deal a priced deal without both sides is the price of, or None."""
    guessed = same_goods_deal(priced, deals)  # a guess gives way to a reading (N18-01)
    if guessed is not None:
        return guessed
    if priced.kind in _MONEY_KINDS or (priced.buyer and priced.seller) or ANOTHER.search(text):
        return None
    pointed = value_clause(text) or bool(_COMMITTED.search(text))  # "The value was put at"
    if not (priced.buyer or priced.seller) and not (pointed or BACK_REFERENCE.search(text)):
        return None  # naming nobody, the amount must point back ("the order")
    fits = [
        deal
        for deal in deals
        if deal.value is None
        and deal.kind not in _MONEY_KINDS
        and not _list_item_apart(deal, sents, text)
        and ((deal.buyer and deal.seller) or pointed)
        and 0
        < priced.sentence_index - deal.sentence_index
        <= (_REACH_POINTED if pointed else _REACH)
        and (_fits(priced.buyer, deal.buyer, same) or not deal.buyer)
        and (_fits(priced.seller, deal.seller, same) or not deal.seller)
        and not _told_between(deals, deal, priced)
    ]
    return fits[0] if len(fits) == 1 else None


def _told_between(deals: list[DealBuild], deal: DealBuild, priced: DealBuild) -> bool:
    """Whether another deal is told between ``deal`` and its would-be price (round 26): "X has
    awarded the contract to Y. (...) Z terminated the contract under which W was to build two
    ferries. The contract, worth $20m, had been signed in 2024" prices the nearer deal."""
    return any(deal.sentence_index < d.sentence_index < priced.sentence_index for d in deals)


def fold_prices(
    deals: list[DealBuild],
    sents: list[Sentence],
    same: Callable[[str, str], bool],
    reader: Reader | None = None,
) -> list[DealBuild]:
    """The deals with each price told after its unpriced deal folded into one; a price with
    no such deal and no side reads the sentences it points back to (deal_apart)."""
    folded: set[int] = set()
    for priced in deals:
        if priced.value is None or not 0 <= priced.sentence_index < len(sents):
            continue
        deal = _earlier(priced, deals, sents, sents[priced.sentence_index].text, same)
        if deal is not None and _another_between(sents, deal, priced):
            deal = None  # (then read back like a price with no deal before it)
        if deal is None and reader is not None and not _after_list(sents, priced.sentence_index):
            read_back(priced, sents, reader)
        if deal is None or id(deal) in folded:
            continue
        folded.add(id(deal))
        if priced.weak and deal.buyer and deal.seller:
            priced.weak = False  # (the guess gave way to the sides read before)
        if deal.buyer:  # (a pointed value may fold into a deal with no sides: its own stay)
            priced.buyer, priced.buyer_why = deal.buyer, deal.buyer_why
        if deal.seller:
            priced.seller, priced.seller_why = deal.seller, deal.seller_why
        if not priced.item:
            priced.item, priced.quantity = deal.item, deal.quantity
            priced.item_span = deal.item_span
        if priced.kind == "other":
            priced.kind = deal.kind
        if PROGRESS.get(deal.status, 0) > PROGRESS.get(priced.status, 0):
            priced.status = deal.status
        priced.evidence[:0] = deal.evidence
    return [deal for deal in deals if id(deal) not in folded]
