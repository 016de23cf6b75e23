"""A priced deal whose sides are only a guess, told right after an unpriced deal of the same
goods that names who gives and who receives, is that deal's price (newcomer18 N18-01).

"Portugal has chosen to lease two frigates from the Netherlands. On 16 October the defence
minister and the Dutch state secretary signed a EUR310 million lease of two M-class frigates,
which the Royal Netherlands Navy is retiring." The second sentence names two signers and a
navy, and no direction: its sides are a guess ("the government side buys"). The first tells the
direction and the same goods (the head noun "frigates", the same count). A guess gives way to
a reading: the price takes the first deal's sides. Goods of another noun or another count, a
loan or grant, or more than two sentences between them, keep the guess.
"""

from __future__ import annotations

from briefdesk.extract.deal_kinds import DealBuild

_REACH = 2  # sentences from the unpriced deal to its price
_MONEY_KINDS = frozenset({"loan", "grant"})


def _head(item: str) -> str:
    return item.split()[-1].lower().rstrip("s") if item.strip() else ""


def same_goods_deal(priced: DealBuild, deals: list[DealBuild]) -> DealBuild | None:
    """The one unpriced deal with both sides whose goods are the guessed price's, or None."""
    if not priced.weak or priced.kind in _MONEY_KINDS or not _head(priced.item):
        return None
    fits = [
        deal
        for deal in deals
        if deal.value is None
        and deal.buyer
        and deal.seller
        and deal.kind not in _MONEY_KINDS
        and 0 < priced.sentence_index - deal.sentence_index <= _REACH
        and _head(deal.item) == _head(priced.item)
        and (deal.quantity or 0) == (priced.quantity or 0)
    ]
    return fits[0] if len(fits) == 1 else None
