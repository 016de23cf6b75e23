"""A further party joins the side its kind of body stands on (newcomer20 N20-07)."""

from __future__ import annotations

from briefdesk.editing.party_side import further_side
from briefdesk.model import Actor, Brief, Deal, DealParty
from briefdesk.model.codes import ActorType, DealKind, PartyRole

ORG = ActorType.ORGANIZATION


def _brief(
    kind: DealKind, first: tuple[Actor, PartyRole], second: tuple[Actor, PartyRole]
) -> Brief:
    parties = [DealParty(actor_id=a.id, role=r) for a, r in (first, second)]
    return Brief(actors=[first[0], second[0]], deals=[Deal(title="D", kind=kind, parties=parties)])


def test_a_company_joins_the_companies_and_a_public_body_the_public_side() -> None:
    authority = Actor(name="National Spectrum Authority", type=ORG)
    volta = Actor(name="Volta Mobile", type=ORG)
    brief = _brief(
        DealKind.CONCESSION,
        (authority, PartyRole.GRANTOR),
        (volta, PartyRole.CONCESSIONAIRE),
    )
    deal = brief.deals[0]
    company = Actor(name="Ashanti Telecom", type=ORG)
    assert further_side(brief, deal, company) == (PartyRole.CONCESSIONAIRE, PartyRole.GRANTOR)
    ministry = Actor(name="Ministry of Digital Affairs", type=ORG)
    assert further_side(brief, deal, ministry) == (PartyRole.GRANTOR, PartyRole.CONCESSIONAIRE)


def test_with_nothing_to_tell_the_receiving_side_is_proposed() -> None:
    first = Actor(name="Orvane Energy", type=ORG)
    second = Actor(name="Delmar Turbines", type=ORG)
    brief = _brief(DealKind.ARMS_SALE, (first, PartyRole.SELLER), (second, PartyRole.BUYER))
    third = Actor(name="Brask Systems", type=ORG)
    assert further_side(brief, brief.deals[0], third) == (PartyRole.BUYER, PartyRole.SELLER)
