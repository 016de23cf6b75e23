"""A BLUF cleared after the deal was put right is drafted again by Ctrl+D from the deal as it
stands, not from the source's first reading (newcomer24 N24-05)."""

from __future__ import annotations

from briefdesk.editing.bluf_follow import main_deal_bluf
from briefdesk.model import Actor, Brief, Deal, DealParty
from briefdesk.model.codes import ActorType, DealKind, PartyRole


def test_the_main_deal_as_it_stands_makes_the_bluf() -> None:
    buyer = Actor(name="Halvard Rail", type=ActorType.ORGANIZATION)
    target = Actor(name="Brnov Signal Works", type=ActorType.ORGANIZATION)
    parties = [
        DealParty(actor_id=buyer.id, role=PartyRole.BUYER),
        DealParty(actor_id=target.id, role=PartyRole.SELLER),
    ]
    deal = Deal(title="Acquisition", kind=DealKind.ACQUISITION, parties=parties)
    bluf = main_deal_bluf(Brief(actors=[buyer, target], deals=[deal]))
    assert "Halvard Rail" in bluf and "Brnov Signal Works" in bluf
    assert main_deal_bluf(Brief()) == ""
