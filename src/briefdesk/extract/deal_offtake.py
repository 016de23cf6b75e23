"""An offtake signed by its producer: the one it signed with takes the output (round 20,
issue 10; docs/extraction.md "Round 20: sides").

"Kalengwa Copper has signed a life-of-mine offtake for its concentrate with Geneva-based
trader Aravis Metals SA": the subject rule made the signer the buyer and the frame after
"with" the seller, the wrong way round for an offtake, where the signer's output goes to the
one it signed with. A deal whose buyer is named as the subject of a signing verb and whose
seller is the first name after "with", an offtake named between them, is turned when the
output is plainly the signer's ("an offtake for its concentrate with") or the other is a
trader, smelter, refiner or steel maker ("with Geneva-based trader X"); "X, a trader, signed an
offtake with the mine for its concentrate" keeps its sides.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.deal_kinds import NO_PARTY_KINDS, DealBuild
from briefdesk.extract.resolver import Found

# Between the signer and the other: the signing verb, the offtake, then "with" right before it.
_SIGNED_OFFTAKE = re.compile(
    r"\s*(?:\([^)]{0,30}\)\s*)?(?:,[^,.;]{1,80},\s*)?"
    r"(?:(?:has|have|had|also|today|now|then|on\s+\w+|last\s+\w+)\s+){0,3}"
    r"(?:signed|inked|sealed|concluded|entered\s+into|agreed|executed)\s+"
    r"[^.;]{0,40}?\b(?:offtake|off-take)\b[^.;]{0,60}?\bwith\s+(?:(?:the|a|an)\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?$",
    re.IGNORECASE,
)

_ITS = re.compile(r"\bits\b[^.;]*\bwith\b", re.IGNORECASE)
_TAKER = re.compile(r"\b(?:trader|trading|smelter|smelting|refiner|refinery|steel)\b", re.I)


def offtake_sides(text: str, found: Found, deals: list[DealBuild]) -> None:
    """Turn each deal read as "<buyer> signed an offtake ... with <seller>" (its first
    evidence sentence): the signer sells its output to the other."""
    for deal in deals:
        if deal.kind in NO_PARTY_KINDS or not (deal.buyer and deal.seller and deal.evidence):
            continue
        start, end = deal.evidence[0]
        if "offtake" not in text[start:end].lower() and "off-take" not in text[start:end].lower():
            continue
        inside = sorted(m for m in found.mentions if start <= m[0] and m[1] <= end)
        names = [(m, found.actors[m[2]].name) for m in inside if m[2] in found.actors]
        buyer = next((m for m, name in names if name == deal.buyer), None)
        seller = next((m for m, name in names if name == deal.seller), None)
        if buyer is None or seller is None or buyer[1] > seller[0]:
            continue
        gap = _SIGNED_OFFTAKE.match(text[buyer[1] : seller[0]])
        # whose output: "its" before "with" is the signer's; else the other must be a trader
        taker = text[seller[0] - 40 : seller[1]]
        if gap and (_ITS.search(gap.group()) or _TAKER.search(taker)):
            deal.buyer, deal.seller = deal.seller, deal.buyer
            deal.buyer_why = "the one an offtake was signed with takes the output"
            deal.seller_why = "signed an offtake of its output with the other"
