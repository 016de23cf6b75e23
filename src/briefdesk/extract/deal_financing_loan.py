"""The loan that pays for a purchase told nearby (newcomer12 N12-07).

"The order is financed by a loan from a consortium of French banks led by Banque Sorel", "the
frigates will be paid for with an export credit from Nordvik Bank": a loan with no amount, so
the amount-anchored pass never reads it, and the unpriced pass looks for contract nouns and
goods. The lender is the bank after "from" (the one that leads a consortium, when one does);
the borrower is the buyer of the purchase the sentence or the one before it tells. Only added
when no loan from that lender is read already.
"""

from __future__ import annotations

import bisect

from briefdesk.extract import rx as re
from briefdesk.extract.deal_kinds import PARTY_TYPES, DealBuild
from briefdesk.extract.deal_more import MONEYISH
from briefdesk.extract.resolver import Found
from briefdesk.extract.text import Sentence

_FINANCED = re.compile(
    r"\b(?:financed|funded|paid\s+for|backed|covered)\s+(?:by|with|through|under)\s+"
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:loan|credit|credit\s+line|credit\s+facility|"
    r"financing\s+package)\s+(?:[^.;]{0,40}?\s)?from\s+",
    re.IGNORECASE,
)
_LED_BY = re.compile(r"[^.;]{0,80}?\bled\s+by\s+(?:the\s+)?", re.IGNORECASE)
# A demonym, then lower-case words, then the name: "from Italian state lender Cassa Export
# Italia" (newcomer14 N14-04): the name lends, not the state.
_DESCRIBED = re.compile(r"(?:\s+[a-z][\w-]*){1,3}\s+(?:the\s+)?$")
_WHY = "a loan that pays for the purchase told beside it"


def financing_loans(
    text: str, found: Found, sents: list[Sentence], deals: list[DealBuild]
) -> list[DealBuild]:
    """``deals`` with a loan added for each purchase "financed by a loan from X"."""
    if "financ" not in text and "paid for" not in text and "funded" not in text:
        return deals
    mentions = sorted(found.mentions)
    added: list[DealBuild] = []
    for index, sentence in enumerate(sents):
        match = _FINANCED.search(sentence.text)
        if match is None or MONEYISH.search(sentence.text):
            continue  # (a loan with its amount is the amount pass's to read)
        at = sentence.start + match.end()
        led = _LED_BY.match(text, at, sentence.end)
        lender = _party_at(text, found, mentions, led.end() if led else at, sentence.end)
        if not lender or any(d.kind == "loan" and d.seller == lender for d in deals + added):
            continue
        buyer = _buyer_before(deals, sents, index)
        loan = DealBuild(kind="loan", value=None, seller=lender, buyer=buyer, rule="deal.financing")
        loan.seller_why = "after 'from'" + (" and 'led by'" if led else "")
        if buyer:
            loan.buyer_why = "the buyer of the purchase the loan pays for"
        loan.evidence = [(sentence.start, sentence.end)]
        loan.sentence_index = index
        added.append(loan)
    return deals + added if added else deals


def _party_at(
    text: str, found: Found, mentions: list[tuple[int, int, str]], start: int, end: int
) -> str:
    """The party named first at or after ``start`` (within a few words), the longest there; a
    state's possessive names its body instead ("from Spain's Banco Castellano")."""
    at = bisect.bisect_left(mentions, (start, -1, ""))
    best: tuple[int, int, str] | None = None
    for m_start, m_end, key in mentions[at:]:
        if m_start >= end or m_start > start + 60:
            break
        if best is not None and m_start >= best[1]:
            described = (  # "Italian state lender X": a demonym, not the state's name
                text[best[0] : best[1]] != found.actors[best[2]].name
                and _DESCRIBED.match(text, best[1], m_start)
            )
            if text[best[1] : best[1] + 2] not in ("'s", "’s") and not described:
                break
            best = None  # "Spain's Banco Castellano": the bank lends, not the state
        actor = found.actors.get(key)
        party = actor is not None and actor.type in PARTY_TYPES
        if party and (best is None or (m_start == best[0] and m_end > best[1])):
            best = (m_start, m_end, key)
    return found.actors[best[2]].name if best else ""


def _buyer_before(deals: list[DealBuild], sents: list[Sentence], index: int) -> str:
    """The buyer of a purchase told in this sentence or the one before."""
    window = (sents[max(0, index - 1)].start, sents[index].end)
    for deal in deals:
        if deal.kind in {"loan", "grant"} or not deal.buyer:
            continue
        if any(window[0] <= start < window[1] for start, _end in deal.evidence):
            return deal.buyer
    return ""


party_at = _party_at  # read by deal_awards: the party named at a position
