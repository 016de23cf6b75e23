"""Replacing the actor on one side of a deal, the drafted words following (newcomer16 N16-03)."""

from __future__ import annotations

from briefdesk.editing.edits import apply_edits
from briefdesk.editing.party_replace import held_by_other, replace_edits
from briefdesk.model import Actor, Brief, Deal, DealParty
from briefdesk.model.codes import ActorType, DealKind, PartyRole

TURKEY = Actor(name="Turkey", type=ActorType.STATE, country="TR")
ASELSAN = Actor(name="Aselsan", type=ActorType.ORGANIZATION)
SEREVIA = Actor(name="Serevia", type=ActorType.STATE)
TITLE = "Turkey to sell Korkut air defence systems to Serevia"
BLUF = "Turkey has signed a deal to sell four Korkut systems to Serevia."


def _brief(title: str = TITLE, bluf: str = BLUF) -> Brief:
    parties = [
        DealParty(actor_id=SEREVIA.id, role=PartyRole.BUYER),
        DealParty(actor_id=TURKEY.id, role=PartyRole.SELLER),
    ]
    deal = Deal(title="Turkey Korkut sale", kind=DealKind.ARMS_SALE, parties=parties)
    brief = Brief(actors=[SEREVIA, TURKEY, ASELSAN], deals=[deal], bluf=bluf)
    brief.header.title = title
    brief.drafted = {"header.title": TITLE, "bluf": BLUF}
    return brief


def test_the_side_held_by_another_actor_is_found_a_shared_role_is_not() -> None:
    deal = _brief().deals[0]
    assert held_by_other(deal, PartyRole.SELLER, ASELSAN.id) == 1
    assert held_by_other(deal, PartyRole.SELLER, TURKEY.id) is None  # already its own
    assert held_by_other(deal, PartyRole.GUARANTOR, ASELSAN.id) is None  # none yet
    signed = deal.model_copy(update={"parties": [DealParty(actor_id=TURKEY.id, role="signatory")]})
    assert held_by_other(signed, PartyRole.SIGNATORY, ASELSAN.id) is None  # signatories share


def test_replacing_the_seller_the_drafted_title_and_bluf_follow() -> None:
    brief = _brief()
    after = apply_edits(brief, replace_edits(brief, 0, 1, ASELSAN.id))
    deal = after.deals[0]
    roles = {after.actor(p.actor_id).name: p.role for p in deal.parties}  # type: ignore[union-attr]
    assert roles == {"Serevia": PartyRole.BUYER, "Aselsan": PartyRole.SELLER}
    assert deal.title == "Aselsan Korkut sale"
    assert after.header.title == "Aselsan to sell Korkut air defence systems to Serevia"
    assert after.bluf == "Aselsan has signed a deal to sell four Korkut systems to Serevia."
    assert after.drafted == {"header.title": after.header.title, "bluf": after.bluf}
    assert [a.name for a in after.actors] == ["Serevia", "Turkey", "Aselsan"]  # Turkey kept


def test_a_title_or_bluf_the_user_wrote_is_left_alone() -> None:
    mine = "Turkey loses out as Serevia picks Korkut"
    brief = _brief(title=mine, bluf="My own words about Turkey.")
    after = apply_edits(brief, replace_edits(brief, 0, 1, ASELSAN.id))
    assert after.header.title == mine and after.bluf == "My own words about Turkey."
