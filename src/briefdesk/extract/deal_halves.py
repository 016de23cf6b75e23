"""One contract told in two sentences: a headline or value sentence with the price ("X signs
NOK 2.4 billion contract with Y", "The contract value is ...") and an item sentence without
one ("X has signed a contract with Y for the delivery of 36 launchers"). Round 13 (N13-01):
the unpriced pass dropped the item sentence as a deal already known by its sides, so the deal
kept its price and lost its item. The item sentence names the same two sides as exactly one
priced deal near it that has no item: it gives that deal its item, quantity and evidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefdesk.extract.deal_items import find_item
from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.text import Sentence

_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)\b")
_REACH = 3
# What the contract is for: "a contract with Y for the delivery of 36 launchers", "for 20 radars",
# "ordered 24 missiles".
_FOR = re.compile(
    r"(?:^|\b(?:for|order(?:ed|s)?|buy|buys|bought|purchased?|acquired?|"
    r"(?:delivery|supply|purchase|acquisition|provision|procurement|manufacture|construction)"
    r"\s+of)\s+)(?:the\s+|an?\s+)?(?:[\w,.-]+\s+){0,4}$",
    re.IGNORECASE,
)  # sentences between the priced deal and its item sentence, either way


def lend_item(
    deals: list[DealBuild],
    told: DealBuild,
    sentence: Sentence,
    index: int,
    same: Callable[[str, str], bool],
) -> None:
    """Give the one priced, itemless deal with ``told``'s two sides near ``index`` the item
    that ``sentence`` names (nothing when none or several fit)."""
    if not (told.buyer and told.seller):
        return
    fits = [
        deal
        for deal in deals
        if deal.value is not None
        and not deal.item
        and abs(deal.sentence_index - index) <= _REACH
        and deal.kind in {told.kind, "other"}
        and same(deal.buyer, told.buyer)
        and same(deal.seller, told.seller)
    ]
    if len(fits) != 1:
        return
    find_item(told, sentence)
    if not told.item or told.item_span is None or _ORDINAL.match(told.item):
        return  # ("the 13th and 14th ships of the programme": no item the finder can read)
    at = told.item_span[0] - sentence.start
    if not _FOR.search(sentence.text[:at], max(0, at - 60)):
        return  # the goods follow "for", "ordered" or "the delivery of" (or open the
        # sentence: "Two OPVs were ordered by"), not "a joint venture of two Gulf traders"
    deal = fits[0]
    deal.item, deal.quantity, deal.item_span = told.item, told.quantity, told.item_span
    deal.kind = told.kind
    deal.evidence.append((sentence.start, sentence.end))
