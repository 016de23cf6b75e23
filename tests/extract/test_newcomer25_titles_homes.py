"""Actors' details in a ministry release and a wire (newcomer24 N24-13, N24-04; round 25): a
remit after a body's acronym is the title's, not the body's name; a region inside a title's
remit is no place; a demonym or a capital before a descriptive noun gives the company its
country. Invented sentences, with near-miss negatives."""

from __future__ import annotations

from briefdesk.extract import extract_text


def _actors(text: str) -> dict[str, tuple[str, str]]:
    return {a.name: (a.type, a.affiliation) for a in extract_text(text).actors}


def _places(text: str) -> set[str]:
    return {p.name for p in extract_text(text).places}


def test_a_remit_after_an_acronym_is_no_part_of_the_body() -> None:
    text = (
        "The contract was signed by the Vice-President of NGC for Marketing, Oskar Lindqvist, "
        "in Riga."
    )
    actors = _actors(text)
    assert "NGC for Marketing" not in actors
    assert actors["Oskar Lindqvist"][1] == "NGC"


def test_a_remit_after_a_body_named_before_is_the_titles() -> None:
    text = (
        "The Nordic Gas Company (NGC) will deliver gas. The contract was signed by the "
        "Vice-President of NGC for Sales and Trading, Oskar Lindqvist."
    )
    assert _actors(text)["Oskar Lindqvist"][1] == "Nordic Gas Company"


def test_a_body_whose_name_holds_for_keeps_it() -> None:
    text = "The Director of the Agency for Energy Efficiency, Oskar Lindqvist, spoke."
    assert "Agency for Energy Efficiency" in extract_text(text).actors[0].role


def test_a_region_in_a_titles_remit_is_no_place() -> None:
    text = (
        "The loan was signed by the NIB Regional Director for Central Asia and the Caucasus, "
        "Oskar Lindqvist, in Riga."
    )
    assert "Caucasus" not in _places(text)


def test_a_region_where_things_happen_stays_a_place() -> None:
    assert "Caucasus" in _places("Pipeline gas reaches the Caucasus, officials said.")


def test_a_demonym_before_a_specialist_gives_the_company_its_country() -> None:
    text = (
        "Italian rail group Ferrovia Nord agreed to buy Polish signalling specialist Wisla "
        "Signal Systems for 300 million euros."
    )
    assert _actors(text)["Wisla Signal Systems"] == ("organization", "Poland")


def test_a_capital_before_an_operator_gives_the_company_its_country() -> None:
    text = "On Monday the Warsaw tram operator Tramwaje Stoleczne cancelled a contract."
    assert _actors(text)["Tramwaje Stoleczne"] == ("organization", "Poland")


def test_a_person_described_as_a_specialist_gets_no_company() -> None:
    text = "Polish security specialist Jan Kowalski said the contract was cancelled."
    actors = _actors(text)
    assert actors.get("Jan Kowalski", ("person", ""))[0] == "person"


def test_a_lender_described_by_its_city_stays_the_lender() -> None:
    # (a guard: the city gives the bank its country; the state of that country, guessed as the
    # borrower, must not make the lender drop out as "one party" with it)
    text = (
        "DAKAR - Most of the money comes from Italy. Senegal's Finance Minister Awa Ndiaye "
        "signed a loan of 40 million euros with the Milan lender Banca Lombarda Sud on Monday, "
        "with cover from SACE, the Italian export credit agency."
    )
    loans = [d for d in extract_text(text).deals if d.kind == "loan"]
    assert loans and loans[0].seller == "Banca Lombarda Sud"
    assert loans[0].buyer != "Italy"
