"""The borrower of a priced loan or grant that pays for a purchase told just before (round 14).

News tells a purchase and then how it is paid for, the loan's sentence pointing back to it:
"The purchase will be financed with a $250 million loan from Banco Cantábrico, guaranteed by
Spain's export credit agency", "The works are paid for by a KSh 1.5 billion grant from
Denmark". The money goes to whoever makes the purchase: the loan's borrower (or the grant's
recipient) is the buyer of the deal told in the two sentences before. The sentence's subject
must name no body ("The purchase", "The works", "It"); a borrower the sentence names stays,
one read from elsewhere gives way. The
unpriced form ("financed by a loan from X", no amount) is ``deal_financing_loan``'s.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.resolver import Found

# "... will be financed with a $250 million", "are paid for by a KSh 1.5 billion": the words
# just before the amount.
_PAID_WITH = re.compile(
    r"\b(?:financed|funded|paid\s+for|covered|met)\s+(?:in\s+part\s+|partly\s+|mainly\s+)?"
    r"(?:by|with|through|from)\s+(?:a|an)\s+(?:new\s+|separate\s+)?$",
    re.IGNORECASE,
)
_BODIES = frozenset({"organization", "international_organization", "state"})
_REACH = 500  # characters back to the purchase's sentence
_WHY = "the buyer of the purchase the money pays for"


def _subject_names_nobody(text: str, found: Found, start: int, verb: int) -> bool:
    return not any(
        start <= m_start < verb and found.actors[key].type in _BODIES
        for m_start, _end, key in found.mentions
    )


def _named_in(found: Found, name: str, start: int, end: int) -> bool:
    return any(
        start <= m_start < end and found.actors[key].name == name
        for m_start, _end, key in found.mentions
    )


def paid_with(text: str, found: Found, deals: list[DealBuild]) -> None:
    """Give a loan or grant told as paying for the purchase before it that purchase's buyer."""
    if "financed" not in text and "paid for" not in text and "funded" not in text:
        return
    for deal in deals:
        if deal.kind not in {"loan", "grant"} or deal.value is None:
            continue
        at = deal.value.start
        stop = text.rfind(". ", 0, at)
        line = max(text.rfind("\n", 0, at) + 1, stop + 2 if stop >= 0 else 0)
        paid = _PAID_WITH.search(text, max(line, at - 80), at)
        if paid is None or not _subject_names_nobody(text, found, line, paid.start()):
            continue
        end = text.find(". ", at)
        if deal.buyer and _named_in(found, deal.buyer, line, end if end >= 0 else len(text)):
            continue  # a borrower the loan's own sentence names stays
        before = [
            d
            for d in deals
            if d.kind not in {"loan", "grant"}
            and d.buyer
            and d.buyer != deal.seller
            and any(line - _REACH <= s < line for s, _e in d.evidence)
        ]
        if before:
            purchase = max(before, key=lambda d: max(s for s, _e in d.evidence if s < line))
            deal.buyer, deal.buyer_why = purchase.buyer, _WHY
