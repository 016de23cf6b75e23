"""A deal read from selected words (newcomer16 N16-01/07/08): kind, sides, status, blanks."""

from __future__ import annotations

import pytest

from briefdesk.editing.deal_from_text import deal_from_selection
from briefdesk.model import Actor, Brief, Deal, Source
from briefdesk.model.codes import ActorType, DealKind, DealStatus

TEXT = (
    "Lorvia Holdings signed a loan with the Brenn Bank. "
    "The port runs under a 25-year concession granted by the Kessa Harbour Board in 2021. "
    "The Union of Osterland on Monday adopted sanctions against Vantor Dynamics, "
    "Helio Parts and the state-owned Vantor Arms Group. "
    "Construction works will be carried out by Ostrava Dredging, which won the contract. "
    "The weather was mild and nobody said anything."
)


def _brief() -> tuple[Brief, Source]:
    source = Source(title="Made up", text=TEXT)
    holdings = Actor(name="Lorvia Holdings", type=ActorType.ORGANIZATION, aliases=["the port"])
    brief = Brief(sources=[source], actors=[holdings], deals=[Deal(kind=DealKind.LOAN)])
    return brief, source


def _read(sentence: str):  # type: ignore[no-untyped-def]
    brief, source = _brief()
    start = TEXT.index(sentence)
    made = deal_from_selection(brief, source, start, start + len(sentence))
    names = {a.id: a.name for a in [*brief.actors, *made.new_actors]}
    sides = {names[p.actor_id]: p.role.value for p in made.deal.parties}
    return made, sides


def test_a_concession_the_brief_lacks_with_both_sides() -> None:
    made, sides = _read(TEXT.split(". ")[1])
    assert made.deal.kind == DealKind.CONCESSION  # not the loan the brief already holds
    assert sides == {"Kessa Harbour Board": "grantor"}
    assert made.deal.status == DealStatus.SIGNED
    assert [a.name for a in made.new_actors] == ["Kessa Harbour Board"]
    assert made.deal.evidence[0].quote == TEXT.split(". ")[1]
    assert "concessionaire not found" in made.summary()


def test_listed_targets_join_the_side_of_the_name_they_are_listed_with() -> None:
    sentence = TEXT[TEXT.index("The Union") : TEXT.index("Group.") + 5]
    made, sides = _read(sentence)
    assert made.deal.kind == DealKind.SANCTIONS
    assert sides["Union of Osterland"] == "imposing_party"
    for target in ("Vantor Dynamics", "Helio Parts", "Vantor Arms Group"):
        assert sides[target] == "target", sides
    assert made.missing == []
    # Round 20: titled by its sides, every target named, as a draft titles a brief.
    assert made.deal.title == (
        "Union of Osterland sanctions on Vantor Dynamics, Helio Parts and Vantor Arms Group"
    )


def test_a_works_contract_names_its_contractor_and_says_the_client_is_missing() -> None:
    made, sides = _read(
        "Construction works will be carried out by Ostrava Dredging, which won the contract"
    )
    assert sides == {"Ostrava Dredging": "contractor"}
    assert made.missing == ["client"]
    assert "client not found — select it and use Use as deal buyer" in made.summary()


def test_words_with_no_deal_still_give_a_blank_deal() -> None:
    made, sides = _read("The weather was mild and nobody said anything")
    assert made.deal.kind == DealKind.OTHER and sides == {} and made.deal.value is None
    assert made.deal.title == "Deal"
    assert made.deal.status == DealStatus.REPORTED


def test_a_memorandum_signed_by_two_ministers_has_them_as_signatories() -> None:
    text = "The memorandum was signed by the Foreign Ministers Anna Brekke and Omar Sayed."
    source = Source(title="Made up", text=text)
    brief = Brief(sources=[source], actors=[Actor(name="Omar Sayed", type=ActorType.PERSON)])
    made = deal_from_selection(brief, source, 0, len(text))
    names = {a.id: a.name for a in [*brief.actors, *made.new_actors]}
    assert made.deal.kind == DealKind.MOU
    assert made.deal.title == "MoU between Anna Brekke and Omar Sayed"  # no "to" (N18-03)
    assert {names[p.actor_id]: p.role.value for p in made.deal.parties} == {
        "Anna Brekke": "signatory",
        "Omar Sayed": "signatory",
    }
    assert made.missing == []


def test_an_amount_in_the_words_becomes_the_value() -> None:
    text = "Velmora will buy six patrol boats for $120 million from Ardent Yards."
    source = Source(title="Made up", text=text)
    made = deal_from_selection(Brief(sources=[source]), source, 0, len(text))
    assert made.deal.value is not None and made.deal.value.currency == "USD"
    assert made.deal.value.amount == 120_000_000


@pytest.mark.parametrize(("start", "end"), [(5, 5), (-1, 3), (0, 10_000)])
def test_no_words_is_an_error(start: int, end: int) -> None:
    brief, source = _brief()
    with pytest.raises(ValueError, match="no words selected"):
        deal_from_selection(brief, source, start, end)


def _read_alone(sentence: str):  # type: ignore[no-untyped-def]
    import datetime

    source = Source(
        title="Made up", text=f"Notes.\n\n{sentence}\n", published=datetime.date(2026, 11, 27)
    )
    brief = Brief(sources=[source])
    start = source.text.index(sentence)
    made = deal_from_selection(brief, source, start, start + len(sentence))
    names = {a.id: (a.name, a.type.value, a.country) for a in made.new_actors}
    return made, {names[p.actor_id]: p.role.value for p in made.deal.parties}


def test_a_states_possessive_owns_the_concessionaire_and_a_place_is_no_side() -> None:
    """N19-04: "granted Spain's X a concession … at Y, signed by … on 25 November"."""
    made, sides = _read_alone(
        "The Ministry of Mines granted Norway's Fjellvik Kraft a 20-year concession to drill "
        "for lithium at Qarvessa, signed by Mines Minister Tomas Ekhart on 25 November."
    )
    assert sides[("Fjellvik Kraft", "organization", "NO")] == "concessionaire"
    assert sides[("Ministry of Mines", "organization", "")] == "grantor"
    assert not any(name == "Qarvessa" for name, _t, _c in sides), sides
    assert made.deal.dates.signed is not None and made.deal.dates.signed.isoformat() == "2026-11-25"


def test_a_possessive_before_lower_case_words_owns_no_name_and_a_plain_place_word_is_kept() -> None:
    made, sides = _read_alone(
        "Norway's energy ministry granted a 20-year concession to Fjellvik Kraft near the coast."
    )
    assert sides.get(("Fjellvik Kraft", "organization", "")) == "concessionaire", sides
    assert made.deal.dates.signed is None
