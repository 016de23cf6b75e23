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


def test_two_companies_keep_the_house_guess() -> None:
    # Neither name has a public head word: the first-named company still sells.
    text = "Marlow Data Systems signed a $12 million contract with Brenton Cloud Ltd for hosting."
    assert _rows(text)["$12 million"] == ("Brenton Cloud Ltd", "Marlow Data Systems")


@pytest.mark.parametrize("short", ["approx.", "incl."])
def test_an_abbreviation_in_brackets_does_not_end_the_sentence(short: str) -> None:
    # "(approx. US$...)" after the amount: the contract's sides stand after the bracket.
    text = (
        f"The Ministry of Water Resources has signed a ¥3.2 billion ({short} US$21 million) "
        "contract with Kamiyama Pumps K.K. for 40 pumps."
    )
    assert _rows(text)["¥3.2 billion"] == ("Ministry of Water Resources", "Kamiyama Pumps K.K.")
