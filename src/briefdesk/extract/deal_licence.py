"""Local assembly under licence told beside an order: "Twenty of the vehicles will be assembled
under licence in Zarqa by Jordan Advanced Vehicle Industries". The assembler is the licensee
(it buys the licence), the maker of the order before it the licensor; no price is needed.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.deal_status import deal_status
from briefdesk.extract.text import Sentence

Mention = tuple[int, int, str]

_ASSEMBLED_BY = re.compile(
    r"\b(?:assembled|built|produced|manufactured|made|co-produced)\s+(?:locally\s+)?under\s+"
    r"(?:a\s+)?licen[cs]e\b[^.;]{0,60}?\bby\s+(?:the\s+)?(?:[\w-]+-based\s+|local\s+)?$",
    re.IGNORECASE,
)

# The priced deal described again: its licensed share is part of it, not a deal of its own.
_PART_OF_DEAL = re.compile(
    r"^\W*The\s+(?:deal|contract|order|agreement|package)\b|\b(?:covers|includes|comprises)\b"
)


def licensed_assembly(
    text: str,
    sents: list[Sentence],
    deals: list[DealBuild],
    mentions_in: Callable[[Sentence], list[Mention]],
    name: Callable[[str], str],
) -> list[DealBuild]:
    """Licensed-production deals for "assembled under licence ... by X" after a priced order."""
    found: list[DealBuild] = []
    for deal in deals:
        if not deal.value or not deal.seller or deal.sentence_index < 0:
            continue
        for index in range(deal.sentence_index + 1, min(len(sents), deal.sentence_index + 4)):
            sentence = sents[index]
            if "licen" not in sentence.text or _PART_OF_DEAL.search(sentence.text):
                continue  # "The deal covers ... tanks to be produced under licence by X"
            licensee = next(
                (
                    key
                    for start, _end, key in mentions_in(sentence)
                    if _ASSEMBLED_BY.search(text, sentence.start, start)
                    and name(key) not in (deal.seller, deal.buyer)
                ),
                "",
            )
            if not licensee:
                continue
            made = DealBuild(
                "licensed_production", None, status=deal_status(sentence.text), rule="deal.unpriced"
            )
            made.buyer, made.buyer_why = name(licensee), "licensee: assembles it under licence"
            made.seller, made.seller_why = deal.seller, "licensor: the maker of the order before"
            made.item, made.item_span = deal.item, deal.item_span
            made.sentence_index = index
            made.evidence.append((sentence.start, sentence.end))
            found.append(made)
            break
    return found
