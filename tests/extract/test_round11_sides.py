"""Deal sides of the kinds the retired blind sets showed (issue 10, round 11): made-up
paraphrases that the articles do not contain, with the sentences that must not change."""

from __future__ import annotations

import pytest

from tests.extract.deal_rows import deals


def _rows(text: str) -> dict[str | None, tuple[str, str]]:
    return {row[3]: (row[0], row[1]) for row in deals(text)}


@pytest.mark.parametrize(
    ("text", "value", "buyer", "seller"),
    [
        (  # a public body named "Centre for ...": it buys from the company it signs with
            "The Lusitanian Centre for Defence Procurement has signed a EUR 96 million contract "
            "with Kvarnby Ordnance AB for 30 mortar carriers.",
            "EUR 96 million",
            "Lusitanian Centre for Defence Procurement",
            "Kvarnby Ordnance AB",
        ),
        (  # a bureau, with the contract's value after the company
            "The Ruritanian Bureau of Coastal Surveillance has signed a contract worth $41 "
            "million with Halden Radar Systems AS for four coastal radars.",
            "$41 million",
            "Ruritanian Bureau of Coastal Surveillance",
            "Halden Radar Systems AS",
        ),
        (  # a board
            "The Kestria Water Board has signed a $58 million contract with Tessaly Pumps Ltd "
            "for 30 pumping stations.",
            "$58 million",
            "Kestria Water Board",
            "Tessaly Pumps Ltd",
        ),
    ],
)
def test_a_public_body_signing_with_a_company_buys(
    text: str, value: str, buyer: str, seller: str
) -> None:
    assert _rows(text)[value] == (buyer, seller)


def test_two_companies_the_signer_buys() -> None:
    # Neither name has a public head word. Round 20 (deal_firm_pair): the company that signs
    # with the other buys from it (the house guess had the first-named company selling).
    text = "Marlow Data Systems signed a $12 million contract with Brenton Cloud Ltd for hosting."
    assert _rows(text)["$12 million"] == ("Marlow Data Systems", "Brenton Cloud Ltd")


@pytest.mark.parametrize("short", ["approx.", "incl."])
def test_an_abbreviation_in_brackets_does_not_end_the_sentence(short: str) -> None:
    # "(approx. US$...)" after the amount: the contract's sides stand after the bracket.
    text = (
        f"The Ministry of Water Resources has signed a ¥3.2 billion ({short} US$21 million) "
        "contract with Kamiyama Pumps K.K. for 40 pumps."
    )
    assert _rows(text)["¥3.2 billion"] == ("Ministry of Water Resources", "Kamiyama Pumps K.K.")


@pytest.mark.parametrize(
    ("text", "value", "buyer", "seller"),
    [
        (  # "the state-owned X": a state's company orders from the private one
            "The state-owned Kestria Ferry Corporation has cancelled a $64 million contract "
            "with Harlow Marine Works Ltd for three passenger ferries.",
            "$64 million",
            "Kestria Ferry Corporation",
            "Harlow Marine Works Ltd",
        ),
        (  # "the public company X", named first
            "The public company Energía Andina Pública signed a $36 million contract with "
            "Obras Quebrada Ltda for slope works at the dam.",
            "$36 million",
            "Energía Andina Pública",
            "Obras Quebrada Ltda",
        ),
    ],
)
def test_a_state_owned_company_buys_from_a_private_one(
    text: str, value: str, buyer: str, seller: str
) -> None:
    assert _rows(text)[value] == (buyer, seller)


def test_a_state_owned_company_signing_with_a_state_keeps_the_house_guess() -> None:
    # The other side is a state or its ministry, not a private company: it buys, as before.
    for other in ("Kazakhstan", "the Ministry of Defence of Kazakhstan"):
        text = (
            f"The state-owned Volkov Arms Export signed a $300 million contract with {other} "
            "for 12 helicopters."
        )
        assert _rows(text)["$300 million"][1] == "Volkov Arms Export"


@pytest.mark.parametrize(
    "text",
    [
        # the developer described before its name signs the PPA
        "Qatari developer Dunehaven Power Holdings signed a 25-year power purchase agreement "
        "worth $900 million with the Marlovian Electricity Transmission Company.",
        # the developer described in an apposition
        "Dunehaven Power Holdings, a Doha developer, signed a $900 million 25-year power "
        "purchase agreement with the Marlovian Electricity Transmission Company.",
        # the utility described, the developer's possessive
        "The regulator approved Dunehaven Power Holdings's $900 million power purchase "
        "agreement with state utility Marlovian Electricity Transmission Company.",
    ],
)
def test_the_developer_sells_the_power_of_a_ppa(text: str) -> None:
    assert _rows(text)["$900 million"] == (
        "Marlovian Electricity Transmission Company",
        "Dunehaven Power Holdings",
    )


def test_a_utility_signing_a_ppa_still_buys() -> None:
    # Nothing describes either side as developer or utility: the signer buys, as before.
    text = (
        "Kestria Power and Lighting Company signed a $900 million 25-year power purchase "
        "agreement with Rift Thermal Energy Ltd for a geothermal plant."
    )
    assert _rows(text)["$900 million"] == (
        "Kestria Power and Lighting Company",
        "Rift Thermal Energy Ltd",
    )


@pytest.mark.parametrize(
    ("text", "value", "buyer", "seller"),
    [
        (  # the European Union gives, it is never the one left to borrow
            "The programme is completed by a non-reimbursable contribution of 9 million euros "
            "of the European Union, whose financing agreement was signed on 30 June.",
            "9 million euros",
            "",
            "European Union",
        ),
        (  # a pledge list: the instrument it is given under is no borrower either
            "• the European Union: €40 million under the European Peace Facility for "
            "non-lethal equipment.",
            "€40 million",
            "",
            "European Union",
        ),
        (  # "a Japanese ODA loan": the adjective's state lends
            "The two ministers welcomed the signing of a Japanese ODA loan of up to 12.4 "
            "billion yen for the port of Marlow.",
            "up to 12.4 billion yen",
            "",
            "Japan",
        ),
    ],
)
def test_a_lender_named_in_the_loans_own_words(
    text: str, value: str, buyer: str, seller: str
) -> None:
    assert _rows(text)[value] == (buyer, seller)


def test_a_bank_leading_a_syndicate_still_lends() -> None:
    # "under X as lead arranger" names the lender, not an instrument.
    text = (
        "A syndicate of Thai banks under Siam Union Bank as lead arranger extended a 20 "
        "billion baht loan to Mekong Hydro Co."
    )
    assert _rows(text)["20 billion baht"] == ("Mekong Hydro Co", "Siam Union Bank")
