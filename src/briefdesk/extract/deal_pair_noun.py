"""A deal told as a noun between a pair: "The leaders welcomed the signing of a 25-year power
purchase agreement between A and B for the output of a wind farm", "the conclusion, on the
margins of the Summit, of the Sale and Purchase Agreement between A and B" (round 11).

Joint statements and communiqués tell most of their deals this way; the unpriced pass wanted
two sides read from the words (or one with a cue such as "separate"), and "the ... agreement"
read as a deal told before, so none was found. Such a deal now stands with the sides explicit
patterns give it, and without a guess of direction: which of two companies sells the power or
the gas is not in these words (it is the deal-sides rules' to tell)."""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.deal_kinds import DealBuild

SIGNING_BETWEEN = re.compile(
    r"\b(?:signing|conclusion)\b(?:[^.;]{0,40}?\s)?of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,6}?"
    r"(?:agreement|contract|deal|heads\s+of\s+(?:agreement|terms))\s+between\b",
    re.IGNORECASE,
)


def pair_noun(sentence: str) -> bool:
    """Whether ``sentence`` tells "the signing of a <contract> between A and B"."""
    return "between" in sentence and bool(SIGNING_BETWEEN.search(sentence))


def pair_noun_deal(deal: DealBuild, sentence: str) -> bool:
    """Whether ``deal`` is told as a pair's signed contract; if so, a guessed direction goes."""
    if not pair_noun(sentence):
        return False
    if deal.weak:
        deal.buyer = deal.seller = deal.buyer_why = deal.seller_why = ""
        deal.weak = False
    return True
