"""New deal from selection: people who sign for a side are no side, the actors it adds carry
the suggestion's role and affiliation, and a body's home state in an apposition is no side
(round 23, newcomer22's leftovers 1 and 2). Made-up sentences, with negatives."""

from __future__ import annotations

from briefdesk.editing.deal_from_text import deal_from_selection
from briefdesk.extract import extract_text
from briefdesk.model import Actor, Brief, Source
from briefdesk.model.codes import ActorType

_HEAD = "Fisheries news\n\nPraia, 3 March 2026 - "
_LICENCE = (
    "The Ministry of Maritime Economy has granted a two-year fishing licence to Kuiper Pelagic "
    "Trawlers BV for four freezer trawlers."
)


def _made(selected: str, before: str = "", actors: list[Actor] | None = None) -> tuple[
    dict[str, str], list[Actor]
]:
    text = _HEAD + before + selected + "\n"
    source = Source(title="Made up", text=text)
    brief = Brief(sources=[source], actors=actors or [])
    start = text.index(selected)
    made = deal_from_selection(
        brief, source, start, start + len(selected), extraction=extract_text(text)
    )
    names = {a.id: a.name for a in [*brief.actors, *made.new_actors]}
    return {names[p.actor_id]: p.role.value for p in made.deal.parties}, made.new_actors


def test_the_company_s_signer_is_no_party_of_the_licence() -> None:
    sides, new = _made(
        _LICENCE + " The licence was signed by Joost Kramer, managing director of Kuiper "
        "Pelagic Trawlers BV."
    )
    assert sides == {
        "Ministry of Maritime Economy": "grantor",
        "Kuiper Pelagic Trawlers BV": "concessionaire",
    }
    assert "Joost Kramer" not in {a.name for a in new}


def test_the_minister_who_signs_for_the_ministry_is_no_party() -> None:
    sides, _new = _made(
        "The Ministry of Maritime Economy of Cabo Verde has signed a fisheries access agreement "
        "with Kuiper Pelagic Trawlers BV, granting the company the right to fish. The agreement "
        "was signed by the minister, Abraao Vicente, and by Joost Kramer, managing director of "
        "Kuiper Pelagic Trawlers BV."
    )
    assert sides == {
        "Ministry of Maritime Economy": "grantor",
        "Kuiper Pelagic Trawlers BV": "concessionaire",
    }


def test_a_body_s_home_state_in_an_apposition_is_no_side() -> None:
    sides, _new = _made(
        "The Ministry of Mines of Mozambique has granted a seabed access agreement to Noordkust "
        "Dredging BV, a company of the Netherlands, for three sand blocks."
    )
    assert "Netherlands" not in sides
    assert sides.get("Noordkust Dredging BV") == "concessionaire"


def test_a_state_that_is_a_side_after_a_comma_stays() -> None:
    sides, _new = _made("Kenya signed a deal to buy two patrol boats from the Netherlands.")
    assert sides.get("Netherlands") == "seller"


def test_a_new_person_carries_role_affiliation_and_country() -> None:
    from briefdesk.editing.actor_suggested import suggested_actor

    text = _HEAD + "Joost Kramer, managing director of Kuiper Pelagic Trawlers BV, said so.\n"
    person = next(a for a in extract_text(text).actors if a.name == "Joost Kramer")
    actor = suggested_actor(person, Brief())
    assert (actor.role, actor.affiliation) == ("managing director", "Kuiper Pelagic Trawlers BV")
    assert actor.evidence == []


def test_memorandum_signatories_stay_people() -> None:
    sides, _new = _made(
        "The memorandum was signed by the Foreign Minister of Kenya, Ali Omar, and the Foreign "
        "Minister of Ghana, Kofi Mensah, in Accra."
    )
    assert sides.get("Ali Omar") == "signatory" and sides.get("Kenya") == "signatory"


def test_a_person_whose_body_is_no_side_stays_a_side() -> None:
    from briefdesk.editing.deal_signers import without_signers
    from briefdesk.model import DealParty
    from briefdesk.model.codes import PartyRole

    firm = Actor(name="Atlas Fisheries", type=ActorType.ORGANIZATION, country="PT")
    person = Actor(
        name="Joost Kramer", type=ActorType.PERSON, affiliation="Kuiper Pelagic", country="NL"
    )
    parties = [
        DealParty(actor_id=person.id, role=PartyRole.BUYER),
        DealParty(actor_id=firm.id, role=PartyRole.SELLER),
    ]
    kept, new = without_signers(Brief(), parties, [person, firm])
    assert kept == parties and new == [person, firm]
    signer = person.model_copy(update={"affiliation": "Atlas Fisheries"})
    kept, new = without_signers(Brief(), parties, [signer, firm])
    assert [p.actor_id for p in kept] == [firm.id] and new == [firm]


def test_a_businessman_of_the_seller_s_country_stays_a_side() -> None:
    from briefdesk.editing.deal_signers import without_signers
    from briefdesk.model import DealParty
    from briefdesk.model.codes import PartyRole

    firm = Actor(name="Atlas Fisheries", type=ActorType.ORGANIZATION, country="PT")
    buyer = Actor(name="Rui Costa", type=ActorType.PERSON, role="businessman", country="PT")
    parties = [
        DealParty(actor_id=buyer.id, role=PartyRole.BUYER),
        DealParty(actor_id=firm.id, role=PartyRole.SELLER),
    ]
    assert without_signers(Brief(), parties, [buyer, firm]) == (parties, [buyer, firm])
    minister = buyer.model_copy(update={"role": "Minister of the Sea"})
    kept, _new = without_signers(Brief(), parties, [minister, firm])
    assert [p.actor_id for p in kept] == [firm.id]
