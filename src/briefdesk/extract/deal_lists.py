"""No deal guessed from a list of states ("signed by Chile and Peru and Korea and France").

The house guess for "A and B signed" (the government side buys) needs two sides. In a list of
three or more states nothing picks two of them, let alone says which one pays: a guess there is
invented. Guessed sides that sit in such a list are cleared; a deal left with no side, no value
and no item was only the guess, and is dropped. Sides an explicit cue gave ("Peru will sell
Chile six patrol boats") are never touched.
"""

from __future__ import annotations

import itertools

from briefdesk.extract import rx as re
from briefdesk.extract.deal_guess import is_guess
from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.resolver import Found

# What may stand between two items of a list: a comma, "and", "or", "as well as".
_JOINER = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*|as well as\s+)(?:the\s+)?$")
_LIST_MIN = 3


def _guessed(deal: DealBuild, why: str) -> bool:
    return is_guess(why) or (deal.weak and not why)


def _listed_states(text: str, found: Found, start: int, end: int) -> set[str]:
    """Names of the states that are items of a list of three or more in text[start:end]."""
    spans = sorted(
        (s, e, actor.name)
        for actor in found.actors.values()
        if actor.type == "state"
        for s, e in actor.evidence
        if start <= s and e <= end
    )
    listed: set[str] = set()
    run = spans[:1]
    for previous, current in itertools.pairwise(spans):
        if _JOINER.match(text[previous[1] : current[0]]):
            run.append(current)
            continue
        if len(run) >= _LIST_MIN:
            listed |= {name for _, _, name in run}
        run = [current]
    if len(run) >= _LIST_MIN:
        listed |= {name for _, _, name in run}
    return listed


def without_list_guesses(text: str, found: Found, deals: list[DealBuild]) -> list[DealBuild]:
    """The deals with guessed sides taken from a list of states cleared (see the module)."""
    kept: list[DealBuild] = []
    for deal in deals:
        guessed_buyer = bool(deal.buyer) and _guessed(deal, deal.buyer_why)
        guessed_seller = bool(deal.seller) and _guessed(deal, deal.seller_why)
        if not (guessed_buyer or guessed_seller) or not deal.evidence:
            kept.append(deal)
            continue
        listed: set[str] = set()
        for start, end in deal.evidence:
            listed |= _listed_states(text, found, start, end)
        if guessed_buyer and deal.buyer in listed:
            deal.buyer, deal.buyer_why = "", ""
        if guessed_seller and deal.seller in listed:
            deal.seller, deal.seller_why = "", ""
        if not (deal.buyer or deal.seller or deal.value or deal.item):
            continue  # only the guess made it a deal
        kept.append(deal)
    return kept
