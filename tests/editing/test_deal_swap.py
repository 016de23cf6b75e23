"""Swap sides turns every side role over, for every kind, and leaves the rest (N14-34)."""

from __future__ import annotations

import pytest

from briefdesk.editing.deal_swap import swap_summary, swapped_parties
from briefdesk.model import Actor, Brief, Deal, DealParty
from briefdesk.model.codes import DealKind, PartyRole, deal_sides, party_roles


@pytest.mark.parametrize("kind", list(DealKind))
def test_every_kinds_two_sides_swap(kind: DealKind) -> None:
    first, second = party_roles(kind)[:2]
    deal = Deal(
        kind=kind,
        parties=[
            DealParty(actor_id="act-a", role=first),
            DealParty(actor_id="act-b", role=second),
            DealParty(actor_id="act-c", role=PartyRole.SIGNATORY),
        ],
    )
    swapped = swapped_parties(deal)
    assert swapped is not None
    assert [p.role for p in swapped] == [second, first, PartyRole.SIGNATORY]
    assert set(deal_sides(kind)) <= {p.role for p in swapped} | {first, second}


def test_no_side_roles_nothing_to_swap() -> None:
    deal = Deal(parties=[DealParty(actor_id="act-a", role=PartyRole.GUARANTOR)])
    assert swapped_parties(deal) is None


def test_summary_names_each_side() -> None:
    uae = Actor(name="United Arab Emirates")
    kenya = Actor(name="Kenya")
    deal = Deal(
        kind=DealKind.LOAN,
        parties=[
            DealParty(actor_id=kenya.id, role=PartyRole.LENDER),
            DealParty(actor_id=uae.id, role=PartyRole.BORROWER),
        ],
    )
    brief = Brief(actors=[uae, kenya], deals=[deal])
    swapped = swapped_parties(deal)
    assert swapped is not None
    assert swap_summary(brief, swapped) == "Kenya the borrower, United Arab Emirates the lender"
