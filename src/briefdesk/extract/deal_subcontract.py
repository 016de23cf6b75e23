"""The buyer of a subcontract is the main contractor (round 16, issue 10).

News tells the main contract first and a subcontract under it later: "The first two will be
built in Concarneau; the third and fourth hulls will be fitted out by Lagune Metal Industries,
which will receive about 7.5 billion CFA francs under a subcontract with the French yard",
"Ground segment: Meghna Geoinformatics Ltd (subcontract, Tk 118 crore)", "The hull
subcontract is valued at about PLN 640 million". The state the article is about (or its
ministry or navy) does not buy a subcontract (counted in round 16: 7 deals in the tuning
corpus and four retired sets, each read as a public side or left without a buyer): the
company that sells the article's first deal buys it. A subcontract whose seller was read
as that same company loses the seller instead ("The Turin company said it will subcontract
the station to X": it buys).
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.deal_kinds import NO_PARTY_KINDS, DealBuild
from briefdesk.extract.deal_parties import is_government
from briefdesk.extract.resolver import Found

_SUB = re.compile(r"\bsub-?contract(?:s|ed|ing|or|ors)?\b|\bwork[- ]share\b", re.IGNORECASE)
# A main contract told in the same sentence ("signed a $500m contract with X, which will
# subcontract the hulls to Y"): the amount is the main contract's.
_MAIN = re.compile(r"(?<![-\w])(?:contracts?|orders?|deals?)\b", re.IGNORECASE)
_MONEY_KINDS = frozenset({"loan", "grant"})
_WHY = "the main contractor of the deal told before: a subcontract is bought by its prime"


def _start(deal: DealBuild) -> int:
    if deal.value is not None:
        return deal.value.start
    return min((s for s, _e in deal.evidence), default=-1)


def _sentence(text: str, at: int) -> str:
    """The sentence (or line) around ``at``."""
    stop = text.rfind(". ", 0, at)
    first = max(text.rfind("\n", 0, at) + 1, stop + 2 if stop >= 0 else 0)
    ends = [e for e in (text.find(". ", at), text.find("\n", at)) if e >= 0]
    return text[first : min(ends) if ends else len(text)]


def is_subcontract(text: str, deal: DealBuild) -> bool:
    """Whether the deal's own sentence tells a subcontract or a work share."""
    at = _start(deal)
    if at < 0 or deal.kind in _MONEY_KINDS:
        return False
    sentence = _sentence(text, at)
    return bool(_SUB.search(sentence)) and not _MAIN.search(sentence)


def _prime(text: str, found: Found, deal: DealBuild, deals: list[DealBuild]) -> str:
    """The organisation selling the article's first deal, told before the subcontract: the
    main contract leads ("Prime contractor: X" in a fact box, "X won the $200m order"); a
    nearer deal may be another one entirely (a launch booked with another company)."""
    at = _start(deal)
    before = [
        d
        for d in deals
        if d is not deal
        and d.kind not in _MONEY_KINDS
        and 0 <= _start(d) < at
        and not is_subcontract(text, d)
    ]
    if not before:
        return ""
    main = min(before, key=_start)
    actor = next((a for a in found.actors.values() if a.name == main.seller), None)
    return main.seller if actor is not None and actor.type == "organization" else ""


def subcontract_sides(text: str, found: Found, deals: list[DealBuild]) -> None:
    """Give a subcontract with no buyer, or a public body as its buyer (a state, a ministry,
    a navy), the main deal's seller."""
    if "ontract" not in text and "share" not in text:
        return
    public = {a.name for a in found.actors.values() if is_government(a)}
    for deal in deals:
        if deal.kind in NO_PARTY_KINDS or not is_subcontract(text, deal):
            continue
        if deal.buyer and deal.buyer not in public:
            continue
        prime = _prime(text, found, deal, deals)
        if not prime:
            if deal.buyer:
                deal.buyer, deal.buyer_why = "", ""
            continue
        if deal.seller == prime:
            deal.seller, deal.seller_why = "", ""
        deal.buyer, deal.buyer_why = prime, _WHY
