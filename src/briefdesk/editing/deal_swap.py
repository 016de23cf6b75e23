"""Swap the two sides of a deal: buyer ⇄ seller, lender ⇄ borrower, grantor ⇄ concessionaire,
payer ⇄ payee, imposing party ⇄ target (newcomer14 N14-34).

A draft that read a deal backwards ("Kenya lends to Sahel Ports Group") cost about fifteen
mouse actions to put right, party by party; one command turns every side role into its
opposite and leaves the other roles (signatory, guarantor, intermediary) as they are.
"""

from __future__ import annotations

from briefdesk.model import Brief, Deal, DealParty
from briefdesk.model.codes import PartyRole, role_words

_PAIRS = (
    (PartyRole.BUYER, PartyRole.SELLER),
    (PartyRole.LENDER, PartyRole.BORROWER),
    (PartyRole.GRANTOR, PartyRole.CONCESSIONAIRE),
    (PartyRole.PAYER, PartyRole.PAYEE),
    (PartyRole.IMPOSING_PARTY, PartyRole.TARGET),
)
OPPOSITE: dict[PartyRole, PartyRole] = {
    **{a: b for a, b in _PAIRS},
    **{b: a for a, b in _PAIRS},
}


def swapped_parties(deal: Deal) -> list[DealParty] | None:
    """The deal's parties with every side role turned over; None when no party has a side."""
    if not any(p.role in OPPOSITE for p in deal.parties):
        return None
    return [p.model_copy(update={"role": OPPOSITE.get(p.role, p.role)}) for p in deal.parties]


def swap_summary(brief: Brief, parties: list[DealParty]) -> str:
    """“Hanseong is now the lender, Litio Pocitos the borrower” for the status line."""
    said = []
    for party in parties:
        if party.role in OPPOSITE:
            actor = brief.actor(party.actor_id)
            name = actor.name if actor is not None else party.actor_id
            said.append(f"{name} the {role_words(party.role).lower()}")
    return ", ".join(said)
