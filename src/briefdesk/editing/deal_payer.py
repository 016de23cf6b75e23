"""Who pays, when a deal read as money given is turned into rights or goods bought (N22-03).

A grant's donor and a loan's lender give money; a concession's concessionaire, a buyer and a
client pay it. A kind change keeps each side in its slot (a licence misread as a loan: the
commission "lends", the firm "borrows": grantor and concessionaire), unless the deal's own
words say the giver *pays* ("In return, Senegal will pay a financial contribution of EUR 6.5
million a year"): then the money was a fee for the rights, and the payer is the one who
receives them (Grant → Concession made Cabo Verde the concessionaire of its own waters).
"""

from __future__ import annotations

import re

from briefdesk.model import Brief, Deal, DealParty
from briefdesk.model.codes import DealKind, deal_sides

# Kinds whose giving side hands over money; kinds whose receiving side pays for what it gets.
MONEY_GIVEN = frozenset({DealKind.GRANT, DealKind.LOAN})
PAID_FOR = frozenset(
    {
        DealKind.CONCESSION,
        DealKind.ARMS_SALE,
        DealKind.PROCUREMENT,
        DealKind.CONSTRUCTION,
        DealKind.ENERGY_SUPPLY,
        DealKind.ACQUISITION,
    }
)
_PAYS = (
    r"(?:(?:will|shall|would|is\s+to|are\s+to|has\s+agreed\s+to|agreed\s+to)\s+)?"
    r"(?:pay|pays|paid|contributes?|contributed)\b"
)


def giver_pays(brief: Brief, deal: Deal) -> bool:
    """Whether the deal's own words make its giving side the subject of a payment ("Senegal
    will pay", "the company pays"): its money is a price or fee, not a gift or a loan."""
    if deal.kind not in MONEY_GIVEN:
        return False
    gives = deal_sides(deal.kind)[1]
    names = []
    for party in deal.parties:
        actor = brief.actor(party.actor_id)
        if party.role == gives and actor is not None:
            names += [actor.name, *actor.aliases]
    words = " ".join(span.quote for span in deal.evidence)
    return any(
        re.search(rf"(?<!\w){re.escape(name)}(?:'s)?\s+{_PAYS}", words)
        for name in names
        if name.strip()
    )


def payer_turned(parties: list[DealParty], old: DealKind, kind: DealKind) -> list[DealParty]:
    """``parties`` (already in ``kind``'s roles) with its two sides turned over, for a change
    from money given (``old``) to a kind whose receiving side pays."""
    if old not in MONEY_GIVEN or kind not in PAID_FOR:
        return parties
    receives, gives = deal_sides(kind)
    turn = {receives: gives, gives: receives}
    return [p.model_copy(update={"role": turn.get(p.role, p.role)}) for p in parties]
