"""A deal told again as "a $X joint venture (agreement)" is a joint venture (newcomer18 N18-02).

A headline or summary line anchors the deal ("Japanese firm commits $1.3 billion to LNG
terminal") and its words give the kind: money a firm commits reads as an investment ("other")
or, from "LNG", as an energy supply. The lead then names the deal by its own noun: "signed a
$1.3 billion joint venture agreement with ...". The noun right after the same amount, in any
sentence of the deal, names its kind; a venture only described ("X, a joint venture of A and
B, won ...") names no amount and so no kind. The gold conventions give a joint venture no
buyer or seller (docs/extraction.md "investments and joint ventures have no buyer or seller"),
as the deal read from the lead alone already has none.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.deal_built_item import works_after
from briefdesk.extract.deal_kinds import DealBuild

# The amount, then the venture's noun, a word or two of what it is between ("a $500 million
# steel joint venture", "a $1.3 billion joint venture agreement").
# Money lent to a venture or paid for a share of it is no venture deal ("a $500 million loan to
# the joint venture", "$2 billion for a stake in a joint venture").
_VENTURE_AFTER = re.compile(
    r"\s+(?:(?!(?:loans?|credit|grants?|financing|facility|stake|share|to|for|from|in|by|with|"
    r"of|and)\b)[a-z][\w-]*\s+){0,2}?joint[- ]venture\b",
    re.IGNORECASE,
)


def venture_told(text: str, deal: DealBuild) -> int:
    """Where a sentence of the deal names it a joint venture right after its amount (the end
    of the venture's noun), or 0."""
    if deal.value is None:
        return 0
    ends = [deal.value.end] + [
        end for start, end in deal.evidence if text[start:end] == deal.value.as_stated
    ]
    for end in ends:
        found = _VENTURE_AFTER.match(text, end, min(len(text), end + 40))
        if found:
            return found.end()
    return 0


def as_venture(deal: DealBuild, text: str, at: int) -> None:
    """The deal as a joint venture: its partners are no buyer and seller; what it builds, told
    after the venture's noun, is its item when it has none."""
    deal.kind = "joint_venture"
    deal.buyer = deal.seller = deal.buyer_why = deal.seller_why = ""
    works_after(deal, text, at)
