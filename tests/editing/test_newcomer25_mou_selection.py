"""An agreement read from a selection has signatories (newcomer25 N25-12): the names listed
before its signing verb and the one it is signed "with"; a state after "of the" is the body's
home; a side not found points to Use as deal party."""

from __future__ import annotations

from briefdesk.editing.deal_from_text import DealFromText, deal_from_selection
from briefdesk.model import Brief, Source
from briefdesk.model.codes import DealKind


def _read(text: str) -> tuple[DealFromText, dict[str, str], dict[str, str]]:
    source = Source(title="Made up", text=text)
    brief = Brief(sources=[source])
    made = deal_from_selection(brief, source, 0, len(text))
    actors = {a.id: a for a in made.new_actors}
    sides = {
        f"{actors[p.actor_id].name}/{actors[p.actor_id].country}": p.role.value
        for p in made.deal.parties
    }
    countries = {a.name: a.country for a in made.new_actors}
    return made, sides, countries


def test_two_ministries_of_named_republics_sign_a_memorandum() -> None:
    made, sides, _ = _read(
        "The Ministry of Energy of the Republic of Moldova and the Ministry of Economy of "
        "Romania signed a memorandum of understanding on gas storage."
    )
    assert made.deal.kind == DealKind.MOU
    assert sides == {"Ministry of Energy/MD": "signatory", "Ministry of Economy/RO": "signatory"}
    assert made.missing == []
    assert "not found" not in made.summary()


def test_the_body_it_is_signed_with_signs_too_and_keeps_its_own_country() -> None:
    _made, sides, _ = _read(
        "The Ministry of Defence of Estonia signed a memorandum of understanding with the "
        "Ministry of Defence of Latvia on ammunition."
    )
    assert sides == {"Ministry of Defence/EE": "signatory", "Ministry of Defence/LV": "signatory"}


def test_a_joint_venture_of_two_firms_listed_before_formed() -> None:
    made, sides, _ = _read(
        "Kestrel Motors Ltd and Banvor Industries AG formed a joint venture to build buses."
    )
    assert made.deal.kind == DealKind.JOINT_VENTURE
    assert set(sides.values()) == {"signatory"} and len(sides) == 2


def test_an_agreement_with_no_names_points_to_use_as_deal_party() -> None:
    made, sides, _ = _read("The two sides signed a memorandum of understanding on tourism.")
    assert sides == {}
    assert "signatories not found — select one and use Use as deal party (Ctrl+Alt+R)" in (
        made.summary()
    )
    assert "deal buyer" not in made.summary()


def test_near_miss_a_sale_keeps_buyer_and_its_hint() -> None:
    """A sale is no agreement signed alike: its sides and its hint stay as they were."""
    made, sides, _ = _read("Orlan Dynamics sold 12 patrol boats.")
    assert sides == {"Orlan Dynamics/": "seller"}
    assert "buyer not found — select it and use Use as deal buyer (Ctrl+Alt+B)" in made.summary()


def test_near_miss_a_state_that_signs_is_no_home() -> None:
    """ "X and Kazakhstan signed": the state is listed with "and", not "of", so it signs."""
    _made, sides, _ = _read(
        "Kestrel Motors Ltd and the Republic of Kazakhstan signed a memorandum of "
        "understanding on bus assembly."
    )
    assert len(sides) == 2 and set(sides.values()) == {"signatory"}


def test_near_miss_an_mou_to_supply_keeps_its_direction() -> None:
    """ "A signed an MoU to supply gas to B": "to" gave B the side that receives, so A, the
    signer, is the side that gives, not a signatory beside a buyer."""
    _made, sides, _ = _read(
        "Kestrel Energy Ltd signed a memorandum of understanding to supply gas to Banvor "
        "Utilities AG."
    )
    assert sides == {"Kestrel Energy Ltd/": "seller", "Banvor Utilities AG/": "buyer"}
