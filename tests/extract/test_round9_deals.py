"""Deal sides of the kinds the retired blind sets showed (issue 10, round 9): made-up
paraphrases that the articles do not contain, with the sentences that must not change."""

from __future__ import annotations

import pytest

from tests.extract.deal_rows import deals


def _sides(text: str) -> tuple[str, str]:
    rows = [row for row in deals(text) if row[3]]
    return (rows[0][0], rows[0][1]) if rows else ("", "")


@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        (  # a concession signed "with <authority> to operate": the authority grants it
            "Coral Quay Terminals Ltd on Monday signed a 25-year concession with the Tanga "
            "Port Authority to develop and run the new quay, an investment of $400 million.",
            "Coral Quay Terminals Ltd",
            "Tanga Port Authority",
        ),
        (  # a works contract signed the same way stays the other way round
            "Coral Quay Builders Ltd on Monday signed a $400 million contract with the Tanga "
            "Port Authority to build the new quay.",
            "Tanga Port Authority",
            "Coral Quay Builders Ltd",
        ),
    ],
)
def test_concession_signed_with_authority_to_operate(text: str, buyer: str, seller: str) -> None:
    assert _sides(text) == (buyer, seller)


def _rows(text: str) -> dict[str | None, tuple[str, str]]:
    return {row[3]: (row[0], row[1]) for row in deals(text)}


def test_lender_only_loan_goes_to_the_articles_one_borrower() -> None:
    text = (
        "The World Bank on Friday approved a $150 million loan to Bhutan for rural roads.\n\n"
        "The Asian Development Bank is expected to add a loan of $60 million for the bridges, "
        "subject to approval by its board."
    )
    assert _rows(text)["$60 million"] == ("Bhutan", "Asian Development Bank")


def test_lender_only_loan_goes_to_the_one_recipient_of_the_grants() -> None:
    text = (
        "Donors met in Geneva on Friday.\n\n"
        "Japan signed a $15 million grant with Bhutan for rural roads.\n\n"
        "Separately, the OPEC Fund said it was preparing a loan of $60 million for the bridges."
    )
    assert _rows(text)["$60 million"] == ("Bhutan", "OPEC Fund")


def test_lender_only_loan_stays_open_when_the_borrowers_differ() -> None:
    text = (
        "Donors met in Geneva on Friday.\n\n"
        "Japan signed a $15 million grant with Bhutan for rural roads.\n\n"
        "Korea signed a $9 million grant with Nepal for power lines.\n\n"
        "Separately, the OPEC Fund said it was preparing a loan of $60 million for the bridges."
    )
    assert _rows(text)["$60 million"][0] == ""


@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        (  # a joint statement's "the <demonym> side" acts for its state
            "The Korean side announced a grant of US$ 12 million to Laos for rural clinics.",
            "Laos",
            "South Korea",
        ),
        (
            "Laos and Korea held talks in Seoul.\n\nThe Korean side also announced a loan of "
            "US$ 40 million to the Lao side for a bridge over the Mekong.",
            "Laos",
            "South Korea",
        ),
    ],
)
def test_the_demonym_side_is_its_state(text: str, buyer: str, seller: str) -> None:
    assert _sides(text) == (buyer, seller)


def test_a_side_of_a_border_is_no_party() -> None:
    text = (
        "The World Bank approved a loan of US$ 40 million to Laos for a road that ends on the "
        "Thai side of the border."
    )
    assert _sides(text) == ("Laos", "World Bank")


@pytest.mark.parametrize(
    "text",
    [
        # a year's economic figure
        "Copper is Zambia's largest export, worth about $9 billion last year.",
        "Chile spent about US$4.1 billion on defence in 2024, according to SIPRI.",
        "Net sales in 2025 were EUR 3.4 billion, the shipbuilder said.",
        "Angola's oil exports earned around $30 billion in the last fiscal year.",
        "The builder's order book now stood at NOK 21 billion, its chief executive said.",
        # a running total, a sum over the years
        "The disbursement brings total IMF support under the arrangement to about $3 billion.",
        "Korea has lent Laos about $2 billion in aid since 1995.",
        # debts, bonds, payouts, needs
        "The ministry said the state utility owed the builder around $200 million.",
        "The authority has called the performance bond of $12 million.",
        "The insurer will pay out US$30 million under the island's cyclone policy.",
        "The appeal for Yemen is only 30% funded, with $2.1 billion still needed.",
        # a price per unit
        "Brokers valued each tanker at about $60 million.",
    ],
)
def test_flows_debts_and_unit_prices_are_no_deal(text: str) -> None:
    assert [row for row in deals(text) if row[3]] == []


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        (  # a deal's own terms may run "a year" or name a year
            "Petrobangla signed a 15-year contract with QatarEnergy to import LNG worth "
            "$2 billion a year.",
            "$2 billion",
        ),
        (
            "Zambia signed a $300 million contract with Sinohydro in 2024 for the dam.",
            "$300 million",
        ),
        (  # the total of one contract is its value
            "The amendment brings the total value of the contract to $480 million.",
            "$480 million",
        ),
        ("Peru ordered four patrol ships from Daewoo for $450 million.", "$450 million"),
    ],
)
def test_deal_amounts_with_periods_stay(text: str, stated: str) -> None:
    assert stated in [row[3] for row in deals(text)]


def test_a_side_described_as_a_builder_before_its_name_sells() -> None:
    text = (
        "Kestrel Shipping AS has signed a $120 million contract with Korean shipbuilder "
        "Daewon Marine Co for two product tankers."
    )
    assert _sides(text) == ("Kestrel Shipping AS", "Daewon Marine Co")


def test_a_side_described_as_a_utility_before_its_name_buys() -> None:
    text = (
        "Hanjin Turbines Co has signed a $90 million contract with state utility Barqi Power "
        "Holding for four generators."
    )
    assert _sides(text) == ("Barqi Power Holding", "Hanjin Turbines Co")


def test_members_of_one_consortium_are_not_two_sides() -> None:
    text = (
        "A consortium of Austrian turbine maker Alpenwerk Hydro GmbH and Minjiang Electric "
        "Machinery Co has been awarded a $142 million contract for the plant's turbines."
    )
    assert _sides(text)[0] not in {"Alpenwerk Hydro GmbH", "Minjiang Electric Machinery Co"}


def test_the_contractor_holds_the_contract() -> None:
    text = "The Roads Authority terminated the $12 million contract held by Kavango Builders Ltd."
    assert _sides(text)[1] == "Kavango Builders Ltd"


def test_the_concessionaire_holds_the_concession() -> None:
    text = "Namibia suspended the $40 million concession held by Walvis Terminals Ltd."
    assert _sides(text) == ("Walvis Terminals Ltd", "Namibia")
