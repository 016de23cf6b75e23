"""A signed sentence that points back to the deal told before it (round 10, newcomer10 N10-15).

"Poland will buy 180 K2 tanks from Hyundai Rotem, the ministry said. The agreement was signed
by the deputy minister in Warsaw." The second sentence reports the signing ("The agreement",
"This contract": a definite noun that points back) and names no goods; the sentence before it
that names both its sides tells the goods and how many. The deal keeps them, with the status
the later sentence gives.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.deal_items import find_item
from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.text import Sentence

_POINTS_BACK = re.compile(
    r"\s*(?:The|This|That|Their|Its)\s+(?:[\w-]+\s+){0,2}"
    r"(?:agreement|contract|deal|order|accord|purchase|sale)\b"
)
_LOOK_BACK = 2  # sentences


def item_told_before(deal: DealBuild, sents: list[Sentence], index: int) -> None:
    """Fill ``deal``'s item and quantity from the sentence before that names both its sides."""
    if deal.item or not (deal.buyer and deal.seller) or not _POINTS_BACK.match(sents[index].text):
        return
    for back in range(index - 1, max(-1, index - 1 - _LOOK_BACK), -1):
        earlier = sents[back]
        if deal.buyer in earlier.text and deal.seller in earlier.text:
            find_item(deal, earlier)
            if deal.item:
                deal.evidence.append((earlier.start, earlier.end))
            return
