"""Who stands where in a deal, and a drafted title naming no party (newcomer16 N16-03, N16-06)."""

from __future__ import annotations

from briefdesk.model import Actor, Brief, Deal, DealParty
from briefdesk.model.codes import ActorType, DealKind, PartyRole
from briefdesk.review import review_brief

EU = Actor(name="European Union", type=ActorType.INTERNATIONAL_ORGANIZATION)
FIRM = Actor(name="Pelat Avionics", type=ActorType.ORGANIZATION)
TURKEY = Actor(name="Turkey", type=ActorType.STATE, country="TR")
ASELSAN = Actor(name="Aselsan", type=ActorType.ORGANIZATION, country="TR")
SEREVIA = Actor(name="Serevia", type=ActorType.STATE)


def _said(brief: Brief) -> list[str]:
    return [str(f) for f in review_brief(brief, spelling=False)]


def _party(actor: Actor, role: PartyRole) -> DealParty:
    return DealParty(actor_id=actor.id, role=role)


def test_one_actor_on_both_sides_of_a_deal_is_flagged() -> None:
    parties = [_party(EU, PartyRole.IMPOSING_PARTY), _party(EU, PartyRole.TARGET)]
    deal = Deal(title="EU sanctions", kind=DealKind.SANCTIONS, parties=parties)
    said = _said(Brief(actors=[EU], deals=[deal]))
    assert (
        "deals[0].parties[1].role: EU sanctions: European Union is both the imposing party and "
        "the target: one actor cannot be on both sides" in said
    )
    fine = deal.model_copy(update={"parties": [parties[0], _party(FIRM, PartyRole.TARGET)]})
    assert not any("both sides" in s for s in _said(Brief(actors=[EU, FIRM], deals=[fine])))


def test_a_borrower_with_no_lender_in_a_supply_deal_is_flagged() -> None:
    parties = [_party(SEREVIA, PartyRole.BORROWER), _party(FIRM, PartyRole.SELLER)]
    deal = Deal(title="LNG supply", kind=DealKind.ENERGY_SUPPLY, parties=parties)
    said = _said(Brief(actors=[SEREVIA, FIRM], deals=[deal]))
    assert (
        "deals[0].parties[0].role: LNG supply: Serevia is a borrower, but the energy supply has "
        "no lender: the buyer?" in said
    )
    financed = [*parties, _party(EU, PartyRole.LENDER)]  # a sale's financier and its borrower
    deal = deal.model_copy(update={"parties": financed})
    assert not any("borrower" in s for s in _said(Brief(actors=[SEREVIA, FIRM, EU], deals=[deal])))
    loan = Deal(title="Loan", kind=DealKind.LOAN, parties=[_party(SEREVIA, PartyRole.BORROWER)])
    assert not any("but the" in s for s in _said(Brief(actors=[SEREVIA], deals=[loan])))


def _sale(seller: Actor, title: str, drafted: str) -> Brief:
    parties = [_party(SEREVIA, PartyRole.BUYER), _party(seller, PartyRole.SELLER)]
    brief = Brief(
        actors=[SEREVIA, TURKEY, ASELSAN],
        deals=[Deal(title="Korkut systems", kind=DealKind.ARMS_SALE, parties=parties)],
    )
    brief.header.title = title
    brief.drafted = {"header.title": drafted}
    return brief


def test_a_drafted_title_naming_no_party_is_flagged_a_title_typed_is_not() -> None:
    title = "Turkey to sell Korkut air defence systems to Serevia"
    said = _said(_sale(ASELSAN, title, title))
    assert (
        "header.title: the title names Turkey, which is party to no deal: retitle the brief" in said
    )
    assert not any("party to no deal" in s for s in _said(_sale(TURKEY, title, title)))
    typed = "Turkey watches Korkut sale to Serevia"  # the user's own words: theirs
    assert not any("party to no deal" in s for s in _said(_sale(ASELSAN, typed, title)))


def test_a_deal_whose_kind_wants_sides_and_has_none_is_flagged() -> None:
    """newcomer20 N20-01/N20-02: a procurement drafted with no parties, or left with two
    signatories after its kind was changed, was exported naming no buyer or seller."""
    empty = Deal(title="Refit", kind=DealKind.PROCUREMENT)
    said = _said(Brief(deals=[empty]))
    assert (
        "deals[0].parties: Refit: a procurement contract with no buyer or seller: name its sides"
        in said
    )
    signed = [_party(FIRM, PartyRole.SIGNATORY), _party(ASELSAN, PartyRole.SIGNATORY)]
    changed = Deal(title="Launch", kind=DealKind.PROCUREMENT, parties=signed)
    said = _said(Brief(actors=[FIRM, ASELSAN], deals=[changed]))
    assert any("with no buyer or seller (its parties are only signatories)" in s for s in said)
    loan = Deal(title="Loan", kind=DealKind.LOAN)
    assert any("a loan with no borrower or lender" in s for s in _said(Brief(deals=[loan])))
    # one side named, a deal of kind "other", or a venture with its signatories: nothing said
    one = changed.model_copy(update={"parties": [_party(FIRM, PartyRole.BUYER)]})
    other = Deal(title="Deal", kind=DealKind.OTHER)
    venture = Deal(title="JV", kind=DealKind.JOINT_VENTURE, parties=signed)
    for deal in (one, other, venture):
        said = _said(Brief(actors=[FIRM, ASELSAN], deals=[deal]))
        assert not any("name its sides" in s for s in said)


def test_a_state_inside_a_partys_own_name_is_no_mention_of_the_state() -> None:
    """newcomer22 N22-10: "Sri Lanka" inside "Sri Lanka Air Force", a party, is that party."""
    state = Actor(name="Sri Lanka", type=ActorType.STATE, country="LK")
    air_force = Actor(name="Sri Lanka Air Force", type=ActorType.ORGANIZATION, country="LK")
    lessor = Actor(name="Coastline Aero Leasing", type=ActorType.ORGANIZATION)
    parties = [_party(air_force, PartyRole.BUYER), _party(lessor, PartyRole.SELLER)]
    deal = Deal(title="Patrol aircraft", kind=DealKind.PROCUREMENT, parties=parties)
    title = "Sri Lanka Air Force to lease patrol aircraft from Coastline Aero Leasing"
    brief = Brief(actors=[state, air_force, lessor], deals=[deal])
    brief.header.title = title
    brief.drafted = {"header.title": title}
    assert not any("party to no deal" in s for s in _said(brief))
    # The state named on its own, outside the party's name, is still a mention.
    own = "Sri Lanka Air Force to lease patrol aircraft for Sri Lanka from Coastline Aero Leasing"
    brief.header.title = own
    brief.drafted = {"header.title": own}
    assert (
        "header.title: the title names Sri Lanka, which is party to no deal: retitle the brief"
        in _said(brief)
    )
