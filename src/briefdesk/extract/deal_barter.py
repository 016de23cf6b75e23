"""Barter and counter-trade: goods paid for with goods (round 21, newcomer21 N21-01).

"X signed a barter agreement with Y under which X will deliver 600,000 tonnes of wheat in
exchange for 250,000 tonnes of urea", "X swaps 40,000 tonnes of rebar for ammonia with Y": each
side gives goods and receives goods, so neither is a buyer paying money. The golds kind a
state-to-state or company exchange of goods that are not energy as a trade agreement, signed
alike by both sides (``model.codes.SIGNED_ALIKE``). Before, "tonnes" in the energy words made
every grain-for-fertiliser swap an energy supply with one seller.

Not a barter: a currency swap line or a debt swap (money: a loan, or nothing), a gas or power
swap (energy the golds kind ``energy_supply``: the energy words decide those), "in exchange for"
a stake, debt relief or access (no goods on both sides).
"""

from __future__ import annotations

from briefdesk.extract import rx as re

# A barter named as such: "barter agreement", "counter-trade deal", "countertrade".
_NAMED = re.compile(r"\b(?:barter(?:ed|ing|s)?|counter-?trade|countertrade)\b", re.I)
# Goods for goods: "600,000 tonnes of wheat in exchange for 250,000 tonnes of urea", "swaps
# 40,000 tonnes of rebar for 12,000 tonnes of ammonia": a counted quantity on both sides.
_QTY = r"\d[\d,.]*\s*(?:million\s+|thousand\s+)?(?:tonnes|tons|t|barrels|bales|head|units)\s+of\s+"
_GOODS_FOR_GOODS = re.compile(
    rf"{_QTY}[\w -]{{2,40}}?\s+(?:in\s+exchange\s+for|in\s+return\s+for)\s+"
    rf"(?:about\s+|some\s+|around\s+)?{_QTY}"
    rf"|\bswap(?:s|ped|ping)?\s+(?:about\s+|some\s+)?{_QTY}[\w -]{{2,40}}?\s+for\s+",
    re.I,
)
# What makes a swap money, not goods, or no trade at all.
_MONEY_SWAP = re.compile(
    r"\b(?:currency|debt|debt-for-\w+|swap\s+lines?|credit|equity|share|asset|interest[- ]rate|"
    r"prisoners?|hostages?)\s+(?:swaps?|exchanges?)\b|\bswap\s+lines?\b|\bprisoner",
    re.I,
)
# Energy goods: a gas or power swap stays an energy supply (the golds' kind for those).
_ENERGY = re.compile(
    r"\b(?:gas|lng|oil|crude|electricity|power|kilowatt|megawatt|barrels|diesel|petrol|"
    r"gasoline|fuel)\b",
    re.I,
)
# The amount's own sentence speaks of the exchange by its head noun: "The exchange is valued
# at", "the barter is worth", "the swap, worth".
_HEAD = re.compile(r"\b(?:the|this|that|an?)\s+(?:barter|exchange|swap|counter-?trade)\b", re.I)


def _barter_in(text: str) -> bool:
    """Whether ``text`` tells goods given for goods, neither money nor energy."""
    if _MONEY_SWAP.search(text):
        return False
    if not (_NAMED.search(text) or _GOODS_FOR_GOODS.search(text)):
        return False
    return not _ENERGY.search(text)


def barter_kind(sentence: str, context: str) -> str:
    """ "trade_agreement" when the deal's sentence tells a barter of goods, or speaks of "the
    exchange" / "the swap" that a sentence next to it tells; "" otherwise."""
    if _barter_in(sentence):
        return "trade_agreement"
    if _HEAD.search(sentence) and not _MONEY_SWAP.search(sentence):
        near = [part for part in re.split(r"(?<=[.!?])\s+", context) if _barter_in(part)]
        if near:
            return "trade_agreement"
    return ""
