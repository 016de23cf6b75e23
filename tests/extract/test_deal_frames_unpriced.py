"""Deal frames on unpriced deals and the kinds of the deal-dense tuning articles 174-183
(issue 10, round 7, phase 2): made-up paraphrases, with the sentences that must not change."""

from __future__ import annotations

import pytest

from tests.extract.deal_rows import deals


def _sides(text: str) -> tuple[str, str]:
    rows = deals(text)
    return (rows[0][0], rows[0][1]) if rows else ("", "")


@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        (  # "an order from X" (no possessor): X orders; "has gone to Y": Y supplies
            "An order from the Senegalese Navy for three fast interceptor craft has gone to "
            "Atelier Marin Kerbras SA, a boatbuilder in Lorient.",
            "Senegalese Navy",
            "Atelier Marin Kerbras SA",
        ),
        (
            "An order from Kenya for six drones worth $80 million went to Baykar Makina AS.",
            "Kenya",
            "Baykar Makina AS",
        ),
        (  # a possessor orders; "from" then names the supplier
            "Peru's order from Saab AB for 24 jets is worth $2 billion.",
            "Peru",
            "Saab AB",
        ),
        (  # "won a contract to build ... for X"; the apposition (with a capital) is a hole
            "Marmara Tersanecilik AS, the Istanbul shipbuilder behind Pakistan's newest "
            "corvettes, has won a contract to build a 90-meter training ship for Qatar.",
            "Qatar",
            "Marmara Tersanecilik AS",
        ),
        (  # "handed over ... to X under a grant": a gift to X, not a contract
            "The Government of Japan handed over six fire tenders and rescue equipment to the "
            "Jamaica Fire Brigade under a grant of ¥300 million.",
            "Jamaica Fire Brigade",
            "Japan",
        ),
        (  # "a subcontract from X": X places it
            "Meghna Geoinformatics Ltd will build the antennas under a subcontract from "
            "Orbitale Systemes SAS.",
            "Orbitale Systemes SAS",
            "Meghna Geoinformatics Ltd",
        ),
    ],
)
def test_unpriced_and_nominal_sides(text: str, buyer: str, seller: str) -> None:
    assert _sides(text) == (buyer, seller), deals(text)


def test_a_purchase_agreement_is_no_purchase_by_its_holder() -> None:
    # "has a power purchase agreement with Y": "purchase" modifies "agreement"; the company
    # that has it does not buy (the board does, as the clause after says)
    text = (
        "Ceylon Breeze Energy Ltd has a 20-year power purchase agreement with the Ceylon "
        "Electricity Board, signed in August."
    )
    assert _sides(text)[0] != "Ceylon Breeze Energy Ltd", deals(text)


def test_its_after_a_preposition_is_the_clause_subject() -> None:
    text = (
        "Blue Mountain Power Company has concluded a ten-year agreement with Trinidad and "
        "Tobago's state-owned National Gas Company for the supply of liquefied natural gas to "
        "its generating plants at Old Harbour."
    )
    assert _sides(text) == ("Blue Mountain Power Company", "National Gas Company"), deals(text)


def test_its_before_a_name_is_no_side() -> None:
    text = "Kestrel Marine Ltd will sell two ferries worth $40 million to its neighbour Tonga."
    assert _sides(text)[0] != "Kestrel Marine Ltd", deals(text)


def test_a_side_read_from_a_relative_clause_gives_way_to_the_clause_subject() -> None:
    text = (
        "The Japan Fund for Prosperous and Resilient Asia and the Pacific, which ADB "
        "administers, adds a grant of $3 million for community water user groups."
    )
    assert _sides(text)[1] == "Japan Fund for Prosperous and Resilient Asia and the Pacific"


@pytest.mark.parametrize(
    ("text", "kind", "buyer", "seller"),
    [
        (  # a verbless list entry: "lending" is a deal word, and a loan
            "Results-based lending of $300 million to the People's Republic of Bangladesh.",
            "loan",
            "Bangladesh",
            "",
        ),
        (  # "confided to", "entrusted to": awarded, in translated copy
            "The conversion of the power plant has been confided to the Moroccan group Atlas "
            "Energie Ingenierie SA, for an amount of 145 billion CFA francs.",
            None,
            "",
            "Atlas Energie Ingenierie SA",
        ),
        (
            "The construction of two support ships for the Navy was entrusted to Stocznia Gryf "
            "SA of Gdansk for PLN 1.1 billion.",
            None,
            "",
            "Stocznia Gryf SA",
        ),
    ],
)
def test_lending_confided_and_entrusted_are_deal_words(
    text: str, kind: str | None, buyer: str, seller: str
) -> None:
    rows = deals(text)
    assert rows and rows[0][3] is not None, rows  # the amount is the deal's value
    assert (rows[0][0], rows[0][1]) == (buyer, seller), rows
    if kind:
        assert rows[0][2] == kind, rows


@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        (  # "lease ... from X": X leases it out, the subject takes it
            "The Ghana Armed Forces will lease two turboprops for $20 million from Borealis "
            "Aviation Services Ltd.",
            "Ghana Armed Forces",
            "Borealis Aviation Services Ltd",
        ),
        (  # "lease ... to Y": the subject leases it out
            "Borealis Aviation Services Ltd will lease two turboprops to the Ghana Armed Forces "
            "for $20 million.",
            "Ghana Armed Forces",
            "Borealis Aviation Services Ltd",
        ),
        (  # "X's co-financier, Y," : Y lends, X only describes it
            "ADB's co-financier, the OPEC Fund for International Development, is considering a "
            "parallel loan of $100 million.",
            "",
            "OPEC Fund for International Development",
        ),
    ],
)
def test_leases_and_a_possessor_of_a_described_party(text: str, buyer: str, seller: str) -> None:
    assert _sides(text) == (buyer, seller), deals(text)


@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        (  # a state firm as the subject of a production-sharing contract grants the rights
            "State oil company Staatsolie Maatschappij Suriname N.V. on Monday signed a "
            "production sharing contract for offshore Block 71 with Caribe Offshore Energy Ltd, "
            "worth $85 million.",
            "Caribe Offshore Energy Ltd",
            "Staatsolie Maatschappij Suriname N.V.",
        ),
        (  # the state firm after "with" (round 4's rule) still grants
            "Dakar Petroleum SA signed a production-sharing contract with state oil firm "
            "Petrosen SA worth $85 million.",
            "Dakar Petroleum SA",
            "Petrosen SA",
        ),
        (  # "a loan from Bank X (ACR) of Brazil": Brazil is the bank's home, no borrower
            "The financing uses a foreign loan of US$350 million from Banco Nacional de "
            "Desenvolvimento Economico e Social (BNDES) of Brazil.",
            "",
            "Banco Nacional de Desenvolvimento Economico e Social",
        ),
    ],
)
def test_state_firms_grant_and_a_banks_home_is_no_borrower(
    text: str, buyer: str, seller: str
) -> None:
    assert _sides(text) == (buyer, seller), deals(text)


def test_a_relative_clause_keeps_its_list_and_its_value() -> None:
    # ", which is to receive hull blocks, design data and training from X ... valued at": the
    # list's commas stay inside the relative clause, which holds the value
    text = (
        "The second will be assembled in Callao by the state-owned shipyard Servicios "
        "Industriales de la Marina (SIMA), which is to receive hull blocks, design data and "
        "training from Geumgang Heavy Industries Co under a technology transfer agreement "
        "valued at 410 million soles."
    )
    assert _sides(text) == (
        "Servicios Industriales de la Marina",
        "Geumgang Heavy Industries Co",
    ), deals(text)


def test_a_project_is_never_a_side() -> None:
    text = (
        "The Minister of Finance and the Asian Development Bank signed a loan agreement for USD "
        "300 million for the Almaty Heat Networks Modernisation Project."
    )
    assert "Almaty Heat Networks Modernisation Project" not in _sides(text), deals(text)


def test_a_booked_launch_is_a_deal() -> None:
    text = (
        "Astrelle Space SAS, in turn, has booked both satellites on a single dedicated launch "
        "with NovaLift Launch Services Ltd from Mahia, no earlier than 2029."
    )
    assert _sides(text) == ("Astrelle Space SAS", "NovaLift Launch Services Ltd"), deals(text)


def test_booked_without_a_party_after_with_is_no_deal() -> None:
    assert deals("The hotel was fully booked with tourists for the summit in Koror.") == []


@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        (  # a date between the grantor and "granted"; the lease is an unpriced deal
            "The Mineral Resources Authority on 21 October granted a special mining lease for "
            "the Yuat River gold project to Yuat Gold Mining Limited, a subsidiary of Coral Sea "
            "Resources Ltd.",
            "Yuat Gold Mining Limited",
            "Mineral Resources Authority",
        ),
        (  # "has contracted X": a service bought from X
            "Caribe Offshore Energy Ltd has contracted Skagerak Geo ASA for a 3D seismic survey "
            "of Block 71.",
            "Caribe Offshore Energy Ltd",
            "Skagerak Geo ASA",
        ),
    ],
)
def test_granted_after_a_date_and_contracted_services(text: str, buyer: str, seller: str) -> None:
    assert _sides(text) == (buyer, seller), deals(text)


def test_a_concession_awarded_near_a_place_keeps_the_place_out() -> None:
    # "near Fiambala was awarded by X to Y": the passive's subject grants nothing
    text = (
        "A 30-year exploitation concession for the salt flat near Fiambala was awarded by the "
        "provincial state company Catamarca Minera SE to Puna Litio SA, for $620 million."
    )
    assert _sides(text)[1] != "Fiambala", deals(text)


def test_a_price_told_apart_reads_the_builder_from_the_frames_before_it() -> None:
    text = (
        "Santiago-based Ingenieria Atacama Sur SA will design and build the concentrator under "
        "an engineering, procurement and construction contract signed last week, the group "
        "said. It put the contract at $780 million."
    )
    assert _sides(text)[1] == "Ingenieria Atacama Sur SA", deals(text)
